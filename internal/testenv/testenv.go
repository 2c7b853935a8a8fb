// Package testenv lets a test say what its environment lacks. Outside CI the
// test skips and says why; under CI=true it fails instead, so CI never passes
// with a browser, tmpfs or shared-folder test left unrun. Only tests import it.
package testenv

import (
	"os"
	"testing"
)

// Missing skips t with the message, or fails it when the environment
// variable CI is "true" (as CI services and .ci/run set it).
func Missing(t testing.TB, format string, args ...any) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("CI=true, so this test may not skip: "+format, args...)
	}
	t.Skipf(format, args...)
}
