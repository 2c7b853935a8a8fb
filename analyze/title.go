package analyze

import (
	"bytes"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/skillgap/skillgap"
)

// TitleClass is what a job title says about the role. ClassifyTitle is the one
// place the project decides it: the crawler's title filter, the extractor (and
// so every market basis) and reindex all ask it.
type TitleClass struct {
	// Product reports a product-management role: product managers and owners
	// at every level, product leads, heads, directors and VPs of product, CPOs.
	// Product marketing, design, analytics, operations, support, engineering,
	// program management and leaders of other functions "for product" are not.
	Product bool
	// Role is the role family (RoleProductManager …); "" when not Product.
	Role string
	// Seniority is the band the title states. A product title that states none
	// is mid; another title that states none is "".
	Seniority skillgap.Seniority
}

// Role families ClassifyTitle returns.
const (
	RoleProductManager = "product manager"
	RoleProductOwner   = "product owner"
	RoleTechnicalPM    = "technical pm"
	RoleAIPM           = "ai pm"
	RoleGrowthPM       = "growth pm"
	RolePlatformPM     = "platform pm"
	RoleDataPM         = "data pm"
	RoleProductLeader  = "product leader" // director, head, VP of product and CPO
)

// Roles lists every role family.
func Roles() []string {
	return []string{RoleProductManager, RoleProductOwner, RoleTechnicalPM, RoleAIPM, RoleGrowthPM,
		RolePlatformPM, RoleDataPM, RoleProductLeader}
}

// The product-role phrases and patterns match a title in titleForm: lower
// case, "&" read as "and", every other run of characters but letters and
// digits one space, padded with spaces ("Sr. PM, AI/ML" reads " sr pm ai ml ").
// Fixed phrases are plain word matches (the extractor classifies every
// posting's title, so this stays cheap); the regular expressions run only on
// titles that name a product without naming a product manager.
var (
	// pmPhrases name the product manager and owner roles themselves.
	pmPhrases = []string{"product manager", "product managers", "product mgr", "product owner", "product owners",
		"produkt manager", "produktmanager", "produkt owner", "produktowner", "pm", "pms", "apm", "apms", "gpm", "gpms",
		"chief product officer", "cpo"}
	// notPMPhrases override pmPhrases: TPM is a technical program manager; CPO
	// also abbreviates other chiefs; a recruiter for product managers is a recruiter.
	notPMPhrases = []string{"tpm", "tpms", "program manager", "program management", "program lead", "program director",
		"programme manager", "programme management", "programme lead", "project manager", "project management",
		"project lead", "project director", "delivery manager", "delivery lead", "delivery director",
		"chief people officer", "chief procurement officer", "chief privacy officer", "chief product security officer",
		"recruiter", "recruiting", "sourcer", "talent acquisition"}

	// leaderRe names product leadership said without "manager".
	leaderRe = regexp.MustCompile(`\bproducts? (lead|leader|leadership|director|head|management)\b|` +
		`\b(head|director|vp|vice president|svp|evp|avp|chief|lead|leader|manager) (of |for )?(the )?products?\b|` +
		`\b(head|director|vp|vice president|svp|evp|avp) (of|for) (the )?(\w+ ){1,2}products?\b`)
	// notLeaderRe overrides leaderRe: "product" naming another function
	// ("Head of Product Design"), a leader of another function for a product
	// ("Director of Engineering, Core Product", "Head of Content (Product)"),
	// and titles whose job noun is another trade.
	notLeaderRe = regexp.MustCompile(`\bproducts? (marketing|marketer|design|designer|analyst|analytics|data|support|` +
		`operations?|ops|engineer|engineering|specialist|counsel|legal|safety|security|compliance|quality|sales|` +
		`partnerships?|education|training|solutions?|content|communications?|photography|introduction|finance|` +
		`copywriter|advocate|implementation|application|development engineer)\b|\bnew product introduction\b|\bnpi\b|` +
		`\b(head|director|vp|vice president|svp|evp|avp|lead|manager) (of |for )?(the )?(engineering|content|design|` +
		`marketing|analytics|data science|sales|operations|security|people|finance|legal|research|support|` +
		`customer (success|support|experience)|quality|manufacturing|production|programs?|projects?|talent|recruiting|` +
		`partnerships|business development|communications|brand|growth marketing)\b|` +
		`\b(engineers?|engineering manager|designers?|analysts?|scientists?|researchers?|recruiters?|sourcers?|counsel|` +
		`attorney|marketers?|copywriter|business partner|account (manager|executive)|specialists?|strategist|` +
		`consultants?|architects?|sales (director|lead|leader|head|vp|manager|executive))\b|` +
		`\b(program|programme|project) (manager|management|lead)\b|\btpm\b`)
)

// ClassifyTitle decides from a job title alone whether the role is product
// management, its family and its seniority.
//
// Seniority bands, decided from the product titles of the 208 real Ashby
// boards in ../shared/realworld (and their hand labels):
//   - "Associate", "APM", "Junior", "Intern", "Product Manager I": associate.
//   - A plain "Product Manager"/"Product Owner", "II": mid.
//   - "Senior", "Sr", "III": senior.
//   - "Staff", "Principal", "Senior Staff": staff (one band).
//   - "Lead Product Manager", "Lead PM", "Product Lead": senior. In the real
//     postings these are individual contributors ("Senior or Lead PM", a
//     founding product lead, a Lead PM reporting to a group PM); the years and
//     the posting's text refine them (see postingSeniority).
//   - "Group Product Manager", "GPM", "Manager, Product Management": lead
//     (the group/lead band is the first that manages product managers).
//   - "Director", "Head of": director; "VP", "Vice President": vp; "Chief
//     Product Officer", "CPO": cpo.
//
// A title naming two bands ("Senior / Staff Product Manager", "Senior or Lead
// PM") gets the lower one: the posting takes either.
func ClassifyTitle(title string) TitleClass {
	return classifyForm(title, titleForm(title))
}

// classifyForm is ClassifyTitle of title, whose titleForm is t.
func classifyForm(title, t string) TitleClass {
	c := TitleClass{Product: isProductForm(t)}
	c.Seniority = titleSeniority(title, t, c.Product)
	if c.Product {
		c.Role = roleOfForm(t, c.Seniority)
	}
	return c
}

// SeniorityOf returns the seniority band a job title states; see ClassifyTitle.
func SeniorityOf(title string) skillgap.Seniority {
	return ClassifyTitle(title).Seniority
}

// RoleOf returns the role family of a posting from its title, "" when the
// title is not a product role; see ClassifyTitle. With an empty title it uses
// the first line of text.
func RoleOf(title, text string) string {
	if strings.TrimSpace(title) == "" {
		title, _, _ = strings.Cut(strings.TrimSpace(text), "\n")
	}
	return ClassifyTitle(title).Role
}

// titleForm lower-cases title, reads "&" as "and" and turns every other run of
// characters but letters and digits into one space, padded with spaces.
func titleForm(title string) string {
	var b strings.Builder
	b.Grow(len(title) + 2)
	b.WriteByte(' ')
	space := true
	for _, r := range title {
		switch {
		case r == '&':
			if !space {
				b.WriteByte(' ')
			}
			b.WriteString("and ")
			space = true
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		case !space:
			b.WriteByte(' ')
			space = true
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

// isProductForm reports whether the title in titleForm t is a product role.
func isProductForm(t string) bool {
	switch {
	case hasPhrase(t, pmPhrases):
		return !hasPhrase(t, notPMPhrases)
	case strings.Contains(t, "product") && containsAny(t, "lead", "head", "director", "vp", "vice", "chief", "manag") &&
		leaderRe.MatchString(t):
		return !notLeaderRe.MatchString(t)
	}
	return false
}

// containsAny reports whether s contains any of subs.
func containsAny(s string, subs ...string) bool {
	return slices.ContainsFunc(subs, func(sub string) bool { return strings.Contains(s, sub) })
}

// titleSeniority is the band title states. A title that joins alternatives
// with "/" or "or" gets the lowest band any part states.
func titleSeniority(title, t string, product bool) skillgap.Seniority {
	if !strings.Contains(title, "/") && !strings.Contains(t, " or ") {
		if s := bandOfForm(t); s != "" || !product {
			return s
		}
		return skillgap.Mid
	}
	parts := strings.FieldsFunc(strings.ReplaceAll(strings.ToLower(title), " or ", "/"), func(r rune) bool { return r == '/' })
	var low skillgap.Seniority
	for _, p := range parts {
		pf := titleForm(p)
		s := bandOfForm(pf)
		if s == "" && product && isProductForm(pf) {
			s = skillgap.Mid // "Product Manager / Senior Product Manager"
		}
		if s != "" && (low == "" || s.Rank() < low.Rank()) {
			low = s
		}
	}
	if low == "" && product {
		return skillgap.Mid
	}
	return low
}

// bandOfForm is the band a title in titleForm t names, "" when none.
func bandOfForm(t string) skillgap.Seniority {
	has := func(ps ...string) bool { return hasPhrase(t, ps) }
	switch {
	case has("chief of staff"):
		return ""
	case has("chief product officer", "cpo", "chief product"):
		return skillgap.CPO
	case has("vp", "vice president", "svp", "evp", "avp"):
		return skillgap.VP
	case has("director", "head of", "head"):
		return skillgap.Director
	case has("group product manager", "group pm", "gpm", "group product", "manager product management",
		"manager of product management", "manager of product"):
		return skillgap.Lead
	case has("staff", "principal"):
		return skillgap.Staff
	case has("senior", "sr", "snr", "iii", "lead", "leader"):
		return skillgap.Senior
	case has("associate", "apm", "junior", "jr", "entry level", "graduate", "new grad", "intern", "internship", "i"):
		return skillgap.Associate
	case has("ii"):
		return skillgap.Mid
	}
	return ""
}

// leadIC reports a title whose only band word is "lead" ("Lead Product
// Manager", "Founding Product Lead"): senior by its title, refined by the
// posting.
func leadIC(t string, s skillgap.Seniority) bool {
	return s == skillgap.Senior && hasPhrase(t, []string{"lead", "leader"}) &&
		!hasPhrase(t, []string{"senior", "sr", "snr", "iii"})
}

// roleOfForm is the role family of a product title in titleForm t, of
// seniority sen. The area the title names decides; AI before technical
// ("Technical PM, AI Messaging" works on an AI product).
func roleOfForm(t string, sen skillgap.Seniority) string {
	has := func(ps ...string) bool { return hasPhrase(t, ps) }
	switch {
	case sen == skillgap.Director || sen == skillgap.VP || sen == skillgap.CPO:
		return RoleProductLeader
	case has("product owner", "po", "produkt owner"):
		return RoleProductOwner
	case has("ai", "ml", "machine learning", "llm", "llms", "genai", "gen ai", "generative ai", "artificial intelligence",
		"inference", "embeddings", "agentic", "mcp"):
		return RoleAIPM
	case has("technical"):
		return RoleTechnicalPM
	case has("growth", "monetization", "monetisation", "activation", "retention", "acquisition", "plg", "engagement"):
		return RoleGrowthPM
	case has("data platform", "data", "analytics", "insights", "business intelligence"):
		return RoleDataPM
	case has("platform", "platforms", "infrastructure", "infra", "developer", "developers", "dev platform", "api", "apis",
		"sdk", "sdks", "devex", "developer experience", "integrations", "storage", "compute", "cloud", "gateway"):
		return RolePlatformPM
	}
	return RoleProductManager
}

// hasPhrase reports whether the normalised form t, padded with spaces, holds
// one of the phrases ps as whole words.
func hasPhrase(t string, ps []string) bool {
	for _, p := range ps {
		for i := 0; i+len(p) < len(t); {
			j := strings.Index(t[i:], p)
			if j < 0 {
				break
			}
			j += i
			if j > 0 && t[j-1] == ' ' && j+len(p) < len(t) && t[j+len(p)] == ' ' {
				return true
			}
			i = j + 1
		}
	}
	return false
}

// Seniority from the whole posting. The title decides, then:
//   - no band in the title: the years asked (under 2 associate, under 5 mid,
//     under 8 senior, else staff);
//   - a plain "Product Manager" (not "II") asking 6 years or more: senior. The
//     hand labels put plain PMs asking 5 years at mid (three of four) and
//     those asking 6 at senior;
//   - a "Lead PM"/"Product Lead" (leadIC): lead when the posting asks to manage
//     product managers ("manage a team of PMs", "mentor PMs", direct reports),
//     else staff when it asks 8 years or more, else senior.
const (
	seniorYears = 6
	staffYears  = 8
)

// seniorityWithYears combines the title with the years asked; see postingSeniority.
func seniorityWithYears(title string, years int) skillgap.Seniority {
	t := titleForm(title)
	return postingSeniority(t, classifyForm(title, t).Seniority, years, "")
}

// postingSeniority refines the band sen that a title (in titleForm t) states
// with the years the posting asks and, for a lead title, whether its text asks
// to manage product managers.
func postingSeniority(t string, sen skillgap.Seniority, years int, text string) skillgap.Seniority {
	switch {
	case sen == "" && years > 0:
		return seniorityOfYears(years)
	case sen == skillgap.Mid && years >= seniorYears && !hasPhrase(t, []string{"ii", "2"}):
		return skillgap.Senior
	case leadIC(t, sen) && managesPMs(text):
		return skillgap.Lead
	case leadIC(t, sen) && years >= staffYears:
		return skillgap.Staff
	}
	return sen
}

// seniorityOfYears maps years of experience to a band.
func seniorityOfYears(y int) skillgap.Seniority {
	switch {
	case y < 2:
		return skillgap.Associate
	case y < 5:
		return skillgap.Mid
	case y < staffYears:
		return skillgap.Senior
	}
	return skillgap.Staff
}

// Asking to manage product managers: a verb of people leadership whose object
// is product managers or the product team ("build and mentor a team of PMs",
// "hire a product team member"), or a plain statement ("direct reports",
// "player/coach"); unless the posting says there are none.
var (
	managesRe = regexp.MustCompile(`\b(manage|manages|managing|lead|leads|leading|coach|coaches|coaching|mentor|mentors|` +
		`mentoring|develop|developing|grow|growing|build|builds|building|hire|hires|scale|scaling)` +
		`( (and|or) \w+)* (a |the |our |your )?(\w+ ){0,2}(team of (\w+ )?)?` +
		`(product managers|pms|pm team|product team|product management team|product org|product organization)\b|` +
		`\b(direct reports|people management|people manager|people leadership|player coach|manage managers)\b`)
	noReportsRe = regexp.MustCompile(`\b(no|without) (direct reports|people management|management responsibilities)\b`)
)

// managesPMs reports whether a posting's text asks to manage product managers.
func managesPMs(text string) bool {
	_, ok := managesPMsAt(text)
	return ok
}

// managesObjects are words one of which managesRe needs: a cheap test before it.
var managesObjects = []string{"product manager", "pms", "pm team", "product team", "product management team",
	"product org", "direct report", "people manage", "people leader", "player", "manage managers"}

// noReportsWords are words one of which noReportsRe needs.
var noReportsWords = []string{"direct report", "people management", "management responsibilit"}

// managesPMsAt is managesPMs with the words that ask it.
func managesPMsAt(text string) (string, bool) {
	if text == "" {
		return "", false
	}
	// The text in lower case, on the stack unless it is long.
	var buf [8 << 10]byte
	low := appendLower(buf[:0], text)
	if containsAnyWord(low, noReportsWords) && noReportsRe.MatchString(titleForm(text)) {
		return "", false
	}
	// The regexp runs only on the lines that hold one of its object words, in
	// order. Each word is searched for in the whole text, not line by line:
	// next[k] is where object word k occurs next, len(low) if nowhere.
	var nbuf [16]int
	next := nbuf[:0]
	for _, w := range managesObjects {
		next = append(next, indexFrom(low, w, 0))
	}
	for {
		at := len(low)
		for _, n := range next {
			at = min(at, n)
		}
		if at == len(low) {
			return "", false
		}
		start := bytes.LastIndexByte(low[:at], '\n') + 1
		end := len(low)
		if i := bytes.IndexByte(low[at:], '\n'); i >= 0 {
			end = at + i
		}
		if m := managesRe.FindString(titleForm(string(low[start:end]))); m != "" {
			return strings.TrimSpace(m), true
		}
		for k := range next {
			if next[k] < end {
				next[k] = indexFrom(low, managesObjects[k], end)
			}
		}
	}
}

// indexFrom returns the first index of w in b at or after from, len(b) if none.
func indexFrom(b []byte, w string, from int) int {
	if i := bytes.Index(b[from:], []byte(w)); i >= 0 {
		return from + i
	}
	return len(b)
}

// appendLower appends s in lower case to dst, as strings.ToLower writes it.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// containsAnyWord reports whether b holds one of ws.
func containsAnyWord(b []byte, ws []string) bool {
	for _, w := range ws {
		if bytes.Contains(b, []byte(w)) {
			return true
		}
	}
	return false
}

// postingRole classifies a posting: its role family from the title (the first
// line of text when the title is empty) and its seniority from the title, the
// years asked and the text.
func postingRole(title, text string, years int) (role string, sen skillgap.Seniority) {
	t := titleForm(title)
	c := classifyForm(title, t)
	role = c.Role
	if strings.TrimSpace(title) == "" {
		role = RoleOf("", text)
	}
	return role, postingSeniority(t, c.Seniority, years, text)
}

// numberWords spells the year counts postings write out.
var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20,
}

// yearsRe matches the count before "years": "5+", "3-5", "3 to 5", "five (5)",
// "at least 3", "minimum of 4". It runs only on the few bytes before a "year" word.
var yearsRe = regexp.MustCompile(`(?i)(?:^|[^\w.,])(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)\s*(?:\(\s*\d{1,2}\s*\+?\s*\))?\s*\+?\s*(?:(?:-|–|—|to|or)\s*(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\s*\+?\s*)?(?:\(\s*\d{1,2}\s*\+?\s*\)\s*)?(?:\+\s*)?(?:plus\s+|or more\s+|full[- ]time\s+|professional\s+|relevant\s+|total\s+)?$`)

// yearsBefore parses the count that text ends with, 0 when none.
func yearsBefore(text string) int {
	// A match runs to the end of text and, but for the character before the
	// count, holds only yearsChars: it starts at or after the last other
	// character, so the search starts there.
	from := len(text) - 1
	for from > 0 && yearsChar(text[from]) {
		from--
	}
	from = max(from, 0)
	m := yearsRe.FindStringSubmatchIndex(text[from:])
	if m == nil {
		return 0
	}
	count := text[from+m[2] : from+m[3]]
	var buf [32]byte
	if n, ok := numberWords[string(appendLower(buf[:0], count))]; ok {
		return n
	}
	n, err := strconv.Atoi(count)
	if err != nil || n > 30 {
		return 0
	}
	return n
}

// yearsChar reports whether c may be in what yearsRe matches after its
// first character: digits, white space, "(", ")", "+", "-", the letters of its
// words in either case, and any byte of a multi-byte character (dashes, and
// the letters that fold to ASCII ones, such as "ſ").
func yearsChar(c byte) bool {
	switch {
	case c >= utf8.RuneSelf, '0' <= c && c <= '9':
		return true
	case 'a' <= c|0x20 && c|0x20 <= 'z':
		return strings.IndexByte("aefghilmnoprstuvwxy", c|0x20) >= 0
	}
	return strings.IndexByte(" \t\n\f\r()+-", c) >= 0
}

// notExperience lists words near a year count that show it is not experience
// asked of the candidate ("founded 10 years ago", "over the next 3 years").
var (
	yearsAfterBad  = []string{"ago", "old", "of age", "history", "in business", "of growth", "running", "warranty", "from now"}
	yearsBeforeBad = []string{"next", "past", "last", "within", "every", "founded", "first", "over the"}
	yearsGoodAfter = []string{"experience", "of", "in", "as", "working", "building", "leading", "managing", "shipping",
		"product", "professional", "relevant", "industry", "hands-on", "exp", "owning", "with"}
	yearsGoodBefore = []string{"+", "at least", "minimum", "min.", "min ", "or more", "plus", "total", "experience"}
)

// lineYears returns the largest minimum number of years that line ln asks for
// and whether it asks only as a preference.
func (e *Extractor) lineYears(d *doc, ln span, z zone) (years int, pref bool) {
	pref = true
	for i := ln.w0; i < ln.w1; i++ {
		w := d.words[i]
		if w.id < 0 || (w.id != e.c.year && w.id != e.c.yr) {
			continue
		}
		s := d.sents[w.sent]
		sw := d.words[s.w0:s.w1]
		f := e.sentFlags(d, w.sent)
		if f&cueDrop != 0 {
			continue
		}
		from := max(int(d.words[s.w0].start), int(w.start)-48)
		before := d.text[from:w.start]
		n := yearsBefore(before)
		if n == 0 || !e.yearsAreExperience(d, sw, int(i-s.w0), before) {
			continue
		}
		nice := z == zoneNice || f&cueNice != 0
		switch {
		case !nice && (pref || n > years):
			years, pref = n, false
		case nice && pref && n > years:
			years = n
		}
	}
	return years, pref
}

// yearsAreExperience reports whether the year count at word k of sentence sw
// asks for experience rather than telling company history.
// It lower-cases the text around the count into buffers on the stack: it
// runs on every year count.
func (e *Extractor) yearsAreExperience(d *doc, sw []word, k int, before string) bool {
	var bbuf, abuf [200]byte
	var pbuf [40]byte // a phrase with its spaces
	lb := appendLower(bbuf[:0], before)
	for _, b := range yearsBeforeBad {
		if bytes.Contains(lb, append(append(pbuf[:0], b...), ' ')) {
			return false
		}
	}
	after := d.text[sw[k].end:sw[len(sw)-1].end]
	if len(after) > 60 {
		after = after[:60]
	}
	la := appendLower(append(abuf[:0], ' '), after)
	trimmed := bytes.TrimLeft(la, " '’")
	for _, b := range yearsAfterBad {
		if bytes.HasPrefix(trimmed, append(pbuf[:0], b...)) {
			return false
		}
	}
	for _, g := range yearsGoodBefore {
		if bytes.Contains(lb, append(pbuf[:0], g...)) {
			return true
		}
	}
	for _, g := range yearsGoodAfter {
		if bytes.HasPrefix(trimmed, append(append(pbuf[:0], g...), ' ')) ||
			bytes.Contains(la, append(append(append(pbuf[:0], ' '), g...), ' ')) {
			return true
		}
	}
	return false
}
