package main

import (
	"context"
	"fmt"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/ingest"
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
type reindexResult = ingest.ReindexResult

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
			_, err = fmt.Fprintf(e.stdout, "re-extracted %s: %d changed, %s (left out of every basis)\n",
				skillgap.Plural(res.Postings, "posting"), res.Changed, skillgap.Plural(res.NonProduct, "not product role|not product roles"))
			return err
		},
	}
}

// runReindex re-extracts every stored posting and writes back those whose
// extraction changed.
func runReindex(ctx context.Context, opts reindexOptions) (reindexResult, error) {
	return ingest.Reindex(ctx, opts.DataDir, ingest.Options{
		Skills: func() ([]skillgap.Skill, error) { return loadTaxonomy(opts.Taxonomy, opts.DataDir) },
	})
}
