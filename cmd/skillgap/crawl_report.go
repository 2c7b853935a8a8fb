package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/crawler"
	"github.com/skillgap/skillgap/ingest"
)

// shippedSources names the shipped example list when crawl reads it.
const shippedSources = "the shipped example"

// crawlStatus is a source's STATUS cell: a few words; the errors themselves
// are listed below the table (crawlFailures).
func crawlStatus(s ingest.Source) string {
	switch {
	case len(s.Errors) > 0 && s.Reason != "":
		return s.Reason
	case len(s.Errors) > 0:
		return crawler.ReasonFailed
	case s.NotModified:
		return "unchanged"
	}
	return "ok"
}

// crawlFailures lists each failed source's errors in full, with its name
// (the errors name the URL), under the table; and says so when no host could
// be reached at all, which is the machine being offline, not the boards.
func crawlFailures(w io.Writer, sources []ingest.Source) {
	failed, unreachable, dns := 0, 0, 0
	for _, s := range sources {
		if len(s.Errors) == 0 {
			continue
		}
		if failed == 0 {
			fmt.Fprintln(w, "\nErrors:")
		}
		failed++
		for _, e := range s.Errors {
			fmt.Fprintf(w, "  %s: %s\n", s.Name, strings.TrimPrefix(e, "source "+s.Name+": "))
		}
		switch s.Reason {
		case crawler.ReasonDNS:
			dns++
			unreachable++
		case crawler.ReasonUnreachable:
			unreachable++
		}
	}
	switch {
	case failed == 0 || unreachable < len(sources):
	case dns == len(sources):
		fmt.Fprintln(w, "No host could be reached: every DNS lookup failed. Are you offline? Nothing was changed; run the crawl again once you are connected.")
	default:
		fmt.Fprintln(w, "No host could be reached. Are you offline? Nothing was changed; run the crawl again once you are connected.")
	}
}

// crawlTotals is the summary line under the table, without its full stop:
// postings read, new, unchanged boards and failures, with the wall time.
func crawlTotals(sum ingest.Summary) string {
	unchanged := 0
	for _, s := range sum.Sources {
		if s.NotModified && len(s.Errors) == 0 {
			unchanged++
		}
	}
	n := len(sum.Sources)
	if unchanged == n && n > 0 {
		return fmt.Sprintf("Nothing changed since the last crawl: %s unchanged, in %.1fs",
			plural2(n, "source", "all "), sum.Seconds)
	}
	s := fmt.Sprintf("%s from %s (%d new)", skillgap.Plural(sum.Postings, "product posting"), skillgap.Plural(n, "source"), sum.New)
	if unchanged > 0 {
		s += fmt.Sprintf(", %d unchanged since the last crawl", unchanged)
	}
	return s + fmt.Sprintf(", %d failed, in %.1fs", sum.Failed, sum.Seconds)
}

// plural2 is Plural with a word before the count for more than one
// ("all 32 sources", "1 source").
func plural2(n int, noun, many string) string {
	if n == 1 {
		return skillgap.Plural(n, noun)
	}
	return many + skillgap.Plural(n, noun)
}

// sourcesNote says where the sources came from when no sources.yaml was
// found, so that the shipped list is never used silently.
func sourcesNote(from, dataDir string) string {
	if from != shippedSources {
		return ""
	}
	return fmt.Sprintf("no %s: crawling the shipped example list of boards; "+
		"write your own with: skillgap sources init --data %s", filepath.Join(dataDir, sourcesFile), dataDir)
}

// dropSnapshotDay removes the demo's snapshot-day marker: once a live crawl
// has written into the data directory it is no longer a snapshot of the
// sample market's day, and plan and review date themselves by today again.
func dropSnapshotDay(dataDir string) error {
	err := os.Remove(filepath.Join(dataDir, snapshotFile))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("drop the sample market's day: %w", err)
	}
	return nil
}
