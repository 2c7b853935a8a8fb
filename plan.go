package skillgap

import "time"

// Horizon says when a goal ends: short term (within 2 years), long term (5–10
// years), or medium term (beyond 2 years and before 5), which only a target
// date the user set beyond two years gives.
type Horizon string

// Horizon values.
const (
	ShortTerm Horizon = "short"
	MidTerm   Horizon = "medium"
	LongTerm  Horizon = "long"
)

// GoalKind says what a goal develops.
type GoalKind string

// GoalKind values.
const (
	GoalSkill         GoalKind = "skill"
	GoalCertification GoalKind = "certification"
	GoalNetwork       GoalKind = "network"
	GoalMentorship    GoalKind = "mentorship"
	GoalCareer        GoalKind = "career"
)

// Status is the state of a task, set by the user in plan.yaml.
type Status string

// Status values.
const (
	Todo    Status = "todo"
	Doing   Status = "doing"
	Done    Status = "done"
	Dropped Status = "dropped"
)

// PlanVersion is the plan format this package describes: version 2 added
// recurring tasks, the scope, the target date and the calendar; version 1 plans
// read as version 2 plans without them.
const PlanVersion = 2

// Plan is a development plan of SMART goals. It is written to plan.yaml for the
// user to edit (task status, notes, actual hours) and read back by review.
type Plan struct {
	Version      int       `json:"version" yaml:"version"`
	Created      time.Time `json:"created" yaml:"created"`
	Owner        string    `json:"owner,omitempty" yaml:"owner,omitempty"`
	CurrentRole  string    `json:"current_role,omitempty" yaml:"current_role,omitempty"`
	TargetRole   string    `json:"target_role" yaml:"target_role"`
	LongTermRole string    `json:"long_term_role,omitempty" yaml:"long_term_role,omitempty"`
	HoursPerWeek float64   `json:"hours_per_week" yaml:"hours_per_week"`
	Start        Date      `json:"start" yaml:"start"`
	// TargetBy is when the user wants the target role. Zero (plans of version 1)
	// means two years after Start.
	TargetBy Date `json:"target_by,omitzero" yaml:"target_by,omitempty"`
	// Replanned is when the plan was last re-made from the inventory; Created
	// stays the first day, the baseline review compares the market against.
	Replanned time.Time `json:"replanned,omitzero" yaml:"replanned,omitempty"`
	// Scope says whether the goals fit the hours before the target date and, when
	// they do not, what the plan chose. Nil in plans of version 1.
	Scope *Scope `json:"scope,omitempty" yaml:"scope,omitempty"`
	// Advice holds what the plan offers but does not schedule (a degree, a later
	// date), one sentence each.
	Advice []string `json:"advice,omitempty" yaml:"advice,omitempty"`
	// Market records the demand the plan was made from, so review can say what moved.
	Market MarketSnapshot `json:"market" yaml:"market"`
	Goals  []Goal         `json:"goals" yaml:"goals"`
	// Slot is when in the week the calendar books the work. Zero means the default.
	Slot Slot `json:"calendar_slot,omitzero" yaml:"calendar_slot,omitempty"`
	// Calendar is the week-by-week booking the scheduler chose: the hours of each
	// task in each week. It is regenerated whenever the plan is re-scheduled.
	Calendar []Block `json:"calendar,omitempty" yaml:"calendar,omitempty"`
}

// Fit names how a plan whose goals need more hours than there are before the
// target date was made to fit.
type Fit string

// Fit values.
const (
	FitFewer Fit = "fewer" // keep the date and the most valuable goals
	FitLower Fit = "lower" // keep the date and the goals, aim at lower levels
	FitLater Fit = "later" // keep the goals and move the target date
)

// Scope compares the hours a plan's goals need with the hours available.
type Scope struct {
	// NeedHours is what the goals wished for need before the target date: skill
	// and certification goals, networking, mentorship and the move itself.
	NeedHours float64 `json:"need_hours" yaml:"need_hours"`
	// HaveHours is HoursPerWeek times the weeks from the start to the target date.
	HaveHours float64 `json:"have_hours" yaml:"have_hours"`
	Weeks     int     `json:"weeks" yaml:"weeks"`
	// Fit is empty when everything fits, else what the plan chose.
	Fit Fit `json:"fit,omitempty" yaml:"fit,omitempty"`
	// Left lists the goals left out or cut back, with their hours.
	Left []string `json:"left,omitempty" yaml:"left,omitempty"`
	// Text says it for people, with the numbers and the other choices.
	Text string `json:"text" yaml:"text"`
}

// Block is the hours one task takes in one week of the calendar.
type Block struct {
	Week  Date    `json:"week" yaml:"week"` // first day of the week
	Hours float64 `json:"hours" yaml:"hours"`
	Task  string  `json:"task" yaml:"task"` // task id
}

// MarketSnapshot is the market evidence a plan was built on.
type MarketSnapshot struct {
	Postings int          `json:"postings" yaml:"postings"`
	Since    Date         `json:"since,omitzero" yaml:"since,omitempty"`
	Until    Date         `json:"until,omitzero" yaml:"until,omitempty"`
	Role     string       `json:"role,omitempty" yaml:"role,omitempty"`
	Skills   []SkillShare `json:"skills,omitempty" yaml:"skills,omitempty"`
}

// SkillShare is one skill's share of postings in a MarketSnapshot.
type SkillShare struct {
	SkillID string  `json:"id" yaml:"id"`
	Share   float64 `json:"share" yaml:"share"` // 0–1
}

// Goal is one SMART goal; each SMART part is its own field.
type Goal struct {
	ID      string   `json:"id" yaml:"id"` // stable across re-plans, e.g. "skill-sql"
	Title   string   `json:"title" yaml:"title"`
	Kind    GoalKind `json:"kind" yaml:"kind"`
	Horizon Horizon  `json:"horizon" yaml:"horizon"`
	SkillID string   `json:"skill,omitempty" yaml:"skill,omitempty"`
	// Specific is the action on a named skill or role.
	Specific string `json:"specific" yaml:"specific"`
	// Measurable is the measure of done: the evidence that shows it.
	Measurable string `json:"measurable" yaml:"measurable"`
	// Achievable is the effort estimate in hours and how it fits the weekly hours.
	Hours      float64 `json:"hours" yaml:"hours"`
	Achievable string  `json:"achievable" yaml:"achievable"`
	// Relevant is the market evidence and the motivation the goal serves.
	Relevant string `json:"relevant" yaml:"relevant"`
	// Start and Deadline make the goal time-bound; Deadline is after Start.
	Start    Date `json:"start" yaml:"start"`
	Deadline Date `json:"deadline" yaml:"deadline"`
	From     int  `json:"from_level,omitempty" yaml:"from_level,omitempty"`
	To       int  `json:"to_level,omitempty" yaml:"to_level,omitempty"`
	// Why says why the goal is where it is in the plan: value per hour,
	// prerequisites, dates.
	Why string `json:"why,omitempty" yaml:"why,omitempty"`
	// After lists the ids of goals this one starts after (its prerequisites), so
	// that re-scheduling keeps the order.
	After []string `json:"after,omitempty" yaml:"after,omitempty,flow"`
	Tasks []Task   `json:"tasks" yaml:"tasks"`
	Notes string   `json:"notes,omitempty" yaml:"notes,omitempty"`
}

// Task is one scheduled step of a goal. A recurring task (Every set) happens
// Times times, one period apart from Start; Hours is all of them together.
type Task struct {
	ID    string  `json:"id" yaml:"id"` // stable within the plan, e.g. "skill-sql-1"
	Title string  `json:"title" yaml:"title"`
	Hours float64 `json:"hours" yaml:"hours"` // every occurrence together
	Every Cadence `json:"every,omitempty" yaml:"every,omitempty"`
	Times int     `json:"times,omitempty" yaml:"times,omitempty"` // occurrences; zero means 1
	Start Date    `json:"start" yaml:"start"`
	Due   Date    `json:"due" yaml:"due"`
	// Dates holds the last day of each occurrence of a recurring task, as booked.
	Dates []Date `json:"dates,omitempty" yaml:"dates,omitempty,flow"`
	// Status, ActualHours, DoneTimes and Notes are the user's to edit.
	Status      Status  `json:"status" yaml:"status"`
	ActualHours float64 `json:"actual_hours,omitempty" yaml:"actual_hours,omitempty"`
	// DoneTimes is how many occurrences of a recurring task are done.
	DoneTimes int    `json:"done_times,omitempty" yaml:"done_times,omitempty"`
	Notes     string `json:"notes,omitempty" yaml:"notes,omitempty"`
}

// Occurrences is how many times the task happens, at least 1.
func (t *Task) Occurrences() int { return max(t.Times, 1) }

// Each is the hours of one occurrence.
func (t *Task) Each() float64 { return t.Hours / float64(t.Occurrences()) }

// OccurrenceDue is the last day of occurrence k (0-based): as booked in Dates,
// else a week after its start, one period apart from Start; the last
// occurrence is due on Due.
func (t *Task) OccurrenceDue(k int) Date {
	if k >= 0 && k < len(t.Dates) && !t.Dates[k].IsZero() {
		return t.Dates[k]
	}
	n := t.Occurrences()
	if k >= n-1 || t.Every == Once {
		return t.Due
	}
	d := t.Every.Next(t.Start, k).AddDays(6)
	if d.After(t.Due.Time) {
		return t.Due
	}
	return d
}

// DoneHours is the planned hours of the task that are done: all of them for a
// done task, the done occurrences of a recurring one, none otherwise.
func (t *Task) DoneHours() float64 {
	switch {
	case t.Status == Done:
		return t.Hours
	case t.Status == Dropped:
		return 0
	}
	return t.Each() * float64(min(max(t.DoneTimes, 0), t.Occurrences()))
}

// Progress is the fraction of a goal's planned hours that are done, 0–1 (see
// Task.DoneHours). Dropped tasks leave the denominator.
func (g *Goal) Progress() float64 {
	var done, total float64
	for _, t := range g.Tasks {
		if t.Status == Dropped {
			continue
		}
		total += t.Hours
		done += t.DoneHours()
	}
	if total == 0 {
		return 0
	}
	return done / total
}
