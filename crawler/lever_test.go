package crawler

import (
	"strings"
	"testing"

	skillgap "github.com/skillgap/skillgap"
)

func TestParseLever(t *testing.T) {
	src := skillgap.Source{Name: "tw", Kind: skillgap.Lever, Board: "tidewater", Company: "Tidewater"}
	got, err := ParseLever(readFixture(t, "lever/postings.json"), src)
	if err != nil {
		t.Fatal(err)
	}
	base := skillgap.Posting{Source: "tw", SourceKind: "lever", Board: "tidewater", Company: "Tidewater"}
	const u = "https://jobs.lever.co/tidewater/0a1b2c3d-0000-4000-8000-00000000000"
	want := []skillgap.Posting{
		with(base, func(p *skillgap.Posting) {
			p.ID, p.JobID = "lever:tidewater:0a1b2c3d-0000-4000-8000-000000000001", "0a1b2c3d-0000-4000-8000-000000000001"
			p.Title = "Product Manager, Routing"
			p.Department = "Product" // categories.department
			p.Locations = []string{"Halifax, NS", "Portland, ME"}
			p.Country, p.Workplace, p.EmploymentType = "CA", skillgap.Hybrid, "full-time"
			p.Salary = &skillgap.Pay{Min: 120000, Max: 145000, Currency: "CAD", Period: "year"}
			p.URL = u + "1"
			p.Posted = ts("2026-01-01T00:00:00Z") // createdAt 1767225600000 ms
		}),
		with(base, func(p *skillgap.Posting) {
			p.ID, p.JobID = "lever:tidewater:0a1b2c3d-0000-4000-8000-000000000002", "0a1b2c3d-0000-4000-8000-000000000002"
			p.Title = "Associate Product Manager Intern"
			p.Department = "Product"
			p.Locations = []string{"Remote - US"}
			p.Country, p.Workplace, p.EmploymentType = "US", skillgap.Remote, "internship"
			p.URL = u + "2"
			p.Posted = ts("2026-02-01T00:00:00Z")
		}),
		with(base, func(p *skillgap.Posting) {
			p.ID, p.JobID = "lever:tidewater:0a1b2c3d-0000-4000-8000-000000000003", "0a1b2c3d-0000-4000-8000-000000000003"
			p.Title = "Product Marketing Manager"
			p.Locations = []string{"Portland, ME"}
			p.Country, p.Workplace, p.EmploymentType = "US", skillgap.Onsite, "contract"
			p.URL = u + "3"
			p.Posted = ts("2026-02-02T02:40:00Z")
		}),
	}
	checkPostings(t, got, want, [][]string{
		// description HTML although descriptionPlain is empty; lists as headed sections; closing text
		{"The role", "We are looking for a Product Manager to own route planning. You will partner with ops.",
			"What you'll do", "- Own the routing roadmap", "- Run A/B tests on booking flows",
			"What you bring", "- Comfort with SQL", "About Tidewater", "We are an equal opportunity employer."},
		// plain fallbacks
		{"Spend the summer with our product team.", "You will ship a real feature.",
			"Estimated annual salary range: $90,000 - $110,000.", "- Ferries on time", "- Happy towns"},
		{"Tell our story."},
	})
	if d := got[0].Description; strings.Index(d, "The role") > strings.Index(d, "What you bring") ||
		strings.Index(d, "What you bring") > strings.Index(d, "About Tidewater") {
		t.Errorf("sections out of order:\n%s", d)
	}
}

func TestParseLeverErrors(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"board error", `{"ok":false,"error":"Document not found"}`, `board says "Document not found"`},
		{"object", `{"jobs":[]}`, "want an array"},
		{"truncated", `[{"id":"a",`, "parse lever postings tw:"},
		{"not json", `oops`, "parse lever postings tw:"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseLever([]byte(c.body), skillgap.Source{Board: "tw"})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got error %v; want one containing %q", err, c.want)
			}
		})
	}
}
