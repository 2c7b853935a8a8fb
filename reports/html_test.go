package reports

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/skillgap/skillgap"
)

func TestHTMLSelfContained(t *testing.T) {
	var b bytes.Buffer
	if err := HTML(&b, sampleReport()); err != nil {
		t.Fatalf("HTML: %v", err)
	}
	out := b.String()
	for _, bad := range []string{"<script", "<link", "<img", "@import", "url(", "@font-face", "<iframe"} {
		if strings.Contains(strings.ToLower(out), bad) {
			t.Errorf("HTML contains %q; want a self-contained page", bad)
		}
	}
	// The only URLs allowed are the SVG namespaces.
	for _, u := range regexp.MustCompile(`https?://[^\s"'<>)]+`).FindAllString(out, -1) {
		if u != "http://www.w3.org/2000/svg" && u != "http://www.w3.org/1999/xlink" {
			t.Errorf("HTML names URL %s; want none", u)
		}
	}
	if !strings.Contains(out, "@media print") {
		t.Errorf("HTML has no print styles")
	}
	charts := regexp.MustCompile(`<svg width="(\d+)" height="(\d+)" class="chart"`).FindAllStringSubmatch(out, -1)
	if len(charts) != 2 {
		t.Errorf("got %d go-chart charts with explicit size; want 2 (demand, trend)", len(charts))
	}
	if !regexp.MustCompile(`<svg class="gantt" width="\d+" height="\d+"`).MatchString(out) {
		t.Errorf("HTML has no timeline with explicit size")
	}
}

func TestHTMLPartial(t *testing.T) {
	tests := []struct {
		name      string
		r         Report
		want, not []string
	}{
		{"gap only", Report{Gap: sampleGap()}, []string{`id="gaps"`, `class="chart"`}, []string{`id="plan"`}},
		{"plan only", Report{Plan: samplePlan()}, []string{`id="plan"`, `class="gantt"`}, []string{`id="gaps"`, `class="chart"`}},
		{"no trends", Report{Gap: func() *skillgap.GapReport { g := sampleGap(); g.Trends = nil; return g }()}, []string{`id="demand"`}, []string{`id="trends"`}},
		{"nothing", Report{}, []string{"<h1>Skill gap report</h1>"}, []string{`id="gaps"`, `id="plan"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := HTML(&b, tt.r); err != nil {
				t.Fatalf("HTML: %v", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("HTML lacks %q", w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(b.String(), n) {
					t.Errorf("HTML has %q; want it left out", n)
				}
			}
		})
	}
}

// TestHTMLDegenerate feeds the renderers thin and odd data: none may fail.
func TestHTMLDegenerate(t *testing.T) {
	day := func(s string) skillgap.Date { return mustDay(s) }
	tests := []struct {
		name string
		r    Report
	}{
		{"empty gap report", Report{Gap: &skillgap.GapReport{Target: "PM"}}},
		{"zero totals", Report{Gap: &skillgap.GapReport{Gaps: []skillgap.Gap{{Demand: skillgap.Demand{SkillID: "x"}}}}}},
		{"one month of trends", Report{Gap: &skillgap.GapReport{
			Gaps:   []skillgap.Gap{{Demand: skillgap.Demand{SkillID: "x", Postings: 1, Total: 2}}},
			Trends: map[string][]skillgap.Point{"x": {{Time: day("2025-01-01").Time, Count: 1, Total: 2}}},
		}}},
		{"two points same month", Report{Gap: &skillgap.GapReport{
			Trends: map[string][]skillgap.Point{"x": {{Time: day("2025-01-01").Time}, {Time: day("2025-01-01").Time}}},
		}}},
		{"flat zero trend", Report{Gap: &skillgap.GapReport{
			Trends: map[string][]skillgap.Point{"x": {{Time: day("2025-01-01").Time}, {Time: day("2025-02-01").Time}}},
		}}},
		{"plan without dates", Report{Plan: &skillgap.Plan{Goals: []skillgap.Goal{{ID: "g", Tasks: []skillgap.Task{{ID: "t"}}}}}}},
		{"plan with one day", Report{Plan: &skillgap.Plan{Start: day("2026-01-01"),
			Goals: []skillgap.Goal{{ID: "g", Start: day("2026-01-01"), Deadline: day("2026-01-01")}}}}},
		{"only long-term goals", Report{Plan: &skillgap.Plan{Start: day("2026-01-01"),
			Goals: []skillgap.Goal{{ID: "g", Horizon: skillgap.LongTerm, Start: day("2026-01-01"), Deadline: day("2035-01-01"),
				Tasks: []skillgap.Task{{ID: "t", Due: day("2030-01-01")}}}}}}},
		{"empty plan", Report{Plan: &skillgap.Plan{}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := HTML(&b, tt.r); err != nil {
				t.Errorf("HTML: %v", err)
			}
			if err := Markdown(&b, tt.r); err != nil {
				t.Errorf("Markdown: %v", err)
			}
			if err := JSON(&b, tt.r); err != nil {
				t.Errorf("JSON: %v", err)
			}
			if tt.r.Plan != nil {
				if err := ICS(&b, tt.r.Plan); err != nil {
					t.Errorf("ICS: %v", err)
				}
			}
		})
	}
}
