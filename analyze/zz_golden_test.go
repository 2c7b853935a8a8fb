package analyze

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/skillgap/skillgap/configs"
)

// TestScratchGolden dumps every extraction of the eval set and the real-world
// Ashby postings to $GOLDEN_OUT for before/after comparison.
func TestScratchGolden(t *testing.T) {
	out := os.Getenv("GOLDEN_OUT")
	if out == "" {
		t.Skip()
	}
	skills, err := configs.Taxonomy()
	if err != nil {
		t.Fatal(err)
	}
	e, err := NewExtractor(skills)
	if err != nil {
		t.Fatal(err)
	}
	small := smallExtractor(t)
	f, _ := os.Create(out)
	defer f.Close()
	dump := func(name, title, text string) {
		for _, x := range []*Extractor{e, small} {
			b, _ := json.Marshal(x.Extract(title, text))
			fmt.Fprintf(f, "%s\t%s\n", name, b)
		}
	}
	files, _ := filepath.Glob("testdata/eval/*.txt")
	labels := readLabels(t)
	for _, p := range files {
		b, _ := os.ReadFile(p)
		k := filepath.Base(p)
		k = k[:len(k)-4]
		dump(p, labels[k].Title, string(b))
		dump(p+"#notitle", "", string(b))
	}
	boards, _ := filepath.Glob("/work/shared/realworld/ashby/*.json")
	sort.Strings(boards)
	for _, p := range boards {
		b, _ := os.ReadFile(p)
		var d struct {
			Jobs []struct{ Title, DescriptionPlain string }
		}
		json.Unmarshal(b, &d)
		for i, j := range d.Jobs {
			dump(fmt.Sprintf("%s#%d", p, i), j.Title, j.DescriptionPlain)
		}
	}
	dump("bench", "Senior Product Manager, Payments", benchPosting)
}
