package analyze

import (
	"fmt"
	"strings"

	"github.com/skillgap/skillgap"
)

// place is where the user is, read from the inventory's location: "Toronto,
// CA" is the city Toronto in the country CA; "Canada" alone is both.
type place struct {
	city    string // the first part as written; empty means no location
	country string // ISO 3166 alpha-2 code when the last part is one
	name    string // the last part as written when it is no code ("Canada")
}

// countryAliases are the codes people write that are not ISO 3166 alpha-2.
var countryAliases = map[string]string{"UK": "GB", "USA": "US"}

// placeOf reads a location as the inventory writes it.
func placeOf(loc string) place {
	var parts []string
	for p := range strings.SplitSeq(loc, ",") {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return place{}
	}
	pl := place{city: parts[0]}
	last := parts[len(parts)-1]
	code := strings.ToUpper(last)
	if c, ok := countryAliases[code]; ok {
		code = c
	}
	switch {
	case len(code) == 2:
		pl.country = code
		if len(parts) == 1 {
			pl.city = ""
		}
	default:
		pl.name = last
	}
	return pl
}

// countryText writes " in CA" for the user's country, or "".
func (pl place) countryText() string {
	switch {
	case pl.country != "":
		return " in " + pl.country
	case pl.name != "" && pl.name != pl.city:
		return " in " + pl.name
	}
	return ""
}

// names reports whether one of locs names word (case-insensitive, as a whole word).
func names(locs []string, word string) bool {
	if word == "" {
		return false
	}
	w := strings.ToLower(word)
	for _, l := range locs {
		l = strings.ToLower(l)
		for i := strings.Index(l, w); i >= 0; {
			end := i + len(w)
			if (i == 0 || !isWordByte(l[i-1])) && (end == len(l) || !isWordByte(l[end])) {
				return true
			}
			next := strings.Index(l[i+1:], w)
			if next < 0 {
				break
			}
			i += 1 + next
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// placeOK says whether p's place and workplace suit the user, adding the
// reason to why when they do not.
func (f fitter) placeOK(p *skillgap.Posting, why []string) (bool, []string) {
	where := strings.Join(p.Locations, "; ")
	if where == "" {
		where = "a place it does not name"
	}
	if f.remote == skillgap.Remote && p.Workplace != skillgap.Remote && p.Workplace != "" {
		return false, append(why, fmt.Sprintf("%s in %s; you prefer remote work", p.Workplace, where))
	}
	pl := f.place
	if pl.city == "" && pl.country == "" && pl.name == "" {
		return true, why
	}
	if p.Workplace == skillgap.Remote {
		if p.Country == "" || p.Country == pl.country || names(p.Locations, pl.name) || names(p.Locations, pl.country) {
			return true, why
		}
		return false, append(why, fmt.Sprintf("remote in %s, not%s", where, pl.countryText()))
	}
	if len(p.Locations) == 0 && p.Country == "" {
		return true, why
	}
	if names(p.Locations, pl.city) || (pl.city == "" && (p.Country == pl.country || names(p.Locations, pl.name))) {
		return true, why
	}
	home := pl.city
	if home == "" {
		home = strings.TrimPrefix(pl.countryText(), " in ")
	}
	return false, append(why, fmt.Sprintf("%s in %s, not %s", cmpWorkplace(p.Workplace), where, home))
}

// cmpWorkplace names a workplace for a sentence; unstated reads "based".
func cmpWorkplace(w skillgap.Workplace) string {
	if w == "" {
		return "based"
	}
	return string(w)
}
