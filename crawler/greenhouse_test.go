package crawler

import (
	"strings"
	"testing"

	skillgap "github.com/skillgap/skillgap"
)

func TestParseGreenhouse(t *testing.T) {
	src := skillgap.Source{Name: "qf", Kind: skillgap.Greenhouse, Board: "quillfeather"}
	got, err := ParseGreenhouse(readFixture(t, "greenhouse/board.json"), src)
	if err != nil {
		t.Fatal(err)
	}
	base := skillgap.Posting{Source: "qf", SourceKind: "greenhouse", Board: "quillfeather", Company: "Quillfeather"}
	want := []skillgap.Posting{
		with(base, func(p *skillgap.Posting) {
			p.ID, p.JobID = "greenhouse:quillfeather:4100001", "4100001"
			p.Title = "Senior Product Manager, Inventory & Sync"
			p.Department = "Product" // departments[0].name
			p.Locations = []string{"Lisbon, Portugal"}
			p.Workplace = skillgap.Hybrid
			p.URL = "https://quillfeather.example/careers/4100001?gh_jid=4100001"
			p.Posted = ts("2026-04-20T13:30:00Z") // first_published, not updated_at
		}),
		with(base, func(p *skillgap.Posting) {
			p.ID, p.JobID = "greenhouse:quillfeather:4100002", "4100002"
			p.Title = "Product Designer"
			p.Locations = []string{"Remote - Canada", "Toronto, ON"}
			p.Workplace = skillgap.Remote
			p.URL = "https://quillfeather.example/careers/4100002?gh_jid=4100002"
			p.Posted = ts("2026-03-15T12:00:00Z") // no first_published: updated_at
		}),
		with(base, func(p *skillgap.Posting) {
			p.ID, p.JobID = "greenhouse:quillfeather:4100003", "4100003"
			p.Title = "Product Operations Analyst"
			p.Locations = []string{"Berlin, Germany"}
			p.Workplace = skillgap.Onsite
			p.EmploymentType = "part-time"
			p.URL = "https://quillfeather.example/careers/4100003?gh_jid=4100003"
			p.Posted = ts("2026-05-30T10:00:00Z")
		}),
	}
	checkPostings(t, got, want, [][]string{
		{"About the role", "You will own the inventory sync roadmap and work with engineering.",
			"What you’ll do:", "- Run discovery with bookshop owners", "- Write PRDs & define success metrics",
			"You have", "- SQL", "US base pay"},
		{"Join our design team.", "We care about craft."},
	})
	for _, p := range got {
		if strings.Contains(p.Description, "bookshops. We are 80") || strings.Contains(p.Description, "equal opportunity") {
			t.Errorf("%s: board intro/conclusion kept:\n%s", p.ID, p.Description)
		}
		if strings.ContainsAny(p.Description, "<>") || strings.Contains(p.Description, "&lt;") {
			t.Errorf("%s: markup left in description:\n%s", p.ID, p.Description)
		}
	}
}

func TestParseGreenhouseWrapped(t *testing.T) {
	src := skillgap.Source{Name: "lw", Board: "lanternworks"}
	got, err := ParseGreenhouse(readFixture(t, "greenhouse/wrapped.json"), src)
	if err != nil {
		t.Fatal(err)
	}
	want := []skillgap.Posting{{
		ID: "greenhouse:lanternworks:7700001002", Source: "lw", SourceKind: "greenhouse", Board: "lanternworks",
		JobID: "7700001002", Company: "Lanternworks", Title: "Group Product Manager",
		Locations: []string{"Anywhere in the US"}, Workplace: skillgap.Remote,
		URL: "https://www.lanternworks.example/jobs/?gh_jid=7700001002", Posted: ts("2026-06-29T16:14:20Z"),
	}, {
		ID: "greenhouse:lanternworks:7700002002", Source: "lw", SourceKind: "greenhouse", Board: "lanternworks",
		JobID: "7700002002", Company: "lanternworks", // no company_name: the wrapper's company
		Title: "Account Executive", Locations: []string{"New York City"},
		URL: "https://www.lanternworks.example/jobs/?gh_jid=7700002002", Posted: ts("2026-07-01T14:00:00Z"),
	}}
	checkPostings(t, got, want, nil)
}

func TestParseGreenhouseSourceCompany(t *testing.T) {
	got, err := ParseGreenhouse(readFixture(t, "greenhouse/wrapped.json"), skillgap.Source{Board: "lw", Company: "Lantern Works Inc."})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range got {
		if p.Company != "Lantern Works Inc." {
			t.Errorf("got company %q; want the source's", p.Company)
		}
	}
}

func TestParseGreenhouseErrors(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"not json", "<html>", "parse greenhouse board b:"},
		{"no jobs", `{"meta":{"total":0}}`, "no jobs list"},
		{"jobs not a list", `{"jobs":{}}`, "parse greenhouse board b:"},
		{"every job broken", `{"jobs":[{"id":"x"}]}`, "job 0"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseGreenhouse([]byte(c.body), skillgap.Source{Board: "b"})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got error %v; want one containing %q", err, c.want)
			}
		})
	}
	got, err := ParseGreenhouse([]byte(`{"jobs":[]}`), skillgap.Source{Board: "b"})
	if err != nil || len(got) != 0 {
		t.Errorf("empty board: got %d postings, %v; want 0, nil", len(got), err)
	}
}

// with returns a copy of p changed by f.
func with(p skillgap.Posting, f func(*skillgap.Posting)) skillgap.Posting {
	f(&p)
	return p
}

func TestGreenhouseTextUnescapedMirror(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"escaped", "&lt;p&gt;Fish &amp;amp; chips&lt;/p&gt;", "Fish & chips"},
		{"already html", "<p>Love &lt;3 and R&amp;D</p>", "Love <3 and R&D"},
		{"boilerplate only", `&lt;div class="content-intro"&gt;About us&lt;/div&gt;`, ""},
	} {
		if got := greenhouseText(c.in); got != c.want {
			t.Errorf("%s: got %q; want %q", c.name, got, c.want)
		}
	}
}
