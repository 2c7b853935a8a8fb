package reports

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

// sampleExamples are example postings for the first gap rows of the sample.
func sampleExamples() map[string][]skillgap.Example {
	day := func(d int) time.Time { return time.Date(2025, 12, d, 0, 0, 0, 0, time.UTC) }
	return map[string][]skillgap.Example{
		"sql": {
			{PostingID: "ashby:acme:1", Title: "Senior Product Manager, Payments", Company: "Acme", Date: day(20), URL: "https://jobs.example.com/acme/1",
				Level: skillgap.Required, Expected: 3, Evidence: "You write your own SQL to answer product questions.", Open: true},
			{PostingID: "lever:globex:7", Title: "Senior PM (Growth)", Company: "Globex", Date: day(12), URL: "https://jobs.example.com/globex/7?a=(b)",
				Level: skillgap.Required, Evidence: "Comfortable with SQL and dashboards.", Open: true},
			{PostingID: "feed:initech:3", Title: "Senior Product Manager", Company: "Initech", Date: day(2),
				Level: skillgap.Preferred, Evidence: "SQL is a plus.", Open: false},
		},
		"ab-testing": {
			{PostingID: "ashby:acme:2", Title: "Senior PM, Checkout", Company: "Acme", Date: day(18), URL: "https://jobs.example.com/acme/2",
				Level: skillgap.Required, Evidence: "Design and read A/B tests with the data team.", Open: true},
		},
	}
}

// sampleFit is a fit report with fixed figures: 40 open senior PM postings,
// 3 fit now, 9 after the first two goals of the sample plan.
func sampleFit() *skillgap.FitReport {
	score := func(s float64, fits bool, req, met int, missing ...skillgap.Shortfall) skillgap.FitScore {
		return skillgap.FitScore{Score: s, Fits: fits, SkillsFit: fits, Required: req, RequiredMet: met, Preferred: 2, PreferredMet: 1, Missing: missing}
	}
	sqlShort := skillgap.Shortfall{SkillID: "sql", Name: "SQL", Level: skillgap.Required, Have: 1, Source: skillgap.Rated, Want: 3, Goal: 1}
	abShort := skillgap.Shortfall{SkillID: "ab-testing", Name: "A/B testing", Level: skillgap.Required, Source: skillgap.Unrated, Want: 3, Goal: 2}
	after := score(92, true, 8, 8)
	return &skillgap.FitReport{
		Basis: "senior PM", Postings: 40, Unjudged: 2, Next: skillgap.Senior, Location: "London, UK", Remote: skillgap.Hybrid,
		Now: 3, After: 9, NowOnSkills: 5, AfterOnSkills: 14,
		Steps: []skillgap.FitStep{
			{Goal: 1, ID: "skill-sql", Title: "Reach proficient SQL", SkillID: "sql", Level: 3, Fits: 6},
			{Goal: 2, ID: "skill-ab-testing", Title: "Run and read A/B tests", SkillID: "ab-testing", Level: 3, Fits: 9},
		},
		Summary:  "3 of 40 open senior PM postings fit you now; 9 after goals 1–2. On skills alone, 5 fit now and 14 after; the others are at another seniority or elsewhere.",
		Rules:    "A posting fits when three things hold: you have at least 75% of what it requires; its seniority is mid, senior or staff; and it is in London, or remote in GB. Score: that percentage, plus up to 10 for the preferred skills counted the same way.",
		Blockers: []skillgap.Blocker{{SkillID: "sql", Name: "SQL", Postings: 11, Goal: 1}, {SkillID: "pricing", Name: "Pricing", Postings: 4}},
		Rows: []skillgap.PostingFit{
			{PostingID: "ashby:acme:1", Title: "Senior Product Manager, Payments", Company: "Acme", Date: time.Date(2025, 12, 20, 0, 0, 0, 0, time.UTC),
				URL: "https://jobs.example.com/acme/1", Seniority: skillgap.Senior, Locations: []string{"London, UK"}, Workplace: skillgap.Hybrid,
				SeniorityOK: true, LocationOK: true, Now: score(81, true, 8, 6, sqlShort), After: &after},
			{PostingID: "lever:globex:7", Title: "Senior PM (Growth)", Company: "Globex", URL: "https://jobs.example.com/globex/7",
				Seniority: skillgap.Senior, Workplace: skillgap.Remote, Locations: []string{"Remote, UK"}, SeniorityOK: true, LocationOK: true,
				Now: score(63, false, 8, 4, sqlShort, abShort), After: &after},
			{PostingID: "feed:initech:3", Title: "Senior Product Manager", Company: "Initech", Seniority: skillgap.Senior,
				Workplace: skillgap.Onsite, Locations: []string{"New York"}, SeniorityOK: true, Why: "onsite in New York, not London",
				Now: score(90, false, 8, 7, sqlShort), After: &skillgap.FitScore{Score: 100, Required: 8, RequiredMet: 8, SkillsFit: true}},
		},
		Notes: []string{"Open means still on its board at the last crawl, 2025-12-31."},
	}
}

// sampleFitReport is the sample report with examples on its gap rows and the fit section.
func sampleFitReport() Report {
	r := sampleReport()
	ex := sampleExamples()
	for i := range r.Gap.Gaps {
		r.Gap.Gaps[i].Examples = ex[r.Gap.Gaps[i].SkillID]
	}
	r.Fit = sampleFit()
	return r
}

func TestGoldenFit(t *testing.T) {
	full := sampleFitReport()
	fitOnly := Report{Title: "Jobs you fit", Generated: full.Generated, Fit: full.Fit, Taxonomy: full.Taxonomy}
	tests := []struct {
		name   string
		render func(*bytes.Buffer) error
	}{
		{"fit-report.md.golden", func(b *bytes.Buffer) error { return Markdown(b, full) }},
		{"fit-report.json.golden", func(b *bytes.Buffer) error { return JSON(b, full) }},
		{"fit-only.md.golden", func(b *bytes.Buffer) error { return Markdown(b, fitOnly) }},
		{"fit.txt.golden", func(b *bytes.Buffer) error { return FitText(b, full.Fit, full.Taxonomy, 2) }},
		{"examples.txt.golden", func(b *bytes.Buffer) error { return ExamplesText(b, full.Gap.Gaps) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.render(&b); err != nil {
				t.Fatalf("render: %v", err)
			}
			golden(t, tt.name, b.Bytes())
		})
	}
}

func TestFitJSONSchema(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, sampleFitReport()); err != nil {
		t.Fatal(err)
	}
	validate(t, b.Bytes())
	for _, w := range []string{`"examples": [`, `"evidence": "You write your own SQL`, `"fit": {`, `"fit_now": 3`, `"goal": 1`} {
		if !strings.Contains(b.String(), w) {
			t.Errorf("JSON lacks %s", w)
		}
	}
}

func TestFitHTML(t *testing.T) {
	var b bytes.Buffer
	if err := HTML(&b, sampleFitReport()); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, w := range []string{
		`<section id="examples">`, `<a href="https://jobs.example.com/acme/1" rel="noopener noreferrer">Senior Product Manager, Payments</a>`,
		`href="https://jobs.example.com/globex/7?a=%28b%29"`, "<q>“SQL is a plus.”</q>", ", closed",
		`<section id="fit">`, `<svg class="fitchart"`, `goal 1: SQL → 3</text>`, `<tr class="fits">`, "onsite in New York, not London",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("HTML lacks %s", w)
		}
	}
	// Bars on a scale of 40 postings, 520 px wide: 3 → 39 px, 6 → 78, 9 → 117.
	for _, w := range []string{`width="39" height="20"`, `width="78" height="20"`, `width="117" height="20"`} {
		if !strings.Contains(out, w) {
			t.Errorf("fit chart lacks a bar %s", w)
		}
	}
}

func TestSafeLink(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.com/a", "https://example.com/a"},
		{" http://example.com/a?b=1 ", "http://example.com/a?b=1"},
		{"https://example.com/(x)", "https://example.com/%28x%29"},
		{"javascript:alert(1)", ""},
		{"JAVASCRIPT:alert(1)", ""},
		{"data:text/html,<script>", ""},
		{"//example.com/x", ""},
		{"/relative", ""},
		{"https://user:pw@example.com/", ""},
		{"https://example.com/a b", ""},
		{"https://example.com/\n<script>", ""},
		{`https://example.com/"><img src=x>`, ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := safeLink(tt.in); got != tt.want {
			t.Errorf("safeLink(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// hostileExamples and hostileFit put hostile text in every field of the new
// sections, for the injection tests.
func hostileExamples(all string) []skillgap.Example {
	return []skillgap.Example{
		{PostingID: xssAttr, Title: all, Company: xssScript, URL: "javascript:alert(1)", Level: skillgap.Required, Evidence: all, Open: true},
		{PostingID: pipes, Title: pipes, Company: all, URL: xssAttr, Level: skillgap.Preferred, Evidence: "`code` [link](javascript:alert(1)) " + icsBreak},
	}
}

func hostileFit(all string) *skillgap.FitReport {
	f := sampleFit()
	f.Basis, f.Summary, f.Rules, f.Location = all, all, all, xssScript
	f.Notes = []string{all}
	f.Steps[0].Title = all
	f.Steps[0].SkillID = xssAttr
	f.Blockers[0].Name = all
	for i := range f.Rows {
		r := &f.Rows[i]
		r.Title, r.Company, r.Why, r.URL = all, xssScript, pipes+all, "javascript:alert(1)"
		r.Locations = []string{all}
		r.Now.Missing = append(r.Now.Missing, skillgap.Shortfall{SkillID: xssAttr, Name: all, Level: skillgap.Required, Source: skillgap.Unrated})
	}
	return f
}

// TestFitInjectionText checks the terminal renderings drop control
// characters and keep posting text on its line.
func TestFitInjectionText(t *testing.T) {
	all := xssScript + " " + pipes + icsBreak + " " + uni + " \x1b[31mred\x1b[0m"
	var b bytes.Buffer
	if err := FitText(&b, hostileFit(all), nil, 0); err != nil {
		t.Fatal(err)
	}
	rows := []skillgap.Gap{{Demand: skillgap.Demand{SkillID: xssAttr}, Name: all, Examples: hostileExamples(all)}}
	if err := ExamplesText(&b, rows); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.ContainsAny(out, "\x1b\r\u202e") {
		t.Errorf("terminal output holds an escape, a carriage return or a bidi override:\n%q", out)
	}
	for _, l := range strings.Split(out, "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "BEGIN:") || strings.HasPrefix(l, "UID:") || strings.HasPrefix(l, "javascript:") {
			t.Errorf("a line starts with injected text or a hostile link: %q", l)
		}
	}
}
