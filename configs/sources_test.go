package configs

import (
	"bytes"
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
