package analyze

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/skillgap/skillgap"
)

// maxAddSuggestions bounds the "add a goal" suggestions of one review: a plan
// that gains a goal for every rising skill is no plan.
const maxAddSuggestions = 5

// MoveThreshold is how far, in percentage points, a skill's share must move
// since the plan was made for review to report it.
const MoveThreshold = 5.0

// Review reads plan p at now against the current market (demand over total
// matching postings): progress per goal, overdue tasks and occurrences, pace,
// what is left re-scheduled from now at the same weekly hours (never to an
// earlier deadline), warnings when that passes the target date, skills whose
// share moved by MoveThreshold points or more since p.Market, and suggestions:
// add a goal for a rising skill the plan lacks (at most five), drop or defer a
// goal whose skill is falling (significant moves on MinPostings postings
// either side only), and what to do when behind. tax names the skills in
// what it writes; nil leaves ids. It is pure.
func Review(p skillgap.Plan, now time.Time, current []skillgap.Demand, total int, tax *skillgap.Taxonomy) skillgap.Review {
	today := skillgap.DateOf(now)
	res := skillgap.Review{Now: today, Postings: total, Overdue: []skillgap.OverdueTask{}, Market: []skillgap.MarketChange{},
		Suggestions: []skillgap.Suggestion{}, Warnings: []string{}}
	res.Plan = Reschedule(p, today)
	for i, g := range p.Goals {
		gr := skillgap.GoalReview{ID: g.ID, Title: g.Title, Kind: g.Kind, Deadline: g.Deadline, NewDeadline: res.Plan.Goals[i].Deadline}
		for _, t := range g.Tasks {
			gr.ActualHours += t.ActualHours
			if t.Status == skillgap.Dropped {
				continue
			}
			gr.PlannedHours += t.Hours
			gr.DoneHours += t.DoneHours()
			if t.Status == skillgap.Done {
				continue
			}
			gr.OpenTasks++
			if o, late := overdue(g.ID, t, today); late {
				gr.Overdue++
				res.Overdue = append(res.Overdue, o)
			}
		}
		gr.Progress = g.Progress()
		res.Goals = append(res.Goals, gr)
	}
	slices.SortStableFunc(res.Overdue, func(a, b skillgap.OverdueTask) int { return b.DaysLate - a.DaysLate })
	res.Warnings = warnings(p, res.Plan)
	res.Pace = pace(p, today)
	res.Market, res.MarketNote = marketChanges(p.Market, current, total, tax)
	res.Suggestions = suggest(p, res, tax)
	return res
}

// overdue reports whether an open task is late: a one-off task past its due
// day, a recurring one with occurrences past their week and not done.
func overdue(goal string, t skillgap.Task, today skillgap.Date) (skillgap.OverdueTask, bool) {
	o := skillgap.OverdueTask{GoalID: goal, TaskID: t.ID, Title: t.Title, Status: t.Status, Due: t.Due}
	if t.Every != skillgap.Once && t.Occurrences() > 1 {
		o.Times = t.Occurrences()
		for k := max(t.DoneTimes, 0); k < t.Occurrences(); k++ {
			if d := t.OccurrenceDue(k); d.Before(today.Time) {
				if o.Missed == 0 {
					o.Due = d
				}
				o.Missed++
			}
		}
		if o.Missed == 0 {
			return o, false
		}
	} else if t.Due.IsZero() || !t.Due.Before(today.Time) {
		return o, false
	}
	o.DaysLate = int(today.Sub(o.Due.Time).Hours() / 24)
	return o, true
}

// warnings says where the re-scheduled plan q breaks what plan p promised: a
// goal that now ends after the target date, a short-term goal beyond two years.
func warnings(p, q skillgap.Plan) []string {
	out := []string{}
	target := p.TargetBy
	if target.IsZero() {
		target = skillgap.Date{Time: p.Start.AddDate(ShortTermYears, 0, 0)}
	}
	short := p.Start.AddDate(ShortTermYears, 0, 0)
	for i, g := range q.Goals {
		was := p.Goals[i].Deadline
		switch {
		case g.Horizon == skillgap.LongTerm || !g.Deadline.After(was.Time):
		case g.Deadline.After(target.Time):
			out = append(out, fmt.Sprintf("%s now ends %s, after your target date %s: raise hours_per_week, drop a goal, or move target_by in your inventory and re-plan.",
				g.Title, g.Deadline, target))
		case g.Horizon == skillgap.ShortTerm && g.Deadline.After(short):
			out = append(out, fmt.Sprintf("%s now ends %s, more than %d years after the plan's start: it is no longer a short-term goal.",
				g.Title, g.Deadline, ShortTermYears))
		}
	}
	return out
}

// pace sums the hours planned by today (a one-off task pro rata over its span,
// a recurring one by the occurrences whose week has begun) and the hours done
// (logged hours where the user logged them, else the planned hours done).
func pace(p skillgap.Plan, today skillgap.Date) skillgap.Pace {
	var pc skillgap.Pace
	for _, g := range p.Goals {
		for _, t := range g.Tasks {
			if t.Status == skillgap.Dropped {
				continue
			}
			if t.ActualHours > 0 {
				pc.Done += t.ActualHours
			} else {
				pc.Done += t.DoneHours()
			}
			pc.PlannedByNow += plannedBy(t, today)
		}
	}
	pc.Ratio = 1
	if pc.PlannedByNow > eps {
		pc.Ratio = pc.Done / pc.PlannedByNow
	}
	switch {
	case pc.Ratio >= 1.1:
		pc.Verdict = "ahead"
	case pc.Ratio >= 0.9:
		pc.Verdict = "on pace"
	default:
		pc.Verdict = "behind"
	}
	return pc
}

// plannedBy is the hours of t the schedule had planned by today.
func plannedBy(t skillgap.Task, today skillgap.Date) float64 {
	share := func(from, to skillgap.Date) float64 {
		span := to.AddDays(1).Sub(from.Time).Hours()
		if span <= 0 {
			return 0
		}
		return max(0, min(1, today.Sub(from.Time).Hours()/span))
	}
	if t.Start.IsZero() || t.Due.IsZero() {
		return 0
	}
	if t.Every == skillgap.Once || t.Occurrences() <= 1 {
		return t.Hours * share(t.Start, t.Due)
	}
	var h float64
	for k := range t.Occurrences() {
		d := t.OccurrenceDue(k)
		h += t.Each() * share(d.AddDays(-6), d)
	}
	return h
}

// marketChanges compares the plan's snapshot with current demand.
func marketChanges(snap skillgap.MarketSnapshot, current []skillgap.Demand, total int, tax *skillgap.Taxonomy) ([]skillgap.MarketChange, string) {
	out := []skillgap.MarketChange{}
	note := ""
	switch {
	case total == 0:
		return out, "no matching postings now; nothing to compare with the plan's market"
	case len(snap.Skills) == 0:
		note = "the plan recorded no market figures; every skill counts as new"
	case total < MinPostings || snap.Postings < MinPostings:
		note = fmt.Sprintf("%s now and %d when the plan was made (fewer than %d on a side): market changes are rough and suggest nothing", skillgap.Plural(total, "matching posting"), snap.Postings, MinPostings)
	}
	before := map[string]float64{}
	for _, s := range snap.Skills {
		before[s.SkillID] = s.Share
	}
	seen := map[string]bool{}
	for _, d := range current {
		if seen[d.SkillID] {
			continue
		}
		seen[d.SkillID] = true
		if d.Total == 0 {
			d.Total = total
		}
		b, known := before[d.SkillID]
		c := skillgap.MarketChange{SkillID: d.SkillID, Name: tax.Name(d.SkillID), Before: b, After: d.Share(), New: !known, Postings: d.Postings, Total: d.Total}
		c.Points = math.Round((c.After-c.Before)*1000) / 10
		c.Significant = snap.Postings > 0 && CompareWindows(d.SkillID, int(math.Round(b*float64(snap.Postings))), snap.Postings, d.Postings, d.Total, 0).Significant
		if (known && math.Abs(c.Points) >= MoveThreshold) || (!known && c.After >= StrengthShare) {
			out = append(out, c)
		}
	}
	for _, s := range snap.Skills {
		if !seen[s.SkillID] && s.Share*100 >= MoveThreshold {
			out = append(out, skillgap.MarketChange{SkillID: s.SkillID, Name: tax.Name(s.SkillID), Before: s.Share, Points: -math.Round(s.Share*1000) / 10, Total: total,
				Significant: snap.Postings > 0 && CompareWindows(s.SkillID, int(math.Round(s.Share*float64(snap.Postings))), snap.Postings, 0, total, 0).Significant})
		}
	}
	slices.SortStableFunc(out, func(a, b skillgap.MarketChange) int {
		return cmp.Or(cmp.Compare(math.Abs(b.Points), math.Abs(a.Points)), cmp.Compare(a.SkillID, b.SkillID))
	})
	return out, note
}

// suggest proposes plan changes from the market moves and the pace. Market
// suggestions need a significant move and MinPostings postings on each side.
func suggest(p skillgap.Plan, res skillgap.Review, tax *skillgap.Taxonomy) []skillgap.Suggestion {
	out := []skillgap.Suggestion{}
	goalFor := map[string]*skillgap.Goal{}
	for i := range p.Goals {
		if id := p.Goals[i].SkillID; id != "" {
			goalFor[id] = &p.Goals[i]
		}
	}
	name := func(id string) string { return cmp.Or(tax.Name(id), id) }
	solid := res.Postings >= MinPostings && p.Market.Postings >= MinPostings
	adds := 0
	for _, c := range res.Market {
		if !c.Significant || !solid {
			continue
		}
		g, has := goalFor[c.SkillID]
		switch {
		case c.Points >= MoveThreshold && !has && adds < maxAddSuggestions:
			adds++
			out = append(out, skillgap.Suggestion{Action: "add", SkillID: c.SkillID,
				Text: fmt.Sprintf("add a goal for %s if you are not already there: asked in %s of %s now, %s", name(c.SkillID), pct(c.After), skillgap.Plural(c.Total, "posting"), moved(c))})
		case c.Points <= -MoveThreshold && has && g.Progress() < 1:
			out = append(out, skillgap.Suggestion{Action: "drop", SkillID: c.SkillID, GoalID: g.ID,
				Text: fmt.Sprintf("consider dropping or deferring the goal %q: %s is asked in %s of %s now, %s", g.Title, name(c.SkillID), pct(c.After), skillgap.Plural(c.Total, "posting"), moved(c))})
		}
	}
	if res.Pace.Verdict == "behind" {
		var last *skillgap.Goal
		for i, g := range p.Goals {
			if g.Kind == skillgap.GoalSkill && g.Progress() < 1 {
				last = &p.Goals[i]
			}
		}
		text := fmt.Sprintf("you are behind: %.0f h done of %.0f h planned by now (%s); re-plan with `review --apply`, raise hours_per_week, or drop your least valuable goal", res.Pace.Done, res.Pace.PlannedByNow, pct(res.Pace.Ratio))
		s := skillgap.Suggestion{Action: "pace"}
		if last != nil {
			text += fmt.Sprintf(" (%q)", last.Title)
			s.GoalID = last.ID
		}
		s.Text = text
		out = append(out, s)
	}
	return out
}

// moved says how a share changed: "up from 22% (+11 points)".
func moved(c skillgap.MarketChange) string {
	if c.New {
		return "not among the plan's figures when it was made"
	}
	dir := "up"
	if c.Points < 0 {
		dir = "down"
	}
	return fmt.Sprintf("%s from %s (%+.0f points)", dir, pct(c.Before), c.Points)
}

// DropKnown removes the "add" suggestions for skills inv already holds at the
// level postings expect (demand's Expected, else the taxonomy's).
func DropKnown(in []skillgap.Suggestion, inv skillgap.Inventory, demand []skillgap.Demand, tax *skillgap.Taxonomy) []skillgap.Suggestion {
	want := map[string]int{}
	for _, d := range demand {
		want[d.SkillID] = d.Expected
	}
	out := []skillgap.Suggestion{}
	for _, s := range in {
		if s.Action == "add" {
			need := want[s.SkillID]
			if sk, ok := tax.Skill(s.SkillID); ok && need == 0 {
				need = sk.ExpectedLevel()
			}
			if have, ok := inv.Level(s.SkillID); ok && have >= need {
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// KeepEdits carries the edits of old (the plan file the user edited) into
// the freshly made plan p (see MergeEdits) and, when some work is recorded,
// re-schedules what is left from now (or the plan's start, when later). It
// returns the plan and how many tasks carried edits.
func KeepEdits(old, p skillgap.Plan, now time.Time) (skillgap.Plan, int) {
	merged := MergeEdits(old, p)
	n := 0
	for _, g := range merged.Goals {
		for _, t := range g.Tasks {
			if t.Status != skillgap.Todo || t.ActualHours > 0 || t.DoneTimes > 0 || t.Notes != "" {
				n++
			}
		}
	}
	if n > 0 {
		from := skillgap.DateOf(now)
		if merged.Start.After(from.Time) {
			from = merged.Start
		}
		merged = Reschedule(merged, from)
	}
	return merged, n
}

// MergeEdits carries the user's edits from old into a freshly made plan: task
// status, actual hours, occurrences done and notes (matched by task id) and
// goal notes (by goal id). The plan keeps the day it was first made (Created)
// and, for the same target role, the market it was first made on, the baseline
// review compares against; Replanned records the new plan's day. Goals of old
// that new no longer has are kept at the end when the user recorded anything
// on them, so that finished work is not lost.
func MergeEdits(old, new skillgap.Plan) skillgap.Plan {
	out := clonePlan(new)
	if !old.Created.IsZero() {
		out.Created, out.Replanned = old.Created, new.Created
		if old.TargetRole == new.TargetRole && old.Market.Postings > 0 {
			out.Market = old.Market
			out.Market.Skills = slices.Clone(old.Market.Skills)
		}
	}
	tasks := map[string]skillgap.Task{}
	goals := map[string]skillgap.Goal{}
	for _, g := range old.Goals {
		goals[g.ID] = g
		for _, t := range g.Tasks {
			tasks[t.ID] = t
		}
	}
	inNew := map[string]bool{}
	for i := range out.Goals {
		g := &out.Goals[i]
		inNew[g.ID] = true
		if og, ok := goals[g.ID]; ok && og.Notes != "" {
			g.Notes = og.Notes
		}
		for j := range g.Tasks {
			t := &g.Tasks[j]
			if ot, ok := tasks[t.ID]; ok {
				t.Status, t.ActualHours, t.Notes = cmp.Or(ot.Status, skillgap.Todo), ot.ActualHours, ot.Notes
				t.DoneTimes = min(ot.DoneTimes, t.Occurrences())
			}
		}
	}
	for _, g := range old.Goals {
		if !inNew[g.ID] && edited(g) {
			out.Goals = append(out.Goals, g)
		}
	}
	return out
}

// edited reports whether the user recorded anything on g.
func edited(g skillgap.Goal) bool {
	if g.Notes != "" {
		return true
	}
	for _, t := range g.Tasks {
		if (t.Status != "" && t.Status != skillgap.Todo) || t.ActualHours > 0 || t.DoneTimes > 0 || t.Notes != "" {
			return true
		}
	}
	return false
}
