package main

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// posting is one generated job before it is written in a board's layout.
type posting struct {
	Co         *company
	Product    bool // a product-management role the crawler must keep
	Listed     bool // false for ashby postings hidden from the board
	Title      string
	Seniority  string // associate, mid, senior, staff, lead, director, vp, cpo; "" for other roles
	Family     string // core, technical, ai, growth, platform, po; "" for other roles
	Area       string
	Dept       string
	Date       time.Time
	T          float64 // position of Date in the window, 0 at the start and 1 at the end
	Place      place   // primary location
	Places     []place // every location, Place first
	Workplace  string  // remote, hybrid, onsite
	Employment string  // full-time, part-time, contract, internship
	Pay        *pay
	YearsMin   int
	Asked      map[string]string // skill id → required or preferred (responsibilities count as required)
	Intro      []string
	Resp       []string
	Req        []string
	Nice       []string
	ID         string // the board's own id
	Slug       string // page name for jsonld sites and feeds
}

// pay is a salary range per year.
type pay struct {
	Min, Max int
	Currency string
}

// window is the 24 months of postings, ending on the market's "today".
type window struct {
	Start time.Time
	Days  int
}

func demoWindow() window {
	end := time.Date(2026, 11, 15, 0, 0, 0, 0, time.UTC)
	start := end.AddDate(-2, 0, 1)
	return window{Start: start, Days: int(end.Sub(start).Hours()/24) + 1}
}

// monthWeight is the relative hiring volume in the month of day: rising over the
// window, with a slow spring in 2025, a holiday lull and a January rebound.
func (w window) monthWeight(day int) float64 {
	d := w.Start.AddDate(0, 0, day)
	mi := (d.Year()-w.Start.Year())*12 + int(d.Month()-w.Start.Month())
	wt := 0.8 + 0.45*float64(mi)/24
	switch d.Month() {
	case time.December:
		wt *= 0.6
	case time.January:
		wt *= 1.15
	case time.July:
		wt *= 0.85
	case time.August:
		wt *= 0.8
	case time.September:
		wt *= 1.1
	}
	if d.Year() == 2025 && d.Month() >= time.March && d.Month() <= time.May {
		wt *= 0.8
	}
	return wt
}

// gen holds the state of one generation run.
type gen struct {
	rng     *rand.Rand
	win     window
	skills  []skillSpec
	domains map[string]domain
	ghIDs   map[int]bool
	// due accumulates each skill's chance over the postings generated so far; a
	// posting asks for the skill when it reaches 1. This error diffusion keeps the
	// shares over time close to the chances with a few hundred postings.
	due map[string]float64
	an  *regexp.Regexp // "a" before a vowel, to be made "an"
	// dayWeights is the hiring volume of each day of the window.
	dayWeights []float64
}

func newGen(seed uint64) *gen {
	g := &gen{
		rng:     rand.New(rand.NewPCG(seed, seed^0x5eed)),
		win:     demoWindow(),
		skills:  skillSpecs(),
		domains: domains(),
		ghIDs:   map[int]bool{},
		due:     map[string]float64{},
		an:      regexp.MustCompile(`(^|\s)a ([AEIOU])`),
	}
	for _, s := range g.skills {
		g.due[s.ID] = g.rng.Float64()
	}
	g.dayWeights = make([]float64, g.win.Days)
	for i := range g.dayWeights {
		g.dayWeights[i] = g.win.monthWeight(i)
	}
	return g
}

func (g *gen) chance(p float64) bool { return g.rng.Float64() < p }

func pick[T any](g *gen, xs []T) T { return xs[g.rng.IntN(len(xs))] }

// weighted returns an index drawn with the given weights.
func (g *gen) weighted(ws []float64) int {
	var sum float64
	for _, w := range ws {
		sum += w
	}
	x := g.rng.Float64() * sum
	for i, w := range ws {
		if x < w {
			return i
		}
		x -= w
	}
	return len(ws) - 1
}

// postingsFor generates every posting of c, oldest first.
func (g *gen) postingsFor(c *company) []*posting {
	var ps []*posting
	used := map[string]int{}
	for i := range c.Product + c.Unlisted + c.Other {
		p := &posting{Co: c, Listed: true}
		g.placeDate(p)
		switch {
		case i < c.Product+c.Unlisted:
			p.Product = true
			p.Listed = i < c.Product
			g.productRole(p, used)
		default:
			g.otherRole(p)
		}
		g.where(p)
		g.salary(p)
		g.ids(p, i)
		ps = append(ps, p)
	}
	slices.SortStableFunc(ps, func(a, b *posting) int { return a.Date.Compare(b.Date) })
	return ps
}

// placeDate draws the posting's date, weighted by monthly volume, from the company's first month on.
func (g *gen) placeDate(p *posting) {
	first := 0
	if p.Co.From > 0 {
		first = int(g.win.Start.AddDate(0, p.Co.From, 0).Sub(g.win.Start).Hours() / 24)
	}
	day := first + g.weighted(g.dayWeights[first:])
	p.T = float64(day) / float64(g.win.Days-1)
	secs := 8*3600 + g.rng.IntN(10*3600)
	p.Date = g.win.Start.AddDate(0, 0, day).Add(time.Duration(secs) * time.Second)
}

func (g *gen) productRole(p *posting, used map[string]int) {
	sens := []string{"associate", "mid", "senior", "staff", "lead", "director", "vp", "cpo"}
	sw := []float64{7, 28, 32, 9, 7, 10, 4, 1}
	sen := sens[g.weighted(sw)]
	if (sen == "cpo" && used["cpo"] > 0) || (sen == "vp" && used["vp"] > 1) {
		sen = "senior"
	}
	used[sen]++
	p.Seniority = sen

	t := p.T
	fams := []string{"core", "technical", "ai", "growth", "platform", "po"}
	fw := []float64{40 - 8*t, 15 - 2*t, 2.5 + 13*t, 14, 12 - t, (15 - 5*t) * p.Co.PO}
	if p.Co.Domain == "ai" {
		fw[2] *= 3
	}
	if p.Co.Domain == "devtools" {
		fw[1] *= 2
		fw[4] *= 2
	}
	p.Family = fams[g.weighted(fw)]
	if p.Family == "po" && (sen == "director" || sen == "vp" || sen == "cpo") {
		p.Family = "core"
	}
	d := g.domains[p.Co.Domain]
	p.Area = pick(g, d.Areas)
	p.Dept = pick(g, []string{"Product", "Product", "Product Management", "Product & Design"})
	p.Title = g.title(p)
	p.Employment = "full-time"
	switch {
	case strings.Contains(p.Title, "Intern"):
		p.Employment = "internship"
	case p.Family == "po" && g.chance(0.2):
		p.Employment = "contract"
	case g.chance(0.03):
		p.Employment = "contract"
	case g.chance(0.01):
		p.Employment = "part-time"
	}
	g.years(p)
	g.askSkills(p)
}

// title builds a product title from seniority, family and area, in the many forms boards use.
func (g *gen) title(p *posting) string {
	area := p.Area
	sep := pick(g, []string{", ", " - ", " – ", ", "})
	withArea := func(base string) string {
		if g.chance(0.45) {
			return base
		}
		if g.chance(0.15) {
			return base + " (" + area + ")"
		}
		return base + sep + area
	}
	level := map[string][]string{
		"associate": {"Associate Product Manager", "Product Manager I", "Associate Product Manager"},
		"mid":       {"Product Manager", "Product Manager II", "Product Manager"},
		"senior":    {"Senior Product Manager", "Sr. Product Manager", "Senior Product Manager"},
		"staff":     {"Staff Product Manager", "Principal Product Manager"},
		"lead":      {"Group Product Manager", "Lead Product Manager"},
	}[p.Seniority]
	prefix := map[string]string{"associate": "Associate ", "mid": "", "senior": "Senior ", "staff": "Staff ", "lead": "Lead "}[p.Seniority]
	switch p.Seniority {
	case "director":
		if p.Family == "ai" {
			return pick(g, []string{"Director of Product, AI", "Head of AI Product"})
		}
		return withArea(pick(g, []string{"Director of Product", "Director, Product Management", "Head of Product"}))
	case "vp":
		return pick(g, []string{"VP of Product", "Vice President, Product", "VP, Product Management"})
	case "cpo":
		return "Chief Product Officer"
	}
	if p.Seniority == "associate" && g.chance(0.12) {
		y := p.Date.Year()
		if p.Date.Month() >= time.August {
			y++
		}
		return fmt.Sprintf("Product Manager Intern, Summer %d", y)
	}
	switch p.Family {
	case "technical":
		return pick(g, []string{prefix + "Technical Product Manager", pick(g, level) + ", Technical", prefix + "Technical Product Manager" + sep + area})
	case "ai":
		p.Area = pick(g, []string{"AI", "Generative AI", "Machine Learning", "AI Platform"})
		return pick(g, []string{prefix + "AI Product Manager", pick(g, level) + sep + p.Area, pick(g, level) + ", " + p.Area})
	case "growth":
		p.Area = "Growth"
		return pick(g, []string{prefix + "Growth Product Manager", pick(g, level) + ", Growth", pick(g, level) + " - Growth"})
	case "platform":
		p.Area = pick(g, []string{"Platform", "Developer Platform", "Data Platform"})
		return pick(g, []string{prefix + "Platform Product Manager", pick(g, level) + sep + p.Area, pick(g, level) + ", " + p.Area})
	case "po":
		po := map[string]string{"associate": "Junior Product Owner", "mid": "Product Owner", "senior": "Senior Product Owner", "staff": "Lead Product Owner", "lead": "Lead Product Owner"}[p.Seniority]
		return withArea(po)
	}
	return withArea(pick(g, level))
}

// years sets the experience asked for and the bullet that says it.
func (g *gen) years(p *posting) {
	lo := map[string][2]int{"associate": {0, 1}, "mid": {2, 4}, "senior": {4, 6}, "staff": {7, 9}, "lead": {7, 10}, "director": {8, 12}, "vp": {10, 15}, "cpo": {12, 15}}[p.Seniority]
	if p.Seniority == "associate" {
		if g.chance(0.6) {
			line := pick(g, associateYears())
			if strings.HasPrefix(line, "1+") {
				p.YearsMin = 1
			}
			p.Req = append(p.Req, line)
		}
		return
	}
	if g.chance(0.08) {
		return
	}
	n := lo[0] + g.rng.IntN(lo[1]-lo[0]+1)
	if p.Seniority == "senior" && g.chance(0.5) {
		n = 5
	}
	tmpl := pick(g, yearsTemplates())
	if p.Seniority == "lead" || p.Seniority == "director" || p.Seniority == "vp" || p.Seniority == "cpo" {
		tmpl = pick(g, leadYearsTemplates())
	}
	line := strings.NewReplacer("{n}", strconv.Itoa(n), "{n2}", strconv.Itoa(n+3), "{m}", strconv.Itoa(2+n/5),
		"{word}", capitalise(numberWords()[n]), "{domain}", g.domains[p.Co.Domain].Phrase).Replace(tmpl)
	p.YearsMin = n
	p.Req = append(p.Req, line)
}

// askSkills draws the skills the posting asks for and phrases them in its sections.
func (g *gen) askSkills(p *posting) {
	p.Asked = map[string]string{}
	d := g.domains[p.Co.Domain]
	fill := func(s string) string {
		return strings.NewReplacer("{area}", p.Area, "{metric}", pick(g, d.Metrics)).Replace(s)
	}
	h := headingsFor(*p.Co)
	var resp, req, nice []string
	// Skills are placed in random order so that the caps on section length drop
	// any skill alike; a dropped skill is not recorded as asked.
	for _, k := range g.rng.Perm(len(g.skills)) {
		s := g.skills[k]
		g.due[s.ID] += skillChance(s, p)
		if g.due[s.ID] < 1 {
			continue
		}
		g.due[s.ID]--
		respShare := 0.4
		if s.ID == "roadmap" || s.ID == "stakeholders" || s.ID == "cross-functional" || s.ID == "leadership" {
			respShare = 0.6
		}
		switch {
		case len(s.Resp) > 0 && len(resp) < 7 && g.chance(respShare):
			resp = append(resp, fill(pick(g, s.Resp)))
			p.Asked[s.ID] = "required"
		case g.chance(s.Prefer) && len(nice) < 5:
			if len(s.Nice) > 0 {
				nice = append(nice, pick(g, s.Nice))
			} else {
				nice = append(nice, pick(g, s.Req))
			}
			p.Asked[s.ID] = "preferred"
		case len(req) < 9:
			req = append(req, fill(pick(g, s.Req)))
			p.Asked[s.ID] = "required"
		}
	}
	for len(resp) < 4 {
		if f := pick(g, fillerResp()); !slices.Contains(resp, f) {
			resp = append(resp, f)
		}
	}
	if g.chance(0.4) {
		req = append(req, pick(g, fillerReq()))
	}
	g.rng.Shuffle(len(resp), func(i, j int) { resp[i], resp[j] = resp[j], resp[i] })
	g.rng.Shuffle(len(req), func(i, j int) { req[i], req[j] = req[j], req[i] })
	if h.InlineNice {
		for _, n := range nice {
			req = append(req, pick(g, []string{n + " is a plus", "Bonus: " + lowerFirst(n), "Ideally, " + lowerFirst(n), n + " (nice to have)"}))
		}
		nice = nil
	}
	p.Resp, p.Req, p.Nice = resp, append(p.Req, req...), nice
	p.Intro = []string{g.intro(p)}
	if p.Asked["leadership"] != "" {
		lead := leadIntros()
		switch p.Seniority {
		case "lead", "director":
			lead = lead[:2]
		case "vp", "cpo":
			lead = lead[2:]
		default:
			lead = nil
		}
		if len(lead) > 0 {
			p.Intro = append(p.Intro, strings.ReplaceAll(fill(pick(g, lead)), "{n}", strconv.Itoa(3+g.rng.IntN(8))))
		}
	}
}

func (g *gen) intro(p *posting) string {
	d := g.domains[p.Co.Domain]
	tmpls := introTemplates()
	if p.Seniority == "director" || p.Seniority == "vp" || p.Seniority == "cpo" {
		tmpls = tmpls[:4]
	}
	s := strings.NewReplacer("{title}", roleName(p), "{area}", p.Area, "{company}", p.Co.Name, "{partner}", d.Partner,
		"{mission}", p.Co.Mission, "{metric}", pick(g, d.Metrics)).Replace(pick(g, tmpls))
	return g.an.ReplaceAllString(s, "${1}an $2")
}

// roleName is the title without the area it names, so that intros do not say
// "Product Manager, Checkout on Checkout".
func roleName(p *posting) string {
	for _, sep := range []string{", ", " - ", " – ", " ("} {
		if i := strings.Index(p.Title, sep); i > 0 && strings.Contains(p.Title[i:], p.Area) {
			return p.Title[:i]
		}
	}
	return p.Title
}

// otherRole fills in a non-product role that the crawler's title filter must drop.
func (g *gen) otherRole(p *posting) {
	r := pick(g, otherRoles())
	p.Title = pick(g, r.Titles)
	p.Area = pick(g, g.domains[p.Co.Domain].Areas)
	p.Dept = map[string]string{"Product Marketing": "Marketing", "Product Designer": "Design", "Software Engine": "Engineering", "Data Analyst": "Data", "Program Manager": "Operations"}[firstMatch(p.Title)]
	fill := strings.NewReplacer("{area}", p.Area)
	p.Intro = []string{fill.Replace(r.Intro)}
	for _, s := range r.Resp {
		p.Resp = append(p.Resp, fill.Replace(s))
	}
	p.Req = slices.Clone(r.Req)
	p.Employment = "full-time"
}

func firstMatch(title string) string {
	for _, k := range []string{"Product Marketing", "Product Designer", "Software Engine", "Data Analyst", "Program Manager"} {
		if strings.Contains(title, k) {
			return k
		}
	}
	return ""
}
