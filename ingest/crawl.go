package ingest

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/crawler"
	"github.com/skillgap/skillgap/index"
)

// Crawl crawls sources with a crawler made from copts (its Progress is
// replaced: progress goes to opts.Progress) into the index in dataDir, under
// the directory's writer lock, and returns what each source did. Each
// source's postings are annotated and handed to one writer, which writes
// several sources per batch, each with its crawl state, so that a crawl
// interrupted at any point keeps the sources it finished and the next one
// fetches the rest. A source's failure is in its Summary line and makes the
// error ErrPartial (or "every source failed"); a failed index write or
// taxonomy stops the crawl.
func Crawl(ctx context.Context, dataDir string, sources []skillgap.Source, copts crawler.Options, opts Options) (_ Summary, err error) {
	start := time.Now()
	if err := opts.defaults(); err != nil {
		return Summary{}, err
	}
	idx, done, err := openWriter(dataDir)
	if err != nil {
		return Summary{}, err
	}
	defer closeWriter(done, &err)
	ann := loadAnnotator(opts.Skills)
	defer ann.wait()

	prog := &serialProgress{p: opts.Progress}
	copts.Progress = prog.fetch
	cr, err := crawler.New(copts)
	if err != nil {
		return Summary{}, err
	}
	prog.begin(len(sources))
	var sum Summary
	report := func(s Source) { // from the crawl's and the writer's goroutines, under prog's lock
		sum.add(s)
		opts.Progress.Done(s)
	}
	w := &crawlWriter{idx: idx, ann: ann, now: opts.Now, prog: prog, report: report}
	err = w.run(ctx, cr, sources, storedState(idx, opts.Logger))
	sum.Seconds = time.Since(start).Seconds()
	if err != nil {
		return sum, err
	}
	return sum, sum.err()
}

// storedState reads each source's crawl state for the crawler; a state that
// cannot be read is none (the board is fetched in full).
func storedState(idx *index.Index, log *slog.Logger) func(string) skillgap.CrawlState {
	return func(source string) skillgap.CrawlState {
		st, err := idx.CrawlState(source)
		if err != nil {
			log.Warn("read crawl state", "source", source, "err", err)
		}
		return st
	}
}

// annotator is the taxonomy's annotator, loaded in the background.
type annotator struct {
	loaded chan struct{}
	a      *analyze.Annotator
	err    error
}

func loadAnnotator(skills func() ([]skillgap.Skill, error)) *annotator {
	a := &annotator{loaded: make(chan struct{})}
	go func() {
		defer close(a.loaded)
		s, err := skills()
		if err == nil {
			a.a, err = analyze.NewAnnotator(s)
		}
		a.err = err
	}()
	return a
}

// wait returns the annotator once loaded.
func (a *annotator) wait() (*analyze.Annotator, error) {
	<-a.loaded
	return a.a, a.err
}

// serialProgress calls a Progress from one goroutine at a time.
type serialProgress struct {
	mu sync.Mutex
	p  Progress
}

func (s *serialProgress) begin(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.p.Begin(n)
}

func (s *serialProgress) fetch(p crawler.Progress) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.p.Fetch(p)
}

// locked runs f under the lock.
func (s *serialProgress) locked(f func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f()
}

// crawlWriter connects a crawl to the index's batch writer.
type crawlWriter struct {
	idx    *index.Index
	ann    *annotator
	now    func() time.Time
	prog   *serialProgress
	report func(Source) // called under prog's lock

	mu      sync.Mutex
	pending map[string]Source // handed to the writer, not yet written
}

// run crawls sources and writes what they yield as the crawl goes. A failed
// write stops the crawl.
func (w *crawlWriter) run(ctx context.Context, cr *crawler.Crawler, sources []skillgap.Source, prev func(string) skillgap.CrawlState) error {
	w.pending = map[string]Source{}
	updates := make(chan index.SourceUpdate)
	stopped := make(chan struct{})
	var writeErr error
	go func() {
		defer close(stopped)
		// Not ctx: what the crawl handed over is written even when it is
		// interrupted, so that the sources it finished are kept.
		writeErr = w.idx.WriteBatches(context.WithoutCancel(ctx), updates, index.BatchOptions{Now: w.now}, w.written)
	}()
	emit := func(r crawler.Result) error {
		s, u, write, err := w.prepare(r)
		if err != nil || !write {
			return err
		}
		select {
		case updates <- u:
			return nil
		case <-stopped: // the writer failed: stop the crawl
			w.mu.Lock()
			delete(w.pending, s.Name)
			w.mu.Unlock()
			s.fail(reasonWrite, writeError(writeErr))
			w.prog.locked(func() { w.report(s) })
			return writeError(writeErr)
		}
	}
	err := cr.Crawl(ctx, sources, prev, emit)
	close(updates)
	<-stopped
	if writeErr != nil {
		return writeError(writeErr)
	}
	if _, aerr := w.ann.wait(); aerr != nil {
		return aerr // not wrapped by the crawl: it is no source's fault
	}
	return err
}

// prepare turns a crawl result into its summary line and, when there is
// something to write, the annotated update; a source with nothing to write is
// reported at once.
func (w *crawlWriter) prepare(r crawler.Result) (Source, index.SourceUpdate, bool, error) {
	s := Source{Name: r.Source.Name, Kind: r.Source.Kind, Postings: len(r.Postings), Dropped: r.Dropped,
		NotModified: r.NotModified, Requests: r.Requests, Errors: []string{}}
	if r.Err != nil {
		s.fail(crawler.Reason(r.Err), r.Err)
	}
	if r.NotModified || (r.Err != nil && len(r.Postings) == 0) {
		w.prog.locked(func() { w.report(s) })
		return s, index.SourceUpdate{}, false, nil
	}
	a, err := w.ann.wait()
	if err != nil {
		return s, index.SourceUpdate{}, false, err
	}
	for i := range r.Postings {
		a.Annotate(&r.Postings[i])
	}
	u := index.SourceUpdate{Source: r.Source.Name, Postings: r.Postings, Complete: r.Complete && r.Err == nil, State: r.State()}
	w.mu.Lock()
	w.pending[s.Name] = s
	w.mu.Unlock()
	return s, u, true, nil
}

// written reports a source once the writer has written (or failed) its batch.
func (w *crawlWriter) written(wr index.Written) {
	w.mu.Lock()
	s := w.pending[wr.Update.Source]
	delete(w.pending, wr.Update.Source)
	w.mu.Unlock()
	s.New, s.Updated, s.Closed = wr.Change.New, wr.Change.Updated, wr.Change.Closed
	if wr.Err != nil {
		s.fail(reasonWrite, writeError(wr.Err))
	}
	w.prog.locked(func() { w.report(s) })
}

// openWriter takes the data directory's writer lock and opens its index for
// writing; done closes the index (its last commit), then releases the lock,
// and returns what failed: a caller joins it into its own error.
func openWriter(dataDir string) (idx *index.Index, done func() error, err error) {
	lock, err := index.LockDir(dataDir)
	if err != nil {
		return nil, nil, err
	}
	if idx, err = index.Open(dataDir); err != nil {
		lock.Unlock()
		return nil, nil, err
	}
	return idx, func() error { return errors.Join(idx.Close(), lock.Unlock()) }, nil
}

// closeWriter runs done and joins its error into *err: a failed last commit
// is not a success.
func closeWriter(done func() error, err *error) {
	if cerr := done(); cerr != nil {
		*err = errors.Join(*err, cerr)
	}
}
