package analyze

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/skillgap/skillgap/configs"
)

func BenchmarkScratchReal(b *testing.B) {
	skills, _ := configs.Taxonomy()
	e, _ := NewExtractor(skills)
	type job struct{ Title, DescriptionPlain string }
	var jobs []job
	boards, _ := filepath.Glob("/work/shared/realworld/ashby/*.json")
	n := 0
	for _, p := range boards {
		data, _ := os.ReadFile(p)
		var d struct{ Jobs []job }
		json.Unmarshal(data, &d)
		for _, j := range d.Jobs {
			jobs = append(jobs, j)
			n += len(j.DescriptionPlain)
		}
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, j := range jobs {
			e.Extract(j.Title, j.DescriptionPlain)
		}
	}
}
