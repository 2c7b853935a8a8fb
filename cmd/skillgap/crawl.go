package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"text/tabwriter"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/configs"
	"github.com/skillgap/skillgap/crawler"
	"github.com/skillgap/skillgap/ingest"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"
)

// crawlOptions are the inputs of runCrawl.
type crawlOptions struct {
	DataDir     string
	SourcesFile string // empty: DataDir/sources.yaml, else the shipped example
	Taxonomy    string // extra taxonomy file; empty means none
	JSON        bool
	// Sources replaces the file when set (demo).
	Sources *configs.Sources
	// NoDelay turns politeness delays off (demo, tests against local servers).
	NoDelay bool
	// Progress draws a progress bar on this writer when it is a terminal, else
	// prints plain progress lines. Nil means no progress.
	Progress io.Writer
	Now      func() time.Time
	// Fresh fetches every source, even those a recently interrupted crawl
	// finished (which are skipped otherwise: the crawl resumes).
	Fresh bool
}

// crawlSummary is what a crawl did, printed at the end and with --json.
type crawlSummary struct {
	ingest.Summary
	// Skipped counts the sources an interrupted crawl had finished, which this
	// one did not fetch again.
	Skipped int `json:"skipped"`
}

func crawlCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "crawl",
		Usage:     "crawl the configured job boards into the trend index",
		ArgsUsage: " ",
		Description: "Reads sources.yaml (--sources, else DATA/sources.yaml, else the shipped example),\n" +
			"fetches each board politely (robots.txt, per-host delay, Retry-After), keeps product\n" +
			"roles, extracts their skills and upserts them into the index. Unchanged boards cost one\n" +
			"request. Exit code 3 means some sources failed and the rest were kept.\n\n" +
			"A crawl interrupted less than 12 hours ago resumes: the sources it finished are not\n" +
			"fetched again (--fresh fetches everything). --quiet prints one summary line, for a\n" +
			"daily cron job or systemd timer; DATA/sources-status.yaml records each source's last\n" +
			"crawl (skillgap sources check shows it).\n\n" +
			"Example:\n   skillgap crawl --sources my-sources.yaml\n   skillgap crawl --json | jq '.sources[] | {name, new, errors}'\n   skillgap crawl --quiet",
		Flags: []cli.Flag{
			dataFlag(), jsonFlag(),
			&cli.StringFlag{Name: "sources", Usage: "sources `FILE` (YAML)"},
			&cli.StringFlag{Name: "taxonomy", Usage: "extra skill taxonomy `FILE` merged over the shipped one"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress, one summary line (cron, systemd timers); the exit code tells the rest"},
			&cli.BoolFlag{Name: "fresh", Usage: "fetch every source, even those an interrupted crawl finished"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("crawl takes no arguments (got %q)", c.Args().First())
			}
			if c.Bool("quiet") && c.Bool("json") {
				return usagef("crawl: --quiet and --json both say how to print the summary; give one")
			}
			dir, err := e.dataDir(c)
			if err != nil {
				return err
			}
			opts := crawlOptions{DataDir: dir, SourcesFile: c.String("sources"), Taxonomy: c.String("taxonomy"), JSON: c.Bool("json"),
				Progress: e.stderr, Fresh: c.Bool("fresh")}
			if c.Bool("quiet") {
				opts.Progress = nil
			}
			sum, err := runCrawl(c.Context, opts, e.log)
			write := writeCrawlSummary
			if c.Bool("quiet") {
				write = writeQuietSummary
			}
			if werr := write(e.stdout, sum, opts.JSON); werr != nil && err == nil {
				err = werr
			}
			return err
		},
	}
}

// loadSources reads the sources file the options name.
func loadSources(opts crawlOptions) (configs.Sources, string, error) {
	if opts.Sources != nil {
		return *opts.Sources, "built-in", nil
	}
	path := opts.SourcesFile
	if path == "" {
		p := filepath.Join(opts.DataDir, "sources.yaml")
		if _, err := os.Stat(p); err == nil {
			path = p
		}
	}
	if path == "" {
		s, err := configs.LoadSources(bytes.NewReader(configs.SourcesExample()), "sources.example.yaml (shipped)")
		return s, shippedSources, err
	}
	f, err := os.Open(path)
	if err != nil {
		return configs.Sources{}, path, fmt.Errorf("read sources: %w", err)
	}
	defer f.Close()
	s, err := configs.LoadSources(f, path)
	return s, path, err
}

// runCrawl crawls every source into the index in opts.DataDir.
func runCrawl(ctx context.Context, opts crawlOptions, log *slog.Logger) (crawlSummary, error) {
	srcs, from, err := loadSources(opts)
	if err != nil {
		return crawlSummary{}, err
	}
	log.Info("crawl", "sources", len(srcs.Sources), "from", from)
	if note := sourcesNote(from, opts.DataDir); note != "" && opts.Progress != nil {
		fmt.Fprintln(opts.Progress, "skillgap:", note) // never silently
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	prog := newProgress(opts.Progress)
	defer prog.finish()
	rec, todo, err := newStatusRecorder(opts.DataDir, srcs.Sources, opts.Fresh, opts.Now, prog)
	if err != nil {
		return crawlSummary{}, err
	}
	copts := crawlerOptions(srcs.Settings, opts.NoDelay, log)
	prog.announce(rec.Skipped, todo, copts.Delay)
	isum, err := ingest.Crawl(ctx, opts.DataDir, todo, copts, ingest.Options{
		Skills:   func() ([]skillgap.Skill, error) { return loadTaxonomy(opts.Taxonomy, opts.DataDir) },
		Now:      opts.Now,
		Progress: rec,
		Logger:   log,
	})
	sum := crawlSummary{Summary: isum, Skipped: rec.Skipped}
	if ctx.Err() == nil && sum.Failed < len(sum.Sources) { // something live was written
		if derr := dropSnapshotDay(opts.DataDir); derr != nil && err == nil {
			err = derr
		}
	}
	completed := ctx.Err() == nil && (err == nil || errors.Is(err, ingest.ErrPartial) || (len(sum.Sources) > 0 && sum.Failed == len(sum.Sources)))
	if serr := rec.finish(!completed); serr != nil && err == nil {
		err = serr
	}
	return sum, err
}

// crawlerOptions translates the file's settings into the crawler's options.
func crawlerOptions(s configs.CrawlSettings, noDelay bool, log *slog.Logger) crawler.Options {
	o := crawler.Options{
		UserAgent:    s.UserAgent,
		Delay:        s.DelayDuration(),
		Parallelism:  s.Parallelism,
		Timeout:      s.TimeoutDuration(),
		MaxBodyBytes: s.MaxBodyBytes,
		Retries:      s.Retries,
		Include:      s.Include,
		Exclude:      s.Exclude,
		Logger:       log,
	}
	if noDelay || (s.Delay != "" && o.Delay == 0) { // an explicit "0s" turns delays off
		o.Delay = -1
	}
	return o
}

// writeCrawlSummary prints the per-source summary, as a table or as JSON.
func writeCrawlSummary(w io.Writer, sum crawlSummary, asJSON bool) error {
	if asJSON {
		if sum.Sources == nil {
			sum.Sources = []ingest.Source{}
		}
		enc := json.NewEncoder(w)
		return enc.Encode(sum)
	}
	if len(sum.Sources) == 0 {
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tKIND\tPOSTINGS\tNEW\tUPDATED\tCLOSED\tREQUESTS\tSTATUS")
	for _, s := range sum.Sources {
		status := crawlStatus(s)
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%s\n", s.Name, s.Kind, s.Postings, s.New, s.Updated, s.Closed, s.Requests, status)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	crawlFailures(w, sum.Sources)
	_, err := fmt.Fprintln(w, crawlTotals(sum.Summary)+skippedText(sum.Skipped)+".")
	return err
}

// writeQuietSummary prints crawl --quiet's one line.
func writeQuietSummary(w io.Writer, sum crawlSummary, _ bool) error {
	failed, closed := "", 0
	for _, s := range sum.Sources {
		closed += s.Closed
	}
	if sum.Failed > 0 {
		failed = fmt.Sprintf(", %d failed", sum.Failed)
		for _, s := range sum.Sources {
			if len(s.Errors) > 0 {
				failed += " (first: " + s.Name + ")"
				break
			}
		}
	}
	_, err := fmt.Fprintf(w, "skillgap crawl: %s from %s (%d new, %d closed)%s in %.0fs%s\n",
		skillgap.Plural(sum.Postings, "product posting"), skillgap.Plural(len(sum.Sources), "source"), sum.New, closed, failed, sum.Seconds, skippedText(sum.Skipped))
	return err
}

// skippedText says how many sources a resumed crawl skipped.
func skippedText(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("; resumed: %s an interrupted crawl finished not fetched again", skillgap.Plural(n, "source"))
}

// progress shows crawl progress: a bar on a terminal, plain lines otherwise.
// It is the ingest.Progress of crawl and demo.
type progress struct {
	w   io.Writer
	bar *progressbar.ProgressBar
	// For the plain lines' estimate of the time left.
	start       time.Time
	total, done int
}

func newProgress(w io.Writer) *progress { return &progress{w: w} }

// Begin draws the bar when w is a terminal.
func (p *progress) Begin(sources int) {
	p.start, p.total = time.Now(), sources
	if f, ok := p.w.(*os.File); ok && sources > 0 && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions(sources,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetDescription("crawling"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetItsString("sources"),
			progressbar.OptionSetPredictTime(true), // [elapsed:left], the ETA
			progressbar.OptionClearOnFinish(),
		)
	}
}

// Fetch shows the source being crawled on the bar.
func (p *progress) Fetch(ev crawler.Progress) {
	if p.bar != nil && !ev.Done {
		p.bar.Describe(fmt.Sprintf("%-20.20s %4d requests %5d postings", ev.Source, ev.Requests, ev.Postings))
	}
}

// Done advances the bar, or prints the source's line.
func (p *progress) Done(s ingest.Source) {
	switch {
	case p.bar != nil:
		p.bar.Add(1)
	case p.w != nil:
		status := fmt.Sprintf("%d postings, %d new", s.Postings, s.New)
		if s.NotModified {
			status = "unchanged"
		}
		if len(s.Errors) > 0 {
			status = "failed: " + crawlStatus(s)
		}
		p.done++
		fmt.Fprintf(p.w, "crawled %s (%s): %s%s\n", s.Name, s.Kind, status, p.left())
	}
}

// left is the plain lines' estimate of the time left, from the pace so far,
// once a crawl of many sources has done a few.
func (p *progress) left() string {
	if p.total < 20 || p.done < 5 || p.done >= p.total {
		return ""
	}
	rest := time.Duration(float64(time.Since(p.start)) / float64(p.done) * float64(p.total-p.done))
	return fmt.Sprintf(" [%d/%d, about %s left]", p.done, p.total, configs.AboutDuration(rest))
}

// announce says, before a crawl, what a resumed crawl skips and how long a
// polite crawl of many sources takes at least.
func (p *progress) announce(skipped int, todo []skillgap.Source, delay time.Duration) {
	if p.w == nil {
		return
	}
	if skipped > 0 {
		fmt.Fprintf(p.w, "Resuming an interrupted crawl: %s it finished are not fetched again (--fresh fetches them).\n", skillgap.Plural(skipped, "source"))
	}
	if d := crawlEstimate(todo, delay); delay >= 0 && d >= 30*time.Second {
		fmt.Fprintf(p.w, "Crawling %s politely (%s between requests to one host): at least about %s.\n",
			skillgap.Plural(len(todo), "source"), max(delay, time.Second), configs.AboutDuration(d))
	}
}

// finish clears the bar.
func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
