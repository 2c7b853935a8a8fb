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

// ReviewResult is where a plan stands: progress, overdue work, pace, what is left
// re-scheduled, and what moved in the market since the plan was made.
type ReviewResult struct {
	Now     skillgap.Date `json:"now"`
	Goals   []GoalReview  `json:"goals"`
	Overdue []OverdueTask `json:"overdue"`
	Pace    Pace          `json:"pace"`
	// Plan is the plan with what is left re-scheduled from Now (see Reschedule).
	Plan skillgap.Plan `json:"plan"`
	// Postings is the matching postings now; MarketNote says when that is too few
	// or when there was nothing to compare.
	Postings    int            `json:"postings"`
	MarketNote  string         `json:"market_note,omitempty"`
	Market      []MarketChange `json:"market"`
	Suggestions []Suggestion   `json:"suggestions"`
}

// GoalReview is one goal's progress.
type GoalReview struct {
	ID           string            `json:"id"`
	Title        string            `json:"title"`
	Kind         skillgap.GoalKind `json:"kind"`
	DoneHours    float64           `json:"done_hours"`    // planned hours of done tasks
	PlannedHours float64           `json:"planned_hours"` // planned hours of tasks not dropped
	ActualHours  float64           `json:"actual_hours"`  // hours the user recorded
	Progress     float64           `json:"progress"`      // DoneHours / PlannedHours, 0–1
	OpenTasks    int               `json:"open_tasks"`
	Overdue      int               `json:"overdue"`
	Deadline     skillgap.Date     `json:"deadline"`
	NewDeadline  skillgap.Date     `json:"new_deadline"` // after re-scheduling what is left
}

// OverdueTask is an open task whose due date has passed.
type OverdueTask struct {
	GoalID   string          `json:"goal"`
	TaskID   string          `json:"task"`
	Title    string          `json:"title"`
	Status   skillgap.Status `json:"status"`
	Due      skillgap.Date   `json:"due"`
	DaysLate int             `json:"days_late"`
}

// Pace compares the hours done with the hours the schedule had planned by now.
type Pace struct {
	PlannedByNow float64 `json:"planned_by_now"` // hours; a task counts pro rata over its span
	Done         float64 `json:"done"`           // planned hours of done tasks plus hours spent on tasks in progress
	Ratio        float64 `json:"ratio"`          // Done / PlannedByNow; 1 when nothing was due yet
	Verdict      string  `json:"verdict"`        // "ahead", "on pace" or "behind"
}

// MarketChange is a skill whose share of postings moved since the plan was made.
type MarketChange struct {
	SkillID string  `json:"id"`
	Before  float64 `json:"before"` // share when the plan was made, 0–1
	After   float64 `json:"after"`  // share now, 0–1
	Points  float64 `json:"points"` // After − Before in percentage points
	// New is true when the plan's snapshot did not record the skill (it was not a
	// gap and under StrengthShare); Before is then 0.
	New      bool `json:"new,omitempty"`
	Postings int  `json:"postings"` // postings asking for it now
	Total    int  `json:"total"`    // matching postings now
	// Significant says whether a two-proportion test at the 5% level (see
	// CompareWindows) backs the move; only significant moves lead to suggestions.
	// The two windows may overlap, so treat it as a guide, not a proof.
	Significant bool `json:"significant"`
}

// Suggestion is a proposed change to the plan.
type Suggestion struct {
	Action  string `json:"action"` // add, drop or pace
	SkillID string `json:"skill,omitempty"`
	GoalID  string `json:"goal,omitempty"`
	Text    string `json:"text"`
}

// Review reads plan p at now against the current market (demand over total
// matching postings): progress per goal, overdue tasks, pace, what is left
// re-scheduled from now at the same weekly hours, skills whose share moved by
// MoveThreshold points or more since p.Market, and suggestions: add a goal for a
// rising skill the plan lacks (at most five), drop or defer a goal whose skill is
// falling (significant moves only), and what to do when behind. It is pure.
func Review(p skillgap.Plan, now time.Time, current []skillgap.Demand, total int) ReviewResult {
	today := skillgap.DateOf(now)
	res := ReviewResult{Now: today, Postings: total, Overdue: []OverdueTask{}, Market: []MarketChange{}, Suggestions: []Suggestion{}}
	res.Plan = Reschedule(p, today)
	for i, g := range p.Goals {
		gr := GoalReview{ID: g.ID, Title: g.Title, Kind: g.Kind, Deadline: g.Deadline, NewDeadline: res.Plan.Goals[i].Deadline}
		for _, t := range g.Tasks {
			gr.ActualHours += t.ActualHours
			if t.Status == skillgap.Dropped {
				continue
			}
			gr.PlannedHours += t.Hours
			if t.Status == skillgap.Done {
				gr.DoneHours += t.Hours
				continue
			}
			gr.OpenTasks++
			if !t.Due.IsZero() && t.Due.Before(today.Time) {
				gr.Overdue++
				res.Overdue = append(res.Overdue, OverdueTask{GoalID: g.ID, TaskID: t.ID, Title: t.Title, Status: t.Status, Due: t.Due,
					DaysLate: int(today.Sub(t.Due.Time).Hours() / 24)})
			}
		}
		gr.Progress = g.Progress()
		res.Goals = append(res.Goals, gr)
	}
	slices.SortStableFunc(res.Overdue, func(a, b OverdueTask) int { return b.DaysLate - a.DaysLate })
	res.Pace = pace(p, today)
	res.Market, res.MarketNote = marketChanges(p.Market, current, total)
	res.Suggestions = suggest(p, res)
	return res
}

// pace sums hours planned by today (pro rata over each task's span) and done.
func pace(p skillgap.Plan, today skillgap.Date) Pace {
	var pc Pace
	for _, g := range p.Goals {
		for _, t := range g.Tasks {
			switch t.Status {
			case skillgap.Dropped:
				continue
			case skillgap.Done:
				pc.Done += t.Hours
			case skillgap.Doing:
				pc.Done += min(t.ActualHours, t.Hours)
			}
			if t.Start.IsZero() || t.Due.IsZero() {
				continue
			}
			span := t.Due.AddDays(1).Sub(t.Start.Time).Hours()
			elapsed := today.Sub(t.Start.Time).Hours()
			if span > 0 {
				pc.PlannedByNow += t.Hours * max(0, min(1, elapsed/span))
			}
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

// marketChanges compares the plan's snapshot with current demand.
func marketChanges(snap skillgap.MarketSnapshot, current []skillgap.Demand, total int) ([]MarketChange, string) {
	out := []MarketChange{}
	note := ""
	switch {
	case total == 0:
		return out, "no matching postings now; nothing to compare with the plan's market"
	case len(snap.Skills) == 0:
		note = "the plan recorded no market figures; every skill counts as new"
	case total < MinPostings:
		note = fmt.Sprintf("only %d matching postings now (fewer than %d): market changes are rough", total, MinPostings)
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
		c := MarketChange{SkillID: d.SkillID, Before: b, After: d.Share(), New: !known, Postings: d.Postings, Total: d.Total}
		c.Points = math.Round((c.After-c.Before)*1000) / 10
		c.Significant = snap.Postings > 0 && CompareWindows(d.SkillID, int(math.Round(b*float64(snap.Postings))), snap.Postings, d.Postings, d.Total, 0).Significant
		if (known && math.Abs(c.Points) >= MoveThreshold) || (!known && c.After >= StrengthShare) {
			out = append(out, c)
		}
	}
	for _, s := range snap.Skills {
		if !seen[s.SkillID] && s.Share*100 >= MoveThreshold {
			out = append(out, MarketChange{SkillID: s.SkillID, Before: s.Share, Points: -math.Round(s.Share*1000) / 10, Total: total,
				Significant: snap.Postings > 0 && CompareWindows(s.SkillID, int(math.Round(s.Share*float64(snap.Postings))), snap.Postings, 0, total, 0).Significant})
		}
	}
	slices.SortStableFunc(out, func(a, b MarketChange) int {
		return cmp.Or(cmp.Compare(math.Abs(b.Points), math.Abs(a.Points)), cmp.Compare(a.SkillID, b.SkillID))
	})
	return out, note
}

// suggest proposes plan changes from the market moves and the pace.
func suggest(p skillgap.Plan, res ReviewResult) []Suggestion {
	out := []Suggestion{}
	goalFor := map[string]*skillgap.Goal{}
	for i := range p.Goals {
		if id := p.Goals[i].SkillID; id != "" {
			goalFor[id] = &p.Goals[i]
		}
	}
	adds := 0
	for _, c := range res.Market {
		if !c.Significant {
			continue
		}
		g, has := goalFor[c.SkillID]
		switch {
		case c.Points >= MoveThreshold && !has && adds < maxAddSuggestions:
			adds++
			out = append(out, Suggestion{Action: "add", SkillID: c.SkillID,
				Text: fmt.Sprintf("add a goal for %s if you are not already there: asked in %s of %d postings now, %s", c.SkillID, pct(c.After), c.Total, moved(c))})
		case c.Points <= -MoveThreshold && has && g.Progress() < 1:
			out = append(out, Suggestion{Action: "drop", SkillID: c.SkillID, GoalID: g.ID,
				Text: fmt.Sprintf("consider dropping or deferring goal %s: %s is asked in %s of %d postings now, %s", g.ID, c.SkillID, pct(c.After), c.Total, moved(c))})
		}
	}
	if res.Pace.Verdict == "behind" {
		last := ""
		for _, g := range p.Goals {
			if g.Kind == skillgap.GoalSkill && g.Progress() < 1 {
				last = g.ID
			}
		}
		text := fmt.Sprintf("you are behind: %.0f h done of %.0f h planned by now (%s); re-plan with `review --apply`, raise hours_per_week, or drop the lowest-priority goal", res.Pace.Done, res.Pace.PlannedByNow, pct(res.Pace.Ratio))
		if last != "" {
			text += " (" + last + ")"
		}
		out = append(out, Suggestion{Action: "pace", GoalID: last, Text: text})
	}
	return out
}

// moved says how a share changed: "up from 22% (+11 points)".
func moved(c MarketChange) string {
	if c.New {
		return "not among the plan's figures when it was made"
	}
	dir := "up"
	if c.Points < 0 {
		dir = "down"
	}
	return fmt.Sprintf("%s from %s (%+.0f points)", dir, pct(c.Before), c.Points)
}

// MergeEdits carries the user's edits from old into a freshly made plan: task
// status, actual hours and notes (matched by task id) and goal notes (by goal id).
// Goals of old that new no longer has are kept at the end when the user recorded
// anything on them, so that finished work is not lost.
func MergeEdits(old, new skillgap.Plan) skillgap.Plan {
	out := clonePlan(new)
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
		if (t.Status != "" && t.Status != skillgap.Todo) || t.ActualHours > 0 || t.Notes != "" {
			return true
		}
	}
	return false
}
