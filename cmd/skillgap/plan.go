package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
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
	Out      string // plan.yaml to write; its edits are kept when it exists
	MaxGoals int    // skill goals from the top gaps; zero means 5
}

func planCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "plan",
		Usage: "write a SMART development plan (plan.yaml) from your inventory and the market",
		Description: "Makes goals from your top gaps, certifications the market asks for, networking,\n" +
			"mentorship, your target role (within two years or target_by) and your long-term role;\n" +
			"breaks them into tasks, smallest first, and books them week by week within your\n" +
			"hours_per_week. If --out exists, your task status, actual hours and notes are kept.\n\n" +
			"Example:\n  skillgap plan --inventory inventory.yaml --out plan.yaml --format html --report plan.html",
		Flags: append(marketFlags(),
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "plan.yaml", Usage: "plan `FILE` to write (edits in an existing one are kept)"},
			&cli.StringFlag{Name: "format", Usage: "also render the plan: md, html, json or ics"},
			&cli.StringFlag{Name: "report", Usage: "report `FILE` for --format; default stdout"},
			&cli.IntFlag{Name: "max-goals", Value: 5, Usage: "skill goals taken from the top gaps"},
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
			opts := planOptions{gapOptions: g, Out: c.String("out"), MaxGoals: c.Int("max-goals")}
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
	skills, rep := g.skills, g.rep
	p, err := analyze.NewPlan(g.inv, rep, skills, analyze.PlanOptions{Now: opts.Now, MaxSkillGoals: opts.MaxGoals})
	if err != nil {
		return fmt.Errorf("make plan: %w", err)
	}
	kept, err := keepEdits(opts.Out, &p, opts.Now)
	if err != nil {
		return err
	}
	if err := writePlanFile(opts.Out, p); err != nil {
		return err
	}
	writePlanSummary(msgs, opts.Out, p, kept, rep)
	if opts.Format != "" {
		return writeReport(opts.Format, opts.Report, w, reports.Report{Generated: opts.Now, Gap: &rep, Plan: &p, Skills: skillMap(skills)})
	}
	return nil
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
			if t.Status != skillgap.Todo || t.ActualHours > 0 || t.Notes != "" {
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
	var buf bytes.Buffer
	if err := configs.WritePlan(&buf, p); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".plan-*.yaml")
	if err != nil {
		return fmt.Errorf("write plan %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(buf.Bytes()); err != nil {
		tmp.Close()
		return fmt.Errorf("write plan %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write plan %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write plan %s: %w", path, err)
	}
	return nil
}

// writePlanSummary says what was written: goals, hours, span, and edits kept.
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
	fmt.Fprintf(w, "Wrote %s: %d goals, %d tasks, %.0f h at up to %g h a week, %s to %s.\n", path, len(p.Goals), tasks, hours, p.HoursPerWeek, p.Start, end)
	if kept > 0 {
		fmt.Fprintf(w, "Kept your edits on %d tasks and re-scheduled what is left.\n", kept)
	}
	if rep.Note != "" {
		fmt.Fprintln(w, "Note:", rep.Note)
	}
	for _, g := range p.Goals {
		fmt.Fprintf(w, "  %-5s %-13s %s (%s → %s, %.0f h)\n", g.Horizon, g.Kind, g.Title, g.Start, g.Deadline, g.Hours)
		if g.Notes != "" {
			fmt.Fprintf(w, "        %s\n", g.Notes)
		}
	}
	fmt.Fprintf(w, "Edit task status in %s as you go; check progress with: skillgap review --plan %s\n", path, path)
}
