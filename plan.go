package skillgap

import "time"

// Horizon says whether a goal is short term (within 2 years) or long term (5–10 years).
type Horizon string

// Horizon values.
const (
	ShortTerm Horizon = "short"
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
	// Market records the demand the plan was made from, so review can say what moved.
	Market MarketSnapshot `json:"market" yaml:"market"`
	Goals  []Goal         `json:"goals" yaml:"goals"`
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
	Start    Date   `json:"start" yaml:"start"`
	Deadline Date   `json:"deadline" yaml:"deadline"`
	From     int    `json:"from_level,omitempty" yaml:"from_level,omitempty"`
	To       int    `json:"to_level,omitempty" yaml:"to_level,omitempty"`
	Tasks    []Task `json:"tasks" yaml:"tasks"`
	Notes    string `json:"notes,omitempty" yaml:"notes,omitempty"`
}

// Task is one scheduled step of a goal.
type Task struct {
	ID          string  `json:"id" yaml:"id"` // stable within the plan, e.g. "skill-sql-1"
	Title       string  `json:"title" yaml:"title"`
	Hours       float64 `json:"hours" yaml:"hours"`
	Start       Date    `json:"start" yaml:"start"`
	Due         Date    `json:"due" yaml:"due"`
	Status      Status  `json:"status" yaml:"status"`
	ActualHours float64 `json:"actual_hours,omitempty" yaml:"actual_hours,omitempty"`
	Notes       string  `json:"notes,omitempty" yaml:"notes,omitempty"`
}

// Progress is the fraction of a goal's planned hours whose tasks are done, 0–1.
// Dropped tasks leave the denominator.
func (g *Goal) Progress() float64 {
	var done, total float64
	for _, t := range g.Tasks {
		if t.Status == Dropped {
			continue
		}
		total += t.Hours
		if t.Status == Done {
			done += t.Hours
		}
	}
	if total == 0 {
		return 0
	}
	return done / total
}
