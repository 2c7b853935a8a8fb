package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/configs"
	"github.com/skillgap/skillgap/market"
	"github.com/skillgap/skillgap/reports"
	"github.com/urfave/cli/v2"
)

func sourcesCatalogCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "catalog",
		Usage: "list the shipped board catalogue: public ATS boards with their kind and derived tags",
		Description: "The catalogue holds board names only (no guessed industries): 449 Ashby and 526\n" +
			"Greenhouse boards. A board's tags appear once skillgap sources tag has derived them\n" +
			"from its crawled postings, and are marked as derived. Write a sources.yaml from it\n" +
			"with skillgap sources init --kind K --tag T --max N.\n\n" +
			"Examples:\n  skillgap sources catalog --kind ashby\n  skillgap sources catalog --json | jq length",
		Flags: []cli.Flag{
			dataFlag(), jsonFlag(),
			&cli.StringFlag{Name: "kind", Usage: "only boards of `KIND` (ashby, greenhouse, lever)"},
			&cli.StringFlag{Name: "tag", Usage: "only boards whose derived tags include `TAG`"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("sources catalog takes no arguments (got %q)", c.Args().First())
			}
			dir, err := e.dataDir(c)
			if err != nil {
				return err
			}
			f := configs.CatalogFilter{Kind: strings.ToLower(c.String("kind")), Tag: c.String("tag")}
			return runSourcesCatalog(dir, f, c.Bool("json"), e.stdout)
		},
	}
}

// catalogRow is one board of sources catalog --json.
type catalogRow struct {
	Kind  string `json:"kind"`
	Board string `json:"board"`
	Name  string `json:"name"`
	// Tags are derived from Postings crawled postings; absent until derived.
	Tags *catalogTags `json:"derived_tags,omitempty"`
}

type catalogTags struct {
	Postings int      `json:"postings"`
	Industry []string `json:"industry"`
	Asked    []string `json:"asked"`
}

// runSourcesCatalog lists the catalogue boards f selects.
func runSourcesCatalog(dataDir string, f configs.CatalogFilter, asJSON bool, w io.Writer) error {
	if err := configs.CheckCatalogKind(f.Kind); err != nil {
		return usagef("sources catalog --kind: %v", err)
	}
	cat, tagged, err := loadCatalog(dataDir)
	if err != nil {
		return err
	}
	if f.Tag != "" && !tagged {
		return usagef("sources catalog --tag: no tags derived yet (%s is missing); crawl some boards, then run skillgap sources tag",
			filepath.Join(dataDir, catalogTagsFile))
	}
	boards := configs.SelectCatalog(cat, f)
	if asJSON {
		rows := make([]catalogRow, len(boards))
		for i, b := range boards {
			rows[i] = catalogRow{Kind: b.Kind, Board: b.Board, Name: b.Name}
			if b.Tags != nil {
				rows[i].Tags = &catalogTags{Postings: b.Tags.Postings, Industry: nonNil(b.Tags.Industry), Asked: nonNil(b.Tags.Asked)}
			}
		}
		return reports.WriteJSON(w, rows)
	}
	return writeCatalogText(w, boards)
}

// writeCatalogText writes the catalogue's boards as a table, with their count
// by kind and how long a polite crawl of them takes.
func writeCatalogText(w io.Writer, boards []configs.CatalogBoard) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "KIND\tBOARD\tNAME\tDERIVED TAGS")
	byKind, nTagged := map[string]int{}, 0
	for _, b := range boards {
		byKind[b.Kind]++
		tags := "-"
		if b.Tags != nil {
			nTagged++
			tags = fmt.Sprintf("%s (from %s)", tagsOrNone(b.Tags.All()), skillgap.Plural(b.Tags.Postings, "posting"))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", b.Kind, b.Board, b.Name, tags)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	var kinds []string
	for _, k := range configs.CatalogKinds() {
		if byKind[k] > 0 {
			kinds = append(kinds, fmt.Sprintf("%s %d", k, byKind[k]))
		}
	}
	est := configs.EstimateCatalogCrawl(boards, time.Second)
	_, err := fmt.Fprintf(w, "%s (%s); %d with derived tags (skillgap sources tag derives them from crawled postings).\n"+
		"A polite crawl of them (1 request a second per host) takes at least about %s.\n",
		skillgap.Plural(len(boards), "board"), strings.Join(kinds, ", "), nTagged, configs.AboutDuration(est.Total))
	return err
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

func tagsOrNone(tags []string) string {
	s := strings.Join(tags, ", ")
	if s == "" {
		return "no domain in half its postings"
	}
	return s
}

func sourcesTagCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "tag",
		Usage: "derive catalogue boards' tags (industry, product domains asked) from crawled postings",
		Description: "Reads the index and, for every Greenhouse, Lever and Ashby board with postings in it,\n" +
			"derives its tags: " + market.BoardDomainsRule + ".\n" +
			"Writes them to DATA/catalog-tags.yaml (never into the shipped catalogue), where sources\n" +
			"catalog and sources init --tag read them. Run it again after a crawl to refresh them.\n\n" +
			"Example:\n  skillgap sources tag",
		Flags: []cli.Flag{dataFlag(), &cli.StringFlag{Name: "taxonomy", Usage: "extra skill taxonomy `FILE` merged over the shipped one"}},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("sources tag takes no arguments (got %q)", c.Args().First())
			}
			dir, err := e.dataDir(c)
			if err != nil {
				return err
			}
			return runSourcesTag(c.Context, dir, c.String("taxonomy"), time.Now(), e.stdout)
		},
	}
}

// runSourcesTag derives the boards' tags from the index in dataDir and
// writes them to dataDir/catalog-tags.yaml.
func runSourcesTag(ctx context.Context, dataDir, taxonomy string, now time.Time, w io.Writer) error {
	skills, err := loadTaxonomy(taxonomy, dataDir)
	if err != nil {
		return err
	}
	idx, err := market.Open(dataDir)
	if err != nil {
		return err
	}
	defer idx.Close()
	boards, err := market.BoardDomainsOf(ctx, idx, skillgap.NewTaxonomy(skills))
	if err != nil {
		return err
	}
	tags := configs.CatalogTags{Derived: now.UTC().Format(skillgap.DateLayout), Rule: market.BoardDomainsRule}
	inCatalog := 0
	cat, err := configs.Catalog()
	if err != nil {
		return err
	}
	known := map[string]bool{}
	for _, b := range cat {
		known[b.Kind+"\x00"+strings.ToLower(b.Board)] = true
	}
	for _, b := range boards {
		tags.Boards = append(tags.Boards, configs.BoardTags{Kind: b.Kind, Board: b.Board, Postings: b.Postings, Industry: b.Industry, Asked: b.Asked})
		if known[b.Kind+"\x00"+strings.ToLower(b.Board)] {
			inCatalog++
		}
	}
	path := filepath.Join(dataDir, catalogTagsFile)
	if err := reports.WriteFile(path, func(f io.Writer) error { return configs.WriteCatalogTags(f, tags) }); err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "Derived tags of %s (%d in the catalogue) from their postings; wrote %s.\nSee them with: skillgap sources catalog\n",
		skillgap.Plural(len(boards), "board"), inCatalog, path)
	return err
}
