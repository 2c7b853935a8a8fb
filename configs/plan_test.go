package configs

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

func loadPlanFile(t *testing.T, name string) (skillgap.Plan, error) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "plan", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return LoadPlan(f, name)
}

func TestLoadPlanEdited(t *testing.T) {
	p, err := loadPlanFile(t, "edited.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ts := p.Goals[0].Tasks
	if ts[0].Status != skillgap.Done || ts[0].ActualHours != 12.5 || ts[0].Notes != "used the dbt tutorial" {
		t.Errorf("got task %+v; want done, 12.5 h, notes", ts[0])
	}
	if ts[1].Status != skillgap.Doing || ts[2].Status != skillgap.Todo {
		t.Errorf("got statuses %q, %q; want doing (case folded) and todo (empty)", ts[1].Status, ts[2].Status)
	}
	if p.Market.Skills[0].Share != 0.4808 || p.Start.String() != "2026-06-01" {
		t.Errorf("got market %+v start %s", p.Market, p.Start)
	}
}

func TestPlanRoundTrip(t *testing.T) {
	p, err := loadPlanFile(t, "edited.yaml")
	if err != nil {
		t.Fatal(err)
	}
	p.Goals[0].Specific = "Line one: with a colon\nline two"
	var buf bytes.Buffer
	if err := WritePlan(&buf, p); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "# skillgap development plan. Yours to edit:") {
		t.Errorf("got %q…; want the header comment first", buf.String()[:60])
	}
	q, err := LoadPlan(&buf, "round.yaml")
	if err != nil {
		t.Fatalf("read back: %v\n%s", err, buf.String())
	}
	if !reflect.DeepEqual(p, q) {
		t.Errorf("round trip changed the plan:\n got %+v\nwant %+v", q, p)
	}
}

func TestLoadPlanErrors(t *testing.T) {
	_, err := loadPlanFile(t, "bad_status.yaml")
	if err == nil {
		t.Fatal("got no error")
	}
	for _, w := range []string{
		`bad_status.yaml:10:14: goals[0].horizon: unknown horizon "soon"`,
		`bad_status.yaml:15:17: goals[0].tasks[0].status: unknown status "finished"; want todo, doing, done or dropped`,
		`bad_status.yaml:16:13: goals[0].tasks[1].id: task id "skill-sql-1" is already used at goals[0].tasks[0]`,
		`bad_status.yaml:19:23: goals[0].tasks[1].actual_hours: must not be negative`,
	} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("got %q; want it to contain %q", err, w)
		}
	}
	if _, err := LoadPlan(strings.NewReader("name: not a plan\n"), "x.yaml"); err == nil {
		t.Error("got no error for a file that is not a plan")
	}
}

func TestWritePlanVersion(t *testing.T) {
	var buf bytes.Buffer
	p := skillgap.Plan{Created: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), TargetRole: "PM", HoursPerWeek: 2,
		Start: skillgap.DateOf(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)), Goals: []skillgap.Goal{}}
	if err := WritePlan(&buf, p); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "version: 2") || strings.Contains(buf.String(), "scope:") {
		t.Errorf("got %s; want version 2 and no empty scope", buf.String())
	}
}

func FuzzLoadPlan(f *testing.F) {
	for _, name := range []string{"edited.yaml", "bad_status.yaml"} {
		b, err := os.ReadFile(filepath.Join("testdata", "plan", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := LoadPlan(bytes.NewReader(data), "fuzz.yaml")
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WritePlan(&buf, p); err != nil {
			t.Fatalf("write a plan that loaded: %v", err)
		}
	})
}

// TestPlanVersion2 checks what version 2 added: recurring tasks, the target
// date, the scope and the calendar round-trip, and the user's done_times is
// checked against the task's times.
func TestPlanVersion2(t *testing.T) {
	day := skillgap.DateOf(time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC))
	p := skillgap.Plan{Version: 2, Created: day.Time, TargetRole: "Senior PM", HoursPerWeek: 3, Start: day,
		TargetBy: day.AddDays(700), Slot: skillgap.Slot{Days: []time.Weekday{time.Tuesday}, Start: 18 * 60},
		Scope: &skillgap.Scope{NeedHours: 120, HaveHours: 300, Weeks: 100, Text: "They fit."},
		Goals: []skillgap.Goal{{ID: "mentor", Title: "Mentor", Kind: skillgap.GoalMentorship, Horizon: skillgap.MidTerm, After: []string{"x"},
			Tasks: []skillgap.Task{{ID: "mentor-1", Title: "Meet monthly", Hours: 4.5, Every: skillgap.Monthly, Times: 3, DoneTimes: 1,
				Start: day, Due: day.AddDays(69), Dates: []skillgap.Date{day.AddDays(6), day.AddDays(34), day.AddDays(69)}, Status: skillgap.Todo}}}},
		Calendar: []skillgap.Block{{Week: day, Hours: 1.5, Task: "mentor-1"}},
	}
	var buf bytes.Buffer
	if err := WritePlan(&buf, p); err != nil {
		t.Fatal(err)
	}
	q, err := LoadPlan(bytes.NewReader(buf.Bytes()), "v2.yaml")
	if err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	if !reflect.DeepEqual(p, q) {
		t.Errorf("round trip changed the plan:\n got %+v\nwant %+v\n%s", q, p, buf.String())
	}
	for _, tt := range []struct{ from, to, want string }{
		{"done_times: 1", "done_times: 4", "done_times: 4 is out of range; want 0 to 3"},
		{"every: month", "every: fortnightly", `unknown cadence "fortnightly"`},
		{"horizon: medium", "horizon: soonish", "want short, medium or long"},
		{"version: 2", "version: 3", "plan version 3 is not supported; want 1 to 2"},
	} {
		bad := strings.Replace(buf.String(), tt.from, tt.to, 1)
		if _, err := LoadPlan(strings.NewReader(bad), "bad.yaml"); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s → %s: got %v; want %q", tt.from, tt.to, err, tt.want)
		}
	}
}
