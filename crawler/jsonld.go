package crawler

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	skillgap "github.com/skillgap/skillgap"
)

// maxJSONLDDepth bounds the search for JobPosting objects in nested JSON-LD.
const maxJSONLDDepth = 32

// ParseJSONLD returns the schema.org JobPostings in the JSON-LD blocks
// (<script type="application/ld+json">) of one HTML page, without title
// filtering. It looks through @graph wrappers, top-level arrays and nested
// values, accepts @type as a string or an array, and skips a malformed block
// while keeping the others. A page without any JobPosting is not an error; the
// error is only for a pageURL that is not an absolute URL.
func ParseJSONLD(body []byte, pageURL string, src skillgap.Source) ([]skillgap.Posting, error) {
	page, err := url.Parse(pageURL)
	if err != nil || page.Host == "" {
		return nil, fmt.Errorf("parse json-ld page %q: want an absolute URL", pageURL)
	}
	page.Fragment = ""
	blocks, canonical := scanLDBlocks(body, page)
	var objs []map[string]any
	for _, b := range blocks {
		v, ok := decodeLD(b)
		if !ok {
			continue
		}
		objs = findJobPostings(v, objs, 0)
	}
	board := strings.ToLower(page.Hostname())
	out := make([]skillgap.Posting, 0, len(objs))
	seen := make(map[string]int)
	for _, o := range objs {
		p := ldPosting(o, page, canonical, board, src)
		key := p.ID
		if n := seen[key]; n > 0 { // several postings on one page without ids of their own
			p.ID += "#" + strconv.Itoa(n+1)
		}
		seen[key]++
		out = append(out, p)
	}
	return out, nil
}

// scanLDBlocks returns the contents of the page's JSON-LD script elements and
// its canonical URL (the page URL when it names none).
func scanLDBlocks(body []byte, page *url.URL) (blocks [][]byte, canonical string) {
	canonical = page.String()
	z := html.NewTokenizer(bytes.NewReader(body))
	inLD := false
	for {
		switch z.Next() {
		case html.ErrorToken:
			return blocks, canonical
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			switch t.DataAtom {
			case atom.Script:
				inLD = isLDType(attr(t, "type"))
			case atom.Link:
				if strings.EqualFold(strings.TrimSpace(attr(t, "rel")), "canonical") {
					if u, err := page.Parse(strings.TrimSpace(attr(t, "href"))); err == nil && isWeb(u) {
						u.Fragment = ""
						canonical = u.String()
					}
				}
			}
		case html.TextToken:
			if inLD {
				blocks = append(blocks, bytes.Clone(z.Text()))
			}
		case html.EndTagToken:
			inLD = false
		}
	}
}

func isLDType(t string) bool {
	mt, _, _ := strings.Cut(t, ";")
	return strings.EqualFold(strings.TrimSpace(mt), "application/ld+json")
}

func attr(t html.Token, key string) string {
	for _, a := range t.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// decodeLD decodes one block, tolerating HTML comment or CDATA wrappers and raw
// control characters inside strings (both common on real pages).
func decodeLD(b []byte) (any, bool) {
	b = bytes.TrimSpace(b)
	for _, w := range [][2]string{{"<!--", "-->"}, {"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}} {
		if bytes.HasPrefix(b, []byte(w[0])) {
			b = bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimPrefix(b, []byte(w[0])), []byte(w[1])))
		}
	}
	var v any
	if err := json.Unmarshal(b, &v); err == nil {
		return v, true
	}
	cleaned := bytes.Map(func(r rune) rune {
		if r < 0x20 {
			return ' '
		}
		return r
	}, b)
	if err := json.Unmarshal(cleaned, &v); err == nil {
		return v, true
	}
	return nil, false
}

// findJobPostings appends every JobPosting object found in v.
func findJobPostings(v any, acc []map[string]any, depth int) []map[string]any {
	if depth > maxJSONLDDepth {
		return acc
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			acc = findJobPostings(e, acc, depth+1)
		}
	case map[string]any:
		if hasType(x["@type"], "JobPosting") {
			return append(acc, x)
		}
		for _, k := range slices.Sorted(maps.Keys(x)) { // sorted: page order is lost, keep runs stable
			acc = findJobPostings(x[k], acc, depth+1)
		}
	}
	return acc
}

// hasType reports whether an @type value (string or array, possibly a full IRI
// such as http://schema.org/JobPosting) names typ.
func hasType(v any, typ string) bool {
	switch x := v.(type) {
	case string:
		x = strings.TrimSpace(x)
		i := strings.LastIndexAny(x, "/:#")
		return strings.EqualFold(x[i+1:], typ)
	case []any:
		for _, e := range x {
			if hasType(e, typ) {
				return true
			}
		}
	}
	return false
}

func ldPosting(o map[string]any, page *url.URL, canonical, board string, src skillgap.Source) skillgap.Posting {
	link := canonical
	if raw := strings.TrimSpace(ldString(o["url"])); raw != "" {
		if u, err := page.Parse(raw); err == nil && isWeb(u) {
			u.Fragment = ""
			link = u.String()
		}
	}
	jobID := ldIdentifier(o["identifier"])
	p := skillgap.Posting{
		ID:          skillgap.PostingID(skillgap.JSONLD, board, jobID, link),
		Source:      src.Name,
		SourceKind:  skillgap.JSONLD,
		Board:       board,
		JobID:       jobID,
		Company:     firstNonEmpty(src.Company, cleanText(ldName(o["hiringOrganization"])), board),
		Title:       cleanText(firstNonEmpty(ldString(o["title"]), ldString(o["name"]))),
		URL:         link,
		Description: ldDescription(ldString(o["description"])),
		Posted:      parseTime(ldString(o["datePosted"])),
		Salary:      ldPay(o),
	}
	for _, t := range ldList(o["employmentType"]) {
		if p.EmploymentType = employmentType(ldString(t)); p.EmploymentType != "" {
			break
		}
	}
	for _, loc := range ldList(o["jobLocation"]) {
		name, country := ldPlace(loc)
		p.Locations = appendNew(p.Locations, name)
		if p.Country == "" {
			p.Country = country
		}
	}
	for _, t := range ldList(o["jobLocationType"]) {
		if strings.EqualFold(strings.TrimSpace(ldString(t)), "TELECOMMUTE") {
			p.Workplace = skillgap.Remote
		}
	}
	// Remote postings name where applicants may live instead of a place.
	var areas []string
	for _, req := range ldList(o["applicantLocationRequirements"]) {
		areas = appendNew(areas, cleanText(ldName(req)))
	}
	if len(p.Locations) == 0 {
		p.Locations = areas
	}
	if p.Country == "" && len(areas) == 1 {
		p.Country = countryCode(areas[0])
	}
	return p
}

// ldDescription converts the HTML description; some sites escape it twice.
func ldDescription(s string) string {
	if !strings.Contains(s, "<") && strings.Contains(s, "&lt;") {
		s = html.UnescapeString(s)
	}
	return HTMLToText(s)
}

// ldPlace reads a Place (or a bare PostalAddress or string) as a location name
// and an ISO country code.
func ldPlace(v any) (name, country string) {
	m, ok := v.(map[string]any)
	if !ok {
		return cleanText(ldString(v)), ""
	}
	addr := m
	if a, ok := m["address"]; ok {
		if am, ok := a.(map[string]any); ok {
			addr = am
		} else if s := cleanText(ldString(a)); s != "" {
			return s, ""
		}
	}
	c := ldName(addr["addressCountry"])
	var parts []string
	for _, part := range []string{ldString(addr["addressLocality"]), ldString(addr["addressRegion"]), c} {
		parts = appendNew(parts, cleanText(part))
	}
	name = strings.Join(parts, ", ")
	if name == "" {
		name = cleanText(ldName(m))
	}
	return name, countryCode(c)
}

// ldIdentifier reads an identifier given as a PropertyValue {value}, a string or a number.
func ldIdentifier(v any) string {
	if m, ok := v.(map[string]any); ok {
		v = m["value"]
	}
	if l, ok := v.([]any); ok && len(l) > 0 {
		return ldIdentifier(l[0])
	}
	return cleanText(ldString(v))
}

// ldString reads a JSON-LD value as text: strings as they are, numbers written
// plainly, {@value} objects unwrapped.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case map[string]any:
		if val, ok := x["@value"]; ok {
			return ldString(val)
		}
	}
	return ""
}

// ldName reads a thing given as an object with a name (or a string).
func ldName(v any) string {
	if m, ok := v.(map[string]any); ok {
		return firstNonEmpty(ldString(m["name"]), ldString(m["@id"]))
	}
	if l, ok := v.([]any); ok && len(l) > 0 {
		return ldName(l[0])
	}
	return ldString(v)
}

// ldList treats a single value as a one-element list.
func ldList(v any) []any {
	switch x := v.(type) {
	case nil:
		return nil
	case []any:
		return x
	}
	return []any{v}
}

func appendNew(list []string, s string) []string {
	if s == "" {
		return list
	}
	for _, e := range list {
		if e == s {
			return list
		}
	}
	return append(list, s)
}

func isWeb(u *url.URL) bool {
	return (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
