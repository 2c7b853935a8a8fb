package ingest

import (
	"context"
	"fmt"
	"slices"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/index"
)

// ReindexResult says what a reindex changed.
type ReindexResult struct {
	Postings int `json:"postings"` // postings read
	Changed  int `json:"changed"`  // postings whose extraction changed, written back
	// NonProduct counts the postings whose title is not a product role. They
	// stay in the index with role "", which keeps them out of every basis.
	NonProduct int `json:"non_product"`
}

// reindexBatch is the number of postings written back per Put: a window of
// Put's pipeline.
const reindexBatch = index.PutWindow

// Reindex annotates every posting in the index in dataDir again, with the
// taxonomy opts.Skills gives, and writes back those whose extraction
// changed, in batches, under the directory's writer lock. opts.Progress and
// opts.Now are not used: a reindex changes no dates.
func Reindex(ctx context.Context, dataDir string, opts Options) (_ ReindexResult, err error) {
	if err := opts.defaults(); err != nil {
		return ReindexResult{}, err
	}
	skills, err := opts.Skills()
	if err != nil {
		return ReindexResult{}, err
	}
	ann, err := analyze.NewAnnotator(skills)
	if err != nil {
		return ReindexResult{}, err
	}
	idx, done, err := openWriter(dataDir)
	if err != nil {
		return ReindexResult{}, err
	}
	defer closeWriter(done, &err)

	res, changed, err := reannotate(ctx, idx, ann)
	for len(changed) > 0 && err == nil {
		n := min(len(changed), reindexBatch)
		err = idx.Put(ctx, changed[:n])
		res.Changed += n
		changed = changed[n:]
	}
	if err != nil {
		return res, fmt.Errorf("reindex: %w", err)
	}
	return res, nil
}

// reannotate annotates every posting of idx again and returns those whose
// extraction changed. It collects them all before anything is written:
// writing while iterating could move the iteration's pages under it.
func reannotate(ctx context.Context, idx *index.Index, ann *analyze.Annotator) (ReindexResult, []skillgap.Posting, error) {
	var res ReindexResult
	var changed []skillgap.Posting
	err := idx.Each(ctx, func(p skillgap.Posting) error {
		res.Postings++
		before := p
		before.Skills = slices.Clone(p.Skills)
		before.Domains = slices.Clone(p.Domains)
		ann.Annotate(&p)
		if p.Role == "" {
			res.NonProduct++
		}
		if !sameExtraction(before, p) {
			changed = append(changed, p)
		}
		return nil
	})
	return res, changed, err
}

// sameExtraction reports whether two versions of a posting carry the same extracted data.
func sameExtraction(a, b skillgap.Posting) bool {
	return a.Seniority == b.Seniority && a.Role == b.Role && a.YearsMin == b.YearsMin &&
		slices.Equal(a.Skills, b.Skills) && slices.Equal(a.Domains, b.Domains)
}
