package market

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
)

func TestPickExamples(t *testing.T) {
	ex := func(companies string) []skillgap.Example {
		var out []skillgap.Example
		for i, c := range strings.Fields(companies) {
			out = append(out, skillgap.Example{PostingID: fmt.Sprint(i), Company: c})
		}
		return out
	}
	tests := []struct {
		name, in string
		n        int
		shown    string // posting ids an earlier row shows
		want     string // posting ids kept, in order
	}{
		{"fewer than n", "A B", 3, "", "0 1"},
		{"one per company first", "A A B A C", 3, "", "0 2 4"},
		{"case and spaces do not make another company", "Acme acme ACME Beta", 2, "", "0 3"},
		{"one company: the newest", "A A A A", 3, "", "0 1 2"},
		{"two companies fill up in date order", "A A B A", 3, "", "0 1 2"},
		{"postings an earlier row shows come last", "A B C D E", 3, "0 1", "2 3 4"},
		{"then one per company, shown or not", "A B A A", 3, "0 1 2", "0 1 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			shown := map[string]bool{}
			for _, id := range strings.Fields(tt.shown) {
				shown[id] = true
			}
			var got []string
			for _, e := range pickExamples(ex(tt.in), tt.n, shown) {
				got = append(got, e.PostingID)
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("got %v; want %s", got, tt.want)
			}
		})
	}
}

func TestAddExamples(t *testing.T) {
	idx := market(t)
	b, err := ForTarget(t.Context(), idx, Target{Seniority: skillgap.Senior, Role: analyze.RoleProductManager}, Options{Window: 183 * 24 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	rows := []skillgap.Gap{{Demand: skillgap.Demand{SkillID: "llms"}}, {Demand: skillgap.Demand{SkillID: "hiring"}}, {Demand: skillgap.Demand{SkillID: "payments"}}}
	if err := AddExamples(t.Context(), idx, b, rows, 0); err != nil {
		t.Fatal(err)
	}
	// llms: the 8 senior AI PM postings in payments (ids 0–7, companies Co0–Co6),
	// newest first: day0 minus 0…7 days, so ids 0, 1, 2.
	var got []string
	for _, e := range rows[0].Examples {
		got = append(got, e.PostingID)
	}
	if want := []string{"ashby:b:0", "ashby:b:1", "ashby:b:2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got llms examples %v; want %v", got, want)
	}
	if len(rows[1].Examples) != 0 {
		t.Errorf("got %d hiring examples; want none: no senior PM posting asks for hiring", len(rows[1].Examples))
	}
	// payments is asked by the same 8 postings: the next three, not the ones llms shows.
	got = nil
	for _, e := range rows[2].Examples {
		got = append(got, e.PostingID)
	}
	if want := []string{"ashby:b:3", "ashby:b:4", "ashby:b:5"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got payments examples %v; want %v", got, want)
	}
	all, total, err := b.Postings(t.Context(), idx, "llms", 0)
	if err != nil || total != 8 || len(all) != 8 {
		t.Errorf("got %d of %d llms postings (err %v); want all 8", len(all), total, err)
	}
}
