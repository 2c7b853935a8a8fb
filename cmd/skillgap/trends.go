package main

import (
	"context"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/skillgap/skillgap/market"
	"github.com/skillgap/skillgap/reports"
	"github.com/urfave/cli/v2"
)

// trendsOptions are the inputs of runTrends.
type trendsOptions struct {
	DataDir  string
	Taxonomy string // extra taxonomy file for skill names; empty means none
	Filter   market.Filter
	Category string   // show only skills of this category (shares stay over all matching postings)
	Skills   []string // show only these skills (ids or names)
	Interval string   // week, month or quarter; empty means month
	With     string   // skill whose co-occurring skills to list
	By       string   // seniority, company or remote: break the top skills down by it
	Top      int      // rows; zero means 15
	Window   time.Duration
	JSON     bool
	CSV      bool
	Pay      bool // pay by seniority and role family instead of skills
}

func trendsCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "trends",
		Usage:     "what the market asks for: top skills, their change over time, co-occurrence",
		ArgsUsage: " ",
		Description: "Reads the trend index. Shows the top skills among matching postings (share of\n" +
			"postings, required vs preferred) with a sparkline of their share per month, and the\n" +
			"skills whose share rose or fell significantly in the last --window (default 6 months,\n" +
			"ending at the newest posting) against the window before, with the counts behind it.\n" +
			"Duplicates of a job on several boards count once. Once the index holds two crawls\n" +
			"or more, the monthly share counts the postings open in each month; with one crawl,\n" +
			"by posting date, and no skill is reported rising or falling.\n\n" +
			"Examples:\n   skillgap trends --seniority senior --remote remote\n" +
			"   skillgap trends --with llm --since 2025-01\n" +
			"   skillgap trends --by seniority --top 10 --csv > by-seniority.csv\n" +
			"   skillgap trends --pay --since 2025-01",
		Flags: append([]cli.Flag{dataFlag(), jsonFlag(),
			&cli.BoolFlag{Name: "csv", Usage: "print the table as CSV"},
			&cli.BoolFlag{Name: "pay", Usage: "pay by seniority and role family, per currency: postings and quartiles of the annual midpoints (10 postings a cell)"},
			&cli.StringFlag{Name: "category", Usage: "show only skills of this taxonomy category"},
			&cli.StringFlag{Name: "skill", Usage: "show only these skills (comma-separated ids or names)"},
			&cli.StringFlag{Name: "interval", Value: "month", Usage: "sparkline buckets: week, month or quarter"},
			&cli.StringFlag{Name: "with", Usage: "list the skills asked for together with `SKILL`, with lift"},
			&cli.StringFlag{Name: "by", Usage: "break the top skills down by seniority, company or remote"},
			&cli.IntFlag{Name: "top", Value: 15, Usage: "how many skills to show"},
			&cli.StringFlag{Name: "window", Value: "6m", Usage: "recent window for rising/falling: e.g. 90d, 12w, 6m, 1y"},
			&cli.StringFlag{Name: "taxonomy", Usage: "extra skill taxonomy `FILE` for skill names"},
		}, filterFlags()...),
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("trends takes no arguments (got %q); use --query for free text", c.Args().First())
			}
			opts, err := trendsOptionsFrom(e, c)
			if err != nil {
				return err
			}
			return handleQueryErr(runTrends(c.Context, opts, e.stdout))
		},
	}
}

func trendsOptionsFrom(e *env, c *cli.Context) (trendsOptions, error) {
	dir, err := e.dataDir(c)
	if err != nil {
		return trendsOptions{}, err
	}
	f, err := filterFromFlags(c)
	if err != nil {
		return trendsOptions{}, err
	}
	win, err := parseWindow(c.String("window"))
	if err != nil {
		return trendsOptions{}, usagef("--window: %v", err)
	}
	opts := trendsOptions{DataDir: dir, Taxonomy: c.String("taxonomy"), Filter: f, Category: c.String("category"),
		Interval: c.String("interval"), With: c.String("with"), By: c.String("by"), Top: c.Int("top"),
		Window: win, JSON: c.Bool("json"), CSV: c.Bool("csv"), Pay: c.Bool("pay")}
	for _, s := range strings.Split(c.String("skill"), ",") {
		if s = strings.TrimSpace(s); s != "" {
			opts.Skills = append(opts.Skills, s)
		}
	}
	if !slices.Contains(market.Intervals(), opts.Interval) {
		return opts, usagef("--interval %q: want week, month or quarter", opts.Interval)
	}
	if opts.By != "" && !slices.Contains([]string{"seniority", "company", "remote"}, opts.By) {
		return opts, usagef("--by %q: want seniority, company or remote", opts.By)
	}
	if opts.JSON && opts.CSV {
		return opts, usagef("--json and --csv exclude each other")
	}
	if opts.Top < 0 {
		return opts, usagef("--top %d: want a positive number", opts.Top)
	}
	return opts, nil
}

// runTrends reads the index in opts.DataDir and writes the trends report to w.
func runTrends(ctx context.Context, opts trendsOptions, w io.Writer) error {
	tax, err := readTaxonomy(opts.Taxonomy, opts.DataDir)
	if err != nil {
		return err
	}
	mo := market.TrendsOptions{Filter: opts.Filter, Category: opts.Category, Interval: opts.Interval,
		With: opts.With, By: opts.By, Top: opts.Top, Window: opts.Window}
	for _, s := range opts.Skills {
		id, ok := tax.Resolve(s)
		if !ok {
			return usagef("unknown skill %q (use an id or name from the taxonomy)", s)
		}
		mo.Skills = append(mo.Skills, id)
	}
	idx, err := market.Open(opts.DataDir)
	if err != nil {
		return err
	}
	defer idx.Close()
	if opts.Pay {
		return runPayTrends(ctx, idx, opts, w)
	}
	rep, err := market.Trends(ctx, idx, tax, mo)
	switch {
	case err != nil:
		return err
	case opts.JSON:
		return reports.WriteJSON(w, rep)
	case opts.CSV:
		return reports.TrendsCSV(w, &rep)
	}
	return reports.TrendsText(w, &rep, tax, describeFilter(opts))
}

// describeFilter says which filters apply, e.g. " (seniority senior, remote)".
func describeFilter(o trendsOptions) string {
	f := o.Filter
	var parts []string
	add := func(name, v string) {
		if v != "" {
			parts = append(parts, name+" "+v)
		}
	}
	add("role", f.Role)
	add("seniority", string(f.Seniority))
	add("company", f.Company)
	add("location", f.Location)
	add("workplace", string(f.Remote))
	add("source", f.Source)
	add("query", f.Query)
	if !f.Since.IsZero() {
		add("since", reports.Day(f.Since))
	}
	if !f.Until.IsZero() {
		add("until", reports.Day(f.Until.AddDate(0, 0, -1)))
	}
	if f.OpenOnly {
		parts = append(parts, "open only")
	}
	add("category", o.Category)
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// runPayTrends writes the pay table of the postings matching opts.Filter.
func runPayTrends(ctx context.Context, idx *market.Index, opts trendsOptions, w io.Writer) error {
	rep, err := market.PayTrends(ctx, idx, opts.Filter)
	switch {
	case err != nil:
		return err
	case opts.JSON:
		return reports.WriteJSON(w, rep)
	case opts.CSV:
		return reports.PayTrendsCSV(w, &rep)
	}
	return reports.PayTrendsText(w, &rep, describeFilter(opts))
}
