package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/configs"
	"github.com/skillgap/skillgap/crawler"
	"github.com/skillgap/skillgap/index"
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
}

// sourceSummary is one source's line of the crawl summary.
type sourceSummary struct {
	Name        string   `json:"name"`
	Kind        string   `json:"kind"`
	Postings    int      `json:"postings"`
	New         int      `json:"new"`
	Updated     int      `json:"updated"`
	Closed      int      `json:"closed"`
	Dropped     int      `json:"dropped"`
	NotModified bool     `json:"not_modified"`
	Requests    int      `json:"requests"`
	Errors      []string `json:"errors"`
}

// crawlSummary is what a crawl did, printed at the end and with --json.
type crawlSummary struct {
	Sources  []sourceSummary `json:"sources"`
	Postings int             `json:"postings"`
	New      int             `json:"new"`
	Failed   int             `json:"failed"`
	Seconds  float64         `json:"seconds"`
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
			"Example:\n   skillgap crawl --sources my-sources.yaml\n   skillgap crawl --json | jq '.sources[] | {name, new, errors}'",
		Flags: []cli.Flag{
			dataFlag(), jsonFlag(),
			&cli.StringFlag{Name: "sources", Usage: "sources `FILE` (YAML)"},
			&cli.StringFlag{Name: "taxonomy", Usage: "extra skill taxonomy `FILE` merged over the shipped one"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("crawl takes no arguments (got %q)", c.Args().First())
			}
			dir, err := e.dataDir(c)
			if err != nil {
				return err
			}
			opts := crawlOptions{DataDir: dir, SourcesFile: c.String("sources"), Taxonomy: c.String("taxonomy"), JSON: c.Bool("json"), Progress: e.stderr}
			sum, err := runCrawl(c.Context, opts, e.log)
			if werr := writeCrawlSummary(e.stdout, sum, opts.JSON); werr != nil && err == nil {
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
		return s, "the shipped example", err
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
	start := time.Now()
	if opts.Now == nil {
		opts.Now = time.Now
	}
	srcs, from, err := loadSources(opts)
	if err != nil {
		return crawlSummary{}, err
	}
	lock, err := index.LockDir(opts.DataDir)
	if err != nil {
		return crawlSummary{}, err
	}
	defer lock.Unlock()
	idx, err := index.Open(opts.DataDir)
	if err != nil {
		return crawlSummary{}, err
	}
	defer idx.Close()
	// Loading the taxonomy takes a good part of a short crawl, so the crawl
	// starts fetching meanwhile; the first posting to annotate waits for it.
	loaded := make(chan struct{})
	var ex *analyze.Annotator
	var exErr error
	go func() {
		defer close(loaded)
		skills, err := loadTaxonomy(opts.Taxonomy, opts.DataDir)
		if err == nil {
			ex, err = analyze.NewAnnotator(skills)
			idx.SetCategories(categories(skills)) // before the first write, which follows the first annotation
		}
		exErr = err
	}()
	defer func() { <-loaded }()
	extractor := func() (*analyze.Annotator, error) {
		<-loaded
		return ex, exErr
	}

	copts := crawlerOptions(srcs.Settings, opts.NoDelay, log)
	prog := newProgress(opts.Progress, len(srcs.Sources))
	copts.Progress = prog.update
	cr, err := crawler.New(copts)
	if err != nil {
		return crawlSummary{}, err
	}
	log.Info("crawl", "sources", len(srcs.Sources), "from", from)
	fps := make(map[string]string, len(srcs.Sources))
	for _, src := range srcs.Sources {
		fps[src.Name] = sourceFingerprint(src, srcs.Settings)
	}
	var sum crawlSummary
	report := func(s sourceSummary) { // from the crawl's and the writer's goroutines
		sum.add(s)
		prog.sourceDone(s)
	}
	prev := func(source string) string {
		v, err := idx.Validator(source)
		if err != nil {
			log.Warn("read crawl state", "source", source, "err", err)
		}
		return storedValidator(v, fps[source])
	}
	err = ingest(ctx, cr, idx, extractor, srcs.Sources, prev, fps, opts.Now, report)
	prog.finish()
	sum.Seconds = time.Since(start).Seconds()
	if err != nil {
		return sum, err
	}
	if sum.Failed > 0 {
		if sum.Failed == len(sum.Sources) {
			return sum, fmt.Errorf("every source failed (%d)", sum.Failed)
		}
		return sum, fmt.Errorf("%w: %d of %d", errPartial, sum.Failed, len(sum.Sources))
	}
	return sum, nil
}

// ingest crawls sources and writes what they yield to the index as the crawl
// goes: the crawl's goroutine extracts skills from each source's postings
// (with what extractor gives, once it is ready) and hands them to one writer, which writes several sources per batch (each
// validator in the batch of its postings). report is called once per source,
// never concurrently: at once for a source with nothing to write, else once
// its batch is written. A failed write stops the crawl.
func ingest(ctx context.Context, cr *crawler.Crawler, idx *index.Index, extractor func() (*analyze.Annotator, error), srcs []skillgap.Source,
	prev func(string) string, fps map[string]string, now func() time.Time, report func(sourceSummary)) error {
	var mu sync.Mutex
	summaries := map[string]sourceSummary{}
	updates := make(chan index.SourceUpdate)
	stopped := make(chan struct{})
	var writeErr error
	go func() {
		defer close(stopped)
		// Not ctx: what the crawl handed over is written even when it is
		// interrupted, so that the sources it finished are kept.
		writeErr = idx.WriteBatches(context.WithoutCancel(ctx), updates, index.BatchOptions{Now: now}, func(w index.Written) {
			mu.Lock()
			defer mu.Unlock()
			s := summaries[w.Update.Source]
			delete(summaries, w.Update.Source)
			s.New, s.Updated, s.Closed = w.Change.New, w.Change.Updated, w.Change.Closed
			if w.Err != nil {
				s.Errors = append(s.Errors, writeError(w.Err).Error())
			}
			report(s)
		})
	}()
	emit := func(r crawler.Result) error {
		s := sourceSummary{Name: r.Source.Name, Kind: r.Source.Kind, Postings: len(r.Postings), Dropped: r.Dropped,
			NotModified: r.NotModified, Requests: r.Requests, Errors: []string{}}
		if r.Err != nil {
			s.Errors = append(s.Errors, r.Err.Error())
		}
		if r.NotModified || (r.Err != nil && len(r.Postings) == 0) {
			mu.Lock()
			defer mu.Unlock()
			report(s)
			return nil
		}
		ex, err := extractor()
		if err != nil {
			return err
		}
		for i := range r.Postings {
			ex.Annotate(&r.Postings[i])
		}
		u := index.SourceUpdate{Source: r.Source.Name, Postings: r.Postings, Complete: r.Complete && r.Err == nil}
		if r.Validator != "" {
			u.Validator = fps[r.Source.Name] + " " + r.Validator
		}
		mu.Lock()
		summaries[s.Name] = s
		mu.Unlock()
		select {
		case updates <- u:
			return nil
		case <-stopped: // the writer failed: stop the crawl
			mu.Lock()
			defer mu.Unlock()
			delete(summaries, s.Name)
			s.Errors = append(s.Errors, writeError(writeErr).Error())
			report(s)
			return writeError(writeErr)
		}
	}
	err := cr.Crawl(ctx, srcs, prev, emit)
	close(updates)
	<-stopped
	if writeErr != nil {
		return writeError(writeErr)
	}
	if _, exErr := extractor(); exErr != nil {
		return exErr // not wrapped by the crawl: it is no source's fault
	}
	return err
}

// writeError is how a failed index write reads to the user.
func writeError(err error) error {
	return fmt.Errorf("write the index (crawl stopped; postings written before stay readable): %w", err)
}

// sourceFingerprint digests what decides which postings a source yields, so that
// a changed source or title filter is fetched afresh instead of being skipped
// as unchanged.
func sourceFingerprint(src skillgap.Source, s configs.CrawlSettings) string {
	b, _ := json.Marshal(struct {
		Src              skillgap.Source
		Include, Exclude []string
	}{src, s.Include, s.Exclude})
	sum := sha256.Sum256(b)
	return "cfg:" + hex.EncodeToString(sum[:8])
}

// storedValidator returns the board validator stored with fingerprint fp, or ""
// when the source's configuration changed since.
func storedValidator(stored, fp string) string {
	v, ok := strings.CutPrefix(stored, fp+" ")
	if !ok {
		return ""
	}
	return v
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

func (sum *crawlSummary) add(s sourceSummary) {
	sum.Sources = append(sum.Sources, s)
	sum.Postings += s.Postings
	sum.New += s.New
	if len(s.Errors) > 0 {
		sum.Failed++
	}
}

// writeCrawlSummary prints the per-source summary, as a table or as JSON.
func writeCrawlSummary(w io.Writer, sum crawlSummary, asJSON bool) error {
	if asJSON {
		if sum.Sources == nil {
			sum.Sources = []sourceSummary{}
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
		status := "ok"
		switch {
		case len(s.Errors) > 0:
			status = "error: " + s.Errors[0]
		case s.NotModified:
			status = "unchanged"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%s\n", s.Name, s.Kind, s.Postings, s.New, s.Updated, s.Closed, s.Requests, status)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%d product postings from %d sources (%d new) in %.1fs; %d source(s) failed\n",
		sum.Postings, len(sum.Sources), sum.New, sum.Seconds, sum.Failed)
	return err
}

// progress shows crawl progress: a bar on a terminal, plain lines otherwise.
type progress struct {
	w   io.Writer
	bar *progressbar.ProgressBar
}

func newProgress(w io.Writer, sources int) *progress {
	p := &progress{w: w}
	if w == nil {
		return p
	}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions(sources,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("crawling"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetItsString("sources"),
			progressbar.OptionClearOnFinish(),
		)
	}
	return p
}

func (p *progress) update(ev crawler.Progress) {
	if p.bar != nil && !ev.Done {
		p.bar.Describe(fmt.Sprintf("%-20.20s %4d requests %5d postings", ev.Source, ev.Requests, ev.Postings))
	}
}

func (p *progress) sourceDone(s sourceSummary) {
	switch {
	case p.bar != nil:
		p.bar.Add(1)
	case p.w != nil:
		status := fmt.Sprintf("%d postings, %d new", s.Postings, s.New)
		if s.NotModified {
			status = "unchanged"
		}
		if len(s.Errors) > 0 {
			status = "failed: " + s.Errors[0]
		}
		fmt.Fprintf(p.w, "crawled %s (%s): %s\n", s.Name, s.Kind, status)
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
