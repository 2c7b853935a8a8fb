package skillgap

// Review is where a plan stands: progress, overdue work, pace, what is left
// re-scheduled, and what moved in the market since the plan was made.
type Review struct {
	Now     Date          `json:"now"`
	Goals   []GoalReview  `json:"goals"`
	Overdue []OverdueTask `json:"overdue"`
	Pace    Pace          `json:"pace"`
	// Plan is the plan with what is left re-scheduled from Now (see analyze.Reschedule).
	Plan Plan `json:"plan"`
	// Warnings say what the re-scheduled plan no longer keeps: a goal that now
	// ends after the target date, or a short-term goal beyond two years.
	Warnings []string `json:"warnings"`
	// Postings is the matching postings now; MarketNote says when that is too few
	// or when there was nothing to compare.
	Postings    int            `json:"postings"`
	MarketNote  string         `json:"market_note,omitempty"`
	Market      []MarketChange `json:"market"`
	Suggestions []Suggestion   `json:"suggestions"`
}

// GoalReview is one goal's progress.
type GoalReview struct {
	ID           string   `json:"id"`
	Title        string   `json:"title"`
	Kind         GoalKind `json:"kind"`
	DoneHours    float64  `json:"done_hours"`    // planned hours done (see Task.DoneHours)
	PlannedHours float64  `json:"planned_hours"` // planned hours of tasks not dropped
	ActualHours  float64  `json:"actual_hours"`  // hours the user logged, as logged
	Progress     float64  `json:"progress"`      // DoneHours / PlannedHours, 0–1
	OpenTasks    int      `json:"open_tasks"`
	Overdue      int      `json:"overdue"` // open tasks with a due date, or an occurrence, passed
	Deadline     Date     `json:"deadline"`
	NewDeadline  Date     `json:"new_deadline"` // after re-scheduling what is left; never earlier for overdue work
}

// OverdueTask is an open task whose due date, or one of whose occurrences, has passed.
type OverdueTask struct {
	GoalID   string `json:"goal"`
	TaskID   string `json:"task"`
	Title    string `json:"title"`
	Status   Status `json:"status"`
	Due      Date   `json:"due"` // of the task, or of its first missed occurrence
	DaysLate int    `json:"days_late"`
	// Missed is, for a recurring task, how many occurrences are past their
	// week and not done; zero for a one-off task.
	Missed int `json:"missed,omitempty"`
	Times  int `json:"times,omitempty"` // occurrences in all, for a recurring task
}

// Pace compares the hours done with the hours the schedule had planned by now.
type Pace struct {
	PlannedByNow float64 `json:"planned_by_now"` // hours; a task counts pro rata over its span, a recurring one by occurrence
	Done         float64 `json:"done"`           // hours logged, or for tasks without a log the planned hours done
	Ratio        float64 `json:"ratio"`          // Done / PlannedByNow; 1 when nothing was due yet
	Verdict      string  `json:"verdict"`        // "ahead", "on pace" or "behind"
}

// MarketChange is a skill whose share of postings moved since the plan was made.
type MarketChange struct {
	SkillID string  `json:"id"`
	Name    string  `json:"name,omitempty"`
	Before  float64 `json:"before"` // share when the plan was made, 0–1
	After   float64 `json:"after"`  // share now, 0–1
	Points  float64 `json:"points"` // After − Before in percentage points
	// New is true when the plan's snapshot did not record the skill (it was not a
	// gap and under StrengthShare); Before is then 0.
	New      bool `json:"new,omitempty"`
	Postings int  `json:"postings"` // postings asking for it now
	Total    int  `json:"total"`    // matching postings now
	// Significant says whether a two-proportion test at the 5% level (see
	// analyze.CompareWindows) backs the move; only significant moves lead to suggestions.
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
