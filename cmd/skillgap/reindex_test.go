package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/skillgap/skillgap/configs"
)

func TestReindexAfterTaxonomyChange(t *testing.T) {
	srv, _ := demoServer(t, nil)
	sources := writeSources(t, configs.DemoSources(srv.URL))
	data := t.TempDir()
	if code, _, stderr := runCLI(t, "crawl", "--sources", sources, "--data", data); code != exitOK {
		t.Fatalf("crawl: exit %d: %s", code, stderr)
	}
	sqlPostings := func() int {
		t.Helper()
		code, out, stderr := runCLI(t, "trends", "--json", "--data", data, "--skill", "sql")
		if code != exitOK {
			t.Fatalf("trends: exit %d: %s", code, stderr)
		}
		var rep struct {
			Skills []struct {
				ID       string `json:"id"`
				Postings int    `json:"postings"`
			} `json:"skills"`
		}
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatal(err)
		}
		for _, s := range rep.Skills {
			if s.ID == "sql" {
				return s.Postings
			}
		}
		return 0
	}
	before := sqlPostings()
	if before == 0 {
		t.Fatal("no posting asks for SQL before the change")
	}

	// Unchanged taxonomy: nothing to do.
	code, out, stderr := runCLI(t, "reindex", "--json", "--data", data)
	var res reindexResult
	if code != exitOK || json.Unmarshal([]byte(out), &res) != nil || res.Changed != 0 || res.Postings == 0 {
		t.Fatalf("reindex with the same taxonomy: exit %d, %s %s; want postings and 0 changed", code, out, stderr)
	}

	// A user override that renames SQL so that postings no longer match it.
	override := "skills:\n  - id: sql\n    name: Structured Query Language\n    aliases: [structured query language]\n"
	if err := os.WriteFile(filepath.Join(data, "skills.yaml"), []byte(override), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr = runCLI(t, "reindex", "--json", "--data", data)
	if code != exitOK || json.Unmarshal([]byte(out), &res) != nil {
		t.Fatalf("reindex: exit %d: %s %s", code, out, stderr)
	}
	if res.Changed < before {
		t.Errorf("reindex changed %d postings; want at least the %d that asked for SQL", res.Changed, before)
	}
	if after := sqlPostings(); after >= before {
		t.Errorf("SQL in %d postings after the reindex; want fewer than %d", after, before)
	}
}
