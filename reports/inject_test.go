package reports

import (
	"bytes"
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
	"github.com/skillgap/skillgap"
)

// Hostile text that postings or users could write.
const (
	xssScript = `<script>alert(1)</script>`
	xssAttr   = `"><img src=x onerror=alert(1)>`
	pipes     = `| a | b |`
	icsBreak  = "\r\nBEGIN:VEVENT\r\nUID:evil"
	uni       = "Prodüct 製品 🚀 \u202Eevil\u202C ünïcødé ﬁ éééééééééééééééééééééééééééééééééééééééé"
)

// hostileReport puts hostile text in every field a renderer prints.
func hostileReport() Report {
	all := xssScript + " " + xssAttr + " " + pipes + icsBreak + " " + uni
	r := sampleReport()
	r.Title = xssScript
	g := r.Gap
	g.Target, g.Role, g.Note, g.Basis, g.Reliable = all, xssAttr, all, all, false
	g.Gaps[0].Name, g.Gaps[0].Why, g.Gaps[0].Category = xssScript, all, pipes
	g.Gaps[1].SkillID, g.Gaps[1].Name, g.Gaps[1].Why = xssAttr, "", pipes+icsBreak
	g.Strength[0].Name = all
	g.Valued[0].Why = "`code` *em* _u_ [link](javascript:alert(1)) &lt; $x$ # h"
	g.Trends[xssAttr] = g.Trends["sql"]
	g.Gaps[0].Examples, g.Gaps[1].Examples = hostileExamples(all), hostileExamples(all)
	g.Pay = hostilePay(all)
	r.Fit = hostileFit(all)
	r.Taxonomy = skillgap.NewTaxonomy(append(slices.Clone(r.Taxonomy.Skills), skillgap.Skill{ID: xssAttr, Name: all, Category: xssScript}))
	p := r.Plan
	p.Owner, p.TargetRole, p.LongTermRole, p.CurrentRole = all, all, xssScript, pipes
	p.Market.Role = all
	for i := range p.Goals {
		goal := &p.Goals[i]
		goal.Title = xssScript + icsBreak + uni
		goal.Specific, goal.Measurable, goal.Achievable, goal.Relevant, goal.Notes = all, all, all, all, all+"\n\n"+all
		for j := range goal.Tasks {
			goal.Tasks[j].Title = all
			goal.Tasks[j].Notes = pipes + icsBreak
		}
	}
	p.Goals[0].Tasks[0].ID = xssAttr + icsBreak
	return r
}

// wantEvents counts the VEVENTs ICS must write: one per dated task and goal.
func wantEvents(p *skillgap.Plan) int {
	n := 0
	for _, g := range p.Goals {
		if !g.Deadline.IsZero() {
			n++
		}
		for _, t := range g.Tasks {
			if !t.Due.IsZero() {
				n++
			}
		}
	}
	return n
}

func TestInjectionHTML(t *testing.T) {
	var b bytes.Buffer
	if err := HTML(&b, hostileReport()); err != nil {
		t.Fatalf("HTML: %v", err)
	}
	out := strings.ToLower(b.String())
	for _, bad := range []string{"<script", "<img", "<iframe", "href=", "\u202e"} {
		if strings.Contains(out, bad) {
			i := strings.Index(out, bad)
			t.Errorf("HTML contains %q: …%s…", bad, out[max(0, i-80):min(len(out), i+80)])
		}
	}
	if !strings.Contains(b.String(), "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("HTML does not show the hostile title as escaped text")
	}
}

// cellCount counts the cells of a Markdown table row: pipes not escaped by a
// backslash, less one.
func cellCount(line string) int {
	n := 0
	for i := 0; i < len(line); i++ {
		if line[i] == '\\' {
			i++
			continue
		}
		if line[i] == '|' {
			n++
		}
	}
	return n - 1
}

func TestInjectionMarkdown(t *testing.T) {
	var b bytes.Buffer
	if err := Markdown(&b, hostileReport()); err != nil {
		t.Fatalf("Markdown: %v", err)
	}
	out := b.String()
	// Every < and ] from the input is escaped, so no HTML and no link survive.
	if m := regexp.MustCompile(`(^|[^\\])<[a-zA-Z/]`).FindString(out); m != "" {
		t.Errorf("Markdown contains raw HTML from the input: %q", m)
	}
	if strings.Contains(out, "\r") || strings.Contains(out, "\u202e") {
		t.Errorf("Markdown contains a carriage return or a bidi override")
	}
	if regexp.MustCompile(`[^\\]\]\(javascript`).MatchString(out) {
		t.Errorf("Markdown contains a live link from the input")
	}
	lines := strings.Split(out, "\n")
	cols := 0
	for i, l := range lines {
		switch {
		case strings.HasPrefix(l, "BEGIN:") || strings.HasPrefix(l, "UID:"):
			t.Errorf("line %d starts with injected text: %q", i+1, l)
		case !strings.HasPrefix(l, "|"):
			cols = 0
		case cols == 0:
			cols = cellCount(l)
		case cellCount(l) != cols:
			t.Errorf("line %d has %d cells; want %d: %s", i+1, cellCount(l), cols, l)
		}
	}
}

func TestInjectionJSON(t *testing.T) {
	r := hostileReport()
	var b bytes.Buffer
	if err := JSON(&b, r); err != nil {
		t.Fatalf("JSON: %v", err)
	}
	if strings.Contains(b.String(), "<script") {
		t.Errorf("JSON contains a raw <script; want it escaped as \\u003c")
	}
	var back struct {
		Title string
		Plan  skillgap.Plan
	}
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatalf("decode: %v", err)
	}
	if back.Title != xssScript || back.Plan.Owner != r.Plan.Owner {
		t.Errorf("got title %q owner %q; want the text kept as written", back.Title, back.Plan.Owner)
	}
	validate(t, b.Bytes())
}

func TestInjectionICS(t *testing.T) {
	r := hostileReport()
	var b bytes.Buffer
	if err := ICS(&b, r.Plan); err != nil {
		t.Fatalf("ICS: %v", err)
	}
	checkICS(t, b.Bytes(), wantEvents(r.Plan))
	cal, err := ics.ParseCalendar(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatalf("parse calendar: %v", err)
	}
	ev := cal.Events()[0]
	summary := ev.GetProperty(ics.ComponentPropertySummary).Value
	if want := oneLine(r.Plan.Goals[0].Tasks[0].Title); !strings.HasPrefix(want, strings.TrimSuffix(summary, "…")) {
		t.Errorf("got summary %q; want %q", summary, want)
	}
	if id := ev.Id(); !regexp.MustCompile(`^[0-9a-f]{12}-task-[A-Za-z0-9._-]+@skillgap$`).MatchString(id) {
		t.Errorf("got UID %q; want one safe token", id)
	}
}

// checkICS checks the content lines of a calendar: CRLF endings, at most 75
// octets, valid UTF-8, and exactly events VEVENTs.
func checkICS(t *testing.T, data []byte, events int) {
	t.Helper()
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Errorf("calendar does not end with CRLF")
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n")
	begins := 0
	for i, l := range lines {
		if strings.ContainsAny(l, "\r\n") {
			t.Errorf("line %d holds a bare CR or LF: %q", i+1, l)
		}
		if len(l) > 75 {
			t.Errorf("line %d is %d octets; want at most 75: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a UTF-8 character: %q", i+1, l)
		}
		if l == "BEGIN:VEVENT" {
			begins++
		}
	}
	if begins != events {
		t.Errorf("got %d VEVENTs; want %d", begins, events)
	}
}

func TestMarkdownEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"<script>x</script>", `\<script\>x\</script\>`},
		{"| a | b |", `\| a \| b \|`},
		{"*b* _i_ `c` [l](u)", "\\*b\\* \\_i\\_ \\`c\\` \\[l\\](u)"},
		{"a\r\n# b\nc", `a \# b c`},
		{"P&L and &lt; and &#60;", `P&L and \&lt; and \&#60;`},
		{"C# and $5", `C# and \$5`},
		{"tab\there", "tab here"},
		{"bidi\u202Egone", "bidigone"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := md(tt.in); got != tt.want {
				t.Errorf("md(%q) = %q; want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestICSStableUIDs(t *testing.T) {
	render := func(p *skillgap.Plan) []string {
		t.Helper()
		var b bytes.Buffer
		if err := ICS(&b, p); err != nil {
			t.Fatalf("ICS: %v", err)
		}
		cal, err := ics.ParseCalendar(&b)
		if err != nil {
			t.Fatalf("parse: %v", err)
		}
		var ids []string
		for _, e := range cal.Events() {
			ids = append(ids, e.Id())
		}
		return ids
	}
	first := render(samplePlan())
	replanned := samplePlan()
	replanned.Created = replanned.Created.Add(30 * 24 * time.Hour)
	replanned.Goals[0].Deadline = replanned.Goals[0].Deadline.AddDays(14)
	replanned.Goals[0].Tasks[2].Title = "Publish a retention dashboard, reviewed"
	if got := render(replanned); strings.Join(got, " ") != strings.Join(first, " ") {
		t.Errorf("re-planned UIDs %v; want the same as %v", got, first)
	}
	seen := map[string]bool{}
	for _, id := range first {
		if seen[id] {
			t.Errorf("UID %s appears twice", id)
		}
		seen[id] = true
	}
	other := samplePlan()
	other.Owner = "Someone Else"
	if got := render(other); got[0] == first[0] {
		t.Errorf("another owner's UID %s; want it to differ", got[0])
	}
	if err := ICS(&bytes.Buffer{}, nil); err == nil {
		t.Errorf("ICS(nil) succeeded; want an error")
	}
}
