package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/index"
	"github.com/skillgap/skillgap/market"
	"github.com/skillgap/skillgap/reports"
)

// marketPostings is a small market over 2025: 40 postings a month; LLMs rise
// from 10% to 65% of them, waterfall falls from 30% to 2.5%, roadmapping stays
// at half and SQL comes with every fourth LLM posting.
func marketPostings() []skillgap.Posting {
	var ps []skillgap.Posting
	for m := range 12 {
		for i := range 40 {
			date := time.Date(2025, time.Month(m+1), 1+i%28, 0, 0, 0, 0, time.UTC)
			p := skillgap.Posting{
				ID: fmt.Sprintf("greenhouse:acme:%d-%d", m, i), Source: "acme", SourceKind: "greenhouse",
				Company: []string{"Acme", "Globex", "Initech"}[i%3], Title: fmt.Sprintf("Product Manager %d-%d", m, i),
				Role: "product manager", Seniority: []skillgap.Seniority{skillgap.Senior, skillgap.Mid}[i%2],
				Locations: []string{"London, UK"}, Country: "GB",
				Workplace:   []skillgap.Workplace{skillgap.Remote, skillgap.Hybrid}[(i/2)%2],
				Description: "You will own the product roadmap and work with engineering.",
				Posted:      date, FirstSeen: date, LastSeen: date,
			}
			add := func(id string, lvl skillgap.Requirement) {
				p.Skills = append(p.Skills, skillgap.SkillMention{SkillID: id, Level: lvl})
			}
			if i%2 == 0 {
				add("roadmapping", skillgap.Required)
			}
			if i < 4+2*m {
				add("llms", skillgap.Required)
				if i%4 == 0 {
					add("sql", skillgap.Preferred)
				}
				p.Description += " Build features on large language models."
			}
			if i >= 28+m {
				add("waterfall", skillgap.Preferred)
			}
			ps = append(ps, p)
		}
	}
	return ps
}

// marketDir writes marketPostings into a new index in a temporary data directory.
func marketDir(t *testing.T) (string, []skillgap.Posting) {
	t.Helper()
	dir := t.TempDir()
	idx, err := openIndex(dir)
	if err != nil {
		t.Fatal(err)
	}
	ps := marketPostings()
	if err := idx.Put(t.Context(), ps); err != nil {
		t.Fatal(err)
	}
	if err := idx.Close(); err != nil {
		t.Fatal(err)
	}
	return dir, ps
}

// bruteWindow counts postings dated in [from, to) and those asking for skill.
func bruteWindow(ps []skillgap.Posting, skill string, from, to time.Time) (n, total int) {
	for _, p := range ps {
		if p.Date().Before(from) || !p.Date().Before(to) {
			continue
		}
		total++
		for _, m := range p.Skills {
			if m.SkillID == skill {
				n++
			}
		}
	}
	return n, total
}

func TestTrendsText(t *testing.T) {
	dir, ps := marketDir(t)
	var out bytes.Buffer
	if err := runTrends(t.Context(), trendsOptions{DataDir: dir, Interval: "month"}, &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{"480 postings, as of 2025-12-28", "Roadmapping", "LLMs & generative AI", "rising:", "falling:", "▂▃▃▄▄▅▅▆▆▇▇█"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	// The rising line states the counts behind it; check them by brute force.
	end := time.Date(2025, 12, 29, 0, 0, 0, 0, time.UTC)
	start := end.Add(-market.DefaultWindow)
	after, ta := bruteWindow(ps, "llms", start, end)
	before, tb := bruteWindow(ps, "llms", start.Add(-market.DefaultWindow), start)
	want := "LLMs & generative AI  " + reports.ChangeText(analyze.CompareWindows("llms", before, tb, after, ta, 0))
	rising := got[strings.Index(got, "rising:"):strings.Index(got, "falling:")]
	if !strings.Contains(rising, want) {
		t.Errorf("rising section lacks %q:\n%s", want, rising)
	}
	if !strings.Contains(got[strings.Index(got, "falling:"):], "Waterfall") {
		t.Errorf("falling section lacks Waterfall:\n%s", got)
	}
	if strings.Contains(rising, "Roadmapping") {
		t.Errorf("a flat skill is reported as rising:\n%s", rising)
	}
}

func TestTrendsJSONWithBy(t *testing.T) {
	dir, ps := marketDir(t)
	var out bytes.Buffer
	opts := trendsOptions{DataDir: dir, Interval: "quarter", With: "LLMs & generative AI", By: "seniority", JSON: true,
		Filter: seniorFilter()}
	if err := runTrends(t.Context(), opts, &out); err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Total       int                   `json:"total"`
		Skills      []skillgap.TrendRow   `json:"skills"`
		With        string                `json:"with"`
		WithTotal   int                   `json:"with_total"`
		CoOccurring []skillgap.CoRow      `json:"co_occurring"`
		Groups      []skillgap.TrendGroup `json:"groups"`
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	wantTotal, wantLLM, wantBoth := 0, 0, 0
	for _, p := range ps {
		if p.Seniority != skillgap.Senior {
			continue
		}
		wantTotal++
		var llm, sql bool
		for _, m := range p.Skills {
			llm = llm || m.SkillID == "llms"
			sql = sql || m.SkillID == "sql"
		}
		if llm {
			wantLLM++
		}
		if llm && sql {
			wantBoth++
		}
	}
	if rep.Total != wantTotal || rep.With != "llms" || rep.WithTotal != wantLLM {
		t.Errorf("total %d, with %q %d; want %d, llms %d", rep.Total, rep.With, rep.WithTotal, wantTotal, wantLLM)
	}
	if len(rep.Skills) == 0 || len(rep.Skills[0].Series) != 4 {
		t.Fatalf("want quarterly series of 4 points; got %+v", rep.Skills)
	}
	var sqlRow *skillgap.CoRow
	for i := range rep.CoOccurring {
		if rep.CoOccurring[i].ID == "sql" {
			sqlRow = &rep.CoOccurring[i]
		}
	}
	if sqlRow == nil || sqlRow.Together != wantBoth || sqlRow.Lift <= 1 {
		t.Errorf("sql with llms: %+v; want together %d and lift > 1", sqlRow, wantBoth)
	}
	if len(rep.Groups) != 1 || rep.Groups[0].Value != "senior" || rep.Groups[0].Total != wantTotal {
		t.Errorf("groups %+v; want only senior with %d", rep.Groups, wantTotal)
	}
}

func seniorFilter() index.Filter { return index.Filter{Seniority: skillgap.Senior} }

func TestTrendsCSV(t *testing.T) {
	dir, _ := marketDir(t)
	var out bytes.Buffer
	opts := trendsOptions{DataDir: dir, Interval: "month", CSV: true, Skills: []string{"sql", "Roadmapping"}}
	if err := runTrends(t.Context(), opts, &out); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || rows[1][0] != "sql" || rows[2][0] != "roadmapping" || rows[2][4] != "480" {
		t.Fatalf("got %q; want a header, sql and roadmapping over 480 postings", rows)
	}
	// The time series: a share column per month of 2025.
	var months []string
	for _, h := range rows[0] {
		if strings.HasPrefix(h, "share_2025-") {
			months = append(months, h)
		}
	}
	if len(months) != 12 || months[0] != "share_2025-01-01" || rows[1][len(rows[1])-1] == "" {
		t.Errorf("series columns %q, sql row %q; want twelve months of shares", months, rows[1])
	}
}

func TestTrendsExitCodes(t *testing.T) {
	dir, _ := marketDir(t)
	empty := t.TempDir()
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"ok", []string{"trends", "--data", dir, "--top", "3"}, exitOK, ""},
		{"bad interval", []string{"trends", "--data", dir, "--interval", "day"}, exitUsage, "--interval"},
		{"bad date", []string{"trends", "--data", dir, "--since", "May"}, exitUsage, "--since"},
		{"bad window", []string{"trends", "--data", dir, "--window", "6x"}, exitUsage, "--window"},
		{"bad query", []string{"trends", "--data", dir, "--query", `title:"open`}, exitUsage, "bad query"},
		{"unknown skill", []string{"trends", "--data", dir, "--skill", "no-such"}, exitUsage, "unknown skill"},
		{"no index", []string{"trends", "--data", empty}, exitError, "run skillgap crawl or skillgap demo first"},
		{"search ok", []string{"search", "--data", dir, "roadmap"}, exitOK, ""},
		{"search bad query", []string{"search", "--data", dir, `"open`}, exitUsage, "bad query"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), append([]string{"skillgap"}, tt.args...), &stdout, &stderr,
				func(string) string { return "" })
			if code != tt.code || !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr.String(), tt.code, tt.stderr)
			}
		})
	}
}

func TestSearch(t *testing.T) {
	dir, _ := marketDir(t)
	var out bytes.Buffer
	opts := searchOptions{DataDir: dir, Query: `"language models"`, Filter: seniorFilter(), Limit: 3}
	if err := runSearch(t.Context(), opts, &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{"postings match; showing 3", "«language» «models»", "skills:", "seniority: senior"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}

func TestParseWindowAndDay(t *testing.T) {
	for in, want := range map[string]time.Duration{"": market.DefaultWindow, "90d": 90 * 24 * time.Hour,
		"2w": 14 * 24 * time.Hour, "6m": 183 * 24 * time.Hour, "1y": 365 * 24 * time.Hour} {
		if got, err := parseWindow(in); err != nil || got != want {
			t.Errorf("parseWindow(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, tt := range []struct {
		in   string
		end  bool
		want string
	}{{"2025-03", false, "2025-03-01"}, {"2025-03", true, "2025-04-01"}, {"2025-03-31", true, "2025-04-01"}} {
		got, err := parseDay(tt.in, tt.end)
		if err != nil || got.Format(skillgap.DateLayout) != tt.want {
			t.Errorf("parseDay(%q, %v) = %v, %v; want %s", tt.in, tt.end, got, err, tt.want)
		}
	}
}

func TestMarketDemand(t *testing.T) {
	dir, ps := marketDir(t)
	idx, err := market.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	total, demand, err := market.Demand(t.Context(), idx, index.Filter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	end := time.Date(2025, 12, 29, 0, 0, 0, 0, time.UTC) // the day after the latest posting
	start := end.Add(-market.DefaultWindow)
	for _, d := range demand {
		after, ta := bruteWindow(ps, d.SkillID, start, end)
		before, tb := bruteWindow(ps, d.SkillID, start.Add(-market.DefaultWindow), start)
		ch := analyze.CompareWindows(d.SkillID, before, tb, after, ta, 0)
		if total != ta || d.Total != ta || d.Postings != after || d.TrendSignificant != ch.Significant ||
			d.Trend != math.Round(ch.Delta*10)/10 {
			t.Errorf("%s: got %+v (total %d); want postings %d of %d, trend %.1f significant %v",
				d.SkillID, d, total, after, ta, ch.Delta, ch.Significant)
		}
	}
	if len(demand) != 4 || demand[0].SkillID != "llms" {
		t.Errorf("demand %+v; want 4 skills, llms first (126 of the last 240)", demand)
	}
}

// TestTrendsSingleCrawl: postings all first seen by one crawl have dates that
// say how old they are, not how demand moved: no rising or falling, and a note.
func TestTrendsSingleCrawl(t *testing.T) {
	dir := t.TempDir()
	idx, err := openIndex(dir)
	if err != nil {
		t.Fatal(err)
	}
	ps := marketPostings()
	crawl := time.Date(2025, 12, 29, 9, 0, 0, 0, time.UTC)
	for i := range ps {
		ps[i].FirstSeen, ps[i].LastSeen = crawl, crawl
	}
	if err := idx.Put(t.Context(), ps); err != nil {
		t.Fatal(err)
	}
	if err := idx.Close(); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := runTrends(t.Context(), trendsOptions{DataDir: dir, Interval: "month"}, &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	if !strings.Contains(got, "note: The index holds a single crawl") || strings.Count(got, "none significant") != 2 {
		t.Errorf("want the single-crawl note and no rising or falling skill:\n%s", got)
	}
}

// TestTrendsAndGapSameDay: trends says "as of" the day gap says its window
// runs "to", over the same postings.
func TestTrendsAndGapSameDay(t *testing.T) {
	dir := gapDir(t)
	inv := writeInventory(t, t.TempDir(), "Senior Product Manager")
	_, trends, _ := runCLI(t, "trends", "--data", dir, "--top", "3")
	_, gap, _ := runCLI(t, "gap", "--data", dir, "--inventory", inv)
	asOf := regexp.MustCompile(`as of (\d{4}-\d\d-\d\d)`).FindStringSubmatch(trends)
	to := regexp.MustCompile(`from \d{4}-\d\d-\d\d to (\d{4}-\d\d-\d\d)`).FindStringSubmatch(gap)
	if asOf == nil || to == nil || asOf[1] != to[1] {
		t.Errorf("trends %q, gap %q; want the same day\n%s\n%s", asOf, to, trends, gap)
	}
}
