package index

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/skillgap/skillgap"
)

// synthSkill is a skill of the synthetic market: its share of postings moves
// linearly from Start to End over the 24 months.
type synthSkill struct {
	ID, Name, Category string
	Start, End         float64
	Leader             bool // asked for twice as often at director level and above
}

// synthSkills is the synthetic market's taxonomy, loosely shaped on PM postings.
func synthSkills() []synthSkill {
	return []synthSkill{
		{"stakeholder-management", "stakeholder management", "leadership", 0.62, 0.60, false},
		{"roadmapping", "product roadmaps", "strategy", 0.55, 0.55, false},
		{"product-strategy", "product strategy", "strategy", 0.45, 0.48, true},
		{"user-research", "user research", "discovery", 0.40, 0.42, false},
		{"data-analysis", "data analysis", "analytics", 0.38, 0.40, false},
		{"agile", "agile", "delivery", 0.42, 0.30, false},
		{"sql", "SQL", "analytics", 0.28, 0.30, false},
		{"ab-testing", "A/B testing", "analytics", 0.24, 0.27, false},
		{"prioritization", "prioritisation", "strategy", 0.30, 0.30, false},
		{"communication", "communication", "leadership", 0.50, 0.50, false},
		{"jira", "Jira", "tools", 0.20, 0.16, false},
		{"scrum", "Scrum", "delivery", 0.22, 0.15, false},
		{"okrs", "OKRs", "strategy", 0.12, 0.18, true},
		{"go-to-market", "go-to-market", "go-to-market", 0.15, 0.17, true},
		{"pricing", "pricing", "go-to-market", 0.08, 0.10, false},
		{"llm", "LLMs", "technical", 0.04, 0.40, false},
		{"ai-product", "AI products", "technical", 0.05, 0.30, false},
		{"machine-learning", "machine learning", "technical", 0.10, 0.16, false},
		{"apis", "APIs", "technical", 0.15, 0.17, false},
		{"system-design", "system design", "technical", 0.06, 0.07, false},
		{"experimentation", "experimentation", "analytics", 0.12, 0.16, false},
		{"product-discovery", "product discovery", "discovery", 0.14, 0.20, false},
		{"people-management", "people management", "leadership", 0.10, 0.10, true},
		{"hiring", "hiring", "leadership", 0.06, 0.06, true},
		{"figma", "Figma", "tools", 0.07, 0.09, false},
		{"amplitude", "Amplitude", "tools", 0.05, 0.06, false},
		{"waterfall", "waterfall", "delivery", 0.08, 0.02, false},
		{"csm", "Certified ScrumMaster", "certifications", 0.04, 0.03, false},
		{"fintech", "fintech", "domain", 0.06, 0.07, false},
		{"healthcare", "healthcare", "domain", 0.04, 0.05, false},
		{"b2b-saas", "B2B SaaS", "domain", 0.18, 0.20, false},
		{"payments", "payments", "domain", 0.05, 0.06, false},
	}
}

// synthCategories maps the synthetic skills to their categories.
func synthCategories() map[string]string {
	out := map[string]string{}
	for _, s := range synthSkills() {
		out[s.ID] = s.Category
	}
	return out
}

// The synthetic market runs over 24 months, synthStart to synthEnd.
const (
	synthStartUnix = 1704067200 // 2024-01-01
	synthEndUnix   = 1767139200 // 2025-12-31
)

type synthSource struct{ Name, Kind string }

// synth is a deterministic generator of a synthetic market.
type synth struct {
	r                *rand.Rand
	dupShare         float64
	start, end       time.Time
	skills           []synthSkill
	sources          []synthSource
	companies, areas []string
	locations        []struct{ City, Country string }
	used             map[string][]time.Time // dup key → dates, to avoid accidental duplicates
	i                int
}

// newSynth returns a generator of postings dated over 24 months with growing
// volume; about dupShare of them are followed by the same job posted on a
// second source within 20 days.
func newSynth(seed uint64, dupShare float64) *synth {
	g := &synth{
		r: rand.New(rand.NewPCG(seed, seed^0x5eed)), dupShare: dupShare,
		start: time.Unix(synthStartUnix, 0).UTC(), end: time.Unix(synthEndUnix, 0).UTC(),
		skills: synthSkills(),
		sources: []synthSource{{"acme-greenhouse", "greenhouse"}, {"lever-boards", "lever"},
			{"ashby-boards", "ashby"}, {"careers-jsonld", "jsonld"}, {"pm-feed", "feed"}, {"gh-two", "greenhouse"}},
		locations: []struct{ City, Country string }{{"London, UK", "GB"}, {"Berlin, Germany", "DE"},
			{"New York, NY", "US"}, {"San Francisco, CA", "US"}, {"Austin, TX", "US"}, {"Amsterdam, Netherlands", "NL"},
			{"Paris, France", "FR"}, {"Toronto, Canada", "CA"}, {"Remote - US", "US"}, {"Dublin, Ireland", "IE"}},
		areas: []string{"Payments", "Growth", "Platform", "Checkout", "Search", "Data", "Mobile", "Onboarding",
			"AI", "Billing", "Identity", "Marketplace", "Core", "Analytics", "Integrations"},
		used: map[string][]time.Time{},
	}
	g.companies = make([]string, 400)
	for i := range g.companies {
		g.companies[i] = fmt.Sprintf("%s %s", []string{"Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne",
			"Hooli", "Pied Piper", "Vandelay", "Soylent"}[i%10], []string{"Labs", "Inc", "Systems", "Health",
			"Pay", "AI", "Cloud", "Commerce", "Data", "Works"}[(i/10)%10]) + suffix(i/100)
	}
	return g
}

// synthPostings generates n postings; dups maps each planned duplicate's id to
// the id of its other copy, both ways.
func synthPostings(n int, seed uint64, dupShare float64) (ps []skillgap.Posting, dups map[string]string) {
	g := newSynth(seed, dupShare)
	dups = map[string]string{}
	for len(ps) < n {
		next := g.next()
		if len(ps)+len(next) > n {
			next = next[:1]
		}
		if len(next) == 2 {
			dups[next[0].ID], dups[next[1].ID] = next[1].ID, next[0].ID
		}
		ps = append(ps, next...)
	}
	return ps, dups
}

// next returns one posting, or two when the job is also on a second source.
func (g *synth) next() []skillgap.Posting {
	r := g.r
	sen := skillgap.Seniorities()
	senWeights := []float64{0.08, 0.30, 0.30, 0.10, 0.08, 0.08, 0.04, 0.02}
	workplaces := []skillgap.Workplace{skillgap.Remote, skillgap.Hybrid, skillgap.Onsite, ""}
	days := int(g.end.Sub(g.start).Hours()/24) + 1
	for {
		g.i++
		i := g.i
		// Volume grows by half over the two years: density 1 + 0.5x on [0,1].
		x := (math.Sqrt(1+r.Float64()*1.25) - 1) / 0.5
		date := g.start.AddDate(0, 0, min(int(x*float64(days)), days-1))
		src := g.sources[r.IntN(len(g.sources))]
		s := pick(r, senWeights)
		loc := g.locations[r.IntN(len(g.locations))]
		p := skillgap.Posting{
			ID: fmt.Sprintf("%s:%s:%d", src.Kind, src.Name, i), Source: src.Name, SourceKind: src.Kind,
			Board: src.Name, JobID: fmt.Sprint(i), Company: g.companies[zipf(r, len(g.companies))],
			Title: synthTitle(sen[s], g.areas[r.IntN(len(g.areas))], r), Role: synthRole(r),
			Seniority: sen[s], Locations: []string{loc.City}, Country: loc.Country,
			Workplace: workplaces[r.IntN(len(workplaces))], EmploymentType: "full-time",
			URL: fmt.Sprintf("https://jobs.example.test/%s/%d", src.Name, i),
		}
		key := dupKey(p)
		if slices.ContainsFunc(g.used[key], func(t time.Time) bool { return absDur(date.Sub(t)) <= 3*dupWindow }) {
			continue // the same job by accident; the brute-force checks want only planned duplicates
		}
		g.used[key] = append(g.used[key], date)
		g.fill(&p, date, s)
		if r.Float64() >= g.dupShare {
			return []skillgap.Posting{p}
		}
		d := p
		other := g.sources[r.IntN(len(g.sources))]
		for other.Name == src.Name {
			other = g.sources[r.IntN(len(g.sources))]
		}
		d.ID, d.Source, d.SourceKind, d.Board = fmt.Sprintf("%s:%s:%d-dup", other.Kind, other.Name, i), other.Name, other.Kind, other.Name
		d.URL = fmt.Sprintf("https://jobs.example.test/%s/%d", other.Name, i)
		shift := r.IntN(41) - 20 // within 30 days, either side
		if !d.Posted.IsZero() {
			d.Posted = d.Posted.AddDate(0, 0, shift)
		}
		d.FirstSeen = d.FirstSeen.AddDate(0, 0, shift)
		if r.Float64() < 0.5 {
			d.Company = strings.ToUpper(d.Company) + ", Inc." // normalisation must still match
		}
		return []skillgap.Posting{p, d}
	}
}

// fill sets the dates, pay, skills and description of p.
func (g *synth) fill(p *skillgap.Posting, date time.Time, s int) {
	r := g.r
	if r.Float64() < 0.9 {
		p.Posted = date
	}
	p.FirstSeen = date.AddDate(0, 0, r.IntN(3))
	if p.Posted.IsZero() {
		date = p.FirstSeen
	}
	p.LastSeen = p.FirstSeen.AddDate(0, 0, 5+r.IntN(60))
	if p.LastSeen.After(g.end) {
		p.LastSeen = g.end
	} else if r.Float64() < 0.9 {
		p.Closed = p.LastSeen.AddDate(0, 0, 1)
	}
	if r.Float64() < 0.3 {
		p.Salary = &skillgap.Pay{Min: float64(80+r.IntN(80)) * 1000, Currency: "USD"}
		p.Salary.Max = p.Salary.Min + 30000
	}
	if r.Float64() < 0.6 {
		p.YearsMin = 1 + r.IntN(10)
	}
	frac := date.Sub(g.start).Hours() / g.end.Sub(g.start).Hours()
	for _, sk := range g.skills {
		prob := sk.Start + (sk.End-sk.Start)*frac
		if sk.Leader && p.Seniority.Rank() >= skillgap.Director.Rank() {
			prob = min(2*prob, 0.95)
		}
		if r.Float64() >= prob {
			continue
		}
		m := skillgap.SkillMention{SkillID: sk.ID, Level: skillgap.Required, Evidence: "Experience with " + sk.Name + ".", Category: sk.Category}
		if r.Float64() < 0.35 {
			m.Level = skillgap.Preferred
		}
		if r.Float64() < 0.3 {
			m.Expected = 2 + r.IntN(3)
		}
		p.Skills = append(p.Skills, m)
	}
	p.Description = synthDescription(*p, g.skills, r)
}

func suffix(i int) string {
	if i == 0 {
		return ""
	}
	return fmt.Sprintf(" %d", i+1)
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// zipf picks an index in [0,n) with probability falling as 1/(k+1).
func zipf(r *rand.Rand, n int) int {
	// inverse of the harmonic CDF, approximated with a log
	return min(int(math.Exp(r.Float64()*math.Log(float64(n)+1)))-1, n-1)
}

// pick returns an index drawn with the given weights (summing to 1).
func pick(r *rand.Rand, w []float64) int {
	x := r.Float64()
	for i, p := range w {
		if x < p {
			return i
		}
		x -= p
	}
	return len(w) - 1
}

func synthRole(r *rand.Rand) string {
	switch x := r.Float64(); {
	case x < 0.75:
		return "product manager"
	case x < 0.9:
		return "technical product manager"
	default:
		return "product owner"
	}
}

func synthTitle(s skillgap.Seniority, area string, r *rand.Rand) string {
	switch s {
	case skillgap.Associate:
		return "Associate Product Manager, " + area
	case skillgap.Mid:
		return "Product Manager - " + area
	case skillgap.Senior:
		return "Senior Product Manager, " + area
	case skillgap.Staff:
		return []string{"Staff", "Principal"}[r.IntN(2)] + " Product Manager, " + area
	case skillgap.Lead:
		return "Group Product Manager, " + area
	case skillgap.Director:
		return "Director of Product, " + area
	case skillgap.VP:
		return "VP Product, " + area
	default:
		return "Chief Product Officer"
	}
}

// synthDescription writes a plain-text posting of about 250 words that names
// its skills in the requirements and nice-to-have sections.
func synthDescription(p skillgap.Posting, skills []synthSkill, r *rand.Rand) string {
	name := map[string]string{}
	for _, s := range skills {
		name[s.ID] = s.Name
	}
	filler := []string{
		"You will work closely with engineering, design and data science to ship products customers love.",
		"We are a fast-growing team with an ambitious mission and a culture of ownership.",
		"You will own the product lifecycle from discovery through launch and iteration.",
		"Our customers range from small businesses to global enterprises across many markets.",
		"You will define success metrics, analyse outcomes and decide what to build next.",
		"We value curiosity, clear writing, and bias for action in everything we do.",
		"You will partner with sales, marketing and support to bring launches to market.",
		"We offer competitive compensation, equity, generous leave and a learning budget.",
		"We are an equal opportunity employer and welcome applicants from every background.",
	}
	var b strings.Builder
	fmt.Fprintf(&b, "About %s\n\n%s is hiring a %s to join the team in %s.\n\n", p.Company, p.Company, p.Title, strings.Join(p.Locations, ", "))
	b.WriteString("What you will do\n\n")
	for range 4 {
		b.WriteString("- " + filler[r.IntN(5)] + "\n")
	}
	b.WriteString("\nWhat we are looking for\n\n")
	fmt.Fprintf(&b, "- %d+ years of product management experience\n", max(p.YearsMin, 2))
	var nice []string
	for _, m := range p.Skills {
		if m.Level == skillgap.Required {
			fmt.Fprintf(&b, "- Strong experience with %s\n", name[m.SkillID])
		} else {
			nice = append(nice, name[m.SkillID])
		}
	}
	if len(nice) > 0 {
		b.WriteString("\nNice to have\n\n")
		for _, n := range nice {
			fmt.Fprintf(&b, "- Familiarity with %s\n", n)
		}
	}
	b.WriteString("\nBenefits\n\n")
	for _, f := range filler[5:] {
		b.WriteString(f + " ")
	}
	return b.String()
}
