package market

import (
	"context"
	"fmt"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/index"
)

// openSeries buckets the postings matching f by the intervals they were open
// in: a posting counts in an interval when it was first seen before the
// interval's end and last seen on or after its start, so that with several
// crawl snapshots a month counts the jobs on the boards then, not the jobs
// dated then. Buckets run from the first interval a posting was seen in to
// the last, empty ones included, within f's Since and Until; skills are
// counted as Series does.
func openSeries(ctx context.Context, ix *index.Index, f index.Filter, skills []string, interval string) ([]index.Bucket, error) {
	if interval != "week" && interval != "month" && interval != "quarter" {
		return nil, fmt.Errorf("series interval %q: want week, month or quarter", interval)
	}
	want := map[string]bool{}
	for _, s := range skills {
		want[s] = true
	}
	type tally struct {
		total  int
		counts map[string]int
	}
	by := map[time.Time]*tally{}
	var first, last time.Time
	// The window bounds the intervals, not the postings' dates: a job posted
	// before Since that is still open within the window counts in it.
	all := f
	all.Since, all.Until = time.Time{}, time.Time{}
	err := ix.Postings(ctx, all, func(p skillgap.Posting) error {
		from, to := p.FirstSeen, p.LastSeen
		if from.IsZero() {
			from = p.Date()
		}
		if to.Before(from) {
			to = from
		}
		if !f.Since.IsZero() && from.Before(f.Since) {
			from = f.Since
		}
		if !f.Until.IsZero() && !to.Before(f.Until) {
			to = f.Until.Add(-time.Nanosecond) // Until's day is out
		}
		if to.Before(from) {
			return nil // not open within the window
		}
		asks := map[string]bool{}
		for _, m := range p.Skills {
			if want[m.SkillID] {
				asks[m.SkillID] = true
			}
		}
		for b := index.BucketStart(from, interval); !b.After(to); b = index.NextBucket(b, interval) {
			t := by[b]
			if t == nil {
				t = &tally{counts: map[string]int{}}
				by[b] = t
			}
			t.total++
			for id := range asks {
				t.counts[id]++
			}
			if first.IsZero() || b.Before(first) {
				first = b
			}
			if b.After(last) {
				last = b
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("series of open postings: %w", err)
	}
	var out []index.Bucket
	for b := first; !first.IsZero() && !b.After(last); b = index.NextBucket(b, interval) {
		bk := index.Bucket{Start: b, Counts: map[string]int{}}
		if t := by[b]; t != nil {
			bk.Total = t.total
			for _, s := range skills {
				bk.Counts[s] = t.counts[s]
			}
		}
		out = append(out, bk)
	}
	return out, nil
}
