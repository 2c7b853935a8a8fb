package ingest

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/configs"
	"github.com/skillgap/skillgap/crawler"
	"github.com/skillgap/skillgap/index"
)

// demoServer serves the embedded sample market on loopback; fail, when set,
// answers 500 to the requests it matches. It counts requests.
func demoServer(t *testing.T, fail func(*http.Request) bool) (*httptest.Server, *atomic.Int64) {
	t.Helper()
	var n atomic.Int64
	h := crawler.DemoHandler(configs.DemoFS())
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		if fail != nil && fail(r) {
			http.Error(w, "boom", http.StatusInternalServerError)
			return
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, &n
}

// someSources are three of the sample market's API boards.
func someSources(t *testing.T, base string) []skillgap.Source {
	t.Helper()
	var out []skillgap.Source
	for _, kind := range []string{skillgap.Greenhouse, skillgap.Lever, skillgap.Ashby} {
		all := configs.DemoSources(base)
		i := slices.IndexFunc(all, func(s skillgap.Source) bool { return s.Kind == kind })
		if i < 0 {
			t.Fatalf("the sample market has no %s board", kind)
		}
		out = append(out, all[i])
	}
	return out
}

func testCrawlerOptions() crawler.Options {
	return crawler.Options{Delay: -1, Timeout: 5 * time.Second, Retries: 1}
}

func shippedSkills() ([]skillgap.Skill, error) { return configs.Taxonomy() }

// recorder is a Progress that keeps what it was told.
type recorder struct {
	begin   []int
	started []string
	done    []Source
}

func (r *recorder) Begin(n int) { r.begin = append(r.begin, n) }
func (r *recorder) Fetch(p crawler.Progress) {
	if !slices.Contains(r.started, p.Source) {
		r.started = append(r.started, p.Source)
	}
}
func (r *recorder) Done(s Source) { r.done = append(r.done, s) }

// indexed returns the postings in dir by id.
func indexed(t *testing.T, dir string) map[string]skillgap.Posting {
	t.Helper()
	idx, err := index.OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	out := map[string]skillgap.Posting{}
	err = idx.Each(t.Context(), func(p skillgap.Posting) error {
		out[p.ID] = p
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestCrawl(t *testing.T) {
	srv, requests := demoServer(t, nil)
	srcs := someSources(t, srv.URL)
	dir := t.TempDir()
	var rec recorder
	day := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	opts := Options{Skills: shippedSkills, Progress: &rec, Now: func() time.Time { return day }}
	sum, err := Crawl(t.Context(), dir, srcs, testCrawlerOptions(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Sources) != len(srcs) || sum.Failed != 0 || sum.Postings == 0 || sum.New != sum.Postings {
		t.Fatalf("got %d sources, %d failed, %d postings, %d new; want %d, 0, some, all new",
			len(sum.Sources), sum.Failed, sum.Postings, sum.New, len(srcs))
	}
	if !slices.Equal(rec.begin, []int{len(srcs)}) || len(rec.started) != len(srcs) || len(rec.done) != len(srcs) {
		t.Errorf("progress: begin %v, %d started, %d done; want [%d], %d, %d", rec.begin, len(rec.started), len(rec.done), len(srcs), len(srcs), len(srcs))
	}
	got := indexed(t, dir)
	if len(got) != sum.Postings {
		t.Errorf("index holds %d postings; the summary says %d", len(got), sum.Postings)
	}
	withSkills := 0
	for _, p := range got {
		if !p.FirstSeen.Equal(day) {
			t.Fatalf("%s first seen %v; want %v", p.ID, p.FirstSeen, day)
		}
		if len(p.Skills) > 0 {
			withSkills++
		}
		for _, m := range p.Skills {
			if m.Category == "" {
				t.Fatalf("%s: mention %s has no category; want the taxonomy's", p.ID, m.SkillID)
			}
		}
		if p.Role == "" {
			t.Errorf("%s (%q) has no role family; the title filter keeps product roles only", p.ID, p.Title)
		}
	}
	if withSkills < len(got)/2 {
		t.Errorf("%d of %d postings have skills; want them annotated", withSkills, len(got))
	}

	// Unchanged boards cost one request each and write nothing.
	before := requests.Load()
	rec = recorder{}
	sum, err = Crawl(t.Context(), dir, srcs, testCrawlerOptions(), opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sum.Sources {
		if !s.NotModified || s.New+s.Updated+s.Closed != 0 {
			t.Errorf("second crawl of %s: %+v; want unchanged", s.Name, s)
		}
	}
	if n := requests.Load() - before; n > int64(len(srcs)+1) {
		t.Errorf("second crawl made %d requests; want at most %d (one per board and robots.txt)", n, len(srcs)+1)
	}
	if len(rec.done) != len(srcs) {
		t.Errorf("second crawl reported %d sources done; want %d", len(rec.done), len(srcs))
	}

	// A changed title filter is a changed configuration: fetched afresh.
	co := testCrawlerOptions()
	co.Exclude = []string{"^nothing matches this$"}
	sum, err = Crawl(t.Context(), dir, srcs, co, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sum.Sources {
		if s.NotModified || s.Postings == 0 {
			t.Errorf("crawl with a new title filter, %s: not modified %v, %d postings; want fetched afresh", s.Name, s.NotModified, s.Postings)
		}
	}
}

func TestCrawlPartial(t *testing.T) {
	srv, _ := demoServer(t, func(r *http.Request) bool { return strings.Contains(r.URL.Path, "/v0/postings/") })
	srcs := someSources(t, srv.URL)
	dir := t.TempDir()
	sum, err := Crawl(t.Context(), dir, srcs, testCrawlerOptions(), Options{Skills: shippedSkills})
	if !errors.Is(err, ErrPartial) {
		t.Fatalf("err %v; want ErrPartial", err)
	}
	for _, s := range sum.Sources {
		failed := s.Kind == skillgap.Lever
		if failed != (len(s.Errors) > 0) || s.Errors == nil {
			t.Errorf("%s (%s): errors %q; want an error only for lever", s.Name, s.Kind, s.Errors)
		}
		if want := map[bool]string{true: "HTTP 500"}[failed]; s.Reason != want {
			t.Errorf("%s (%s): reason %q; want %q", s.Name, s.Kind, s.Reason, want)
		}
	}
	if sum.Failed != 1 || len(indexed(t, dir)) != sum.Postings {
		t.Errorf("%d failed, %d indexed; want 1 and the other sources' %d", sum.Failed, len(indexed(t, dir)), sum.Postings)
	}

	// Every source failing is an error of its own.
	srv, _ = demoServer(t, func(*http.Request) bool { return true })
	_, err = Crawl(t.Context(), t.TempDir(), someSources(t, srv.URL), testCrawlerOptions(), Options{Skills: shippedSkills})
	if err == nil || errors.Is(err, ErrPartial) || !strings.Contains(err.Error(), "every source failed") {
		t.Errorf("every source failing: err %v; want \"every source failed\"", err)
	}
}

// TestCrawlBadTaxonomy: the taxonomy's error fails the crawl, unwrapped by
// any source, and nothing is written.
func TestCrawlBadTaxonomy(t *testing.T) {
	srv, _ := demoServer(t, nil)
	dir := t.TempDir()
	bad := errors.New("skills.yaml:1:9: oops")
	_, err := Crawl(t.Context(), dir, someSources(t, srv.URL), testCrawlerOptions(),
		Options{Skills: func() ([]skillgap.Skill, error) { return nil, bad }})
	if !errors.Is(err, bad) || strings.Contains(err.Error(), "emit source") {
		t.Fatalf("err %v; want the taxonomy's error alone", err)
	}
	if n := len(indexed(t, dir)); n != 0 {
		t.Errorf("index holds %d postings; want none", n)
	}
}

// TestCrawlLocked: a crawl does not write a directory another writer holds.
func TestCrawlLocked(t *testing.T) {
	dir := t.TempDir()
	l, err := index.LockDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Unlock()
	if _, err := Crawl(t.Context(), dir, nil, testCrawlerOptions(), Options{Skills: shippedSkills}); !errors.Is(err, index.ErrInUse) {
		t.Errorf("err %v; want index.ErrInUse", err)
	}
}

// postings yields ps, then err when it is not nil.
func postings(ps []skillgap.Posting, err error) iter.Seq2[skillgap.Posting, error] {
	return func(yield func(skillgap.Posting, error) bool) {
		for _, p := range ps {
			if !yield(p, nil) {
				return
			}
		}
		if err != nil {
			yield(skillgap.Posting{}, err)
		}
	}
}

func importPosting(id, title string) skillgap.Posting {
	return skillgap.Posting{ID: "jobspy:" + id, JobID: id, Company: "Acme", Title: title,
		Posted:      time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC),
		Description: "Requirements: 5+ years of product management. Strong SQL and A/B testing. Roadmapping."}
}

func TestImport(t *testing.T) {
	dir := t.TempDir()
	ps := []skillgap.Posting{
		importPosting("1", "Senior Product Manager"),
		importPosting("2", "Software Engineer"),
		importPosting("3", "Product Owner, Payments"),
	}
	var rec recorder
	feed := Feed{Source: skillgap.Source{Name: "jobspy", Kind: "jobspy"}, Postings: postings(ps, nil)}
	sum, err := Import(t.Context(), dir, feed, Options{Skills: shippedSkills, Progress: &rec})
	if err != nil {
		t.Fatal(err)
	}
	s := sum.Sources[0]
	if s.Postings != 2 || s.New != 2 || s.Dropped != 1 || len(s.Errors) != 0 {
		t.Fatalf("got %+v; want 2 postings, 2 new, 1 dropped", s)
	}
	if !slices.Equal(rec.begin, []int{-1}) || len(rec.done) != 1 || !slices.Equal(rec.started, []string{"jobspy"}) {
		t.Errorf("progress: begin %v, started %v, %d done; want [-1], [jobspy], 1", rec.begin, rec.started, len(rec.done))
	}
	got := indexed(t, dir)
	p, ok := got["jobspy:1"]
	if len(got) != 2 || !ok || p.Source != "jobspy" || p.SourceKind != "jobspy" || p.Seniority != skillgap.Senior ||
		!slices.ContainsFunc(p.Skills, func(m skillgap.SkillMention) bool { return m.SkillID == "sql" }) {
		t.Errorf("indexed %d postings; jobspy:1 = %+v; want 2, annotated, filed under jobspy", len(got), p)
	}

	// The same file again changes nothing.
	feed.Postings = postings(ps, nil)
	sum, err = Import(t.Context(), dir, feed, Options{Skills: shippedSkills})
	if err != nil || sum.New != 0 || sum.Sources[0].Updated != 0 {
		t.Errorf("second import: %+v, %v; want nothing new or updated", sum, err)
	}
}

// TestImportStops: a reader's error stops the import after writing what came
// before it.
func TestImportStops(t *testing.T) {
	dir := t.TempDir()
	bad := errors.New("line 3: not JSON")
	feed := Feed{Source: skillgap.Source{Name: "jobspy", Kind: "jobspy"},
		Postings: postings([]skillgap.Posting{importPosting("1", "Product Manager")}, bad)}
	sum, err := Import(t.Context(), dir, feed, Options{Skills: shippedSkills})
	if !errors.Is(err, bad) || sum.Failed != 1 {
		t.Fatalf("err %v, %d failed; want the reader's error, 1 failed", err, sum.Failed)
	}
	if n := len(indexed(t, dir)); n != 1 {
		t.Errorf("index holds %d postings; want the 1 read before the error", n)
	}
}

// TestImportBatches: more postings than one batch holds are all written.
func TestImportBatches(t *testing.T) {
	dir := t.TempDir()
	var ps []skillgap.Posting
	for i := range importBatch + 7 {
		ps = append(ps, importPosting(fmt.Sprint(i), "Product Manager"))
	}
	var rec recorder
	sum, err := Import(t.Context(), dir, Feed{Source: skillgap.Source{Name: "f", Kind: "jobspy"}, Postings: postings(ps, nil)},
		Options{Skills: shippedSkills, Progress: &rec})
	if err != nil || sum.Postings != len(ps) || len(indexed(t, dir)) != len(ps) {
		t.Errorf("imported %d, indexed %d, %v; want %d", sum.Postings, len(indexed(t, dir)), err, len(ps))
	}
}

func TestReindex(t *testing.T) {
	dir := t.TempDir()
	feed := Feed{Source: skillgap.Source{Name: "f", Kind: "jobspy"},
		Postings: postings([]skillgap.Posting{importPosting("1", "Product Manager"), importPosting("2", "Group Product Manager")}, nil)}
	if _, err := Import(t.Context(), dir, feed, Options{Skills: shippedSkills}); err != nil {
		t.Fatal(err)
	}
	res, err := Reindex(t.Context(), dir, Options{Skills: shippedSkills})
	if err != nil || res != (ReindexResult{Postings: 2}) {
		t.Fatalf("reindex with the same taxonomy: %+v, %v; want 2 postings, none changed", res, err)
	}
	// Without SQL in the taxonomy, both postings change.
	noSQL := func() ([]skillgap.Skill, error) {
		skills, err := configs.Taxonomy()
		return slices.DeleteFunc(skills, func(s skillgap.Skill) bool { return s.ID == "sql" }), err
	}
	res, err = Reindex(t.Context(), dir, Options{Skills: noSQL})
	if err != nil || res.Changed != 2 {
		t.Fatalf("reindex without SQL: %+v, %v; want 2 changed", res, err)
	}
	for id, p := range indexed(t, dir) {
		if slices.ContainsFunc(p.Skills, func(m skillgap.SkillMention) bool { return m.SkillID == "sql" }) {
			t.Errorf("%s still asks for SQL after the reindex", id)
		}
	}
}

func TestOptionsNeedSkills(t *testing.T) {
	ctx := context.Background()
	if _, err := Reindex(ctx, t.TempDir(), Options{}); err == nil {
		t.Error("Reindex without a taxonomy: no error")
	}
}

// cancelOnSecond cancels a crawl once a second source has started.
type cancelOnSecond struct {
	recorder
	cancel context.CancelFunc
}

func (c *cancelOnSecond) Fetch(p crawler.Progress) {
	c.recorder.Fetch(p)
	if len(c.started) == 2 {
		c.cancel()
	}
}

// TestCrawlInterrupted: a crawl cancelled once its first source is crawled
// keeps what it handed over, and the next crawl fetches the rest.
func TestCrawlInterrupted(t *testing.T) {
	srv, _ := demoServer(t, nil)
	srcs := someSources(t, srv.URL)
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	prog := &cancelOnSecond{cancel: cancel}
	co := testCrawlerOptions()
	co.Sources = 1
	sum, err := Crawl(ctx, dir, srcs, co, Options{Skills: shippedSkills, Progress: prog})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v; want context.Canceled", err)
	}
	if len(sum.Sources) == 0 || len(sum.Sources) == len(srcs) {
		t.Fatalf("interrupted crawl reported %d of %d sources; want some, not all", len(sum.Sources), len(srcs))
	}
	if n := len(indexed(t, dir)); n != sum.Postings || n == 0 {
		t.Errorf("index holds %d postings; the interrupted crawl wrote %d", n, sum.Postings)
	}
	sum2, err := Crawl(t.Context(), dir, srcs, co, Options{Skills: shippedSkills})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sum2.Sources {
		if s.NotModified != slices.ContainsFunc(sum.Sources, func(d Source) bool { return d.Name == s.Name }) {
			t.Errorf("resumed crawl of %s: not modified %v; want true only for sources the interrupted crawl wrote", s.Name, s.NotModified)
		}
	}
}
