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
)

// Weights are the knobs of the gap priority. For a skill with demand d, the
// user's level have and the expected level want:
//
//	priority = Demand     × (required share + Preferred × preferred-only share)
//	         + Trend      × clamp(trend in points / 20, −1, 1)   (only if the trend is significant)
//	         + Level      × (want − have) / 4
//	         + Motivation × (1 if the skill matches a motivation, else 0)
//	         − Effort     × min(hours to close the gap / 200, 1)
//
// Shares are fractions of matching postings (0–1); hours to close the gap are the
// taxonomy's hours per level times the levels missing. Each term is kept in
// Gap.Parts so a report can show where a priority came from.
type Weights struct {
	Demand     float64 // weight of market demand
	Preferred  float64 // how much a preferred-only mention counts against a required one (0–1)
	Trend      float64 // weight of a significant trend
	Level      float64 // weight of the level gap
	Motivation float64 // weight of a match with the user's motivations
	Effort     float64 // weight of the effort penalty
}

// DefaultWeights are the weights `skillgap gap` uses unless told otherwise:
// demand=1, preferred=0.5, trend=0.3, level=1, motivation=0.3, effort=0.3.
func DefaultWeights() Weights {
	return Weights{Demand: 1, Preferred: 0.5, Trend: 0.3, Level: 1, Motivation: 0.3, Effort: 0.3}
}

// ParseWeights reads "demand=1,trend=0.3,…" over DefaultWeights; names are
// demand, preferred, trend, level, motivation and effort.
func ParseWeights(s string) (Weights, error) {
	w := DefaultWeights()
	fields := map[string]*float64{
		"demand": &w.Demand, "preferred": &w.Preferred, "trend": &w.Trend,
		"level": &w.Level, "motivation": &w.Motivation, "effort": &w.Effort,
	}
	for part := range strings.SplitSeq(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		k, v, ok := strings.Cut(part, "=")
		p, known := fields[strings.ToLower(strings.TrimSpace(k))]
		if !ok || !known {
			return Weights{}, fmt.Errorf("parse weight %q: want name=number with name one of demand, preferred, trend, level, motivation, effort", part)
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
}

// Gap compares inv with the market for its target role: total matching postings
// and their demand per skill. It is GapIn without a window.
func Gap(inv skillgap.Inventory, skills []skillgap.Skill, total int, demand []skillgap.Demand, w Weights) skillgap.GapReport {
	return GapIn(inv, skills, Market{Total: total, Demand: demand}, w)
}

// GapIn compares inv with market m for its target role; the window of m goes into
// every row's explanation. It is pure: same inputs, same report.
//
// The level a skill expects is the demand's Expected (from how postings word it)
// when set, else the taxonomy's Expected, raised by one (up to 4) when the target
// is staff, lead, director or above. A certification the user holds counts as
// level 4. Gaps lists skills asked for where the user is short, highest priority
// first; Strength lists skills asked in at least StrengthShare of postings where
// the user meets the expectation; Valued lists skills the user rates 3 or more, or
// names as a motivation, that fewer than RareShare of postings ask for. Skills
// asked by fewer than RareShare of postings are no gaps: the market rarely asks.
func GapIn(inv skillgap.Inventory, skills []skillgap.Skill, m Market, w Weights) skillgap.GapReport {
	tax := skillgap.NewTaxonomy(skills)
	rep := skillgap.GapReport{
		Target: inv.TargetRole, Role: RoleOf(inv.TargetRole, ""), Seniority: SeniorityOf(inv.TargetRole),
		Postings: m.Total, Since: m.Since, Until: m.Until, Reliable: m.Total >= MinPostings,
		Gaps: []skillgap.Gap{}, Strength: []skillgap.Gap{},
	}
	label := cmp.Or(m.Label, RoleLabel(rep.Seniority, rep.Role))
	rep.Basis = label
	if !rep.Reliable {
		rep.Note = fmt.Sprintf("only %d matching %s postings (fewer than %d): the shares below are rough; widen --window or drop the seniority from --target", m.Total, label, MinPostings)
	}
	mot := newMotivationMatcher(inv.Motivations, skills)
	held := heldCertifications(inv, skills)
	bump := 0
	if rep.Seniority.Rank() >= skillgap.Staff.Rank() {
		bump = 1
	}
	seen := map[string]bool{}
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
		if want <= 0 {
			want = s.ExpectedLevel()
		}
		want = min(want+bump, skillgap.MaxLevel)
		g := scoreGap(d, s, userLevel(inv, s.ID, held), want, mot, w)
		g.Why = why(g, label, m.Since)
		switch {
		case g.Level() > 0 && d.Share() >= RareShare:
			rep.Gaps = append(rep.Gaps, g)
		case d.Share() >= StrengthShare:
			rep.Strength = append(rep.Strength, g)
		}
	}
	rep.Valued = valued(inv, tax, m, seen, mot, held, label)
	slices.SortStableFunc(rep.Gaps, func(a, b skillgap.Gap) int {
		return cmp.Or(cmp.Compare(b.Priority, a.Priority), cmp.Compare(b.Share(), a.Share()), cmp.Compare(a.SkillID, b.SkillID))
	})
	slices.SortStableFunc(rep.Strength, func(a, b skillgap.Gap) int {
		return cmp.Or(cmp.Compare(b.Share(), a.Share()), cmp.Compare(a.SkillID, b.SkillID))
	})
	return rep
}

// scoreGap builds one row and its priority (see Weights).
func scoreGap(d skillgap.Demand, s *skillgap.Skill, have, want int, mot *motivationMatcher, w Weights) skillgap.Gap {
	g := skillgap.Gap{Demand: d, Name: s.Name, Category: s.Category, Have: have, Want: want}
	_, g.MotivationFit = mot.match(s)
	preferredOnly := max(d.Share()-d.RequiredShare(), 0)
	hours := float64(g.Level() * s.Hours())
	g.Parts = map[string]float64{
		"demand": w.Demand * (d.RequiredShare() + w.Preferred*preferredOnly),
		"level":  w.Level * float64(g.Level()) / skillgap.MaxLevel,
		"effort": -w.Effort * min(hours/200, 1),
	}
	if d.TrendSignificant {
		g.Parts["trend"] = w.Trend * max(-1, min(1, d.Trend/20))
	}
	if g.MotivationFit {
		g.Parts["motivation"] = w.Motivation
	}
	for _, k := range []string{"demand", "trend", "level", "motivation", "effort"} {
		g.Priority += g.Parts[k]
	}
	g.Priority = math.Round(g.Priority*1e4) / 1e4
	return g
}

// why explains a row: "asked in 48% of 312 senior PM postings since 2026-05
// (required in 35%), rising 9 points; you 1, expected 3".
func why(g skillgap.Gap, label string, since time.Time) string {
	var b strings.Builder
	fmt.Fprintf(&b, "asked in %s of %d %s postings", pct(g.Share()), g.Total, label)
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
	fmt.Fprintf(&b, "; you %d, expected %d", g.Have, g.Want)
	if g.MotivationFit {
		b.WriteString("; matches your motivations")
	}
	return b.String()
}

// valued lists skills the user rates 3+ or names as a motivation that fewer than
// RareShare of postings ask for.
func valued(inv skillgap.Inventory, tax *skillgap.Taxonomy, m Market, demanded map[string]bool, mot *motivationMatcher, held map[string]bool, label string) []skillgap.Gap {
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
		g := skillgap.Gap{Demand: d, Name: s.Name, Category: s.Category, Have: userLevel(inv, id, held), Want: s.ExpectedLevel()}
		_, g.MotivationFit = mot.match(s)
		g.Why = fmt.Sprintf("you %d; asked in %s of %d %s postings", g.Have, pct(d.Share()), m.Total, label)
		if g.MotivationFit {
			g.Why += "; matches your motivations"
		}
		out = append(out, g)
	}
	slices.SortStableFunc(out, func(a, b skillgap.Gap) int { return cmp.Compare(b.Have, a.Have) })
	return out
}

// userLevel is the user's level in id: the inventory's, or 4 for a held certification.
func userLevel(inv skillgap.Inventory, id string, held map[string]bool) int {
	if held[id] {
		return skillgap.MaxLevel
	}
	l, _ := inv.Level(id)
	return l
}

// heldCertifications maps the ids of certification skills the user holds, matched
// by id, name or alias.
func heldCertifications(inv skillgap.Inventory, skills []skillgap.Skill) map[string]bool {
	held := map[string]bool{}
	for _, c := range inv.Certifications {
		n := Normalize(c.Name)
		for i := range skills {
			if skills[i].Kind == skillgap.KindCertification && slices.Contains(skillKeys(&skills[i]), n) {
				held[skills[i].ID] = true
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

// motivationMatcher tells which skills the user's motivations point at: a
// motivation naming the skill (id, name or alias), its category, or free text
// that contains one of its names.
type motivationMatcher struct {
	raw    []string
	norm   []string
	direct []string // ids of skills a motivation names outright
}

func newMotivationMatcher(motivations []string, skills []skillgap.Skill) *motivationMatcher {
	m := &motivationMatcher{}
	for _, s := range motivations {
		if n := Normalize(s); n != "" {
			m.raw, m.norm = append(m.raw, s), append(m.norm, n)
		}
	}
	for i := range skills {
		keys := skillKeys(&skills[i])
		for _, n := range m.norm {
			if slices.Contains(keys, n) {
				m.direct = append(m.direct, skills[i].ID)
				break
			}
		}
	}
	return m
}

// match returns the first motivation that points at s.
func (m *motivationMatcher) match(s *skillgap.Skill) (string, bool) {
	keys := skillKeys(s)
	cat := Normalize(s.Category)
	for i, n := range m.norm {
		if n == cat || slices.Contains(keys, n) {
			return m.raw[i], true
		}
		for _, k := range keys {
			if len(k) >= 4 && strings.Contains(" "+n+" ", " "+k+" ") {
				return m.raw[i], true
			}
		}
	}
	return "", false
}

// skillKeys is the matching form of a skill's id, name and aliases.
func skillKeys(s *skillgap.Skill) []string {
	keys := []string{Normalize(s.ID), Normalize(s.Name)}
	for _, a := range s.Aliases {
		keys = append(keys, Normalize(a))
	}
	return keys
}
