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
	// MaxSkillGoals bounds the skill goals taken from the top gaps. Zero means 5.
	MaxSkillGoals int
	// MaxCertGoals bounds the certification goals. Zero means 2.
	MaxCertGoals int
}

// Horizons of a plan, from its start.
const (
	ShortTermYears = 2  // short-term goals end within this many years
	LongTermYears  = 10 // long-term goals end within this many years
	LongTermFrom   = 5  // the long-term role is aimed at no earlier than this
)

// ErrNoTarget is returned by NewPlan when the inventory names no target role.
var ErrNoTarget = errors.New("no target role: set target_role in the inventory or pass --target")

// NewPlan turns an inventory and its gap report into a SMART development plan.
// It is deterministic: same inputs, same plan.
//
// Goals: one skill goal per top gap (up to MaxSkillGoals, certifications aside),
// a certification goal per certification the market asks of at least RareShare
// of postings (up to MaxCertGoals), a networking goal (events and informational
// interviews each quarter), a mentorship goal (find a mentor, monthly sessions),
// a career goal for the target role (by inv.TargetBy, else two years after the
// start) and, when the inventory names one, a long-term goal for the long-term
// role (five to ten years). Skill goals take their measure of done from the
// taxonomy's Evidence for the target level, their effort from HoursPerLevel and
// their tasks from Practice, smallest first.
//
// Tasks are booked week by week against inv.HoursPerWeek (see Reschedule): no
// week is booked over capacity, short-term goals end within ShortTermYears of the
// start and long-term goals within LongTermYears. A goal that does not fit its
// horizon moves to long term, or is left out, and its Notes (or the career
// goal's) say so.
func NewPlan(inv skillgap.Inventory, rep skillgap.GapReport, skills []skillgap.Skill, opt PlanOptions) (skillgap.Plan, error) {
	p, _, err := newPlan(inv, rep, skills, opt)
	return p, err
}

// newPlan is NewPlan that also returns the calendar it booked, for tests.
func newPlan(inv skillgap.Inventory, rep skillgap.GapReport, skills []skillgap.Skill, opt PlanOptions) (skillgap.Plan, *calendar, error) {
	if strings.TrimSpace(inv.TargetRole) == "" {
		return skillgap.Plan{}, nil, ErrNoTarget
	}
	if inv.HoursPerWeek <= 0 || math.IsNaN(inv.HoursPerWeek) || math.IsInf(inv.HoursPerWeek, 0) {
		return skillgap.Plan{}, nil, fmt.Errorf("make plan: hours per week %g: want more than 0", inv.HoursPerWeek)
	}
	opt.MaxSkillGoals = cmpOr(opt.MaxSkillGoals, 5)
	opt.MaxCertGoals = cmpOr(opt.MaxCertGoals, 2)
	b := planner{inv: inv, rep: rep, tax: skillgap.NewTaxonomy(skills), mot: newMotivationMatcher(inv.Motivations, skills)}
	b.start = inv.Start
	if b.start.IsZero() {
		b.start = skillgap.DateOf(opt.Now)
	}
	b.targetBy = inv.TargetBy
	if b.targetBy.IsZero() || !b.targetBy.After(b.start.Time) {
		b.targetBy = skillgap.Date{Time: b.start.AddDate(ShortTermYears, 0, 0)}
	}
	b.label = cmp.Or(rep.Basis, RoleLabel(rep.Seniority, rep.Role))
	p := skillgap.Plan{
		Version: 1, Created: opt.Now.UTC().Truncate(time.Second), Owner: inv.Name,
		CurrentRole: inv.CurrentRole, TargetRole: inv.TargetRole, LongTermRole: inv.LongTermRole,
		HoursPerWeek: inv.HoursPerWeek, Start: b.start, Market: snapshot(rep),
	}
	p.Goals = append(p.Goals, b.careerGoal())
	p.Goals = append(p.Goals, b.gapGoals(opt)...)
	p.Goals = append(p.Goals, b.networkGoal(), b.mentorGoal())
	if inv.LongTermRole != "" {
		p.Goals = append(p.Goals, b.longTermGoal())
	}
	cal := newCalendar(b.start, inv.HoursPerWeek)
	p.Goals = b.schedule(cal, p.Goals)
	return p, cal, nil
}

// planner holds what goal builders share.
type planner struct {
	inv             skillgap.Inventory
	rep             skillgap.GapReport
	tax             *skillgap.Taxonomy
	mot             *motivationMatcher
	start, targetBy skillgap.Date
	label           string
}

// gapGoals builds skill and certification goals from the top gaps, in priority order.
func (b *planner) gapGoals(opt PlanOptions) []skillgap.Goal {
	var out []skillgap.Goal
	nSkill, nCert := 0, 0
	for _, g := range b.rep.Gaps {
		s, ok := b.tax.Skill(g.SkillID)
		if !ok || g.Level() == 0 {
			continue
		}
		switch {
		case s.Kind == skillgap.KindCertification:
			if nCert < opt.MaxCertGoals && g.Share() >= RareShare {
				out = append(out, b.certGoal(g, s))
				nCert++
			}
		case nSkill < opt.MaxSkillGoals:
			out = append(out, b.skillGoal(g, s))
			nSkill++
		}
	}
	return out
}

// skillGoal is the goal of closing one gap: from the user's level to the expected one.
func (b *planner) skillGoal(g skillgap.Gap, s *skillgap.Skill) skillgap.Goal {
	hours := float64(g.Level() * s.Hours())
	practice := s.Practice
	if len(practice) == 0 {
		practice = []string{
			"Learn the fundamentals of " + s.Name + " from one good course or book",
			"Apply " + s.Name + " to a real problem in your current role",
			"Share the result with your team and ask a more senior peer for feedback",
		}
	}
	measure := s.EvidenceFor(g.Want)
	if measure == "" && g.Want < len(s.Levels) {
		measure = s.Levels[g.Want]
	}
	if measure == "" {
		measure = fmt.Sprintf("A piece of %s work a more senior peer rates at level %d (%s)", s.Name, g.Want, skillgap.LevelName(g.Want))
	}
	id := "skill-" + s.ID
	goal := skillgap.Goal{
		ID: id, Kind: skillgap.GoalSkill, Horizon: skillgap.ShortTerm, SkillID: s.ID,
		Title: fmt.Sprintf("%s: from %s (%d) to %s (%d)", s.Name, skillgap.LevelName(g.Have), g.Have, skillgap.LevelName(g.Want), g.Want),
		Specific: fmt.Sprintf("Raise %s from level %d (%s) to level %d (%s) by: %s.", s.Name, g.Have,
			skillgap.LevelName(g.Have), g.Want, skillgap.LevelName(g.Want), strings.Join(lowerFirst(practice), "; ")),
		Measurable: measure,
		Relevant:   b.relevance(g, s),
		From:       g.Have, To: g.Want,
	}
	for i, h := range splitHours(hours, len(practice)) {
		goal.Tasks = append(goal.Tasks, skillgap.Task{ID: fmt.Sprintf("%s-%d", id, i+1), Title: practice[i], Hours: h, Status: skillgap.Todo})
	}
	return goal
}

// certGoal is the goal of earning a certification the market asks for.
func (b *planner) certGoal(g skillgap.Gap, s *skillgap.Skill) skillgap.Goal {
	hours := float64(s.Hours())
	steps := []struct {
		title string
		share float64
	}{
		{"Read the " + s.Name + " syllabus, choose a course and book the exam", 0.1},
		{"Work through the course and the body of knowledge", 0.5},
		{"Take practice exams and close the weak areas", 0.3},
		{"Sit the " + s.Name + " exam", 0.1},
	}
	id := "cert-" + s.ID
	measure := s.EvidenceFor(skillgap.MaxLevel)
	if measure == "" {
		measure = "The " + s.Name + " certificate awarded, listed on your CV and profile"
	}
	goal := skillgap.Goal{
		ID: id, Kind: skillgap.GoalCertification, Horizon: skillgap.ShortTerm, SkillID: s.ID,
		Title:      "Earn " + s.Name,
		Specific:   fmt.Sprintf("Prepare for and pass the %s exam.", s.Name),
		Measurable: measure,
		Relevant:   b.relevance(g, s),
	}
	for i, st := range steps {
		goal.Tasks = append(goal.Tasks, skillgap.Task{ID: fmt.Sprintf("%s-%d", id, i+1), Title: st.title, Hours: max(1, math.Round(hours*st.share)), Status: skillgap.Todo})
	}
	return goal
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

// snapshot records the market a plan is built on, for review.
func snapshot(rep skillgap.GapReport) skillgap.MarketSnapshot {
	m := skillgap.MarketSnapshot{Postings: rep.Postings, Role: cmp.Or(rep.Basis, RoleLabel(rep.Seniority, rep.Role))}
	if !rep.Since.IsZero() {
		m.Since = skillgap.DateOf(rep.Since)
	}
	if !rep.Until.IsZero() {
		m.Until = skillgap.DateOf(rep.Until)
	}
	seen := map[string]bool{}
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

// splitHours divides total hours over n tasks, smallest first (weights 1, 2, …, n),
// in whole hours of at least one; fewer tasks when there are fewer hours.
func splitHours(total float64, n int) []float64 {
	n = max(1, min(n, int(total)))
	sum := n * (n + 1) / 2
	out := make([]float64, n)
	left := total
	for i := range n - 1 {
		out[i] = max(1, math.Floor(total*float64(i+1)/float64(sum)))
		left -= out[i]
	}
	out[n-1] = max(left, out[max(n-2, 0)])
	return out
}

// lowerFirst lowercases the first letter of each phrase, to list them in a sentence.
func lowerFirst(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		s = strings.TrimRight(strings.TrimSpace(s), ".")
		if len(s) > 1 && s[0] >= 'A' && s[0] <= 'Z' && !(s[1] >= 'A' && s[1] <= 'Z') {
			s = string(s[0]+'a'-'A') + s[1:]
		}
		out[i] = s
	}
	return out
}

// cmpOr returns v, or def when v is zero or negative.
func cmpOr(v, def int) int {
	if v <= 0 {
		return def
	}
	return v
}

// careerGoal is the short-term goal of reaching the target role, with milestones.
func (b *planner) careerGoal() skillgap.Goal {
	t := b.inv.TargetRole
	span := b.targetBy.Sub(b.start.Time)
	at := func(frac float64, back time.Duration) skillgap.Date {
		d := b.start.Add(time.Duration(float64(span) * frac)).Add(-back)
		if d.Before(b.start.Time) {
			return b.start
		}
		return skillgap.DateOf(d)
	}
	const month = 30 * 24 * time.Hour
	g := skillgap.Goal{
		ID: "career-target", Kind: skillgap.GoalCareer, Horizon: skillgap.ShortTerm,
		Title:      "Become " + article(t) + " " + t,
		Specific:   fmt.Sprintf("Move from %s to %s by %s, with the skills and record the role asks for.", orDefault(b.inv.CurrentRole, "your current role"), t, b.targetBy),
		Measurable: fmt.Sprintf("An offer for, or promotion to, a %s role by %s.", t, b.targetBy),
		Relevant:   b.careerRelevance(),
		Deadline:   b.targetBy,
	}
	if b.targetBy.After(b.start.AddDate(ShortTermYears, 0, 1)) {
		g.Horizon = skillgap.LongTerm
	}
	g.Tasks = []skillgap.Task{
		{Title: "Tell your manager you are aiming for " + t + " and agree what evidence they need to see", Hours: 1, Start: at(0, 0)},
		{Title: "Lead one initiative at " + t + " scope and write up its outcome", Hours: 20, Start: at(1.0/4, 0)},
		{Title: "Refresh your CV, LinkedIn and portfolio with the evidence from your finished goals", Hours: 4, Start: at(1, 6*month)},
		{Title: "Apply for " + t + " roles or make the case for promotion; practise with two mock interviews", Hours: 10, Start: at(1, 4*month)},
	}
	return withTaskIDs(g)
}

// careerRelevance says what the market asks of the target role.
func (b *planner) careerRelevance() string {
	var top []string
	for _, g := range b.rep.Gaps {
		if len(top) == 3 {
			break
		}
		top = append(top, g.Name)
	}
	r := fmt.Sprintf("%d %s postings in the market window", b.rep.Postings, b.label)
	if len(top) > 0 {
		r += "; your largest gaps for it: " + strings.Join(top, ", ")
	}
	if len(b.inv.Motivations) > 0 {
		r += "; you are driven by " + strings.Join(b.inv.Motivations, ", ")
	}
	return r + "."
}

// networkGoal is a year of events and informational interviews, quarter by quarter.
func (b *planner) networkGoal() skillgap.Goal {
	t := b.inv.TargetRole
	g := skillgap.Goal{
		ID: "network", Kind: skillgap.GoalNetwork, Horizon: skillgap.ShortTerm,
		Title:      "Grow your product network",
		Specific:   fmt.Sprintf("Each quarter for a year, hold two informational interviews with people working as %s and attend two product events or meetups.", t),
		Measurable: "8 informational interviews and 8 events in four quarters, each logged with one note in plan.yaml.",
		Relevant:   fmt.Sprintf("People already in %s roles know what it takes beyond what postings say; a network brings guidance, job leads and industry insight.", t),
	}
	for q := range 4 {
		hint := skillgap.Date{Time: b.start.AddDate(0, 3*q, 0)}
		g.Tasks = append(g.Tasks,
			skillgap.Task{Title: fmt.Sprintf("Quarter %d: hold two informational interviews with people working as %s", q+1, t), Hours: 3, Start: hint},
			skillgap.Task{Title: fmt.Sprintf("Quarter %d: attend two product events or meetups and follow up with the people you met", q+1), Hours: 5, Start: hint},
		)
	}
	return withTaskIDs(g)
}

// mentorGoal is finding a mentor and a year of monthly sessions.
func (b *planner) mentorGoal() skillgap.Goal {
	t := b.inv.TargetRole
	g := skillgap.Goal{
		ID: "mentor", Kind: skillgap.GoalMentorship, Horizon: skillgap.ShortTerm,
		Title:      "Find a mentor and meet monthly",
		Specific:   fmt.Sprintf("Find a mentor who works as %s or beyond and meet once a month for a year.", t),
		Measurable: "A named mentor and 12 monthly sessions held, each with one takeaway noted in plan.yaml.",
		Relevant:   "Someone who has made the move you are making can review this plan, open doors and tell you what the role really asks.",
	}
	g.Tasks = []skillgap.Task{
		{Title: fmt.Sprintf("List five people in or beyond %s roles who could mentor you and ask two", t), Hours: 2, Start: b.start},
		{Title: "Agree goals and a monthly rhythm with your mentor", Hours: 1, Start: b.start.AddDays(14)},
	}
	for q := range 4 {
		g.Tasks = append(g.Tasks, skillgap.Task{
			Title: fmt.Sprintf("Mentor sessions, months %d–%d: one hour a month plus preparation", 3*q+1, 3*q+3),
			Hours: 4, Start: skillgap.Date{Time: b.start.AddDate(0, 1+3*q, 0)},
		})
	}
	return withTaskIDs(g)
}

// longTermGoal is the long-term role (five to ten years), with milestones.
func (b *planner) longTermGoal() skillgap.Goal {
	l := b.inv.LongTermRole
	g := skillgap.Goal{
		ID: "career-long-term", Kind: skillgap.GoalCareer, Horizon: skillgap.LongTerm,
		Title:      "Become " + article(l) + " " + l,
		Specific:   fmt.Sprintf("Grow from %s into %s within five to ten years.", b.inv.TargetRole, l),
		Measurable: fmt.Sprintf("A %s role, with a launched product and people you have led to show for it.", l),
		Relevant:   fmt.Sprintf("Your long-term aspiration; the short-term goals build the skills and record toward it (%s).", orDefault(strings.Join(b.inv.Motivations, ", "), "no motivations stated")),
		Deadline:   skillgap.Date{Time: b.start.AddDate(LongTermFrom, 0, 0)},
	}
	g.Tasks = []skillgap.Task{
		{Title: "Lead a product launch end to end and report its growth six months on", Hours: 40, Start: b.targetBy},
		{Title: "Grow as a leader: mentor or manage two product managers for a year", Hours: 30, Start: skillgap.Date{Time: b.targetBy.AddDate(1, 0, 0)}},
		{Title: "Build thought leadership: publish four articles or give two talks on product management", Hours: 30, Start: skillgap.Date{Time: b.targetBy.AddDate(1, 6, 0)}},
		{Title: "Apply for " + l + " roles or make the case for promotion", Hours: 10, Start: skillgap.Date{Time: b.start.AddDate(LongTermFrom, 0, -120)}},
	}
	return withTaskIDs(g)
}

// schedule books the goals (see NewPlan) and fills in how each fits the hours.
func (b *planner) schedule(cal *calendar, goals []skillgap.Goal) []skillgap.Goal {
	short := skillgap.Date{Time: b.start.AddDate(ShortTermYears, 0, 0)}
	long := skillgap.Date{Time: b.start.AddDate(LongTermYears, 0, 0)}
	var dropped []string
	keep := make([]bool, len(goals))
	var deferred []int
	for _, i := range bookingOrder(goals) {
		g := &goals[i]
		limit := long
		if g.Horizon == skillgap.ShortTerm {
			limit = short
			if g.Kind == skillgap.GoalCareer && g.Deadline.Before(short.Time) {
				limit = g.Deadline
			}
		}
		if cal.bookGoal(g, limit, anchored(g.Kind)) {
			keep[i] = true
		} else if g.Horizon == skillgap.ShortTerm {
			deferred = append(deferred, i)
		} else {
			dropped = append(dropped, g.Title)
		}
	}
	for _, i := range deferred {
		g := &goals[i]
		if cal.bookGoal(g, long, anchored(g.Kind)) {
			keep[i] = true
			g.Horizon = skillgap.LongTerm
			g.Notes = fmt.Sprintf("Moved to long term: at %g h a week it does not fit the first %d years after the goals above it.", b.inv.HoursPerWeek, ShortTermYears)
		} else {
			dropped = append(dropped, g.Title)
		}
	}
	var out []skillgap.Goal
	for i := range goals {
		if keep[i] {
			goals[i].Hours = goalHours(&goals[i])
			goals[i].Achievable = b.achievable(&goals[i])
			out = append(out, goals[i])
		}
	}
	if len(dropped) > 0 && len(out) > 0 {
		out[0].Notes = strings.TrimSpace(out[0].Notes + " Left out for lack of hours within ten years: " + strings.Join(dropped, "; ") + ".")
	}
	return out
}

// achievable says how a scheduled goal fits the weekly hours.
func (b *planner) achievable(g *skillgap.Goal) string {
	weeks := int(math.Ceil(g.Deadline.Sub(g.Start.Time).Hours() / 24 / 7))
	s := fmt.Sprintf("%g h in all at up to %g h a week: booked %s to %s (%d weeks) alongside your other goals", g.Hours, b.inv.HoursPerWeek, g.Start, g.Deadline, weeks)
	if (g.Kind == skillgap.GoalCertification) && b.inv.Budget > 0 {
		s += fmt.Sprintf("; course and exam fees come from your budget of %g", b.inv.Budget)
	} else if g.Kind == skillgap.GoalCertification {
		s += "; check the course and exam fees before you start"
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
