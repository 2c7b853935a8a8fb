package analyze

import (
	"math"

	"github.com/skillgap/skillgap"
)

// MinWindowPostings is the fewest postings each window needs before a change
// between them is reported; MinLaterMentions the fewest mentions in the later
// window. Below them a "rise" is noise: 3 → 6 mentions is not +100%.
const (
	MinWindowPostings = 30
	MinLaterMentions  = 10
)

// DefaultMinCount is the fewest mentions (both windows together) a change needs
// before it can be called significant.
const DefaultMinCount = 10

// CompareWindows tests whether a skill's share of postings changed between two
// windows with a pooled two-proportion z-test (two-sided). A change is
// significant when p < 0.05, before+after >= minCount (DefaultMinCount when
// minCount <= 0), both windows hold MinWindowPostings postings and the later
// one MinLaterMentions mentions, so that 3 → 6 mentions is not reported as +100%.
func CompareWindows(id string, before, totalBefore, after, totalAfter, minCount int) skillgap.Change {
	if minCount <= 0 {
		minCount = DefaultMinCount
	}
	c := skillgap.Change{SkillID: id, Before: before, TotalBefore: totalBefore, After: after, TotalAfter: totalAfter, P: 1}
	if totalBefore > 0 {
		c.ShareBefore = float64(before) / float64(totalBefore)
	}
	if totalAfter > 0 {
		c.ShareAfter = float64(after) / float64(totalAfter)
	}
	if totalBefore <= 0 || totalAfter <= 0 {
		return c // no change can be measured against an empty window
	}
	c.Delta = (c.ShareAfter - c.ShareBefore) * 100
	pooled := float64(before+after) / float64(totalBefore+totalAfter)
	se := math.Sqrt(pooled * (1 - pooled) * (1/float64(totalBefore) + 1/float64(totalAfter)))
	if se == 0 {
		return c
	}
	c.Z = (c.ShareAfter - c.ShareBefore) / se
	c.P = math.Erfc(math.Abs(c.Z) / math.Sqrt2)
	c.Significant = c.P < 0.05 && before+after >= minCount &&
		totalBefore >= MinWindowPostings && totalAfter >= MinWindowPostings && after >= MinLaterMentions
	return c
}

// Lift is how much more often skills a and b appear together than they would if
// independent: P(a∧b) / (P(a)·P(b)), from both postings asking for both, a and b
// postings asking for each, out of total. It is 0 when any count is zero.
func Lift(both, a, b, total int) float64 {
	if both <= 0 || a <= 0 || b <= 0 || total <= 0 {
		return 0
	}
	return float64(both) * float64(total) / (float64(a) * float64(b))
}
