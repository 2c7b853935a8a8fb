package main

import (
	"context"
	"fmt"
	"slices"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/index"
	"github.com/skillgap/skillgap/reports"
	"github.com/urfave/cli/v2"
)

// reindexOptions are the inputs of runReindex.
type reindexOptions struct {
	DataDir  string
	Taxonomy string
	JSON     bool
}

// reindexResult says what a reindex changed.
type reindexResult struct {
	Postings int `json:"postings"`
	Changed  int `json:"changed"`
	// NonProduct counts the postings whose title is not a product role. They
	// stay in the index with role "", which keeps them out of every basis.
	NonProduct int `json:"non_product"`
}

func reindexCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "reindex",
		Usage: "re-extract the skills of every stored posting after a taxonomy change, without a recrawl",
		Description: "Runs the skill extractor and the title classifier again over every posting in the\n" +
			"index (with the shipped taxonomy merged with DATA/skills.yaml and --taxonomy) and says\n" +
			"how many changed. Postings whose title is no longer a product role get no role family,\n" +
			"which keeps them out of every market basis.\n\n" +
			"Example:\n   skillgap reindex --taxonomy my-skills.yaml",
		Flags: []cli.Flag{dataFlag(), jsonFlag(),
			&cli.StringFlag{Name: "taxonomy", Usage: "extra skill taxonomy `FILE` merged over the shipped one"}},
		Action: func(c *cli.Context) error {
			dir, err := e.dataDir(c)
			if err != nil {
				return err
			}
			opts := reindexOptions{DataDir: dir, Taxonomy: c.String("taxonomy"), JSON: c.Bool("json")}
			res, err := runReindex(c.Context, opts)
			if err != nil {
				return err
			}
			if opts.JSON {
				return reports.WriteJSON(e.stdout, res)
			}
			_, err = fmt.Fprintf(e.stdout, "re-extracted %d postings: %d changed, %d not product roles (left out of every basis)\n",
				res.Postings, res.Changed, res.NonProduct)
			return err
		},
	}
}

// runReindex re-extracts every stored posting and writes back those whose
// extraction changed, in batches.
func runReindex(ctx context.Context, opts reindexOptions) (reindexResult, error) {
	skills, err := loadTaxonomy(opts.Taxonomy, opts.DataDir)
	if err != nil {
		return reindexResult{}, err
	}
	ex, err := analyze.NewAnnotator(skills)
	if err != nil {
		return reindexResult{}, err
	}
	lock, err := index.LockDir(opts.DataDir)
	if err != nil {
		return reindexResult{}, err
	}
	defer lock.Unlock()
	idx, err := openIndex(opts.DataDir, skills)
	if err != nil {
		return reindexResult{}, err
	}
	defer idx.Close()

	// Collect first and write after: writing while iterating could move the
	// iteration's pages under it.
	var res reindexResult
	var changed []skillgap.Posting
	err = idx.Each(ctx, func(p skillgap.Posting) error {
		res.Postings++
		before := p
		before.Skills = slices.Clone(p.Skills)
		before.Domains = slices.Clone(p.Domains)
		ex.Annotate(&p)
		if p.Role == "" {
			res.NonProduct++
		}
		if !sameExtraction(before, p) {
			changed = append(changed, p)
		}
		return nil
	})
	for len(changed) > 0 && err == nil {
		n := min(len(changed), 500)
		err = idx.Put(ctx, changed[:n])
		res.Changed += n
		changed = changed[n:]
	}
	if err != nil {
		return res, fmt.Errorf("reindex: %w", err)
	}
	return res, nil
}

// sameExtraction reports whether two versions of a posting carry the same extracted data.
func sameExtraction(a, b skillgap.Posting) bool {
	return a.Seniority == b.Seniority && a.Role == b.Role && a.YearsMin == b.YearsMin &&
		slices.Equal(a.Skills, b.Skills) && slices.Equal(a.Domains, b.Domains)
}
