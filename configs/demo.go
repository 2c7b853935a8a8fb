package configs

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"strings"
	"time"

	"github.com/skillgap/skillgap"
)

//go:generate go run ./internal/samplegen -out demo

// demoFiles is the sample market written by internal/samplegen: site/ holds what
// the demo server answers, sources.json lists the sources, truth.jsonl what the
// generator asked for in each posting.
//
//go:embed demo
var demoFiles embed.FS

// demoSource is one entry of demo/sources.json.
type demoSource struct {
	Name    string `json:"name"`
	Kind    string `json:"kind"`
	Board   string `json:"board"`
	Company string `json:"company"`
	Path    string `json:"path"` // URL path of a jsonld start page or a feed
}

// DemoFS is the embedded sample market, laid out like the real APIs' paths so
// that one server answers every source by path:
//
//	v1/boards/<token>/jobs.json             Greenhouse  /v1/boards/<token>/jobs
//	v0/postings/<company>.json              Lever       /v0/postings/<company>
//	posting-api/job-board/<name>.json       Ashby       /posting-api/job-board/<name>
//	careers/<company>/index.html            a career site whose jobs/<slug>.html pages carry JSON-LD
//	feeds/<name>.xml                        an RSS feed
//
// crawler.DemoHandler serves it.
func DemoFS() fs.FS {
	sub, err := fs.Sub(demoFiles, "demo/site")
	if err != nil { // fs.Sub fails only on an invalid path, and this one is constant
		panic(fmt.Sprintf("configs: demo site: %v", err))
	}
	return sub
}

// DemoSources returns the sources of the sample market with base_url (board
// APIs) or url (career sites and feeds) pointing at baseURL, a server that
// serves DemoFS, e.g. "http://127.0.0.1:41234".
func DemoSources(baseURL string) []skillgap.Source {
	baseURL = strings.TrimRight(baseURL, "/")
	var entries []demoSource
	b, err := demoFiles.ReadFile("demo/sources.json")
	if err == nil {
		err = json.Unmarshal(b, &entries)
	}
	if err != nil { // the file is generated and embedded; TestDemoSources reads it
		panic(fmt.Sprintf("configs: demo sources: %v", err))
	}
	out := make([]skillgap.Source, 0, len(entries))
	for _, e := range entries {
		s := skillgap.Source{Name: e.Name, Kind: e.Kind, Board: e.Board, Company: e.Company}
		switch e.Kind {
		case skillgap.JSONLD, skillgap.Feed:
			s.URL = baseURL + e.Path
		default:
			s.BaseURL = baseURL
		}
		out = append(out, s)
	}
	return out
}

// DemoTruth returns what the generator put in each posting of the sample market,
// one JSON object per line: source kind and name, job id (or page path for career
// sites), title, whether it is a product role, posted time, seniority, role family,
// years asked, and the skills asked ({"sql": "required", ...}, in the generator's
// own skill ids). Tests of the whole pipeline compare against it.
func DemoTruth() []byte {
	b, err := demoFiles.ReadFile("demo/truth.jsonl")
	if err != nil {
		panic(fmt.Sprintf("configs: demo truth: %v", err))
	}
	return b
}

// DemoAsOf is the sample market's "today": its postings span the 24 months that
// end on this day, so a demo that treats it as now gives the same output every run.
func DemoAsOf() time.Time { return time.Date(2026, 11, 15, 0, 0, 0, 0, time.UTC) }
