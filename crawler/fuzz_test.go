package crawler

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	skillgap "github.com/skillgap/skillgap"
)

// readFixture reads testdata/<name>.
func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// seedFixtures adds every file of testdata/<dir> to the fuzz corpus.
func seedFixtures(f *testing.F, dir string) {
	f.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", dir, "*"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no fixtures in testdata/%s", dir)
	}
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

func ts(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return t.UTC()
}

// checkPostings compares got with want, ignoring Description, and checks that
// each posting's description contains the lines in descWant.
func checkPostings(t *testing.T, got, want []skillgap.Posting, descWant [][]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d postings; want %d:\n%s", len(got), len(want), dump(got))
	}
	for i := range want {
		g := got[i]
		desc := g.Description
		g.Description = ""
		if !reflect.DeepEqual(g, want[i]) {
			t.Errorf("posting %d:\ngot  %s\nwant %s", i, dump(g), dump(want[i]))
		}
		if i < len(descWant) {
			for _, line := range descWant[i] {
				if !hasLine(desc, line) {
					t.Errorf("posting %d description lacks line %q; got:\n%s", i, line, desc)
				}
			}
		}
	}
}

func hasLine(text, line string) bool {
	for _, l := range strings.Split(text, "\n") {
		if l == line {
			return true
		}
	}
	return false
}

func dump(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// checkParsed checks a parser's post-conditions on fuzzed input.
func checkParsed(t *testing.T, ps []skillgap.Posting, err error) {
	t.Helper()
	if err != nil && ps != nil {
		t.Errorf("got postings with error %v", err)
	}
	for _, p := range ps {
		if p.ID == "" || p.SourceKind == "" {
			t.Errorf("posting without id or kind: %s", dump(p))
		}
	}
}

var fuzzSource = skillgap.Source{Name: "fuzz", Board: "fuzz", URL: "https://fuzz.example/feed"}

func FuzzParseGreenhouse(f *testing.F) {
	seedFixtures(f, "greenhouse")
	f.Add([]byte(`{"jobs":[{"id":1,"title":"a&amp;b","content":"&lt;p&gt;x","metadata":[{"name":"Workplace Type","value":"Remote"}]}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		ps, err := ParseGreenhouse(b, fuzzSource)
		checkParsed(t, ps, err)
	})
}

func FuzzParseLever(f *testing.F) {
	seedFixtures(f, "lever")
	f.Add([]byte(`[{"id":"a","text":"PM","createdAt":-1,"lists":[{"text":"t","content":"<li>x"}],"salaryRange":{"min":1}}]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		ps, err := ParseLever(b, fuzzSource)
		checkParsed(t, ps, err)
	})
}

func FuzzParseAshby(f *testing.F) {
	seedFixtures(f, "ashby")
	f.Add([]byte(`{"jobs":[{"id":"a","isListed":true,"compensation":{"compensationTiers":[{"components":[{"compensationType":"Salary","minValue":1,"maxValue":null}]}]}}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		ps, err := ParseAshby(b, fuzzSource)
		checkParsed(t, ps, err)
	})
}

func FuzzParseJSONLD(f *testing.F) {
	seedFixtures(f, "jsonld")
	f.Add([]byte(`<script type="application/ld+json">[{"@graph":[{"@type":["JobPosting"],"jobLocation":[{"address":{"addressCountry":{"name":"DE"}}}],"baseSalary":{"value":"5"}}]}]</script>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		ps, err := ParseJSONLD(b, "https://fuzz.example/jobs/1", fuzzSource)
		checkParsed(t, ps, err)
		_ = JobLinks(b, "https://fuzz.example/jobs/1")
	})
}

func FuzzParseFeed(f *testing.F) {
	seedFixtures(f, "feed")
	f.Add([]byte(`[{"id":1,"position":"PM","salary_min":5,"location":"Ã©"}]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		ps, err := ParseFeed(b, fuzzSource)
		checkParsed(t, ps, err)
	})
}

func FuzzHTMLToText(f *testing.F) {
	for _, c := range htmlCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := HTMLToText(s)
		if strings.Contains(out, "\n\n\n") {
			t.Errorf("two blank lines in a row:\n%q", out)
		}
		if strings.HasPrefix(out, "\n") || out != strings.TrimRight(out, " \t\n") {
			t.Errorf("untrimmed output %q", out) // leading indentation of a nested item is fine
		}
		for _, line := range strings.Split(out, "\n") {
			if strings.TrimRight(line, " \t") != line {
				t.Errorf("line with trailing space %q", line)
			}
		}
	})
}
