package crawler

import (
	"strings"
	"testing"
)

func TestTitleFilterBuiltin(t *testing.T) {
	f, err := NewTitleFilter(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	keep := []string{
		"Product Manager",
		"Associate Product Manager",
		"APM, Consumer",
		"Senior Product Manager, Payments",
		"Sr. PM - Checkout",
		"Senior PM",
		"Staff Product Manager",
		"Principal Product Manager - AI/ML",
		"Group Product Manager, Monetization",
		"GPM, Platform",
		"Lead Product Manager",
		"Technical Product Manager",
		"AI Product Manager",
		"Growth Product Manager",
		"Platform PM",
		"Product Manager, Payments",
		"Product Manager (m/w/d)",
		"Produktmanager Payments",
		"Product Owner",
		"Senior Product Owner - Cybersecurity",
		"Product Lead",
		"Founding Product Lead",
		"Manager, Product Management",
		"Director of Product Management",
		"Director of Product",
		"Director, Product - Client Group",
		"Senior Director, Product Management",
		"VP of Product",
		"VP, Product",
		"Vice President, Product",
		"VP Product & Engineering",
		"Head of Product",
		"Head of Product, Lending",
		"Head of AI Product",
		"Director of Consumer Products",
		"Chief Product Officer",
		"CPO",
		"Product-Manager Mobile",
		"Product Management Intern",
	}
	drop := []string{
		"Product Marketing Manager",
		"Director of Product Marketing",
		"Senior Product Designer",
		"Head of Product Design",
		"Lead Product Designer",
		"Product Design Manager",
		"Product Analyst",
		"Data Analyst, Product",
		"Product Support Specialist",
		"Product Operations Manager",
		"Head of Product Operations",
		"Product Ops Lead",
		"Product Engineer",
		"Director of Product Engineering",
		"Engineering Manager, Product",
		"Technical Program Manager",
		"TPM, Infrastructure",
		"Senior Program Manager",
		"Project Manager",
		"Product Specialist",
		"Legal Product Specialist",
		"Sales Director, Product",
		"Product Counsel",
		"Senior Counsel, Commercial and Product Legal",
		"Chief People Officer (CPO)",
		"Software Engineer",
		"Account Manager",
		"Product Security Engineer",
		"Director of Engineering, Core Product",
		"Head of Content (Product)",
		"Director of New Product Introduction",
		"Product Designer",
		"Program Manager",
		"Senior Technical Sourcer, Product Management",
		"",
	}
	for _, title := range keep {
		if !f.Keep(title) {
			t.Errorf("Keep(%q) = false; want true", title)
		}
	}
	for _, title := range drop {
		if f.Keep(title) {
			t.Errorf("Keep(%q) = true; want false", title)
		}
	}
}

func TestTitleFilterSourcePatterns(t *testing.T) {
	f, err := NewTitleFilter([]string{`product (designer|analyst)`}, []string{`intern\b`, `^Product Analyst$`})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Senior Product Designer", true},           // include keeps what the built-in drops
		{"Product Analyst, Growth", true},           // include, not excluded
		{"product analyst", false},                  // exclude wins over include, case-insensitively
		{"Product Manager Intern", false},           // exclude drops what the built-in keeps
		{"Senior Product Manager", true},            // built-in
		{"Product Marketing Manager", false},        // built-in drop, no include
		{"Internal Tools Product Manager", true},    // exclude pattern needs a word end
		{"PRODUCT DESIGNER (contract)", true},       // include is case-insensitive
		{"Technical Program Manager", false},        // built-in drop
		{"Product Designer Intern", false},          // exclude beats include
		{"Head of Product Analytics", false},        // neither include nor built-in
		{"Director, Product Designer Hiring", true}, // include
	} {
		if got := f.Keep(c.title); got != c.want {
			t.Errorf("Keep(%q) = %v; want %v", c.title, got, c.want)
		}
	}
}

func TestNewTitleFilterBadPattern(t *testing.T) {
	for _, c := range []struct {
		include, exclude []string
		want             string
	}{
		{[]string{"ok", "product (manager"}, nil, `include pattern "product (manager"`},
		{nil, []string{"[z-a]"}, `exclude pattern "[z-a]"`},
	} {
		_, err := NewTitleFilter(c.include, c.exclude)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("got error %v; want one naming %s", err, c.want)
		}
	}
}
