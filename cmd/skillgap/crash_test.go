package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/configs"
	"github.com/skillgap/skillgap/index"
)

// truthIDs is the exact set of postings a crawl of the sample market keeps,
// as postingKey gives them: truth.jsonl's listed product postings.
func truthIDs(t *testing.T) []string {
	t.Helper()
	var out []string
	for line := range strings.Lines(string(configs.DemoTruth())) {
		var p struct {
			Kind    string `json:"kind"`
			Source  string `json:"source"`
			Company string `json:"company"`
			JobID   string `json:"job_id"`
			Product bool   `json:"product"`
			Listed  bool   `json:"listed"`
		}
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			t.Fatal(err)
		}
		if !p.Product || !p.Listed {
			continue
		}
		if p.Kind == skillgap.Feed { // an RSS item has only its link, which ends in the number of "AMB-1002"
			p.JobID = p.Company + "#" + p.JobID[strings.LastIndex(p.JobID, "-")+1:]
		}
		out = append(out, p.Source+"/"+p.JobID)
	}
	slices.Sort(out)
	return out
}

// postingKey names p as truthIDs does: source and job id, or for a feed item
// source, company and the number its link ends in.
func postingKey(p skillgap.Posting) string {
	id := p.JobID
	if id == "" {
		id = p.Company + "#" + p.URL[strings.LastIndex(p.URL, "-")+1:]
	}
	return p.Source + "/" + id
}

// committedState reads what a reader of dir sees: its postings as
// "source/job id" (duplicates and closed ones included) and the sources that
// have a crawl state stored.
func committedState(t *testing.T, dir string, sources []string) (ids []string, withState []string) {
	t.Helper()
	idx, err := index.OpenReadOnly(dir)
	if errors.Is(err, index.ErrNoIndex) {
		return nil, nil // stopped before its first write
	}
	if err != nil {
		t.Fatalf("open the index for reading: %v", err)
	}
	defer idx.Close()
	err = idx.Each(t.Context(), func(p skillgap.Posting) error {
		ids = append(ids, postingKey(p))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sources {
		st, err := idx.CrawlState(s)
		if err != nil {
			t.Fatal(err)
		}
		if st != (skillgap.CrawlState{}) {
			withState = append(withState, s)
		}
	}
	slices.Sort(ids)
	return ids, withState
}

// checkConsistent checks what a crawl stopped early left readers: postings of
// the sample market only, and every source whose crawl state is stored with
// all its postings (a state stored ahead of its postings would make the next
// crawl skip them).
func checkConsistent(t *testing.T, dir string, sources []string, truth []string) []string {
	t.Helper()
	got, withState := committedState(t, dir, sources)
	for _, id := range got {
		if _, ok := slices.BinarySearch(truth, id); !ok {
			t.Fatalf("index holds %s, which the sample market does not list", id)
		}
	}
	for _, s := range withState {
		for _, id := range truth {
			if strings.HasPrefix(id, s+"/") {
				if _, ok := slices.BinarySearch(got, id); !ok {
					t.Fatalf("source %s has its crawl state stored but not its posting %s", s, id)
				}
			}
		}
	}
	return got
}

// traceEvent is one step of one index write a traced child reported.
type traceEvent struct {
	write int
	step  index.WriteStep
	at    time.Time
}

// tracedCrawl is a skillgap crawl in a child process that reports every
// index write step (see TestMain) and waits for resume before going on.
type tracedCrawl struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	ch     chan traceEvent // closed when the child closes stderr
	events []traceEvent    // what next returned
	other  strings.Builder // stderr lines that are not trace lines; read after ch is closed
}

func startTraced(t *testing.T, args ...string) *tracedCrawl {
	t.Helper()
	c := &tracedCrawl{cmd: exec.Command(os.Args[0], args...), ch: make(chan traceEvent)}
	c.cmd.Env = append(os.Environ(), "SKILLGAP_TEST_MAIN=1", "SKILLGAP_TEST_TRACE=1")
	var err error
	if c.stdin, err = c.cmd.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	stderr, err := c.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		defer close(c.ch)
		lines := bufio.NewScanner(stderr)
		for lines.Scan() {
			rest, isTrace := strings.CutPrefix(lines.Text(), tracePrefix+" write ")
			if !isTrace {
				c.other.WriteString(lines.Text() + "\n")
				continue
			}
			n, step, _ := strings.Cut(rest, " ")
			w, _ := strconv.Atoi(n)
			c.ch <- traceEvent{write: w, step: index.WriteStep(step), at: time.Now()}
		}
	}()
	return c
}

// next returns the next write step the child reports; ok is false once it
// has closed its stderr (exited or killed).
func (c *tracedCrawl) next() (traceEvent, bool) {
	ev, ok := <-c.ch
	if ok {
		c.events = append(c.events, ev)
	}
	return ev, ok
}

// resume lets the child go on past the step it reported last.
func (c *tracedCrawl) resume() { io.WriteString(c.stdin, "\n") }

// finish lets the child run to its end without waiting at steps and returns
// its exit code.
func (c *tracedCrawl) finish() int {
	c.stdin.Close()
	for {
		if _, ok := c.next(); !ok {
			break
		}
	}
	c.cmd.Wait()
	return c.cmd.ProcessState.ExitCode()
}

// kill kills the child with SIGKILL and waits for it, collecting the steps it
// reported before it died.
func (c *tracedCrawl) kill() {
	c.cmd.Process.Signal(syscall.SIGKILL)
	for {
		if _, ok := c.next(); !ok {
			break
		}
	}
	c.cmd.Wait()
}

// killPoint is where a kill -9 trial stops the child: at a step of a write,
// while the child waits there; or, with after set, that long after the step,
// the child running free through the steps that follow.
type killPoint struct {
	write int
	step  index.WriteStep
	after time.Duration
}

// killAt runs a traced crawl until p and kills it there.
func killAt(t *testing.T, p killPoint, args ...string) *tracedCrawl {
	t.Helper()
	c := startTraced(t, args...)
	var deadline <-chan time.Time
	for {
		select {
		case ev, ok := <-c.ch:
			if !ok {
				t.Fatalf("the crawl ended before %+v: %s", p, c.other.String())
			}
			c.events = append(c.events, ev)
			if ev.write == p.write && ev.step == p.step {
				if p.after == 0 {
					c.kill()
					return c
				}
				deadline = time.After(p.after)
			}
			c.resume()
		case <-deadline:
			c.kill()
			return c
		}
	}
}

// TestCrawlSurvivesKill9 kills a real crawl process inside its index writes:
// half the trials at each step of each write in turn (before the batch; after
// the batch, before the commit; with the new generation built beside its
// place; with it in place but not yet named by CURRENT), half at a random time
// within a random step of a random write. After each
// kill a reader sees a consistent committed state (postings of the market
// only, no crawl state stored ahead of its postings), and a resumed crawl ends
// with exactly the sample market's postings. At least half of the kills must
// land inside a write (after its start, before its commit).
func TestCrawlSurvivesKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("kill -9 trials take a while; run without -short")
	}
	trials := 20
	if n, err := strconv.Atoi(os.Getenv("SKILLGAP_CRASH_TRIALS")); err == nil {
		trials = n
	}
	// A little latency per request so that the crawl makes several writes.
	// The first few requests are answered; the rest wait until the crawl has
	// been interrupted (or, should no commit come, a few seconds), so that
	// the interruption lands before the crawl is done however fast the
	// machine or slow the race detector.
	var served atomic.Int32
	release, once := make(chan struct{}), sync.Once{}
	open := func() { once.Do(func() { close(release) }) }
	t.Cleanup(open)
	time.AfterFunc(5*time.Second, open)
	srv, _ := demoServer(t, func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path != "/robots.txt" && served.Add(1) > 6 {
				select {
				case <-release:
				case <-r.Context().Done():
					return
				}
			}
			h.ServeHTTP(w, r)
		})
	})
	srcs := configs.DemoSources(srv.URL)
	sources := writeSources(t, srcs)
	var names []string
	for _, s := range srcs {
		names = append(names, s.Name)
	}
	truth := truthIDs(t)

	// A traced clean crawl: how many writes, and how long each step takes.
	clean := startTraced(t, "crawl", "--sources", sources, "--data", t.TempDir())
	stepTime := map[killPoint]time.Duration{} // (write, step) → time to the next step
	for {
		ev, ok := clean.next()
		if !ok {
			break
		}
		if n := len(clean.events); n > 1 {
			prev := clean.events[n-2]
			stepTime[killPoint{write: prev.write, step: prev.step}] = ev.at.Sub(prev.at)
		}
		clean.resume()
	}
	if clean.cmd.Wait(); clean.cmd.ProcessState.ExitCode() != exitOK {
		t.Fatalf("clean crawl: exit %d: %s", clean.cmd.ProcessState.ExitCode(), clean.other.String())
	}
	writes := clean.events[len(clean.events)-1].write
	if writes < 2 {
		t.Fatalf("clean crawl made %d index writes; want several to kill between", writes)
	}

	rng := rand.New(rand.NewPCG(1, 2))
	steps := []index.WriteStep{index.StepStart, index.StepBatch, index.StepBuild, index.StepSnapshot}
	inside, between := 0, 0
	for i := range trials {
		var p killPoint
		if k := i / 2; i%2 == 0 { // every step of every write in turn
			p = killPoint{write: 1 + k/len(steps)%writes, step: steps[k%len(steps)]}
		} else {
			p = killPoint{write: 1 + rng.IntN(writes), step: steps[rng.IntN(len(steps))]}
			p.after = 1 + time.Duration(rng.Int64N(int64(max(stepTime[p], 1))))
		}
		dir := t.TempDir()
		c := killAt(t, p, "crawl", "--sources", sources, "--data", dir)
		last := c.events[len(c.events)-1]
		if last.step != index.StepCommit {
			inside++
		}
		if last.write < writes || last.step != index.StepCommit {
			between++
		}
		t.Logf("trial %d: killed at %+v, after the child reported write %d %s", i, p, last.write, last.step)
		checkConsistent(t, dir, names, truth)
		if code, _, stderr := runCLI(t, "crawl", "--sources", sources, "--data", dir); code != exitOK {
			t.Fatalf("trial %d: resumed crawl exit %d: %s", i, code, stderr)
		}
		if got, _ := committedState(t, dir, nil); !slices.Equal(got, truth) {
			t.Fatalf("trial %d: resumed crawl has %d postings; the sample market lists %d (%s)", i, len(got), len(truth), firstDiff(got, truth))
		}
	}
	t.Logf("%d kill -9 trials over %d index writes: %d inside a write, %d between the first and the last write; every committed state consistent, every resumed crawl exact",
		trials, writes, inside, between)
	if 2*inside < trials {
		t.Errorf("%d of %d kills landed inside a write; want at least half", inside, trials)
	}
}

// TestCrawlInterrupted sends a real SIGINT to a crawl process once it has
// committed its first write: it exits 130 saying so, what it committed is
// consistent and kept, and a resumed crawl ends with exactly the sample
// market's postings.
func TestCrawlInterrupted(t *testing.T) {
	// The first few requests are answered; the rest wait until the crawl has
	// been interrupted (or, should no commit come, a few seconds), so that
	// the interruption lands before the crawl is done however fast the
	// machine or slow the race detector.
	var served atomic.Int32
	release, once := make(chan struct{}), sync.Once{}
	open := func() { once.Do(func() { close(release) }) }
	t.Cleanup(open)
	time.AfterFunc(5*time.Second, open)
	srv, _ := demoServer(t, func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path != "/robots.txt" && served.Add(1) > 6 {
				select {
				case <-release:
				case <-r.Context().Done():
					return
				}
			}
			h.ServeHTTP(w, r)
		})
	})
	srcs := configs.DemoSources(srv.URL)
	sources := writeSources(t, srcs)
	var names []string
	for _, s := range srcs {
		names = append(names, s.Name)
	}
	truth := truthIDs(t)
	data := t.TempDir()

	c := startTraced(t, "crawl", "--sources", sources, "--data", data)
	for {
		ev, ok := c.next()
		if !ok {
			t.Fatalf("the crawl ended before its first commit: %s", c.other.String())
		}
		if ev.step == index.StepCommit {
			c.cmd.Process.Signal(os.Interrupt) // Ctrl-C
			open()
			break
		}
		c.resume()
	}
	if code := c.finish(); code != exitInterrupted || !strings.Contains(c.other.String(), "interrupted") {
		t.Fatalf("exit %d, %q; want %d and a word on the interruption", code, c.other.String(), exitInterrupted)
	}
	kept := checkConsistent(t, data, names, truth)
	t.Logf("the interrupted crawl kept %d of %d postings", len(kept), len(truth))
	if len(kept) == 0 || len(kept) >= len(truth) {
		t.Errorf("interrupted crawl kept %d postings; want its first write's, fewer than the market's %d", len(kept), len(truth))
	}
	if code, _, stderr := runCLI(t, "crawl", "--sources", sources, "--data", data); code != exitOK {
		t.Fatalf("crawl after the interruption: exit %d: %s", code, stderr)
	}
	if got, _ := committedState(t, data, nil); !slices.Equal(got, truth) {
		t.Errorf("resumed crawl has %d postings; the sample market lists %d (%s)", len(got), len(truth), firstDiff(got, truth))
	}
}

// firstDiff names the first id missing from got and the first extra one.
func firstDiff(got, want []string) string {
	var out []string
	for _, id := range want {
		if _, ok := slices.BinarySearch(got, id); !ok {
			out = append(out, "missing "+id)
			break
		}
	}
	for _, id := range got {
		if _, ok := slices.BinarySearch(want, id); !ok {
			out = append(out, "extra "+id)
			break
		}
	}
	return strings.Join(out, ", ")
}
