package main

import (
	"cmp"
	"context"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/index"
	"github.com/skillgap/skillgap/market"
	"github.com/skillgap/skillgap/reports"
	"github.com/urfave/cli/v2"
)

// trendsOptions are the inputs of runTrends.
type trendsOptions struct {
	DataDir  string
	Taxonomy string // extra taxonomy file for skill names; empty means none
	Filter   index.Filter
	Category string   // show only skills of this category (shares stay over all matching postings)
	Skills   []string // show only these skills (ids or names)
	Interval string   // week, month or quarter; empty means month
	With     string   // skill whose co-occurring skills to list
	By       string   // seniority, company or remote: break the top skills down by it
	Top      int      // rows; zero means 15
	Window   time.Duration
	JSON     bool
	CSV      bool
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
			"Duplicates of a job on several boards count once.\n\n" +
			"Examples:\n   skillgap trends --seniority senior --remote remote\n" +
			"   skillgap trends --with llm --since 2025-01\n" +
			"   skillgap trends --by seniority --top 10 --csv > by-seniority.csv",
		Flags: append([]cli.Flag{dataFlag(), jsonFlag(),
			&cli.BoolFlag{Name: "csv", Usage: "print the table as CSV"},
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
		Window: win, JSON: c.Bool("json"), CSV: c.Bool("csv")}
	for _, s := range strings.Split(c.String("skill"), ",") {
		if s = strings.TrimSpace(s); s != "" {
			opts.Skills = append(opts.Skills, s)
		}
	}
	if !slices.Contains(index.Intervals(), opts.Interval) {
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

// trendRow is one skill of the trends table.
type trendRow struct {
	ID        string           `json:"id"`
	Name      string           `json:"name"`
	Category  string           `json:"category,omitempty"`
	Postings  int              `json:"postings"`
	Share     float64          `json:"share"` // of matching postings, 0–1
	Required  int              `json:"required"`
	Preferred int              `json:"preferred"`
	Expected  float64          `json:"expected,omitempty"` // mean level postings state; 0 when none
	Series    []skillgap.Point `json:"series,omitempty"`   // per interval
	Change    *analyze.Change  `json:"change,omitempty"`   // recent window against the one before
}

// coRow is one skill asked for together with the --with skill.
type coRow struct {
	ID       string  `json:"id"`
	Name     string  `json:"name"`
	Together int     `json:"together"` // postings asking for both
	Postings int     `json:"postings"` // postings asking for this skill
	Share    float64 `json:"share"`    // of the --with skill's postings, 0–1
	Lift     float64 `json:"lift"`
}

// byGroup is one value of --by with its postings and skill counts.
type byGroup struct {
	Value  string         `json:"value"`
	Total  int            `json:"total"`
	Counts map[string]int `json:"counts"` // skill id → postings, for the table's skills
}

// trendsReport is everything trends prints.
type trendsReport struct {
	AsOf          time.Time        `json:"as_of,omitzero"`
	Total         int              `json:"total"`
	Interval      string           `json:"interval"`
	Skills        []trendRow       `json:"skills"`
	WindowStart   time.Time        `json:"window_start,omitzero"`
	WindowEnd     time.Time        `json:"window_end,omitzero"`
	PreviousStart time.Time        `json:"previous_start,omitzero"`
	Rising        []analyze.Change `json:"rising"`
	Falling       []analyze.Change `json:"falling"`
	// Note says why no change is reported, e.g. a single crawl.
	Note        string            `json:"note,omitempty"`
	With        string            `json:"with,omitempty"`
	WithTotal   int               `json:"with_total,omitempty"`
	CoOccurring []coRow           `json:"co_occurring,omitempty"`
	By          string            `json:"by,omitempty"`
	Groups      []byGroup         `json:"groups,omitempty"`
	tax         *skillgap.Taxonomy // for skill names
}

// runTrends reads the index in opts.DataDir and writes the trends report to w.
func runTrends(ctx context.Context, opts trendsOptions, w io.Writer) error {
	tax, err := readTaxonomy(opts.Taxonomy, opts.DataDir)
	if err != nil {
		return err
	}
	idx, err := openIndexReadOnly(opts.DataDir)
	if err != nil {
		return err
	}
	defer idx.Close()
	rep, err := buildTrends(ctx, idx, opts, tax)
	if err != nil {
		return err
	}
	switch {
	case opts.JSON:
		return reports.WriteJSON(w, rep)
	case opts.CSV:
		return writeTrendsCSV(w, rep)
	}
	return writeTrendsText(w, rep, opts)
}

// buildTrends computes the report from the index.
func buildTrends(ctx context.Context, idx *index.Index, opts trendsOptions, tax *skillgap.Taxonomy) (trendsReport, error) {
	if opts.Top == 0 {
		opts.Top = 15
	}
	if opts.Interval == "" {
		opts.Interval = "month"
	}
	rep := trendsReport{Interval: opts.Interval, tax: tax}
	shown, err := resolveSkills(tax, opts.Skills)
	if err != nil {
		return rep, err
	}
	keep := func(id string) bool {
		if len(shown) > 0 {
			return slices.Contains(shown, id)
		}
		s, ok := tax.Skill(id)
		return opts.Category == "" || ok && s.Category == opts.Category
	}
	if rep.AsOf, err = idx.Latest(ctx); err != nil {
		return rep, err
	}
	total, counts, err := idx.SkillCounts(ctx, opts.Filter)
	if err != nil {
		return rep, err
	}
	rep.Total = total
	byID := map[string]index.SkillCount{}
	for _, c := range counts {
		byID[c.ID] = c
	}
	rep.Skills = topRows(counts, shown, keep, opts.Top, total, tax)
	if err := addSeries(ctx, idx, opts, &rep); err != nil {
		return rep, err
	}
	if err := addChanges(ctx, idx, opts, keep, &rep); err != nil {
		return rep, err
	}
	if opts.With != "" {
		if err := addWith(ctx, idx, opts, tax, byID, &rep); err != nil {
			return rep, err
		}
	}
	if opts.By != "" {
		if err := addBy(ctx, idx, opts, &rep); err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// resolveSkills turns ids or names into ids; unknown ones are usage errors.
func resolveSkills(tax *skillgap.Taxonomy, in []string) ([]string, error) {
	var out []string
	for _, s := range in {
		id, ok := resolveSkill(tax, s)
		if !ok {
			return nil, usagef("unknown skill %q (use an id or name from the taxonomy)", s)
		}
		out = append(out, id)
	}
	return out, nil
}

func resolveSkill(tax *skillgap.Taxonomy, s string) (string, bool) {
	if _, ok := tax.Skill(s); ok {
		return s, true
	}
	for _, sk := range tax.Skills {
		if strings.EqualFold(sk.Name, s) || strings.EqualFold(sk.ID, s) {
			return sk.ID, true
		}
	}
	return "", false
}

func topRows(counts []index.SkillCount, shown []string, keep func(string) bool, top, total int, tax *skillgap.Taxonomy) []trendRow {
	var rows []trendRow
	add := func(c index.SkillCount) {
		r := trendRow{ID: c.ID, Name: c.ID, Postings: c.Postings, Required: c.Required,
			Preferred: c.Preferred, Expected: c.Expected}
		if s, ok := tax.Skill(c.ID); ok {
			r.Name, r.Category = s.Name, s.Category
		}
		if total > 0 {
			r.Share = float64(c.Postings) / float64(total)
		}
		rows = append(rows, r)
	}
	if len(shown) > 0 { // exactly the skills asked for, in the order given
		for _, id := range shown {
			c := index.SkillCount{ID: id}
			if i := slices.IndexFunc(counts, func(c index.SkillCount) bool { return c.ID == id }); i >= 0 {
				c = counts[i]
			}
			add(c)
		}
		return rows
	}
	for _, c := range counts {
		if len(rows) < top && keep(c.ID) {
			add(c)
		}
	}
	return rows
}

func addSeries(ctx context.Context, idx *index.Index, opts trendsOptions, rep *trendsReport) error {
	ids := make([]string, 0, len(rep.Skills))
	for _, r := range rep.Skills {
		ids = append(ids, r.ID)
	}
	buckets, err := idx.Series(ctx, opts.Filter, ids, opts.Interval)
	if err != nil {
		return err
	}
	for i := range rep.Skills {
		for _, b := range buckets {
			rep.Skills[i].Series = append(rep.Skills[i].Series,
				skillgap.Point{Time: b.Start, Count: b.Counts[rep.Skills[i].ID], Total: b.Total})
		}
	}
	return nil
}

// addChanges compares the recent window with the one before for every skill.
func addChanges(ctx context.Context, idx *index.Index, opts trendsOptions, keep func(string) bool, rep *trendsReport) error {
	w, ok, err := market.Windows(ctx, idx, opts.Filter, opts.Window)
	if err != nil || !ok {
		return err
	}
	rep.PreviousStart, rep.WindowStart, rep.WindowEnd = w.PrevStart, w.Start, w.End
	total, now, err := market.Counts(ctx, idx, opts.Filter, w.Start, w.End)
	if err != nil {
		return err
	}
	prevTotal, prev, err := market.Counts(ctx, idx, opts.Filter, w.PrevStart, w.Start)
	if err != nil {
		return err
	}
	ids := map[string]bool{}
	for id := range now {
		ids[id] = true
	}
	for id := range prev {
		ids[id] = true
	}
	days, err := idx.CrawlDays(ctx)
	if err != nil {
		return err
	}
	if days == 1 {
		rep.Note = "The index holds a single crawl: the spread of posting dates is how old the postings are, not a trend, so no skill is called rising or falling. Crawl again over the coming months to see change."
	}
	changes := map[string]analyze.Change{}
	for id := range ids {
		ch := analyze.CompareWindows(id, prev[id].Postings, prevTotal, now[id].Postings, total, 0)
		if days == 1 {
			ch.Significant = false
		}
		changes[id] = ch
		if !ch.Significant || !keep(id) {
			continue
		}
		if ch.Delta > 0 {
			rep.Rising = append(rep.Rising, ch)
		} else {
			rep.Falling = append(rep.Falling, ch)
		}
	}
	for i := range rep.Skills {
		if ch, ok := changes[rep.Skills[i].ID]; ok {
			rep.Skills[i].Change = &ch
		}
	}
	byDelta := func(a, b analyze.Change) int {
		if d := absFloat(b.Delta) - absFloat(a.Delta); d != 0 {
			return signOf(d)
		}
		return strings.Compare(a.SkillID, b.SkillID)
	}
	slices.SortFunc(rep.Rising, byDelta)
	slices.SortFunc(rep.Falling, byDelta)
	top := max(opts.Top, 1)
	rep.Rising, rep.Falling = rep.Rising[:min(top, len(rep.Rising))], rep.Falling[:min(top, len(rep.Falling))]
	return nil
}

func absFloat(x float64) float64 { return max(x, -x) }

func signOf(x float64) int {
	if x < 0 {
		return -1
	}
	return 1
}

// addWith lists the skills asked for together with opts.With, by lift.
func addWith(ctx context.Context, idx *index.Index, opts trendsOptions, tax *skillgap.Taxonomy,
	all map[string]index.SkillCount, rep *trendsReport) error {
	id, ok := resolveSkill(tax, opts.With)
	if !ok {
		id = opts.With // not in the taxonomy, but the index may know it
	}
	f := opts.Filter
	f.Skills = append(slices.Clone(f.Skills), id)
	withTotal, counts, err := idx.SkillCounts(ctx, f)
	if err != nil {
		return err
	}
	rep.With, rep.WithTotal = id, withTotal
	for _, c := range counts {
		if c.ID == id {
			continue
		}
		r := coRow{ID: c.ID, Name: nameOf(rep.tax, c.ID), Together: c.Postings, Postings: all[c.ID].Postings,
			Lift: analyze.Lift(c.Postings, withTotal, all[c.ID].Postings, rep.Total)}
		if withTotal > 0 {
			r.Share = float64(c.Postings) / float64(withTotal)
		}
		rep.CoOccurring = append(rep.CoOccurring, r)
	}
	// Most telling first: by lift, among skills seen together often enough
	// (5% of the skill's postings, at least 3) for the lift to mean something.
	support := max(3, withTotal/20)
	rep.CoOccurring = slices.DeleteFunc(rep.CoOccurring, func(r coRow) bool { return r.Together < support })
	slices.SortStableFunc(rep.CoOccurring, func(a, b coRow) int {
		if a.Lift != b.Lift {
			return signOf(b.Lift - a.Lift)
		}
		return b.Together - a.Together
	})
	rep.CoOccurring = rep.CoOccurring[:min(len(rep.CoOccurring), max(opts.Top, 1))]
	return nil
}

// addBy counts the table's skills per value of opts.By (its six most frequent values).
func addBy(ctx context.Context, idx *index.Index, opts trendsOptions, rep *trendsReport) error {
	values, err := idx.Facets(ctx, opts.Filter, opts.By, 6)
	if err != nil {
		return err
	}
	rep.By = opts.By
	for _, v := range values {
		f := opts.Filter
		switch opts.By {
		case "seniority":
			f.Seniority = skillgap.Seniority(v.Value)
		case "company":
			f.Company = v.Value
		case "remote":
			f.Remote = skillgap.Workplace(v.Value)
		}
		total, counts, err := idx.SkillCounts(ctx, f)
		if err != nil {
			return err
		}
		g := byGroup{Value: v.Value, Total: total, Counts: map[string]int{}}
		for _, c := range counts {
			g.Counts[c.ID] = c.Postings
		}
		rep.Groups = append(rep.Groups, g)
	}
	return nil
}

// nameOf is the name of skill id, or the id when the taxonomy lacks it.
func nameOf(tax *skillgap.Taxonomy, id string) string {
	return cmp.Or(tax.Name(id), id)
}
