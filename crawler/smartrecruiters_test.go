package crawler

import (
	"errors"
	"net/http"
	"strings"
	"testing"

	skillgap "github.com/skillgap/skillgap"
)

func smartRecruitersRoutes(t *testing.T) map[string]http.HandlerFunc {
	const list = "/v1/companies/Contoso/postings"
	page := func(w http.ResponseWriter, r *http.Request) {
		name := "smartrecruiters/page0.json"
		if r.URL.Query().Get("offset") == "2" {
			name = "smartrecruiters/page2.json"
		}
		serve(readFixture(t, name), "application/json")(w, r)
	}
	return map[string]http.HandlerFunc{
		"GET " + list:                      page,
		"GET " + list + "/744000001":       serve(readFixture(t, "smartrecruiters/744000001.json"), "application/json"),
		"GET " + list + "/744000003":       http.NotFound,
		"GET /v1/companies/Quiet/postings": serve(readFixture(t, "smartrecruiters/empty.json"), "application/json"),
	}
}

func TestSmartRecruitersCrawl(t *testing.T) {
	srv := newTestServer(t, smartRecruitersRoutes(t))
	srcs := []skillgap.Source{
		{Name: "contoso-sr", Kind: skillgap.SmartRecruiters, Board: "Contoso", BaseURL: srv.URL},
		{Name: "quiet-sr", Kind: skillgap.SmartRecruiters, Board: "Quiet", BaseURL: srv.URL},
	}
	got := crawlAll(t, testOptions(t), srcs, nil)

	r := got["contoso-sr"]
	if len(r.Postings) != 1 {
		t.Fatalf("postings = %v; want the one whose detail answers", r.Postings)
	}
	p := r.Postings[0]
	if p.ID != "smartrecruiters:Contoso:744000001" || p.Title != "Senior Product Manager, Payments" ||
		p.Company != "Contoso Ltd" || p.Country != "DE" || p.Department != "Product" || p.EmploymentType != "full-time" ||
		!strings.HasPrefix(p.URL, "https://jobs.smartrecruiters.com/Contoso/744000001") {
		t.Errorf("posting = %+v", p)
	}
	for _, want := range []string{"We build payment rails.", "Job Description", "- Write SQL to size bets", "Five years in product management."} {
		if !strings.Contains(p.Description, want) {
			t.Errorf("description lacks %q:\n%s", want, p.Description)
		}
	}
	// the missing detail is reported; the source is not complete, so nothing is closed
	if !errors.Is(r.Err, ErrStatus) || !strings.Contains(r.Err.Error(), "744000003") || r.Complete || r.Validator != "" {
		t.Errorf("err, complete, validator = %v, %v, %q; want the 404 of 744000003, false, empty", r.Err, r.Complete, r.Validator)
	}
	if r.Dropped != 1 { // Backend Engineer, dropped before any detail request
		t.Errorf("dropped = %d; want 1", r.Dropped)
	}
	if n := len(srv.requests("/v1/companies/Contoso/postings/744000002")); n != 0 {
		t.Errorf("detail of a dropped title fetched %d times", n)
	}
	if n := len(srv.requests("/v1/companies/Contoso/postings")); n != 2 {
		t.Errorf("list pages fetched %d times; want 2", n)
	}
	if q := got["quiet-sr"]; q.Err != nil || len(q.Postings) != 0 || !q.Complete || q.Requests != 1 {
		t.Errorf("empty company: err %v, postings %d, complete %v, requests %d", q.Err, len(q.Postings), q.Complete, q.Requests)
	}
}

func TestSmartRecruitersIncremental(t *testing.T) {
	srv := newTestServer(t, map[string]http.HandlerFunc{
		"GET /v1/companies/Quiet/postings": func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
			serve(readFixture(t, "smartrecruiters/empty.json"), "application/json")(w, r)
		},
	})
	src := skillgap.Source{Name: "quiet-sr", Kind: skillgap.SmartRecruiters, Board: "Quiet", BaseURL: srv.URL}
	first := crawlAll(t, testOptions(t), []skillgap.Source{src}, nil)["quiet-sr"]
	if first.Validator != `"v1"` {
		t.Fatalf("validator = %q", first.Validator)
	}
	again := crawlAll(t, testOptions(t), []skillgap.Source{src}, map[string]string{"quiet-sr": first.Validator})["quiet-sr"]
	if !again.NotModified || again.Requests != 1 {
		t.Errorf("second crawl: not modified %v, requests %d", again.NotModified, again.Requests)
	}
}
