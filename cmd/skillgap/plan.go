package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/configs"
	"github.com/skillgap/skillgap/reports"
	"github.com/urfave/cli/v2"
)

// planOptions are the inputs of `skillgap plan`.
type planOptions struct {
	gapOptions
	Out      string       // plan.yaml to write; its edits are kept when it exists
	MaxGoals int          // skill goals from the top gaps; zero means 5
	Fit      skillgap.Fit // how goals that do not fit the hours are made to fit; empty means fewer
}

func planCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "plan",
		Usage: "write a SMART development plan (plan.yaml) from your inventory and the market",
		Description: "Makes goals from your top gaps (and the gaps they build on), certifications asked in\n" +
			"10% or more of the postings, networking, mentorship, a short-term milestone, your target\n" +
			"role (by target_by, else two years out) and your long-term role. Skill goals come in order\n" +
			"of value per hour, prerequisites first; each task is a practice activity with its own\n" +
			"hours, recurring ones booked across their span, week by week within hours_per_week.\n" +
			"When the goals need more hours than there are before the target date, the plan says so\n" +
			"with the numbers and --fit chooses: fewer goals (default), lower levels, or a later date.\n" +
			"If --out exists, your task status, hours, occurrences done and notes are kept.\n\n" +
			"Example:\n  skillgap plan --inventory inventory.yaml --out plan.yaml --format html --report plan.html",
		Flags: append(marketFlags(),
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "plan.yaml", Usage: "plan `FILE` to write (edits in an existing one are kept)"},
			&cli.StringFlag{Name: "format", Usage: "also render the plan: md, html, json or ics"},
			&cli.StringFlag{Name: "report", Usage: "report `FILE` for --format; default stdout"},
			&cli.IntFlag{Name: "max-goals", Value: 5, Usage: "skill goals taken from the top gaps"},
			&cli.StringFlag{Name: "fit", Value: string(skillgap.FitFewer), Usage: "when the goals do not fit the hours: `fewer` goals, lower levels, or a later date"},
			&cli.StringFlag{Name: "as-of", Usage: "plan as of `DATE` (YYYY-MM-DD) instead of today"},
		),
		Action: func(c *cli.Context) error {
			g, err := e.marketOptions(c)
			if err != nil {
				return err
			}
			g.Format, g.Report = c.String("format"), c.String("report")
			switch g.Format {
			case "", "md", "html", "json", "ics":
			default:
				return usagef("plan: --format %q: want md, html, json or ics", g.Format)
			}
			fit := skillgap.Fit(c.String("fit"))
			switch fit {
			case skillgap.FitFewer, skillgap.FitLower, skillgap.FitLater:
			default:
				return usagef("plan: --fit %q: want fewer, lower or later", fit)
			}
			if v := c.String("as-of"); v != "" {
				d, err := skillgap.ParseDate(v)
				if err != nil {
					return usagef("plan: --as-of: %v", err)
				}
				g.Now = d.Time
			}
			opts := planOptions{gapOptions: g, Out: c.String("out"), MaxGoals: c.Int("max-goals"), Fit: fit}
			msgs := e.stdout
			if opts.Format != "" && opts.Report == "" {
				msgs = e.stderr // the report goes to stdout
			}
			return runPlan(c.Context, opts, e.stdout, msgs)
		},
	}
}

// runPlan makes the plan, merges the edits of an existing --out, writes it, and
// renders it when asked; w gets the report, msgs the summary.
func runPlan(ctx context.Context, opts planOptions, w, msgs io.Writer) error {
	g, err := measureGap(ctx, opts.gapOptions)
	if err != nil {
		return err
	}
	rep := g.rep
	p, err := analyze.NewPlan(g.inv, rep, g.tax, analyze.PlanOptions{Now: opts.Now, MaxSkillGoals: opts.MaxGoals, Fit: opts.Fit, Demand: g.demand})
	if err != nil {
		return planError(err)
	}
	kept, err := keepEdits(opts.Out, &p, opts.Now)
	if err != nil {
		return err
	}
	fit, err := measureFit(ctx, opts.gapOptions, g, &p)
	if err != nil {
		return err
	}
	analyze.QuoteFit(&p, fit)
	if err := writePlanFile(opts.Out, p); err != nil {
		return err
	}
	writePlanSummary(msgs, opts.Out, p, kept, rep)
	if opts.Format != "" {
		return writeReport(opts.Format, opts.Report, w, reports.Report{Generated: opts.Now, Gap: &rep, Plan: &p, Fit: &fit, Taxonomy: g.tax})
	}
	return nil
}

// planError makes a target date in the past a usage error: the user must set a
// new one.
func planError(err error) error {
	if errors.Is(err, analyze.ErrTargetPast) {
		return usageError{err}
	}
	return fmt.Errorf("make plan: %w", err)
}

// keepEdits merges the edits of the plan at path (when it exists) into p and,
// when some work is already done, re-schedules what is left from today. It
// returns how many tasks carried edits.
func keepEdits(path string, p *skillgap.Plan, now time.Time) (int, error) {
	old, err := readPlan(path)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("keep the edits of %s (move it away to start afresh): %w", path, err)
	}
	merged := analyze.MergeEdits(old, *p)
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
		merged = analyze.Reschedule(merged, from)
	}
	*p = merged
	return n, nil
}

// readPlan loads the plan.yaml at path.
func readPlan(path string) (skillgap.Plan, error) {
	f, err := os.Open(path)
	if err != nil {
		return skillgap.Plan{}, err
	}
	defer f.Close()
	return configs.LoadPlan(f, path)
}

// writePlanFile writes p to path atomically (a temporary file renamed into place).
func writePlanFile(path string, p skillgap.Plan) error {
	return reports.WriteFile(path, func(w io.Writer) error { return configs.WritePlan(w, p) })
}

// writePlanSummary says what was written: the scope, the advice, and each goal
// with why it is where it is and its tasks.
func writePlanSummary(w io.Writer, path string, p skillgap.Plan, kept int, rep skillgap.GapReport) {
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
	fmt.Fprintf(w, "Wrote %s: %d goals, %d tasks, %s h at up to %s h a week, %s to %s; target date %s.\n",
		path, len(p.Goals), tasks, reports.Hours(hours), reports.Hours(p.HoursPerWeek), p.Start, end, p.TargetBy)
	if kept > 0 {
		fmt.Fprintf(w, "Kept your edits on %d tasks and re-scheduled what is left.\n", kept)
	}
	if rep.Note != "" {
		fmt.Fprintln(w, "Note:", rep.Note)
	}
	fmt.Fprintln(w, "\nScope:", p.Scope.Text)
	for _, a := range p.Advice {
		fmt.Fprintln(w, "Advice:", a)
	}
	for _, g := range p.Goals {
		fmt.Fprintf(w, "\n%s  [%s term, %s, %s → %s, %s h]\n", g.Title, g.Horizon, g.Kind, g.Start, g.Deadline, reports.Hours(g.Hours))
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
}

// taskEffort says a task's hours: "6 h", or "1.5 h every month ×12 = 18 h".
func taskEffort(t skillgap.Task) string {
	if t.Every == skillgap.Once || t.Occurrences() <= 1 {
		return reports.Hours(t.Hours) + " h"
	}
	return fmt.Sprintf("%s h every %s ×%d = %s h", reports.Hours(t.Each()), t.Every, t.Occurrences(), reports.Hours(t.Hours))
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
