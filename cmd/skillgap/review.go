package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
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
		res.Suggestions = analyze.DropKnown(res.Suggestions, inv, demand, tax)
	}
	if opts.Apply {
		if err := writePlanFile(opts.Plan, res.Plan); err != nil {
			return err
		}
	}
	if opts.JSON {
		return reports.WriteJSON(w, res)
	}
	if err := reports.ReviewText(w, &res, tax, analyze.MoveThreshold); err != nil {
		return err
	}
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
	idx, err := market.Open(opts.DataDir)
	if errors.Is(err, market.ErrNoIndex) {
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
