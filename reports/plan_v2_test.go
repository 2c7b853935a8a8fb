package reports

import (
	"bytes"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/skillgap/skillgap"
)

// planV2 is a plan with what version 2 added: a target date, the scope,
// advice, why lines, a recurring task, a calendar slot and weekly blocks.
func planV2() *skillgap.Plan {
	day := skillgap.DateOf(time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC)) // a Monday
	return &skillgap.Plan{
		Version: 2, Created: day.Time, Owner: "Kim", TargetRole: "Senior PM", HoursPerWeek: 3, Start: day,
		TargetBy: day.AddDays(700), Slot: skillgap.Slot{Days: []time.Weekday{time.Tuesday, time.Thursday}, Start: 7*60 + 30},
		Scope:  &skillgap.Scope{NeedHours: 400, HaveHours: 300, Weeks: 100, Fit: skillgap.FitFewer, Left: []string{"SQL (40 h)"}, Text: "The goals you would want need 400 h; there are 300 h."},
		Advice: []string{"MBA is asked in 12% of 52 postings. It is a degree, not an exam."},
		Goals: []skillgap.Goal{{ID: "mentor", Title: "Find a mentor", Kind: skillgap.GoalMentorship, Horizon: skillgap.MidTerm,
			Specific: "s", Measurable: "m", Achievable: "a", Relevant: "r", Why: "From the start: a mentor checks the plan.",
			Start: day, Deadline: day.AddDays(69), Hours: 4.5,
			Tasks: []skillgap.Task{{ID: "mentor-1", Title: "Meet your mentor", Hours: 4.5, Every: skillgap.Monthly, Times: 3, DoneTimes: 1,
				Start: day, Due: day.AddDays(69), Dates: []skillgap.Date{day.AddDays(6), day.AddDays(34), day.AddDays(69)}, Status: skillgap.Todo}}}},
		Calendar: []skillgap.Block{
			{Week: day, Hours: 2, Task: "mentor-1"}, {Week: day, Hours: 1, Task: "other"},
			{Week: day.AddDays(7), Hours: 0.75, Task: "mentor-1"},
		},
	}
}

func TestPlanV2Rendered(t *testing.T) {
	r := Report{Generated: time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC), Plan: planV2()}
	for _, tt := range []struct {
		name   string
		render func(*bytes.Buffer) error
	}{
		{"md", func(b *bytes.Buffer) error { return Markdown(b, r) }},
		{"html", func(b *bytes.Buffer) error { return HTML(b, r) }},
	} {
		var b bytes.Buffer
		if err := tt.render(&b); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"need 400 h", "It is a degree, not an exam", "a mentor checks the plan", "1.5 × 3 monthly = 4.5",
			"medium term", "target date 2028-12-04", "Tue Thu 07:30"} {
			if !strings.Contains(b.String(), want) {
				t.Errorf("%s lacks %q", tt.name, want)
			}
		}
	}
}

func TestICSWeeklySessions(t *testing.T) {
	p := planV2()
	var b bytes.Buffer
	if err := ICS(&b, p); err != nil {
		t.Fatal(err)
	}
	cal, err := ics.ParseCalendar(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range cal.Events() {
		if !strings.Contains(e.Id(), "-session-") {
			continue
		}
		got = append(got, e.GetProperty(ics.ComponentPropertyDtStart).Value+"–"+e.GetProperty(ics.ComponentPropertyDtEnd).Value)
	}
	// Week 1: 3 h over Tuesday and Thursday at 07:30; week 2: 45 minutes, one session.
	want := "20270105T073000–20270105T090000 20270107T073000–20270107T090000 20270112T073000–20270112T081500"
	if strings.Join(got, " ") != want {
		t.Errorf("got sessions %v; want %s", got, want)
	}
	if !strings.Contains(b.String(), "Meet your mentor") {
		t.Errorf("sessions do not name their tasks")
	}
	// No slot: the default for 3 h a week is Tuesday and Thursday at 18:00.
	p.Slot = skillgap.Slot{}
	if s := sessionSlot(p); s.String() != "Tue Thu 18:00" {
		t.Errorf("got default slot %q", s)
	}
}

func TestPlanV2JSONSchema(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, Report{Generated: time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC), Plan: planV2()}); err != nil {
		t.Fatal(err)
	}
	validate(t, b.Bytes())
}
