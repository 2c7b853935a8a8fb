package configs

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/skillgap/skillgap"
)

// PlanVersion is the plan.yaml format version WritePlan writes. LoadPlan reads
// it and every earlier version (1: no recurring tasks, scope or calendar).
const PlanVersion = skillgap.PlanVersion

// planHeader opens every plan.yaml: what the user may edit and what is kept.
const planHeader = `# skillgap development plan. Yours to edit:
#   - a task's status: todo, doing, done or dropped
#   - a task's actual_hours (hours you really spent) and notes
#   - a recurring task's done_times (occurrences done, of times)
#   - a goal's notes
# skillgap plan and skillgap review --apply keep those edits when they rewrite this
# file (matched by task id), and the day the plan was first made (created).
# Other fields are regenerated; change the inventory instead. The calendar at
# the end is the week-by-week booking plan.ics is made from.
# Check progress with: skillgap review --plan THIS_FILE
`

// WritePlan writes p as plan.yaml: a header comment saying what may be edited,
// then the plan.
func WritePlan(w io.Writer, p skillgap.Plan) error {
	if p.Version == 0 {
		p.Version = PlanVersion
	}
	b, err := yaml.MarshalWithOptions(p, yaml.UseLiteralStyleIfMultiline(true), yaml.IndentSequence(true))
	if err != nil {
		return fmt.Errorf("encode plan: %w", err)
	}
	if _, err := io.WriteString(w, planHeader); err != nil {
		return fmt.Errorf("write plan: %w", err)
	}
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("write plan: %w", err)
	}
	return nil
}

// LoadPlan reads a plan.yaml from r; name is the file name used in errors. It
// checks what users edit (task status, hours) and what review relies on (unique
// ids, dates), and reports every problem with its file, line and field. An empty
// task status reads as todo.
func LoadPlan(r io.Reader, name string) (skillgap.Plan, error) {
	var p skillgap.Plan
	d, err := decode(r, name, &p)
	if err != nil {
		return skillgap.Plan{}, err
	}
	if len(d.errs) > 0 {
		// What the schema found comes first: a goals list of the wrong shape is
		// a plan with a mistake, not something else.
	} else if p.Version == 0 && len(p.Goals) == 0 {
		return skillgap.Plan{}, &Error{File: name, Msg: "not a skillgap plan (no version, no goals); write one with `skillgap plan`"}
	}
	if p.Version < 1 || p.Version > PlanVersion {
		d.addf("$.version", "plan version %d is not supported; want 1 to %d", p.Version, PlanVersion)
	}
	if !p.TargetBy.IsZero() && !p.Start.IsZero() && !p.TargetBy.After(p.Start.Time) {
		d.addf("$.target_by", "%s is not after start %s", p.TargetBy, p.Start)
	}
	if p.HoursPerWeek <= 0 || p.HoursPerWeek > MaxHoursPerWeek {
		d.addf("$.hours_per_week", "%g is out of range; want more than 0 and at most %d", p.HoursPerWeek, MaxHoursPerWeek)
	}
	if p.Start.IsZero() {
		d.addf("$.start", "is required")
	}
	goals, tasks := map[string]int{}, map[string]string{}
	for i := range p.Goals {
		d.checkGoal(&p.Goals[i], fmt.Sprintf("$.goals[%d]", i), goals, tasks, i)
	}
	if err := d.err(); err != nil {
		return skillgap.Plan{}, err
	}
	return p, nil
}

// checkGoal validates one goal and its tasks; goals and tasks collect the ids seen.
func (d *doc) checkGoal(g *skillgap.Goal, p string, goals map[string]int, tasks map[string]string, i int) {
	if g.ID == "" {
		d.addf(p+".id", "is required")
	} else if j, dup := goals[g.ID]; dup {
		d.addf(p+".id", "goal id %q is already used by goals[%d]", g.ID, j)
	} else {
		goals[g.ID] = i
	}
	g.Kind = skillgap.GoalKind(enumValue(string(g.Kind)))
	g.Horizon = skillgap.Horizon(enumValue(string(g.Horizon)))
	kinds := []string{string(skillgap.GoalSkill), string(skillgap.GoalCertification), string(skillgap.GoalNetwork), string(skillgap.GoalMentorship), string(skillgap.GoalCareer)}
	if !slices.Contains(kinds, string(g.Kind)) {
		d.addf(p+".kind", "%s", oneOf("goal kind", string(g.Kind), kinds))
	}
	horizons := []string{string(skillgap.ShortTerm), string(skillgap.MidTerm), string(skillgap.LongTerm)}
	if !slices.Contains(horizons, string(g.Horizon)) {
		d.addf(p+".horizon", "%s", oneOf("horizon", string(g.Horizon), horizons))
	}
	if !g.Start.IsZero() && !g.Deadline.IsZero() && !g.Deadline.After(g.Start.Time) {
		d.addf(p+".deadline", "%s is not after start %s", g.Deadline, g.Start)
	}
	for j := range g.Tasks {
		t := &g.Tasks[j]
		tp := fmt.Sprintf("%s.tasks[%d]", p, j)
		if t.ID == "" {
			d.addf(tp+".id", "is required")
		} else if other, dup := tasks[t.ID]; dup {
			d.addf(tp+".id", "task id %q is already used at %s", t.ID, other)
		} else {
			tasks[t.ID] = strings.TrimPrefix(tp, "$.")
		}
		t.Status = skillgap.Status(enumValue(string(t.Status)))
		switch t.Status {
		case "":
			t.Status = skillgap.Todo
		case skillgap.Todo, skillgap.Doing, skillgap.Done, skillgap.Dropped:
		default:
			d.addf(tp+".status", "%s", oneOf("status", string(t.Status), []string{"todo", "doing", "done", "dropped"}))
		}
		if t.Hours < 0 {
			d.addf(tp+".hours", "must not be negative")
		}
		if t.ActualHours < 0 {
			d.addf(tp+".actual_hours", "must not be negative")
		}
		d.checkRecurring(t, tp)
		if !t.Start.IsZero() && !t.Due.IsZero() && t.Due.Before(t.Start.Time) {
			d.addf(tp+".due", "%s is before start %s", t.Due, t.Start)
		}
	}
}

// checkRecurring validates a task's cadence and the occurrences the user marked done.
func (d *doc) checkRecurring(t *skillgap.Task, tp string) {
	t.Every = skillgap.Cadence(enumValue(string(t.Every)))
	if t.Every != skillgap.Once && !slices.Contains(skillgap.Cadences(), t.Every) {
		d.addf(tp+".every", "%s", oneOf("cadence", string(t.Every), cadenceNames()))
	}
	if t.Times < 0 {
		d.addf(tp+".times", "must not be negative")
	}
	if t.DoneTimes < 0 || t.DoneTimes > t.Occurrences() {
		d.addf(tp+".done_times", "%d is out of range; want 0 to %d (the task's times)", t.DoneTimes, t.Occurrences())
	}
	if n := len(t.Dates); n > 0 && n != t.Occurrences() {
		d.addf(tp+".dates", "has %d dates for %d occurrences", n, t.Occurrences())
	}
}

// enumValue is an enum as written, in the lowercase the values are defined in:
// their meaning does not hang on case.
func enumValue(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// cadenceNames lists the recurring cadences as text.
func cadenceNames() []string {
	var out []string
	for _, c := range skillgap.Cadences() {
		out = append(out, string(c))
	}
	return out
}
