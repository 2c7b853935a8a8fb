package crawler

import (
	"strings"
	"testing"

	skillgap "github.com/skillgap/skillgap"
)

func TestParseJSONLDGraph(t *testing.T) {
	src := skillgap.Source{Name: "fern", Kind: skillgap.JSONLD}
	got, err := ParseJSONLD(readFixture(t, "jsonld/graph.html"), "https://careers.fernhollow.example/jobs/fh-1042?ref=list", src)
	if err != nil {
		t.Fatal(err)
	}
	want := []skillgap.Posting{{
		ID: "jsonld:careers.fernhollow.example:FH-1042", Source: "fern", SourceKind: "jsonld",
		Board: "careers.fernhollow.example", JobID: "FH-1042", Company: "Fernhollow Seeds",
		Title:     "Principal Product Manager & Platform Lead",
		Locations: []string{"Utrecht, UT, NL", "Ghent, BE"}, Country: "NL",
		EmploymentType: "full-time",
		Salary:         &skillgap.Pay{Min: 95000, Max: 120000, Currency: "EUR", Period: "year"},
		URL:            "https://careers.fernhollow.example/jobs/fh-1042",
		Posted:         ts("2026-03-04T00:00:00Z"),
	}}
	checkPostings(t, got, want, [][]string{{"About the team", "Fernhollow makes seed-tracking software.",
		"Requirements", "- 8+ years of product management", "- Experience with APIs"}})
}

func TestParseJSONLDMulti(t *testing.T) {
	src := skillgap.Source{Name: "bc", Kind: skillgap.JSONLD}
	got, err := ParseJSONLD(readFixture(t, "jsonld/multi.html"), "https://jobs.bramblecart.example/list#top", src)
	if err != nil {
		t.Fatal(err)
	}
	const board = "jobs.bramblecart.example"
	base := skillgap.Posting{Source: "bc", SourceKind: "jsonld", Board: board}
	want := []skillgap.Posting{
		with(base, func(p *skillgap.Posting) {
			p.ID, p.JobID = "jsonld:"+board+":CHK-7", "CHK-7" // identifier as a plain string
			p.Company = "Bramblecart"                         // hiringOrganization as a string
			p.Title = "Product Owner, Checkout"
			p.Locations, p.Country = []string{"Germany"}, "DE" // applicantLocationRequirements
			p.Workplace = skillgap.Remote                      // TELECOMMUTE
			p.EmploymentType = "part-time"
			p.Salary = &skillgap.Pay{Min: 55, Max: 55, Currency: "EUR", Period: "hour"}
			p.URL = "https://jobs.bramblecart.example/p/chk-7"
			p.Posted = ts("2026-02-11T07:15:00Z")
		}),
		with(base, func(p *skillgap.Posting) {
			p.ID = "jsonld:https://jobs.bramblecart.example/list" // no url or identifier: the page
			p.Company = board
			p.Title = "Growth PM"
			p.Locations = []string{"Vienna, Austria"}
			p.URL = "https://jobs.bramblecart.example/list"
		}),
		with(base, func(p *skillgap.Posting) {
			p.ID = "jsonld:https://jobs.bramblecart.example/list#2" // same page, second posting
			p.Company = board
			p.Title = "Growth PM"
			p.URL = "https://jobs.bramblecart.example/list"
		}),
	}
	checkPostings(t, got, want, [][]string{
		{"Own the checkout backlog.", "- Scrum"}, // description escaped twice
		{"Grow things."},
		{"Second posting with no id."},
	})
}

func TestParseJSONLDNone(t *testing.T) {
	for _, c := range []struct{ name, body string }{
		{"not a JobPosting", string(readFixture(t, "jsonld/nojob.html"))},
		{"no json-ld", "<html><body><p>Jobs</p></body></html>"},
		{"only a malformed block", `<script type="application/ld+json">{"@type": "JobPosting",</script>`},
		{"empty", ""},
		{"binary", "\x00\x01\xff<script type=application/ld+json>\x00"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := ParseJSONLD([]byte(c.body), "https://jobs.example/a", skillgap.Source{})
			if err != nil || len(got) != 0 {
				t.Errorf("got %d postings, %v; want 0, nil", len(got), err)
			}
		})
	}
}

func TestParseJSONLDTolerance(t *testing.T) {
	page := "<script type=\"Application/LD+JSON; charset=utf-8\"><!--\n" +
		`{"@context":"https://schema.org","@type":"JobPosting","title":"Product Lead","description":"line one` + "\n" + `line two","datePosted":"2026-01-02T03:04:05+0000",` +
		`"hiringOrganization":{"@type":"Organization","name":"Acme"},"employmentType":"TEMPORARY","identifier":{"@type":"PropertyValue","value":42}}` +
		"\n--></script>"
	got, err := ParseJSONLD([]byte(page), "https://acme.example/jobs/42", skillgap.Source{Company: "Acme Corp"})
	if err != nil || len(got) != 1 {
		t.Fatalf("got %d postings, %v; want 1, nil", len(got), err)
	}
	p := got[0]
	for _, c := range []struct{ field, got, want string }{
		{"company", p.Company, "Acme Corp"},
		{"job id", p.JobID, "42"},
		{"employment type", p.EmploymentType, "temporary"},
		{"posted", p.Posted.Format("2006-01-02T15:04:05Z07:00"), "2026-01-02T03:04:05Z"},
		{"description", p.Description, "line one line two"},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %q; want %q", c.field, c.got, c.want)
		}
	}
}

func TestParseJSONLDBadURL(t *testing.T) {
	_, err := ParseJSONLD([]byte("<html></html>"), "/relative", skillgap.Source{})
	if err == nil || !strings.Contains(err.Error(), "parse json-ld page") {
		t.Errorf("got error %v; want a parse json-ld page error", err)
	}
}
