package ingest

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"slices"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/crawler"
	"github.com/skillgap/skillgap/index"
)

// Feed is postings that arrive already parsed (an imported file) rather than
// crawled, filed under one source.
type Feed struct {
	// Source files the postings: its Name and Kind are set on postings that
	// have none, and its Include and Exclude patterns apply as in a crawl.
	Source skillgap.Source
	// Include and Exclude are title patterns applied to every source (the
	// sources file's settings), together with Source's own.
	Include, Exclude []string
	// Postings yields the postings, each with its stable ID. An error stops
	// the import; what was written before it stays written.
	Postings iter.Seq2[skillgap.Posting, error]
}

// importBatch is the number of postings written per batch.
const importBatch = 500

// Import writes the postings of feed that pass the title filter, annotated,
// into the index in dataDir, in batches, under the directory's writer lock.
// Postings already indexed (same ID) are updated, duplicates of other
// sources' postings are marked as such by the index, and nothing is closed:
// a file is not a whole board.
func Import(ctx context.Context, dataDir string, feed Feed, opts Options) (_ Summary, err error) {
	start := time.Now()
	if err := opts.defaults(); err != nil {
		return Summary{}, err
	}
	filter, err := crawler.NewTitleFilter(slices.Concat(feed.Include, feed.Source.Include), slices.Concat(feed.Exclude, feed.Source.Exclude))
	if err != nil {
		return Summary{}, fmt.Errorf("import %s: %w", feed.Source.Name, err)
	}
	skills, err := opts.Skills()
	if err != nil {
		return Summary{}, err
	}
	ann, err := analyze.NewAnnotator(skills)
	if err != nil {
		return Summary{}, err
	}
	idx, done, err := openWriter(dataDir)
	if err != nil {
		return Summary{}, err
	}
	defer closeWriter(done, &err)

	opts.Progress.Begin(-1)
	im := importer{idx: idx, ann: ann, filter: filter, feed: feed, opts: opts,
		s: Source{Name: feed.Source.Name, Kind: feed.Source.Kind, Errors: []string{}}}
	err = im.run(ctx)
	if err != nil {
		im.s.fail(crawler.Reason(err), err)
	}
	opts.Progress.Done(im.s)
	var sum Summary
	sum.add(im.s)
	sum.Seconds = time.Since(start).Seconds()
	return sum, err
}

// importer is the state of one Import.
type importer struct {
	idx    *index.Index
	ann    *analyze.Annotator
	filter *crawler.TitleFilter
	feed   Feed
	opts   Options
	s      Source
	chunk  []skillgap.Posting
}

func (im *importer) run(ctx context.Context) error {
	if im.feed.Postings == nil {
		return errors.New("import: no postings (Feed.Postings)")
	}
	for p, err := range im.feed.Postings {
		if err != nil {
			return errors.Join(fmt.Errorf("import %s: %w", im.feed.Source.Name, err), im.flush(ctx))
		}
		if !im.filter.Keep(p.Title) {
			im.s.Dropped++
			continue
		}
		if p.Source == "" {
			p.Source = im.feed.Source.Name
		}
		if p.SourceKind == "" {
			p.SourceKind = im.feed.Source.Kind
		}
		im.ann.Annotate(&p)
		im.chunk = append(im.chunk, p)
		if len(im.chunk) == importBatch {
			if err := im.flush(ctx); err != nil {
				return err
			}
		}
	}
	return im.flush(ctx)
}

// flush writes the postings collected so far.
func (im *importer) flush(ctx context.Context) error {
	if len(im.chunk) == 0 {
		return nil
	}
	ch, err := im.idx.ApplySource(ctx, im.feed.Source.Name, im.chunk, false, skillgap.CrawlState{}, im.opts.Now())
	if err != nil {
		return fmt.Errorf("import %s: %w", im.feed.Source.Name, err)
	}
	im.s.Postings += len(im.chunk)
	im.s.New += ch.New
	im.s.Updated += ch.Updated
	im.chunk = im.chunk[:0]
	im.opts.Progress.Fetch(crawler.Progress{Source: im.feed.Source.Name, Postings: im.s.Postings})
	return nil
}
