package index

import (
	"context"
	"fmt"
	"runtime"
	"time"

	"github.com/blevesearch/bleve/v2"
	"golang.org/x/sync/errgroup"

	"github.com/skillgap/skillgap"
)

// Bucket is one interval of a time series.
type Bucket struct {
	Start  time.Time      `json:"start"`  // first day of the interval, UTC
	Total  int            `json:"total"`  // matching postings dated in the interval
	Counts map[string]int `json:"counts"` // skill id → those of them asking for it
}

// Intervals lists the bucket sizes Series accepts.
func Intervals() []string { return []string{"week", "month", "quarter"} }

// Series buckets the postings matching f by date (week, month or quarter) and
// counts, per bucket, all of them and those asking for each of skills. Buckets
// run from the first to the last matching posting's date; empty buckets in
// between are included with zero counts.
//
// It runs one query for the totals and one per skill, each counting a
// per-posting month (or week) keyword, in parallel: a posting is visited once
// for the totals and once per charted skill it asks for.
func (idx *Index) Series(ctx context.Context, f Filter, skills []string, interval string) ([]Bucket, error) {
	field := fMonth
	switch interval {
	case "month", "quarter":
	case "week":
		field = fWeek
	default:
		return nil, fmt.Errorf("series interval %q: want week, month or quarter", interval)
	}
	if err := f.check(); err != nil {
		return nil, err
	}
	base := f.query()
	results := make([]map[time.Time]int, len(skills)+1)
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i := range results {
		g.Go(func() error {
			q := base
			if i > 0 {
				q = bleve.NewConjunctionQuery(base, termQ(fSkills, skills[i-1]))
			}
			_, tc, err := idx.countTerms(gctx, q, field, false)
			if err != nil {
				return err
			}
			m, err := bucketCounts(tc, field, interval)
			results[i] = m
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, fmt.Errorf("series: %w", err)
	}
	return buckets(results[0], results[1:], skills, interval), nil
}

// bucketCounts turns month or week term counts into counts per bucket start.
func bucketCounts(tc *termCounter, field, interval string) (map[time.Time]int, error) {
	layout := "2006-01"
	if field == fWeek {
		layout = skillgap.DateLayout
	}
	out := map[time.Time]int{}
	var err error
	tc.each(func(term string, n int) {
		start, perr := time.Parse(layout, term)
		if perr != nil {
			err = fmt.Errorf("bucket %q: %w", term, perr)
			return
		}
		out[BucketStart(start, interval)] += n
	})
	return out, err
}

// BucketStart is the start of the interval holding t.
func BucketStart(t time.Time, interval string) time.Time {
	t = t.UTC()
	switch interval {
	case "week":
		return weekStart(t)
	case "quarter":
		return time.Date(t.Year(), (t.Month()-1)/3*3+1, 1, 0, 0, 0, 0, time.UTC)
	default:
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
}

// NextBucket is the start of the interval after the one starting at t.
func NextBucket(t time.Time, interval string) time.Time {
	switch interval {
	case "week":
		return t.AddDate(0, 0, 7)
	case "quarter":
		return t.AddDate(0, 3, 0)
	default:
		return t.AddDate(0, 1, 0)
	}
}

func buckets(totals map[time.Time]int, perSkill []map[time.Time]int, skills []string, interval string) []Bucket {
	var first, last time.Time
	for t := range totals {
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
	}
	if first.IsZero() {
		return nil
	}
	var out []Bucket
	for t := first; !t.After(last); t = NextBucket(t, interval) {
		b := Bucket{Start: t, Total: totals[t], Counts: make(map[string]int, len(skills))}
		for i, s := range skills {
			b.Counts[s] = perSkill[i][t]
		}
		out = append(out, b)
	}
	return out
}
