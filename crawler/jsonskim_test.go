package crawler

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	skillgap "github.com/skillgap/skillgap"
)

func TestBoardSkim(t *testing.T) {
	tests := []struct {
		name, body string
		jobs       []string // each job's bytes, then its head values joined by "|"
		err        string   // part of the error; "" means none
	}{
		{"two jobs", `{"meta":{"n":[1,2]},"jobs":[{"title":"A","x":1},{"id":2,"title":"B"}]}`,
			[]string{`{"title":"A","x":1} "A"`, `{"id":2,"title":"B"} "B"`}, ""},
		{"escaped quotes and backslashes", `{"jobs":[{"title":"a \"q\" \\","d":"\\\\"}, {"title":"\\\""}]}`,
			[]string{`{"title":"a \"q\" \\","d":"\\\\"} "a \"q\" \\"`, `{"title":"\\\""} "\\\""`}, ""},
		{"spaces everywhere", " {\n \"jobs\" :\t[ { \"title\" : \"A\" } , 7 ]\r\n} ",
			[]string{`{ "title" : "A" } "A"`, `7 `}, ""},
		{"key case and repeats", `{"JOBS":[{"Title":"A","title":"B"}]}`, []string{`{"Title":"A","title":"B"} "B"`}, ""},
		{"no head", `{"jobs":[{"id":1}]}`, []string{`{"id":1} `}, ""},
		{"empty", `{"jobs":[]}`, nil, ""},
		{"null jobs", `{"jobs":null}`, nil, "no jobs list"},
		{"no jobs", `{"meta":{}}`, nil, "no jobs list"},
		{"jobs not a list", `{"jobs":{"a":1}}`, nil, "jobs is not a list"},
		{"not json", `<!doctype html>`, nil, "invalid character '<'"},
		{"truncated", `{"jobs":[{"title":"A"`, nil, "unexpected end of JSON input"},
		{"trailing data", `{"jobs":[]} x`, nil, "invalid character 'x' after top-level value"},
		{"unterminated string", `{"jobs":["abc]}`, nil, "unexpected end of JSON input"},
		{"too deep", `{"jobs":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}`, nil, "exceeded max depth"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			_, err := boardSkim{Key: "jobs", Head: []string{"title"}}.each([]byte(tt.body), func(job []byte, head [][]byte) error {
				got = append(got, string(job)+" "+string(head[0]))
				return nil
			})
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("got error %v; want one containing %q", err, tt.err)
				}
				return
			}
			if err != nil || !slices.Equal(got, tt.jobs) {
				t.Errorf("got %q, %v; want %q, nil", got, err, tt.jobs)
			}
		})
	}
}

func TestBoardSkimErrorsAreJSONErrors(t *testing.T) {
	// A document that is not JSON fails as encoding/json would have it fail.
	for _, body := range []string{`{"jobs":[}`, `[1,]`, `{"jobs":` + strings.Repeat("[", 20000)} {
		_, err := boardSkim{Key: "jobs"}.each([]byte(body), func([]byte, [][]byte) error { return nil })
		var se *json.SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%.20s…: got %T %v; want a *json.SyntaxError", body, err, err)
		}
	}
}

func TestBoardSkimTopAndArray(t *testing.T) {
	top, err := boardSkim{Key: "jobs", Top: []string{"company"}}.each([]byte(`{"jobs":[],"company":"Lantern"}`),
		func([]byte, [][]byte) error { return nil })
	if err != nil || len(top) != 1 || string(top[0]) != `"Lantern"` {
		t.Errorf("top = %q, %v; want [\"Lantern\"]", top, err)
	}
	var n int
	_, err = boardSkim{}.each([]byte(`[{"text":"a"},{"text":"b"}]`), func([]byte, [][]byte) error { n++; return nil })
	if err != nil || n != 2 {
		t.Errorf("bare array: %d jobs, %v; want 2, nil", n, err)
	}
	_, err = boardSkim{}.each([]byte(`[{"text":"a"}]`), func([]byte, [][]byte) error { return errors.New("odd") })
	if err == nil || !strings.Contains(err.Error(), "job 0: odd") {
		t.Errorf("every job failing: got %v; want job 0: odd", err)
	}
}

// FuzzBoardSkim checks the skimmer against encoding/json: on any valid JSON
// board it finds exactly the jobs encoding/json finds, byte for byte.
func FuzzBoardSkim(f *testing.F) {
	seedFixtures(f, "ashby")
	seedFixtures(f, "greenhouse")
	f.Add([]byte(`{"jobs":[{"title":"a \"q\" \\"}, 1, "x", null, [true, false, -1.5e3]]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var got [][]byte
		_, err := boardSkim{Key: "jobs"}.each(b, func(job []byte, _ [][]byte) error {
			got = append(got, job)
			return nil
		})
		if !json.Valid(b) {
			return // skimming is lenient inside strings and numbers
		}
		var doc map[string]json.RawMessage
		if json.Unmarshal(b, &doc) != nil {
			if err == nil {
				t.Fatalf("skimmed a document that is not an object")
			}
			return
		}
		var want []json.RawMessage
		for k, v := range doc {
			if strings.EqualFold(k, "jobs") && k != "jobs" {
				return // encoding/json's choice among case variants is not ours to copy
			}
			if k == "jobs" && json.Unmarshal(v, &want) != nil {
				return
			}
		}
		if len(want) == 0 && len(got) == 0 {
			return
		}
		if err != nil || len(got) != len(want) {
			t.Fatalf("skimmed %d jobs (%v); encoding/json finds %d", len(got), err, len(want))
		}
		for i := range want {
			if !bytes.Equal(got[i], want[i]) {
				t.Fatalf("job %d: skimmed %q; encoding/json finds %q", i, got[i], want[i])
			}
		}
	})
}

// TestParseFiltersBeforeDecoding: a job the title filter drops costs no
// decoding and no HTML conversion, so a board of long descriptions with one
// product role parses with a handful of allocations per job.
func TestParseFiltersBeforeDecoding(t *testing.T) {
	desc := strings.Repeat("<p>Own the roadmap &amp; <b>ship</b>.</p>", 300)
	var jobs []string
	for i := range 50 {
		jobs = append(jobs, fmt.Sprintf(`{"id":"%d","title":"Account Executive %d","descriptionHtml":%q}`, i, i, desc))
	}
	jobs = append(jobs, fmt.Sprintf(`{"id":"pm","title":"Product Manager","descriptionHtml":%q}`, desc))
	body := []byte(`{"jobs":[` + strings.Join(jobs, ",") + `]}`)
	filter, err := NewTitleFilter(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	src := skillgap.Source{Name: "a", Kind: skillgap.Ashby, Board: "a"}
	ps, dropped, err := parseAshby(body, src, filter.Keep)
	if err != nil || len(ps) != 1 || dropped != 50 {
		t.Fatalf("got %d postings, %d dropped, %v; want 1, 50, nil", len(ps), dropped, err)
	}
	one := testing.AllocsPerRun(5, func() { parseAshby([]byte(`{"jobs":[`+jobs[50]+`]}`), src, filter.Keep) })
	all := testing.AllocsPerRun(5, func() { parseAshby(body, src, filter.Keep) })
	if perDropped := (all - one) / 50; perDropped > 20 {
		t.Errorf("%.0f allocations per dropped job; want a handful (its description is not decoded)", perDropped)
	}
}
