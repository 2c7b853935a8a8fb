package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/configs"
	"github.com/skillgap/skillgap/market"
	"github.com/skillgap/skillgap/reports"
	"github.com/urfave/cli/v2"
)

// gapOptions are the inputs of `skillgap gap` (and the market half of plan and review).
type gapOptions struct {
	DataDir   string
	Inventory string // inventory file (YAML or JSON Resume)
	Target    string // overrides the inventory's target role
	Taxonomy  string // extra taxonomy file
	Location  string // posting filter; empty means anywhere
	Window    time.Duration
	Weights   analyze.Weights
	JSON      bool
	Format    string   // md, html or json report; empty means the table
	Report    string   // report file; empty means stdout
	Top       int      // rows shown in the table; zero means 15
	Domains   []string // posting domains of the basis; empty means those the target title names
	Company   string   // only this company's postings
	Query     string   // free text over the postings
	All       bool     // keep gaps asked in fewer than analyze.MinShare of postings
	Examples  bool     // print the example postings of the rows shown in the table
	Now       time.Time
}

// marketFlags are the flags gap and plan share.
func marketFlags() []cli.Flag {
	return []cli.Flag{
		dataFlag(),
		&cli.StringFlag{Name: "inventory", Aliases: []string{"i"}, Usage: "your inventory `FILE` (YAML, or a JSON Resume)", Required: true},
		&cli.StringFlag{Name: "target", Usage: "target `ROLE` as a job title; overrides the inventory's target_role"},
		&cli.StringFlag{Name: "weights", Usage: "priority weights, e.g. `demand=1,trend=0.3` (names: demand, preferred, trend, level, motivation, effort)"},
		&cli.StringFlag{Name: "window", Value: "6m", Usage: "market window ending at the latest posting: N and d, w, m or y"},
		&cli.StringFlag{Name: "location", Usage: "only postings in this country code or place"},
		&cli.StringFlag{Name: "taxonomy", Usage: "extra skill taxonomy `FILE` merged over the shipped one"},
		&cli.StringFlag{Name: "domain", Usage: "posting domains of the basis, comma-separated taxonomy ids (e.g. `payments,fintech`); default: those the target title names"},
		&cli.StringFlag{Name: "company", Usage: "only postings of this company"},
		&cli.StringFlag{Name: "query", Usage: "only postings matching this free text (bleve query syntax)"},
		&cli.BoolFlag{Name: "all", Usage: "also rank gaps asked in fewer than 15% of the postings"},
	}
}

// marketOptions reads the shared flags.
func (e *env) marketOptions(c *cli.Context) (gapOptions, error) {
	dir, err := e.dataDir(c)
	if err != nil {
		return gapOptions{}, err
	}
	w, err := analyze.ParseWeights(c.String("weights"))
	if err != nil {
		return gapOptions{}, usageError{err}
	}
	win, err := parseWindow(c.String("window"))
	if err != nil {
		return gapOptions{}, usageError{err}
	}
	var domains []string
	for d := range strings.SplitSeq(c.String("domain"), ",") {
		if d = strings.TrimSpace(strings.ToLower(d)); d != "" {
			domains = append(domains, d)
		}
	}
	return gapOptions{DataDir: dir, Inventory: c.String("inventory"), Target: c.String("target"), Taxonomy: c.String("taxonomy"),
		Location: c.String("location"), Window: win, Weights: w, Domains: domains, Company: c.String("company"),
		Query: c.String("query"), All: c.Bool("all"), Now: time.Now()}, nil
}

func gapCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "gap",
		Usage: "compare your inventory with what postings for your target role ask for",
		Description: "Ranks the skills postings for the target role ask for by priority:\n" +
			"  demand×(required share + preferred×preferred-only share) + trend×clamp(points/20, −1, 1)\n" +
			"  + level×(expected − yours)/4 + motivation×(1 if it matches a motivation) − effort×min(hours/200, 1)\n" +
			"Every row says where its figures come from.\n\n" +
			"Example:\n  skillgap gap --inventory inventory.yaml --target \"Senior Product Manager\" --window 6m",
		Flags: append(marketFlags(),
			jsonFlag(),
			&cli.StringFlag{Name: "format", Usage: "write a report instead of the table: md, html or json"},
			&cli.StringFlag{Name: "report", Usage: "report `FILE` for --format; default stdout"},
			&cli.IntFlag{Name: "top", Value: 15, Usage: "gap rows to show in the table"},
			&cli.BoolFlag{Name: "examples", Usage: "under the table, up to three postings behind each row shown, with the sentence that asks"},
		),
		Action: func(c *cli.Context) error {
			opts, err := e.marketOptions(c)
			if err != nil {
				return err
			}
			opts.JSON, opts.Format, opts.Report, opts.Top = c.Bool("json"), c.String("format"), c.String("report"), c.Int("top")
			opts.Examples = c.Bool("examples")
			if opts.Format != "" && opts.Format != "md" && opts.Format != "html" && opts.Format != "json" {
				return usagef("gap: --format %q: want md, html or json", opts.Format)
			}
			return runGap(c.Context, opts, e.stdout)
		},
	}
}

// runGap loads the inventory and the market and writes the gap report to w.
func runGap(ctx context.Context, opts gapOptions, w io.Writer) error {
	g, err := measureGap(ctx, opts)
	if err != nil {
		return err
	}
	switch {
	case opts.Format != "":
		return writeReport(opts.Format, opts.Report, w, reports.Report{Generated: opts.Now, Gap: &g.rep, Taxonomy: g.tax})
	case opts.JSON:
		return reports.WriteJSON(w, g.rep)
	}
	if err := reports.GapText(w, &g.rep, g.tax, opts.Top, analyze.RoleLabel(g.rep.Seniority, g.rep.Role)); err != nil || !opts.Examples {
		return err
	}
	return reports.ExamplesText(w, g.rep.Gaps[:min(cmp.Or(opts.Top, 15), len(g.rep.Gaps))])
}

// gapRun is what gap, plan and demo start from: the taxonomy, the inventory
// (its target role set), and the gap report against the index.
type gapRun struct {
	tax    *skillgap.Taxonomy
	inv    skillgap.Inventory
	rep    skillgap.GapReport
	demand []skillgap.Demand // every skill the target's postings ask for, under the gap list's cut-off too
}

// measureGap loads the taxonomy and the inventory and compares it with the index.
func measureGap(ctx context.Context, opts gapOptions) (gapRun, error) {
	tax, err := readTaxonomy(opts.Taxonomy, opts.DataDir)
	if err != nil {
		return gapRun{}, err
	}
	inv, err := readInventory(opts.Inventory, tax)
	if err != nil {
		return gapRun{}, err
	}
	idx, err := market.Open(opts.DataDir)
	if err != nil {
		return gapRun{}, err
	}
	defer idx.Close()
	rep, demand, err := buildGap(ctx, idx, &inv, tax, opts)
	return gapRun{tax: tax, inv: inv, rep: rep, demand: demand}, err
}

// readInventory loads the inventory file at path against the taxonomy.
func readInventory(path string, tax *skillgap.Taxonomy) (skillgap.Inventory, error) {
	f, err := os.Open(path)
	if err != nil {
		return skillgap.Inventory{}, fmt.Errorf("open inventory: %w", err)
	}
	defer f.Close()
	return configs.LoadInventory(f, path, tax)
}

// buildGap measures the market for the target role (opts.Target, else the
// inventory's; it is written back into inv) and the comparison basis at the
// user's current level, and compares inv with them.
func buildGap(ctx context.Context, idx *market.Index, inv *skillgap.Inventory, tax *skillgap.Taxonomy, opts gapOptions) (skillgap.GapReport, []skillgap.Demand, error) {
	if opts.Target != "" {
		inv.TargetRole = opts.Target
	}
	if strings.TrimSpace(inv.TargetRole) == "" {
		return skillgap.GapReport{}, nil, usagef("no target role: set target_role in %s or pass --target", opts.Inventory)
	}
	t, err := targetOf(inv.TargetRole, tax, opts.Domains)
	if err != nil {
		return skillgap.GapReport{}, nil, err
	}
	mo := market.GapOptions{Options: market.Options{Window: opts.Window, Location: opts.Location, Company: opts.Company,
		Query: opts.Query, Now: opts.Now}, Weights: opts.Weights, All: opts.All}
	rep, demand, err := market.Gap(ctx, idx, *inv, tax, t, mo)
	return rep, demand, handleQueryErr(err)
}

// targetOf parses a target title into the role a basis is for; domains,
// when given, replace the domains the title names. A title that is not a
// product role is a usage error with suggestions. A nil taxonomy checks no
// domains.
func targetOf(title string, tax *skillgap.Taxonomy, domains []string) (market.Target, error) {
	pt, err := analyze.ParseTarget(title, tax)
	if err != nil {
		return market.Target{}, usageError{err}
	}
	t := market.Target{Title: title, Role: pt.Role, Seniority: pt.Seniority, Domains: pt.Domains, Broader: pt.Broader}
	if len(domains) > 0 {
		for _, d := range domains {
			if s, ok := tax.Skill(d); tax != nil && (!ok || s.Kind != skillgap.KindDomain) {
				return t, usagef("--domain %q is not a domain of the taxonomy (see skillgap inventory skills)", d)
			}
		}
		t.Domains, t.Broader = domains, nil
	}
	return t, nil
}

// writeReport renders r in format (md, html, json, ics) to the file at path
// (atomically: a reader sees the old file or the new one), or to w when path
// is empty.
func writeReport(format, path string, w io.Writer, r reports.Report) error {
	render := func(out io.Writer) error {
		switch format {
		case "md":
			return reports.Markdown(out, r)
		case "html":
			return reports.HTML(out, r)
		case "json":
			return reports.JSON(out, r)
		case "ics":
			if r.Plan == nil {
				return fmt.Errorf("ics needs a plan")
			}
			return reports.ICS(out, r.Plan)
		}
		return usagef("--format %q: want md, html, json or ics", format)
	}
	var err error
	if path == "" {
		err = render(w)
	} else {
		err = reports.WriteFile(path, render)
	}
	if err != nil {
		return fmt.Errorf("write %s report: %w", format, err)
	}
	return nil
}
