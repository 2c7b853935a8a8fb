package analyze

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"A/B testing", "Prioritise KPIs", "C++ & C#", "you’ll", "ﬁnance", "Ｐｙｔｈｏｎ",
		"e‑commerce", "analyses", "statuses", "colours", "x's", "'s", "İstanbul", "\u00ad", "1.5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if !utf8.ValidString(n) && utf8.ValidString(s) {
			t.Fatalf("Normalize(%q) = %q: invalid UTF-8", s, n)
		}
		if strings.Contains(n, "  ") || strings.HasPrefix(n, " ") || strings.HasSuffix(n, " ") {
			t.Fatalf("Normalize(%q) = %q: stray spaces", s, n)
		}
		if n2 := Normalize(n); n2 != n {
			t.Fatalf("Normalize not idempotent: %q → %q → %q", s, n, n2)
		}
	})
}

func FuzzZone(f *testing.F) {
	e := smallExtractor(f)
	for _, s := range []string{benchPosting, "Requirements:\n- SQL\nNice to have: Python", "1. SQL\n2) Figma",
		"About us\nWe use AI.", "No SQL required.", "5+ years", "3-5 years of experience", ":\n:", "•\u2028x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x := e.Extract("Product Manager", s)
		seen := map[string]bool{}
		for _, m := range x.Skills {
			if seen[m.SkillID] {
				t.Fatalf("skill %s twice", m.SkillID)
			}
			seen[m.SkillID] = true
			if m.Level != "required" && m.Level != "preferred" {
				t.Fatalf("level %q", m.Level)
			}
			if m.Expected < 0 || m.Expected > 4 {
				t.Fatalf("expected %d", m.Expected)
			}
		}
		if x.YearsMin < 0 || x.YearsMin > 30 {
			t.Fatalf("years %d", x.YearsMin)
		}
		d := e.scan(s)
		for _, ln := range d.lines {
			text, start := d.lineText(ln)
			if ln.w0 < ln.w1 {
				e.c.headingOf(text, start, d.words[ln.w0:ln.w1], false)
			}
		}
	})
}
