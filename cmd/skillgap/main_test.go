package main

import (
	"context"
	"os"
	"testing"
)

// TestMain lets tests run the CLI as a real child process: the test binary
// re-executes itself with SKILLGAP_TEST_MAIN=1 and behaves as skillgap.
func TestMain(m *testing.M) {
	if os.Getenv("SKILLGAP_TEST_MAIN") == "1" {
		os.Exit(run(context.Background(), append([]string{"skillgap"}, os.Args[1:]...), os.Stdout, os.Stderr, os.Getenv))
	}
	os.Exit(m.Run())
}
