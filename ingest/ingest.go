// Package ingest turns what the crawler fetched, and postings that arrive
// already parsed, into index documents: the title filter, skill extraction
// (analyze.Annotator) and the index writes under the data directory's writer
// lock. It is the one path for skillgap crawl, reindex, import and demo.
package ingest

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/crawler"
)

// ErrPartial marks a crawl where some sources failed and the others were kept.
var ErrPartial = errors.New("some sources failed")

// Options are what every ingest needs.
type Options struct {
	// Skills returns the taxonomy to extract with. Crawl calls it while its
	// first requests are under way (loading takes a good part of a short
	// crawl); its error fails the ingest before any posting is written.
	// Required.
	Skills func() ([]skillgap.Skill, error)
	// Now is when the postings are seen (first seen, last seen, closed).
	// Nil means time.Now.
	Now func() time.Time
	// Progress receives what the ingest is doing. Nil means none.
	Progress Progress
	// Logger receives diagnostics. Nil means discard.
	Logger *slog.Logger
}

func (o *Options) defaults() error {
	if o.Skills == nil {
		return errors.New("ingest: no taxonomy (Options.Skills)")
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if o.Progress == nil {
		o.Progress = noProgress{}
	}
	return nil
}

// Progress receives what an ingest is doing, for a display (a progress bar
// with an ETA, plain lines). Its methods are never called concurrently.
type Progress interface {
	// Begin is called once, before any work, with the number of sources to
	// crawl; Import passes -1 (the number of postings is not known ahead).
	Begin(sources int)
	// Fetch reports how far one source is: as its requests finish (Crawl), or
	// as its postings are written (Import, with Postings counting those so
	// far). The first call for a source means it started.
	Fetch(crawler.Progress)
	// Done reports a finished source, with what it wrote, once: after its
	// postings are written, or at once when it was unchanged or failed
	// without postings.
	Done(Source)
}

type noProgress struct{}

func (noProgress) Begin(int)              {}
func (noProgress) Fetch(crawler.Progress) {}
func (noProgress) Done(Source)            {}

// Source is what an ingest did with one source.
type Source struct {
	Name        string   `json:"name"`
	Kind        string   `json:"kind"`
	Postings    int      `json:"postings"` // product postings read (after the title filter)
	New         int      `json:"new"`      // not in the index before
	Updated     int      `json:"updated"`  // in the index with other content or skills
	Closed      int      `json:"closed"`   // open before, missing from a complete listing
	Dropped     int      `json:"dropped"`  // dropped by the title filter
	NotModified bool     `json:"not_modified"`
	Requests    int      `json:"requests"` // HTTP requests, retries included
	Errors      []string `json:"errors"`   // never nil: empty when the source succeeded
	// Reason says in a few words why the source failed, for a status column:
	// "cannot reach host (DNS)", "blocked by robots.txt", "HTTP 503" (see
	// crawler.Reason). Errors has the detail. Empty when it succeeded.
	Reason string `json:"reason,omitempty"`
}

// reasonWrite is the Reason of a source whose postings could not be written.
const reasonWrite = "index write failed"

// fail records err, and reason unless an earlier error gave one.
func (s *Source) fail(reason string, err error) {
	s.Errors = append(s.Errors, err.Error())
	if s.Reason == "" {
		s.Reason = reason
	}
}

// Summary is what a crawl or an import did, source by source.
type Summary struct {
	Sources  []Source `json:"sources"`
	Postings int      `json:"postings"`
	New      int      `json:"new"`
	Failed   int      `json:"failed"`  // sources with errors
	Seconds  float64  `json:"seconds"` // wall time of the whole run
}

func (sum *Summary) add(s Source) {
	sum.Sources = append(sum.Sources, s)
	sum.Postings += s.Postings
	sum.New += s.New
	if len(s.Errors) > 0 {
		sum.Failed++
	}
}

// err is the run's outcome from its sources: nil, ErrPartial, or every
// source failed.
func (sum *Summary) err() error {
	switch {
	case sum.Failed == 0:
		return nil
	case sum.Failed == len(sum.Sources):
		return fmt.Errorf("every source failed (%d)", sum.Failed)
	}
	return fmt.Errorf("%w: %d of %d", ErrPartial, sum.Failed, len(sum.Sources))
}

// writeError is how a failed index write reads to the user.
func writeError(err error) error {
	return fmt.Errorf("write the index (crawl stopped; postings written before stay readable): %w", err)
}
