package analyze

import (
	"os"
	"github.com/skillgap/skillgap/configs"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

func TestScratchPlural(t *testing.T) {
	for _, gs := range [][]skillgap.Guard{nil, {{Alias: "API", CaseSensitive: true}}, {{Alias: "API", CaseSensitive: true}, {Alias: "APIs", CaseSensitive: true}}} {
		e, err := NewExtractor([]skillgap.Skill{{ID: "apis", Name: "APIs & integrations", Aliases: []string{"api", "apis"}, Guards: gs}})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{"Experience with APIs.", "Experience with API design.", "Experience with APIs and SDKs.", "Build APIs", "REST APIs, webhooks", "Know the api"} {
			t.Logf("guards=%d %q → %v", len(gs), s, e.Extract("", s).Skills)
		}
	}
	t.Logf("%q %q", Normalize("APIs & integrations"), Normalize("APIs"))
}

func TestScratchCPU(t *testing.T) {
	runtime.LockOSThread()
	e := smallExtractor(t)
	cpu := func() time.Duration {
		var ru syscall.Rusage
		syscall.Getrusage(1, &ru)
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	for _, n := range []int{0, 50, 500, 5000} {
		x := e
		title := "Senior Product Manager, Payments"
		if n > 0 {
			x, _ = NewExtractor(syntheticSkills(n))
			title = "Product Manager"
		}
		var best time.Duration
		for r := 0; r < 25; r++ {
			const N = 4000
			c0 := cpu()
			for i := 0; i < N; i++ {
				x.Extract(title, benchPosting)
			}
			d := (cpu() - c0) / N
			if r == 0 || d < best {
				best = d
			}
		}
		t.Logf("aliases=%d: %v/op cpu, %.1f MB/s", n, best, float64(len(benchPosting))/best.Seconds()/1e6)
	}
}

func TestScratchVocab(t *testing.T) {
	skills, _ := configs.Taxonomy()
	e, _ := NewExtractor(skills)
	t.Logf("shipped vocab %d slots %d trie nodes %d hash edges %d top %d", e.m.vocab.size(), len(e.m.vocab.slots), len(e.m.terms), e.m.edges.n, len(e.m.edges.top))
	e = smallExtractor(t)
	t.Logf("small vocab %d slots %d", e.m.vocab.size(), len(e.m.vocab.slots))
}

func TestScratchEvalDetail(t *testing.T) {
	skills, _ := configs.Taxonomy()
	x, _ := NewExtractor(skills)
	labels := readLabels(t)
	for k, l := range labels {
		text, _ := os.ReadFile("testdata/eval/" + k + ".txt")
		ex := x.Extract(l.Title, string(text))
		want := map[string]bool{}
		for _, id := range append(append([]string{}, l.Required...), l.Preferred...) {
			want[id] = true
		}
		got := map[string]bool{}
		for _, m := range ex.Skills {
			got[m.SkillID] = true
			if !want[m.SkillID] {
				t.Logf("FP %s %s: %q", k, m.SkillID, m.Evidence)
			}
		}
		for id := range want {
			if !got[id] {
				t.Logf("FN %s %s", k, id)
			}
		}
	}
}
