package reports

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzMarkdownText checks that any text stays one line with every character
// that could make HTML, a link, a table cell or emphasis escaped.
func FuzzMarkdownText(f *testing.F) {
	for _, s := range []string{xssScript, xssAttr, pipes, icsBreak, uni, "&lt;", `\|`, "a\\"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := md(s)
		if strings.ContainsAny(got, "\r\n") {
			t.Fatalf("md(%q) = %q; want one line", s, got)
		}
		for i := 0; i < len(got); i++ {
			if got[i] == '\\' {
				i++
				continue
			}
			if strings.IndexByte("`*_[]<>|~$", got[i]) >= 0 {
				t.Fatalf("md(%q) = %q; unescaped %q at %d", s, got, got[i], i)
			}
		}
	})
}

// FuzzICSText checks that any task or goal title gives a calendar of valid,
// folded lines with the expected number of events.
func FuzzICSText(f *testing.F) {
	for _, s := range []string{xssScript, icsBreak, uni, "a,b;c\\d", strings.Repeat("é", 100)} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, title, id string) {
		p := samplePlan()
		p.Goals[0].Title = title
		p.Goals[0].Tasks[0].Title = title
		p.Goals[0].Tasks[0].ID = id
		p.Owner = title
		var b bytes.Buffer
		if err := ICS(&b, p); err != nil {
			t.Fatalf("ICS: %v", err)
		}
		checkICS(t, b.Bytes(), wantEvents(p))
	})
}
