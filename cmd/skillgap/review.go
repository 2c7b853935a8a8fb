package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/index"
	"github.com/skillgap/skillgap/market"
	"github.com/skillgap/skillgap/reports"
	"github.com/urfave/cli/v2"
)

// reviewOptions are the inputs of `skillgap review`.
type reviewOptions struct {
	DataDir   string
	Plan      string // plan.yaml
	Inventory string // optional: hides "add" suggestions for skills you already have
	Taxonomy  string
	Window    time.Duration
	JSON      bool
	Apply     bool // write the re-scheduled plan back
	Now       time.Time
}

func reviewCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "review",
		Usage: "check progress on your plan and what changed in the market since it was made",
		Description: "Reads plan.yaml with your task status (todo, doing, done, dropped) and reports\n" +
			"progress per goal, overdue tasks, pace against the schedule, new deadlines for what\n" +
			"is left, and skills whose share of postings moved 5 points or more since the plan.\n\n" +
			"Example:\n  skillgap review --plan plan.yaml --inventory inventory.yaml --apply",
		Flags: []cli.Flag{
			dataFlag(),
			jsonFlag(),
			&cli.StringFlag{Name: "plan", Aliases: []string{"p"}, Value: "plan.yaml", Usage: "plan `FILE`"},
			&cli.StringFlag{Name: "inventory", Aliases: []string{"i"}, Usage: "your inventory `FILE`, to skip suggestions for skills you have"},
			&cli.StringFlag{Name: "window", Value: "6m", Usage: "market window ending at the latest posting"},
			&cli.StringFlag{Name: "taxonomy", Usage: "extra skill taxonomy `FILE` merged over the shipped one"},
			&cli.BoolFlag{Name: "apply", Usage: "write the re-scheduled deadlines back to the plan (your edits are kept)"},
			&cli.StringFlag{Name: "as-of", Usage: "review as of `DATE` (YYYY-MM-DD) instead of today"},
		},
		Action: func(c *cli.Context) error {
			dir, err := e.dataDir(c)
			if err != nil {
				return err
			}
			win, err := parseWindow(c.String("window"))
			if err != nil {
				return usageError{err}
			}
			now := time.Now()
			if s := c.String("as-of"); s != "" {
				d, err := skillgap.ParseDate(s)
				if err != nil {
					return usagef("review: --as-of: %v", err)
				}
				now = d.Time
			}
			opts := reviewOptions{DataDir: dir, Plan: c.String("plan"), Inventory: c.String("inventory"), Taxonomy: c.String("taxonomy"),
				Window: win, JSON: c.Bool("json"), Apply: c.Bool("apply"), Now: now}
			return runReview(c.Context, opts, e.stdout)
		},
	}
}

// runReview reviews the plan and prints the result; with Apply it rewrites the plan.
func runReview(ctx context.Context, opts reviewOptions, w io.Writer) error {
	p, err := readPlan(opts.Plan)
	if err != nil {
		return fmt.Errorf("read plan: %w", err)
	}
	tax, err := readTaxonomy(opts.Taxonomy, opts.DataDir)
	if err != nil {
		return err
	}
	total, demand, err := currentMarket(ctx, opts, p)
	if err != nil {
		return err
	}
	res := analyze.Review(p, opts.Now, demand, total, tax)
	if opts.Inventory != "" {
		inv, err := readInventory(opts.Inventory, tax)
		if err != nil {
			return err
		}
		res.Suggestions = dropKnown(res.Suggestions, inv, demand, tax)
	}
	if opts.Apply {
		if err := writePlanFile(opts.Plan, res.Plan); err != nil {
			return err
		}
	}
	if opts.JSON {
		return reports.WriteJSON(w, res)
	}
	writeReviewText(w, res, tax)
	if opts.Apply {
		fmt.Fprintf(w, "\nWrote the new deadlines to %s (your status, hours and notes kept).\n", opts.Plan)
		if len(res.Warnings) > 0 {
			fmt.Fprintf(w, "Mind the warnings above: the new deadlines no longer keep every date you set.\n")
		}
	}
	return nil
}

// currentMarket measures the market for the plan's target role now; with no
// index it returns nothing, and review says there was nothing to compare.
func currentMarket(ctx context.Context, opts reviewOptions, p skillgap.Plan) (int, []skillgap.Demand, error) {
	idx, err := openIndexReadOnly(opts.DataDir)
	if errors.Is(err, index.ErrNoIndex) {
		return 0, nil, nil
	}
	if err != nil {
		return 0, nil, err
	}
	defer idx.Close()
	t, err := targetOf(p.TargetRole, nil, nil)
	if err != nil {
		return 0, nil, err
	}
	b, err := market.ForTarget(ctx, idx, t, market.Options{Window: opts.Window})
	return b.Total, b.Demand, err
}

// dropKnown removes "add" suggestions for skills the user already has at the
// level postings expect.
func dropKnown(in []analyze.Suggestion, inv skillgap.Inventory, demand []skillgap.Demand, tax *skillgap.Taxonomy) []analyze.Suggestion {
	want := map[string]int{}
	for _, d := range demand {
		want[d.SkillID] = d.Expected
	}
	out := []analyze.Suggestion{}
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

// writeReviewText prints the review for people.
func writeReviewText(w io.Writer, res analyze.ReviewResult, tax *skillgap.Taxonomy) {
	name := func(id string) string { return cmp.Or(tax.Name(id), id) }
	fmt.Fprintf(w, "Review on %s — pace: %s (%s h done of %s h planned by now, logged hours as logged)\n\n",
		res.Now, res.Pace.Verdict, reports.Hours(res.Pace.Done), reports.Hours(res.Pace.PlannedByNow))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "GOAL\tDONE\tHOURS\tLOGGED\tOPEN\tOVERDUE\tDEADLINE\tNEW DEADLINE")
	for _, g := range res.Goals {
		nd := g.NewDeadline.String()
		if g.NewDeadline == g.Deadline {
			nd = "same"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s/%s\t%s\t%d\t%d\t%s\t%s\n", g.Title, reports.Percent(g.Progress), reports.Hours(g.DoneHours), reports.Hours(g.PlannedHours),
			reports.Hours(g.ActualHours), g.OpenTasks, g.Overdue, g.Deadline, nd)
	}
	tw.Flush()
	for _, warn := range res.Warnings {
		fmt.Fprintln(w, "Warning:", warn)
	}
	if len(res.Overdue) > 0 {
		fmt.Fprintf(w, "\nOverdue (%d):\n", len(res.Overdue))
		for _, o := range res.Overdue[:min(10, len(res.Overdue))] {
			if o.Times > 0 {
				fmt.Fprintf(w, "  - %s [%s]: %d of %d occurrences behind, the first due %s (%d days ago); record done ones in done_times\n",
					o.Title, o.TaskID, o.Missed, o.Times, o.Due, o.DaysLate)
				continue
			}
			fmt.Fprintf(w, "  - %s [%s, %s]: due %s, %d days late\n", o.Title, o.TaskID, o.Status, o.Due, o.DaysLate)
		}
		if len(res.Overdue) > 10 {
			fmt.Fprintf(w, "  … and %d more (--json for all)\n", len(res.Overdue)-10)
		}
	}
	fmt.Fprintf(w, "\nMarket since the plan (%d matching postings now):\n", res.Postings)
	if res.MarketNote != "" {
		fmt.Fprintln(w, "  Note:", res.MarketNote)
	}
	if len(res.Market) == 0 && res.Postings > 0 {
		fmt.Fprintf(w, "  no skill moved %g points or more\n", analyze.MoveThreshold)
	}
	for i, c := range res.Market {
		if i == 12 {
			fmt.Fprintf(w, "  … and %d more (--json for all)\n", len(res.Market)-i)
			break
		}
		if c.New {
			fmt.Fprintf(w, "  - %s: asked in %s now (%d of %d); not in the plan's figures\n", name(c.SkillID), reports.Percent(c.After), c.Postings, c.Total)
			continue
		}
		sig := ""
		if !c.Significant {
			sig = "; within noise"
		}
		fmt.Fprintf(w, "  - %s: %s → %s (%s; %d of %d postings now%s)\n", name(c.SkillID), reports.Percent(c.Before), reports.Percent(c.After), reports.Points(c.Points), c.Postings, c.Total, sig)
	}
	if len(res.Suggestions) > 0 {
		fmt.Fprintln(w, "\nSuggested changes:")
		for _, s := range res.Suggestions {
			fmt.Fprintf(w, "  - %s\n", s.Text)
		}
	}
}
