package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/configs"
	"github.com/skillgap/skillgap/index"
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
		return writeReport(opts.Format, opts.Report, w, reports.Report{Generated: opts.Now, Gap: &g.rep, Skills: skillMap(g.tax)})
	case opts.JSON:
		return reports.WriteJSON(w, g.rep)
	}
	if err := writeGapText(w, g.rep, opts.Top, skillMap(g.tax)); err != nil || !opts.Examples {
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
	idx, err := openIndexReadOnly(opts.DataDir)
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
func buildGap(ctx context.Context, idx *index.Index, inv *skillgap.Inventory, tax *skillgap.Taxonomy, opts gapOptions) (skillgap.GapReport, []skillgap.Demand, error) {
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
	mo := market.Options{Window: opts.Window, Location: opts.Location, Company: opts.Company, Query: opts.Query, Now: planDay(*inv, opts.Now)}
	basis, err := market.ForTarget(ctx, idx, t, mo)
	if err != nil {
		return skillgap.GapReport{}, nil, fmt.Errorf("measure the market for %s: %w", inv.TargetRole, handleQueryErr(err))
	}
	m := basis.Market()
	m.AsOf, m.All = planDay(*inv, opts.Now), opts.All
	m.Named = analyze.NamedSkills(t.Role, t.Seniority, append(slices.Clone(t.Domains), t.Broader...))
	var cmpBasis market.Basis
	if strings.TrimSpace(inv.CurrentRole) != "" {
		roles, sen := currentLevel(*inv, basis)
		if cmpBasis, err = market.Compare(ctx, idx, roles, sen, basis, mo); err != nil {
			return skillgap.GapReport{}, nil, fmt.Errorf("measure the postings at your current level: %w", err)
		}
		cm := cmpBasis.Market()
		m.Compare = &cm
	}
	rep := analyze.GapIn(*inv, tax, m, opts.Weights)
	rep.Role, rep.Seniority = t.Role, t.Seniority
	rep.Roles, rep.Seniorities, rep.Domains = basis.Roles, basis.Seniorities, basis.Domains
	rep.Widening = basis.Widening
	rep.Notes = basis.Notes
	for _, w := range cmpBasis.Widening {
		rep.Notes = append(rep.Notes, fmt.Sprintf("The comparison basis (your current level) had only %d postings; it %s to reach %d %s postings.", w.Before, w.Step, w.After, w.Label))
	}
	if rep.Hidden > 0 {
		rep.Notes = append(rep.Notes, fmt.Sprintf("%d more gaps are asked in fewer than %.0f%% of the postings and left out (--all shows them).", rep.Hidden, analyze.MinShare*100))
	}
	rep.Note = strings.TrimSpace(strings.Join(append(widenSentences(rep), rep.Note), " "))
	if !basis.SingleCrawl {
		rep.Trends, err = gapTrends(ctx, idx, basis.Filter, m, rep.Gaps)
	}
	if err == nil {
		err = market.AddExamples(ctx, idx, basis, rep.Gaps, 0)
	}
	return rep, basis.Demand, err
}

// widenSentences says each widening step: "Only 9 senior AI PM postings in
// the window; added the neighbouring families technical PM: 21 senior AI or
// technical PM postings."
func widenSentences(rep skillgap.GapReport) []string {
	var out []string
	for _, w := range rep.Widening {
		out = append(out, fmt.Sprintf("Only %d postings in the window; %s: %d %s postings.", w.Before, w.Step, w.After, w.Label))
	}
	return out
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

// currentLevel returns the role families and seniority of the user's
// current role when it is a product role; for someone not yet in product,
// the entry level (associate, widened to mid when sparse) of the target's families.
func currentLevel(inv skillgap.Inventory, target market.Basis) ([]string, skillgap.Seniority) {
	if role := analyze.RoleOf(inv.CurrentRole, ""); role != "" && strings.TrimSpace(inv.CurrentRole) != "" {
		sen := analyze.SeniorityOf(inv.CurrentRole)
		return market.Families(role, sen), sen
	}
	return target.Roles, skillgap.Associate
}

// planDay is the day the figures are used for: the inventory's start, else now.
func planDay(inv skillgap.Inventory, now time.Time) time.Time {
	if !inv.Start.IsZero() {
		return inv.Start.Time
	}
	return now
}

// gapTrends is the monthly series of the top gaps, for report charts.
func gapTrends(ctx context.Context, idx *index.Index, f index.Filter, m analyze.Market, gaps []skillgap.Gap) (map[string][]skillgap.Point, error) {
	if m.Until.IsZero() || len(gaps) == 0 {
		return nil, nil
	}
	var ids []string
	for _, g := range gaps[:min(len(gaps), 8)] {
		ids = append(ids, g.SkillID)
	}
	f.Since, f.Until = m.Until.Add(-2*m.Until.Sub(m.Since)), m.Until
	buckets, err := idx.Series(ctx, f, ids, "month")
	if err != nil {
		return nil, fmt.Errorf("monthly series of the top gaps: %w", err)
	}
	out := map[string][]skillgap.Point{}
	for _, b := range buckets {
		for _, id := range ids {
			out[id] = append(out[id], skillgap.Point{Time: b.Start, Count: b.Counts[id], Total: b.Total})
		}
	}
	return out, nil
}

// writeGapText prints the gap table, strengths, questions and notes.
func writeGapText(w io.Writer, rep skillgap.GapReport, top int, skills map[string]skillgap.Skill) error {
	if top <= 0 {
		top = 15
	}
	fmt.Fprintf(w, "Target: %s → %s, %d postings", rep.Target, analyze.RoleLabel(rep.Seniority, rep.Role), rep.Postings)
	if rep.Basis != "" {
		fmt.Fprintf(w, " (%s)", rep.Basis)
	}
	if !rep.Since.IsZero() {
		fmt.Fprintf(w, " from %s to %s", reports.Day(rep.Since), reports.Day(rep.Until.AddDate(0, 0, -1)))
	}
	fmt.Fprintln(w)
	for _, n := range reports.GapNotes(&rep) {
		fmt.Fprintln(w, "Note:", n)
	}
	if !rep.Reliable {
		fmt.Fprintf(w, "Caution: only %d matching postings (fewer than %d): the shares below are rough.\n", rep.Postings, analyze.MinPostings)
	}
	fmt.Fprintln(w)
	if len(rep.Gaps) == 0 {
		fmt.Fprintln(w, "No gaps: you meet every level the matching postings ask for.")
	} else {
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "#\tSKILL\tYOU\tWANT\tASKED\tREQ\tSTEP UP\tTREND\tPRIORITY")
		for i, g := range rep.Gaps[:min(top, len(rep.Gaps))] {
			trend := "–"
			if g.TrendSignificant {
				trend = fmt.Sprintf("%+.0f", g.Trend)
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\n", i+1, g.Name, reports.HaveText(g), g.Want, reports.Percent(g.Share()),
				reports.Percent(g.RequiredShare()), cmp.Or(reports.StepUpText(g), "–"), trend, reports.PriorityParts(g))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		if n := len(rep.Gaps) - top; n > 0 {
			fmt.Fprintf(w, "… and %d more (--top, or --json for all)\n", n)
		}
		fmt.Fprintln(w, "\nWhy, for the top rows:")
		for i, g := range rep.Gaps[:min(5, len(rep.Gaps))] {
			fmt.Fprintf(w, "  %d. %s: %s\n", i+1, g.Name, g.Why)
		}
		fmt.Fprintln(w, "YOU: ? not rated (ranked at half the distance), (inferred) from related skills or experience. STEP UP: points more often than at your current level.")
	}
	if len(rep.RateThese) > 0 {
		fmt.Fprintln(w, "\nRate these (asked for, and nothing in your inventory says your level):")
		for _, g := range rep.RateThese {
			fmt.Fprintf(w, "  - %s (%s): asked in %s of postings\n", g.Name, g.SkillID, reports.Percent(g.Share()))
		}
	}
	writeGapList(w, "\nStrengths (you meet what the market asks):", rep.Strength)
	writeGapList(w, "\nYou value these; few postings ask for them:", rep.Valued)
	if len(rep.Motivations) > 0 {
		r := reports.Report{Skills: skills}
		fmt.Fprintln(w, "\nYour motivations:")
		for _, m := range rep.Motivations {
			fmt.Fprintln(w, "  -", r.MotivationText(m))
		}
	}
	return nil
}

// writeGapList prints a titled list of rows with their explanation.
func writeGapList(w io.Writer, title string, rows []skillgap.Gap) {
	if len(rows) == 0 {
		return
	}
	fmt.Fprintln(w, title)
	for _, g := range rows {
		fmt.Fprintf(w, "  - %s: %s\n", g.Name, g.Why)
	}
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

// skillMap indexes the taxonomy by id for the renderers.
func skillMap(tax *skillgap.Taxonomy) map[string]skillgap.Skill {
	if tax == nil {
		return nil
	}
	m := make(map[string]skillgap.Skill, len(tax.Skills))
	for _, s := range tax.Skills {
		m[s.ID] = s
	}
	return m
}
