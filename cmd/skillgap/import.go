package main

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/ingest"
	"github.com/skillgap/skillgap/reports"
	"github.com/urfave/cli/v2"
)

// importOptions are the inputs of runImport.
type importOptions struct {
	DataDir  string
	File     string
	Format   string // csv or jsonl; empty means by the file's extension
	Taxonomy string
}

// importResult is what an import did: the ingest summary and the rows skipped.
type importResult struct {
	ingest.Summary
	Skipped []string `json:"skipped"` // "file:line: field: what is wrong", one per bad row
}

func importCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "import",
		Usage:     "index postings from a JobSpy CSV or a JSON-lines file, like a crawl",
		ArgsUsage: "FILE",
		Description: "Reads postings scraped elsewhere: JobSpy's CSV (columns site, job_url, title, company,\n" +
			"location, date_posted, interval, min_amount, max_amount, currency, description, …) or\n" +
			"JSON lines with the same field names, one posting per line. The product-title filter,\n" +
			"the skill extraction and the index are the crawl's; each posting's source is\n" +
			"import:<site>. A bad row is reported as file:line: field and skipped; the others are\n" +
			"imported and the exit code is 3.\n\n" +
			"Example:\n   skillgap import jobs.csv",
		Flags: []cli.Flag{dataFlag(), jsonFlag(),
			&cli.StringFlag{Name: "format", Usage: "`csv` or jsonl (default: by the file's extension)"},
			&cli.StringFlag{Name: "taxonomy", Usage: "extra skill taxonomy `FILE` merged over the shipped one"}},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usagef("import needs one FILE (a JobSpy CSV or a .jsonl file)")
			}
			dir, err := e.dataDir(c)
			if err != nil {
				return err
			}
			opts := importOptions{DataDir: dir, File: c.Args().First(), Format: c.String("format"), Taxonomy: c.String("taxonomy")}
			res, err := runImport(c.Context, opts)
			if err != nil {
				return err
			}
			for _, s := range res.Skipped {
				fmt.Fprintln(e.stderr, "skipped:", s)
			}
			if c.Bool("json") {
				err = reports.WriteJSON(e.stdout, res)
			} else {
				_, err = fmt.Fprintf(e.stdout, "imported %s (%d new), %d dropped by the title filter, %s skipped\n",
					skillgap.Plural(res.Postings, "product posting"), res.New, dropped(res.Summary), skillgap.Plural(len(res.Skipped), "bad row"))
			}
			if err == nil && len(res.Skipped) > 0 {
				err = fmt.Errorf("%w: %s of %s skipped", ingest.ErrPartial, skillgap.Plural(len(res.Skipped), "row"), opts.File)
			}
			return err
		},
	}
}

func dropped(sum ingest.Summary) int {
	n := 0
	for _, s := range sum.Sources {
		n += s.Dropped
	}
	return n
}

// runImport reads opts.File whole (its bad rows into Skipped) and imports its
// postings site by site, each under the source import:<site>.
func runImport(ctx context.Context, opts importOptions) (importResult, error) {
	res := importResult{Skipped: []string{}}
	rows, err := readImportFile(opts.File, opts.Format)
	var broken *rowError
	switch {
	case errors.As(err, &broken):
		res.Skipped = append(res.Skipped, broken.Error()+" (the rest of the file is unreadable)") // the rows before it still count
	case err != nil:
		return importResult{}, err
	}
	bySite := map[string][]skillgap.Posting{}
	var sites []string
	for _, r := range rows {
		if r.err != nil {
			res.Skipped = append(res.Skipped, r.err.Error())
			continue
		}
		if _, ok := bySite[r.site]; !ok {
			sites = append(sites, r.site)
		}
		bySite[r.site] = append(bySite[r.site], r.posting)
	}
	for _, site := range sites {
		src := skillgap.Source{Name: importSource(site), Kind: "import"}
		sum, err := ingest.Import(ctx, opts.DataDir, ingest.Feed{Source: src, Postings: postingsOf(bySite[site])},
			ingest.Options{Skills: func() ([]skillgap.Skill, error) { return loadTaxonomy(opts.Taxonomy, opts.DataDir) }})
		res.Sources = append(res.Sources, sum.Sources...)
		res.Postings += sum.Postings
		res.New += sum.New
		res.Failed += sum.Failed
		res.Seconds += sum.Seconds
		if err != nil {
			return res, err
		}
	}
	return res, nil
}

// readImportFile reads the rows of a JobSpy CSV or a JSON-lines file; format
// is csv or jsonl, or empty to go by the file's extension.
func readImportFile(path, format string) ([]importRow, error) {
	format = strings.ToLower(format)
	if format == "" {
		switch strings.ToLower(filepath.Ext(path)) {
		case ".jsonl", ".ndjson", ".json":
			format = "jsonl"
		default:
			format = "csv"
		}
	}
	if format != "csv" && format != "jsonl" {
		return nil, usagef("--format %q: want csv or jsonl", format)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if format == "jsonl" {
		return readJSONLines(f, path)
	}
	return readJobSpyCSV(f, path)
}

// importSource is the source of the postings of site: import:<site>.
func importSource(site string) string {
	if site = strings.ToLower(strings.TrimSpace(site)); site == "" {
		site = "file"
	}
	return "import:" + site
}

func postingsOf(ps []skillgap.Posting) iter.Seq2[skillgap.Posting, error] {
	return func(yield func(skillgap.Posting, error) bool) {
		for _, p := range ps {
			if !yield(p, nil) {
				return
			}
		}
	}
}
