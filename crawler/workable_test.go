package crawler

import (
	"net/http"
	"strings"
	"testing"

	skillgap "github.com/skillgap/skillgap"
)

func TestWorkableParse(t *testing.T) {
	src := skillgap.Source{Name: "fab-wk", Kind: skillgap.Workable, Board: "fabrikam"}
	got, err := ParseWorkable(readFixture(t, "workable/account.json"), src)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("postings = %d; want 3", len(got))
	}
	p := got[0]
	if p.ID != "workable:fabrikam:A1B2C3D4E5" || p.Company != "Fabrikam Labs" || p.Country != "GR" ||
		p.EmploymentType != "full-time" || p.URL != "https://apply.workable.com/j/A1B2C3D4E5" ||
		len(p.Locations) != 1 || p.Locations[0] != "Athens, Attica, Greece" || p.Posted.IsZero() {
		t.Errorf("posting = %+v", p)
	}
	if !strings.Contains(p.Description, "- Define metrics with analysts") {
		t.Errorf("description:\n%s", p.Description)
	}
	if got[2].Workplace != skillgap.Remote {
		t.Errorf("telecommuting job workplace = %q", got[2].Workplace)
	}
	_, dropped, err := parseWorkable(readFixture(t, "workable/account.json"), src, func(title string) bool {
		return strings.Contains(title, "Product")
	})
	if err != nil || dropped != 1 {
		t.Errorf("filtered parse: dropped %d, err %v", dropped, err)
	}
	if ps, err := ParseWorkable(readFixture(t, "workable/empty.json"), src); err != nil || len(ps) != 0 {
		t.Errorf("empty account: %v, %v", ps, err)
	}
}

func TestWorkableCrawl(t *testing.T) {
	srv := newTestServer(t, map[string]http.HandlerFunc{
		"GET /api/v1/widget/accounts/fabrikam": serve(readFixture(t, "workable/account.json"), "application/json"),
	})
	src := skillgap.Source{Name: "fab-wk", Kind: skillgap.Workable, Board: "fabrikam", BaseURL: srv.URL}
	r := crawlAll(t, testOptions(t), []skillgap.Source{src}, nil)["fab-wk"]
	if r.Err != nil || len(r.Postings) != 2 || r.Dropped != 1 || !r.Complete || r.Requests != 1 {
		t.Errorf("err %v, postings %d, dropped %d, complete %v, requests %d", r.Err, len(r.Postings), r.Dropped, r.Complete, r.Requests)
	}
	if hits := srv.requests("/api/v1/widget/accounts/fabrikam"); len(hits) != 1 || !strings.Contains(hits[0].uri, "details=true") {
		t.Errorf("hits = %v", hits)
	}
}
