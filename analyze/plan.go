package analyze

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/skillgap/skillgap"
)

// PlanOptions tunes NewPlan.
type PlanOptions struct {
	// Now is when the plan is made: its Created time, and its start when the
	// inventory gives none. It is never read from the clock.
	Now time.Time
	// MaxSkillGoals bounds the skill goals taken from the top gaps (prerequisites
	// they pull in aside). Zero means 5.
	MaxSkillGoals int
	// MaxCertGoals bounds the certification goals. Zero means 2.
	MaxCertGoals int
	// Fit is how goals that need more hours than there are before the target
	// date are made to fit. Empty means skillgap.FitFewer.
	Fit skillgap.Fit
	// Demand is what the target's postings ask of every skill, so that a
	// certification the gap list's own cut-off hides is still weighed. Nil means
	// the rows of the gap report.
	Demand []skillgap.Demand
}

// Horizons of a plan, from its start.
const (
	ShortTermYears = 2  // short-term goals end within this many years
	LongTermYears  = 10 // long-term goals end within this many years
	LongTermFrom   = 5  // the long-term role is aimed at no earlier than this
)

// CertShare is the share of the target's postings (0–1) a certification must be
// asked in before the plan makes it a goal.
const CertShare = 0.10

// ErrNoTarget is returned by NewPlan when the inventory names no target role.
var ErrNoTarget = errors.New("no target role: set target_role in the inventory or pass --target")

// ErrTargetPast is returned by NewPlan when the inventory's target_by is not
// after the plan's start, or not after opt.Now; the error names both dates.
var ErrTargetPast = errors.New("target date is not after the plan's start")

// NewPlan turns an inventory and its gap report into a SMART development plan.
// It is deterministic: same inputs, same plan.
//
// Goals: a skill goal per top gap (up to MaxSkillGoals, plus the gaps their
// prerequisites leave), a certification goal per certification asked in at
// least CertShare of the target's postings that fits the target's seniority (up
// to MaxCertGoals; a degree is advice, never a goal), a networking goal, a
// mentorship goal, a short-term milestone that builds the record for the target
// role, the move to the target role (by inv.TargetBy, else two years after the
// start) and, when the inventory names one, the long-term role (five to ten
// years). A skill goal's tasks are the taxonomy's practice activities for the
// levels it climbs, each with its own hours and cadence, in the user's context.
//
// Skill and certification goals are ordered by value per hour (the gap's
// priority over the goal's hours), prerequisites first, and each says why it is
// where it is. Tasks are booked week by week against inv.HoursPerWeek: no week
// over capacity, short-term goals within ShortTermYears, applying for the target
// role after the skill goals and before the target date. When that does not fit,
// opt.Fit chooses (see skillgap.Fit) and the plan's Scope says so with the
// numbers; a goal is never relabelled to a longer horizon to make room.
func NewPlan(inv skillgap.Inventory, rep skillgap.GapReport, tax *skillgap.Taxonomy, opt PlanOptions) (skillgap.Plan, error) {
	p, _, err := newPlan(inv, rep, tax, opt)
	return p, err
}

// newPlan is NewPlan that also returns the calendar it booked, for tests.
func newPlan(inv skillgap.Inventory, rep skillgap.GapReport, tax *skillgap.Taxonomy, opt PlanOptions) (skillgap.Plan, *calendar, error) {
	if strings.TrimSpace(inv.TargetRole) == "" {
		return skillgap.Plan{}, nil, ErrNoTarget
	}
	if inv.HoursPerWeek <= 0 || math.IsNaN(inv.HoursPerWeek) || math.IsInf(inv.HoursPerWeek, 0) {
		return skillgap.Plan{}, nil, fmt.Errorf("make plan: hours per week %g: want more than 0", inv.HoursPerWeek)
	}
	opt.MaxSkillGoals = cmpOr(opt.MaxSkillGoals, 5)
	opt.MaxCertGoals = cmpOr(opt.MaxCertGoals, 2)
	switch opt.Fit {
	case "":
		opt.Fit = skillgap.FitFewer
	case skillgap.FitFewer, skillgap.FitLower, skillgap.FitLater:
	default:
		return skillgap.Plan{}, nil, fmt.Errorf("make plan: fit %q: want fewer, lower or later", opt.Fit)
	}
	b := newPlanner(inv, rep, tax, opt.Now)
	b.maxSkill = opt.MaxSkillGoals
	if !inv.TargetBy.IsZero() {
		switch today := skillgap.DateOf(opt.Now); {
		case !inv.TargetBy.After(b.start.Time):
			return skillgap.Plan{}, nil, fmt.Errorf("make plan: target_by %s is not after the start %s; set a new target date: %w", inv.TargetBy, b.start, ErrTargetPast)
		case !opt.Now.IsZero() && !inv.TargetBy.After(today.Time):
			return skillgap.Plan{}, nil, fmt.Errorf("make plan: target_by %s is in the past (today is %s); set a new target date: %w", inv.TargetBy, today, ErrTargetPast)
		}
	}
	wish := b.candidates(opt)
	f := b.fit(wish, opt.Fit)
	p := skillgap.Plan{
		Version: skillgap.PlanVersion, Created: opt.Now.UTC().Truncate(time.Second), Owner: inv.Name,
		CurrentRole: inv.CurrentRole, TargetRole: inv.TargetRole, LongTermRole: inv.LongTermRole,
		HoursPerWeek: inv.HoursPerWeek, Start: b.start, TargetBy: f.targetBy, Scope: &f.scope,
		Advice: b.advice, Market: snapshot(rep, opt.Demand), Goals: f.goals, Slot: inv.CalendarSlot,
	}
	p.Calendar = f.cal.blocksOf()
	return p, f.cal, nil
}

// planner holds what goal builders share.
type planner struct {
	inv             skillgap.Inventory
	rep             skillgap.GapReport
	tax             *skillgap.Taxonomy
	mot             *motivationMatcher
	who             persona
	start, targetBy skillgap.Date
	label           string
	budget          *budget
	advice          []string // what the plan offers but does not schedule
	maxSkill        int      // PlanOptions.MaxSkillGoals
}

func newPlanner(inv skillgap.Inventory, rep skillgap.GapReport, tax *skillgap.Taxonomy, now time.Time) *planner {
	b := &planner{inv: inv, rep: rep, tax: tax, mot: newMotivationMatcher(inv.Motivations, tax)}
	b.start = inv.Start
	if b.start.IsZero() {
		b.start = skillgap.DateOf(now)
	}
	b.targetBy = inv.TargetBy
	if b.targetBy.IsZero() {
		b.targetBy = skillgap.Date{Time: b.start.AddDate(ShortTermYears, 0, 0)}
	}
	b.label = cmp.Or(rep.Basis, RoleLabel(rep.Seniority, rep.Role))
	b.who = newPersona(inv, rep)
	b.who.skillsOf(inv, rep, b.tax)
	b.budget = newBudget(inv.Budget, inv.Currency)
	return b
}

// shortEnd is the last day a short-term goal may end.
func (b *planner) shortEnd() skillgap.Date {
	return skillgap.Date{Time: b.start.AddDate(ShortTermYears, 0, 0)}
}

// horizonOf labels a goal by when it ends: within two years short, from five
// years long, between them medium (only a target date beyond two years gives that).
func (b *planner) horizonOf(deadline skillgap.Date) skillgap.Horizon {
	switch {
	case !deadline.After(b.shortEnd().Time):
		return skillgap.ShortTerm
	case !deadline.Before(b.start.AddDate(LongTermFrom, 0, 0)):
		return skillgap.LongTerm
	}
	return skillgap.MidTerm
}

// relevance is the market figures behind a gap and the motivation it serves.
func (b *planner) relevance(g skillgap.Gap, s *skillgap.Skill) string {
	r := "Market: " + strings.TrimSuffix(g.Why, "; matches your motivations") + "."
	if m, ok := b.mot.match(s); ok {
		r += fmt.Sprintf(" Serves your motivation %q.", m)
	}
	if !b.rep.Reliable && b.rep.Note != "" {
		r += " Caution: " + b.rep.Note + "."
	}
	return r
}

// snapshot records the market a plan is built on, for review: every skill of
// demand (the whole basis) when given, else the report's rows, so that review
// does not take a skill the rows left out for new.
func snapshot(rep skillgap.GapReport, demand []skillgap.Demand) skillgap.MarketSnapshot {
	m := skillgap.MarketSnapshot{Postings: rep.Postings, Role: cmp.Or(rep.Basis, RoleLabel(rep.Seniority, rep.Role))}
	if !rep.Since.IsZero() {
		m.Since = skillgap.DateOf(rep.Since)
	}
	if !rep.Until.IsZero() {
		m.Until = skillgap.DateOf(rep.Until)
	}
	seen := map[string]bool{}
	for _, d := range demand {
		if !seen[d.SkillID] && d.Total > 0 && d.Postings > 0 {
			seen[d.SkillID] = true
			m.Skills = append(m.Skills, skillgap.SkillShare{SkillID: d.SkillID, Share: math.Round(d.Share()*1e4) / 1e4})
		}
	}
	for _, rows := range [][]skillgap.Gap{rep.Gaps, rep.Strength, rep.Valued} {
		for _, g := range rows {
			if !seen[g.SkillID] && g.Total > 0 {
				seen[g.SkillID] = true
				m.Skills = append(m.Skills, skillgap.SkillShare{SkillID: g.SkillID, Share: math.Round(g.Share()*1e4) / 1e4})
			}
		}
	}
	slices.SortFunc(m.Skills, func(a, b skillgap.SkillShare) int { return strings.Compare(a.SkillID, b.SkillID) })
	return m
}

// achievable says how a scheduled goal fits the weekly hours and the budget.
func (b *planner) achievable(g *skillgap.Goal, cost string) string {
	weeks := int(math.Ceil(g.Deadline.AddDays(1).Sub(g.Start.Time).Hours() / 24 / 7))
	s := fmt.Sprintf("%s h in all at up to %s h a week: booked %s to %s (%s) alongside your other goals",
		fmtHours(g.Hours), fmtHours(b.inv.HoursPerWeek), g.Start, g.Deadline, skillgap.Plural(weeks, "week"))
	if cost != "" {
		s += "; " + cost
	}
	return s + "."
}

// goalHours sums the hours of a goal's tasks that are not dropped.
func goalHours(g *skillgap.Goal) float64 {
	var h float64
	for _, t := range g.Tasks {
		if t.Status != skillgap.Dropped {
			h += t.Hours
		}
	}
	return h
}

// withTaskIDs numbers a goal's tasks "<goal id>-1", "-2", … and marks them todo.
func withTaskIDs(g skillgap.Goal) skillgap.Goal {
	for i := range g.Tasks {
		g.Tasks[i].ID = fmt.Sprintf("%s-%d", g.ID, i+1)
		g.Tasks[i].Status = skillgap.Todo
	}
	return g
}

// fmtHours writes hours without a trailing ".0": 3, 1.5, 0.25.
func fmtHours(h float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", h), "0"), ".")
}

// cmpOr returns v, or def when v is zero or negative.
func cmpOr(v, def int) int {
	if v <= 0 {
		return def
	}
	return v
}

// article is "a" or "an" for a role title.
func article(s string) string {
	if s != "" && strings.ContainsRune("AEIOUaeiou", rune(s[0])) {
		return "an"
	}
	return "a"
}

// orDefault returns s, or def when s is blank.
func orDefault(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}

// lowerFirst lowercases the first letter of a phrase unless it starts an
// acronym or a name in quotes, to list it in a sentence.
func lowerFirst(s string) string {
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	if len(s) > 1 && s[0] >= 'A' && s[0] <= 'Z' && !(s[1] >= 'A' && s[1] <= 'Z') {
		s = string(s[0]+'a'-'A') + s[1:]
	}
	return s
}
