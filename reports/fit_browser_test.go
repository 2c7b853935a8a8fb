package reports

import (
	"bytes"
	"context"
	"math"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserFit opens the report with example postings and the fit section
// in Chromium: the fit chart is laid out at a visible size with its bars to
// scale (3, 6 and 9 of 40 postings), the example links are links to the
// postings, and nothing is requested or reported.
func TestBrowserFit(t *testing.T) {
	var html bytes.Buffer
	if err := HTML(&html, sampleFitReport()); err != nil {
		t.Fatalf("HTML: %v", err)
	}
	browse(t, html.Bytes(), func(ctx context.Context, ev *pageEvents) {
		type layout struct {
			Chart box
			Bars  []float64
			Links int
		}
		const probe = `(() => {
			const s = document.querySelector('svg.fitchart');
			if (!s) return {Chart: {Label: '', Width: 0, Height: 0}, Bars: [], Links: 0};
			const r = s.getBoundingClientRect();
			return {
				Chart: {Label: s.getAttribute('aria-label') || '', Width: r.width, Height: r.height},
				Bars: Array.from(s.querySelectorAll('rect.now, rect.after')).map(b => b.getBoundingClientRect().width),
				Links: document.querySelectorAll('#examples a[href^="https://jobs.example.com/"]').length,
			};
		})()`
		got, err := chromedp.Run(ctx, chromedp.Evaluate[layout](probe))
		if err != nil {
			t.Fatalf("measure the fit chart: %v", err)
		}
		if got.Chart.Width < 300 || got.Chart.Height < 60 {
			t.Errorf("fit chart is %.0f×%.0f px; want a visible size", got.Chart.Width, got.Chart.Height)
		}
		if len(got.Bars) != 3 {
			t.Fatalf("got %d bars; want 3 (now and two goals)", len(got.Bars))
		}
		// The whole bar (40 postings) is fitChartBar wide at the chart's scale.
		scale := got.Chart.Width / float64(fitChartLabel+600)
		for i, n := range []int{3, 6, 9} {
			want := float64(n*fitChartBar/40) * scale
			if math.Abs(got.Bars[i]-want) > 1 {
				t.Errorf("bar %d is %.1f px; want %.1f (%d of 40 postings)", i, got.Bars[i], want, n)
			}
		}
		if got.Links != 3 {
			t.Errorf("got %d links to example postings; want 3 (one example has no link)", got.Links)
		}
	})
}
