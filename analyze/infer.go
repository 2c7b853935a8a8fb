package analyze

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/skillgap/skillgap"
)

// UserLevel is the user's level in one skill and where it comes from.
type UserLevel struct {
	Level  int
	Source skillgap.LevelSource
	Why    string // for an inferred level: "inferred 3 from REST APIs 4"
	// AtLeast marks a level that is a floor, not a rating: a plan goal raises
	// a skill the user never rated to at least Level, so a fit counts it no
	// lower than an unrated skill.
	AtLeast bool
}

// Background is a kind of work an experience entry is, read from its role title.
type Background string

// Backgrounds Experience roles are read as.
const (
	BgProduct     Background = "product"
	BgEngineering Background = "engineering"
	BgDesign      Background = "design"
	BgData        Background = "data"
	BgMarketing   Background = "marketing"
	BgCustomer    Background = "customer-facing"
	BgManagement  Background = "people management" // managing people, on top of the field
)

// backgroundWords names each background by the words of a role title,
// checked in order: "Product Designer" is design, "Data Product Manager" product.
var backgroundWords = []struct {
	bg    Background
	words []string
}{
	{BgProduct, []string{"product manager", "product owner", "apm", "product lead", "head of product", "director of product",
		"vp of product", "vp product", "chief product", "group product", "pm", "gpm", "tpm"}},
	{BgDesign, []string{"designer", "ux", "design lead", "head of design", "user researcher", "ux researcher", "design"}},
	{BgData, []string{"data analyst", "data scientist", "analytics engineer", "business intelligence", "bi analyst",
		"analyst", "data science", "statistician", "quantitative"}},
	{BgEngineering, []string{"engineer", "developer", "programmer", "sre", "devops", "architect", "cto", "tech lead",
		"software", "engineering"}},
	{BgMarketing, []string{"marketing", "marketer", "growth marketer", "brand", "content"}},
	{BgCustomer, []string{"sales", "account", "customer success", "solutions", "consultant", "support", "implementation"}},
}

// managerWords mark a role that manages people.
var managerWords = []string{"engineering manager", "manager of", "head of", "director", "vp", "vice president", "chief",
	"team lead", "cto", "cpo", "group product manager", "design manager", "people manager"}

// BackgroundOf reads the kind of work a role title names, "" when none.
func BackgroundOf(role string) Background {
	t := " " + Normalize(role) + " "
	for _, b := range backgroundWords {
		if hasPhrase(t, b.words) {
			return b.bg
		}
	}
	return ""
}

// managesPeople reports whether a role title manages people.
func managesPeople(role string) bool {
	return hasPhrase(" "+Normalize(role)+" ", managerWords)
}

// baseline is a level that years in a background give in a skill.
type baseline struct {
	years int
	skill string
	level int
}

// baselines lists, per background, the skills every such role practises and
// the level that years in it give: an engineer of 6+ years is not 0 in
// technical background, SDLC or APIs; a PM of 5+ years is not 0 in execution,
// cross-functional work or communication. Conservative: these are floors.
var baselines = map[Background][]baseline{
	BgEngineering: {
		{2, "technical-background", 2}, {2, "sdlc", 2}, {2, "apis", 2}, {2, "agile", 2}, {2, "databases", 2},
		{5, "technical-background", 3}, {5, "sdlc", 3}, {5, "apis", 3}, {5, "system-design", 2}, {5, "estimation", 2},
		{5, "ci-cd", 2}, {5, "cross-functional-leadership", 2},
	},
	BgProduct: {
		{1, "requirements-prds", 2}, {1, "user-stories", 2}, {1, "backlog-management", 2}, {1, "agile", 2},
		{1, "prioritisation", 2}, {1, "cross-functional-leadership", 2}, {1, "communication", 2}, {1, "execution", 2},
		{1, "stakeholder-management", 2}, {1, "roadmapping", 1}, {1, "launch-management", 1},
		{4, "cross-functional-leadership", 3}, {4, "communication", 3}, {4, "execution", 3}, {4, "stakeholder-management", 3},
		{4, "prioritisation", 3}, {4, "roadmapping", 2}, {4, "problem-solving", 3}, {4, "product-lifecycle", 2},
		{4, "launch-management", 2}, {4, "teamwork", 3}, {4, "requirements-prds", 3},
	},
	BgDesign: {
		{2, "ux-design", 2}, {2, "prototyping", 2}, {2, "usability-testing", 2}, {2, "user-research", 2},
		{2, "design-thinking", 2}, {2, "customer-empathy", 2}, {2, "communication", 2}, {2, "cross-functional-leadership", 2},
		{5, "ux-design", 3}, {5, "prototyping", 3}, {5, "design-thinking", 3}, {5, "customer-empathy", 3},
		{5, "communication", 3}, {5, "storytelling", 2}, {5, "design-systems", 2},
	},
	BgData: {
		{2, "sql", 2}, {2, "data-analysis", 2}, {2, "dashboards", 2}, {2, "metrics-kpis", 2}, {2, "statistics", 2},
		{5, "sql", 3}, {5, "data-analysis", 3}, {5, "statistics", 3}, {5, "dashboards", 3}, {5, "data-storytelling", 2},
	},
	BgMarketing: {
		{2, "go-to-market", 2}, {2, "positioning", 2}, {2, "market-research", 2}, {2, "communication", 2},
		{5, "go-to-market", 3}, {5, "positioning", 3}, {5, "product-marketing", 2}, {5, "communication", 3},
	},
	BgCustomer: {
		{2, "customer-facing", 2}, {2, "customer-empathy", 2}, {2, "communication", 2},
		{5, "customer-facing", 3}, {5, "customer-empathy", 3}, {5, "negotiation", 2},
	},
	BgManagement: {
		{1, "people-management", 2}, {1, "hiring", 2}, {1, "coaching-mentoring", 2},
		{4, "people-management", 3}, {4, "hiring", 3}, {4, "coaching-mentoring", 3}, {4, "team-building", 2},
	},
	// "" is any work at all: habits every job builds.
	"": {
		{3, "communication", 2}, {3, "teamwork", 2}, {3, "time-management", 2}, {3, "problem-solving", 2},
		{3, "execution", 2}, {3, "attention-to-detail", 2}, {3, "learning-agility", 2},
		{8, "communication", 3}, {8, "teamwork", 3}, {8, "problem-solving", 3},
	},
}

// YearsByBackground sums the years of the inventory's experience per
// background as of asOf ("" holds all work), open-ended roles running to asOf.
func YearsByBackground(inv skillgap.Inventory, asOf time.Time) map[Background]float64 {
	out := map[Background]float64{}
	for _, e := range inv.Experience {
		y := yearsIn(e, asOf)
		if y <= 0 {
			continue
		}
		out[""] += y
		if bg := BackgroundOf(e.Role); bg != "" {
			out[bg] += y
		}
		if managesPeople(e.Role) {
			out[BgManagement] += y
		}
	}
	return out
}

// yearsIn is how many years experience e lasted up to asOf, an open-ended
// role running to asOf; 0 when its start does not parse.
func yearsIn(e skillgap.Experience, asOf time.Time) float64 {
	start, ok := parseYM(e.Start)
	if !ok {
		return 0
	}
	end, ok := parseYM(e.End)
	if !ok || end.After(asOf) {
		end = asOf
	}
	return end.Sub(start).Hours() / 24 / 365.25
}

// parseYM reads YYYY-MM or YYYY-MM-DD (or YYYY).
func parseYM(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// InferLevels returns the user's level in every skill that has one: rated
// (the inventory's own level, or 4 for a held certification), else inferred
// from the taxonomy's implications of rated skills, from years of experience
// per background, and from held certifications — the highest wins, and each
// inferred level says why. A skill missing from the result is unrated:
// unknown, not zero.
func InferLevels(inv skillgap.Inventory, tax *skillgap.Taxonomy, asOf time.Time) map[string]UserLevel {
	out := map[string]UserLevel{}
	for _, s := range inv.Skills {
		out[s.Skill] = UserLevel{Level: s.Level, Source: skillgap.Rated}
	}
	held := heldCertifications(inv, tax)
	for id := range held {
		out[id] = UserLevel{Level: skillgap.MaxLevel, Source: skillgap.Rated, Why: "you hold it"}
	}
	infer := func(id string, level int, why string) {
		if level <= 0 {
			return
		}
		if cur, ok := out[id]; ok && (cur.Source == skillgap.Rated || cur.Level >= level) {
			return
		}
		if _, ok := tax.Skill(id); !ok {
			return
		}
		out[id] = UserLevel{Level: level, Source: skillgap.Inferred, Why: why}
	}
	// Implications of rated skills, strongest source first so that the
	// explanation names the best evidence.
	rated := slices.Clone(inv.Skills)
	slices.SortStableFunc(rated, func(a, b skillgap.InventorySkill) int { return b.Level - a.Level })
	for _, r := range rated {
		s, ok := tax.Skill(r.Skill)
		if !ok {
			continue
		}
		for _, im := range s.Implies {
			infer(im.Skill, im.From(r.Level), fmt.Sprintf("inferred %d from %s %d", im.From(r.Level), s.Name, r.Level))
		}
	}
	years := YearsByBackground(inv, asOf)
	for _, bg := range []Background{BgProduct, BgEngineering, BgDesign, BgData, BgMarketing, BgCustomer, BgManagement, ""} {
		y := years[bg]
		for _, b := range baselines[bg] {
			if y+0.05 < float64(b.years) {
				continue
			}
			infer(b.skill, b.level, fmt.Sprintf("inferred %d from %s", b.level, describeYears(bg, y)))
		}
	}
	// Years working in a domain (the company or role names it: "a consumer
	// neobank", "Payments PM") give a baseline in it and the domains it implies.
	for id, y := range domainYears(inv, tax, asOf) {
		level := 0
		switch {
		case y >= 4:
			level = 3
		case y >= 1:
			level = 2
		}
		infer(id, level, fmt.Sprintf("inferred %d from %s working in it", level, skillgap.Plural(int(math.Floor(y)), "year")))
	}
	// Certifications prove the skills that list them.
	for i := range tax.Skills {
		s := &tax.Skills[i]
		for _, c := range s.Certifications {
			if held[c] {
				name := c
				if cs, ok := tax.Skill(c); ok {
					name = cs.Name
				}
				infer(s.ID, 2, fmt.Sprintf("inferred 2 from your %s certification", name))
			}
		}
	}
	return out
}

// domainYears sums, per taxonomy domain, the years of experience whose
// company or role names it (with the domains it implies).
func domainYears(inv skillgap.Inventory, tax *skillgap.Taxonomy, asOf time.Time) map[string]float64 {
	out := map[string]float64{}
	var f *DomainFinder
	for _, e := range inv.Experience {
		y := yearsIn(e, asOf)
		if y <= 0 {
			continue
		}
		if f == nil {
			f = NewDomainFinder(tax)
		}
		named := f.InTitle(e.Company + "\n" + e.Role)
		for _, id := range append(named, f.implied(named)...) {
			out[id] += y
		}
	}
	return out
}

// describeYears says "7 years in engineering roles" or "9 years of work".
func describeYears(bg Background, y float64) string {
	years := skillgap.Plural(int(y), "year")
	switch bg {
	case "":
		return years + " of work"
	case BgManagement:
		return years + " managing people"
	}
	return fmt.Sprintf("%s in %s roles", years, bg)
}

// InferencePaths returns the ids of skills some other skill, some background,
// a certification or experience in a domain can imply: those for which a
// level can be inferred at all.
func InferencePaths(tax *skillgap.Taxonomy) map[string]bool {
	out := map[string]bool{}
	for _, s := range tax.Skills {
		for _, im := range s.Implies {
			out[im.Skill] = true
		}
		if s.Kind == skillgap.KindDomain {
			out[s.ID] = true // years at a company or in a role that names it
		}
		for _, c := range s.Certifications {
			if _, ok := tax.Skill(c); ok {
				out[s.ID] = true
			}
		}
	}
	for _, bs := range baselines {
		for _, b := range bs {
			out[b.skill] = true
		}
	}
	return out
}
