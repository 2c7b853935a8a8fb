package analyze

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/skillgap/skillgap"
)

// A posting's domain is what the company and its product are ("a payments
// company", "Head of Product, Lending"). It is not a domain skill asked of the
// candidate ("experience with card payments"), and it does not depend on the
// extracted skills: extraction may rightly drop domain words that only a
// company blurb says.

// DomainFinder finds the taxonomy's domains (skills of kind domain) named in
// titles, departments and company text. Build one per taxonomy with
// NewDomainFinder; it is safe for concurrent use.
type DomainFinder struct {
	ids     []string                 // domain skill ids
	first   map[string][]domainAlias // aliases by their first word in matching form
	implies [][]int                  // the domains each domain implies in the taxonomy
}

// domainAlias is one way to name a domain, in matching form.
type domainAlias struct {
	words  []string
	domain int
	guards []domainGuard // any one passing lets the alias count; none means it always counts
}

// domainGuard is a compiled skillgap.Guard: it holds in a sentence.
type domainGuard struct {
	exact         string     // the alias as it must be written; "" when case does not matter
	near, notNear [][]string // phrases in matching form
}

// NewDomainFinder compiles the names and aliases of the taxonomy's domain
// skills, with their guards.
func NewDomainFinder(tax *skillgap.Taxonomy) *DomainFinder {
	f := &DomainFinder{first: map[string][]domainAlias{}}
	at := map[string]int{}
	for i := range tax.Skills {
		if s := &tax.Skills[i]; s.Kind == skillgap.KindDomain {
			at[s.ID] = len(f.ids)
			f.ids = append(f.ids, s.ID)
		}
	}
	f.implies = make([][]int, len(f.ids))
	for d, id := range f.ids {
		s, _ := tax.Skill(id)
		f.addAliases(d, s)
		for _, im := range s.Implies {
			if j, ok := at[im.Skill]; ok && j != d {
				f.implies[d] = append(f.implies[d], j)
			}
		}
	}
	return f
}

// addAliases adds the name and aliases of domain skill s, number d.
func (f *DomainFinder) addAliases(d int, s *skillgap.Skill) {
	guards := map[string][]domainGuard{}
	for _, g := range s.Guards {
		dg := domainGuard{}
		if g.CaseSensitive {
			dg.exact = g.Alias
		}
		for _, p := range g.Near {
			dg.near = append(dg.near, normWords(p))
		}
		for _, p := range g.NotNear {
			dg.notNear = append(dg.notNear, normWords(p))
		}
		k := Normalize(g.Alias)
		guards[k] = append(guards[k], dg)
	}
	seen := map[string]bool{}
	for _, a := range append([]string{s.Name}, s.Aliases...) {
		ws := normWords(a)
		k := strings.Join(ws, " ")
		if len(ws) == 0 || seen[k] {
			continue
		}
		seen[k] = true
		f.first[ws[0]] = append(f.first[ws[0]], domainAlias{words: ws, domain: d, guards: guards[k]})
	}
}

// domainHit is one domain named in a sentence, at words [w0, w1).
type domainHit struct{ domain, w0, w1 int }

// find returns the domains sentence names, leftmost-longest, with the
// sentence's words in matching form.
func (f *DomainFinder) find(sentence string) ([]domainHit, []string) {
	ws := normWords(sentence)
	var hits []domainHit
	for i := 0; i < len(ws); {
		best := -1
		var bestA domainAlias
		for _, a := range f.first[ws[i]] {
			n := len(a.words)
			if n > best && i+n <= len(ws) && slices.Equal(ws[i:i+n], a.words) && a.allowed(sentence, ws) {
				best, bestA = n, a
			}
		}
		if best < 0 {
			i++
			continue
		}
		hits = append(hits, domainHit{bestA.domain, i, i + best})
		i += best
	}
	return hits, ws
}

// allowed reports whether alias a counts in sentence (words ws).
func (a domainAlias) allowed(sentence string, ws []string) bool {
	if len(a.guards) == 0 {
		return true
	}
	for _, g := range a.guards {
		if g.holds(sentence, ws) {
			return true
		}
	}
	return false
}

func (g domainGuard) holds(sentence string, ws []string) bool {
	if g.exact != "" && !hasWritten(sentence, g.exact) {
		return false
	}
	if len(g.near) > 0 && !slices.ContainsFunc(g.near, func(p []string) bool { return hasWords(ws, p) }) {
		return false
	}
	return !slices.ContainsFunc(g.notNear, func(p []string) bool { return hasWords(ws, p) })
}

// hasWords reports whether ws holds the phrase p as consecutive words.
func hasWords(ws, p []string) bool {
	for i := 0; i+len(p) <= len(ws); i++ {
		if len(p) > 0 && slices.Equal(ws[i:i+len(p)], p) {
			return true
		}
	}
	return false
}

// hasWritten reports whether s holds w exactly as written, as whole words.
func hasWritten(s, w string) bool {
	if w == "" {
		return false
	}
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		after, _ := utf8.DecodeRuneInString(s[j+len(w):])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		i = j + 1
	}
}

// InTitle returns the ids of the domains a title (or a department) names,
// sorted, without the domains they imply.
func (f *DomainFinder) InTitle(title string) []string {
	var found []int
	for _, h := range f.hits(title) {
		found = append(found, h.domain)
	}
	return f.names(found)
}

// hits returns the domains text names, sentence by sentence.
func (f *DomainFinder) hits(text string) []domainHit {
	var out []domainHit
	for _, s := range sentences(text) {
		hs, _ := f.find(s)
		out = append(out, hs...)
	}
	return out
}

// Posting returns the ids of the posting's own domains, sorted, with the
// domains they imply in the taxonomy. A domain needs a clear signal: named in
// the title or the department, or in the company text either twice or in a
// phrase that says what the company is ("a payments company", "the leading
// fintech platform", "a leader in cybersecurity"). The rest of the
// description (what the role asks) does not count.
func (f *DomainFinder) Posting(p *skillgap.Posting) []string {
	var found []int
	for _, h := range f.hits(p.Title + "\n" + p.Department) {
		found = append(found, h.domain)
	}
	count := make([]int, len(f.ids))
	for _, s := range companyText(p.Description, p.Company) {
		hs, ws := f.find(s)
		for _, h := range hs {
			count[h.domain]++
			if companyPhrase(ws, h) {
				found = append(found, h.domain)
			}
		}
	}
	for d, n := range count {
		if n >= 2 {
			found = append(found, d)
		}
	}
	return f.names(f.closure(found))
}

// PostingDomains returns the posting's own domains: see DomainFinder.Posting.
// Callers with many postings build one DomainFinder instead.
func PostingDomains(p *skillgap.Posting, tax *skillgap.Taxonomy) []string {
	return NewDomainFinder(tax).Posting(p)
}

// closure adds to ds every domain they imply, transitively.
func (f *DomainFinder) closure(ds []int) []int {
	seen := make([]bool, len(f.ids))
	out := make([]int, 0, len(ds))
	for len(ds) > 0 {
		d := ds[len(ds)-1]
		ds = ds[:len(ds)-1]
		if seen[d] {
			continue
		}
		seen[d] = true
		out = append(out, d)
		ds = append(ds, f.implies[d]...)
	}
	return out
}

// implied returns the ids of the domains that ds imply but do not hold.
func (f *DomainFinder) implied(ids []string) []string {
	var ds []int
	for _, id := range ids {
		if i := slices.Index(f.ids, id); i >= 0 {
			ds = append(ds, i)
		}
	}
	var out []string
	for _, id := range f.names(f.closure(ds)) {
		if !slices.Contains(ids, id) {
			out = append(out, id)
		}
	}
	return out
}

// names returns the sorted, distinct ids of domains ds.
func (f *DomainFinder) names(ds []int) []string {
	if len(ds) == 0 {
		return nil
	}
	out := make([]string, 0, len(ds))
	for _, d := range ds {
		out = append(out, f.ids[d])
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Words in matching form around a domain that say what a company is: "a
// payments company", "a fintech infrastructure platform", "a leader in
// cybersecurity".
var (
	companyNouns = []string{"company", "startup", "platform", "provider", "firm", "business", "leader", "scaleup",
		"unicorn", "bank", "lender", "insurer", "brand", "network", "app", "marketplace", "solution"}
	companyMiddle = []string{"technology", "tech", "software", "infrastructure", "data", "service", "saas", "ai"}
)

// companyPhrase reports whether hit h in words ws says what the company is.
func companyPhrase(ws []string, h domainHit) bool {
	i := h.w1
	if i < len(ws) && slices.Contains(companyMiddle, ws[i]) {
		i++
	}
	if i < len(ws) && slices.Contains(companyNouns, ws[i]) {
		return true
	}
	j := h.w0
	if j > 0 && ws[j-1] == "the" {
		j--
	}
	return j >= 2 && ws[j-1] == "in" && (ws[j-2] == "leader" || ws[j-2] == "pioneer")
}

// companyText returns the sentences of a description that speak about the
// company: those under a company heading ("About us", "About Acme", "Who we
// are", "Our mission"), and those before the first heading that speak in the
// company's voice ("we", "our", its name); never one that speaks to the
// candidate ("you", "this role", "looking for").
func companyText(desc, company string) []string {
	comp := strings.TrimSpace(titleForm(company))
	var out []string
	intro, inCompany := true, false
	for line := range strings.SplitSeq(desc, "\n") {
		l := strings.TrimSpace(line)
		switch {
		case l == "":
			continue
		case headingLine(l):
			intro, inCompany = false, companyHeading(titleForm(l), comp)
			continue
		case !intro && !inCompany:
			continue // past the opening and outside company sections: nothing counts
		}
		for _, s := range sentences(l) {
			t := titleForm(s)
			if !toCandidate(t) && (inCompany || intro && companyVoice(t, comp)) {
				out = append(out, s)
			}
		}
	}
	return out
}

// headingLine reports whether a line of a description is a heading: short,
// not a list item, not ending like a sentence.
func headingLine(l string) bool {
	if strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "• ") || strings.HasPrefix(l, "* ") {
		return false
	}
	switch l[len(l)-1] {
	case ':':
		return countFields(l, 10) <= 10
	case '.', '!', ',', ';':
		return false
	}
	return countFields(l, 8) <= 8
}

// countFields returns len(strings.Fields(s)) without building the fields, or
// limit+1 once it is past limit.
func countFields(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			in = false
		case !in:
			if n++; n > limit {
				return n
			}
			in = true
		}
	}
	return n
}

// companyHeading reports whether heading h, in titleForm, opens text about
// the company comp (in titleForm, trimmed).
func companyHeading(h, comp string) bool {
	switch {
	case hasPhrase(h, []string{"benefits", "benefit", "perks", "we offer", "compensation", "salary", "pay",
		"equal opportunity", "privacy"}):
		return false
	case hasPhrase(h, []string{"about us", "who we are", "our mission", "our story", "the company", "our company",
		"company overview", "company description", "what we do", "our product", "company"}):
		return true
	case strings.HasPrefix(h, " about "):
		return !hasPhrase(h, []string{"about the role", "about the job", "about the position", "about this role",
			"about the opportunity", "about you", "about the team", "about your", "about this position"})
	}
	// "About Acme", "Life at Acme"; not "Product Management at Acme".
	return comp != "" && len(strings.Fields(h)) <= 4 && hasPhrase(h, []string{comp}) &&
		!hasPhrase(h, []string{"product", "role", "team", "position", "job", "you", "pm", "pms"})
}

// companyVoice reports whether sentence t, in titleForm, speaks as or about
// the company comp.
func companyVoice(t, comp string) bool {
	return hasPhrase(t, []string{"we", "we re", "we ve", "our", "us"}) || comp != "" && hasPhrase(t, []string{comp})
}

// toCandidate reports whether sentence t, in titleForm, speaks to or of the
// candidate: it tells what the role asks, not what the company is.
func toCandidate(t string) bool {
	return hasPhrase(t, []string{"you", "your", "you ll", "you re", "you will", "this role", "the role", "this pm",
		"looking for", "seeking", "hiring", "candidate", "join"})
}

// sentences splits text into sentences: at line ends and at ".", "!", "?" or
// ";" before a space.
func sentences(text string) []string {
	var out []string
	for line := range strings.SplitSeq(text, "\n") {
		start := 0
		for i := 0; i < len(line); i++ {
			if c := line[i]; (c == '.' || c == '!' || c == '?' || c == ';') && (i+1 == len(line) || line[i+1] == ' ') {
				if s := strings.TrimSpace(line[start : i+1]); s != "" {
					out = append(out, s)
				}
				start = i + 1
			}
		}
		if s := strings.TrimSpace(line[start:]); s != "" {
			out = append(out, s)
		}
	}
	return out
}
