package analyze

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

// fitTaxonomy is a small taxonomy for the fit tests: REST APIs 4 implies
// APIs 3, the CSPO proves backlog management.
func fitTaxonomy() *skillgap.Taxonomy {
	return skillgap.NewTaxonomy([]skillgap.Skill{
		{ID: "sql", Name: "SQL", Kind: skillgap.KindTool, Expected: 2},
		{ID: "apis", Name: "APIs", Kind: skillgap.KindSkill, Expected: 2},
		{ID: "rest-apis", Name: "REST APIs", Kind: skillgap.KindTool, Implies: []skillgap.Implication{{Skill: "apis"}}},
		{ID: "roadmapping", Name: "Roadmapping", Kind: skillgap.KindSkill, Expected: 3},
		{ID: "communication", Name: "Communication", Kind: skillgap.KindSoft},
		{ID: "payments", Name: "Payments", Kind: skillgap.KindDomain},
		{ID: "cspo", Name: "Certified Scrum Product Owner", Kind: skillgap.KindCertification},
		{ID: "backlog", Name: "Backlog management", Kind: skillgap.KindSkill, Certifications: []string{"cspo"}},
	})
}

// fitPosting is posting n of seniority sen at a place, asking for skills
// written "id" (required), "id?" (preferred) or "id=4" (required at level 4).
func fitPosting(n int, sen skillgap.Seniority, wp skillgap.Workplace, country string, locs []string, skills ...string) skillgap.Posting {
	p := skillgap.Posting{ID: fmt.Sprintf("p%d", n), Title: fmt.Sprintf("PM %d", n), Company: "Co", Seniority: sen,
		Workplace: wp, Country: country, Locations: locs,
		Posted: time.Date(2026, 1, n, 0, 0, 0, 0, time.UTC)}
	for _, s := range skills {
		m := skillgap.SkillMention{SkillID: s, Level: skillgap.Required}
		if id, ok := strings.CutSuffix(s, "?"); ok {
			m.SkillID, m.Level = id, skillgap.Preferred
		}
		if id, lvl, ok := strings.Cut(m.SkillID, "="); ok {
			m.SkillID, m.Expected = id, int(lvl[0]-'0')
		}
		p.Skills = append(p.Skills, m)
	}
	return p
}

// fitMarket is counted by hand for fitInventory (SQL 2, REST APIs 4 so APIs 3
// inferred, roadmapping 2; Toronto, CA; any workplace; next step senior):
//
//	p1 senior remote CA    sql apis roadmapping, payments?   (1+1+2/3)/3 = 89% fits; +5 for payments unrated → 94
//	p2 senior onsite Tor.  sql payments roadmapping          (1+½+2/3)/3 = 72% no;  after roadmapping 3: 83% fits
//	p3 director remote CA  sql apis                          seniority three bands up: no
//	p4 mid onsite London   sql apis roadmapping=2            100% but London: no
//	p5 senior remote US    sql apis roadmapping=2            100% but remote in the US: no
//	p6 senior hybrid Tor.  communication sql apis            the unrated soft skill is left out: 2 judged, unjudged
//	p7 senior, no place    backlog sql apis                  (½+1+1)/3 = 83% fits; after the CSPO: 100%
func fitMarket() []skillgap.Posting {
	return []skillgap.Posting{
		fitPosting(1, skillgap.Senior, skillgap.Remote, "CA", []string{"Remote, Canada"}, "sql", "apis", "roadmapping", "payments?"),
		fitPosting(2, skillgap.Senior, skillgap.Onsite, "CA", []string{"Toronto, ON"}, "sql", "payments", "roadmapping"),
		fitPosting(3, skillgap.Director, skillgap.Remote, "CA", nil, "sql", "apis", "roadmapping=2"),
		fitPosting(4, skillgap.Mid, skillgap.Onsite, "GB", []string{"London"}, "sql", "apis", "roadmapping=2"),
		fitPosting(5, skillgap.Senior, skillgap.Remote, "US", []string{"Remote (US)"}, "sql", "apis", "roadmapping=2"),
		fitPosting(6, skillgap.Senior, skillgap.Hybrid, "CA", []string{"Toronto"}, "communication", "sql", "apis"),
		fitPosting(7, skillgap.Senior, "", "", nil, "backlog", "sql", "apis"),
	}
}

func fitInventory() skillgap.Inventory {
	return skillgap.Inventory{TargetRole: "Senior Product Manager", Location: "Toronto, CA",
		Skills: []skillgap.InventorySkill{{Skill: "sql", Level: 2}, {Skill: "rest-apis", Level: 4}, {Skill: "roadmapping", Level: 2}}}
}

// fitPlan has a career goal, roadmapping to 3 and the CSPO in the short term,
// and payments in the long term (not counted).
func fitPlan() *skillgap.Plan {
	return &skillgap.Plan{Goals: []skillgap.Goal{
		{ID: careerReadyID, Kind: skillgap.GoalCareer, Horizon: skillgap.ShortTerm},
		{ID: "skill-roadmapping", Kind: skillgap.GoalSkill, Horizon: skillgap.ShortTerm, SkillID: "roadmapping", From: 2, To: 3, Relevant: "Market: asked."},
		{ID: "cert-cspo", Kind: skillgap.GoalCertification, Horizon: skillgap.ShortTerm, SkillID: "cspo"},
		{ID: "skill-payments", Kind: skillgap.GoalSkill, Horizon: skillgap.LongTerm, SkillID: "payments", To: 2},
		{ID: careerTargetID, Kind: skillgap.GoalCareer, Horizon: skillgap.ShortTerm, Relevant: "The move."},
	}}
}

func TestFitHandCount(t *testing.T) {
	rep := FitPostings(fitInventory(), fitTaxonomy(), fitMarket(), FitOptions{Basis: "senior PM", Next: skillgap.Senior, Plan: fitPlan(), AsOf: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)})
	if rep.Postings != 6 || rep.Unjudged != 1 || rep.Now != 2 || rep.After != 3 {
		t.Fatalf("got %d judged, %d unjudged, %d fit now, %d after; want 6, 1, 2, 3", rep.Postings, rep.Unjudged, rep.Now, rep.After)
	}
	// p3 (78% at director), p4 and p5 (100% elsewhere) fit on skills; p2 after goal 2.
	if want := "2 of 6 open senior PM postings fit you now; 3 after goals 2–3. On skills alone, 5 fit now and 6 after; the others are at another seniority or elsewhere."; rep.Summary != want {
		t.Errorf("got summary %q; want %q", rep.Summary, want)
	}
	for _, w := range []string{"A posting fits when three things hold: you have at least 75% of what it requires",
		"its seniority is mid, senior or staff (within one band of senior, your next step)", "and it is in Toronto, or remote in CA."} {
		if !strings.Contains(rep.Rules, w) {
			t.Errorf("got rules %q; want them to say %q", rep.Rules, w)
		}
	}
	var steps []string
	for _, s := range rep.Steps {
		steps = append(steps, fmt.Sprintf("%d:%s=%d→%d", s.Goal, s.SkillID, s.Level, s.Fits))
	}
	if got, want := strings.Join(steps, " "), "2:roadmapping=3→3 3:cspo=4→3"; got != want {
		t.Errorf("got steps %s; want %s", got, want)
	}
	var order []string
	for _, r := range rep.Rows {
		order = append(order, r.PostingID)
	}
	if got, want := strings.Join(order, " "), "p1 p7 p2 p5 p4 p3"; got != want {
		t.Errorf("got order %s; want %s (fit now, fit after, then by score, then newest)", got, want)
	}
	rows := map[string]skillgap.PostingFit{}
	for _, r := range rep.Rows {
		rows[r.PostingID] = r
	}
	tests := []struct {
		id                string
		score             float64
		met, req, pre     int
		now, after, suits bool
		missing, why      string
	}{
		{"p1", 94, 2, 3, 1, true, true, true, "roadmapping 2→3 goal 2, payments 0→2", ""},
		{"p2", 72, 1, 3, 0, false, true, true, "payments 0→2, roadmapping 2→3 goal 2", ""},
		{"p3", 78, 1, 3, 0, false, false, false, "sql 2→3, roadmapping 2→3 goal 2", "director role, more than one band from senior, your next step"},
		{"p4", 100, 3, 3, 0, false, false, false, "", "onsite in London, not Toronto"},
		{"p5", 100, 3, 3, 0, false, false, false, "", "remote in Remote (US), not in CA"},
		{"p7", 83, 2, 3, 0, true, true, true, "backlog 0→2 goal 3", ""},
	}
	for _, tt := range tests {
		r := rows[tt.id]
		var miss []string
		for _, m := range r.Now.Missing {
			s := fmt.Sprintf("%s %d→%d", m.SkillID, m.Have, m.Want)
			if m.Goal > 0 {
				s += fmt.Sprintf(" goal %d", m.Goal)
			}
			miss = append(miss, s)
		}
		after := r.After != nil && r.After.Fits
		if r.Now.Score != tt.score || r.Now.RequiredMet != tt.met || r.Now.Required != tt.req || r.Now.Preferred != tt.pre ||
			r.Now.Fits != tt.now || after != tt.after || (r.SeniorityOK && r.LocationOK) != tt.suits ||
			strings.Join(miss, ", ") != tt.missing || r.Why != tt.why {
			t.Errorf("%s: got score %v, %d/%d required, %d preferred, fits %v after %v suits %v, missing %q, why %q;\nwant %v, %d/%d, %d, %v %v %v, %q, %q",
				tt.id, r.Now.Score, r.Now.RequiredMet, r.Now.Required, r.Now.Preferred, r.Now.Fits, after, r.SeniorityOK && r.LocationOK,
				strings.Join(miss, ", "), r.Why, tt.score, tt.met, tt.req, tt.pre, tt.now, tt.after, tt.suits, tt.missing, tt.why)
		}
	}
	// Only p2 suits and does not fit now: its two missing skills block it.
	var blockers []string
	for _, b := range rep.Blockers {
		blockers = append(blockers, fmt.Sprintf("%s %d goal %d", b.SkillID, b.Postings, b.Goal))
	}
	if got, want := strings.Join(blockers, ", "), "payments 1 goal 0, roadmapping 1 goal 2"; got != want {
		t.Errorf("got blockers %s; want %s", got, want)
	}
}

func TestFitWithoutPlan(t *testing.T) {
	rep := FitPostings(fitInventory(), fitTaxonomy(), fitMarket(), FitOptions{Basis: "senior PM", Next: skillgap.Senior})
	if rep.Now != 2 || rep.After != 0 || rep.Steps != nil || rep.Rows[0].After != nil {
		t.Errorf("got now %d after %d steps %v; want 2, 0, none", rep.Now, rep.After, rep.Steps)
	}
	if want := "2 of 6 open senior PM postings fit you now. On skills alone, 5 fit now; the others are at another seniority or elsewhere."; rep.Summary != want {
		t.Errorf("got %q; want %q", rep.Summary, want)
	}
	// A plan whose short-term goals are all dropped adds nothing.
	p := fitPlan()
	for i := range p.Goals {
		p.Goals[i].Tasks = []skillgap.Task{{Status: skillgap.Dropped}}
	}
	rep = FitPostings(fitInventory(), fitTaxonomy(), fitMarket(), FitOptions{Basis: "senior PM", Next: skillgap.Senior, Plan: p})
	if !strings.Contains(rep.Summary, "now (the plan has no short-term skill goals to add).") {
		t.Errorf("got %q; want it to say the plan adds no goals", rep.Summary)
	}
}

func TestFitPlace(t *testing.T) {
	tests := []struct {
		name, loc string
		remote    skillgap.Workplace
		wp        skillgap.Workplace
		country   string
		locs      []string
		ok        bool
	}{
		{"no location: anywhere", "", "", skillgap.Onsite, "US", []string{"New York"}, true},
		{"remote in my country", "Toronto, CA", "", skillgap.Remote, "CA", []string{"Remote"}, true},
		{"remote naming no country", "Toronto, CA", "", skillgap.Remote, "", []string{"Remote (United States | Canada)"}, true},
		{"remote in another country", "Toronto, CA", "", skillgap.Remote, "US", []string{"Remote (US)"}, false},
		{"remote naming my country as a name", "Madrid, Spain", "", skillgap.Remote, "EU", []string{"Remote: Spain, Portugal"}, true},
		{"onsite in my city", "Toronto, CA", "", skillgap.Onsite, "CA", []string{"Toronto, ON"}, true},
		{"onsite elsewhere in my country", "Toronto, CA", "", skillgap.Onsite, "CA", []string{"Vancouver, BC"}, false},
		{"a city inside a word does not count", "York, UK", "", skillgap.Onsite, "US", []string{"New Yorkshire"}, false},
		{"UK is GB", "Manchester, UK", "", skillgap.Remote, "GB", []string{"Remote, UK"}, true},
		{"only a country: onsite there", "CA", "", skillgap.Onsite, "CA", []string{"Montreal"}, true},
		{"prefers remote: hybrid in my city", "Toronto, CA", skillgap.Remote, skillgap.Hybrid, "CA", []string{"Toronto"}, false},
		{"prefers remote: unstated workplace in my city", "Toronto, CA", skillgap.Remote, "", "CA", []string{"Toronto"}, true},
		{"no place stated", "Toronto, CA", "", skillgap.Onsite, "", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fitter{place: placeOf(tt.loc), remote: tt.remote}
			p := skillgap.Posting{Workplace: tt.wp, Country: tt.country, Locations: tt.locs}
			ok, why := f.placeOK(&p, nil)
			if ok != tt.ok || (ok != (len(why) == 0)) {
				t.Errorf("got %v %q; want %v", ok, why, tt.ok)
			}
		})
	}
}

func TestGoalRange(t *testing.T) {
	tests := map[string][]int{
		"":                   nil,
		"goal 3":             {3},
		"goals 2–4":          {4, 2, 3},
		"goals 2–4 and 6":    {2, 3, 4, 6},
		"goals 1, 3–4 and 9": {1, 3, 4, 9, 9},
		"goals 2 and 5":      {5, 2},
	}
	for want, in := range tests {
		if got := GoalRange(in); got != want {
			t.Errorf("GoalRange(%v) = %q; want %q", in, got, want)
		}
	}
}

func TestQuoteFit(t *testing.T) {
	p := fitPlan()
	rep := FitPostings(fitInventory(), fitTaxonomy(), fitMarket(), FitOptions{Basis: "senior PM", Next: skillgap.Senior, Plan: p})
	QuoteFit(p, rep)
	QuoteFit(p, rep) // again, as a re-plan would: no second sentence
	want := map[string]string{
		"skill-roadmapping": "Market: asked. Jobs: 2 of 6 open senior PM postings fit you now; 3 with this goal reached.",
		"cert-cspo":         " Jobs: 2 of 6 open senior PM postings fit you now; 3 with this goal and goal 2 reached.",
		careerTargetID:      "The move. Jobs: 2 of 6 open senior PM postings fit you now; 3 after goals 2–3. On skills alone, 5 fit now and 6 after; the others are at another seniority or elsewhere.",
		"skill-payments":    "",
		careerReadyID:       "",
	}
	for _, g := range p.Goals {
		if g.Relevant != want[g.ID] {
			t.Errorf("%s: got %q; want %q", g.ID, g.Relevant, want[g.ID])
		}
	}
}
