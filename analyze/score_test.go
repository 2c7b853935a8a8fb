package analyze

import (
	"fmt"
	"slices"
	"strings"

	"github.com/skillgap/skillgap"
)

// score is a micro-averaged extraction score over a labelled set, defined as
// ../shared/realworld/labels/score.py defines it: precision and recall over
// (posting, skill) presence; required/preferred agreement over the true
// positives; seniority exact on the band; years exact where the label states
// them.
type score struct {
	tp, fp, fn   int
	levelOK      int // true positives whose required/preferred agrees
	senOK, senN  int // postings whose seniority band agrees, of senN labelled
	yearsOK, yrN int // postings whose years agree, of yrN labelled
	n            int // postings

	alarms, misses map[string]int // per skill id: false alarms, misses
	// examples holds, per "alarm id" or "miss id", the first postings it happened in.
	examples map[string][]string
}

func newScore() *score {
	return &score{alarms: map[string]int{}, misses: map[string]int{}, examples: map[string][]string{}}
}

// addSkills counts one posting's skills: want are the labels, got the extraction.
func (s *score) addSkills(posting string, want, got map[string]skillgap.Requirement) {
	s.n++
	for id, lvl := range want {
		g, ok := got[id]
		switch {
		case !ok:
			s.fn++
			s.misses[id]++
			s.example("miss "+id, posting)
		case g == lvl:
			s.tp++
			s.levelOK++
		default:
			s.tp++
		}
	}
	for id := range got {
		if _, ok := want[id]; !ok {
			s.fp++
			s.alarms[id]++
			s.example("alarm "+id, posting)
		}
	}
}

func (s *score) example(key, posting string) {
	if len(s.examples[key]) < 4 {
		s.examples[key] = append(s.examples[key], posting)
	}
}

// addSeniority counts a seniority label; want "" means not labelled.
func (s *score) addSeniority(want, got string) {
	if want == "" {
		return
	}
	s.senN++
	if got == want {
		s.senOK++
	}
}

// addYears counts a years label; want < 0 means not labelled, got 0 not stated.
func (s *score) addYears(want, got int) {
	if want < 0 {
		return
	}
	s.yrN++
	if got == want {
		s.yearsOK++
	}
}

func (s *score) precision() float64 { return ratio(s.tp, s.tp+s.fp) }
func (s *score) recall() float64    { return ratio(s.tp, s.tp+s.fn) }
func (s *score) agreement() float64 { return ratio(s.levelOK, s.tp) }
func (s *score) seniority() float64 { return ratio(s.senOK, s.senN) }
func (s *score) years() float64     { return ratio(s.yearsOK, s.yrN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// String prints the figures in the order of score.py's last line.
func (s *score) String() string {
	sen := "-"
	if s.senN > 0 {
		sen = fmt.Sprintf("%.3f", s.seniority())
	}
	return fmt.Sprintf("precision %.3f recall %.3f req/pref %.3f seniority %s years %.3f (tp %d fp %d fn %d, n=%d)",
		s.precision(), s.recall(), s.agreement(), sen, s.years(), s.tp, s.fp, s.fn, s.n)
}

// floors are the figures below which a set's test fails; zero skips a check.
type floors struct{ precision, recall, agreement, seniority, years float64 }

// check returns what falls below f, "" when nothing does.
func (s *score) check(f floors) string {
	var low []string
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"precision", s.precision(), f.precision}, {"recall", s.recall(), f.recall},
		{"req/pref", s.agreement(), f.agreement}, {"seniority", s.seniority(), f.seniority},
		{"years", s.years(), f.years},
	} {
		if c.got < c.want {
			low = append(low, fmt.Sprintf("%s %.3f < %.3f", c.name, c.got, c.want))
		}
	}
	return strings.Join(low, ", ")
}

// topN lists the n most frequent keys of m with their counts.
func topN(m map[string]int, n int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if m[a] != m[b] {
			return m[b] - m[a]
		}
		return strings.Compare(a, b)
	})
	var b strings.Builder
	for i, k := range keys {
		if i == n {
			break
		}
		fmt.Fprintf(&b, "%s %d, ", k, m[k])
	}
	return strings.TrimSuffix(b.String(), ", ")
}
