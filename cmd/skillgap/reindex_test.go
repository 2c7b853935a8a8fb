package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/configs"
	"github.com/skillgap/skillgap/index"
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

// TestReindexNonProduct: a posting an older classifier took for a product role
// loses its role family on reindex, and with it every basis; a product posting
// gets its family, seniority and domain back.
func TestReindexNonProduct(t *testing.T) {
	data := t.TempDir()
	idx, err := index.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	posted := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	old := []skillgap.Posting{
		{ID: "ashby:acme:1", Source: "acme", SourceKind: "ashby", Company: "Acme", Posted: posted,
			Title: "Director of Engineering, Core Product", Role: analyze.RoleProductLeader, Seniority: skillgap.Director,
			Description: "Lead our engineering managers."},
		{ID: "ashby:acme:2", Source: "acme", SourceKind: "ashby", Company: "Acme", Posted: posted,
			Title: "Senior Product Manager, Payments", Department: "Product", Role: analyze.RoleProductLeader,
			Description: "Own the checkout roadmap."},
	}
	if err := idx.Put(t.Context(), old); err != nil {
		t.Fatal(err)
	}
	before, err := idx.Count(t.Context(), index.Filter{Role: analyze.RoleProductLeader})
	if err != nil || before != 2 {
		t.Fatalf("product leaders before: %d, %v; want 2", before, err)
	}
	if err := idx.Close(); err != nil {
		t.Fatal(err)
	}

	res, err := runReindex(t.Context(), reindexOptions{DataDir: data})
	if err != nil {
		t.Fatal(err)
	}
	if res.Postings != 2 || res.Changed != 2 || res.NonProduct != 1 {
		t.Errorf("got %+v; want 2 postings, 2 changed, 1 not a product role", res)
	}
	idx, err = index.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	eng, _, err := idx.Get("ashby:acme:1")
	if err != nil || eng.Role != "" {
		t.Errorf("engineering director: role %q, %v; want none", eng.Role, err)
	}
	pm, _, err := idx.Get("ashby:acme:2")
	if err != nil || pm.Role != analyze.RoleProductManager || pm.Seniority != skillgap.Senior ||
		!slices.Contains(pm.Domains, "payments") {
		t.Errorf("senior PM: got role %q, seniority %q, domains %q, %v; want product manager, senior, payments",
			pm.Role, pm.Seniority, pm.Domains, err)
	}
	if n, err := idx.Count(t.Context(), index.Filter{Role: analyze.RoleProductLeader}); err != nil || n != 0 {
		t.Errorf("product leaders after reindex: %d, %v; want 0", n, err)
	}
	if n, err := idx.Count(t.Context(), index.Filter{Roles: analyze.Roles()}); err != nil || n != 1 {
		t.Errorf("postings of any product family after reindex: %d, %v; want 1", n, err)
	}
}
