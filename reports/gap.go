package reports

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/skillgap/skillgap"
)

// GapNotes are the sentences every rendering of a gap report shows above the
// figures: the comparison basis of the step up, each widening step with its
// counts, and the caveats (old data, a single crawl, a longer window, hidden rows).
func GapNotes(g *skillgap.GapReport) []string {
	var out []string
	if g.Compare != "" {
		out = append(out, fmt.Sprintf("The step up compares these postings with %s, the level you are at now.", skillgap.Plural(g.ComparePostings, g.Compare+" posting")))
	}
	for _, w := range g.Widening {
		out = append(out, fmt.Sprintf("Widened: only %s in the window; %s: %s.", skillgap.Plural(w.Before, "posting"), w.Step, skillgap.Plural(w.After, w.Label+" posting")))
	}
	return append(out, g.Notes...)
}

// partLabels names the parts of a priority for people.
var partLabels = map[string]string{
	"demand": "demand", "stepup": "step up", "level": "level", "trend": "trend", "motivation": "motivation",
	"target": "named by your target", "effort": "effort",
}

// partOrder is the order priorities are written in.
var partOrder = []string{"demand", "stepup", "level", "trend", "motivation", "target", "effort"}

// PriorityParts writes a priority with the parts it is the sum of:
// "1.33 = demand 0.62 + step up 0.52 + level 0.25 − effort 0.06".
func PriorityParts(g skillgap.Gap) string {
	var b strings.Builder
	b.WriteString(strconv.FormatFloat(g.Priority, 'f', 2, 64))
	first := true
	for _, k := range partOrder {
		v, ok := g.Parts[k]
		if !ok || math.Abs(v) < 0.005 {
			continue
		}
		switch {
		case first && v < 0:
			b.WriteString(" = −")
		case first:
			b.WriteString(" = ")
		case v < 0:
			b.WriteString(" − ")
		default:
			b.WriteString(" + ")
		}
		first = false
		b.WriteString(partLabels[k] + " " + strconv.FormatFloat(math.Abs(v), 'f', 2, 64))
	}
	return b.String()
}

// HaveText writes the user's level with its source: "2", "2 (inferred)", "?" when unrated.
func HaveText(g skillgap.Gap) string {
	switch g.Source {
	case skillgap.Unrated:
		return "?"
	case skillgap.Inferred:
		return strconv.Itoa(g.Have) + " (inferred)"
	}
	return strconv.Itoa(g.Have)
}

// StepUpText writes the step up of a row: "+32 points (vs 11%, counted +14)", or "" without one.
func StepUpText(g skillgap.Gap) string {
	st := g.StepUp
	if st == nil || st.Total == 0 {
		return ""
	}
	s := Points(math.Round(st.Points)) + " (vs " + Percent(st.CompareShare)
	if st.Shrink < 0.995 && math.Abs(st.Points) >= 0.5 {
		s += ", counted " + skillgap.SignedWhole(st.Shrunk)
	}
	return s + ")"
}

// MotivationText says what one motivation matched: "leading others → people management, hiring".
func (r *Report) MotivationText(m skillgap.MotivationMatch) string {
	var what []string
	for _, c := range m.Categories {
		what = append(what, "all of "+c)
	}
	for i, id := range m.Skills {
		if i == 8 {
			what = append(what, fmt.Sprintf("and %d more", len(m.Skills)-8))
			break
		}
		what = append(what, r.skillName(id))
	}
	if len(what) == 0 {
		return fmt.Sprintf("%q matched no skill: name a skill or a category", m.Text)
	}
	return fmt.Sprintf("%q → %s", m.Text, strings.Join(what, ", "))
}
