package analyze

import (
	"testing"

	"github.com/skillgap/skillgap"
)

func TestSeniorityOf(t *testing.T) {
	tests := []struct {
		title string
		want  skillgap.Seniority
	}{
		{"Associate Product Manager", skillgap.Associate},
		{"APM, Payments", skillgap.Associate},
		{"Product Manager I", skillgap.Associate},
		{"Product Manager", skillgap.Mid},
		{"Product Manager II", skillgap.Mid},
		{"Product Owner - Checkout", skillgap.Mid},
		{"Senior Product Manager", skillgap.Senior},
		{"Sr. Product Manager, MCP", skillgap.Senior},
		{"Product Manager III", skillgap.Senior},
		{"Staff Product Manager", skillgap.Staff},
		{"Principal PM, Platform", skillgap.Staff},
		{"Group Product Manager", skillgap.Lead},
		{"Lead Product Manager", skillgap.Lead},
		{"Director of Product", skillgap.Director},
		{"Senior Director, Product Management", skillgap.Director},
		{"Head of Product", skillgap.Director},
		{"VP, Product", skillgap.VP},
		{"Vice President of Product Management", skillgap.VP},
		{"Chief Product Officer", skillgap.CPO},
		{"CPO", skillgap.CPO},
		{"Backend Engineer", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := SeniorityOf(tt.title); got != tt.want {
			t.Errorf("SeniorityOf(%q): got %q; want %q", tt.title, got, tt.want)
		}
	}
}

func TestSeniorityWithYears(t *testing.T) {
	tests := []struct {
		title string
		years int
		want  skillgap.Seniority
	}{
		{"Product Manager", 3, skillgap.Mid},
		{"Product Manager", 7, skillgap.Senior},
		{"Product Manager II", 7, skillgap.Mid},
		{"Senior Product Manager", 2, skillgap.Senior},
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

func TestRoleOf(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Product Manager", RoleProductManager},
		{"Senior Product Owner", RoleProductOwner},
		{"Technical Product Manager", RoleTechnicalPM},
		{"Senior PM, AI/ML", RoleAIPM},
		{"Product Manager, Generative AI", RoleAIPM},
		{"Growth Product Manager", RoleGrowthPM},
		{"Product Manager, Developer Platform", RolePlatformPM},
		{"Product Manager - Data & Analytics", RoleDataPM},
		{"Director of Product", RoleProductLeader},
		{"VP Product, AI", RoleProductLeader},
		{"Chief Product Officer", RoleProductLeader},
		{"Product Marketing Manager", ""},
		{"Backend Engineer", ""},
		{"Maintainer", ""},
	}
	for _, tt := range tests {
		if got := RoleOf(tt.title, ""); got != tt.want {
			t.Errorf("RoleOf(%q): got %q; want %q", tt.title, got, tt.want)
		}
	}
	if got := RoleOf("", "Growth Product Manager\nWe are hiring."); got != RoleGrowthPM {
		t.Errorf("RoleOf from text: got %q; want %q", got, RoleGrowthPM)
	}
}
