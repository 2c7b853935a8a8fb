package analyze

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/skillgap/skillgap"
)

// realTitles are job titles of ../shared/realworld (Ashby boards, 2024-11 …
// 2025-10) as written, with what ClassifyTitle must say. The seniority column
// follows the rule in ClassifyTitle's doc comment; where the hand labels of
// ../shared/realworld/labels disagree, the case says so.
var realTitles = []struct {
	title   string
	product bool
	role    string
	sen     skillgap.Seniority
}{
	// Product roles.
	{"Associate Product Manager", true, RoleProductManager, skillgap.Associate},
	{"Product Manager", true, RoleProductManager, skillgap.Mid},
	{"Product Manager (Experienced)", true, RoleProductManager, skillgap.Mid},
	{"Product Manager - Payments", true, RoleProductManager, skillgap.Mid},
	{"Product Manager, Banking", true, RoleProductManager, skillgap.Mid},
	{"Product Manager, Lending", true, RoleProductManager, skillgap.Mid},
	{"Product Manager, Growth", true, RoleGrowthPM, skillgap.Mid},
	{"Product Manager - AI", true, RoleAIPM, skillgap.Mid},
	{"Product Manager, AI Powered Messaging", true, RoleAIPM, skillgap.Mid},
	{"Product Manager, Search and Embeddings", true, RoleAIPM, skillgap.Mid},
	{"Product Manager / Product Designer (Early Stage Focus)", true, RoleProductManager, skillgap.Mid},
	{"Embedded Product Manager", true, RoleProductManager, skillgap.Mid},
	{"Founding Product Manager", true, RoleProductManager, skillgap.Mid},
	{"Technical Product Manager", true, RoleTechnicalPM, skillgap.Mid},
	{"Atlas - Technical Product Manager", true, RoleTechnicalPM, skillgap.Mid},
	{"Technical Product Manager - Risk/Fraud", true, RoleTechnicalPM, skillgap.Mid},
	{"Technical Product Manager - Banking Core Integration", true, RoleTechnicalPM, skillgap.Mid},
	{"Technical Product Manager, AI Powered Messaging", true, RoleAIPM, skillgap.Mid},
	{"Senior Product Manager", true, RoleProductManager, skillgap.Senior},
	{"Senior Product Manager, Payments", true, RoleProductManager, skillgap.Senior},
	{"Senior Product Manager - Retention", true, RoleGrowthPM, skillgap.Senior},
	{"Senior Product Manager, Marketplace Growth", true, RoleGrowthPM, skillgap.Senior},
	{"Senior Product Manager, AI/ML", true, RoleAIPM, skillgap.Senior},
	{"Senior Product Manager (Platform Squad)", true, RolePlatformPM, skillgap.Senior},
	{"Senior Product Manager, Integrations", true, RolePlatformPM, skillgap.Senior},
	{"Senior Product Manager: Patient Experience", true, RoleProductManager, skillgap.Senior},
	{"Senior Home Insurance Product Manager", true, RoleProductManager, skillgap.Senior},
	{" Sr. Product Manager, MCP", true, RoleAIPM, skillgap.Senior},
	{"Sr. Product Manager, Organic Growth (SEO/GEO/AEO)", true, RoleGrowthPM, skillgap.Senior},
	{"Sr. Product Manager - Mobile AI (Remote)", true, RoleAIPM, skillgap.Senior},
	{"Senior Technical Product Manager", true, RoleTechnicalPM, skillgap.Senior},
	{"Senior Technical Product Manager, AI Powered Messaging", true, RoleAIPM, skillgap.Senior},
	{"Senior Product Owner - Growth", true, RoleProductOwner, skillgap.Senior},
	{"Senior Product Owner - Cybersecurity  Woman / Man / Non Binary", true, RoleProductOwner, skillgap.Senior},
	{"Senior / Staff Product Manager, Applications (Collaborator) ", true, RoleProductManager, skillgap.Senior}, // the lower of two
	{"Staff Product Manager", true, RoleProductManager, skillgap.Staff},
	{"Senior Staff Product Manager, Kong Gateway Core - Shanghai", true, RolePlatformPM, skillgap.Staff},
	{"Senior Staff Product Manager, Managed Inference (Seattle)", true, RoleAIPM, skillgap.Staff},
	{"Principal Product Manager, Billing & Payments", true, RoleProductManager, skillgap.Staff},
	{"Principal Product Manager, Consumer", true, RoleProductManager, skillgap.Staff},
	// "Lead PM" and "Product Lead" are senior by title; the labels say senior
	// for these two (and staff for a Lead PM asking 8 years: see TestPostingSeniority).
	{"Lead Product Manager, Dev Platform & Scout", true, RolePlatformPM, skillgap.Senior},
	{"Founding Product Lead", true, RoleProductManager, skillgap.Senior},
	{"Interim Product Lead (Early Stage)", true, RoleProductManager, skillgap.Senior},
	{"Lead Product Manager, Artificial Intelligence", true, RoleAIPM, skillgap.Senior},
	{"Lead Business Systems Product Manager – Revenue Generation", true, RoleProductManager, skillgap.Senior},
	{"Group Product Manager, Monetization", true, RoleGrowthPM, skillgap.Lead},
	{"Group Product Manager, Enterprise Partnerships ", true, RoleProductManager, skillgap.Lead},
	{"Group Product Manager, Storage (SF/Sunnyvale)", true, RolePlatformPM, skillgap.Lead},
	{"Head of Product", true, RoleProductLeader, skillgap.Director},
	{"Head of Product, Lending", true, RoleProductLeader, skillgap.Director},
	{"Head of Product, Money Movement", true, RoleProductLeader, skillgap.Director},
	{"Director of Product", true, RoleProductLeader, skillgap.Director},
	{"Director of Product - Client Group", true, RoleProductLeader, skillgap.Director},
	{"Director, Product Management (Consumer)", true, RoleProductLeader, skillgap.Director},
	{"Director, Product Management - Developer", true, RoleProductLeader, skillgap.Director},
	{"Senior Director of Product Management, Foundational ML Models", true, RoleProductLeader, skillgap.Director},
	{"Senior Director of Product, Supply Chain and Manufacturing Technology", true, RoleProductLeader, skillgap.Director},
	{"VP of Product", true, RoleProductLeader, skillgap.VP},

	// Not product management, whatever "product" they name.
	{"Director of Engineering, Core Product", false, "", skillgap.Director},
	{"Head of Content (Product)", false, "", skillgap.Director},
	{"Director of New Product Introduction", false, "", skillgap.Director},
	{"Director of Analytics, Credit Products", false, "", skillgap.Director},
	// The labels count this one as a product posting; its board files it
	// under Technology Security and it leads security engineering.
	{"Senior Director, Product Security", false, "", skillgap.Director},
	{"Product Marketing Manager", false, "", ""},
	{"Product Marketing Manager, Lending", false, "", ""},
	{"Senior Product Marketing Manager - GTM", false, "", skillgap.Senior},
	{"Lead Product Marketing Manager", false, "", skillgap.Senior},
	{"Director of Product Marketing", false, "", skillgap.Director},
	{"Head of Product Marketing", false, "", skillgap.Director},
	{"Product Designer", false, "", ""},
	{"Senior Product Designer", false, "", skillgap.Senior},
	{"Lead, Product Designer - Banking", false, "", skillgap.Senior},
	{"Head of Product Design", false, "", skillgap.Director},
	{"Manager, Product Design", false, "", ""},
	{"Product Analyst", false, "", ""},
	{"Product Analytics, Manager", false, "", ""},
	{"Data Analyst, Product", false, "", ""},
	{"Product Engineer", false, "", ""},
	{"Tech Lead - Product Engineering", false, "", skillgap.Senior},
	{"Software Engineer, Product", false, "", ""},
	{"Software Engineering Manager, Product Engineering - Canada", false, "", ""},
	{"Product Operations Manager", false, "", ""},
	{"Lead product operations and program manager", false, "", skillgap.Senior},
	{"Product Support Manager", false, "", ""},
	{"Product Support Specialist", false, "", ""},
	{"Product Counsel", false, "", ""},
	{"Legal Product Specialist", false, "", ""},
	{"Product Growth Strategist", false, "", ""},
	{"Principal Technical Recruiter, Product", false, "", skillgap.Staff},
	{"Senior Technical Sourcer, Product Management (Contract)", false, "", skillgap.Senior},
	{"Compensation Business Partner, Engineering, Product & Design", false, "", ""},
	{"Investment Products Associate", false, "", skillgap.Associate},
	{"Deployed Intelligence - Product", false, "", ""},
	{"Director - Technical Program Management", false, "", skillgap.Director},
	{"Chief of Staff", false, "", ""},
	{"Director of Growth", false, "", skillgap.Director},
}

func TestClassifyTitleReal(t *testing.T) {
	if len(realTitles) < 60 {
		t.Fatalf("%d real titles; want at least 60", len(realTitles))
	}
	var product, other int
	for _, tt := range realTitles {
		got := ClassifyTitle(tt.title)
		want := TitleClass{Product: tt.product, Role: tt.role, Seniority: tt.sen}
		if got != want {
			t.Errorf("ClassifyTitle(%q): got %+v; want %+v", tt.title, got, want)
		}
		if tt.product {
			product++
		} else {
			other++
		}
	}
	t.Logf("%d real titles: %d product, %d not", len(realTitles), product, other)
}

// TestClassifyTitleForms covers what the real titles above do not: other
// languages, abbreviations, and titles naming two bands.
func TestClassifyTitleForms(t *testing.T) {
	tests := []struct {
		title   string
		product bool
		role    string
		sen     skillgap.Seniority
	}{
		{"APM, Payments", true, RoleProductManager, skillgap.Associate},
		{"Product Manager I", true, RoleProductManager, skillgap.Associate},
		{"Product Manager II", true, RoleProductManager, skillgap.Mid},
		{"Product Manager III", true, RoleProductManager, skillgap.Senior},
		{"Product Management Intern", true, RoleProductManager, skillgap.Associate},
		{"Sr. PM - Checkout", true, RoleProductManager, skillgap.Senior},
		{"GPM, Platform", true, RolePlatformPM, skillgap.Lead},
		{"Manager, Product Management", true, RoleProductManager, skillgap.Lead},
		{"Lead PM", true, RoleProductManager, skillgap.Senior},
		{"Senior or Lead Product Manager", true, RoleProductManager, skillgap.Senior},
		{"Product Manager / Senior Product Manager", true, RoleProductManager, skillgap.Mid},
		{"Produktmanager Payments", true, RoleProductManager, skillgap.Mid},
		{"Product Manager (m/w/d)", true, RoleProductManager, skillgap.Mid},
		{"Product Manager - Data & Analytics", true, RoleDataPM, skillgap.Mid},
		{"Product Manager, Developer Platform", true, RolePlatformPM, skillgap.Mid},
		{"Head of AI Product", true, RoleProductLeader, skillgap.Director},
		{"Director of Consumer Products", true, RoleProductLeader, skillgap.Director},
		{"VP Product & Engineering", true, RoleProductLeader, skillgap.VP},
		{"Vice President of Product Management", true, RoleProductLeader, skillgap.VP},
		{"Chief Product Officer", true, RoleProductLeader, skillgap.CPO},
		{"CPO", true, RoleProductLeader, skillgap.CPO},
		{"Chief People Officer (CPO)", false, "", skillgap.CPO},
		{"Technical Program Manager", false, "", ""},
		{"TPM, Infrastructure", false, "", ""},
		{"Program Manager", false, "", ""},
		{"Project Manager (PM)", false, "", ""},
		{"Engineering Manager, Product", false, "", ""},
		{"Backend Engineer", false, "", ""},
		{"", false, "", ""},
	}
	for _, tt := range tests {
		got := ClassifyTitle(tt.title)
		want := TitleClass{Product: tt.product, Role: tt.role, Seniority: tt.sen}
		if got != want {
			t.Errorf("ClassifyTitle(%q): got %+v; want %+v", tt.title, got, want)
		}
	}
}

// TestTitleWrappers checks that RoleOf and SeniorityOf say what ClassifyTitle says.
func TestTitleWrappers(t *testing.T) {
	for _, tt := range realTitles {
		c := ClassifyTitle(tt.title)
		if got := RoleOf(tt.title, ""); got != c.Role {
			t.Errorf("RoleOf(%q): got %q; want %q", tt.title, got, c.Role)
		}
		if got := SeniorityOf(tt.title); got != c.Seniority {
			t.Errorf("SeniorityOf(%q): got %q; want %q", tt.title, got, c.Seniority)
		}
	}
	if got := RoleOf("", "Growth Product Manager\nWe are hiring."); got != RoleGrowthPM {
		t.Errorf("RoleOf from text: got %q; want %q", got, RoleGrowthPM)
	}
}

func TestSeniorityWithYears(t *testing.T) {
	tests := []struct {
		title string
		years int
		want  skillgap.Seniority
	}{
		{"Product Manager", 3, skillgap.Mid},
		{"Product Manager", 5, skillgap.Mid}, // labels: 3 of 4 plain PMs asking 5 years are mid
		{"Technical Product Manager", 6, skillgap.Senior},
		{"Product Manager", 8, skillgap.Senior},
		{"Product Manager II", 7, skillgap.Mid},
		{"Senior Product Manager", 2, skillgap.Senior},
		{"Senior Product Manager", 10, skillgap.Senior},
		{"Lead Product Manager, Category", 4, skillgap.Senior},
		{"Lead Business Systems Product Manager – Revenue Generation", 8, skillgap.Staff}, // labelled staff
		{"Lead Product Manager, Artificial Intelligence", 10, skillgap.Staff},
		{"Founding Product Lead", 0, skillgap.Senior}, // labelled senior
		{"Group Product Manager, Monetization", 8, skillgap.Lead},
		{"Backend Engineer", 1, skillgap.Associate},
		{"Backend Engineer", 5, skillgap.Senior},
		{"Backend Engineer", 9, skillgap.Staff},
		{"Backend Engineer", 0, ""},
	}
	for _, tt := range tests {
		if got := seniorityWithYears(tt.title, tt.years); got != tt.want {
			t.Errorf("%q with %d years: got %q; want %q", tt.title, tt.years, got, tt.want)
		}
	}
}

// TestPostingSeniority checks the responsibilities part: a lead title that
// asks to manage product managers is lead, without that it stays senior (or
// staff with 8+ years). The texts are ours.
func TestPostingSeniority(t *testing.T) {
	tests := []struct {
		name, title string
		years       int
		text        string
		want        skillgap.Seniority
	}{
		{"product lead managing PMs", "Product Lead, Payments", 6,
			"What you'll do\n- Hire, coach and grow a team of three product managers.\n", skillgap.Lead},
		{"lead PM mentoring PMs", "Lead Product Manager", 5,
			"- Mentor junior PMs and set the bar for product craft.\n", skillgap.Lead},
		{"direct reports", "Product Lead", 0, "This role has 2 direct reports.", skillgap.Lead},
		{"no direct reports", "Product Lead", 0, "An individual contributor role with no direct reports. You will coach and grow the product team's craft.", skillgap.Senior},
		{"guides engineers only", "Lead Product Manager", 4,
			"- Guide and support a team of engineers toward stable releases.\n", skillgap.Senior},
		{"hiring blurb is not managing", "Lead Product Manager", 4,
			"Acme is hiring a Senior or Lead Product Manager. We work with our product team daily.", skillgap.Senior},
		{"lead PM, many years, IC", "Lead Product Manager", 9, "- Own the roadmap for search.", skillgap.Staff},
		{"senior PM managing stays senior", "Senior Product Manager", 6,
			"- Manage a team of two product managers.", skillgap.Senior},
		{"head of product stays director", "Head of Product", 3, "- Own the roadmap.", skillgap.Director},
		{"plain PM, 8 years", "Product Manager", 8, "", skillgap.Senior},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := postingRole(tt.title, tt.text, tt.years)
			if got != tt.want {
				t.Errorf("got %q; want %q", got, tt.want)
			}
		})
	}
}

// FuzzClassifyTitle checks the classifier's invariants on any title: a role
// family exactly for product roles, a band for every product role, only known
// bands.
func FuzzClassifyTitle(f *testing.F) {
	for _, tt := range realTitles {
		f.Add(tt.title)
	}
	f.Add("Senior / Staff / Principal PM or Lead")
	f.Fuzz(func(t *testing.T, title string) {
		c := ClassifyTitle(title)
		if c.Product != (c.Role != "") {
			t.Errorf("ClassifyTitle(%q) = %+v: a role family exactly for product roles", title, c)
		}
		if c.Seniority != "" && c.Seniority.Rank() < 0 || c.Product && c.Seniority == "" {
			t.Errorf("ClassifyTitle(%q) = %+v: bad seniority", title, c)
		}
		if _, s := postingRole(title, title, 7); s != "" && s.Rank() < 0 {
			t.Errorf("postingRole(%q): bad seniority %q", title, s)
		}
	})
}

// TestYearsBeforeSearchStart checks that yearsBefore, which starts its search
// near the end of the text, finds what yearsRe finds over the whole text.
func TestYearsBeforeSearchStart(t *testing.T) {
	whole := func(text string) int {
		m := yearsRe.FindStringSubmatch(text)
		if m == nil {
			return 0
		}
		if n, ok := numberWords[strings.ToLower(m[1])]; ok {
			return n
		}
		if n, err := strconv.Atoi(m[1]); err == nil && n <= 30 {
			return n
		}
		return 0
	}
	parts := []string{"5", "12", "3", "+", " ", "  ", "-", "–", "—", "(", ")", "to", "or", "TO", "five", "Five",
		"ſix", "twelve", "fifteen", "twenty", "plus", "or more", "full-time", "full time", "relevant", "total",
		"at least", "minimum", "of", ",", ".", ":", "x", "b", "_", "\t", "\n", "é", "\xff", "ten", "FOUR", "one"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(10) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		text := b.String()
		if got, want := yearsBefore(text), whole(text); got != want {
			t.Fatalf("yearsBefore(%q): got %d; want %d", text, got, want)
		}
	}
}

// TestManagesPMsAtLines checks managesPMsAt, which searches the text once
// per object word, against a plain reading line by line.
func TestManagesPMsAtLines(t *testing.T) {
	plain := func(text string) (string, bool) {
		lower := strings.ToLower(text)
		if (strings.Contains(lower, "direct report") || strings.Contains(lower, "people management") ||
			strings.Contains(lower, "management responsibilit")) && noReportsRe.MatchString(titleForm(text)) {
			return "", false
		}
		for line := range strings.SplitSeq(lower, "\n") {
			for _, w := range managesObjects {
				if strings.Contains(line, w) {
					if m := managesRe.FindString(titleForm(line)); m != "" {
						return strings.TrimSpace(m), true
					}
					break
				}
			}
		}
		return "", false
	}
	parts := []string{"Manage a team of PMs", "grow the product team", "product managers", "PRODUCT MANAGERS",
		"Lead", "mentor", "no direct reports", "direct reports", "people management", "player/coach", "\n", "\n",
		". ", "we are a product team", "Build and hire a team of product managers", "İ", "dİrect reports", "pms",
		"without people management", "hire", "\xff", "our product org"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(parts[r.IntN(len(parts))])
			b.WriteByte(' ')
		}
		text := b.String()
		gotM, gotOK := managesPMsAt(text)
		wantM, wantOK := plain(text)
		if gotM != wantM || gotOK != wantOK {
			t.Fatalf("managesPMsAt(%q): got %q, %v; want %q, %v", text, gotM, gotOK, wantM, wantOK)
		}
	}
}
