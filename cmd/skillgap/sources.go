package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/configs"
	"github.com/skillgap/skillgap/reports"
	"github.com/urfave/cli/v2"
)

// Files beside the user's data that the sources commands read and write.
const (
	sourcesFile     = "sources.yaml"
	catalogTagsFile = "catalog-tags.yaml"   // written by sources tag
	statusFile      = "sources-status.yaml" // written by crawl
)

// sourcesInitOptions are the inputs of runSourcesInit.
type sourcesInitOptions struct {
	Out   string // file to write; its directory is made if missing
	Force bool   // overwrite Out if it exists
	// Default says Out is DATA/sources.yaml, which crawl reads without --sources.
	Default bool
	// DataFlag is the --data the user gave, for the crawl line; "" when none.
	DataFlag string
	// Catalog writes the boards of the shipped catalogue that Filter selects
	// instead of the shipped example.
	Catalog bool
	Filter  configs.CatalogFilter
	DataDir string // where catalog-tags.yaml is read for Filter.Tag
}

func sourcesCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "sources",
		Usage: "write, extend and check sources.yaml, the job boards crawl reads",
		Description: "crawl reads --sources, else DATA/sources.yaml (by default\n" +
			"~/.local/share/skillgap/sources.yaml), else the shipped example list.\n" +
			"The shipped board catalogue lists 975 public ATS boards to start from.\n\n" +
			"Examples:\n  skillgap sources init --out my-sources.yaml\n  skillgap sources catalog --kind ashby\n  skillgap sources check my-sources.yaml",
		Subcommands: []*cli.Command{
			sourcesInitCommand(e),
			sourcesCatalogCommand(e),
			sourcesAddCommand(e),
			sourcesTagCommand(e),
			sourcesCheckCommand(e),
		},
	}
}

func sourcesInitCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "init",
		Usage: "write a sources.yaml to edit: the shipped example, or boards from the catalogue",
		Description: "Writes --out, by default DATA/sources.yaml, where crawl looks for it; makes the\n" +
			"directory if it is missing and refuses to overwrite the file without --force.\n" +
			"Without --catalog, --kind, --tag or --max it writes the shipped example (a dozen\n" +
			"boards); with any of them, the catalogue's boards they select, with comments that say\n" +
			"how long a polite crawl of them takes (449 Ashby boards at 1 s each: about 7.5 minutes).\n" +
			"--tag needs tags derived by skillgap sources tag from an earlier crawl.\n\n" +
			"Examples:\n  skillgap sources init --out my-sources.yaml\n  skillgap sources init --kind ashby --max 50 --out ashby-50.yaml\n" +
			"  skillgap sources init --catalog --out all-boards.yaml",
		Flags: []cli.Flag{
			dataFlag(),
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "`FILE` to write; default DATA/sources.yaml"},
			&cli.BoolFlag{Name: "force", Usage: "overwrite FILE if it exists"},
			&cli.BoolFlag{Name: "catalog", Usage: "write boards from the shipped catalogue (all of them unless --kind, --tag or --max)"},
			&cli.StringFlag{Name: "kind", Usage: "only catalogue boards of `KIND` (ashby, greenhouse, lever)"},
			&cli.StringFlag{Name: "tag", Usage: "only catalogue boards whose derived tags include `TAG`"},
			&cli.IntFlag{Name: "max", Usage: "at most `N` catalogue boards"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("sources init takes no arguments (got %q)", c.Args().First())
			}
			dir, err := e.dataDir(c)
			if err != nil {
				return err
			}
			opts := sourcesInitOptions{Out: c.String("out"), Force: c.Bool("force"), DataDir: dir,
				Filter: configs.CatalogFilter{Kind: strings.ToLower(c.String("kind")), Tag: c.String("tag"), Max: c.Int("max")}}
			opts.Catalog = c.Bool("catalog") || c.IsSet("kind") || c.IsSet("tag") || c.IsSet("max")
			if opts.Out == "" {
				opts.Out, opts.Default = filepath.Join(dir, sourcesFile), true
				if c.IsSet("data") {
					opts.DataFlag = dir // crawl needs it again to find this file
				}
			}
			return runSourcesInit(opts, e.stdout)
		},
	}
}

func sourcesCheckCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "check",
		Usage:     "validate a sources.yaml and list its sources with what their last crawl did",
		ArgsUsage: "[FILE]",
		Description: "Reads FILE (default DATA/sources.yaml), reports every problem with its line and\n" +
			"what would be valid, and lists the sources crawl would fetch, each with its last crawl,\n" +
			"the postings its board listed, the product postings kept and its last error (from\n" +
			"DATA/sources-status.yaml, which crawl writes). Fetches nothing.\n\n" +
			"Example:\n  skillgap sources check my-sources.yaml",
		Flags: []cli.Flag{dataFlag(), jsonFlag()},
		Action: func(c *cli.Context) error {
			if c.NArg() > 1 {
				return usagef("sources check: want at most one FILE")
			}
			dir, err := e.dataDir(c)
			if err != nil {
				return err
			}
			path := c.Args().First()
			if path == "" {
				path = filepath.Join(dir, sourcesFile)
			}
			return runSourcesCheck(path, dir, c.Bool("json"), e.stdout)
		},
	}
}

// runSourcesInit writes the shipped example, or the catalogue's boards that
// opts select, to opts.Out.
func runSourcesInit(opts sourcesInitOptions, w io.Writer) error {
	data, what := configs.SourcesExample(), "the shipped example list"
	if opts.Catalog {
		text, n, err := catalogSourcesText(opts)
		if err != nil {
			return err
		}
		data, what = text, fmt.Sprintf("%d boards from the catalogue", n)
	}
	if err := os.MkdirAll(filepath.Dir(opts.Out), 0o755); err != nil {
		return fmt.Errorf("write sources: %w", err)
	}
	if err := runInventoryInit(opts.Out, data, opts.Force, io.Discard); err != nil {
		var uerr usageError
		if errors.As(err, &uerr) {
			return usagef("sources init: %s exists; pass --force to overwrite it", opts.Out)
		}
		return fmt.Errorf("write sources: %w", err)
	}
	crawl := "skillgap crawl --sources " + shellLine([]string{"", opts.Out})[1:]
	switch {
	case opts.Default && opts.DataFlag != "":
		crawl = "skillgap crawl --data " + shellLine([]string{"", opts.DataFlag})[1:]
	case opts.Default:
		crawl = "skillgap crawl"
	}
	_, err := fmt.Fprintf(w, "Wrote %s, %s. Edit it, then:\n  skillgap sources check %s\n  %s\n", opts.Out, what, opts.Out, crawl)
	return err
}

// catalogSourcesText is the sources.yaml of the catalogue boards opts select.
func catalogSourcesText(opts sourcesInitOptions) ([]byte, int, error) {
	if err := configs.CheckCatalogKind(opts.Filter.Kind); err != nil {
		return nil, 0, usagef("sources init --kind: %v", err)
	}
	if opts.Filter.Max < 0 {
		return nil, 0, usagef("sources init --max %d: want 1 or more (0 means all)", opts.Filter.Max)
	}
	cat, tagged, err := loadCatalog(opts.DataDir)
	if err != nil {
		return nil, 0, err
	}
	if opts.Filter.Tag != "" && !tagged {
		return nil, 0, usagef("sources init --tag: no tags derived yet (%s is missing); crawl some boards, then run skillgap sources tag",
			filepath.Join(opts.DataDir, catalogTagsFile))
	}
	boards := configs.SelectCatalog(cat, opts.Filter)
	if len(boards) == 0 {
		return nil, 0, usagef("sources init: no catalogue board matches%s", catalogFilterHint(opts.Filter, cat))
	}
	var buf bytes.Buffer
	err = configs.WriteCatalogSources(&buf, boards, configs.CatalogSourcesOptions{Selection: selectionText(opts.Filter)})
	return buf.Bytes(), len(boards), err
}

// loadCatalog returns the shipped catalogue with the tags derived into
// dataDir attached; tagged says whether there were any.
func loadCatalog(dataDir string) (cat []configs.CatalogBoard, tagged bool, err error) {
	cat, err = configs.Catalog()
	if err != nil {
		return nil, false, err
	}
	path := filepath.Join(dataDir, catalogTagsFile)
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return cat, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("read catalogue tags: %w", err)
	}
	defer f.Close()
	tags, err := configs.LoadCatalogTags(f, path)
	if err != nil {
		return nil, false, err
	}
	return tags.Apply(cat), len(tags.Boards) > 0, nil
}

// selectionText says in words which boards a filter takes.
func selectionText(f configs.CatalogFilter) string {
	var parts []string
	if f.Kind != "" {
		parts = append(parts, "kind "+f.Kind)
	}
	if f.Tag != "" {
		parts = append(parts, "derived tag "+f.Tag)
	}
	if f.Max > 0 {
		parts = append(parts, fmt.Sprintf("at most %d", f.Max))
	}
	return strings.Join(parts, ", ")
}

// catalogFilterHint says what a filter that matched nothing asked, and which
// tags there are.
func catalogFilterHint(f configs.CatalogFilter, cat []configs.CatalogBoard) string {
	s := ""
	if sel := selectionText(f); sel != "" {
		s = " " + sel
	}
	if f.Tag == "" {
		return s
	}
	seen := map[string]bool{}
	var tags []string
	for _, b := range cat {
		if b.Tags == nil {
			continue
		}
		for _, t := range b.Tags.All() {
			if !seen[t] {
				seen[t] = true
				tags = append(tags, t)
			}
		}
	}
	if len(tags) == 0 {
		return s + "; no board has derived tags yet"
	}
	return s + "; derived tags: " + strings.Join(tags, ", ")
}

// sourceCheck is one source of sources check --json.
type sourceCheck struct {
	Name            string     `json:"name"`
	Kind            string     `json:"kind"`
	Where           string     `json:"board_or_url"`
	Company         string     `json:"company,omitempty"`
	LastCrawl       *time.Time `json:"last_crawl"` // null when never crawled
	Postings        int        `json:"postings"`
	ProductPostings int        `json:"product_postings"`
	LastError       string     `json:"last_error,omitempty"`
	Failed          bool       `json:"failed"`
}

// runSourcesCheck validates the sources file at path and lists its sources
// with what their last crawl (recorded in dataDir) did.
func runSourcesCheck(path, dataDir string, asJSON bool, w io.Writer) error {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return usagef("sources check: %s does not exist; write one with skillgap sources init", path)
	}
	if err != nil {
		return fmt.Errorf("read sources: %w", err)
	}
	defer f.Close()
	s, err := configs.LoadSources(f, path)
	if err != nil {
		return err
	}
	status, err := readStatus(dataDir)
	if err != nil {
		return err
	}
	rows := make([]sourceCheck, len(s.Sources))
	for i, src := range s.Sources {
		r := sourceCheck{Name: src.Name, Kind: src.Kind, Where: src.Board, Company: src.Company}
		if r.Where == "" {
			r.Where = src.URL
		}
		if st, ok := status.Get(src.Name); ok {
			r.LastCrawl, r.Postings, r.ProductPostings, r.LastError, r.Failed = &st.LastCrawl, st.Postings, st.ProductPostings, st.LastError, st.Failed
		}
		rows[i] = r
	}
	if asJSON {
		return reports.WriteJSON(w, rows)
	}
	return writeSourcesCheck(w, path, rows)
}

func writeSourcesCheck(w io.Writer, path string, rows []sourceCheck) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tKIND\tBOARD OR URL\tCOMPANY\tLAST CRAWL\tPOSTINGS\tPRODUCT\tLAST ERROR")
	crawled := 0
	for _, r := range rows {
		last, post, prod := "never", "-", "-"
		if r.LastCrawl != nil {
			crawled++
			last, post, prod = r.LastCrawl.UTC().Format("2006-01-02 15:04"), fmt.Sprint(r.Postings), fmt.Sprint(r.ProductPostings)
		}
		lastErr := "-"
		if r.LastError != "" {
			lastErr = r.LastError
			if !r.Failed {
				lastErr = "(earlier) " + lastErr
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.Name, r.Kind, r.Where, r.Company, last, post, prod, lastErr)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%s is valid: %s, %d crawled so far.\n", path, skillgap.Plural(len(rows), "source"), crawled)
	return err
}

// readStatus reads DATA/sources-status.yaml; a missing file is an empty status.
func readStatus(dataDir string) (configs.SourcesStatus, error) {
	path := filepath.Join(dataDir, statusFile)
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return configs.SourcesStatus{}, nil
	}
	if err != nil {
		return configs.SourcesStatus{}, fmt.Errorf("read crawl status: %w", err)
	}
	defer f.Close()
	return configs.LoadSourcesStatus(f, path)
}
