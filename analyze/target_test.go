package analyze

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/configs"
)

// domainTaxonomy is a small taxonomy of our own with domain skills, guards,
// an implication between domains, and skills of other kinds that name the
// same words.
func domainTaxonomy() *skillgap.Taxonomy {
	dom := func(id, name string, aliases ...string) skillgap.Skill {
		return skillgap.Skill{ID: id, Name: name, Category: "domain", Kind: skillgap.KindDomain, Aliases: aliases}
	}
	payments := dom("payments", "Payments", "payments", "card payments", "billing")
	payments.Implies = []skillgap.Implication{{Skill: "fintech"}, {Skill: "sql"}}
	health := dom("healthcare", "Healthcare", "health care", "digital health")
	health.Guards = []skillgap.Guard{{Alias: "healthcare", NotNear: []string{"benefits", "coverage", "insurance"}}}
	saas := dom("b2b-saas", "B2B SaaS", "b2b", "saas")
	saas.Guards = []skillgap.Guard{{Alias: "B2B", CaseSensitive: true}}
	return skillgap.NewTaxonomy([]skillgap.Skill{
		payments,
		dom("fintech", "Fintech", "financial technology", "neobank"),
		dom("banking", "Banking", "core banking"),
		dom("lending", "Lending & credit", "lending", "credit risk"),
		dom("cybersecurity", "Cybersecurity", "cyber security"),
		health, saas,
		{ID: "sql", Name: "SQL", Category: "analytics", Kind: skillgap.KindTool},
		{ID: "payments-analytics", Name: "Payments analytics", Category: "analytics", Kind: skillgap.KindSkill},
	})
}

func TestParseTarget(t *testing.T) {
	tax := domainTaxonomy()
	tests := []struct {
		title            string
		sen              skillgap.Seniority
		role             string
		domains, broader []string
	}{
		{"Senior Product Manager, Payments", skillgap.Senior, RoleProductManager, []string{"payments"}, []string{"fintech"}},
		{"Technical Product Manager", skillgap.Mid, RoleTechnicalPM, nil, nil},
		{"Director of Product", skillgap.Director, RoleProductLeader, nil, nil},
		{"Senior AI Product Manager", skillgap.Senior, RoleAIPM, nil, nil},
		{"Head of Product, Lending", skillgap.Director, RoleProductLeader, []string{"lending"}, nil},
		{"Group PM - Core Banking & Credit Risk", skillgap.Lead, RoleProductManager, []string{"banking", "lending"}, nil},
		{"Product Lead", skillgap.Senior, RoleProductManager, nil, nil},
		{"Staff Product Manager, Fintech Billing", skillgap.Staff, RoleProductManager, []string{"fintech", "payments"}, nil},
		{"Product Manager, B2B", skillgap.Mid, RoleProductManager, []string{"b2b-saas"}, nil},
		{"Product Manager, b2b", skillgap.Mid, RoleProductManager, nil, nil}, // the alias counts only as "B2B"
		{"  Associate Product Manager  ", skillgap.Associate, RoleProductManager, nil, nil},
	}
	for _, tt := range tests {
		got, err := ParseTarget(tt.title, tax)
		if err != nil {
			t.Errorf("ParseTarget(%q): %v", tt.title, err)
			continue
		}
		want := Target{Title: strings.TrimSpace(tt.title), Seniority: tt.sen, Role: tt.role, Domains: tt.domains, Broader: tt.broader}
		if got.Title != want.Title || got.Seniority != want.Seniority || got.Role != want.Role ||
			!slices.Equal(got.Domains, want.Domains) || !slices.Equal(got.Broader, want.Broader) {
			t.Errorf("ParseTarget(%q):\ngot  %+v\nwant %+v", tt.title, got, want)
		}
	}
}

func TestParseTargetUnknown(t *testing.T) {
	tax := domainTaxonomy()
	tests := []struct {
		title string
		first string // the best suggestion
	}{
		{"Chief Wizard", "Chief Product Officer"},
		{"Product Marketing Manager", "Product Manager"},
		{"Product Marketing Manager, Payments", "Product Manager, Payments"},
		{"Director of Engineering, Core Product", "Director of Product"},
		{"Senior Product Designer", "Senior Product Manager"},
		{"Program Manager", "Product Manager"},
		{"", "Product Manager"},
	}
	for _, tt := range tests {
		_, err := ParseTarget(tt.title, tax)
		var te *TargetError
		if !errors.As(err, &te) || !errors.Is(err, ErrNotProductTitle) {
			t.Errorf("ParseTarget(%q): got error %v; want a *TargetError wrapping ErrNotProductTitle", tt.title, err)
			continue
		}
		if len(te.Suggestions) != 3 || te.Suggestions[0] != tt.first {
			t.Errorf("ParseTarget(%q): got suggestions %q; want 3 starting with %q", tt.title, te.Suggestions, tt.first)
		}
		for _, s := range te.Suggestions {
			if !ClassifyTitle(s).Product {
				t.Errorf("ParseTarget(%q): suggestion %q is not a product title", tt.title, s)
			}
		}
		if !strings.Contains(err.Error(), tt.first) {
			t.Errorf("ParseTarget(%q): error %q does not name %q", tt.title, err, tt.first)
		}
	}
}

// TestParseTargetShipped reads the examples with the shipped taxonomy.
func TestParseTargetShipped(t *testing.T) {
	skills, err := configs.Taxonomy()
	if err != nil {
		t.Fatal(err)
	}
	tax := skillgap.NewTaxonomy(skills)
	got, err := ParseTarget("Senior Product Manager, Payments", tax)
	if err != nil {
		t.Fatal(err)
	}
	if got.Seniority != skillgap.Senior || got.Role != RoleProductManager || !slices.Contains(got.Domains, "payments") {
		t.Errorf("got %+v; want senior · product manager · payments", got)
	}
	for _, title := range []string{"Senior Product Manager", "Technical Product Manager", "Senior AI Product Manager",
		"Director of Product", "Group Product Manager, Growth"} {
		got, err := ParseTarget(title, tax)
		if err != nil || len(got.Domains) != 0 {
			t.Errorf("ParseTarget(%q): got %+v, %v; want no domains, no error", title, got, err)
		}
	}
	if _, err := ParseTarget("Chief Wizard", tax); !errors.Is(err, ErrNotProductTitle) {
		t.Errorf("Chief Wizard: got %v; want ErrNotProductTitle", err)
	}
}

// TestPostingDomains: the posting's own domain comes from its title,
// department and company text, with a clear signal, and never from what the
// role asks of the candidate. The texts are ours, in the layout the crawler
// writes (headings on their own line, "- " list items).
func TestPostingDomains(t *testing.T) {
	tax := domainTaxonomy()
	tests := []struct {
		name, title, dept, company, desc string
		want                             []string
	}{
		{name: "title", title: "Senior Product Manager, Payments", want: []string{"fintech", "payments"}},
		{name: "department", title: "Product Manager", dept: "Lending", want: []string{"lending"}},
		{name: "company phrase", title: "Product Manager", company: "Acme",
			desc: "Acme is a payments company for small shops.\n\nWhat you'll do\n- Own onboarding.",
			want: []string{"fintech", "payments"}},
		{name: "leader in", title: "Product Manager", company: "Shieldly",
			desc: "Shieldly is a leader in cyber security for hospitals.\n\nThe role\n- Own alerts.",
			want: []string{"cybersecurity"}},
		{name: "two mentions under About", title: "Product Manager", company: "Carewise",
			desc: "About Carewise\nWe run digital health clinics. Our members use digital health tools every day.\n\nRequirements\n- 3+ years as a PM.",
			want: []string{"healthcare"}},
		{name: "one mention is not enough", title: "Product Manager", company: "Carewise",
			desc: "About Carewise\nWe build scheduling tools, some of them for digital health clinics.\n\nRequirements\n- 3+ years as a PM.",
			want: nil},
		{name: "asked of the candidate", title: "Product Manager", company: "Toolbox",
			desc: "About us\nWe build tools for teams.\n\nRequirements\n- Experience with card payments and core banking.\n- 3+ years in financial technology; payments a plus.",
			want: nil},
		{name: "intro speaks to the candidate", title: "Product Manager", company: "Toolbox",
			desc: "As our PM for billing, you will own payments. Payments reliability is yours.\n\nWhat you'll do\n- Ship.",
			want: nil},
		{name: "benefits", title: "Product Manager", company: "Toolbox",
			desc: "We build tools for teams.\n\nBenefits\n- Healthcare coverage. Healthcare for your family.",
			want: nil},
		{name: "company section ends at the next heading", title: "Product Manager", company: "Toolbox",
			desc: "About us\nWe build tools for teams.\n\nWhat you'll do\n- Own our payments roadmap; payments uptime matters.",
			want: nil},
		{name: "case-sensitive guard", title: "Product Manager", company: "Ledgerline",
			desc: "We make B2B tools. Our B2B customers love them.", want: []string{"b2b-saas"}},
		{name: "case-sensitive guard, other casing", title: "Product Manager", company: "Ledgerline",
			desc: "We make b2b tools. Our b2b customers love them.", want: nil},
		{name: "not-near guard", title: "Product Manager", company: "Toolbox",
			desc: "We offer healthcare benefits. Our healthcare coverage is generous.", want: nil},
		{name: "not a domain skill", title: "Product Manager, Payments Analytics", want: []string{"fintech", "payments"}},
	}
	f := NewDomainFinder(tax)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &skillgap.Posting{Title: tt.title, Department: tt.dept, Company: tt.company, Description: tt.desc}
			if got := f.Posting(p); !slices.Equal(got, tt.want) {
				t.Errorf("got %q; want %q", got, tt.want)
			}
			if got := PostingDomains(p, tax); !slices.Equal(got, tt.want) {
				t.Errorf("PostingDomains: got %q; want %q", got, tt.want)
			}
		})
	}
}

// TestPostingDomainsIgnoresSkills: the domain does not follow the extracted
// skills, so dropping domain words from the skills cannot change it.
func TestPostingDomainsIgnoresSkills(t *testing.T) {
	tax := domainTaxonomy()
	p := &skillgap.Posting{Title: "Product Manager", Company: "Toolbox", Description: "We build tools for teams.",
		Skills: []skillgap.SkillMention{{SkillID: "payments", Level: skillgap.Required}, {SkillID: "banking"}}}
	if got := PostingDomains(p, tax); got != nil {
		t.Errorf("got %q; want none", got)
	}
}

func TestCompanyText(t *testing.T) {
	desc := "Acme builds ledgers. We serve banks.\nYou will own the roadmap.\n\nAbout the role\nYou lead discovery.\n\n" +
		"About Acme\nFounded in 2019. Backed by investors.\n\nBenefits\n- Stock options."
	want := []string{"Acme builds ledgers.", "We serve banks.", "Founded in 2019.", "Backed by investors."}
	if got := companyText(desc, "Acme"); !slices.Equal(got, want) {
		t.Errorf("got %q; want %q", got, want)
	}
}

func TestCompanyHeading(t *testing.T) {
	tests := []struct {
		heading string
		want    bool
	}{
		{"About us", true}, {"About Acme", true}, {"Who we are?", true}, {"Our mission", true}, {"Acme", true},
		{"Life at Acme", true}, {"About the role", false}, {"About you", false}, {"Benefits", false},
		{"PRODUCT MANAGEMENT AT ACME:", false}, {"The Acme team", false}, {"What you'll do", false},
	}
	for _, tt := range tests {
		if got := companyHeading(titleForm(tt.heading), "acme"); got != tt.want {
			t.Errorf("companyHeading(%q) = %v; want %v", tt.heading, got, tt.want)
		}
	}
}

// FuzzPostingDomains runs domain finding and target parsing on any text: no
// panic, only domain ids of the taxonomy, sorted and distinct.
func FuzzPostingDomains(f *testing.F) {
	f.Add("Senior PM, Payments", "Lending", "About us\nWe are a B2B payments company. Our payments app.\n- item")
	f.Add("", "", ":\n- \n\n.")
	tax := domainTaxonomy()
	finder := NewDomainFinder(tax)
	f.Fuzz(func(t *testing.T, title, dept, desc string) {
		got := finder.Posting(&skillgap.Posting{Title: title, Department: dept, Company: "Acme", Description: desc})
		if !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != len(got) {
			t.Errorf("domains %q: want sorted and distinct", got)
		}
		for _, id := range got {
			if s, ok := tax.Skill(id); !ok || s.Kind != skillgap.KindDomain {
				t.Errorf("domain %q is not a domain skill", id)
			}
		}
		if tg, err := ParseTarget(title, tax); err == nil && tg.Role == "" {
			t.Errorf("ParseTarget(%q) = %+v without a role family", title, tg)
		}
	})
}
