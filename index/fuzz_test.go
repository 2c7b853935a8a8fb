package index

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/skillgap/skillgap"
)

// FuzzSnippets feeds posting text (outside input) and arbitrary match offsets
// to the snippet cutter: it must not panic and must keep the text valid UTF-8.
func FuzzSnippets(f *testing.F) {
	f.Add("Own the roadmap and run A/B tests.", 8, 15, 40)
	f.Add("Éléments clés — SQL, «LLM», 数据分析", 3, 9, 10)
	f.Add("", 0, 0, 0)
	f.Fuzz(func(t *testing.T, text string, start, end, width int) {
		if !utf8.ValidString(text) {
			return
		}
		for _, s := range snippets(text, [][2]int{{start, end}}, 2, width%500) {
			if !utf8.ValidString(s) {
				t.Fatalf("snippet %q is not valid UTF-8", s)
			}
		}
	})
}

// FuzzDupKey checks that the duplicate key ignores case, punctuation and the
// order of locations, whatever the board wrote.
func FuzzDupKey(f *testing.F) {
	f.Add("Acme Labs, Inc.", "Senior PM – Payments", "London, UK", "Remote")
	f.Fuzz(func(t *testing.T, company, title, loc1, loc2 string) {
		a := skillgap.Posting{Company: company, Title: title, Locations: []string{loc1, loc2}}
		b := skillgap.Posting{Company: strings.ToUpper(company) + ".", Title: " " + strings.ToLower(title) + "!",
			Locations: []string{loc2, loc1}}
		for _, s := range []string{company, title, loc1, loc2} {
			if !caseRoundTrips(s) {
				return // case mapping that does not round-trip (e.g. ß)
			}
		}
		if dupKey(a) != dupKey(b) {
			t.Errorf("dupKey %q != %q", dupKey(a), dupKey(b))
		}
	})
}

// caseRoundTrips reports whether lower-casing the upper case of s gives the
// lower case of s, as it does not for ß or the Turkish dotless i.
func caseRoundTrips(s string) bool {
	lower := strings.ToLower(s)
	return strings.ToLower(strings.ToUpper(s)) == lower
}
