package market

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/index"
)

// paid is p with a pay range of mid ± 10,000 a year in cur.
func paid(p skillgap.Posting, cur string, mid float64) skillgap.Posting {
	p.Salary = &skillgap.Pay{Min: mid - 10000, Max: mid + 10000, Currency: cur, Period: skillgap.PerYear}
	return p
}

// payMarket, hand-counted: 9 senior PM postings in USD with midpoints 100,000
// to 180,000 and a tenth paid 50 an hour (104,000 a year); 4 senior technical
// PM in USD; 3 senior PM in GBP; 1 offering equity but no range; 2 without pay.
func payMarket(t *testing.T) *Index {
	var ps []skillgap.Posting
	n := 0
	next := func(role string) skillgap.Posting {
		n++
		return post(n, role, skillgap.Senior, day0.AddDate(0, 0, -n), nil, "roadmapping")
	}
	for i := range 9 {
		p := paid(next(analyze.RoleProductManager), "USD", float64(100000+i*10000))
		p.Salary.Equity = i < 3
		ps = append(ps, p)
	}
	hourly := next(analyze.RoleProductManager)
	hourly.Salary = &skillgap.Pay{Min: 50, Max: 50, Currency: "USD", Period: skillgap.PerHour, Bonus: true}
	ps = append(ps, hourly)
	for i := range 4 {
		ps = append(ps, paid(next(analyze.RoleTechnicalPM), "USD", float64(200000+i*1000)))
	}
	for i := range 3 {
		ps = append(ps, paid(next(analyze.RoleProductManager), "GBP", float64(90000+i*1000)))
	}
	equity := next(analyze.RoleProductManager)
	equity.Salary = &skillgap.Pay{Equity: true}
	ps = append(ps, equity, next(analyze.RoleProductManager), next(analyze.RoleProductManager))
	return testIndex(t, ps)
}

func TestPayTrends(t *testing.T) {
	rep, err := PayTrends(t.Context(), payMarket(t), index.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Total != 20 || rep.WithPay != 17 {
		t.Errorf("got %d postings, %d with pay; want 20, 17", rep.Total, rep.WithPay)
	}
	if len(rep.Currencies) != 2 || rep.Currencies[0].Currency != "USD" || rep.Currencies[0].Postings != 14 || rep.Currencies[1].Postings != 3 {
		t.Fatalf("got currencies %+v; want USD 14, then GBP 3", rep.Currencies)
	}
	// Senior PM midpoints in thousands, sorted: 100 104 110 120 130 140 150 160
	// 170 180. Q1 at position 2.25: 110 + 0.25×10; the median between 130
	// and 140; Q3 at position 6.75: 150 + 0.75×10.
	pm := skillgap.Quartiles{N: 10, Min: 100000, Q1: 112500, Median: 135000, Q3: 157500, Max: 180000}
	type cell struct {
		sen         skillgap.Seniority
		role        string
		postings    int
		tooFew      bool
		equity, bon int
	}
	want := map[string][]cell{
		"USD": {{"", "", 14, false, 3, 1}, {skillgap.Senior, "", 14, false, 3, 1},
			{skillgap.Senior, analyze.RoleProductManager, 10, false, 3, 1}, {skillgap.Senior, analyze.RoleTechnicalPM, 4, true, 0, 0}},
		"GBP": {{"", "", 3, true, 0, 0}, {skillgap.Senior, "", 3, true, 0, 0}, {skillgap.Senior, analyze.RoleProductManager, 3, true, 0, 0}},
	}
	for _, c := range rep.Currencies {
		var got []cell
		for _, x := range c.Cells {
			got = append(got, cell{x.Seniority, x.Role, x.Postings, x.TooFew, x.Equity, x.Bonus})
			if x.TooFew != (x.Quartiles == nil) {
				t.Errorf("%s %s %s: too few %v with quartiles %+v", c.Currency, x.Seniority, x.Role, x.TooFew, x.Quartiles)
			}
			if x.Seniority == skillgap.Senior && x.Role == analyze.RoleProductManager && x.Currency == "USD" && *x.Quartiles != pm {
				t.Errorf("senior PM in USD: got %+v; want %+v", *x.Quartiles, pm)
			}
		}
		if !slices.Equal(got, want[c.Currency]) {
			t.Errorf("%s cells: got %+v; want %+v", c.Currency, got, want[c.Currency])
		}
	}
	if !strings.Contains(rep.Note, "never converted") {
		t.Errorf("note %q does not say currencies are never converted", rep.Note)
	}
}

// premiumMarket has with postings asking for sql, paid 140,000 + 1,000·i,
// and without postings not asking for it, paid 120,000 + 1,000·i, all in
// cur; other more postings in EUR ask for sql.
func premiumMarket(t *testing.T, with, without int, cur string, other int) (*Index, Basis) {
	var ps []skillgap.Posting
	n := 0
	add := func(k int, cur string, base float64, skills ...string) {
		for i := range k {
			n++
			p := post(n, analyze.RoleProductManager, skillgap.Senior, day0.AddDate(0, 0, -(n%60)), nil, append([]string{"roadmapping"}, skills...)...)
			ps = append(ps, paid(p, cur, base+float64(i*1000)))
		}
	}
	add(with, cur, 140000, "sql")
	add(without, cur, 120000)
	add(other, "EUR", 90000, "sql")
	b := Basis{Filter: index.Filter{Seniorities: []skillgap.Seniority{skillgap.Senior}}, Total: n,
		Window: Window{Start: day0.AddDate(0, -6, 0), End: day0.AddDate(0, 0, 1)}}
	return testIndex(t, ps), b
}

func TestGapPay(t *testing.T) {
	gaps := []skillgap.Gap{{Demand: skillgap.Demand{SkillID: "sql"}, Name: "SQL"}, {Demand: skillgap.Demand{SkillID: "roadmapping"}, Name: "Roadmapping"}}
	tests := []struct {
		name                 string
		with, without, other int
		cur                  string
		want                 []skillgap.PayPremium
		note                 string
	}{
		// 30 a side: medians at the middle of 140–169 and 120–149 thousand.
		{"30 on each side", 30, 30, 0, "USD", []skillgap.PayPremium{{SkillID: "sql", Name: "SQL", Currency: "USD", With: 30, Without: 30,
			MedianWith: 154500, MedianWithout: 134500, Difference: 20000}}, "an association, not a cause"},
		{"29 asking", 29, 30, 0, "USD", nil, "need 30 postings with pay on each side (asking for the skill and not), in one currency; this basis has 59 of 59 postings with pay (USD 59)"},
		{"29 asking, enough in all", 29, 40, 0, "USD", nil, "this basis has 69 of 69 postings with pay (USD 69), but none of the gap skills is asked for by 30 of them and left out by 30"},
		{"never across currencies", 0, 30, 30, "USD", nil, "(EUR 30, USD 30)"},
		{"no pay", 0, 0, 0, "USD", nil, "none of the 0 postings of this basis states pay"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			idx, b := premiumMarket(t, tt.with, tt.without, tt.cur, tt.other)
			got, err := GapPay(t.Context(), idx, b, gaps)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got.Premiums, tt.want) {
				t.Errorf("got premiums %+v; want %+v", got.Premiums, tt.want)
			}
			if !strings.Contains(got.Note, tt.note) {
				t.Errorf("got note %q; want it to say %q", got.Note, tt.note)
			}
			// The ladder of the first case: 120–149 and 140–169 thousand; the
			// 30th and 31st of the 60 midpoints are 144 and 145 thousand.
			if tt.with == 30 && tt.without == 30 && (len(got.Ladder) != 1 || got.Ladder[0].Seniority != skillgap.Senior ||
				got.Ladder[0].Quartiles == nil || got.Ladder[0].Quartiles.Median != 144500 || got.Currency != "USD") {
				t.Errorf("got ladder %+v in %s; want one senior row, median 144,500 USD", got.Ladder, got.Currency)
			}
		})
	}
}

// TestGapPayGenerated checks the premiums of a random market against medians
// counted independently: every skill asked by at least 30 postings with pay
// and left out by 30 shows, with its counts, and no other.
func TestGapPayGenerated(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 4))
	skills := []string{"sql", "experimentation", "pricing", "llms"}
	var ps []skillgap.Posting
	for i := range 160 {
		p := post(i, analyze.RoleProductManager, skillgap.Senior, day0.AddDate(0, 0, -(i%90)), nil)
		mid := 120000.0 + float64(r.IntN(40))*1000
		for k, s := range skills {
			if r.Float64() < []float64{0.5, 0.3, 0.15, 0.8}[k] {
				p.Skills = append(p.Skills, skillgap.SkillMention{SkillID: s, Level: skillgap.Required})
				mid += float64(k * 5000)
			}
		}
		if i%9 != 0 { // some state no pay
			p = paid(p, "USD", mid)
		}
		ps = append(ps, p)
	}
	idx := testIndex(t, ps)
	b := Basis{Filter: index.Filter{}, Total: len(ps), Window: Window{Start: day0.AddDate(-1, 0, 0), End: day0.AddDate(0, 0, 1)}}
	var gaps []skillgap.Gap
	for _, s := range skills {
		gaps = append(gaps, skillgap.Gap{Demand: skillgap.Demand{SkillID: s}})
	}
	got, err := GapPay(t.Context(), idx, b, gaps)
	if err != nil {
		t.Fatal(err)
	}
	median := func(xs []float64) float64 {
		slices.Sort(xs)
		if len(xs)%2 == 1 {
			return xs[len(xs)/2]
		}
		return (xs[len(xs)/2-1] + xs[len(xs)/2]) / 2
	}
	shown := map[string]skillgap.PayPremium{}
	for _, p := range got.Premiums {
		shown[p.SkillID] = p
	}
	for _, s := range skills {
		var with, without []float64
		for _, p := range ps {
			if p.Salary == nil {
				continue
			}
			mid := (p.Salary.Min + p.Salary.Max) / 2
			if slices.ContainsFunc(p.Skills, func(m skillgap.SkillMention) bool { return m.SkillID == s }) {
				with = append(with, mid)
			} else {
				without = append(without, mid)
			}
		}
		pr, ok := shown[s]
		enough := len(with) >= 30 && len(without) >= 30
		if ok != enough {
			t.Errorf("%s: shown %v with %d and %d postings; want shown only with 30 on each side", s, ok, len(with), len(without))
			continue
		}
		if ok && (pr.With != len(with) || pr.Without != len(without) || pr.MedianWith != median(with) || pr.MedianWithout != median(without)) {
			t.Errorf("%s: got %+v; want %d/%d postings, medians %v/%v", s, pr, len(with), len(without), median(with), median(without))
		}
	}
	if len(got.Premiums) < 2 {
		t.Errorf("got %d premium lines; the generated market should show at least two", len(got.Premiums))
	}
}

// TestGapShowsPremiums runs the whole gap analysis on a generated market of
// 90 senior PM postings with pay, 40 of which ask for APIs and pay 20,000
// more: the report's pay section has the APIs line with its counts.
func TestGapShowsPremiums(t *testing.T) {
	var ps []skillgap.Posting
	for i := range 90 {
		skills := []string{"roadmapping"}
		mid := 130000 + float64(i%10)*2000
		if i%9 < 4 {
			skills, mid = append(skills, "apis"), mid+20000
		}
		ps = append(ps, paid(post(i, analyze.RoleProductManager, skillgap.Senior, day0.AddDate(0, 0, -(i%80)), nil, skills...), "USD", mid))
	}
	idx := testIndex(t, ps)
	inv := skillgap.Inventory{TargetRole: "Senior Product Manager", Skills: []skillgap.InventorySkill{{Skill: "roadmapping", Level: 4}, {Skill: "apis", Level: 0}}}
	rep, _, err := Gap(t.Context(), idx, inv, gapTaxonomy(), Target{Seniority: skillgap.Senior, Role: analyze.RoleProductManager},
		GapOptions{Options: Options{Now: day0}, Weights: analyze.DefaultWeights()})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Pay == nil || len(rep.Pay.Premiums) != 1 {
		t.Fatalf("got pay %+v; want one premium line (APIs)", rep.Pay)
	}
	// 40 asking (i%9 < 4), 50 not; the midpoints repeat every 10 postings.
	p := rep.Pay.Premiums[0]
	if p.SkillID != "apis" || p.With != 40 || p.Without != 50 || p.Difference < 15000 || !strings.Contains(rep.Pay.Note, "association, not a cause") {
		t.Errorf("got %+v, note %q; want APIs with 40 and 50 postings, about 20,000 more, said to be an association", p, rep.Pay.Note)
	}
}
