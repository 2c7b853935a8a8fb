package main

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
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
}

func reindexCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "reindex",
		Usage: "re-extract the skills of every stored posting after a taxonomy change, without a recrawl",
		Description: "Runs the skill extractor again over every posting in the index (with the shipped\n" +
			"taxonomy merged with DATA/skills.yaml and --taxonomy) and says how many changed.\n\n" +
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
				return json.NewEncoder(e.stdout).Encode(res)
			}
			_, err = fmt.Fprintf(e.stdout, "re-extracted %d postings: %d changed\n", res.Postings, res.Changed)
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
	ex, err := analyze.NewExtractor(skills)
	if err != nil {
		return reindexResult{}, err
	}
	lock, err := lockData(opts.DataDir)
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
		ex.Annotate(&p)
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
		slices.Equal(a.Skills, b.Skills)
}
