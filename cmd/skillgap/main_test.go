package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"testing"

	"github.com/skillgap/skillgap/index"
)

// TestMain lets tests run the CLI as a real child process: the test binary
// re-executes itself with SKILLGAP_TEST_MAIN=1 and behaves as skillgap, with
// main's signal handling (SIGINT cancels the run).
//
// With SKILLGAP_TEST_TRACE=1 the child also reports every step of every index
// write on stderr ("skillgap-test-trace: write 3 batch") and then waits for a
// line on stdin before it goes on, so that a test can kill it at a chosen
// moment inside a write.
func TestMain(m *testing.M) {
	if os.Getenv("SKILLGAP_TEST_MAIN") == "1" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		if os.Getenv("SKILLGAP_TEST_TRACE") == "1" {
			in := bufio.NewReader(os.Stdin)
			ctx = index.WithWriteTrace(ctx, func(write int, step index.WriteStep) {
				fmt.Fprintf(os.Stderr, "%s write %d %s\n", tracePrefix, write, step)
				in.ReadString('\n')
			})
		}
		code := run(ctx, append([]string{"skillgap"}, os.Args[1:]...), os.Stdout, os.Stderr, os.Getenv)
		stop()
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// tracePrefix starts the lines a traced child writes at each index write step.
const tracePrefix = "skillgap-test-trace:"
