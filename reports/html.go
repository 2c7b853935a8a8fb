package reports

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/skillgap/skillgap"
)

//go:embed report.html.tmpl
var htmlSource string

//go:embed fit.html.tmpl
var fitSource string

//go:embed pay.html.tmpl
var paySource string

// HTML writes r as one self-contained HTML file: inline CSS and inline SVG
// charts (demand for the top skills, monthly trends, the plan's timeline), no
// script, and nothing loaded from anywhere else. It prints readably.
func HTML(w io.Writer, r Report) error {
	tmpl, err := template.New("report").Funcs(template.FuncMap{
		"pct":    Percent,
		"hours":  Hours,
		"plural": skillgap.Plural,
		"date":   dateOf,
		"level":  skillgap.LevelName,
		"points": Points,
		"line":   oneLine,
		"class":  safeClass,
		"paras":  paragraphs,
		"add":    func(a, b int) int { return a + b },
		"args": func(id, title, intro string, rows []rowView) rowsArgs {
			return rowsArgs{ID: id, Title: title, Intro: intro, Rows: rows}
		},
	}).Parse(htmlSource)
	if err == nil {
		tmpl, err = tmpl.Parse(fitSource)
	}
	if err == nil {
		tmpl, err = tmpl.Parse(paySource)
	}
	if err != nil {
		return fmt.Errorf("parse html template: %w", err)
	}
	v, err := newHTMLView(&r)
	if err != nil {
		return err
	}
	if err := tmpl.Execute(w, v); err != nil {
		return fmt.Errorf("write html report: %w", err)
	}
	return nil
}

// htmlView is what the HTML template reads.
type htmlView struct {
	Title     string
	Generated string
	Gap       *gapView
	Plan      *planView
	Fit       *fitView
}

type gapView struct {
	Target, Evidence, Caution string
	Top, Notes, Motivations   []string
	Rows, Strengths, Valued   []rowView
	RateThese, Inferred       []rowView
	Demand                    template.HTML
	DemandRows                []rowView
	Trend                     *trendView
	Examples                  []exampleGroup
	Pay                       *payView
}

// rowsArgs is what the "rows" template reads.
type rowsArgs struct {
	ID, Title, Intro string
	Rows             []rowView
}

// rowView is one skill row with its figures formatted.
type rowView struct {
	Rank                 int
	Name, Category, Why  string
	Share, Required      string
	Postings, Total      int
	Have, Want, Short    int
	HaveW, WantX         int // inline level bar: width of "you", x of "expected"
	Trend                string
	Significant, Motives bool
	HaveText             string // the level with its source: "2 (inferred)", "?"
	StepUp, Priority     string
}

type planView struct {
	Owner, Current, Target, LongTerm, Time, Market string
	Scope                                          string
	Advice                                         []string
	Goals                                          []goalView
	Gantt                                          *gantt
}

type goalView struct {
	N                                                 int
	ID, Title, Kind, Horizon, Skill, Levels           string
	Specific, Measurable, Achievable, Relevant, Notes string
	Why                                               string
	Start, Deadline, Hours, Progress                  string
	Tasks                                             []taskView
}

// taskView is a task with its hours said for people.
type taskView struct {
	skillgap.Task
	HoursText string // "6", or "1.5 × 12 monthly = 18"
}

func newHTMLView(r *Report) (*htmlView, error) {
	v := &htmlView{Title: r.title()}
	if !r.Generated.IsZero() {
		v.Generated = r.Generated.UTC().Format("2 January 2006, 15:04 MST")
	}
	if r.Gap != nil {
		g, err := newGapView(r)
		if err != nil {
			return nil, err
		}
		v.Gap = g
	}
	if r.Plan != nil {
		v.Plan = newPlanView(r)
	}
	if r.Fit != nil {
		v.Fit = newFitView(r)
	}
	return v, nil
}

func newGapView(r *Report) (*gapView, error) {
	g := r.Gap
	v := &gapView{Target: oneLine(g.Target), Evidence: evidence(g)}
	if role := strings.TrimSpace(string(g.Seniority) + " " + g.Role); role != "" {
		v.Target += " (" + oneLine(role) + ")"
	}
	if !g.Reliable {
		v.Caution = cautionNote(g.Postings)
	}
	for _, n := range GapNotes(g) {
		v.Notes = append(v.Notes, oneLine(n))
	}
	for _, m := range g.Motivations {
		v.Motivations = append(v.Motivations, oneLine(r.MotivationText(m)))
	}
	v.RateThese, v.Inferred = r.rows(g.RateThese), r.rows(g.Inferred)
	for _, row := range g.Gaps[:min(3, len(g.Gaps))] {
		v.Top = append(v.Top, oneLine(r.rowName(row)))
	}
	v.Rows = r.rows(g.Gaps)
	v.Strengths = r.rows(g.Strength)
	v.Valued = r.rows(g.Valued)
	v.Examples = r.exampleGroups()
	v.Pay = newPayView(r, g.Pay)
	v.DemandRows = r.rows(r.topDemand(maxDemand))
	var err error
	if v.Demand, err = r.demandChart(); err != nil {
		return nil, err
	}
	if v.Trend, err = r.trendChart(); err != nil {
		return nil, err
	}
	return v, nil
}

func (r *Report) rows(gs []skillgap.Gap) []rowView {
	out := make([]rowView, 0, len(gs))
	for i, g := range gs {
		cat := g.Category
		if cat == "" {
			cat = r.skillCategory(g.SkillID)
		}
		out = append(out, rowView{
			Rank: i + 1, Name: oneLine(r.rowName(g)), Category: oneLine(cat), Why: oneLine(g.Why),
			Share: Percent(g.Share()), Required: Percent(g.RequiredShare()), Postings: g.Postings, Total: g.Total,
			Have: g.Have, Want: g.Want, Short: g.Level(),
			HaveW: levelX(g.Have), WantX: levelX(g.Want),
			Trend: Points(g.Trend), Significant: g.TrendSignificant, Motives: g.MotivationFit,
			HaveText: HaveText(g), StepUp: StepUpText(g), Priority: PriorityParts(g),
		})
	}
	return out
}

// levelX maps a level 0–4 onto the 80-pixel inline level bar.
func levelX(l int) int { return min(max(l, 0), skillgap.MaxLevel) * 20 }

func newPlanView(r *Report) *planView {
	p := r.Plan
	v := &planView{
		Owner: oneLine(p.Owner), Current: oneLine(p.CurrentRole), Target: oneLine(p.TargetRole),
		LongTerm: oneLine(p.LongTermRole),
		Time:     planTime(p),
		Market:   oneLine(snapshot(p.Market)),
		Gantt:    timeline(p, r.Generated),
	}
	if p.Scope != nil {
		v.Scope = oneLine(p.Scope.Text)
	}
	for _, a := range p.Advice {
		v.Advice = append(v.Advice, oneLine(a))
	}
	for i := range p.Goals {
		g := &p.Goals[i]
		gv := goalView{
			N: i + 1, ID: g.ID, Title: oneLine(g.Title), Kind: oneLine(string(g.Kind)),
			Horizon: horizonName(g.Horizon), Specific: oneLine(g.Specific), Measurable: oneLine(g.Measurable),
			Achievable: oneLine(g.Achievable), Relevant: oneLine(g.Relevant), Notes: clean(g.Notes),
			Start: dateOf(g.Start), Deadline: dateOf(g.Deadline), Hours: HoursCount(g.Hours),
			Progress: Percent(g.Progress()), Why: oneLine(g.Why),
		}
		for _, t := range g.Tasks {
			gv.Tasks = append(gv.Tasks, taskView{Task: t, HoursText: taskHours(t)})
		}
		if g.SkillID != "" {
			gv.Skill = oneLine(r.skillName(g.SkillID))
			if g.To > 0 {
				gv.Levels = fmt.Sprintf("%s → %s", skillgap.LevelName(g.From), skillgap.LevelName(g.To))
			}
		}
		v.Goals = append(v.Goals, gv)
	}
	return v
}

// paragraphs splits cleaned user text into its non-empty lines.
func paragraphs(s string) []string {
	var out []string
	for _, l := range strings.Split(clean(s), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
