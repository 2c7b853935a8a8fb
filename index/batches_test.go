package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

// TestApplySourcesIsSequential: one batch of several sources leaves the index
// exactly as applying them one by one does, over random crawls of sources
// whose jobs duplicate each other, across days, complete or not.
func TestApplySourcesIsSequential(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 13))
	sources := []string{"acme-gh", "acme-lever", "acme-ashby", "globex"}
	job := func(src string, n int, edit int) skillgap.Posting {
		p := posting(fmt.Sprintf("%s:%d", src, n), src, fmt.Sprintf("Product Manager %d", n%4))
		if src == "globex" {
			p.Company = "Globex"
		}
		p.Posted = day("2025-03-01").AddDate(0, 0, n%5*10)
		p.Description = fmt.Sprintf("Own the roadmap, edit %d.", edit)
		return p
	}
	for trial := range 30 {
		batched, single := memIndex(t), memIndex(t)
		for round := range 4 {
			now := day("2025-04-01").AddDate(0, 0, round)
			var updates []SourceUpdate
			for _, src := range sources {
				if rng.IntN(4) == 0 {
					continue
				}
				u := SourceUpdate{Source: src, Complete: rng.IntN(3) > 0, State: skillgap.CrawlState{Validator: fmt.Sprintf("v%d-%d", trial, round)}}
				for n := range 6 {
					if rng.IntN(3) > 0 {
						u.Postings = append(u.Postings, job(src, n, rng.IntN(2)))
					}
				}
				updates = append(updates, u)
			}
			got, err := batched.ApplySources(t.Context(), updates, now)
			if err != nil {
				t.Fatal(err)
			}
			for i, u := range updates {
				want, err := single.ApplySource(t.Context(), u.Source, u.Postings, u.Complete, u.State, now)
				if err != nil {
					t.Fatal(err)
				}
				if got[i] != want {
					t.Fatalf("trial %d round %d, %s: batched %+v; one by one %+v", trial, round, u.Source, got[i], want)
				}
			}
			if b, s := dump(t, batched, sources), dump(t, single, sources); !slices.Equal(b, s) {
				t.Fatalf("trial %d round %d: batched index\n%s\none by one\n%s", trial, round, strings.Join(b, "\n"), strings.Join(s, "\n"))
			}
		}
	}
}

// dump lists every stored posting with its duplicate mark, and the validators.
func dump(t *testing.T, idx *Index, sources []string) []string {
	t.Helper()
	var out []string
	err := idx.Each(t.Context(), func(p skillgap.Posting) error {
		s, _, err := idx.getStored(p.ID)
		b, _ := json.Marshal(s)
		out = append(out, string(b))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range sources {
		v, _ := idx.CrawlState(src)
		out = append(out, src+" "+v.Validator)
	}
	return out
}

func TestApplySourcesFailsWhole(t *testing.T) {
	idx := memIndex(t)
	apply(t, idx, "acme", []skillgap.Posting{posting("gh:acme:1", "acme", "PM")}, true, day("2025-01-01"))
	updates := []SourceUpdate{
		{Source: "globex", Postings: []skillgap.Posting{posting("gh:globex:1", "globex", "PM")}, Complete: true, State: skillgap.CrawlState{Validator: "v-globex"}},
		{Source: "acme", Postings: []skillgap.Posting{posting("", "acme", "no id")}, Complete: true, State: skillgap.CrawlState{Validator: "v-acme"}},
	}
	if _, err := idx.ApplySources(t.Context(), updates, day("2025-01-02")); err == nil || !strings.Contains(err.Error(), "source acme") {
		t.Fatalf("got %v; want an error naming source acme", err)
	}
	if _, ok, _ := idx.Get("gh:globex:1"); ok {
		t.Error("a failed batch wrote another source's posting")
	}
	for src, want := range map[string]string{"globex": "", "acme": "v-2025-01-01"} {
		if v, _ := idx.CrawlState(src); v.Validator != want {
			t.Errorf("validator of %s %q after a failed batch; want %q", src, v, want)
		}
	}
	twice := []SourceUpdate{{Source: "acme"}, {Source: "acme"}}
	if _, err := idx.ApplySources(t.Context(), twice, day("2025-01-02")); err == nil {
		t.Error("one source twice in a batch: got no error")
	}
}

// feed runs WriteBatches on idx and returns its input, the reports so far and
// a wait for its result.
func feed(t *testing.T, ctx context.Context, idx *Index, opts BatchOptions) (chan<- SourceUpdate, func() []Written, func() error) {
	t.Helper()
	in := make(chan SourceUpdate)
	var mu sync.Mutex
	var written []Written
	errc := make(chan error, 1)
	go func() {
		errc <- idx.WriteBatches(ctx, in, opts, func(w Written) {
			mu.Lock()
			defer mu.Unlock()
			written = append(written, w)
		})
	}()
	reports := func() []Written {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(written)
	}
	return in, reports, func() error { close(in); return <-errc }
}

func update(source string, n int) SourceUpdate {
	u := SourceUpdate{Source: source, Complete: true, State: skillgap.CrawlState{Validator: "v-" + source}}
	for i := range n {
		u.Postings = append(u.Postings, posting(fmt.Sprintf("%s:%d", source, i), source, "PM"))
	}
	return u
}

func TestWriteBatchesBySize(t *testing.T) {
	idx := memIndex(t)
	now := func() time.Time { return day("2025-01-01") }
	in, reports, wait := feed(t, t.Context(), idx, BatchOptions{Postings: 3, Delay: time.Hour, Now: now})
	in <- update("a", 2)
	in <- update("b", 2) // 4 postings ≥ 3: a and b are written together
	in <- update("c", 1) // accepted once the batch is written
	if got := len(reports()); got != 2 {
		t.Errorf("%d sources reported before c's batch; want 2 (a, b)", got)
	}
	in <- update("a", 1) // a second update of a starts a batch of its own
	if err := wait(); err != nil {
		t.Fatal(err)
	}
	got := reports()
	var names []string
	for _, w := range got {
		names = append(names, fmt.Sprintf("%s new %d closed %d", w.Update.Source, w.Change.New, w.Change.Closed))
	}
	want := []string{"a new 2 closed 0", "b new 2 closed 0", "c new 1 closed 0", "a new 0 closed 1"}
	if !slices.Equal(names, want) {
		t.Errorf("got %q; want %q", names, want)
	}
	if v, _ := idx.CrawlState("c"); v.Validator != "v-c" {
		t.Errorf("validator of c %q; want v-c", v)
	}
}

func TestWriteBatchesByTime(t *testing.T) {
	idx := memIndex(t)
	in, reports, wait := feed(t, t.Context(), idx, BatchOptions{Delay: 10 * time.Millisecond})
	in <- update("a", 1)
	deadline := time.Now().Add(10 * time.Second)
	for len(reports()) == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if len(reports()) != 1 {
		t.Fatal("an update was not written after the delay")
	}
	if _, ok, _ := idx.Get("a:0"); !ok {
		t.Error("reported posting not in the index")
	}
	if err := wait(); err != nil {
		t.Fatal(err)
	}
}

func TestWriteBatchesStopsAtFailure(t *testing.T) {
	idx := memIndex(t)
	in, reports, wait := feed(t, t.Context(), idx, BatchOptions{Postings: 1})
	bad := update("a", 1)
	bad.Postings[0].ID = ""
	in <- bad
	if err := wait(); err == nil {
		t.Fatal("got no error")
	}
	if got := reports(); len(got) != 1 || got[0].Err == nil {
		t.Errorf("reports %+v; want one with the error", got)
	}

	ctx, cancel := context.WithCancel(t.Context())
	idx = memIndex(t)
	in2 := make(chan SourceUpdate)
	errc := make(chan error, 1)
	go func() { errc <- idx.WriteBatches(ctx, in2, BatchOptions{Delay: time.Hour}, func(Written) {}) }()
	in2 <- update("b", 1)
	cancel()
	if err := <-errc; !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v; want context.Canceled", err)
	}
	if _, ok, _ := idx.Get("b:0"); ok {
		t.Error("cancelled: the pending update was written")
	}
}
