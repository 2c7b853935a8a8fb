package analyze

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/skillgap/skillgap"
)

// track is the kind of move a plan serves; the career, networking and
// mentorship goals are written for it.
type track int

const (
	stepUp         track = iota // the next level in product management
	intoProduct                 // from another function (engineering, design, analysis) into product
	intoLeadership              // from individual contributor to leading product people
	intoDomain                  // product management in a domain the user has not worked in
)

// persona is what the plan knows of the user's situation, to write tasks in
// their own context.
type persona struct {
	track  track
	target string // the target role as written
	role   string // the people of the target role: "Senior Product Manager in AI"
	domain string // "payments", "AI"; empty when unknown
	// workDomain is the domain of the user's work today: domain, unless
	// that is only the target's and their current work does not name it, so
	// that a PM moving into AI is not told of "your AI work". Someone moving
	// into product keeps it: they move within the domain they work in.
	workDomain string
	company    string // "your B2B SaaS scale-up", "Northwind Analytics"; empty when unknown
	highlight  string // a highlight of the current role, "" when none
	city       string // from the location, "" when none
	reviewer   string // who reviews practice work: "a senior PM", "a product director"
	// gaps names the user's top gaps (up to three), strength their strongest
	// skill the market asks for, as used mid-sentence: they make the career,
	// networking and mentorship tasks this person's own.
	from      string // the current role as a plain noun: "product designer", "backend engineer"
	gaps      []string
	strength  string
	strongest *skillgap.Skill // the skill strength names; nil when none
}

// leansOn reports whether work on skill s can sensibly draw on the user's
// strongest skill: the same category, or technical, analytical or discovery
// strength put to product craft.
func (p persona) leansOn(s *skillgap.Skill) bool {
	st := p.strongest
	if st == nil || st.ID == s.ID {
		return false
	}
	if st.Category == s.Category {
		return true
	}
	craft := []string{"strategy", "discovery", "delivery", "analytics", "go-to-market", "technical"}
	return slices.Contains([]string{"technical", "analytics", "discovery"}, st.Category) && slices.Contains(craft, s.Category)
}

// gap is the name of the user's i-th top gap, or a stand-in when there are fewer.
func (p persona) gap(i int) string {
	switch {
	case i < len(p.gaps):
		return p.gaps[i]
	case len(p.gaps) > 0:
		return p.gaps[len(p.gaps)-1]
	}
	return "the skills this plan builds"
}

// gapList names the top gaps as "a, b and c".
func (p persona) gapList() string {
	switch len(p.gaps) {
	case 0:
		return p.gap(0)
	case 1:
		return p.gaps[0]
	}
	return strings.Join(p.gaps[:len(p.gaps)-1], ", ") + " and " + p.gaps[len(p.gaps)-1]
}

// skillsOf fills in the user's top gaps and strongest skill from the report,
// else from the inventory's highest-rated skill.
func (p *persona) skillsOf(inv skillgap.Inventory, rep skillgap.GapReport, tax *skillgap.Taxonomy) {
	for _, g := range rep.Gaps {
		if len(p.gaps) == 3 {
			break
		}
		if s, ok := tax.Skill(g.SkillID); ok && s.Kind != skillgap.KindCertification && g.Level() > 0 {
			p.gaps = append(p.gaps, nameInSentence(s))
		}
	}
	// The strength to build on: the highest level among the strengths the
	// market asks for, a craft skill before a soft one, the most asked first.
	var best *skillgap.Gap
	better := func(a, b *skillgap.Gap) bool {
		if a.Have != b.Have {
			return a.Have > b.Have
		}
		if (a.Kind == skillgap.KindSoft) != (b.Kind == skillgap.KindSoft) {
			return b.Kind == skillgap.KindSoft
		}
		return a.Share() > b.Share()
	}
	for i := range rep.Strength {
		g := &rep.Strength[i]
		if s, ok := tax.Skill(g.SkillID); ok && s.Kind != skillgap.KindCertification && (best == nil || better(g, best)) {
			best = g
		}
	}
	if best != nil {
		s, _ := tax.Skill(best.SkillID)
		p.strength, p.strongest = nameInSentence(s), s
		return
	}
	top := -1
	for _, is := range inv.Skills {
		if s, ok := tax.Skill(is.Skill); ok && is.Level > top && s.Kind != skillgap.KindCertification {
			top, p.strength, p.strongest = is.Level, nameInSentence(s), s
		}
	}
}

// nameInSentence is a skill's name as used mid-sentence: "product strategy",
// but "SQL" and "A/B testing" as written.
func nameInSentence(s *skillgap.Skill) string {
	if s.Kind == skillgap.KindTool {
		return s.Name
	}
	return lowerFirst(s.Name)
}

// newPersona reads the user's context from the inventory and the target.
func newPersona(inv skillgap.Inventory, rep skillgap.GapReport) persona {
	p := persona{target: inv.TargetRole, domain: inv.Domain}
	if p.domain == "" {
		p.domain = domainOfTitle(inv.TargetRole)
	}
	p.role = roleOfTitle(inv.TargetRole)
	p.from = plainRole(inv.CurrentRole)
	if d := domainOfTitle(inv.TargetRole); d != "" {
		p.role += " in " + d
	}
	var cur *skillgap.Experience
	for i := range inv.Experience {
		if inv.Experience[i].End == "" {
			cur = &inv.Experience[i]
			break
		}
	}
	switch {
	case inv.CompanyType != "":
		p.company = "your " + inv.CompanyType
	case cur != nil && cur.Company != "":
		p.company = cur.Company
	}
	if cur != nil && len(cur.Highlights) > 0 {
		p.highlight = strings.TrimRight(cur.Highlights[0], ".")
	}
	p.city, _, _ = strings.Cut(inv.Location, ",")
	p.city = strings.TrimSpace(p.city)
	tc, cc := ClassifyTitle(inv.TargetRole), ClassifyTitle(inv.CurrentRole)
	switch {
	case inv.CurrentRole != "" && !cc.Product:
		p.track = intoProduct
	case tc.Seniority.Rank() >= skillgap.Lead.Rank() && cc.Seniority.Rank() < skillgap.Lead.Rank():
		p.track = intoLeadership
	case p.domain != "" && !inventoryNames(inv, p.domain):
		p.track = intoDomain
	}
	if p.workDomain = p.domain; p.track != intoProduct && inv.Domain == "" && !worksIn(inv, p.domain) {
		p.workDomain = "" // the target's domain is not their work yet
	}
	p.reviewer = "a more senior PM"
	switch {
	case p.track == intoProduct:
		p.reviewer = "an experienced PM"
	case tc.Seniority.Rank() >= skillgap.Lead.Rank():
		p.reviewer = "a product director"
	}
	return p
}

// domainOfTitle is the domain a title names after a comma, dash or in
// brackets: "Senior PM, Payments" → "payments"; "" when none.
func domainOfTitle(title string) string {
	for _, sep := range []string{",", " – ", " - ", "("} {
		if _, after, ok := strings.Cut(title, sep); ok {
			d := strings.TrimSpace(strings.Trim(after, "() "))
			if d == "" || len(d) > 40 {
				return ""
			}
			if strings.ToUpper(d) == d {
				return d // an acronym: AI, B2B
			}
			return strings.ToLower(d)
		}
	}
	return ""
}

// plainRole is a job title without its seniority and brackets, in lower case:
// "Senior Product Designer" → "product designer".
func plainRole(title string) string {
	title, _, _ = strings.Cut(roleOfTitle(title), "(")
	var words []string
	for _, w := range strings.Fields(strings.ToLower(title)) {
		switch w {
		case "senior", "sr", "sr.", "junior", "jr", "jr.", "lead", "principal", "staff", "associate", "head", "of":
			continue
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		return "your current role"
	}
	return strings.Join(words, " ")
}

// roleOfTitle is a title without the domain it names: "Senior PM, Payments" → "Senior PM".
func roleOfTitle(title string) string {
	for _, sep := range []string{",", " – ", " - ", "("} {
		if before, _, ok := strings.Cut(title, sep); ok && strings.TrimSpace(before) != "" {
			return strings.TrimSpace(before)
		}
	}
	return strings.TrimSpace(title)
}

// inventoryNames reports whether the inventory's roles, companies, highlights
// or skills name word, as a word ("AI" is not in "maintain").
func inventoryNames(inv skillgap.Inventory, word string) bool {
	texts := []string{inv.CurrentRole, inv.CompanyType}
	for _, e := range inv.Experience {
		texts = append(texts, e.Role, e.Company)
		texts = append(texts, e.Highlights...)
	}
	for _, s := range inv.Skills {
		texts = append(texts, s.Skill, s.Evidence)
	}
	return namesWord(texts, word)
}

// worksIn reports whether the user's current job (role, company type,
// company, highlights) names domain, or they rate a skill that names it at
// working level or above: a course taken is not work in the domain.
func worksIn(inv skillgap.Inventory, domain string) bool {
	texts := []string{inv.CurrentRole, inv.CompanyType}
	for _, e := range inv.Experience {
		if e.End == "" {
			texts = append(texts, e.Role, e.Company)
			texts = append(texts, e.Highlights...)
		}
	}
	for _, s := range inv.Skills {
		if s.Level >= 2 {
			texts = append(texts, s.Skill)
		}
	}
	return namesWord(texts, domain)
}

// namesWord reports whether any of texts has word as a whole word, in any case.
func namesWord(texts []string, word string) bool {
	re := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(word) + `\b`)
	return slices.ContainsFunc(texts, re.MatchString)
}

// work is the user's work as a phrase: "your payments work at Northwind".
func (p persona) work() string {
	s := "your work"
	if p.workDomain != "" {
		s = "your " + p.workDomain + " work"
	}
	if p.company != "" {
		s += " at " + p.company
	}
	return s
}

// product is the user's product as a phrase: "your payments product".
func (p persona) product() string {
	if p.workDomain != "" {
		return "your " + p.workDomain + " product"
	}
	return "your product"
}

// contextual rewrites the generic phrases of a practice activity in the user's
// context: "on real work" becomes "on your payments work at Northwind".
func (p persona) contextual(s string) string {
	r := strings.NewReplacer(
		"your product's", p.product()+"'s",
		"your product", p.product(),
		"on real work", "on "+p.work(),
		"a real product problem", "a real problem in "+p.work(),
		"a current piece of work", "a current piece of "+p.work(),
		"a real or sample project", "a real project in "+p.work(),
		"a senior PM", p.reviewer,
	)
	return r.Replace(s)
}

// budget tracks what the plan's resources cost against the user's budget.
type budget struct {
	amount   float64 // in the user's currency; zero means none stated
	currency string  // ISO code; empty means US dollars
	rate     float64 // units of currency per US dollar; zero means unknown
	spent    float64 // US dollars committed so far
}

// usdRates are rough units of each currency per US dollar, enough to tell
// whether a $30 book or a $1,000 course fits a budget; they are not for sums.
var usdRates = map[string]float64{
	"USD": 1, "EUR": 0.92, "GBP": 0.79, "CHF": 0.88, "CAD": 1.37, "AUD": 1.52, "NZD": 1.65,
	"SEK": 10.5, "NOK": 10.7, "DKK": 6.9, "PLN": 4.0, "CZK": 23, "INR": 83, "SGD": 1.35,
	"JPY": 150, "BRL": 5.2, "MXN": 17.5, "ZAR": 18.5,
}

func newBudget(amount float64, currency string) *budget {
	b := &budget{amount: amount, currency: strings.ToUpper(currency)}
	if b.currency == "" {
		b.currency = "USD"
	}
	b.rate = usdRates[b.currency]
	return b
}

// stated reports whether the user stated a budget in a currency we can compare.
func (b *budget) stated() bool { return b.amount > 0 && b.rate > 0 }

// fits reports whether cost US dollars fit what is left of the budget; with no
// budget stated everything fits (the plan shows the cost).
func (b *budget) fits(cost int) bool {
	if cost == 0 || !b.stated() {
		return true
	}
	return (b.spent+float64(cost))*b.rate <= b.amount+eps
}

// spend commits cost US dollars.
func (b *budget) spend(cost int) { b.spent += float64(cost) }

// String is the budget as the user wrote it: "1,500 EUR".
func (b *budget) String() string {
	return fmt.Sprintf("%s %s", thousands(b.amount), b.currency)
}

// costText is a resource's cost for people: "about US$30", or "" when free.
func costText(cost int) string {
	if cost == 0 {
		return ""
	}
	return "about US$" + thousands(float64(cost))
}

// thousands writes a whole amount with thousands separators: 1,500.
func thousands(f float64) string {
	s := fmt.Sprintf("%.0f", math.Round(f))
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		return "-" + s
	}
	return s
}

// pickResource chooses the first of rs the budget can carry and commits its
// cost. When none fits, it names the first for borrowing ("from a library").
// ok is false when rs is empty.
func (b *budget) pickResource(rs []skillgap.Resource) (name string, cost int, ok bool) {
	if len(rs) == 0 {
		return "", 0, false
	}
	for _, r := range rs {
		if b.fits(r.Cost) {
			b.spend(r.Cost)
			return r.Name, r.Cost, true
		}
	}
	r := rs[0]
	if r.Kind == "book" {
		return r.Name + " (borrowed from a library; " + costText(r.Cost) + " to buy is over your budget)", 0, true
	}
	return r.Name, r.Cost, true
}
