package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/configs"
	"github.com/skillgap/skillgap/crawler"
	"github.com/skillgap/skillgap/market"
	"github.com/skillgap/skillgap/reports"
	"github.com/urfave/cli/v2"
)

// demoOptions are the inputs of runDemo.
type demoOptions struct {
	Out string // output directory; the data directory is Out/data
}

func demoCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "demo",
		Usage: "run the whole pipeline offline on the embedded sample market",
		Description: "Serves the bundled sample job boards (a sample market written for skillgap, not real\n" +
			"data) on 127.0.0.1, crawls them with the real crawler into a fresh data directory,\n" +
			"analyses the bundled sample inventory, and writes the gap report and plan into --out.\n\n" +
			"Example:\n   skillgap demo\n   skillgap trends --data skillgap-demo/data",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "out", Value: "skillgap-demo", Usage: "output `DIR` (its data/ subdirectory is replaced)"},
		},
		Action: func(c *cli.Context) error {
			return runDemo(c.Context, demoOptions{Out: c.String("out")}, e.stdout, e.stderr, e.log)
		},
	}
}

// serveDemo serves the sample market on a free loopback port until ctx ends.
func serveDemo(ctx context.Context) (base string, stop func(), err error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, fmt.Errorf("serve sample market: %w", err)
	}
	srv := &http.Server{Handler: crawler.DemoHandler(configs.DemoFS()), ReadHeaderTimeout: 5 * time.Second}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			_ = err // the crawl reports what failed to load
		}
	}()
	stop = func() {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
		<-done
	}
	return "http://" + ln.Addr().String(), stop, nil
}

// runDemo runs the pipeline on the sample market.
func runDemo(ctx context.Context, opts demoOptions, stdout, stderr io.Writer, log *slog.Logger) error {
	dataDir := filepath.Join(opts.Out, "data")
	if err := os.RemoveAll(dataDir); err != nil {
		return fmt.Errorf("clear %s: %w", dataDir, err)
	}
	base, stop, err := serveDemo(ctx)
	if err != nil {
		return err
	}
	defer stop()
	fmt.Fprintf(stdout, "Serving the sample market (written for skillgap, not real data) on %s\n", base)
	srcs := configs.Sources{Sources: configs.DemoSources(base)}
	// The sample market is a snapshot: crawl it "on" its snapshot day, so that
	// first-seen dates (and so the trend windows) are the same whenever the demo runs.
	sum, err := runCrawl(ctx, crawlOptions{DataDir: dataDir, Sources: &srcs, NoDelay: true, Progress: stderr, Now: configs.DemoAsOf}, log)
	if err != nil {
		writeCrawlSummary(stdout, sum, false)
		return fmt.Errorf("crawl the sample market: %w", err)
	}
	if err := writeCrawlSummary(stdout, sum, false); err != nil {
		return err
	}
	return demoAnalyse(ctx, opts, dataDir, stdout)
}

// demoAnalyse runs gap and plan for the sample inventory and writes the reports.
func demoAnalyse(ctx context.Context, opts demoOptions, dataDir string, stdout io.Writer) error {
	invPath := filepath.Join(opts.Out, "inventory.yaml")
	if _, err := os.Stat(invPath); errors.Is(err, fs.ErrNotExist) {
		if err := os.WriteFile(invPath, configs.InventoryExample(), 0o644); err != nil {
			return fmt.Errorf("write sample inventory: %w", err)
		}
	}
	// The demo's "today" is the sample market's snapshot day, like its crawl,
	// so that its plan dates (relative to that day) never age into the past.
	now := configs.DemoAsOf()
	g, err := measureGap(ctx, gapOptions{DataDir: dataDir, Inventory: invPath, Window: market.DefaultWindow, Weights: analyze.DefaultWeights(), Now: now})
	if err != nil {
		return err
	}
	rep := g.rep
	p, err := analyze.NewPlan(g.inv, rep, g.tax, analyze.PlanOptions{Now: now, Demand: g.demand})
	if err != nil {
		return planError(err)
	}
	planPath := filepath.Join(opts.Out, "plan.yaml")
	kept, err := keepEdits(planPath, &p, now)
	if err != nil {
		return err
	}
	fit, err := measureFit(ctx, gapOptions{DataDir: dataDir, Now: now}, g, &p)
	if err != nil {
		return err
	}
	analyze.QuoteFit(&p, fit)
	if err := writePlanFile(planPath, p); err != nil {
		return err
	}
	r := reports.Report{Generated: now, Gap: &rep, Plan: &p, Fit: &fit, Taxonomy: g.tax}
	written := []string{invPath, planPath}
	for _, f := range []struct{ format, name string }{{"md", "report.md"}, {"html", "report.html"}, {"json", "report.json"}, {"ics", "plan.ics"}} {
		path := filepath.Join(opts.Out, f.name)
		if err := writeReport(f.format, path, nil, r); err != nil {
			return err
		}
		written = append(written, path)
	}
	writeDemoSummary(stdout, rep, p, written, dataDir, opts.Out)
	if kept > 0 {
		fmt.Fprintf(stdout, "Kept your edits on %d tasks of %s.\n", kept, planPath)
	}
	return nil
}

// writeDemoSummary prints what the demo found and where it wrote it.
func writeDemoSummary(w io.Writer, rep skillgap.GapReport, p skillgap.Plan, written []string, dataDir, out string) {
	fmt.Fprintf(w, "\nGap analysis for %q (sample inventory): %d matching postings", rep.Target, rep.Postings)
	if rep.Basis != "" {
		fmt.Fprintf(w, " (%s)", rep.Basis)
	}
	fmt.Fprintln(w)
	for i, g := range rep.Gaps[:min(5, len(rep.Gaps))] {
		fmt.Fprintf(w, "  %d. %-32s %s\n", i+1, g.Name, g.Why)
	}
	fmt.Fprintf(w, "\nPlan: %d goals from %s to the target date %s; the first four:\n", len(p.Goals), p.Start, p.TargetBy)
	for _, g := range p.Goals[:min(4, len(p.Goals))] {
		fmt.Fprintf(w, "  - %s (%s term, %s h, due %s)\n", g.Title, g.Horizon, reports.Hours(g.Hours), g.Deadline)
	}
	fmt.Fprintln(w, "  Scope:", p.Scope.Text)
	fmt.Fprintln(w, "\nWrote:")
	for _, f := range written {
		fmt.Fprintln(w, "  "+f)
	}
	fmt.Fprintf(w, "\nNext: open %s, or explore the sample market:\n", filepath.Join(out, "report.html"))
	fmt.Fprintf(w, "  skillgap trends --data %s\n", dataDir)
	fmt.Fprintf(w, "  skillgap gap --data %s --inventory %s\n", dataDir, filepath.Join(out, "inventory.yaml"))
	fmt.Fprintf(w, "  skillgap review --data %s --plan %s\n", dataDir, filepath.Join(out, "plan.yaml"))
}
