package market

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/index"
)

// TrendsOptions choose what Trends reports.
type TrendsOptions struct {
	// Filter selects the postings counted.
	Filter index.Filter
	// Category shows only skills of this taxonomy category (shares stay over
	// all matching postings). Empty means every category.
	Category string
	// Skills shows exactly these skill ids, in this order. Empty means the top ones.
	Skills []string
	// Interval buckets the series: week, month or quarter. Empty means month.
	Interval string
	// With lists the skills asked for together with this skill (an id or a
	// name). Empty means none.
	With string
	// By breaks the top skills down by seniority, company or remote. Empty means not.
	By string
	// Top is how many rows each list has. Zero means 15.
	Top int
	// Window is the length of the recent window that rising and falling
	// compare with the one before. Zero means DefaultWindow.
	Window time.Duration
}

// singleCrawlNote is Trends.Note when every posting was first seen in one crawl.
const singleCrawlNote = "The index holds a single crawl: the spread of posting dates is how old the postings are, not a trend, so no skill is called rising or falling. Crawl again over the coming months to see change."

// Trends measures what postings matching opts.Filter ask for: the top skills
// (share of postings, required and preferred) with their series per interval,
// each skill's change over the recent window against the one before, the
// significant risers and fallers, and what opts.With and opts.By ask for.
// tax names the skills.
func Trends(ctx context.Context, idx *Index, tax *skillgap.Taxonomy, opts TrendsOptions) (skillgap.Trends, error) {
	opts.Top = cmp.Or(opts.Top, 15)
	opts.Interval = cmp.Or(opts.Interval, "month")
	rep := skillgap.Trends{Interval: opts.Interval}
	keep := func(id string) bool {
		if len(opts.Skills) > 0 {
			return slices.Contains(opts.Skills, id)
		}
		return opts.Category == "" || tax.Category(id) == opts.Category
	}
	var err error
	if rep.AsOf, err = idx.ix.Latest(ctx); err != nil {
		return rep, err
	}
	total, counts, err := idx.ix.SkillCounts(ctx, opts.Filter)
	if err != nil {
		return rep, err
	}
	rep.Total = total
	rep.Skills = topRows(counts, opts.Skills, keep, opts.Top, total, tax)
	if err := addSeries(ctx, idx, opts, &rep); err != nil {
		return rep, err
	}
	if err := addChanges(ctx, idx, opts, keep, &rep); err != nil {
		return rep, err
	}
	if opts.With != "" {
		if err := addWith(ctx, idx, opts, tax, counts, &rep); err != nil {
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

// topRows makes the table: exactly the skills shown, in their order, else the
// top skills that keep allows.
func topRows(counts []index.SkillCount, shown []string, keep func(string) bool, top, total int, tax *skillgap.Taxonomy) []skillgap.TrendRow {
	var rows []skillgap.TrendRow
	add := func(c index.SkillCount) {
		r := skillgap.TrendRow{ID: c.ID, Name: c.ID, Postings: c.Postings, Required: c.Required,
			Preferred: c.Preferred, Expected: c.Expected}
		if s, ok := tax.Skill(c.ID); ok {
			r.Name, r.Category = s.Name, s.Category
		}
		if total > 0 {
			r.Share = float64(c.Postings) / float64(total)
		}
		rows = append(rows, r)
	}
	if len(shown) > 0 {
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

// addSeries adds each row's share per interval.
func addSeries(ctx context.Context, idx *Index, opts TrendsOptions, rep *skillgap.Trends) error {
	ids := make([]string, 0, len(rep.Skills))
	for _, r := range rep.Skills {
		ids = append(ids, r.ID)
	}
	days, err := idx.ix.CrawlDays(ctx)
	if err != nil {
		return err
	}
	rep.Snapshots, rep.SeriesBy = days, "posted"
	var buckets []index.Bucket
	if days > 1 {
		rep.SeriesBy = "open"
		buckets, err = openSeries(ctx, idx.ix, opts.Filter, ids, opts.Interval)
	} else {
		buckets, err = idx.ix.Series(ctx, opts.Filter, ids, opts.Interval)
	}
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
// A single crawl reports no rising or falling skill: the spread of its
// posting dates is their age, not a trend.
func addChanges(ctx context.Context, idx *Index, opts TrendsOptions, keep func(string) bool, rep *skillgap.Trends) error {
	w, ok, err := Windows(ctx, idx, opts.Filter, opts.Window)
	if err != nil || !ok {
		return err
	}
	rep.PreviousStart, rep.WindowStart, rep.WindowEnd = w.PrevStart, w.Start, w.End
	total, now, err := Counts(ctx, idx, opts.Filter, w.Start, w.End)
	if err != nil {
		return err
	}
	prevTotal, prev, err := Counts(ctx, idx, opts.Filter, w.PrevStart, w.Start)
	if err != nil {
		return err
	}
	if rep.Snapshots == 1 { // counted by addSeries
		rep.Note = singleCrawlNote
	}
	changes := map[string]skillgap.Change{}
	for _, counts := range []map[string]index.SkillCount{now, prev} {
		for id := range counts {
			if _, done := changes[id]; done {
				continue
			}
			ch := analyze.CompareWindows(id, prev[id].Postings, prevTotal, now[id].Postings, total, 0)
			ch.Significant = ch.Significant && rep.Snapshots != 1
			changes[id] = ch
			switch {
			case !ch.Significant || !keep(id):
			case ch.Delta > 0:
				rep.Rising = append(rep.Rising, ch)
			default:
				rep.Falling = append(rep.Falling, ch)
			}
		}
	}
	for i := range rep.Skills {
		if ch, ok := changes[rep.Skills[i].ID]; ok {
			rep.Skills[i].Change = &ch
		}
	}
	byDelta := func(a, b skillgap.Change) int {
		return cmp.Or(cmp.Compare(abs(b.Delta), abs(a.Delta)), strings.Compare(a.SkillID, b.SkillID))
	}
	slices.SortFunc(rep.Rising, byDelta)
	slices.SortFunc(rep.Falling, byDelta)
	top := max(opts.Top, 1)
	rep.Rising, rep.Falling = rep.Rising[:min(top, len(rep.Rising))], rep.Falling[:min(top, len(rep.Falling))]
	return nil
}

func abs(x float64) float64 { return max(x, -x) }

// addWith lists the skills asked for together with opts.With, by lift.
func addWith(ctx context.Context, idx *Index, opts TrendsOptions, tax *skillgap.Taxonomy,
	counts []index.SkillCount, rep *skillgap.Trends) error {
	id, ok := tax.Resolve(opts.With)
	if !ok {
		id = opts.With // not in the taxonomy, but the index may know it
	}
	all := make(map[string]index.SkillCount, len(counts))
	for _, c := range counts {
		all[c.ID] = c
	}
	f := opts.Filter
	f.Skills = append(slices.Clone(f.Skills), id)
	withTotal, together, err := idx.ix.SkillCounts(ctx, f)
	if err != nil {
		return err
	}
	rep.With, rep.WithTotal = id, withTotal
	for _, c := range together {
		if c.ID == id {
			continue
		}
		r := skillgap.CoRow{ID: c.ID, Name: cmp.Or(tax.Name(c.ID), c.ID), Together: c.Postings, Postings: all[c.ID].Postings,
			Lift: analyze.Lift(c.Postings, withTotal, all[c.ID].Postings, rep.Total)}
		if withTotal > 0 {
			r.Share = float64(c.Postings) / float64(withTotal)
		}
		rep.CoOccurring = append(rep.CoOccurring, r)
	}
	// Most telling first: by lift, among skills seen together often enough
	// (5% of the skill's postings, at least 3) for the lift to mean something.
	support := max(3, withTotal/20)
	rep.CoOccurring = slices.DeleteFunc(rep.CoOccurring, func(r skillgap.CoRow) bool { return r.Together < support })
	slices.SortStableFunc(rep.CoOccurring, func(a, b skillgap.CoRow) int {
		return cmp.Or(cmp.Compare(b.Lift, a.Lift), b.Together-a.Together)
	})
	rep.CoOccurring = rep.CoOccurring[:min(len(rep.CoOccurring), max(opts.Top, 1))]
	return nil
}

// byGroups is how many values of TrendsOptions.By the report shows.
const byGroups = 6

// addBy counts the table's skills per value of opts.By (its six most frequent
// values), and says how many values there are.
func addBy(ctx context.Context, idx *Index, opts TrendsOptions, rep *skillgap.Trends) error {
	values, err := idx.ix.Facets(ctx, opts.Filter, opts.By, 0)
	if err != nil {
		return err
	}
	rep.By, rep.ByValues = opts.By, len(values)
	for _, v := range values[:min(len(values), byGroups)] {
		f := opts.Filter
		switch opts.By {
		case "seniority":
			f.Seniority = skillgap.Seniority(v.Value)
		case "company":
			f.Company = v.Value
		case "remote":
			f.Remote = skillgap.Workplace(v.Value)
		}
		total, counts, err := idx.ix.SkillCounts(ctx, f)
		if err != nil {
			return err
		}
		g := skillgap.TrendGroup{Value: v.Value, Total: total, Counts: map[string]int{}}
		for _, c := range counts {
			g.Counts[c.ID] = c.Postings
		}
		rep.Groups = append(rep.Groups, g)
	}
	return nil
}
