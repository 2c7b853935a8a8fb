package analyze

import (
	"path/filepath"
	"testing"

	"github.com/skillgap/skillgap/configs"
)

// BenchmarkExtractMarket measures extraction with the shipped taxonomy over
// the text of every real posting in ../shared/realworld/ashby-market (run
// with -cpu 1). It skips when the shared folder is absent.
func BenchmarkExtractMarket(b *testing.B) {
	files, err := filepath.Glob(filepath.Join(sharedRealworld, "ashby-market", "*.json"))
	if err != nil || len(files) == 0 {
		b.Skipf("no %s/ashby-market: the real-text benchmark needs the shared folder beside the repository", sharedRealworld)
	}
	type posting struct{ title, text string }
	var posts []posting
	var size int64
	for _, f := range files {
		board, err := readBoard(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, j := range board.Jobs {
			posts = append(posts, posting{j.Title, j.DescriptionPlain})
			size += int64(len(j.DescriptionPlain))
		}
	}
	skills, err := configs.Taxonomy()
	if err != nil {
		b.Fatal(err)
	}
	e, err := NewExtractor(skills)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range posts {
			e.Extract(p.title, p.text)
		}
	}
	b.ReportMetric(float64(b.N*len(posts))/b.Elapsed().Seconds(), "postings/s")
	b.ReportMetric(float64(len(skills)), "skills")
}
