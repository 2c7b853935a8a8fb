package main

import (
	"context"
	"fmt"
	"io"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/market"
	"github.com/skillgap/skillgap/reports"
	"github.com/urfave/cli/v2"
)

// fitOptions are the inputs of `skillgap fit`.
type fitOptions struct {
	gapOptions
	// Plan is the plan.yaml whose short-term goals give the levels "after".
	// Empty means the plan `skillgap plan` would make from the same inputs.
	Plan string
}

func fitCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "fit",
		Usage: "rank the open postings of your target's basis by how well you fit each, now and after your plan",
		Description: fmt.Sprintf("A posting fits when you have at least %.0f%% of what it requires (each required skill counts in\n"+
			"proportion to your rated or inferred level against the level it expects; an unrated skill counts half,\n"+
			"an unrated generic soft skill is left out), its seniority is within one band of your target's, and its\n"+
			"place suits your location and remote preference. Score: that percentage, plus up to %d for preferred\n"+
			"skills. \"After\" counts again with the short-term skill and certification goals of the plan reached.\n\n"+
			"Example:\n  skillgap fit --inventory inventory.yaml --plan plan.yaml\n"+
			"  skillgap fit --inventory inventory.yaml --format html --report fit.html",
			analyze.FitRequired*100, analyze.FitBonus),
		Flags: append(marketFlags(),
			&cli.StringFlag{Name: "plan", Usage: "your plan `FILE`; default: the plan skillgap plan would make now"},
			&cli.IntFlag{Name: "top", Value: 20, Usage: "postings to list in the table; 0 for all"},
			jsonFlag(),
			&cli.StringFlag{Name: "format", Usage: "write a report instead of the table: md, html or json"},
			&cli.StringFlag{Name: "report", Usage: "report `FILE` for --format; default stdout"},
		),
		Action: func(c *cli.Context) error {
			g, err := e.marketOptions(c)
			if err != nil {
				return err
			}
			g.JSON, g.Format, g.Report, g.Top = c.Bool("json"), c.String("format"), c.String("report"), c.Int("top")
			if g.Format != "" && g.Format != "md" && g.Format != "html" && g.Format != "json" {
				return usagef("fit: --format %q: want md, html or json", g.Format)
			}
			return runFit(c.Context, fitOptions{gapOptions: g, Plan: c.String("plan")}, e.stdout)
		},
	}
}

// runFit measures the basis of the target role, takes the plan (--plan, else
// the one skillgap plan would make) and writes how well the user fits each
// open posting of the basis, now and after the plan's short-term goals.
func runFit(ctx context.Context, opts fitOptions, w io.Writer) error {
	g, err := measureGap(ctx, opts.gapOptions)
	if err != nil {
		return err
	}
	plan, note, err := fitPlan(opts, g)
	if err != nil {
		return err
	}
	fr, err := measureFit(ctx, opts.gapOptions, g, plan)
	if err != nil {
		return err
	}
	if note != "" {
		fr.Notes = append(fr.Notes, note)
	}
	switch {
	case opts.Format != "":
		return writeReport(opts.Format, opts.Report, w, reports.Report{Title: "Jobs you fit: " + g.inv.TargetRole,
			Generated: opts.Now, Fit: &fr, Taxonomy: g.tax})
	case opts.JSON:
		return reports.WriteJSON(w, fr)
	}
	return reports.FitText(w, &fr, g.tax, opts.Top)
}

// fitPlan reads the plan at opts.Plan, or makes the one skillgap plan would
// make; note says which, for the report.
func fitPlan(opts fitOptions, g gapRun) (*skillgap.Plan, string, error) {
	if opts.Plan != "" {
		p, err := readPlan(opts.Plan)
		if err != nil {
			return nil, "", fmt.Errorf("read plan: %w", err)
		}
		return &p, fmt.Sprintf("After: with the short-term goals of %s reached.", opts.Plan), nil
	}
	p, err := analyze.NewPlan(g.inv, g.rep, g.tax, analyze.PlanOptions{Now: opts.Now, Demand: g.demand})
	if err != nil {
		return nil, fmt.Sprintf("No figures after a plan: %v.", err), nil
	}
	return &p, "After: with the short-term goals of the plan skillgap plan makes from this inventory reached; pass --plan plan.yaml to count yours.", nil
}

// measureFit judges the open postings of the gap report's basis for the
// user of g, now and with plan's short-term goals reached.
func measureFit(ctx context.Context, opts gapOptions, g gapRun, plan *skillgap.Plan) (skillgap.FitReport, error) {
	idx, err := market.Open(opts.DataDir)
	if err != nil {
		return skillgap.FitReport{}, err
	}
	defer idx.Close()
	return market.Fit(ctx, idx, market.ReportBasis(g.rep, basisOptions(opts)), g.inv, g.tax, g.rep.Seniority,
		market.FitOptions{Plan: plan, AsOf: market.AsOf(g.inv, opts.Now)})
}
