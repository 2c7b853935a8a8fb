package configs

import (
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/goccy/go-yaml"
)

// SourcesStatus is DATA/sources-status.yaml: what the latest crawls did with
// each source, written by skillgap crawl as each source is done, read by
// skillgap sources check and by the next crawl to resume an interrupted one.
type SourcesStatus struct {
	Run     CrawlRun       `yaml:"run"`
	Sources []SourceStatus `yaml:"sources"`
}

// CrawlRun is the latest crawl run.
type CrawlRun struct {
	Started time.Time `yaml:"started"`
	// Finished is when the run ended; zero while it runs and after it was
	// interrupted.
	Finished time.Time `yaml:"finished,omitzero"`
	Sources  int       `yaml:"sources"` // sources the run set out to crawl
}

// SourceStatus is what the latest crawls did with one source.
type SourceStatus struct {
	Name string `yaml:"name"`
	Kind string `yaml:"kind"`
	// LastCrawl is when the source was last crawled, successfully or not.
	LastCrawl time.Time `yaml:"last_crawl"`
	// Postings is how many postings the board listed at the last crawl that
	// read it, product roles or not; ProductPostings those the title filter
	// kept. An unchanged board keeps the figures of the crawl that read it.
	Postings        int  `yaml:"postings"`
	ProductPostings int  `yaml:"product_postings"`
	NotModified     bool `yaml:"not_modified,omitempty"`
	// LastError is the error of the latest crawl that failed, and LastErrorAt
	// when; both stay after later successes, so that a flaky board shows.
	LastError   string    `yaml:"last_error,omitempty"`
	LastErrorAt time.Time `yaml:"last_error_at,omitzero"`
	// Failed says the latest crawl of the source failed.
	Failed bool `yaml:"failed,omitempty"`
}

// LoadSourcesStatus reads a sources-status.yaml.
func LoadSourcesStatus(r io.Reader, name string) (SourcesStatus, error) {
	var s SourcesStatus
	d, err := decode(r, name, &s)
	if err != nil {
		return SourcesStatus{}, err
	}
	return s, d.err()
}

// WriteSourcesStatus writes s as sources-status.yaml.
func WriteSourcesStatus(w io.Writer, s SourcesStatus) error {
	if s.Sources == nil {
		s.Sources = []SourceStatus{}
	}
	b, err := yaml.MarshalWithOptions(s, yaml.IndentSequence(true))
	if err != nil {
		return fmt.Errorf("write sources status: %w", err)
	}
	if _, err := io.WriteString(w, "# What skillgap crawl did with each source; read by skillgap sources check. Written by crawl.\n"); err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Get returns the status of the source called name.
func (s *SourcesStatus) Get(name string) (SourceStatus, bool) {
	i := slices.IndexFunc(s.Sources, func(x SourceStatus) bool { return x.Name == name })
	if i < 0 {
		return SourceStatus{}, false
	}
	return s.Sources[i], true
}

// Put replaces or adds the status of st.Name.
func (s *SourcesStatus) Put(st SourceStatus) {
	if i := slices.IndexFunc(s.Sources, func(x SourceStatus) bool { return x.Name == st.Name }); i >= 0 {
		s.Sources[i] = st
		return
	}
	s.Sources = append(s.Sources, st)
}

// Interrupted reports whether the latest run started and never finished.
func (s *SourcesStatus) Interrupted() bool {
	return !s.Run.Started.IsZero() && s.Run.Finished.IsZero()
}

// DoneInRun reports whether the source called name was crawled without error
// during the latest run (and so need not be fetched again when it resumes).
func (s *SourcesStatus) DoneInRun(name string) bool {
	st, ok := s.Get(name)
	return ok && !st.Failed && !st.LastCrawl.Before(s.Run.Started)
}

// Record puts what a crawl at now did with one source: postings read (the
// title filter's kept and dropped together), product postings kept, whether
// the board was unchanged, and its error ("" when none). An unchanged board
// keeps its earlier figures; an error keeps the figures of the last read.
func (s *SourcesStatus) Record(name, kind string, now time.Time, product, dropped int, notModified bool, errText string) {
	st, _ := s.Get(name)
	st.Name, st.Kind, st.LastCrawl, st.NotModified, st.Failed = name, kind, now, notModified, errText != ""
	if errText != "" {
		st.LastError, st.LastErrorAt = errText, now
	}
	if !notModified && (errText == "" || product+dropped > 0) {
		st.Postings, st.ProductPostings = product+dropped, product
	}
	s.Put(st)
}

// Begin starts a run of the sources names at now and returns the names of the
// sources a run interrupted less than maxAge ago already crawled without
// error, which need not be fetched again; the run keeps the interrupted
// run's start then. With resume false, or no such run, it starts afresh.
func (s *SourcesStatus) Begin(now time.Time, maxAge time.Duration, resume bool, names []string) (done map[string]bool) {
	done = map[string]bool{}
	if resume && s.Interrupted() && now.Sub(s.Run.Started) < maxAge {
		for _, name := range names {
			if s.DoneInRun(name) {
				done[name] = true
			}
		}
	}
	if len(done) == 0 {
		s.Run = CrawlRun{Started: now}
	}
	s.Run.Sources, s.Run.Finished = len(names), time.Time{}
	return done
}
