package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/configs"
	"github.com/skillgap/skillgap/crawler"
	"github.com/skillgap/skillgap/reports"
	"github.com/urfave/cli/v2"
)

// sourcesAddOptions are the inputs of runSourcesAdd.
type sourcesAddOptions struct {
	Target  string // a careers URL or a company name
	File    string // sources.yaml to add to; made when missing
	Name    string // the new source's name; empty means one made from the board
	Company string // the employer's name; empty means one derived from the board
	// NoCheck adds a recognised board URL without fetching anything.
	NoCheck bool
	// BaseURL replaces the scheme and host of every ATS API tried (a mirror or
	// a test server) and is written to the new source. Empty means the public APIs.
	BaseURL string
	NoDelay bool // no politeness delay (tests against local servers)
	Now     func() time.Time
}

func sourcesAddCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "add",
		Usage:     "add a job board to sources.yaml by its careers URL or the company's name",
		ArgsUsage: "URL-or-name",
		Description: "Recognises Greenhouse (boards.greenhouse.io/x, job-boards.greenhouse.io/x), Lever\n" +
			"(jobs.lever.co/x) and Ashby (jobs.ashbyhq.com/x) board URLs; any other URL is tried as an\n" +
			"RSS/Atom job feed or a careers page with schema.org JobPosting JSON-LD. A bare company\n" +
			"name is tried once on each ATS API: the name as written on Ashby, and in lower case\n" +
			"without spaces on Greenhouse and Lever. The board must answer (one request, robots.txt\n" +
			"obeyed) unless --no-check. The source is appended to --to (default DATA/sources.yaml)\n" +
			"as the last entry of its list; your comments and order stay as they are.\n\n" +
			"Examples:\n  skillgap sources add --no-check --to my-sources.yaml https://jobs.ashbyhq.com/Forward%20Financing\n" +
			"  skillgap sources add --no-check --to my-sources.yaml --name acme-pm boards.greenhouse.io/acme",
		Flags: []cli.Flag{
			dataFlag(),
			&cli.StringFlag{Name: "to", Usage: "sources `FILE` to add to; default DATA/sources.yaml"},
			&cli.StringFlag{Name: "name", Usage: "`NAME` of the new source; default made from the board"},
			&cli.StringFlag{Name: "company", Usage: "employer's `NAME`; default derived from the board"},
			&cli.BoolFlag{Name: "no-check", Usage: "add a recognised board URL without fetching it"},
			&cli.StringFlag{Name: "base-url", Usage: "try the ATS APIs at `URL` (a mirror) and write it as the source's base_url"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usagef("sources add: want one URL or company name (got %d arguments)", c.NArg())
			}
			dir, err := e.dataDir(c)
			if err != nil {
				return err
			}
			opts := sourcesAddOptions{Target: c.Args().First(), File: c.String("to"), Name: c.String("name"),
				Company: c.String("company"), NoCheck: c.Bool("no-check"), BaseURL: c.String("base-url")}
			if opts.File == "" {
				opts.File = filepath.Join(dir, sourcesFile)
			}
			return runSourcesAdd(c.Context, opts, e.log, e.stdout)
		},
	}
}

// runSourcesAdd finds the board opts.Target names, checks that it answers and
// appends it to opts.File.
func runSourcesAdd(ctx context.Context, opts sourcesAddOptions, log *slog.Logger, w io.Writer) error {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	data, current, err := readSourcesText(opts.File)
	if err != nil {
		return err
	}
	chosen, note, err := chooseSource(ctx, opts, current, log, w)
	if err != nil {
		return err
	}
	out, err := configs.AppendSource(data, chosen, note)
	if errors.Is(err, configs.ErrFlowSources) {
		return usagef("sources add: %s: %v", opts.File, err)
	}
	if err != nil {
		return err
	}
	if _, err := configs.LoadSources(bytes.NewReader(out), opts.File+" (with the new source)"); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(opts.File), 0o755); err != nil {
		return fmt.Errorf("write sources: %w", err)
	}
	if err := reports.WriteFile(opts.File, func(f io.Writer) error { _, err := f.Write(out); return err }); err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "Added %s to %s:\n  - %s\n", chosen.Name, opts.File, configs.FlowSource(chosen))
	return err
}

// chooseSource turns what the user typed into the source to add, checked
// with one request unless --no-check, named and with its company, and the
// comment that goes beside it; a board the file already lists is a usage error.
func chooseSource(ctx context.Context, opts sourcesAddOptions, current configs.Sources, log *slog.Logger, w io.Writer) (skillgap.Source, string, error) {
	cands, err := addCandidates(opts.Target, opts.BaseURL)
	if err != nil {
		return skillgap.Source{}, "", err
	}
	if dup, ok := sameSource(current.Sources, cands[0]); ok && len(cands) == 1 {
		return skillgap.Source{}, "", usagef("sources add: %s already lists this board as %q", opts.File, dup)
	}
	var chosen skillgap.Source
	note := fmt.Sprintf("added by skillgap sources add on %s", opts.Now().UTC().Format(skillgap.DateLayout))
	if opts.NoCheck {
		if len(cands) != 1 || (cands[0].Kind != skillgap.Greenhouse && cands[0].Kind != skillgap.Lever && cands[0].Kind != skillgap.Ashby) {
			return skillgap.Source{}, "", usagef("sources add --no-check: %q is not a Greenhouse, Lever or Ashby board URL; without a check its kind is unknown", opts.Target)
		}
		chosen = cands[0]
		note += " (not checked)"
	} else {
		var found string
		if chosen, found, err = probeCandidates(ctx, current.Settings, cands, opts.NoDelay, log, w); err != nil {
			return skillgap.Source{}, "", err
		}
		note += ": " + found
	}
	if dup, ok := sameSource(current.Sources, chosen); ok {
		return skillgap.Source{}, "", usagef("sources add: %s already lists this board as %q", opts.File, dup)
	}
	if chosen.Name = opts.Name; chosen.Name == "" {
		chosen.Name = configs.NewSourceName(current, boardOrHost(chosen), chosen.Kind)
	}
	if chosen.Company = opts.Company; chosen.Company == "" && chosen.Board != "" {
		chosen.Company = configs.DisplayName(chosen.Board)
	}
	return chosen, note, nil
}

// readSourcesText reads the sources file at path; a missing file is empty.
// An existing file must be valid, so that adding to it never hides a problem.
func readSourcesText(path string) ([]byte, configs.Sources, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, configs.Sources{}, nil
	}
	if err != nil {
		return nil, configs.Sources{}, fmt.Errorf("read sources: %w", err)
	}
	s, err := configs.LoadSources(bytes.NewReader(data), path)
	if err != nil {
		return nil, configs.Sources{}, err
	}
	return data, s, nil
}

// addCandidates lists the sources target may be, in the order to try them:
// the board a board URL names; a feed or a JSON-LD careers page for another
// URL (the one its path suggests first); Greenhouse, Lever and Ashby for a
// bare name.
func addCandidates(target, baseURL string) ([]skillgap.Source, error) {
	target = strings.TrimSpace(target)
	if target == "" {
		return nil, usagef("sources add: empty URL or name")
	}
	if src, ok := crawler.BoardOf(target); ok {
		src.BaseURL = baseURL
		return []skillgap.Source{src}, nil
	}
	if looksLikeURL(target) {
		raw := target
		if !strings.Contains(raw, "://") {
			raw = "https://" + raw
		}
		u, err := url.Parse(raw)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, usagef("sources add: %q is not an http(s) URL", target)
		}
		feed, page := skillgap.Source{Kind: skillgap.Feed, URL: u.String()}, skillgap.Source{Kind: skillgap.JSONLD, URL: u.String()}
		if looksLikeFeed(u) {
			return []skillgap.Source{feed, page}, nil
		}
		return []skillgap.Source{page, feed}, nil
	}
	token := strings.ToLower(strings.Join(strings.Fields(target), ""))
	return []skillgap.Source{
		{Kind: skillgap.Greenhouse, Board: token, BaseURL: baseURL},
		{Kind: skillgap.Lever, Board: token, BaseURL: baseURL},
		{Kind: skillgap.Ashby, Board: target, BaseURL: baseURL},
	}, nil
}

// looksLikeURL tells a URL ("acme.com/careers", "https://…") from a company
// name ("Forward Financing", "acme").
func looksLikeURL(s string) bool {
	if strings.Contains(s, "://") || strings.Contains(s, "/") {
		return true
	}
	return !strings.ContainsAny(s, " \t") && strings.Contains(s, ".") && !strings.HasSuffix(s, ".")
}

// looksLikeFeed says whether a URL's path suggests a feed rather than a page.
func looksLikeFeed(u *url.URL) bool {
	p := strings.ToLower(u.Path)
	for _, s := range []string{".rss", ".xml", ".atom", "/rss", "/feed", "/atom", "feed.json"} {
		if strings.HasSuffix(p, s) || strings.Contains(p, s+"/") {
			return true
		}
	}
	return strings.Contains(strings.ToLower(u.RawQuery), "rss") || strings.Contains(strings.ToLower(u.RawQuery), "feed")
}

// probeCandidates fetches the candidates, once each and without retries, and
// returns the first of the URL's candidates that answers with postings, or
// the ATS board of a name that answers with the most product postings. It
// prints what each try found.
func probeCandidates(ctx context.Context, s configs.CrawlSettings, cands []skillgap.Source, noDelay bool, log *slog.Logger, w io.Writer) (skillgap.Source, string, error) {
	for i := range cands {
		cands[i].Name = fmt.Sprintf("try-%d-%s", i, cands[i].Kind)
		if cands[i].Kind == skillgap.JSONLD {
			cands[i].MaxPages, cands[i].MaxDepth = 2, 1 // the page and one job page it links to
		}
	}
	o := crawlerOptions(s, noDelay, log)
	o.Retries = -1
	cr, err := crawler.New(o)
	if err != nil {
		return skillgap.Source{}, "", err
	}
	isURL := cands[0].URL != ""
	batches := [][]skillgap.Source{cands} // a name: the three APIs at once (three hosts)
	if isURL {
		batches = nil // a URL: one kind after the other, stopping at the first that fits
		for _, c := range cands {
			batches = append(batches, []skillgap.Source{c})
		}
	}
	var best *crawler.Result
	for _, batch := range batches {
		results, err := probe(ctx, cr, batch)
		if err != nil {
			return skillgap.Source{}, "", err
		}
		for _, r := range results {
			fmt.Fprintf(w, "  %-10s %s: %s\n", r.Source.Kind, boardOrHost(r.Source), probeText(r))
			if r.Err != nil || (isURL && len(r.Postings)+r.Dropped == 0) {
				continue
			}
			if best == nil || len(r.Postings) > len(best.Postings) || (len(r.Postings) == len(best.Postings) && r.Dropped > best.Dropped) {
				best = &r
			}
		}
		if best != nil {
			break
		}
	}
	if best == nil {
		what := "no Greenhouse, Lever or Ashby board answered"
		if isURL {
			what = "neither a job feed nor a page with JobPosting JSON-LD (or links to one)"
		}
		return skillgap.Source{}, "", fmt.Errorf("sources add: %s: %w", what, errNoBoard)
	}
	src := best.Source
	src.Name, src.MaxPages, src.MaxDepth = "", 0, 0
	return src, probeText(*best), nil
}

// errNoBoard: sources add found no board to add.
var errNoBoard = errors.New("nothing added")

// probe crawls srcs once and returns their results in srcs' order.
func probe(ctx context.Context, cr *crawler.Crawler, srcs []skillgap.Source) ([]crawler.Result, error) {
	var mu sync.Mutex
	by := map[string]crawler.Result{}
	err := cr.Crawl(ctx, srcs, nil, func(r crawler.Result) error {
		mu.Lock()
		defer mu.Unlock()
		by[r.Source.Name] = r
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]crawler.Result, 0, len(srcs))
	for _, s := range srcs {
		if r, ok := by[s.Name]; ok {
			out = append(out, r)
		}
	}
	return out, nil
}

// probeText says what one try found: "34 postings, 3 product roles".
func probeText(r crawler.Result) string {
	if r.Err != nil {
		var se *crawler.SourceError
		if errors.As(r.Err, &se) {
			return se.Err.Error()
		}
		return r.Err.Error()
	}
	return fmt.Sprintf("%s, %d product %s", skillgap.Plural(len(r.Postings)+r.Dropped, "posting"), len(r.Postings), skillgap.PluralNoun(len(r.Postings), "role"))
}

// boardOrHost names a source's board, or the host of its URL.
func boardOrHost(src skillgap.Source) string {
	if src.Board != "" {
		return src.Board
	}
	if u, err := url.Parse(src.URL); err == nil && u.Host != "" {
		return u.Host
	}
	return src.URL
}

// sameSource finds a source in list with src's kind and board (ignoring
// case) or URL, and returns its name.
func sameSource(list []skillgap.Source, src skillgap.Source) (string, bool) {
	for _, s := range list {
		if s.Kind != src.Kind {
			continue
		}
		if (src.Board != "" && strings.EqualFold(s.Board, src.Board)) || (src.URL != "" && s.URL == src.URL) {
			return s.Name, true
		}
	}
	return "", false
}
