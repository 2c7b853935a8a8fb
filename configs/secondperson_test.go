package configs

import (
	"regexp"
	"strings"
	"testing"
)

// TestEvidenceSecondPerson: a skill's evidence becomes a plan goal's
// measurable criterion, read by the user, so it speaks to them ("a dashboard
// you built"), never of them ("a dashboard they built"). The phrases below
// use "they" for something else: the ideas, the others coached, the partner
// functions, the recordings.
func TestEvidenceSecondPerson(t *testing.T) {
	skills, err := Taxonomy()
	if err != nil {
		t.Fatal(err)
	}
	others := regexp.MustCompile(`where they affect|how they affect|on their own|with their (definitions|testimony|reviews|cost)|` +
		`and their (consumers|logic|reviews|cost)|explains their logic|what they need|issues they show|design for them|because of them|way they could mislead`)
	third := regexp.MustCompile(`(?i)\b(they|their|them|themselves)\b`)
	for _, s := range skills {
		for i, e := range s.Evidence {
			if w := third.FindString(others.ReplaceAllString(e, "")); w != "" {
				t.Errorf("%s evidence %d: %q says %q of the user; want the second person", s.ID, i+1, e, w)
			}
			if strings.HasPrefix(e, "Own ") {
				t.Errorf("%s evidence %d: %q; want \"Your …\"", s.ID, i+1, e)
			}
		}
	}
}
