// Command samplegen writes the sample job market that `skillgap demo` crawls
// offline: boards, career sites and a feed of invented companies, in the real
// layouts of Greenhouse, Lever, Ashby, schema.org JSON-LD pages and RSS.
//
// It draws every posting from hand-written phrase banks and company profiles with
// a fixed seed, so the output is the same on every run. From the module root:
//
//	go run ./configs/internal/samplegen            # rewrites configs/demo
//	go run ./configs/internal/samplegen -stats     # and prints skill shares over time
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	_ "time/tzdata" // greenhouse boards write times in their own zone
)

// seed fixes the sample market; change it and every posting changes.
const seed = 20261115

// feedName is the one RSS feed of the market and feedHost its site.
const (
	feedName  = "remote-pm-jobs"
	feedTitle = "Remote PM Jobs"
	feedHost  = "remotepm.example"
)

func main() {
	out := flag.String("out", filepath.Join("configs", "demo"), "directory to write the sample market to")
	stats := flag.Bool("stats", false, "print skill shares over time")
	flag.Parse()
	m, err := generate()
	if err == nil {
		err = m.write(*out)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "samplegen:", err)
		os.Exit(1)
	}
	m.summary(os.Stdout, *stats)
}

// market is the generated sample market: files by path, and the postings behind them.
type market struct {
	files    map[string][]byte // path under the output directory → content
	postings []*posting
	sources  []sourceEntry
}

// sourceEntry is one line of sources.json, read by configs.DemoSources.
type sourceEntry struct {
	Name    string `json:"name"`
	Kind    string `json:"kind"`
	Board   string `json:"board,omitempty"`
	Company string `json:"company,omitempty"`
	Path    string `json:"path,omitempty"` // URL path of a jsonld start page or a feed
}

// generate builds the whole market in memory.
func generate() (*market, error) {
	g := newGen(seed)
	m := &market{files: map[string][]byte{}}
	cos := companies()
	var feedPosts []*posting
	for i := range cos {
		c := &cos[i]
		ps := g.postingsFor(c)
		m.postings = append(m.postings, ps...)
		if err := m.addCompany(g, c, ps); err != nil {
			return nil, err
		}
		if c.Kind == "feed" {
			feedPosts = append(feedPosts, ps...)
		}
	}
	slices.SortStableFunc(feedPosts, func(a, b *posting) int { return a.Date.Compare(b.Date) })
	m.files["site/feeds/"+feedName+".xml"] = []byte(g.feed(feedTitle, feedHost, feedPosts))
	m.sources = append(m.sources, sourceEntry{Name: feedName, Kind: "feed", Path: "/feeds/" + feedName + ".xml"})
	src, err := json.MarshalIndent(m.sources, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode sources: %w", err)
	}
	m.files["sources.json"] = append(src, '\n')
	truth, err := m.truth()
	if err != nil {
		return nil, err
	}
	m.files["truth.jsonl"] = truth
	m.files["README.md"] = []byte(readme)
	return m, nil
}

// addCompany writes the files of one company's source.
func (m *market) addCompany(g *gen, c *company, ps []*posting) error {
	var (
		b   []byte
		err error
	)
	entry := sourceEntry{Name: c.Slug, Kind: c.Kind, Board: c.Slug, Company: c.Name}
	switch c.Kind {
	case "greenhouse":
		b, err = g.greenhouse(c, ps)
		m.files["site/v1/boards/"+c.Slug+"/jobs.json"] = b
	case "lever":
		b, err = g.lever(c, ps)
		m.files["site/v0/postings/"+c.Slug+".json"] = b
	case "ashby":
		b, err = g.ashby(c, ps)
		m.files["site/posting-api/job-board/"+c.Slug+".json"] = b
	case "jsonld":
		entry.Board, entry.Path = "", "/careers/"+c.Slug+"/"
		err = m.addSite(g, c, ps)
	case "feed":
		return nil
	}
	if err != nil {
		return fmt.Errorf("write %s source %s: %w", c.Kind, c.Slug, err)
	}
	m.sources = append(m.sources, entry)
	return nil
}

// addSite writes a jsonld career site: a listing page, a benefits page and a page per job.
func (m *market) addSite(g *gen, c *company, ps []*posting) error {
	dir := "site/careers/" + c.Slug + "/"
	quirked := false
	for _, p := range ps {
		quirk := p.Product && !quirked
		quirked = quirked || quirk
		page, err := g.jobPage(p, quirk)
		if err != nil {
			return err
		}
		m.files[dir+"jobs/"+p.Slug+".html"] = []byte(page)
	}
	list, err := g.listingPage(c, ps)
	if err != nil {
		return err
	}
	m.files[dir+"index.html"] = []byte(list)
	m.files[dir+"benefits.html"] = []byte(benefitsPage(c, c.Offices[0].Country))
	return nil
}

// write replaces the market in dir: it removes what an earlier run wrote there, then writes every file.
func (m *market) write(dir string) error {
	for _, old := range []string{"site", "sources.json", "truth.jsonl", "README.md"} {
		if err := os.RemoveAll(filepath.Join(dir, old)); err != nil {
			return fmt.Errorf("clear %s: %w", dir, err)
		}
	}
	for _, name := range m.paths() {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return fmt.Errorf("write sample market: %w", err)
		}
		if err := os.WriteFile(path, m.files[name], 0o644); err != nil {
			return fmt.Errorf("write sample market: %w", err)
		}
	}
	return nil
}

// paths lists the market's files in a stable order.
func (m *market) paths() []string {
	var names []string
	for name := range m.files {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// truth writes one JSON line per posting: what the generator asked for, to check
// extraction and trends against.
func (m *market) truth() ([]byte, error) {
	var b strings.Builder
	for _, p := range m.postings {
		line := map[string]any{
			"kind": p.Co.Kind, "source": p.Co.Slug, "job_id": p.ID, "company": p.Co.Name, "title": p.Title,
			"product": p.Product, "listed": p.Listed, "posted": p.Date.UTC().Format("2006-01-02T15:04:05Z"),
			"country": p.Place.Country, "workplace": p.Workplace, "employment_type": p.Employment,
		}
		if p.Co.Kind == "feed" {
			line["source"] = feedName
		}
		if p.Co.Kind == "jsonld" {
			line["path"] = "/careers/" + p.Co.Slug + "/jobs/" + p.Slug + ".html"
		}
		if p.Product {
			line["seniority"], line["family"], line["skills"] = p.Seniority, p.Family, p.Asked
			if p.YearsMin > 0 {
				line["years_min"] = p.YearsMin
			}
		}
		if p.Pay != nil {
			line["salary"] = map[string]any{"min": p.Pay.Min, "max": p.Pay.Max, "currency": p.Pay.Currency}
		}
		j, err := json.Marshal(line)
		if err != nil {
			return nil, fmt.Errorf("encode truth: %w", err)
		}
		b.Write(j)
		b.WriteByte('\n')
	}
	return []byte(b.String()), nil
}

// summary prints counts per source, and with stats the share of postings asking
// for a few skills in each half-year of the window.
func (m *market) summary(w io.Writer, stats bool) {
	s := m.stats()
	fmt.Fprintf(w, "sample market: %d companies, %d postings (%d listed product, %d other, %d unlisted), %d files, %d bytes\n",
		s.Companies, len(m.postings), s.Product, s.Other, s.Unlisted, len(m.files), s.Bytes)
	if stats {
		s.print(w)
	}
}

const readme = `# Sample market (generated)

Generated by ` + "`go run ./configs/internal/samplegen`" + ` (or ` + "`go generate ./configs`" + `) from
hand-written company profiles and phrase banks with a fixed seed. Do not edit by hand.

- site/ is served by crawler.DemoHandler, paths as the real endpoints:
  - site/v1/boards/<token>/jobs.json          GET /v1/boards/<token>/jobs?content=true  (Greenhouse)
  - site/v0/postings/<company>.json           GET /v0/postings/<company>?mode=json       (Lever)
  - site/posting-api/job-board/<name>.json    GET /posting-api/job-board/<name>?includeCompensation=true (Ashby)
  - site/careers/<company>/index.html         career site listing (JSON-LD job pages under jobs/)
  - site/feeds/remote-pm-jobs.xml             RSS feed, items titled "Company: Role"
- sources.json lists the sources (read by configs.DemoSources).
- truth.jsonl has one line per posting: what the generator asked for (skills with
  required/preferred, seniority, role family, years, date), to check extraction and trends against.
  Skill ids there are the generator's own, not the taxonomy's.
`
