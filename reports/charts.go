package reports

import (
	"bytes"
	"fmt"
	"html"
	"html/template"
	"math"
	"strings"

	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// palette colours the chart series (Tableau 10, readable in grey print too).
func palette() []string {
	return []string{"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
		"#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"}
}

// Chart sizes in CSS pixels.
const (
	chartWidth  = 880
	demandBarH  = 18 // height of one demand bar
	demandGap   = 10 // space between demand bars
	trendHeight = 320
	maxDemand   = 12 // skills in the demand chart
	maxTrends   = 6  // series in the trend chart
)

// svgLabel escapes text that go-chart writes into SVG as it is: go-chart
// does not escape <text> bodies itself.
func svgLabel(s string) string {
	s = oneLine(s)
	if r := []rune(s); len(r) > 40 {
		s = string(r[:39]) + "…"
	}
	return html.EscapeString(s)
}

// finishSVG gives go-chart's SVG explicit width and height (it writes only a
// viewBox), a class and an accessible name.
func finishSVG(svg []byte, w, h int, label string) template.HTML {
	const open = `<svg xmlns="http://www.w3.org/2000/svg"`
	s := string(svg)
	attrs := fmt.Sprintf(`<svg width="%d" height="%d" class="chart" role="img" aria-label="%s" xmlns="http://www.w3.org/2000/svg"`,
		w, h, html.EscapeString(label))
	s = strings.Replace(s, open, attrs, 1)
	// Every text inside came through svgLabel or is a number we formatted.
	return template.HTML(s) //nolint:gosec // see above
}

// demandChart draws the share of postings asking for each top skill as
// horizontal bars on a 0–100% axis.
func (r *Report) demandChart() (template.HTML, error) {
	rows := r.topDemand(maxDemand)
	if len(rows) == 0 {
		return "", nil
	}
	bars := make([]chart.StackedBar, 0, len(rows))
	fill := drawing.ColorFromHex("4e79a7")
	rest := drawing.ColorFromHex("e8edf3")
	for _, g := range rows {
		share := g.Share()
		// go-chart scales the values of a stacked bar to their sum and draws
		// a horizontal one from the right: the rest of 100% first, then the
		// share, so that the blue part starts at 0 and its length is the share.
		bars = append(bars, chart.StackedBar{
			Name:  svgLabel(r.rowName(g)) + "  " + Percent(share),
			Width: demandBarH,
			Values: []chart.Value{
				{Value: math.Max(1-share, 1e-9), Style: chart.Style{FillColor: rest, StrokeColor: rest, StrokeWidth: 1}},
				{Value: math.Max(share, 1e-9), Style: chart.Style{FillColor: fill, StrokeColor: fill, StrokeWidth: 1}},
			},
		})
	}
	height := 20 + len(rows)*(demandBarH+demandGap) + 30
	c := chart.StackedBarChart{
		Width:        chartWidth,
		Height:       height,
		IsHorizontal: true,
		BarSpacing:   demandGap,
		Background:   chart.Style{Padding: chart.Box{Top: 20, Left: 230, Right: 30, Bottom: 30}},
		YAxis:        chart.Style{TextHorizontalAlign: chart.TextHorizontalAlignRight, FontSize: 10},
		XAxis:        chart.Style{FontSize: 9},
		Bars:         bars,
	}
	var buf bytes.Buffer
	if err := c.Render(chart.SVG, &buf); err != nil {
		return "", fmt.Errorf("render demand chart: %w", err)
	}
	return finishSVG(buf.Bytes(), chartWidth, height, "Share of matching postings asking for each top skill"), nil
}

// shareTicks labels a 0–1 share axis from 0 to just above top in round steps.
func shareTicks(top float64) []chart.Tick {
	step := 0.05
	switch {
	case top > 0.6:
		step = 0.2
	case top > 0.3:
		step = 0.1
	}
	var ticks []chart.Tick
	for i := 0; ; i++ {
		v := float64(i) * step
		ticks = append(ticks, chart.Tick{Value: v, Label: Percent(v)})
		if v >= top-1e-9 || v >= 1 {
			return ticks
		}
	}
}

// gridLines draws a line at every tick above zero.
func gridLines(ticks []chart.Tick) []chart.GridLine {
	var lines []chart.GridLine
	for _, t := range ticks[1:] {
		lines = append(lines, chart.GridLine{Value: t.Value})
	}
	return lines
}
