package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/index"
)

// importedPostings opens the index in data and returns its postings by ID.
func importedPostings(t *testing.T, data string) map[string]skillgap.Posting {
	t.Helper()
	idx, err := openIndex(data)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	got := map[string]skillgap.Posting{}
	if err := idx.Each(t.Context(), func(p skillgap.Posting) error { got[p.ID] = p; return nil }); err != nil {
		t.Fatal(err)
	}
	return got
}

func TestImportJobSpyCSV(t *testing.T) {
	data := t.TempDir()
	file := filepath.Join("testdata", "import", "jobspy.csv")
	code, out, stderr := runCLI(t, "import", "--data", data, file)
	if code != exitPartial {
		t.Fatalf("exit %d; want %d (bad rows skipped)\nstdout: %s\nstderr: %s", code, exitPartial, out, stderr)
	}
	// row 3 starts on line 6 (row 1's description spans lines 2-4)
	for _, want := range []string{file + ":6: date_posted:", file + ":8: min_amount:"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if !strings.Contains(out, "imported 2 product postings") || !strings.Contains(out, "1 dropped") {
		t.Errorf("stdout = %q", out)
	}
	got := importedPostings(t, data)
	li, ok := got["import:linkedin:li-4100000001"]
	if !ok || len(got) != 2 {
		t.Fatalf("postings = %v; want the linkedin and the indeed product postings", slices.Collect(mapsKeys(got)))
	}
	if li.Source != "import:linkedin" || li.Company != "Northwind Traders" || li.Posted.Format("2006-01-02") != "2026-03-01" ||
		li.Salary == nil || li.Salary.Min != 150000 || li.Salary.Max != 180000 || li.Salary.Currency != "USD" || li.Salary.Period != "year" {
		t.Errorf("linkedin posting = %+v (salary %+v)", li, li.Salary)
	}
	if len(li.Skills) == 0 {
		t.Errorf("no skills extracted from %q", li.Description)
	}
	in := got["import:indeed:in-8a7b6c5d4e3f"]
	if in.Source != "import:indeed" || in.Workplace != skillgap.Remote || in.Salary == nil || in.Salary.Period != "hour" {
		t.Errorf("indeed posting = %+v (salary %+v)", in, in.Salary)
	}

	// importing the same file again updates, adds nothing
	if code, out, _ := runCLI(t, "import", "--data", data, file); code != exitPartial || !strings.Contains(out, "(0 new)") {
		t.Errorf("second import: exit %d, %q", code, out)
	}
}

func TestImportJSONLines(t *testing.T) {
	data := t.TempDir()
	file := filepath.Join("testdata", "import", "postings.jsonl")
	code, out, stderr := runCLI(t, "import", "--data", data, file)
	if code != exitPartial {
		t.Fatalf("exit %d\nstdout: %s\nstderr: %s", code, out, stderr)
	}
	for _, want := range []string{file + ":2: title: empty", file + ":4: not a JSON object"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	got := importedPostings(t, data)
	if len(got) != 2 {
		t.Fatalf("postings = %d; want 2", len(got))
	}
	p := got["import:https://example.org/jobs/pm-1"]
	if p.Source != "import:otta" || p.Salary == nil || p.Salary.Currency != "GBP" || p.Salary.Min != 90000 {
		t.Errorf("posting = %+v (salary %+v)", p, p.Salary)
	}
}

func TestImportUsage(t *testing.T) {
	if code, _, _ := runCLI(t, "import", "--data", t.TempDir()); code != exitUsage {
		t.Errorf("no FILE: exit %d; want %d", code, exitUsage)
	}
}

// TestImportBrokenCSV: a broken quote (the rest of the file unreadable) is
// reported with its line, the rows before it are imported, and the exit code
// is 3; a CSV read error never panics. A bad --format is a usage error even
// for a missing file.
func TestImportBrokenCSV(t *testing.T) {
	data := t.TempDir()
	file := filepath.Join(t.TempDir(), "jobs.csv")
	writeFile(t, file, "site,job_url,title,company,description\n"+
		"indeed,https://jobs.example/1,Senior Product Manager,Northwind,Own the roadmap and run discovery with SQL.\n"+
		"\"indeed,https://jobs.example/2,Product Manager,Contoso,Broken quote\n")
	code, out, stderr := runCLI(t, "import", "--data", data, file)
	if code != exitPartial || !strings.Contains(out, "1 product posting") || !strings.Contains(stderr+out, "jobs.csv:3") {
		t.Errorf("broken quote: exit %d\n%s\n%s\nwant %d, the first row imported and line 3 named", code, out, stderr, exitPartial)
	}
	if code, _, _ := runCLI(t, "import", "--data", data, "--format", "xml", "missing.csv"); code != exitUsage {
		t.Errorf("--format xml: exit %d; want %d", code, exitUsage)
	}
}

func mapsKeys(m map[string]skillgap.Posting) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// TestImportDuplicateOfCrawled: an imported posting with the company, title
// and location of a crawled one is counted once.
func TestImportDuplicateOfCrawled(t *testing.T) {
	data := t.TempDir()
	idx, err := openIndex(data)
	if err != nil {
		t.Fatal(err)
	}
	crawled := skillgap.Posting{ID: "greenhouse:northwind:1", Source: "northwind", SourceKind: "greenhouse",
		Company: "Northwind Traders", Title: "Senior Product Manager, Growth", Locations: []string{"Austin, TX, US"},
		URL: "https://boards.greenhouse.io/northwind/jobs/1", Description: "Own the growth roadmap.",
		Posted: time.Date(2026, 2, 25, 0, 0, 0, 0, time.UTC)}
	if err := idx.Put(t.Context(), []skillgap.Posting{crawled}); err != nil {
		t.Fatal(err)
	}
	idx.Close()
	if code, _, stderr := runCLI(t, "import", "--data", data, filepath.Join("testdata", "import", "jobspy.csv")); code != exitPartial {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	idx, err = openIndex(data)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	n, err := idx.Count(t.Context(), index.Filter{})
	if err != nil || n != 2 { // the crawled Northwind posting and the Indeed one; the LinkedIn copy is a duplicate
		t.Errorf("postings counted = %d, %v; want 2", n, err)
	}
}
