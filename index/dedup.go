package index

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/skillgap/skillgap"
)

// dupWindow is how far apart two sources' postings of the same job may be dated.
const dupWindow = 30 * 24 * time.Hour

// legalForm reports whether w is a legal-form word dropped when comparing company names.
func legalForm(w string) bool {
	switch w {
	case "inc", "incorporated", "llc", "ltd", "limited", "gmbh", "ag", "sa", "bv", "plc",
		"corp", "corporation", "co", "company", "srl", "sas", "oy", "ab", "as", "pty":
		return true
	}
	return false
}

// dupKey is what two postings of the same job share: normalised company, title
// and locations.
func dupKey(p skillgap.Posting) string {
	company := strings.Fields(normText(p.Company))
	for len(company) > 1 && legalForm(company[len(company)-1]) {
		company = company[:len(company)-1]
	}
	locs := make([]string, 0, len(p.Locations))
	for _, l := range p.Locations {
		if n := normText(l); n != "" {
			locs = append(locs, n)
		}
	}
	slices.Sort(locs)
	locs = slices.Compact(locs)
	return strings.Join(company, " ") + "|" + normText(p.Title) + "|" + strings.Join(locs, ";")
}

// normText lowercases s and keeps letters and digits, with single spaces between words.
func normText(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		space = true
	}
	return b.String()
}

// dupMember is one posting of a duplicate group.
type dupMember struct {
	ID, Source string
	Date       time.Time
}

// assignDups decides, for the postings that share one dup key, which duplicate
// which: in date order (then id), a posting is a duplicate of the earliest
// canonical posting from another source dated at most 30 days before it that
// has no duplicate from its source yet; otherwise it is canonical. The result
// maps every member's id to its canonical id, or "" when it is canonical.
func assignDups(members []dupMember) map[string]string {
	slices.SortFunc(members, func(a, b dupMember) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	type group struct {
		canon   dupMember
		sources map[string]bool
	}
	var groups []*group
	out := make(map[string]string, len(members))
	for _, m := range members {
		out[m.ID] = ""
		var joined bool
		for _, g := range groups {
			if m.Date.Sub(g.canon.Date) > dupWindow || g.sources[m.Source] {
				continue
			}
			g.sources[m.Source] = true
			out[m.ID] = g.canon.ID
			joined = true
			break
		}
		if !joined {
			groups = append(groups, &group{canon: m, sources: map[string]bool{m.Source: true}})
		}
	}
	return out
}
