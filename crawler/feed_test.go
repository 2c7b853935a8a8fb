package crawler

import (
	"strings"
	"testing"

	skillgap "github.com/skillgap/skillgap"
)

func TestParseFeedRSS(t *testing.T) {
	src := skillgap.Source{Name: "rb", Kind: skillgap.Feed, URL: "https://remoteboard.example/remote-jobs.rss"}
	got, err := ParseFeed(readFixture(t, "feed/rss.xml"), src)
	if err != nil {
		t.Fatal(err)
	}
	const u = "https://remoteboard.example/remote-jobs/"
	base := skillgap.Posting{Source: "rb", SourceKind: "feed", Board: "remoteboard.example"}
	want := []skillgap.Posting{
		with(base, func(p *skillgap.Posting) {
			p.ID, p.URL = "feed:"+u+"pinecone-paper-senior-product-manager", u+"pinecone-paper-senior-product-manager"
			p.Company, p.Title = "Pinecone Paper", "Senior Product Manager"
			p.Locations, p.Workplace, p.EmploymentType = []string{"Anywhere in the World"}, skillgap.Remote, "full-time"
			p.Posted = ts("2026-07-10T22:45:30Z")
		}),
		with(base, func(p *skillgap.Posting) {
			p.ID, p.URL = "feed:"+u+"otter-finch-product-designer", u+"otter-finch-product-designer"
			p.Company, p.Title = "Otter & Finch", "Product Designer"
			p.Locations, p.EmploymentType = []string{"USA Only"}, "contract"
			p.Posted = ts("2026-07-09T10:00:00Z")
		}),
		with(base, func(p *skillgap.Posting) {
			p.ID, p.URL = "feed:"+u+"pm-payments", u+"pm-payments"
			p.Company, p.Title = "remoteboard.example", "Product Manager: Payments" // a role, not a company
			p.Locations, p.EmploymentType = []string{"Europe Only"}, "full-time"
			p.Posted = ts("2026-07-08T10:00:00Z")
		}),
	}
	checkPostings(t, got, want, [][]string{
		{"Headquarters: Eugene", "URL: https://pinecone.example", "Responsibilities", "- Own the editor roadmap", "To apply: link"},
		{"Design things."},
	})
}

func TestParseFeedAtom(t *testing.T) {
	src := skillgap.Source{Name: "jl", URL: "https://jobs.juniperlabs.example/feed.atom", Company: "Juniper Labs"}
	got, err := ParseFeed(readFixture(t, "feed/atom.xml"), src)
	if err != nil {
		t.Fatal(err)
	}
	want := []skillgap.Posting{{
		ID: "feed:https://jobs.juniperlabs.example/director-of-product", Source: "jl", SourceKind: "feed",
		Board: "jobs.juniperlabs.example", Company: "Juniper Labs", Title: "Director of Product",
		URL: "https://jobs.juniperlabs.example/director-of-product", Posted: ts("2026-06-01T09:00:00Z"),
	}}
	checkPostings(t, got, want, [][]string{{"What you will do", "- Lead four PMs"}})
}

func TestParseFeedRemoteOK(t *testing.T) {
	src := skillgap.Source{Name: "rok", URL: "https://remotejobs.example/api"}
	got, err := ParseFeed(readFixture(t, "feed/remoteok.json"), src)
	if err != nil {
		t.Fatal(err)
	}
	const u = "https://remotejobs.example/remote-jobs/"
	want := []skillgap.Posting{{
		ID: "feed:remotejobs.example:2000001", Source: "rok", SourceKind: "feed", Board: "remotejobs.example",
		JobID: "2000001", Company: "Saltmarsh", Title: "Senior Product Manager",
		Locations: []string{"Gdańsk"}, // repaired double-encoded UTF-8
		Workplace: skillgap.Remote, URL: u + "remote-senior-product-manager-saltmarsh-2000001",
		Posted: ts("2026-06-09T10:13:20Z"), // salary_min 0: unknown, no salary
	}, {
		ID: "feed:remotejobs.example:2000002", Source: "rok", SourceKind: "feed", Board: "remotejobs.example",
		JobID: "2000002", Company: "Kelpworks", Title: "Head of Product", Workplace: skillgap.Remote,
		Salary: &skillgap.Pay{Min: 150000, Max: 190000, Currency: "USD"},
		URL:    u + "remote-head-of-product-kelpworks-2000002",
		Posted: ts("2026-06-10T14:00:00Z"), // no date: epoch
	}}
	checkPostings(t, got, want, [][]string{{"Own our mobile app.", "Requirements:", "- Figma"}, {"Lead product."}})
}

func TestParseFeedErrors(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"html", "<html><body>nope</body></html>", "parse feed https://f.example/rss:"},
		{"broken json array", `[{"id": 1,`, "parse feed https://f.example/rss:"},
		{"empty", "", "parse feed"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseFeed([]byte(c.body), skillgap.Source{URL: "https://f.example/rss"})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got error %v; want one containing %q", err, c.want)
			}
		})
	}
}

func TestSplitFeedTitle(t *testing.T) {
	for _, c := range []struct{ title, company, wantCompany, wantTitle string }{
		{"Acme: Product Manager", "", "Acme", "Product Manager"},
		{"Acme: Product Manager", "acme", "Acme", "Product Manager"},
		{"Acme: Product Manager", "Other", "", "Acme: Product Manager"},
		{"Senior Product Manager: Payments", "", "", "Senior Product Manager: Payments"},
		{"Product Manager", "", "", "Product Manager"},
		{"Acme:Product Manager", "", "", "Acme:Product Manager"},
	} {
		gc, gt := splitFeedTitle(c.title, c.company)
		if gc != c.wantCompany || gt != c.wantTitle {
			t.Errorf("splitFeedTitle(%q, %q) = %q, %q; want %q, %q", c.title, c.company, gc, gt, c.wantCompany, c.wantTitle)
		}
	}
}
