package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/skillgap/skillgap/configs"
	"github.com/skillgap/skillgap/crawler"
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
	sum, err := runCrawl(ctx, crawlOptions{DataDir: dataDir, Sources: &srcs, NoDelay: true, Progress: stderr}, log)
	if err != nil {
		writeCrawlSummary(stdout, sum, false)
		return fmt.Errorf("crawl the sample market: %w", err)
	}
	if err := writeCrawlSummary(stdout, sum, false); err != nil {
		return err
	}
	return demoAnalyse(ctx, opts, dataDir, stdout, log)
}

// demoAnalyse runs gap and plan on the sample inventory and writes the reports.
func demoAnalyse(ctx context.Context, opts demoOptions, dataDir string, stdout io.Writer, log *slog.Logger) error {
	fmt.Fprintf(stdout, "\nIndex: %s\nTry:   skillgap trends --data %s\n", dataDir, dataDir)
	return nil
}
