package configs

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

func TestSourcesExampleIsValid(t *testing.T) {
	s, err := LoadSources(bytes.NewReader(SourcesExample()), "sources.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, src := range s.Sources {
		kinds[src.Kind]++
	}
	for _, k := range []string{"greenhouse", "lever", "ashby", "feed"} {
		if kinds[k] == 0 {
			t.Errorf("example has no %s source", k)
		}
	}
}

func TestLoadSourcesErrors(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"unknown kind", "sources:\n  - name: a\n    kind: workday\n    board: x\n",
			[]string{"s.yaml:3:11: sources[0].kind: unknown kind \"workday\""}},
		{"missing board", "sources:\n  - name: a\n    kind: lever\n",
			[]string{"s.yaml:2:", "sources[0]: lever source needs board"}},
		{"file url", "sources:\n  - name: a\n    kind: feed\n    url: file:///etc/passwd\n",
			[]string{"s.yaml:4:10: sources[0].url:", "only http and https"}},
		{"duplicate name", "sources:\n  - {name: a, kind: lever, board: x}\n  - {name: a, kind: lever, board: y}\n",
			[]string{"s.yaml:3:", "sources[1].name: name \"a\" is already used"}},
		{"bad delay", "settings:\n  delay: soon\nsources:\n  - {name: a, kind: lever, board: x}\n",
			[]string{"s.yaml:2:10: settings.delay:"}},
		{"bad pattern", "sources:\n  - {name: a, kind: lever, board: x, include: ['(']}\n",
			[]string{"sources[0].include[0]: bad pattern"}},
		{"typo field", "sources:\n  - name: a\n    knd: lever\n", []string{"s.yaml:3:"}},
		{"greenhouse token with a space", "sources:\n  - {name: a, kind: greenhouse, board: acme inc}\n",
			[]string{"s.yaml:2:", `sources[0].board: "acme inc": ' ' at byte 4: a greenhouse board is the token`}},
		{"board as a URL", "sources:\n  - {name: a, kind: lever, board: 'https://jobs.lever.co/acme'}\n",
			[]string{`sources[0].board: "https://jobs.lever.co/acme": ':' at byte 5`}},
		{"ashby board as a path", "sources:\n  - {name: a, kind: ashby, board: 'acme/jobs'}\n",
			[]string{`'/' at byte 4: a board is a name, not a URL`}},
		{"escaped ashby board", "sources:\n  - {name: a, kind: ashby, board: Forward%20Financing}\n",
			[]string{`looks URL-escaped: write the board's name as it reads ("Forward Financing")`}},
		{"trailing space", "sources:\n  - {name: a, kind: ashby, board: 'Rose Rocket '}\n",
			[]string{"leading or trailing space"}},
		{"tab in a board", "sources:\n  - {name: a, kind: ashby, board: \"Rose\\tRocket\"}\n",
			[]string{"unprintable character U+0009 at byte 4"}},
		{"two errors", "sources:\n  - {name: a, kind: nope}\n  - {name: b, kind: lever}\n",
			[]string{"sources[0].kind", "sources[1]: lever source needs board"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadSources(strings.NewReader(tt.in), "s.yaml")
			if err == nil {
				t.Fatal("got no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("got %q; want it to contain %q", err, w)
				}
			}
		})
	}
}

func TestLoadSourcesBoardNames(t *testing.T) {
	// Board names as the ATS writes them, from real board lists.
	tests := []struct{ kind, board string }{
		{"ashby", "Forward Financing"},
		{"ashby", "Synergy Pet Group"},
		{"ashby", "Rose-Rocket"},
		{"ashby", "claylabs"},
		{"ashby", "Café & Co. (EU)"},
		{"ashby", "100%"},
		{"greenhouse", "acme.io"},
		{"greenhouse", "Acme_2"},
		{"lever", "acme-labs"},
	}
	for _, tt := range tests {
		t.Run(tt.kind+" "+tt.board, func(t *testing.T) {
			in := fmt.Sprintf("sources:\n  - name: a\n    kind: %s\n    board: %q\n", tt.kind, tt.board)
			s, err := LoadSources(strings.NewReader(in), "s.yaml")
			if err != nil {
				t.Fatalf("got %v; want no error", err)
			}
			if got := s.Sources[0].Board; got != tt.board {
				t.Errorf("got board %q; want %q", got, tt.board)
			}
		})
	}
}

// TestLoadSourcesCompany: a Lever or Ashby board without company: shows its
// display name, not its slug; company: overrides; Greenhouse names its own.
func TestLoadSourcesCompany(t *testing.T) {
	tests := []struct{ kind, board, company, want string }{
		{"ashby", "kin", "", "Kin"},
		{"ashby", "cargo-one", "", "Cargo One"},
		{"ashby", "Rose-Rocket", "", "Rose Rocket"},
		{"lever", "acme-labs", "", "Acme Labs"},
		{"ashby", "kin", "Kin Insurance", "Kin Insurance"},
		{"greenhouse", "acme", "", ""},
	}
	for _, tt := range tests {
		in := fmt.Sprintf("sources:\n  - name: a\n    kind: %s\n    board: %q\n", tt.kind, tt.board)
		if tt.company != "" {
			in += fmt.Sprintf("    company: %q\n", tt.company)
		}
		s, err := LoadSources(strings.NewReader(in), "s.yaml")
		if err != nil {
			t.Fatal(err)
		}
		if got := s.Sources[0].Company; got != tt.want {
			t.Errorf("%s board %q company %q: got company %q; want %q", tt.kind, tt.board, tt.company, got, tt.want)
		}
	}
}

func FuzzLoadSources(f *testing.F) {
	f.Add(SourcesExample())
	f.Add([]byte("sources:\n  - {name: a, kind: lever, board: x, include: ['(']}\n"))
	f.Add([]byte("settings: {delay: 1s}\nsources: [{name: a, kind: feed, url: 'file:///x'}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := LoadSources(bytes.NewReader(data), "f.yaml")
		if err != nil {
			return
		}
		// Whatever loads is something the crawler may fetch: only http(s) URLs.
		for _, src := range s.Sources {
			for _, u := range []string{src.URL, src.BaseURL} {
				if u != "" && checkHTTPURL(u) != nil {
					t.Fatalf("accepted %q", u)
				}
			}
		}
	})
}
