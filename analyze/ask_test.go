package analyze

import (
	"testing"

	"github.com/skillgap/skillgap/configs"
)

// TestAskVsMention checks the ask stage on sentences written for it, each
// class of mention that is no ask beside its opposite, with the shipped
// taxonomy. The sentences are new wordings, not ones the rules list.
func TestAskVsMention(t *testing.T) {
	skills, err := configs.Taxonomy()
	if err != nil {
		t.Fatal(err)
	}
	e, err := NewExtractor(skills)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		class, name string
		text        string
		want, not   []string
	}{
		// Teams and functions named as collaborators or customers.
		{"party", "partner with teams", "- Partner with UX, analytics and GTM teams to improve onboarding.",
			[]string{"cross-functional-leadership"}, []string{"ux-design", "go-to-market"}},
		{"party", "work across functions", "- Work across engineering, design and product marketing.",
			nil, []string{"product-marketing"}},
		{"party", "counterparts", "- Plan the quarter with your growth and lifecycle marketing counterparts.",
			nil, []string{"growth", "lifecycle-marketing"}},
		{"party", "collaborate closely", "- Collaborate closely with Sales, Security and Legal on enterprise deals.",
			[]string{"cross-functional-leadership"}, []string{"security"}},
		{"party", "customers as functions", "- Build the workspace that go-to-market teams use every day.",
			nil, []string{"go-to-market"}},
		{"party", "team members listed", "- Thrive in a multidisciplinary squad (UX researchers, data scientists, growth marketers).",
			nil, []string{"ux-design", "growth"}},
		{"party opposite", "lead go-to-market", "- You will lead go-to-market for our new product lines.",
			[]string{"go-to-market"}, nil},
		{"party opposite", "object after on", "- Partner with sales on go-to-market and pricing.",
			[]string{"cross-functional-leadership", "go-to-market", "pricing-packaging"}, nil},
		{"party opposite", "experience with agile teams", "- Experience working with agile product teams.",
			[]string{"agile"}, nil},
		{"party opposite", "lead the growth team", "- Lead the growth team through its next stage.",
			[]string{"growth"}, nil},
		{"party opposite", "soft skill with leaders", "- Partner with executive stakeholders to set priorities.",
			[]string{"stakeholder-management"}, nil},

		// Company, press and culture text.
		{"press", "ranking", "Requirements\n- Acme was named one of the fastest growing fintech companies in Europe.",
			nil, []string{"fintech"}},
		{"press", "award list", "What you'll do\n- Winner of the 2024 Best B2C Apps award",
			nil, []string{"b2c-consumer"}},
		{"pitch", "come join", "Requirements\n- If ownership and growth excite you, come join us!",
			nil, []string{"execution", "growth"}},
		{"pitch opposite", "ownership asked", "Requirements\n- You take ownership of outcomes and grow the product.",
			[]string{"execution"}, nil},

		// Hiring process, EEO and legal text.
		{"process", "ai in hiring", "Requirements\n- We may use AI to help review your application.",
			nil, []string{"ai-ml"}},
		{"process", "email", "Requirements\n- Questions about the role? Write to recruiting@acme.example.",
			nil, []string{"hiring"}},
		{"process", "states", "Requirements\n- This role is open to candidates in AL, AZ, CO, MA, MD and NY.",
			nil, []string{"mergers-acquisitions"}},
		{"benefit", "label in a list", "Requirements\n- Learn and grow: coaching from senior PMs and SQL courses.",
			nil, []string{"sql", "coaching-mentoring"}},
		{"process opposite", "hiring asked", "Requirements\n- Experience hiring, coaching and growing a team of PMs.",
			[]string{"hiring"}, nil},

		// Generic words in another sense.
		{"sense", "non-technical", "Requirements\n- Explain trade-offs to non-technical audiences.",
			nil, []string{"technical-background"}},
		{"sense", "backlog of", "What you'll do\n- Clear a backlog of customer tickets with support.",
			nil, []string{"backlog-management"}},
		{"sense", "vision plan", "Requirements\n- Medical and vision plans for you and your family.",
			nil, []string{"product-vision"}},
		{"sense opposite", "backlog", "What you'll do\n- Own and order the product backlog.",
			[]string{"backlog-management"}, nil},

		// Background, not domain.
		{"background", "profession", "Requirements\n- 3+ years in investment banking, consulting or private equity.",
			nil, []string{"banking"}},
		{"background", "examples of an industry", "Requirements\n- Experience in a regulated sector (e.g. banking, insurance).",
			nil, []string{"banking", "insurance"}},
		{"background opposite", "domain asked", "Requirements\n- 3+ years building products for retail banking customers.",
			[]string{"banking"}, nil},

		// Soft skills need more than a buzzword.
		{"soft", "workplace adjective", "Requirements\n- Fast-paced, collaborative environment.",
			nil, []string{"working-at-pace", "teamwork", "ambiguity"}},
		{"soft", "fast-paced is not ambiguity", "Requirements\n- You are at your best in a fast-paced startup.",
			[]string{"working-at-pace"}, []string{"ambiguity"}},
		{"soft", "thrive in ambiguity", "Requirements\n- You thrive amid ambiguity and shifting goals.",
			[]string{"ambiguity"}, nil},
		{"soft", "incomplete data", "Requirements\n- Comfortable making calls with incomplete data.",
			[]string{"ambiguity"}, nil},
		{"soft", "culture asked", "What you'll do\n- Champion a culture of ownership on the team.",
			[]string{"execution"}, nil},

		// Misses said in plain words.
		{"plain", "keep leaders informed", "What you'll do\n- Keep senior leaders informed as plans change.",
			[]string{"executive-communication"}, nil},
		{"plain", "close to customers", "What you'll do\n- Stay close to customers and their problems.",
			[]string{"customer-empathy"}, nil},
		{"plain", "reading code", "Requirements\n- Comfortable reading code and reviewing designs.",
			[]string{"technical-background"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.class+"/"+tt.name, func(t *testing.T) {
			got := found(e.Extract("Product Manager", tt.text))
			for _, id := range tt.want {
				if _, ok := got[id]; !ok {
					t.Errorf("%s: got not found; want found (all: %v)", id, got)
				}
			}
			for _, id := range tt.not {
				if l, ok := got[id]; ok {
					t.Errorf("%s: got %q; want not found (all: %v)", id, l, got)
				}
			}
		})
	}
}
