package crawler

import (
	"strings"
	"testing"

	skillgap "github.com/skillgap/skillgap"
)

func TestParseAshby(t *testing.T) {
	src := skillgap.Source{Name: "moss", Kind: skillgap.Ashby, Board: "mossgrid"}
	got, err := ParseAshby(readFixture(t, "ashby/board.json"), src)
	if err != nil {
		t.Fatal(err)
	}
	base := skillgap.Posting{Source: "moss", SourceKind: "ashby", Board: "mossgrid", Company: "mossgrid"}
	const u = "https://jobs.ashbyhq.com/mossgrid/5b1e0c9a-0000-4000-8000-0000000000a"
	want := []skillgap.Posting{
		with(base, func(p *skillgap.Posting) {
			p.ID, p.JobID = "ashby:mossgrid:5b1e0c9a-0000-4000-8000-0000000000a1", "5b1e0c9a-0000-4000-8000-0000000000a1"
			p.Title = "Staff Product Manager, Billing"
			p.Department = "Product"
			p.Locations = []string{"Chicago (Hybrid)", "Denver (Hybrid)"}
			p.Country = "US"
			p.Workplace = skillgap.Hybrid // workplaceType Hybrid beats isRemote true
			p.EmploymentType = "full-time"
			p.Salary = &skillgap.Pay{Min: 190000, Max: 240000, Currency: "USD", Period: "year", Equity: true, Bonus: true}
			p.URL = u + "1"
			p.Posted = ts("2026-02-10T15:04:05.123Z")
		}),
		// a2 has isListed false
		with(base, func(p *skillgap.Posting) {
			p.ID, p.JobID = "ashby:mossgrid:5b1e0c9a-0000-4000-8000-0000000000a3", "5b1e0c9a-0000-4000-8000-0000000000a3"
			p.Title = "Product Analyst Intern"
			p.Department = "Data"
			p.Locations = []string{"London", "Manchester"}
			p.Country = "GB"
			p.Workplace = skillgap.Onsite // isRemote false, nothing else said
			p.EmploymentType = "internship"
			p.Salary = &skillgap.Pay{Min: 28, Currency: "GBP", Period: "hour", Equity: true, Bonus: true} // maxValue null
			p.URL = u + "3"
			p.Posted = ts("2026-03-01T00:00:00Z")
		}),
		with(base, func(p *skillgap.Posting) {
			p.ID, p.JobID = "ashby:mossgrid:5b1e0c9a-0000-4000-8000-0000000000a4", "5b1e0c9a-0000-4000-8000-0000000000a4"
			p.Title = "Head of Product"
			p.Department = "Product"
			p.Locations = []string{"Remote - Americas"}
			p.Workplace = skillgap.Remote // the location says so although isRemote is false
			p.EmploymentType = "contract"
			p.URL = u + "4"
			p.Posted = ts("2026-04-01T12:00:00Z")
		}),
	}
	checkPostings(t, got, want, [][]string{
		{"About Mossgrid", "Mossgrid meters rooftop gardens.", "What you'll do", "- Own pricing and packaging"},
		{"Learn analytics.", "Work with PMs."}, // descriptionPlain when descriptionHtml is empty
		{"Lead the product org."},
	})
	if strings.Contains(got[1].Description, "\n\n\n") {
		t.Errorf("blank lines not collapsed: %q", got[1].Description)
	}
}

func TestAshbyWorkplace(t *testing.T) {
	yes, no := true, false
	for _, c := range []struct {
		name      string
		job       ashbyJob
		locations []string
		want      skillgap.Workplace
	}{
		{"workplaceType wins", ashbyJob{WorkplaceType: "OnSite", IsRemote: &yes}, []string{"Remote"}, skillgap.Onsite},
		{"hybrid location beats isRemote", ashbyJob{IsRemote: &yes}, []string{"San Francisco (Hybrid)"}, skillgap.Hybrid},
		{"isRemote", ashbyJob{IsRemote: &yes}, []string{"New York"}, skillgap.Remote},
		{"not remote", ashbyJob{IsRemote: &no}, []string{"New York"}, skillgap.Onsite},
		{"unknown", ashbyJob{}, []string{"New York"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := ashbyWorkplace(&c.job, c.locations); got != c.want {
				t.Errorf("got %q; want %q", got, c.want)
			}
		})
	}
}

func TestParseAshbyErrors(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"html", "<!doctype html>", "parse ashby board m:"},
		{"no jobs", `{"apiVersion":"1"}`, "no jobs list"},
		{"null jobs", `{"jobs":null}`, "no jobs list"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseAshby([]byte(c.body), skillgap.Source{Board: "m"})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got error %v; want one containing %q", err, c.want)
			}
		})
	}
}
