package market

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
)

func TestReportBasis(t *testing.T) {
	idx := market(t)
	opts := Options{Window: 183 * 24 * time.Hour, Location: "GB", Company: "Co1", Query: "posting"}
	for _, tg := range []Target{
		{Seniority: skillgap.Senior, Role: analyze.RoleAIPM, Domains: []string{"payments"}, Broader: []string{"fintech"}},
		{Seniority: skillgap.Director, Role: analyze.RoleProductLeader},
	} {
		b, err := ForTarget(t.Context(), idx, tg, opts)
		if err != nil {
			t.Fatal(err)
		}
		rep := skillgap.GapReport{Basis: b.Label, Roles: b.Roles, Seniorities: b.Seniorities, Domains: b.Domains, Widening: b.Widening}
		if got := ReportBasis(rep, opts); !reflect.DeepEqual(got.Filter, b.Filter) || got.Label != b.Label {
			t.Errorf("got %+v %q; want the filter ForTarget chose, %+v %q", got.Filter, got.Label, b.Filter, b.Label)
		}
	}
}

func TestFitOpenPostings(t *testing.T) {
	// 6 senior PM postings asking for roadmapping, two of them closed, and 3
	// mid ones: the senior basis holds 4 open postings, whatever their date.
	var ps []skillgap.Posting
	for i := range 9 {
		sen := skillgap.Senior
		if i >= 6 {
			sen = skillgap.Mid
		}
		p := post(i, analyze.RoleProductManager, sen, day0.AddDate(0, -i*3, 0), nil, "roadmapping", "sql", "apis")
		p.LastSeen = day0
		if i == 1 || i == 4 {
			p.Closed = day0
		}
		ps = append(ps, p)
	}
	idx := testIndex(t, ps)
	b, err := ForTarget(t.Context(), idx, Target{Seniority: skillgap.Senior, Role: analyze.RoleProductManager}, Options{Min: 2})
	if err != nil {
		t.Fatal(err)
	}
	tax := skillgap.NewTaxonomy([]skillgap.Skill{{ID: "roadmapping", Name: "Roadmapping"}, {ID: "sql", Name: "SQL"}, {ID: "apis", Name: "APIs"}})
	inv := skillgap.Inventory{Skills: []skillgap.InventorySkill{{Skill: "roadmapping", Level: 2}, {Skill: "sql", Level: 2}, {Skill: "apis", Level: 2}}}
	rep, err := Fit(t.Context(), idx, b, inv, tax, skillgap.Senior, FitOptions{AsOf: day0.AddDate(1, 0, 0)})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range rep.Rows {
		ids = append(ids, r.PostingID)
	}
	if got, want := strings.Join(ids, " "), "ashby:b:0 ashby:b:2 ashby:b:3 ashby:b:5"; got != want || rep.Now != 4 {
		t.Errorf("got %s, %d fit; want %s, all 4 fit", got, rep.Now, want)
	}
	if n := strings.Join(rep.Notes, " "); !strings.Contains(n, "last crawl, 2025-10-01") || !strings.Contains(n, "12 months later") {
		t.Errorf("got notes %q; want the crawl date and its age", n)
	}
}
