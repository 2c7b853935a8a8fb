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
	pr, err := makePlan(ctx, opts.gapOptions, analyze.PlanOptions{MaxSkillGoals: opts.MaxGoals, Fit: opts.Fit}, opts.Out)
	if err != nil {
		return err
	}
	if err := reports.PlanText(msgs, opts.Out, &pr.plan, pr.kept, pr.rep.Note); err != nil {
		return err
	}
	if opts.Format != "" {
		return writeReport(opts.Format, opts.Report, w, pr.report(opts.Now))
	}
	return nil
}

// planRun is what plan and demo make: the gap run, the plan with the edits
// of the plan file kept, and how well the user fits the open postings now
// and after the plan's short-term goals.
type planRun struct {
	gapRun
	plan skillgap.Plan
	fit  skillgap.FitReport
	kept int // tasks that carried the user's edits
}

// report is what the report renderers draw of pr, made at now.
func (pr *planRun) report(now time.Time) reports.Report {
	return reports.Report{Generated: now, Gap: &pr.rep, Plan: &pr.plan, Fit: &pr.fit, Taxonomy: pr.tax}
}

// makePlan measures the gap for g, makes the plan (po; its Now and Demand
// are set here), keeps the edits of the plan file at out when it exists,
// judges the fit of the open postings, and writes the plan to out.
func makePlan(ctx context.Context, g gapOptions, po analyze.PlanOptions, out string) (planRun, error) {
	gr, err := measureGap(ctx, g)
	if err != nil {
		return planRun{}, err
	}
	po.Now, po.Demand = g.Now, gr.demand
	pr := planRun{gapRun: gr}
	if pr.plan, err = analyze.NewPlan(gr.inv, gr.rep, gr.tax, po); err != nil {
		return pr, planError(err)
	}
	old, err := readPlan(out)
	switch {
	case err == nil:
		pr.plan, pr.kept = analyze.KeepEdits(old, pr.plan, g.Now)
	case !errors.Is(err, fs.ErrNotExist):
		return pr, fmt.Errorf("keep the edits of %s (move it away to start afresh): %w", out, err)
	}
	if pr.fit, err = measureFit(ctx, g, gr, &pr.plan); err != nil {
		return pr, err
	}
	analyze.QuoteFit(&pr.plan, pr.fit)
	return pr, writePlanFile(out, pr.plan)
}

// planError makes a target date in the past a usage error: the user must set a
// new one.
func planError(err error) error {
	if errors.Is(err, analyze.ErrTargetPast) {
		return usageError{err}
	}
	return fmt.Errorf("make plan: %w", err)
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
