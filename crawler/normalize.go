package crawler

import (
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/language"

	skillgap "github.com/skillgap/skillgap"
)

// employmentType normalises the ways boards name employment types to
// full-time, part-time, contract, internship or temporary; "" when unknown.
func employmentType(s string) string {
	k := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
	switch {
	case k == "":
		return ""
	case strings.Contains(k, "intern") || strings.Contains(k, "trainee") || strings.Contains(k, "apprentice"):
		return "internship"
	case strings.Contains(k, "parttime"):
		return "part-time"
	case strings.Contains(k, "fulltime") || k == "permanent" || k == "regular":
		return "full-time"
	case strings.Contains(k, "contract") || strings.Contains(k, "freelance") || k == "perdiem":
		return "contract"
	case strings.Contains(k, "temp") || strings.Contains(k, "seasonal") || strings.Contains(k, "fixedterm"):
		return "temporary"
	}
	return ""
}

// workplace normalises a board's workplace type (remote, hybrid, onsite and
// their spellings); "" when s names none.
func workplace(s string) skillgap.Workplace {
	k := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
	switch k {
	case "remote", "telecommute", "fullyremote", "remotefirst":
		return skillgap.Remote
	case "hybrid":
		return skillgap.Hybrid
	case "onsite", "inoffice", "office", "inperson":
		return skillgap.Onsite
	}
	return ""
}

// workplaceHint reads remote or hybrid from free text such as a location name
// ("San Francisco (Hybrid)", "Remote - US"); it never guesses onsite.
func workplaceHint(texts ...string) skillgap.Workplace {
	for _, t := range texts {
		l := strings.ToLower(t)
		switch {
		case strings.Contains(l, "hybrid"):
			return skillgap.Hybrid
		case strings.Contains(l, "remote") || strings.Contains(l, "anywhere"):
			return skillgap.Remote
		}
	}
	return ""
}

// salaryPeriod normalises a pay interval ("1 YEAR", "per-hour-wage", "HOUR") to
// year, month, week, day or hour; "" means year or unknown.
func salaryPeriod(s string) string { return skillgap.PayPeriod(s) }

// parseTime reads the date formats boards use; zero when none fits.
func parseTime(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, layout := range []string{
		time.RFC3339Nano, "2006-01-02T15:04:05.999999999Z0700", "2006-01-02T15:04:05.999999999",
		"2006-01-02T15:04Z07:00", "2006-01-02 15:04:05.999999999Z07:00", "2006-01-02 15:04:05.999999999",
		"2006-01-02", time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006",
		"January 2, 2006", "Jan 2, 2006", "2006/01/02",
	} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

// epochMillis converts Unix milliseconds to a time; zero for a non-positive value.
func epochMillis(ms int64) time.Time {
	if ms <= 0 {
		return time.Time{}
	}
	return time.UnixMilli(ms).UTC()
}

// host is the lower-case host of a URL, or "".
func hostOf(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

// countryCode returns the ISO 3166-1 alpha-2 code for a country given as a code
// (alpha-2 or alpha-3) or an English name; "" when unknown.
func countryCode(s string) string {
	s = strings.TrimSpace(s)
	if n := len(s); n == 2 || n == 3 {
		if r, err := language.ParseRegion(s); err == nil && r.IsCountry() {
			return r.String()
		}
	}
	return countryByName(strings.ToLower(strings.Trim(s, " .")))
}

// countryByName maps the English names and aliases of the countries job boards
// name most; "" for the rest.
func countryByName(name string) string {
	switch strings.TrimPrefix(name, "the ") {
	case "united states", "united states of america", "u.s.", "u.s.a", "america":
		return "US"
	case "united kingdom", "great britain", "britain", "england", "scotland", "wales", "northern ireland":
		return "GB"
	case "canada":
		return "CA"
	case "germany", "deutschland":
		return "DE"
	case "france":
		return "FR"
	case "spain", "españa":
		return "ES"
	case "portugal":
		return "PT"
	case "italy":
		return "IT"
	case "netherlands", "holland":
		return "NL"
	case "belgium":
		return "BE"
	case "switzerland":
		return "CH"
	case "austria":
		return "AT"
	case "ireland":
		return "IE"
	case "sweden":
		return "SE"
	case "norway":
		return "NO"
	case "denmark":
		return "DK"
	case "finland":
		return "FI"
	case "poland":
		return "PL"
	case "czech republic", "czechia":
		return "CZ"
	case "romania":
		return "RO"
	case "bulgaria":
		return "BG"
	case "serbia":
		return "RS"
	case "greece":
		return "GR"
	case "ukraine":
		return "UA"
	case "turkey", "türkiye":
		return "TR"
	case "israel":
		return "IL"
	case "united arab emirates", "uae":
		return "AE"
	case "india":
		return "IN"
	case "china":
		return "CN"
	case "japan":
		return "JP"
	case "south korea", "korea", "republic of korea":
		return "KR"
	case "singapore":
		return "SG"
	case "australia":
		return "AU"
	case "new zealand":
		return "NZ"
	case "mexico", "méxico":
		return "MX"
	case "brazil", "brasil":
		return "BR"
	case "argentina":
		return "AR"
	case "colombia":
		return "CO"
	case "chile":
		return "CL"
	case "philippines":
		return "PH"
	case "indonesia":
		return "ID"
	case "vietnam", "viet nam":
		return "VN"
	case "south africa":
		return "ZA"
	case "nigeria":
		return "NG"
	case "kenya":
		return "KE"
	case "egypt":
		return "EG"
	case "hong kong":
		return "HK"
	case "taiwan":
		return "TW"
	case "estonia":
		return "EE"
	case "lithuania":
		return "LT"
	case "latvia":
		return "LV"
	case "hungary":
		return "HU"
	case "croatia":
		return "HR"
	case "luxembourg":
		return "LU"
	}
	return ""
}

// plainText tidies text that is already plain: entities decoded, spaces
// collapsed within lines, at most one blank line between paragraphs, "•"
// bullets written as "- ".
func plainText(s string) string {
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	var b strings.Builder
	blank, prevBullet := false, false
	for _, line := range strings.Split(s, "\n") {
		line = collapseSpace(strings.Map(func(r rune) rune {
			if invisible(r) && r != '\t' {
				return -1
			}
			return r
		}, line))
		if line == "" {
			blank = b.Len() > 0
			continue
		}
		for _, bullet := range []string{"• ", "· ", "* ", "– "} {
			if rest, ok := strings.CutPrefix(line, bullet); ok {
				line = "- " + rest
				break
			}
		}
		isBullet := strings.HasPrefix(line, "- ")
		if b.Len() > 0 {
			if blank && !(isBullet && prevBullet) { // list items stay together
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		b.WriteString(line)
		blank, prevBullet = false, isBullet
	}
	return b.String()
}

// fixMojibake repairs text that was UTF-8, read as Latin-1 and encoded again
// ("GdaÅ\u0084sk" for "Gdańsk"); other text comes back unchanged.
func fixMojibake(s string) string {
	suspicious := false
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xff {
			return s
		}
		if r >= 0xc2 && r <= 0xf4 {
			suspicious = true
		}
		b = append(b, byte(r))
	}
	if !suspicious || !utf8.Valid(b) {
		return s
	}
	return string(b)
}

// number reads a JSON number that a board may have written as a string
// ("130000", "130,000.00"); ok is false when v holds no number.
func number(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case string:
		f, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSpace(x), ",", ""), 64)
		return f, err == nil
	}
	return 0, false
}
