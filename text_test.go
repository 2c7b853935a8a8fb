package skillgap

import "testing"

func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"sql", "sql", 0}, {"", "abc", 3}, {"levle", "level", 1}, {"crwal", "crawl", 1},
		{"kitten", "sitting", 3}, {"greenhouse", "grenhouse", 1},
	} {
		if got := EditDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("EditDistance(%q, %q) = %d; want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestPlural(t *testing.T) {
	for _, tt := range []struct {
		n    int
		noun string
		want string
	}{
		{1, "hour", "1 hour"}, {0, "hour", "0 hours"}, {2, "certification", "2 certifications"},
		{1, "mid technical PM posting", "1 mid technical PM posting"}, {9, "senior AI PM posting", "9 senior AI PM postings"},
		{3, "company", "3 companies"}, {2, "day", "2 days"}, {2, "match", "2 matches"}, {2, "box", "2 boxes"},
		{1, "person|people", "1 person"}, {4, "person|people", "4 people"}, {1, "", "1 "},
	} {
		if got := Plural(tt.n, tt.noun); got != tt.want {
			t.Errorf("Plural(%d, %q) = %q; want %q", tt.n, tt.noun, got, tt.want)
		}
	}
	if got := PluralNoun(1.0, "hour"); got != "hour" {
		t.Errorf("PluralNoun(1.0, hour) = %q; want hour", got)
	}
	if got := PluralNoun(1.5, "hour"); got != "hours" {
		t.Errorf("PluralNoun(1.5, hour) = %q; want hours", got)
	}
}

func TestSignedWhole(t *testing.T) {
	for x, want := range map[float64]string{3.4: "+3", -2.6: "-3", -0.3: "0", 0.4: "0", 0: "0", 0.5: "+1"} {
		if got := SignedWhole(x); got != want {
			t.Errorf("SignedWhole(%g) = %q; want %q", x, got, want)
		}
	}
}
