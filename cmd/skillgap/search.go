package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/skillgap/skillgap/market"
	"github.com/skillgap/skillgap/reports"
	"github.com/urfave/cli/v2"
)

// searchOptions are the inputs of runSearch.
type searchOptions struct {
	DataDir string
	Query   string // bleve query-string syntax; empty means every posting, newest first
	Filter  market.Filter
	Limit   int // hits to print; zero means 20
	JSON    bool
}

func searchCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "search",
		Usage:     "full-text search over postings, with facets",
		ArgsUsage: "QUERY",
		Description: "Searches titles and descriptions in bleve query syntax: words, \"phrases\",\n" +
			"+must -mustnot, title:word, prefix*, fuzzy~1. Prints the best hits with the passages\n" +
			"that matched (matches «marked»), and counts of the matching postings by skill,\n" +
			"seniority, company and workplace. Duplicates on several boards count once.\n\n" +
			"Flags go before the query.\n\n" +
			"Examples:\n   skillgap search --seniority senior '\"product discovery\" +pricing'\n" +
			"   skillgap search --since 2025-01 --json 'title:growth' | jq '.hits[].url'",
		Flags: append([]cli.Flag{dataFlag(), jsonFlag(),
			&cli.IntFlag{Name: "limit", Value: 20, Usage: "how many hits to print"},
		}, filterFlags()...),
		Action: func(c *cli.Context) error {
			dir, err := e.dataDir(c)
			if err != nil {
				return err
			}
			f, err := filterFromFlags(c)
			if err != nil {
				return err
			}
			if c.Int("limit") < 0 {
				return usagef("--limit %d: want a positive number", c.Int("limit"))
			}
			opts := searchOptions{DataDir: dir, Query: strings.Join(c.Args().Slice(), " "), Filter: f,
				Limit: c.Int("limit"), JSON: c.Bool("json")}
			return handleQueryErr(runSearch(c.Context, opts, e.stdout))
		},
	}
}

// runSearch searches the index in opts.DataDir and writes the result to w.
func runSearch(ctx context.Context, opts searchOptions, w io.Writer) error {
	idx, err := market.Open(opts.DataDir)
	if err != nil {
		return err
	}
	defer idx.Close()
	res, err := idx.Search(ctx, opts.Query, opts.Filter, opts.Limit)
	if err != nil {
		return err
	}
	if opts.JSON {
		return reports.WriteJSON(w, res)
	}
	return writeSearchText(w, res)
}

func writeSearchText(w io.Writer, res market.SearchResult) error {
	if res.Total == 0 {
		_, err := fmt.Fprintln(w, "no postings match")
		return err
	}
	fmt.Fprintf(w, "%s postings match; showing %d\n", reports.Thousands(res.Total), len(res.Hits))
	for i, h := range res.Hits {
		var about []string
		for _, s := range []string{h.Company, string(h.Seniority), string(h.Workplace), reports.Day(h.Date)} {
			if s != "" && s != "0001-01-01" {
				about = append(about, s)
			}
		}
		if !h.Open {
			about = append(about, "closed")
		}
		fmt.Fprintf(w, "\n%d. %s — %s\n", i+1, h.Title, strings.Join(about, " · "))
		fmt.Fprintf(w, "   %s", h.ID)
		if h.URL != "" {
			fmt.Fprintf(w, "  %s", h.URL)
		}
		fmt.Fprintln(w)
		for _, s := range h.Snippets {
			fmt.Fprintf(w, "   %s\n", s)
		}
		if len(h.Skills) > 0 {
			more := ""
			if len(h.Skills) > 10 {
				more = fmt.Sprintf(" and %d more", len(h.Skills)-10)
			}
			fmt.Fprintf(w, "   skills: %s%s\n", strings.Join(h.Skills[:min(10, len(h.Skills))], ", "), more)
		}
	}
	fmt.Fprintln(w)
	for _, name := range []string{"skills", "seniority", "company", "remote"} {
		var parts []string
		for _, fc := range res.Facets[name] {
			parts = append(parts, fmt.Sprintf("%s %d", fc.Value, fc.Count))
		}
		if len(parts) > 0 {
			fmt.Fprintf(w, "%-10s %s\n", name+":", strings.Join(parts, " · "))
		}
	}
	return nil
}
