package analyze

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/skillgap/skillgap"
)

// fitted is a booked plan: its goals, the calendar and the target date used.
type fitted struct {
	goals    []skillgap.Goal
	cands    []*candidate // the skill and certification goals kept, in booking order
	cal      *calendar
	targetBy skillgap.Date
	scope    skillgap.Scope
}

// latestTarget is how far FitLater (or a plan whose fixed goals alone do not
// fit) may move the target date: beyond it the role is a long-term goal.
func (b *planner) latestTarget() skillgap.Date {
	return skillgap.Date{Time: b.start.AddDate(LongTermFrom, 0, -1)}
}

// attempt books every goal with target date t at capacity hours a week: the
// networking and mentorship goals and the milestone first (they are tied to
// dates), then cs in order (each after its prerequisites), then the move to the
// target role after the last of them, then the long-term role. ok is false,
// with the title of the goal that did not fit, when a goal other than the
// long-term one misses its limit. With partial, such goals are left out instead.
func (b *planner) attempt(cs []*candidate, t skillgap.Date, capacity float64, partial bool) (f fitted, failed string, ok bool) {
	cal := newCalendar(b.start, capacity)
	short := b.shortEnd()
	f = fitted{cal: cal, targetBy: t}
	book := func(g skillgap.Goal, notBefore int, limit skillgap.Date, hints bool) (skillgap.Goal, bool) {
		if cal.bookGoal(&g, notBefore, limit, hints) {
			return g, true
		}
		if failed == "" {
			failed = g.Title
		}
		return g, false
	}
	var head, tail []skillgap.Goal
	for _, fx := range []struct {
		g     skillgap.Goal
		limit skillgap.Date
	}{{b.readyGoal(t), minDate(t, short)}, {b.networkGoal(), short}, {b.mentorGoal(), short}} {
		g, ok := book(fx.g, 0, fx.limit, true)
		if !ok && !partial {
			return f, failed, false
		}
		if ok && g.ID == careerReadyID {
			head = append(head, g)
		} else if ok {
			tail = append(tail, g)
		}
	}
	ends := map[string]int{}
	last := -1
	var skills []skillgap.Goal
	for _, c := range cs {
		notBefore := 0
		for _, a := range c.goal.After {
			if e, ok := ends[a]; ok {
				notBefore = max(notBefore, e+1)
			}
		}
		g, ok := book(cloneGoal(c.goal), notBefore, t, false)
		if !ok {
			if !partial {
				return f, failed, false
			}
			continue
		}
		ends[g.ID] = cal.weekOf(g.Tasks[groundwork(&g)].Due)
		last = max(last, cal.weekOf(g.Deadline))
		skills = append(skills, g)
		f.cands = append(f.cands, c)
	}
	target, ok := book(b.targetGoal(t), last+1, t, true)
	if !ok && !partial {
		return f, failed, false
	}
	f.goals = append(append(head, skills...), tail...)
	if ok {
		f.goals = append(f.goals, target)
	}
	if b.inv.LongTermRole != "" {
		lt := b.longTermGoal(t)
		limit := skillgap.Date{Time: b.start.AddDate(LongTermYears, 0, 0)}
		if cal.bookGoal(&lt, cal.weekOf(t), limit, true) {
			f.goals = append(f.goals, lt)
		}
	}
	return f, failed, failed == "" || partial
}

// cloneGoal copies g with its own tasks.
func cloneGoal(g skillgap.Goal) skillgap.Goal {
	g.Tasks = slices.Clone(g.Tasks)
	g.After = slices.Clone(g.After)
	return g
}

// fit books the wished-for goals and, when they do not fit before the target
// date, makes them fit the way choice says, and explains it in the scope.
func (b *planner) fit(wish []*candidate, choice skillgap.Fit) fitted {
	h := b.inv.HoursPerWeek
	weeks := int(b.targetBy.Sub(b.start.Time).Hours() / 24 / 7)
	scope := skillgap.Scope{NeedHours: b.needHours(wish, b.targetBy), HaveHours: roundHours(float64(weeks) * h), Weeks: weeks}
	f, _, ok := b.attempt(wish, b.targetBy, h, false)
	if ok {
		spare := max(scope.HaveHours-scope.NeedHours, 0)
		scope.Text = fmt.Sprintf("The goals need %s h before %s; at %s h a week there are %s h in %s, so they fit with %s h to spare.",
			fmtHours(scope.NeedHours), b.targetBy, fmtHours(h), fmtHours(scope.HaveHours), skillgap.Plural(weeks, "week"), fmtHours(spare))
		if spare >= scope.HaveHours/4 {
			scope.Text += b.roomFor(wish)
			if last := lastSkillEnd(f.goals); !last.IsZero() && last.Before(b.targetBy.AddDate(0, -6, 0)) {
				scope.Text += fmt.Sprintf(" Or aim earlier: the skill goals are done by %s, so a target_by some months after that would still leave time to apply.", last)
			}
		}
	} else {
		var left []string
		var used skillgap.Fit
		f, left, used = b.makeFit(wish, choice)
		scope.Fit, scope.Left = used, left
		scope.Text = b.overScope(scope, wish, f, choice)
	}
	if f.targetBy.After(b.shortEnd().Time) {
		scope.Text += fmt.Sprintf(" The target date, %s, is more than %d years after the start, so becoming %s is no longer a short-term goal; %q, due by %s, is the short-term milestone that leads to it.",
			f.targetBy, ShortTermYears, b.inv.TargetRole, "Build your record for "+b.inv.TargetRole, minDate(f.targetBy, b.shortEnd()))
	}
	f.scope = scope
	b.finish(&f)
	return f
}

// lastSkillEnd is the latest deadline of the skill and certification goals.
func lastSkillEnd(goals []skillgap.Goal) skillgap.Date {
	var last skillgap.Date
	for _, g := range goals {
		if (g.Kind == skillgap.GoalSkill || g.Kind == skillgap.GoalCertification) && g.Deadline.After(last.Time) {
			last = g.Deadline
		}
	}
	return last
}

// roomFor says what a plan with hours to spare could take on: the next gaps
// that would still fit by the target date.
func (b *planner) roomFor(wish []*candidate) string {
	saved := *b.budget
	defer func() { *b.budget = saved }()
	in := map[string]bool{}
	cur := make([]*candidate, len(wish))
	for i, c := range wish {
		cc := *c
		cc.goal = cloneGoal(c.goal)
		cur[i] = &cc
		in[c.skill.ID] = true
	}
	var added []string
	tried := 0
	for _, g := range b.rep.Gaps {
		s, ok := b.tax.Skill(g.SkillID)
		if !ok || in[g.SkillID] || g.Level() == 0 || s.Kind == skillgap.KindCertification {
			continue
		}
		if tried++; tried > 5 {
			break
		}
		try := orderCandidates(append(slices.Clone(cur), b.skillGoal(g, s)))
		if _, _, ok := b.attempt(try, b.targetBy, b.inv.HoursPerWeek, false); ok {
			cur = try
			added = append(added, fmt.Sprintf("%s %d→%d (%s h)", s.Name, g.Have, g.Want, fmtHours(try[slices.IndexFunc(try, func(c *candidate) bool { return c.skill.ID == s.ID })].hours())))
		}
	}
	if len(added) == 0 {
		return ""
	}
	return fmt.Sprintf(" There is room for more: --max-goals %d would add %s and still fit.", b.maxSkill+len(added), strings.Join(added, ", "))
}

// needHours is what the goals need before target date t: the skill and
// certification goals, the milestone, networking, mentorship and the move.
func (b *planner) needHours(cs []*candidate, t skillgap.Date) float64 {
	var n float64
	for _, c := range cs {
		n += c.hours()
	}
	for _, g := range []skillgap.Goal{b.readyGoal(t), b.networkGoal(), b.mentorGoal(), b.targetGoal(t)} {
		n += goalHours(&g)
	}
	return roundHours(n)
}

// makeFit changes what is wished for until it fits: FitFewer leaves out goals
// one at a time (see dropOne) until the rest fit;
// FitLower aims goals one level lower, round by round, least valuable first,
// and leaves goals out once none can go lower; FitLater moves the target date four weeks at a time,
// at most to latestTarget, then leaves goals out. When no skill or
// certification goal is left and the rest still does not fit, the target date
// moves; as a last resort what does not fit is left out. It returns the plan,
// what was left out or cut back, and the choice that made it fit.
func (b *planner) makeFit(wish []*candidate, choice skillgap.Fit) (fitted, []string, skillgap.Fit) {
	cs := make([]*candidate, len(wish))
	for i, c := range wish {
		cc := *c
		cc.goal = cloneGoal(c.goal)
		cs[i] = &cc
	}
	t, used := b.targetBy, choice
	var dropped []string
	lowered := map[*candidate]lowering{}
	left := func() []string {
		out := slices.Clone(dropped)
		for _, c := range cs {
			if l, ok := lowered[c]; ok {
				out = append(out, fmt.Sprintf("%s: aims at %s (%d) instead of %s (%d), %s h less",
					c.skill.Name, skillgap.LevelName(c.goal.To), c.goal.To, skillgap.LevelName(l.to), l.to, fmtHours(l.hours-c.hours())))
			}
		}
		return out
	}
	for {
		if f, _, ok := b.attempt(cs, t, b.inv.HoursPerWeek, false); ok {
			return f, left(), used
		}
		if choice == skillgap.FitLater && t.Before(b.latestTarget().Time) {
			t = minDate(t.AddDays(28), b.latestTarget())
			continue
		}
		if choice == skillgap.FitLower {
			// Round by round: each goal one level lower before any goes two.
			rounds := func(c *candidate) int { return c.goalLowered(lowered) }
			if c := leastValuable(cs, func(c *candidate) bool { return c.goal.Kind == skillgap.GoalSkill && c.goal.To-c.goal.From >= 2 }, rounds); c != nil {
				if _, ok := lowered[c]; !ok {
					lowered[c] = lowering{to: c.goal.To, hours: c.hours()}
				}
				l := lowered[c]
				l.times++
				lowered[c] = l
				b.lower(c)
				cs = orderCandidates(cs) // fewer hours, a better value per hour
				continue
			}
		}
		if kept, out := b.keepMost(cs, t, lowered); len(out) > 0 || !slices.Equal(kept, cs) {
			for _, c := range out {
				dropped = append(dropped, fmt.Sprintf("%s (%s h)", c.goal.Title, fmtHours(c.hours())))
				delete(lowered, c)
			}
			cs = orderCandidates(kept) // a goal aimed lower has a new value per hour
			if choice == skillgap.FitLower {
				used = skillgap.FitFewer
			}
			continue
		}
		if t.Before(b.latestTarget().Time) {
			t = minDate(t.AddDays(28), b.latestTarget())
			used = skillgap.FitLater
			continue
		}
		f, failed, _ := b.attempt(cs, t, b.inv.HoursPerWeek, true)
		if failed != "" {
			dropped = append(dropped, failed+" (does not fit at all)")
		}
		return f, left(), skillgap.FitLater
	}
}

// keepMost keeps the most valuable goals that fit by t: in order of value,
// each goal joins (with the goals it builds on) when the plan still fits with
// it; when it does not, it joins aimed one level lower at a time, down to
// working level (a goal of mere awareness is not worth its hours); else it
// is left out. It returns the goals kept, in their order in cs
// (a goal aimed lower as a new candidate, recorded in lowered), and those
// left out. Value decides, not size: a coach gives up three small
// goals before the one the target rests on (people management for a
// director aspirant), keeps a smaller goal that fits when a larger,
// more valuable one does not, and would rather aim hiring lower than drop it.
func (b *planner) keepMost(cs []*candidate, t skillgap.Date, lowered map[*candidate]lowering) (kept, out []*candidate) {
	byValue := slices.Clone(cs)
	slices.SortStableFunc(byValue, func(x, y *candidate) int { return cmp.Compare(y.value, x.value) })
	in := map[*candidate]bool{}
	repl := map[*candidate]*candidate{} // goals aimed lower to fit
	set := func(trial map[*candidate]bool, r map[*candidate]*candidate) []*candidate {
		var out []*candidate
		for _, x := range cs {
			if trial[x] {
				out = append(out, cmp.Or(r[x], x))
			}
		}
		return out
	}
	for _, c := range byValue {
		if in[c] {
			continue
		}
		trial := maps.Clone(in)
		for _, d := range withPrerequisites(c, cs) {
			trial[d] = true
		}
		if _, _, ok := b.attempt(set(trial, repl), t, b.inv.HoursPerWeek, false); ok {
			in = trial
			continue
		}
		lc := *c
		lc.goal = cloneGoal(c.goal)
		r := maps.Clone(repl)
		r[c] = &lc
		for lc.goal.To > workingLevel && b.lower(&lc) { // aimed lower, still at least working level
			if _, _, ok := b.attempt(set(trial, r), t, b.inv.HoursPerWeek, false); ok {
				in, repl = trial, r
				l := lowered[c]
				if l.times == 0 {
					l.to, l.hours = c.goal.To, c.hours()
				}
				l.times += c.goal.To - lc.goal.To
				lowered[&lc] = l
				break
			}
		}
	}
	for _, c := range cs {
		if in[c] {
			kept = append(kept, cmp.Or(repl[c], c))
		} else {
			out = append(out, c)
		}
	}
	return kept, out
}

// withPrerequisites returns c and, transitively, the goals in cs it builds on.
func withPrerequisites(c *candidate, cs []*candidate) []*candidate {
	out := []*candidate{c}
	for i := 0; i < len(out); i++ {
		for _, o := range cs {
			if slices.Contains(out[i].goal.After, o.goal.ID) && !slices.Contains(out, o) {
				out = append(out, o)
			}
		}
	}
	return out
}

// lowering records how a goal was aimed lower: its level and hours before,
// and how many times.
type lowering struct {
	to    int
	hours float64
	times int
}

// goalLowered is how many times c was aimed lower.
func (c *candidate) goalLowered(m map[*candidate]lowering) int { return m[c].times }

// leastValuable is the candidate of lowest value (the gap's priority) among
// those ok accepts, the most hours first among equals, or nil; with rounds,
// the fewest rounds first. The plan keeps the most valuable goals: a cheap goal
// of little value goes before a costly one the target role rests on.
func leastValuable(cs []*candidate, ok func(*candidate) bool, rounds func(*candidate) int) *candidate {
	var best *candidate
	for _, c := range cs {
		if !ok(c) {
			continue
		}
		if best == nil {
			best = c
			continue
		}
		if rounds != nil && rounds(c) != rounds(best) {
			if rounds(c) < rounds(best) {
				best = c
			}
			continue
		}
		if c.value < best.value || (c.value == best.value && c.hours() > best.hours()) {
			best = c
		}
	}
	return best
}

// overScope says, with the numbers, that the goals did not fit, what the plan
// chose, and what the other choices would give.
func (b *planner) overScope(s skillgap.Scope, wish []*candidate, f fitted, choice skillgap.Fit) string {
	h := b.inv.HoursPerWeek
	var w strings.Builder
	fmt.Fprintf(&w, "The goals you would want need %s h before %s; at %s h a week there are %s h in %s",
		fmtHours(s.NeedHours), b.targetBy, fmtHours(h), fmtHours(s.HaveHours), skillgap.Plural(s.Weeks, "week"))
	if s.NeedHours <= s.HaveHours {
		w.WriteString(", but the order they must go in (prerequisites first, applying last) leaves too little room")
	}
	w.WriteString(". ")
	switch s.Fit {
	case skillgap.FitLater:
		fmt.Fprintf(&w, "The plan keeps the goals and moves the target date to %s.", f.targetBy)
		if len(s.Left) > 0 {
			fmt.Fprintf(&w, " Even so it leaves out: %s.", strings.Join(s.Left, "; "))
		}
	case skillgap.FitLower:
		fmt.Fprintf(&w, "The plan keeps the target date and aims lower: %s.", strings.Join(s.Left, "; "))
	default:
		verb := "leaves out"
		if slices.ContainsFunc(s.Left, func(l string) bool { return strings.Contains(l, " instead of ") }) {
			verb = "leaves out or aims lower"
		}
		fmt.Fprintf(&w, "The plan keeps the target date and the most valuable goals, and %s: %s.", verb, strings.Join(s.Left, "; "))
	}
	var alt []string
	if choice != skillgap.FitLater {
		if g, _, _ := b.makeFit(wish, skillgap.FitLater); g.targetBy.After(b.targetBy.Time) {
			alt = append(alt, fmt.Sprintf("--fit later moves the target date to %s%s", g.targetBy, keepsAll(g, wish)))
		}
	}
	if choice != skillgap.FitLower {
		if _, left, used := b.makeFit(wish, skillgap.FitLower); used == skillgap.FitLower {
			alt = append(alt, fmt.Sprintf("--fit lower aims lower instead (%s)", strings.Join(left, "; ")))
		}
	}
	if choice != skillgap.FitFewer {
		if _, left, used := b.makeFit(wish, skillgap.FitFewer); used == skillgap.FitFewer {
			alt = append(alt, fmt.Sprintf("--fit fewer keeps the date and leaves out %s", strings.Join(left, "; ")))
		}
	}
	if need := b.hoursToFit(wish); need > 0 {
		alt = append(alt, fmt.Sprintf("%s h a week would fit every goal by %s", fmtHours(need), b.targetBy))
	}
	if len(alt) > 0 {
		fmt.Fprintf(&w, " Other choices: %s.", strings.Join(alt, "; "))
	}
	return w.String()
}

// keepsAll says whether a plan kept every wished-for goal.
func keepsAll(f fitted, wish []*candidate) string {
	if len(f.cands) == len(wish) {
		return " and keeps every goal"
	}
	return fmt.Sprintf(" and keeps %d of the %s", len(f.cands), skillgap.Plural(len(wish), "skill and certification goal"))
}

// hoursToFit is the fewest hours a week, in half hours up to the most the
// inventory allows, at which every wished-for goal fits by the target date; 0
// when none does.
func (b *planner) hoursToFit(wish []*candidate) float64 {
	for h := math.Floor(b.inv.HoursPerWeek*2)/2 + 0.5; h <= 80; h += 0.5 {
		if _, _, ok := b.attempt(wish, b.targetBy, h, false); ok {
			return h
		}
	}
	return 0
}

// finish labels horizons, fills in hours and Achievable, and says why each
// goal is where it is.
func (b *planner) finish(f *fitted) {
	byID := map[string]*candidate{}
	for _, c := range f.cands {
		byID[c.goal.ID] = c
	}
	rank := slices.Clone(f.cands)
	slices.SortStableFunc(rank, func(x, y *candidate) int { return cmp.Compare(y.perHour(), x.perHour()) })
	lastSkill := lastSkillEnd(f.goals)
	for i := range f.goals {
		g := &f.goals[i]
		if g.ID != longTermID {
			g.Horizon = b.horizonOf(g.Deadline)
		}
		g.Hours = goalHours(g)
		cost := ""
		if c := byID[g.ID]; c != nil {
			cost = c.cost
			g.Why = b.whyHere(c, rank, byID)
		} else {
			g.Why = b.whyFixed(g, f.targetBy, lastSkill)
		}
		g.Achievable = b.achievable(g, cost)
	}
}

// whyHere says where a skill or certification goal stands by value per hour
// and what it waits for.
func (b *planner) whyHere(c *candidate, rank []*candidate, byID map[string]*candidate) string {
	r := slices.Index(rank, c) + 1
	n := len(rank)
	var s string
	switch {
	case n == 1:
		s = fmt.Sprintf("Your one skill goal: priority %.2f for %s h.", c.value, fmtHours(c.hours()))
	case r == 1:
		s = fmt.Sprintf("Quick win: the best value for the hours of your %d skill goals (priority %.2f for %s h).", n, c.value, fmtHours(c.hours()))
	default:
		s = fmt.Sprintf("%s of %d by value for the hours (priority %.2f for %s h).", ordinal(r), n, c.value, fmtHours(c.hours()))
	}
	var pre []string
	for _, a := range c.goal.After {
		if p := byID[a]; p != nil {
			pre = append(pre, p.skill.Name)
		}
	}
	if len(pre) > 0 {
		s += fmt.Sprintf(" Starts once you work at level %d in %s: %s builds on it.", workingLevel, strings.Join(pre, " and "), c.skill.Name)
	}
	if p := byID[c.groundwork]; p != nil {
		s += fmt.Sprintf(" In the plan because %s builds on it.", p.skill.Name)
	}
	return s
}

// whyFixed says why a career, networking or mentorship goal is where it is.
func (b *planner) whyFixed(g *skillgap.Goal, t, lastSkill skillgap.Date) string {
	switch g.ID {
	case careerReadyID:
		s := "Starts now and runs beside the skill goals: your manager's support and a record at the target's scope take longest to build."
		if t.After(b.shortEnd().Time) {
			s += fmt.Sprintf(" It is the short-term milestone toward your target date, %s.", t)
		}
		return s
	case careerTargetID:
		if lastSkill.IsZero() {
			return fmt.Sprintf("Last, before your target date %s.", t)
		}
		if weeks := int(g.Start.Sub(lastSkill.Time).Hours() / 24 / 7); weeks >= 8 {
			return fmt.Sprintf("Last: the skill goals are done by %s; the %s until you apply (from %s) are for putting them to work at the target's scope, so that your case rests on results, before your target date %s. To apply sooner, set an earlier target_by.",
				lastSkill, skillgap.Plural(weeks, "week"), g.Start, t)
		}
		return fmt.Sprintf("Last: you apply once the skill goals are done (the last ends %s), before your target date %s.", lastSkill, t)
	case networkID:
		return "From the start, spread over the year: people in the role tell you what postings do not."
	case mentorID:
		return "From the start: a mentor can check this plan and its order before you are far into it."
	case longTermID:
		return fmt.Sprintf("After the target role (%s): the long-term aspiration, five to ten years out.", t)
	}
	return ""
}

// ordinal writes 2 as "2nd".
func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return fmt.Sprintf("%d%s", n, suffix)
}
