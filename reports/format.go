package reports

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/skillgap/skillgap"
)

// The formatters below are the only ones a report, a table or a summary
// uses, so that a share, a change or a date reads the same everywhere.

// Percent writes a 0–1 share as a whole percentage: "41%". A share above
// zero that would round to 0% is "<1%", so that a rare skill never reads as
// asked by nobody.
func Percent(share float64) string {
	if share > 0 && share < 0.005 {
		return "<1%"
	}
	return formatFloat(share*100, 0) + "%"
}

// Points writes a change in percentage points with its sign and at most one
// decimal: "+29 points", "-4.5 points", "0 points", "+1 point".
func Points(d float64) string {
	s := formatFloat(math.Round(d*10)/10, -1)
	if s != "0" && !strings.HasPrefix(s, "-") {
		s = "+" + s
	}
	if s == "+1" || s == "-1" {
		return s + " point"
	}
	return s + " points"
}

// Hours writes an hour count without trailing zeros, to the quarter hour:
// 3, 1.5, 0.25.
func Hours(h float64) string {
	return formatFloat(math.Round(h*100)/100, -1)
}

// HoursCount writes an hour count with its unit, as Hours rounds it:
// "1 hour", "1.5 hours", "0 hours".
func HoursCount(h float64) string {
	s := Hours(h)
	if s == "1" {
		return s + " hour"
	}
	return s + " hours"
}

// Thousands writes n with thousands separators: 12,345.
func Thousands(n int) string {
	if n < 0 {
		return "-" + Thousands(-n)
	}
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// PValue writes a p-value the way a reader expects: p<0.001 or p=0.012; a
// value just under 0.05 that would round to 0.050 is p<0.05, so that a
// significant change never reads as p=0.050.
func PValue(p float64) string {
	if p < 0.001 {
		return "p<0.001"
	}
	s := strconv.FormatFloat(p, 'f', 3, 64)
	if p < 0.05 && s == "0.050" {
		return "p<0.05"
	}
	return "p=" + s
}

// Day writes t as a calendar day, 2026-03-31, or "—" when t is zero.
func Day(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.Format(skillgap.DateLayout)
}

// WriteJSON writes v to w as indented JSON, the one layout of every --json
// output and JSON report.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// WriteFile writes a file atomically: render writes into a temporary file
// beside path, which is synced and renamed over path only when everything
// succeeded, so that a reader (or a crash) sees the old file or the new one,
// never half of one. The file gets mode 0644.
func WriteFile(path string, render func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing to remove
	if err := render(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
