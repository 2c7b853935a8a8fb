package index

import (
	"cmp"
	"context"
	"slices"
	"time"
)

// BatchOptions bound the batches WriteBatches writes. Larger batches cost
// fewer segments to write, fsync and merge; smaller and more frequent ones
// hold less memory and commit sooner.
type BatchOptions struct {
	// Postings in one batch: it is written once it holds this many. Zero
	// means 500.
	Postings int
	// Bytes of posting text (titles and descriptions) in one batch. Zero
	// means 256 KiB: bleve holds about 100 times a batch's text while it
	// indexes it.
	Bytes int
	// Delay is the longest an update waits for its batch to be written,
	// so that a slow crawl commits as it goes. Zero means 2s.
	Delay time.Duration
	// Now is the time the postings of a batch are seen at, called once per
	// batch. Nil means time.Now.
	Now func() time.Time
}

// Written is what WriteBatches reports for one update: its changes once its
// batch is on disk, or the error that failed the batch.
type Written struct {
	Update SourceUpdate
	Change Change
	Err    error
}

// WriteBatches is the index's one writer during a crawl: it reads source
// updates from in as the crawl produces them and applies them with
// ApplySources, several sources per batch, batches bounded by opts. It calls
// done, from its own goroutine, for every update once its batch is written
// or failed. It returns when in is closed and everything read is written,
// when ctx is cancelled (updates not yet written are dropped: their
// validators are not stored, so the next crawl fetches them again), or at the
// first failed batch, after which the index must not be written again.
func (idx *Index) WriteBatches(ctx context.Context, in <-chan SourceUpdate, opts BatchOptions, done func(Written)) error {
	opts.Postings = cmp.Or(opts.Postings, 500)
	opts.Bytes = cmp.Or(opts.Bytes, 256<<10)
	opts.Delay = cmp.Or(opts.Delay, 2*time.Second)
	if opts.Now == nil {
		opts.Now = time.Now
	}
	var (
		pending         []SourceUpdate
		postings, bytes int
		due             <-chan time.Time
		timer           *time.Timer
	)
	write := func() error {
		if timer != nil {
			timer.Stop()
		}
		due = nil
		if len(pending) == 0 {
			return nil
		}
		chs, err := idx.ApplySources(ctx, pending, opts.Now())
		for i, u := range pending {
			w := Written{Update: u, Err: err}
			if err == nil {
				w.Change = chs[i]
			}
			done(w)
		}
		pending, postings, bytes = nil, 0, 0
		return err
	}
	for {
		select {
		case u, ok := <-in:
			if !ok {
				return write()
			}
			if slices.ContainsFunc(pending, func(p SourceUpdate) bool { return p.Source == u.Source }) {
				if err := write(); err != nil { // a source appears once per batch
					return err
				}
			}
			if len(pending) == 0 {
				timer = time.NewTimer(opts.Delay)
				due = timer.C
			}
			pending = append(pending, u)
			postings += len(u.Postings)
			for _, p := range u.Postings {
				bytes += len(p.Title) + len(p.Description)
			}
			if postings >= opts.Postings || bytes >= opts.Bytes {
				if err := write(); err != nil {
					return err
				}
			}
		case <-due:
			if err := write(); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}
