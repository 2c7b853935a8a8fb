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
	if !strings.Contains(buf.String(), "version: 1") {
		t.Errorf("got %s; want version 1", buf.String())
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
