package main

import (
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/configs"
	"github.com/skillgap/skillgap/crawler"
	"github.com/skillgap/skillgap/ingest"
	"github.com/skillgap/skillgap/reports"
)

// resumeWithin is how recent an interrupted crawl must be for the next one to
// resume it: a daily crawl interrupted yesterday starts afresh.
const resumeWithin = 12 * time.Hour

// statusRecorder keeps DATA/sources-status.yaml as a crawl goes: it is an
// ingest.Progress that records each finished source, then passes everything
// on to the display.
type statusRecorder struct {
	path      string
	status    configs.SourcesStatus
	now       func() time.Time
	next      ingest.Progress
	lastWrite time.Time // wall clock
	dirty     bool
	err       error // the first failed write
	// Skipped are the sources an interrupted run finished, not fetched again.
	Skipped int
}

// newStatusRecorder reads the status in dataDir and starts a run of srcs; it
// returns the sources to crawl: without those an interrupted run finished
// less than resumeWithin ago, unless fresh.
func newStatusRecorder(dataDir string, srcs []skillgap.Source, fresh bool, now func() time.Time, next ingest.Progress) (*statusRecorder, []skillgap.Source, error) {
	st, err := readStatus(dataDir)
	if err != nil {
		return nil, nil, err
	}
	r := &statusRecorder{path: filepath.Join(dataDir, statusFile), status: st, now: now, next: next}
	names := make([]string, len(srcs))
	for i, s := range srcs {
		names[i] = s.Name
	}
	done := r.status.Begin(now(), resumeWithin, !fresh, names)
	todo := make([]skillgap.Source, 0, len(srcs))
	for _, s := range srcs {
		if !done[s.Name] {
			todo = append(todo, s)
		}
	}
	r.Skipped = len(srcs) - len(todo)
	return r, todo, nil
}

// Begin passes the count on.
func (r *statusRecorder) Begin(n int) { r.next.Begin(n) }

// Fetch passes the progress on.
func (r *statusRecorder) Fetch(p crawler.Progress) { r.next.Fetch(p) }

// Done records the source, writes the file at most once a second, and passes
// the source on. It runs under the crawl's writer lock, so two crawls never
// write the file at once.
func (r *statusRecorder) Done(s ingest.Source) {
	errText := ""
	if len(s.Errors) > 0 {
		errText = s.Errors[0]
	}
	r.status.Record(s.Name, s.Kind, r.now(), s.Postings, s.Dropped, s.NotModified, errText)
	r.dirty = true
	if time.Since(r.lastWrite) >= time.Second {
		r.write()
	}
	r.next.Done(s)
}

// finish marks the run finished unless it was interrupted, and writes what is
// left. A crawl that did nothing (another crawl held the lock) writes nothing.
func (r *statusRecorder) finish(interrupted bool) error {
	if !r.dirty && interrupted {
		return r.err
	}
	if !interrupted {
		r.status.Run.Finished = r.now()
	}
	r.write()
	return r.err
}

func (r *statusRecorder) write() {
	r.lastWrite, r.dirty = time.Now(), false
	err := reports.WriteFile(r.path, func(w io.Writer) error { return configs.WriteSourcesStatus(w, r.status) })
	if err != nil && r.err == nil {
		r.err = fmt.Errorf("record crawl status: %w", err)
	}
}

// crawlEstimate is how long a polite crawl of srcs takes at least: their
// first requests, one per source, spread over their hosts at one per delay
// each, the hosts side by side.
func crawlEstimate(srcs []skillgap.Source, delay time.Duration) time.Duration {
	if delay <= 0 {
		delay = time.Second
	}
	perHost := map[string]int{}
	most := 0
	for _, s := range srcs {
		raw, err := crawler.Endpoint(s)
		if err != nil {
			continue
		}
		if u, err := url.Parse(raw); err == nil {
			perHost[u.Host]++
			most = max(most, perHost[u.Host])
		}
	}
	return time.Duration(most) * delay
}
