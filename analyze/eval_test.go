package analyze

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/configs"
)

// evalLabel is the hand label of one evaluation posting.
type evalLabel struct {
	Title     string   `yaml:"title"`
	Years     int      `yaml:"years"`
	Required  []string `yaml:"required"`
	Preferred []string `yaml:"preferred"`
}

// evalScore is a micro-averaged score over the evaluation set.
type evalScore struct {
	tp, fp, fn, levelOK, yearsOK, n int
	fps, fns                        map[string]int
}

func (s evalScore) precision() float64 { return float64(s.tp) / float64(max(1, s.tp+s.fp)) }
func (s evalScore) recall() float64    { return float64(s.tp) / float64(max(1, s.tp+s.fn)) }
func (s evalScore) String() string {
	return fmt.Sprintf("precision %.3f recall %.3f level agreement %.3f years %.3f (tp %d fp %d fn %d, %d postings)",
		s.precision(), s.recall(), float64(s.levelOK)/float64(max(1, s.tp)), float64(s.yearsOK)/float64(max(1, s.n)),
		s.tp, s.fp, s.fn, s.n)
}

// TestEvaluation scores the extractor with the shipped taxonomy against the hand
// labels in testdata/eval: micro precision and recall over skill ids, with
// required/preferred agreement reported apart. It fails below 0.90 precision or
// 0.85 recall. The figures with the aliases still proposed in
// testdata/eval/aliases-proposed.yaml are logged too.
func TestEvaluation(t *testing.T) {
	shipped, err := configs.Taxonomy()
	if err != nil {
		t.Fatalf("load shipped taxonomy: %v", err)
	}
	labels := readLabels(t)
	checkLabelIDs(t, shipped, labels)

	base := scoreEval(t, shipped, labels)
	t.Logf("shipped taxonomy: %v", base)
	with := scoreEval(t, withProposedAliases(t, shipped), labels)
	t.Logf("with proposed aliases: %v", with)
	t.Logf("false positives: %v", topN(base.fps, 10))
	t.Logf("misses: %v", topN(base.fns, 10))
	if base.precision() < 0.90 || base.recall() < 0.85 {
		t.Errorf("got %v; want precision ≥ 0.90 and recall ≥ 0.85", base)
	}
}

func readLabels(t *testing.T) map[string]evalLabel {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "eval", "labels.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var labels map[string]evalLabel
	if err := yaml.UnmarshalWithOptions(data, &labels, yaml.DisallowUnknownField()); err != nil {
		t.Fatalf("read labels: %v", err)
	}
	if len(labels) < 40 {
		t.Fatalf("got %d labelled postings; want at least 40", len(labels))
	}
	return labels
}

// checkLabelIDs fails on label ids the taxonomy does not have.
func checkLabelIDs(t *testing.T, skills []skillgap.Skill, labels map[string]evalLabel) {
	t.Helper()
	tax := skillgap.NewTaxonomy(skills)
	for k, l := range labels {
		for _, id := range slices.Concat(l.Required, l.Preferred) {
			if _, ok := tax.Skill(id); !ok {
				t.Errorf("posting %s: label %q is not a taxonomy id", k, id)
			}
		}
	}
}

// withProposedAliases returns skills with the proposed aliases appended.
func withProposedAliases(t *testing.T, skills []skillgap.Skill) []skillgap.Skill {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "eval", "aliases-proposed.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var extra map[string][]string
	if err := yaml.Unmarshal(data, &extra); err != nil {
		t.Fatalf("read proposed aliases: %v", err)
	}
	var over []skillgap.Skill
	for _, s := range skills {
		if a, ok := extra[s.ID]; ok {
			over = append(over, skillgap.Skill{ID: s.ID, Aliases: slices.Concat(s.Aliases, a)})
			delete(extra, s.ID)
		}
	}
	for id := range extra {
		t.Errorf("proposed aliases for unknown skill %q", id)
	}
	out, err := configs.MergeTaxonomy(skills, over, "aliases-proposed.yaml")
	if err != nil {
		t.Fatalf("merge proposed aliases: %v", err)
	}
	return out
}

func scoreEval(t *testing.T, skills []skillgap.Skill, labels map[string]evalLabel) evalScore {
	t.Helper()
	x, err := NewExtractor(skills)
	if err != nil {
		t.Fatal(err)
	}
	s := evalScore{fps: map[string]int{}, fns: map[string]int{}}
	for k, l := range labels {
		text, err := os.ReadFile(filepath.Join("testdata", "eval", k+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		ex := x.Extract(l.Title, string(text))
		want := map[string]skillgap.Requirement{}
		for _, id := range l.Preferred {
			want[id] = skillgap.Preferred
		}
		for _, id := range l.Required {
			want[id] = skillgap.Required
		}
		got := map[string]skillgap.Requirement{}
		for _, m := range ex.Skills {
			got[m.SkillID] = m.Level
			if _, ok := want[m.SkillID]; !ok {
				s.fp++
				s.fps[m.SkillID]++
			}
		}
		for id, lvl := range want {
			g, ok := got[id]
			switch {
			case !ok:
				s.fn++
				s.fns[id]++
			case g == lvl:
				s.tp++
				s.levelOK++
			default:
				s.tp++
			}
		}
		s.n++
		if ex.YearsMin == l.Years {
			s.yearsOK++
		}
	}
	return s
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
