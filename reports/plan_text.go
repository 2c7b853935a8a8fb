package reports

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"

	"github.com/skillgap/skillgap"
)

// PlanText says for the terminal what plan wrote to path: the totals, how
// many tasks kept the user's edits, the gap report's note, the scope, the
// advice, and each goal with why it is where it is and its tasks.
func PlanText(w io.Writer, path string, p *skillgap.Plan, kept int, note string) error {
	bw := bufio.NewWriter(w)
	w = bw
	var hours float64
	tasks := 0
	end := p.Start
	for _, g := range p.Goals {
		hours += g.Hours
		tasks += len(g.Tasks)
		if g.Deadline.After(end.Time) {
			end = g.Deadline
		}
	}
	fmt.Fprintf(w, "Wrote %s: %s, %s, %s h at up to %s h a week, %s to %s; target date %s.\n",
		path, skillgap.Plural(len(p.Goals), "goal"), skillgap.Plural(tasks, "task"), Hours(hours), Hours(p.HoursPerWeek), p.Start, end, dateOf(p.TargetBy))
	if kept > 0 {
		fmt.Fprintf(w, "Kept your edits on %s and re-scheduled what is left.\n", skillgap.Plural(kept, "task"))
	}
	if note != "" {
		fmt.Fprintln(w, "Note:", note)
	}
	if p.Scope != nil {
		fmt.Fprintln(w, "\nScope:", p.Scope.Text)
	}
	for _, a := range p.Advice {
		fmt.Fprintln(w, "Advice:", a)
	}
	for _, g := range p.Goals {
		fmt.Fprintf(w, "\n%s  [%s term, %s, %s → %s, %s h]\n", g.Title, g.Horizon, g.Kind, g.Start, g.Deadline, Hours(g.Hours))
		if g.Why != "" {
			fmt.Fprintf(w, "  Why here: %s\n", g.Why)
		}
		if g.Notes != "" {
			fmt.Fprintf(w, "  Notes: %s\n", g.Notes)
		}
		for _, t := range g.Tasks {
			fmt.Fprintf(w, "  - %s (%s; %s → %s)%s\n", t.Title, taskEffort(t), t.Start, t.Due, taskStatus(t))
		}
	}
	fmt.Fprintf(w, "\nEdit task status in %s as you go; check progress with: skillgap review --plan %s\n", path, path)
	return bw.Flush()
}

// taskEffort says a task's hours: "6 h", or "1.5 h every month ×12 = 18 h".
func taskEffort(t skillgap.Task) string {
	if t.Every == skillgap.Once || t.Occurrences() <= 1 {
		return Hours(t.Hours) + " h"
	}
	return fmt.Sprintf("%s h every %s ×%d = %s h", Hours(t.Each()), t.Every, t.Occurrences(), Hours(t.Hours))
}

// taskStatus is a task's status when it is not todo: " [done]".
func taskStatus(t skillgap.Task) string {
	switch {
	case t.Status != "" && t.Status != skillgap.Todo:
		return " [" + string(t.Status) + "]"
	case t.DoneTimes > 0:
		return fmt.Sprintf(" [%d of %d done]", t.DoneTimes, t.Occurrences())
	}
	return ""
}

// DemoText says what the demo found (the top gaps, the first goals of the
// plan) and where it wrote it: the files written, the data directory dataDir
// and the output directory out, with the commands to explore them.
func DemoText(w io.Writer, rep *skillgap.GapReport, p *skillgap.Plan, written []string, dataDir, out string) error {
	bw := bufio.NewWriter(w)
	w = bw
	fmt.Fprintf(w, "\nGap analysis for %q (sample inventory): %s", rep.Target, skillgap.Plural(rep.Postings, "matching posting"))
	if rep.Basis != "" {
		fmt.Fprintf(w, " (%s)", rep.Basis)
	}
	fmt.Fprintln(w)
	for i, g := range rep.Gaps[:min(5, len(rep.Gaps))] {
		fmt.Fprintf(w, "  %d. %-32s %s\n", i+1, g.Name, g.Why)
	}
	fmt.Fprintf(w, "\nPlan: %s from %s to the target date %s; the first four:\n", skillgap.Plural(len(p.Goals), "goal"), p.Start, dateOf(p.TargetBy))
	for _, g := range p.Goals[:min(4, len(p.Goals))] {
		fmt.Fprintf(w, "  - %s (%s term, %s h, due %s)\n", g.Title, g.Horizon, Hours(g.Hours), g.Deadline)
	}
	if p.Scope != nil {
		fmt.Fprintln(w, "  Scope:", p.Scope.Text)
	}
	fmt.Fprintln(w, "\nWrote:")
	for _, f := range written {
		fmt.Fprintln(w, "  "+f)
	}
	fmt.Fprintf(w, "\nNext: open %s, or explore the sample market:\n", filepath.Join(out, "report.html"))
	fmt.Fprintf(w, "  skillgap trends --data %s\n", dataDir)
	fmt.Fprintf(w, "  skillgap gap --data %s --inventory %s\n", dataDir, filepath.Join(out, "inventory.yaml"))
	fmt.Fprintf(w, "  skillgap review --data %s --plan %s\n", dataDir, filepath.Join(out, "plan.yaml"))
	return bw.Flush()
}
