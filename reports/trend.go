package reports

import (
	"bytes"
	"fmt"
	"html/template"
	"math"
	"slices"
	"time"

	"github.com/skillgap/skillgap"
	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// minBucketPostings is the median number of postings a period of the trend
// chart should hold; months with fewer are merged into quarters, half-years
// or years, because a share of three postings swings between 0 and 100%.
const minBucketPostings = 20

// minPointPostings is the fewest postings a period needs to be drawn at all.
const minPointPostings = 5

// legendItem is one series of the trend chart, for the HTML legend.
type legendItem struct {
	Name  string
	Color string
}

// trendView is the trend chart and what the page says about it.
type trendView struct {
	SVG    template.HTML
	Legend []legendItem
	Period string // "month", "quarter" or "half-year"
	Sparse bool   // even the chosen periods hold few postings
	// Note says why there is no chart when SVG is empty.
	Note string
}

// trendChart draws the share of postings per period for the top skills. It
// returns nil when there are no series, and a view with only a Note when no
// series has two periods with enough postings to draw a line between.
func (r *Report) trendChart() (*trendView, error) {
	ids := r.trendIDs(maxTrends)
	raw := make([][]skillgap.Point, 0, len(ids))
	for _, id := range ids {
		raw = append(raw, r.Gap.Trends[id])
	}
	months, sparse := bucketSize(raw)
	v := &trendView{Period: periodName(months), Sparse: sparse}
	var series []chart.Series
	var times []time.Time
	top := 0.0
	colors := palette()
	for i, id := range ids {
		pts := aggregate(raw[i], months)
		if len(pts) < 2 {
			continue
		}
		color := colors[len(series)%len(colors)]
		ts := chart.TimeSeries{
			Name: svgLabel(r.skillName(id)),
			Style: chart.Style{StrokeColor: drawing.ColorFromHex(color[1:]), StrokeWidth: 2,
				DotColor: drawing.ColorFromHex(color[1:]), DotWidth: 3},
		}
		for _, p := range pts {
			ts.XValues = append(ts.XValues, p.Time)
			ts.YValues = append(ts.YValues, p.Share())
			top = math.Max(top, p.Share())
			times = append(times, p.Time)
		}
		series = append(series, ts)
		v.Legend = append(v.Legend, legendItem{Name: oneLine(r.skillName(id)), Color: color})
	}
	if len(ids) == 0 {
		return nil, nil
	}
	if lo, hi := chart.TimeMinMax(times...); len(series) == 0 || !hi.After(lo) {
		v.Note = fmt.Sprintf("Too few postings to draw a trend: a line needs two %ss with at least %d matching postings each.",
			v.Period, minPointPostings)
		return v, nil
	}
	yTicks := shareTicks(top)
	c := chart.Chart{
		Width:      chartWidth,
		Height:     trendHeight,
		Background: chart.Style{Padding: chart.Box{Top: 20, Left: 20, Right: 20, Bottom: 10}},
		XAxis:      chart.XAxis{Ticks: timeTicks(times, months), Style: chart.Style{FontSize: 9}},
		YAxis: chart.YAxis{
			Ticks:          yTicks,
			Style:          chart.Style{FontSize: 9},
			GridMajorStyle: chart.Style{StrokeColor: drawing.ColorFromHex("dddddd"), StrokeWidth: 1},
			GridLines:      gridLines(yTicks),
		},
		Series: series,
	}
	var buf bytes.Buffer
	if err := c.Render(chart.SVG, &buf); err != nil {
		return nil, fmt.Errorf("render trend chart: %w", err)
	}
	v.SVG = finishSVG(buf.Bytes(), chartWidth, trendHeight, "Share of postings per "+v.Period+" for the top skills")
	return v, nil
}

// bucketSize picks how many months each point of the trend chart covers: the
// fewest of 1, 3 or 6 whose periods hold a median of minBucketPostings,
// as long as that leaves at least three periods. sparse says the median is
// still short of it.
func bucketSize(series [][]skillgap.Point) (months int, sparse bool) {
	months = 1
	for _, m := range []int{1, 3, 6} {
		totals := periodTotals(series, m)
		if len(totals) < 3 && m > 1 {
			break
		}
		months = m
		if median(totals) >= minBucketPostings {
			return months, false
		}
	}
	return months, median(periodTotals(series, months)) < minBucketPostings
}

// periodTotals returns the postings in each period of m months that has any.
// Every series counts the same postings, so the largest total of a month is
// its total.
func periodTotals(series [][]skillgap.Point, m int) []int {
	byMonth := map[time.Time]int{}
	for _, pts := range series {
		for _, p := range pts {
			k := periodStart(p.Time, 1)
			byMonth[k] = max(byMonth[k], p.Total)
		}
	}
	byPeriod := map[time.Time]int{}
	for k, total := range byMonth {
		byPeriod[periodStart(k, m)] += total
	}
	var out []int
	for _, total := range byPeriod {
		if total > 0 {
			out = append(out, total)
		}
	}
	return out
}

// aggregate sums the points of each period of m months, in time order,
// leaving out periods with fewer than minPointPostings postings, whose
// shares are noise.
func aggregate(pts []skillgap.Point, m int) []skillgap.Point {
	sums := map[time.Time]skillgap.Point{}
	for _, p := range pts {
		k := periodStart(p.Time, m)
		s := sums[k]
		s.Time, s.Count, s.Total = k, s.Count+p.Count, s.Total+p.Total
		sums[k] = s
	}
	out := make([]skillgap.Point, 0, len(sums))
	for _, p := range sums {
		if p.Total >= minPointPostings {
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(a, b skillgap.Point) int { return a.Time.Compare(b.Time) })
	return out
}

// periodStart is the first day of the period of m months that holds t.
func periodStart(t time.Time, m int) time.Time {
	t = t.UTC()
	month := (int(t.Month())-1)/m*m + 1
	return time.Date(t.Year(), time.Month(month), 1, 0, 0, 0, 0, time.UTC)
}

func periodName(months int) string {
	switch months {
	case 3:
		return "quarter"
	case 6:
		return "half-year"
	case 12:
		return "year"
	}
	return "month"
}

// periodLabel names the period of m months that starts at t.
func periodLabel(t time.Time, m int) string {
	switch m {
	case 3:
		return fmt.Sprintf("Q%d %d", (int(t.Month())-1)/3+1, t.Year())
	case 6:
		return fmt.Sprintf("H%d %d", (int(t.Month())-1)/6+1, t.Year())
	case 12:
		return t.Format("2006")
	}
	return t.Format("Jan 2006")
}

// timeTicks labels the first and the last period and evenly spaced periods
// between, at most about eight. go-chart takes the axis range from the
// ticks, so the ends must be ticks.
func timeTicks(ts []time.Time, m int) []chart.Tick {
	lo, hi := chart.TimeMinMax(ts...)
	n := ((hi.Year()-lo.Year())*12 + int(hi.Month()-lo.Month())) / m
	step := max(1, int(math.Ceil(float64(n)/7)))
	tick := func(t time.Time) chart.Tick {
		return chart.Tick{Value: chart.TimeToFloat64(t), Label: periodLabel(t, m)}
	}
	ticks := []chart.Tick{tick(lo)}
	for i := step; n-i > step/2; i += step {
		ticks = append(ticks, tick(lo.AddDate(0, i*m, 0)))
	}
	if hi.After(lo) {
		ticks = append(ticks, tick(hi))
	}
	return ticks
}

func median(xs []int) int {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}
