package reports

import (
	"bytes"
	"context"
	"html"
	"math"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/skillgap/skillgap"
)

// samplePay is a pay section with a ladder of three seniorities (mid too few)
// and two premiums in USD.
func samplePay() *skillgap.GapPay {
	q := func(n int, min, q1, med, q3, max float64) *skillgap.Quartiles {
		return &skillgap.Quartiles{N: n, Min: min, Q1: q1, Median: med, Q3: q3, Max: max}
	}
	return &skillgap.GapPay{
		Postings: 214, WithPay: 131, ByCurrency: map[string]int{"USD": 120, "GBP": 11},
		Premiums: []skillgap.PayPremium{
			{SkillID: "sql", Name: "SQL", Currency: "USD", With: 70, Without: 50, MedianWith: 181000, MedianWithout: 165500, Difference: 15500},
			{SkillID: "okrs", Currency: "USD", With: 40, Without: 80, MedianWith: 168000, MedianWithout: 172000, Difference: -4000},
		},
		Currency: "USD",
		Ladder: []skillgap.PayCell{
			{Currency: "USD", Seniority: skillgap.Mid, Postings: 7, TooFew: true},
			{Currency: "USD", Seniority: skillgap.Senior, Postings: 120, Quartiles: q(120, 120000, 150000, 170000, 190000, 240000)},
			{Currency: "USD", Seniority: skillgap.Staff, Postings: 14, Quartiles: q(14, 160000, 200000, 220000, 250000, 300000)},
		},
		Note: "Median pay … This is an association, not a cause.",
	}
}

func payReport() Report {
	r := sampleReport()
	r.Gap.Pay = samplePay()
	return r
}

func TestGapPaySections(t *testing.T) {
	r := payReport()
	want := []string{
		"131 of 214 postings of the basis state a pay range (USD 120, GBP 11)",
		"USD 181,000", "USD 165,500", "+USD 15,500", "-USD 4,000",
		"association, not a cause",
	}
	render := map[string]func(*bytes.Buffer) error{
		"text":     func(b *bytes.Buffer) error { return GapText(b, r.Gap, r.Taxonomy, 0, "senior PM") },
		"markdown": func(b *bytes.Buffer) error { return Markdown(b, r) },
		"html":     func(b *bytes.Buffer) error { return HTML(b, r) },
		"json":     func(b *bytes.Buffer) error { return JSON(b, r) },
	}
	for name, fn := range render {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := fn(&b); err != nil {
				t.Fatal(err)
			}
			out, want := b.String(), want
			if name == "html" {
				out = html.UnescapeString(out)
			}
			if name == "json" {
				validate(t, b.Bytes())
				want = []string{`"median_with": 181000`, `"too_few": true`, `"by_currency"`, "association, not a cause"}
			}
			for _, w := range want {
				if !strings.Contains(out, w) {
					t.Errorf("%s lacks %q", name, w)
				}
			}
			if name != "json" && !strings.Contains(out, "OKRs") {
				t.Errorf("%s does not name okrs from the taxonomy", name)
			}
		})
	}
}

// TestGapPayAbsent: without premiums every format still says why.
func TestGapPayAbsent(t *testing.T) {
	r := sampleReport()
	const why = "Pay comparisons need 30 postings with pay on each side; this basis has 12 of 214 postings with pay (USD 12)."
	r.Gap.Pay = &skillgap.GapPay{Postings: 214, WithPay: 12, ByCurrency: map[string]int{"USD": 12}, Note: why}
	for name, fn := range map[string]func(*bytes.Buffer) error{
		"text":     func(b *bytes.Buffer) error { return GapText(b, r.Gap, r.Taxonomy, 0, "senior PM") },
		"markdown": func(b *bytes.Buffer) error { return Markdown(b, r) },
		"html":     func(b *bytes.Buffer) error { return HTML(b, r) },
		"json":     func(b *bytes.Buffer) error { return JSON(b, r) },
	} {
		var b bytes.Buffer
		if err := fn(&b); err != nil {
			t.Fatal(err)
		}
		if name == "json" {
			validate(t, b.Bytes())
		}
		if !strings.Contains(b.String(), "this basis has 12 of 214 postings with pay") {
			t.Errorf("%s does not say why no premium is shown", name)
		}
	}
}

func TestPayTrendsText(t *testing.T) {
	rep := &skillgap.PayTrends{Total: 20, WithPay: 17, Note: "midpoints, never converted",
		Currencies: []skillgap.PayCurrency{{Currency: "USD", Postings: 14, Cells: []skillgap.PayCell{
			{Currency: "USD", Postings: 14, Quartiles: &skillgap.Quartiles{N: 14, Q1: 112500, Median: 135000, Q3: 157500}, Equity: 3, Bonus: 1},
			{Currency: "USD", Seniority: skillgap.Senior, Role: "technical pm", Postings: 4, TooFew: true},
		}}}}
	var b bytes.Buffer
	if err := PayTrendsText(&b, rep, " (seniority senior)"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, w := range []string{"17 of 20 postings (seniority senior) state pay", "USD per year, 14 with pay", "112,500", "135,000", "157,500", "too few", "never converted"} {
		if !strings.Contains(out, w) {
			t.Errorf("lacks %q:\n%s", w, out)
		}
	}
	b.Reset()
	rep.Currencies[0].Cells[1].Role = "=cmd()"
	if err := PayTrendsCSV(&b, rep); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "USD,,,14,112500,135000,157500,0,0,3,1,false") || !strings.Contains(b.String(), "'=cmd()") {
		t.Errorf("CSV:\n%s", b.String())
	}
}

func TestTickStep(t *testing.T) {
	for span, want := range map[float64]float64{0: 1000, 5000: 1000, 9000: 2000, 180000: 50000, 400000: 100000} {
		if got := tickStep(span); got != want {
			t.Errorf("tickStep(%v) = %v; want %v", span, got, want)
		}
	}
}

// TestBrowserPay opens the report with a pay section in Chromium: the pay
// chart is laid out at a visible size, with one box per seniority that has
// enough postings, each to scale (the middle half of senior pay is 40,000
// wide, of staff 50,000), and nothing is requested or reported.
func TestBrowserPay(t *testing.T) {
	var page bytes.Buffer
	if err := HTML(&page, payReport()); err != nil {
		t.Fatalf("HTML: %v", err)
	}
	browse(t, page.Bytes(), func(ctx context.Context, ev *pageEvents) {
		type layout struct {
			Chart box
			Boxes []float64
			Rows  int
		}
		const probe = `(() => {
			const s = document.querySelector('#pay svg.paychart');
			if (!s) return {Chart: {Label: '', Width: 0, Height: 0}, Boxes: [], Rows: 0};
			const r = s.getBoundingClientRect();
			return {
				Chart: {Label: s.getAttribute('aria-label') || '', Width: r.width, Height: r.height},
				Boxes: Array.from(s.querySelectorAll('rect.box')).map(b => b.getBoundingClientRect().width),
				Rows: s.querySelectorAll('g.payrow').length,
			};
		})()`
		got, err := chromedp.Run(ctx, chromedp.Evaluate[layout](probe))
		if err != nil {
			t.Fatalf("measure the pay chart: %v", err)
		}
		if got.Chart.Width < 300 || got.Chart.Height < 60 || !strings.Contains(got.Chart.Label, "USD") {
			t.Errorf("pay chart is %.0f×%.0f px, labelled %q; want a visible size and its currency", got.Chart.Width, got.Chart.Height, got.Chart.Label)
		}
		if got.Rows != 3 || len(got.Boxes) != 2 {
			t.Fatalf("got %d rows and %d boxes; want 3 rows (mid too few) and 2 boxes", got.Rows, len(got.Boxes))
		}
		// The axis runs from 100,000 to 300,000 over payPlotW pixels.
		c := newPayChart(samplePay())
		scale := got.Chart.Width / float64(c.Width) * payPlotW / 200000
		for i, span := range []float64{40000, 50000} {
			if want := span * scale; math.Abs(got.Boxes[i]-want) > 1.5 {
				t.Errorf("box %d is %.1f px; want %.1f (%v wide)", i, got.Boxes[i], want, span)
			}
		}
	})
}

// hostilePay puts hostile text in every pay field a renderer prints: the
// currency comes from the postings, the names from the taxonomy.
func hostilePay(all string) *skillgap.GapPay {
	gp := samplePay()
	gp.Currency, gp.Note = xssAttr, all
	gp.ByCurrency[all] = 3
	gp.Premiums[0].Name, gp.Premiums[0].Currency = all, xssScript+icsBreak
	gp.Premiums[1].SkillID = xssAttr
	for i := range gp.Ladder {
		gp.Ladder[i].Currency = xssAttr
		gp.Ladder[i].Seniority = skillgap.Seniority(pipes + xssScript)
	}
	return gp
}
