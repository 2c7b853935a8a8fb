package analyze

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/skillgap/skillgap"
)

// Thresholds of the gap report.
const (
	// MinPostings is the sample below which a gap report is marked unreliable.
	MinPostings = 30
	// StrengthShare is the share of postings (0–1) a skill needs to count as a strength.
	StrengthShare = 0.10
	// RareShare is the share (0–1) below which the market "rarely asks" for a skill.
	RareShare = 0.05
	// MinShare is the share (0–1) a gap row needs to be shown unless all are asked for.
	MinShare = 0.15
	// SoftStepUp is how many points more often (after shrinkage for small
	// bases) the target's postings must ask for a generic soft skill than the
	// comparison postings for it to be a gap the user did not rate low themselves.
	SoftStepUp = 15
	// ShrinkK is the pseudo-count of the step up's shrinkage: a difference
	// between bases of nT and nC postings keeps n/(n+ShrinkK) of itself, with
	// n = 1/(1/nT + 1/nC) — so at 19 vs 46 postings a 10-point step counts as 4.
	ShrinkK = 20
	// CoreShare is the share (0–1) from which a skill is core to the basis:
	// its expected level is at least the taxonomy's, whatever the wording.
	CoreShare = 0.5
	// RateTheseMax is how many unrated skills the report asks the user to rate.
	RateTheseMax = 10
)

// Weights are the knobs of the gap priority. For a skill with demand d, the
// user's level have and the expected level want:
//
//	priority = Demand     × (required share + Preferred × preferred-only share)
//	         + StepUp     × clamp(shrunk step up in points / 20, −1, 1)
//	         + Level      × (want − have) / 4       (half that when the level is unrated)
//	         + Trend      × clamp(trend in points / 20, −1, 1)   (only if the trend is significant)
//	         + Motivation × (1 if the skill matches a motivation, else 0)
//	         + Target     × (1 if the target title names the skill: its domain, or the core of its family)
//	                      (what the user wants counts once: motivation and target together at most max(Motivation, Target))
//	         − Effort     × min(hours to close the gap / 200, 1)
//
// Shares are fractions of matching postings (0–1); the step up is how many
// points more often the target's postings ask for the skill than postings at
// the user's current level, shrunk toward zero for small bases (see ShrinkK);
// hours to close the gap are the taxonomy's hours per level times the levels
// missing. Each term is kept in Gap.Parts so a report can show where a
// priority came from.
type Weights struct {
	Demand     float64 // weight of market demand
	Preferred  float64 // how much a preferred-only mention counts against a required one (0–1)
	StepUp     float64 // weight of the step up from the user's current level
	Trend      float64 // weight of a significant trend
	Level      float64 // weight of the level gap
	Motivation float64 // weight of a match with the user's motivations
	Target     float64 // weight of a skill the target title names (its domain, its family's core)
	Effort     float64 // weight of the effort penalty
}

// DefaultWeights are the weights `skillgap gap` uses unless told otherwise:
// demand=1, preferred=0.5, stepup=1, trend=0.3, level=1, motivation=0.3, target=0.5, effort=0.3.
func DefaultWeights() Weights {
	return Weights{Demand: 1, Preferred: 0.5, StepUp: 1, Trend: 0.3, Level: 1, Motivation: 0.3, Target: 0.5, Effort: 0.3}
}

// weightNames lists the parts of the priority in the order reports show them.
var weightNames = []string{"demand", "stepup", "level", "trend", "motivation", "target", "effort"}

// PartNames lists the parts of a gap's priority in the order reports show them.
func PartNames() []string { return slices.Clone(weightNames) }

// ParseWeights reads "demand=1,trend=0.3,…" over DefaultWeights; names are
// demand, preferred, stepup, trend, level, motivation, target and effort.
func ParseWeights(s string) (Weights, error) {
	w := DefaultWeights()
	fields := map[string]*float64{
		"demand": &w.Demand, "preferred": &w.Preferred, "stepup": &w.StepUp, "trend": &w.Trend,
		"level": &w.Level, "motivation": &w.Motivation, "target": &w.Target, "effort": &w.Effort,
	}
	for part := range strings.SplitSeq(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		k, v, ok := strings.Cut(part, "=")
		p, known := fields[strings.ToLower(strings.TrimSpace(k))]
		if !ok || !known {
			return Weights{}, fmt.Errorf("parse weight %q: want name=number with name one of demand, preferred, stepup, trend, level, motivation, target, effort", part)
		}
		f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || f < 0 {
			return Weights{}, fmt.Errorf("parse weight %q: want a number of at least 0", part)
		}
		*p = f
	}
	return w, nil
}

// Market is the demand a gap report is measured against: matching postings in a
// window and what they ask of each skill.
type Market struct {
	Total        int               // matching postings in the window
	Demand       []skillgap.Demand // one row per skill asked for
	Since, Until time.Time         // the window; zero when unknown
	// Label names the postings in explanations ("senior PM", "PM" when the
	// caller widened the search for want of postings). Empty means a label made
	// from the target's role family and seniority.
	Label string
	// Compare is the demand of postings at the user's current level (the
	// comparison basis of the step up); nil means no step up is measured.
	Compare *Market
	// AsOf is the day experience is counted to; zero means today.
	AsOf time.Time
	// All keeps gap rows asked in fewer than MinShare of postings.
	All bool
	// Named lists the skills the target title names: its domains ("Senior
	// PM, Payments" names payments) and the core of its family (an AI PM's AI).
	Named []string
}

// Gap compares inv with the market for its target role: total matching postings
// and their demand per skill. It is GapIn without a window.
func Gap(inv skillgap.Inventory, tax *skillgap.Taxonomy, total int, demand []skillgap.Demand, w Weights) skillgap.GapReport {
	return GapIn(inv, tax, Market{Total: total, Demand: demand}, w)
}

// GapIn compares inv with market m for its target role; the window of m goes into
// every row's explanation. It is pure: same inputs, same report.
//
// The user's level in a skill is rated, inferred (InferLevels) or unrated:
// unknown, not zero. The level a skill expects is the demand's Expected (from
// how postings word it) when set, else the taxonomy's Expected, raised by one
// (up to 4) when the target is staff, lead, director or above.
//
// Gaps lists skills asked for where the user is short, highest priority first,
// those asked in fewer than MinShare of postings counted in Hidden unless m.All.
// An unrated skill is ranked at half its distance and also listed in RateThese
// (top RateTheseMax by demand). A generic soft skill is a gap only when the user
// rated it short, or when the target's postings ask for it at least SoftStepUp
// points more often than the comparison postings, after shrinkage. Strength lists skills asked
// in at least StrengthShare of postings where the user meets the expectation;
// Valued lists skills the user rates 3 or more, or names as a motivation, that
// fewer than RareShare of postings ask for. Skills asked by fewer than RareShare
// of postings are no gaps: the market rarely asks.
func GapIn(inv skillgap.Inventory, tax *skillgap.Taxonomy, m Market, w Weights) skillgap.GapReport {
	rep := skillgap.GapReport{
		Target: inv.TargetRole, Role: RoleOf(inv.TargetRole, ""), Seniority: SeniorityOf(inv.TargetRole),
		Postings: m.Total, Since: m.Since, Until: m.Until, Reliable: m.Total >= MinPostings,
		Gaps: []skillgap.Gap{}, Strength: []skillgap.Gap{},
	}
	label := cmp.Or(m.Label, RoleLabel(rep.Seniority, rep.Role))
	rep.Basis = label
	if !rep.Reliable {
		rep.Note = fmt.Sprintf("only %s (fewer than %d): the shares below are rough", skillgap.Plural(m.Total, "matching "+label+" posting"), MinPostings)
	}
	asOf := cmp.Or(m.AsOf, time.Now())
	levels := InferLevels(inv, tax, asOf)
	mot := newMotivationMatcher(inv.Motivations, tax)
	rep.Motivations = mot.matches(tax)
	bump := 0
	if rep.Seniority.Rank() >= skillgap.Staff.Rank() {
		bump = 1
	}
	compare := map[string]skillgap.Demand{}
	if m.Compare != nil {
		rep.Compare, rep.ComparePostings = m.Compare.Label, m.Compare.Total
		for _, d := range m.Compare.Demand {
			compare[d.SkillID] = d
		}
	}
	seen := map[string]bool{}
	var unrated []skillgap.Gap
	for _, d := range m.Demand {
		s, ok := tax.Skill(d.SkillID)
		if !ok || seen[d.SkillID] || d.Postings <= 0 {
			continue
		}
		seen[d.SkillID] = true
		if d.Total == 0 {
			d.Total = m.Total
		}
		want := d.Expected
		if want <= 0 || (d.Share() >= CoreShare && want < s.ExpectedLevel()) {
			// A skill most of the basis asks for is core to the role: a few
			// postings saying "familiarity with" do not lower what it expects.
			want = s.ExpectedLevel()
		}
		want = min(want+bump, skillgap.MaxLevel)
		ul, known := levels[s.ID]
		if !known {
			ul.Source = skillgap.Unrated
		}
		var step *skillgap.StepUp
		if m.Compare != nil {
			step = measureStepUp(d, compare[s.ID], m.Compare)
		}
		g := scoreGap(d, s, ul, want, step, mot, w)
		if slices.Contains(m.Named, s.ID) && g.Level() > 0 && d.Share() >= RareShare {
			// What the user wants counts once: a skill the target names and a
			// motivation points at gets the larger of the two parts.
			add := w.Target - g.Parts["motivation"]
			if add > 0 {
				g.Parts["target"] = add
				g.Priority = math.Round((g.Priority+add)*1e4) / 1e4
			}
			g.Named = true
		}
		g.Why = why(g, label, m.Since)
		soft := s.Kind == skillgap.KindSoft
		softAsked := step != nil && step.Shrunk >= SoftStepUp
		switch {
		case d.Share() < RareShare:
			// The market rarely asks: neither a gap nor a strength.
		case g.Level() <= 0:
			if d.Share() >= StrengthShare {
				rep.Strength = append(rep.Strength, g)
			}
			if ul.Source == skillgap.Inferred {
				rep.Inferred = append(rep.Inferred, g)
			}
		case soft && !softAsked && ul.Source != skillgap.Rated:
			// A generic soft skill the user did not rate short, asked no more
			// by the target than by the user's current level: not a gap.
			if ul.Source == skillgap.Inferred {
				rep.Inferred = append(rep.Inferred, g)
			}
		default:
			if soft && softAsked && ul.Source != skillgap.Rated {
				g.Why += fmt.Sprintf("; a soft skill listed because it is asked %.0f points more often than in %s postings (%+.0f after allowing for the small bases)", step.Points, step.Compare, step.Shrunk)
			}
			if ul.Source == skillgap.Unrated {
				unrated = append(unrated, g)
			} else if ul.Source == skillgap.Inferred {
				rep.Inferred = append(rep.Inferred, g)
			}
			if d.Share() < MinShare && !m.All {
				rep.Hidden++
				continue
			}
			rep.Gaps = append(rep.Gaps, g)
		}
	}
	rep.Valued = valued(inv, tax, m, seen, mot, levels, label)
	slices.SortStableFunc(rep.Gaps, func(a, b skillgap.Gap) int {
		return cmp.Or(cmp.Compare(b.Priority, a.Priority), cmp.Compare(b.Share(), a.Share()), cmp.Compare(a.SkillID, b.SkillID))
	})
	byShare := func(a, b skillgap.Gap) int {
		return cmp.Or(cmp.Compare(b.Share(), a.Share()), cmp.Compare(a.SkillID, b.SkillID))
	}
	slices.SortStableFunc(rep.Strength, byShare)
	slices.SortStableFunc(rep.Inferred, byShare)
	slices.SortStableFunc(unrated, byShare)
	rep.RateThese = unrated[:min(len(unrated), RateTheseMax)]
	return rep
}

// familyCore lists, per role family, the skills that define it: what a
// target title of that family names without saying so.
var familyCore = map[string][]string{
	RoleAIPM:          {"ai-ml", "llms"},
	RoleTechnicalPM:   {"technical-background", "apis", "system-design"},
	RolePlatformPM:    {"platform-products", "platform-strategy", "apis"},
	RoleDataPM:        {"data-analysis", "sql", "data-pipelines"},
	RoleGrowthPM:      {"growth", "ab-testing", "funnel-analysis"},
	RoleProductOwner:  {"backlog-management", "user-stories", "scrum"},
	RoleProductLeader: {"people-management", "hiring", "organisation-design"},
}

// NamedSkills returns the skills a target names: its domains and the core of
// its role family, and for a group/lead PM leading people.
func NamedSkills(role string, sen skillgap.Seniority, domains []string) []string {
	out := slices.Clone(domains)
	out = append(out, familyCore[role]...)
	if sen == skillgap.Lead {
		out = append(out, "people-management", "coaching-mentoring")
	}
	return out
}

// measureStepUp measures how much more often the target's postings ask for a skill
// (d) than the comparison postings (c of basis base), shrunk for small bases.
func measureStepUp(d, c skillgap.Demand, base *Market) *skillgap.StepUp {
	st := &skillgap.StepUp{Compare: base.Label, Postings: c.Postings, Total: base.Total}
	if base.Total <= 0 || d.Total <= 0 {
		return st
	}
	st.CompareShare = float64(c.Postings) / float64(base.Total)
	st.Points = math.Round((d.Share()-st.CompareShare)*1000) / 10
	n := 1 / (1/float64(d.Total) + 1/float64(base.Total))
	st.Shrink = math.Round(n/(n+ShrinkK)*100) / 100
	st.Shrunk = math.Round(st.Points*st.Shrink*10) / 10
	return st
}

// scoreGap builds one row and its priority (see Weights).
func scoreGap(d skillgap.Demand, s *skillgap.Skill, ul UserLevel, want int, step *skillgap.StepUp, mot *motivationMatcher, w Weights) skillgap.Gap {
	g := skillgap.Gap{Demand: d, Name: s.Name, Category: s.Category, Kind: s.Kind, Have: ul.Level, Want: want,
		Source: ul.Source, HaveWhy: ul.Why, StepUp: step}
	_, g.MotivationFit = mot.match(s)
	preferredOnly := max(d.Share()-d.RequiredShare(), 0)
	hours := float64(g.Level() * s.Hours())
	distance := float64(g.Level()) / skillgap.MaxLevel
	if ul.Source == skillgap.Unrated {
		distance /= 2
	}
	g.Parts = map[string]float64{
		"demand": w.Demand * (d.RequiredShare() + w.Preferred*preferredOnly),
		"level":  w.Level * distance,
		"effort": -w.Effort * min(hours/200, 1),
	}
	if step != nil && step.Total > 0 {
		g.Parts["stepup"] = w.StepUp * max(-1, min(1, step.Shrunk/20))
	}
	if d.TrendSignificant {
		g.Parts["trend"] = w.Trend * max(-1, min(1, d.Trend/20))
	}
	if g.MotivationFit {
		g.Parts["motivation"] = w.Motivation
	}
	for _, k := range weightNames {
		g.Parts[k] = math.Round(g.Parts[k]*1e4) / 1e4
		g.Priority += g.Parts[k]
	}
	g.Priority = math.Round(g.Priority*1e4) / 1e4
	return g
}

// why explains a row: "asked in 48% of 312 senior PM postings since 2026-05
// (required in 35%), rising 9 points; 48% vs 20% of 41 mid PM postings
// (+28 points, counted as +11 for the small bases); you 1, expected 3".
func why(g skillgap.Gap, label string, since time.Time) string {
	var b strings.Builder
	fmt.Fprintf(&b, "asked in %s of %s", pct(g.Share()), skillgap.Plural(g.Total, label+" posting"))
	if !since.IsZero() {
		fmt.Fprintf(&b, " since %s", since.Format("2006-01"))
	}
	fmt.Fprintf(&b, " (required in %s)", pct(g.RequiredShare()))
	if g.TrendSignificant && math.Abs(g.Trend) >= 0.5 {
		dir := "rising"
		if g.Trend < 0 {
			dir = "falling"
		}
		fmt.Fprintf(&b, ", %s %.0f points", dir, math.Abs(g.Trend))
	}
	if st := g.StepUp; st != nil && st.Total > 0 {
		pts, unit := skillgap.SignedWhole(st.Points), "points"
		if pts == "+1" || pts == "-1" {
			unit = "point"
		}
		fmt.Fprintf(&b, "; vs %s of %s (%s %s", pct(st.CompareShare), skillgap.Plural(st.Total, st.Compare+" posting"), pts, unit)
		if st.Shrink < 0.995 && math.Abs(st.Points) >= 0.5 {
			fmt.Fprintf(&b, ", counted as %s for the small bases", skillgap.SignedWhole(st.Shrunk))
		}
		b.WriteString(")")
	}
	switch g.Source {
	case skillgap.Unrated:
		fmt.Fprintf(&b, "; you: not rated, expected %d", g.Want)
	case skillgap.Inferred:
		fmt.Fprintf(&b, "; you %d (%s), expected %d", g.Have, g.HaveWhy, g.Want)
	default:
		fmt.Fprintf(&b, "; you %d, expected %d", g.Have, g.Want)
	}
	if g.MotivationFit {
		b.WriteString("; matches your motivations")
	}
	if g.Named {
		b.WriteString("; your target names it")
	}
	return b.String()
}

// valued lists skills the user rates 3+ or names as a motivation that fewer than
// RareShare of postings ask for.
func valued(inv skillgap.Inventory, tax *skillgap.Taxonomy, m Market, demanded map[string]bool, mot *motivationMatcher, levels map[string]UserLevel, label string) []skillgap.Gap {
	byID := map[string]skillgap.Demand{}
	for _, d := range m.Demand {
		byID[d.SkillID] = d
	}
	cands := map[string]bool{}
	for _, s := range inv.Skills {
		if s.Level >= 3 {
			cands[s.Skill] = true
		}
	}
	for _, id := range mot.direct {
		cands[id] = true
	}
	var out []skillgap.Gap
	for _, id := range tax.IDs() {
		s, _ := tax.Skill(id)
		if !cands[id] {
			continue
		}
		d, ok := byID[id]
		if !ok || !demanded[id] {
			d = skillgap.Demand{SkillID: id}
		}
		d.Total = m.Total
		if d.Share() >= RareShare {
			continue
		}
		ul := levels[id]
		g := skillgap.Gap{Demand: d, Name: s.Name, Category: s.Category, Kind: s.Kind, Have: ul.Level, Source: ul.Source, HaveWhy: ul.Why, Want: s.ExpectedLevel()}
		_, g.MotivationFit = mot.match(s)
		g.Why = fmt.Sprintf("asked in %s of %s", pct(d.Share()), skillgap.Plural(m.Total, label+" posting"))
		switch {
		case g.Have == 0: // valued as a motivation only: "you 0" would read as a judgement
			g.Why = "matches your motivations; " + g.Why
		case g.MotivationFit:
			g.Why = fmt.Sprintf("you %d; %s; matches your motivations", g.Have, g.Why)
		default:
			g.Why = fmt.Sprintf("you %d; %s", g.Have, g.Why)
		}
		out = append(out, g)
	}
	slices.SortStableFunc(out, func(a, b skillgap.Gap) int { return cmp.Compare(b.Have, a.Have) })
	return out
}

// heldCertifications maps the ids of certification skills the user holds, matched
// by id, name or alias.
func heldCertifications(inv skillgap.Inventory, tax *skillgap.Taxonomy) map[string]bool {
	held := map[string]bool{}
	if tax == nil {
		return held
	}
	for _, c := range inv.Certifications {
		n := Normalize(c.Name)
		for i := range tax.Skills {
			s := &tax.Skills[i]
			if s.Kind == skillgap.KindCertification && slices.Contains(skillKeys(s), n) {
				held[s.ID] = true
			}
		}
	}
	return held
}

// pct writes a 0–1 share as a whole percentage.
func pct(f float64) string { return fmt.Sprintf("%.0f%%", f*100) }

// RoleLabel names a target for people: "senior PM", "staff technical PM".
func RoleLabel(sen skillgap.Seniority, role string) string {
	if strings.EqualFold(role, RoleProductLeader) {
		switch sen {
		case skillgap.Director:
			return "director of product"
		case skillgap.VP:
			return "VP of product"
		case skillgap.CPO:
			return "CPO"
		}
	}
	r := strings.NewReplacer("product manager", "pm", "product owner", "po").Replace(strings.ToLower(role))
	words := strings.Fields(r)
	for i, w := range words {
		if w == "pm" || w == "po" || w == "ai" || w == "ml" {
			words[i] = strings.ToUpper(w)
		}
	}
	r = strings.Join(words, " ")
	if r == "" {
		r = "product"
	}
	if sen == "" || strings.Contains(r, string(sen)) {
		return r
	}
	return string(sen) + " " + r
}

// motivationWords maps words people use for what drives them to taxonomy
// categories and skills: "turning data into decisions" points at analytics,
// "leading others" at leadership, "building platforms" at platform work.
var motivationWords = []struct {
	words      []string
	categories []string
	skills     []string
}{
	{[]string{"data", "numbers", "metrics", "analytics", "analysis", "insight", "insights", "evidence", "quantitative"}, []string{"analytics"}, nil},
	{[]string{"customer", "customers", "user", "users", "people s problems", "research", "discovery", "empathy"}, []string{"discovery"}, nil},
	{[]string{"platform", "platforms", "infrastructure", "developer", "developers", "api", "apis"}, nil,
		[]string{"platform-products", "platform-strategy", "apis", "developer-tools", "sdks"}},
	{[]string{"technical", "technology", "engineering", "architecture", "systems"}, []string{"technical"}, nil},
	{[]string{"leading", "lead", "leader", "leadership", "mentoring", "mentor", "coaching", "coach", "managing", "management", "others", "team", "teams", "hiring"},
		nil, []string{"people-management", "coaching-mentoring", "hiring", "team-building", "product-leadership", "organisation-design"}},
	{[]string{"strategy", "strategic", "vision", "direction", "business"}, []string{"strategy"}, nil},
	{[]string{"growth", "revenue", "market", "markets", "launch", "launches", "selling", "commercial", "monetisation", "pricing"}, []string{"go-to-market"}, nil},
	{[]string{"ai", "machine learning", "ml", "llm", "llms", "genai", "generative ai"}, nil,
		[]string{"ai-ml", "llms", "prompt-engineering", "rag", "ai-agents", "llm-evaluation", "responsible-ai", "ml-metrics"}},
	{[]string{"design", "craft", "ux", "experience design", "prototyping"}, nil, []string{"ux-design", "prototyping", "design-thinking", "usability-testing"}},
	{[]string{"shipping", "delivery", "execution", "process"}, []string{"delivery"}, nil},
	{[]string{"experiment", "experiments", "experimentation", "testing ideas"}, nil, []string{"ab-testing", "assumption-testing", "causal-inference"}},
}

// motivationMatcher tells which skills the user's motivations point at: a
// motivation naming the skill (id, name or alias), its category, free text
// that contains one of its names, or words of motivationWords.
type motivationMatcher struct {
	raw    []string
	norm   []string
	direct []string // ids of skills a motivation names outright
	// cats and ids are, per motivation, the categories and skills its words point at.
	cats, ids []map[string]bool
}

func newMotivationMatcher(motivations []string, tax *skillgap.Taxonomy) *motivationMatcher {
	m := &motivationMatcher{}
	for _, s := range motivations {
		n := Normalize(s)
		if n == "" {
			continue
		}
		m.raw, m.norm = append(m.raw, s), append(m.norm, n)
		cats, ids := map[string]bool{}, map[string]bool{}
		padded := " " + n + " "
		for _, mw := range motivationWords {
			if hasPhrase(padded, mw.words) {
				for _, c := range mw.categories {
					cats[c] = true
				}
				for _, id := range mw.skills {
					ids[id] = true
				}
			}
		}
		m.cats, m.ids = append(m.cats, cats), append(m.ids, ids)
	}
	if tax == nil {
		return m
	}
	for i := range tax.Skills {
		keys := skillKeys(&tax.Skills[i])
		for _, n := range m.norm {
			if slices.Contains(keys, n) {
				m.direct = append(m.direct, tax.Skills[i].ID)
				break
			}
		}
	}
	return m
}

// match returns the first motivation that points at s.
func (m *motivationMatcher) match(s *skillgap.Skill) (string, bool) {
	if i := m.index(s); i >= 0 {
		return m.raw[i], true
	}
	return "", false
}

// index returns the index of the first motivation that points at s, or -1.
func (m *motivationMatcher) index(s *skillgap.Skill) int {
	keys := skillKeys(s)
	cat := Normalize(s.Category)
	for i, n := range m.norm {
		if n == cat || slices.Contains(keys, n) || m.cats[i][s.Category] || m.ids[i][s.ID] {
			return i
		}
		for _, k := range keys {
			if len(k) >= 4 && strings.Contains(" "+n+" ", " "+k+" ") {
				return i
			}
		}
	}
	return -1
}

// matches says, per motivation, which categories and skills it pointed at.
func (m *motivationMatcher) matches(tax *skillgap.Taxonomy) []skillgap.MotivationMatch {
	out := make([]skillgap.MotivationMatch, len(m.raw))
	for i := range m.raw {
		out[i].Text = m.raw[i]
	}
	for j := range tax.Skills {
		s := &tax.Skills[j]
		keys := skillKeys(s)
		cat := Normalize(s.Category)
		for i, n := range m.norm {
			whole := n == cat || m.cats[i][s.Category]
			if whole {
				if !slices.Contains(out[i].Categories, s.Category) {
					out[i].Categories = append(out[i].Categories, s.Category)
				}
				continue
			}
			hit := slices.Contains(keys, n) || m.ids[i][s.ID]
			for _, k := range keys {
				hit = hit || (len(k) >= 4 && strings.Contains(" "+n+" ", " "+k+" "))
			}
			if hit {
				out[i].Skills = append(out[i].Skills, s.ID)
			}
		}
	}
	return out
}

// skillKeys is the matching form of a skill's id, name and aliases.
func skillKeys(s *skillgap.Skill) []string {
	keys := []string{Normalize(s.ID), Normalize(s.Name)}
	for _, a := range s.Aliases {
		keys = append(keys, Normalize(a))
	}
	return keys
}
