package index

import (
	"context"
	"errors"
	"fmt"

	"github.com/skillgap/skillgap"
)

// ErrStop, returned by the function Postings calls, ends the walk early
// without an error.
var ErrStop = errors.New("stop")

// postingsPage is how many postings one request of Postings reads.
const postingsPage = 200

// Postings calls fn with every posting matching f, newest day first (posted,
// else first seen; then by id), without its description. It stops at the
// first error fn returns, and early without error when fn returns ErrStop.
func (idx *Index) Postings(ctx context.Context, f Filter, fn func(skillgap.Posting) error) error {
	if err := f.check(); err != nil {
		return err
	}
	err := idx.walk(ctx, f.query(), []string{"-" + fDate, "_id"}, false, postingsPage, fn)
	if errors.Is(err, ErrStop) {
		return nil
	}
	return err
}

// Examples returns the postings matching f that ask for skill id, newest
// first, each with the sentence that asks; limit <= 0 means all of them.
// total is how many postings match, beyond the limit.
func (idx *Index) Examples(ctx context.Context, f Filter, id string, limit int) (ex []skillgap.Example, total int, err error) {
	f.Skills = append(f.Skills[:len(f.Skills):len(f.Skills)], id)
	if total, err = idx.Count(ctx, f); err != nil || total == 0 {
		return nil, total, err
	}
	err = idx.Postings(ctx, f, func(p skillgap.Posting) error {
		if e, ok := skillgap.ExampleOf(&p, id); ok {
			ex = append(ex, e)
		}
		if limit > 0 && len(ex) >= limit {
			return ErrStop
		}
		return nil
	})
	if err != nil {
		return nil, 0, fmt.Errorf("examples of %s: %w", id, err)
	}
	return ex, total, nil
}
