// Command skillgap crawls product-management job postings, extracts the skills they
// ask for, compares them with the user's skill inventory and writes a SMART
// development plan.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/pprof"
	"syscall"

	"github.com/skillgap/skillgap/ingest"
)

// Exit codes.
const (
	exitOK          = 0
	exitError       = 1
	exitUsage       = 2
	exitPartial     = 3
	exitInterrupted = 130
)

// usageError marks a mistake in how the command was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	stopProfile := startProfile(os.Getenv("SKILLGAP_CPUPROFILE"), os.Stderr)
	code := run(ctx, os.Args, os.Stdout, os.Stderr, os.Getenv)
	stopProfile()
	os.Exit(code)
}

// startProfile writes a CPU profile of the whole run to path, when set
// (SKILLGAP_CPUPROFILE, for measuring: scripts/bench-crawl.sh PROFILE=…),
// and returns what stops it.
func startProfile(path string, stderr io.Writer) func() {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintln(stderr, "skillgap: SKILLGAP_CPUPROFILE:", err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

// run runs the app and maps its error to an exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	app := newApp(stdout, stderr, getenv, logger)
	app.Metadata = map[string]any{argsKey: args} // for flagHint at the app's level
	err := app.RunContext(ctx, args)
	return exitCode(ctx, err, stderr)
}

func exitCode(ctx context.Context, err error, stderr io.Writer) int {
	var uerr usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, ingest.ErrPartial):
		fmt.Fprintln(stderr, "skillgap:", err)
		return exitPartial
	case ctx.Err() != nil || errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "skillgap: interrupted; work done so far is kept")
		return exitInterrupted
	case errors.As(err, &uerr):
		fmt.Fprintln(stderr, "skillgap:", err)
		return exitUsage
	default:
		fmt.Fprintln(stderr, "skillgap:", err)
		return exitError
	}
}
