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
	"slices"
	"strings"
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
	if err := writeSnapshotDay(dataDir, configs.DemoAsOf()); err != nil {
		return err
	}
	return demoAnalyse(ctx, opts, dataDir, stdout)
}

// snapshotFile, in a data directory, names the day the directory's market is a
// snapshot of. The demo writes it; commands that date their work (plan, review)
// take that day for today unless --as-of says otherwise, so that the demo plan,
// made on that day, is not already behind when it is reviewed later.
const snapshotFile = "snapshot-day"

func writeSnapshotDay(dataDir string, day time.Time) error {
	text := skillgap.DateOf(day).String() + "\n"
	if err := os.WriteFile(filepath.Join(dataDir, snapshotFile), []byte(text), 0o644); err != nil {
		return fmt.Errorf("record the sample market's day: %w", err)
	}
	return nil
}

// snapshotDay reads the snapshot day of dataDir; ok is false for a live one.
func snapshotDay(dataDir string) (day skillgap.Date, ok bool, err error) {
	b, err := os.ReadFile(filepath.Join(dataDir, snapshotFile))
	if errors.Is(err, fs.ErrNotExist) {
		return skillgap.Date{}, false, nil
	}
	if err != nil {
		return skillgap.Date{}, false, fmt.Errorf("read snapshot day: %w", err)
	}
	day, err = skillgap.ParseDate(strings.TrimSpace(string(b)))
	if err != nil {
		return skillgap.Date{}, false, fmt.Errorf("%s: %w", filepath.Join(dataDir, snapshotFile), err)
	}
	return day, true, nil
}

// datedBySnapshot sets --as-of to the data directory's snapshot day when the
// command has that flag, the user did not give it, and the directory is a
// snapshot; it says so on stderr.
func (e *env) datedBySnapshot(next cli.BeforeFunc) cli.BeforeFunc {
	return func(c *cli.Context) error {
		if slices.ContainsFunc(c.Command.Flags, func(f cli.Flag) bool { return slices.Contains(f.Names(), "as-of") }) && !c.IsSet("as-of") {
			dir, err := e.dataDir(c)
			if err != nil {
				return err
			}
			day, ok, err := snapshotDay(dir)
			if err != nil {
				return err
			}
			if ok {
				if err := c.Set("as-of", day.String()); err != nil {
					return err
				}
				fmt.Fprintf(e.stderr, "skillgap: %s is a snapshot of the market on %s; dating this %s by that day (--as-of overrides)\n", dir, day, c.Command.Name)
			}
		}
		return callNext(next, c)
	}
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
	planPath := filepath.Join(opts.Out, "plan.yaml")
	g := gapOptions{DataDir: dataDir, Inventory: invPath, Window: market.DefaultWindow, Weights: analyze.DefaultWeights(), Now: now}
	pr, err := makePlan(ctx, g, analyze.PlanOptions{}, planPath)
	if err != nil {
		return err
	}
	r := pr.report(now)
	written := []string{invPath, planPath}
	for _, f := range []struct{ format, name string }{{"md", "report.md"}, {"html", "report.html"}, {"json", "report.json"}, {"ics", "plan.ics"}} {
		path := filepath.Join(opts.Out, f.name)
		if err := writeReport(f.format, path, nil, r); err != nil {
			return err
		}
		written = append(written, path)
	}
	if err := reports.DemoText(stdout, &pr.rep, &pr.plan, written, dataDir, opts.Out); err != nil {
		return err
	}
	if pr.kept > 0 {
		fmt.Fprintf(stdout, "Kept your edits on %s of %s.\n", skillgap.Plural(pr.kept, "task"), planPath)
	}
	return nil
}
