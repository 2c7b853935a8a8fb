package main

import (
	"bytes"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/configs"
	"github.com/skillgap/skillgap/crawler"
	"github.com/skillgap/skillgap/ingest"
)

// TestCrawlUnreachableHost: a host that refuses connections is "cannot reach
// host", never a robots.txt block; the STATUS cell stays short and the error,
// with its source and URL, is listed below the table.
func TestCrawlUnreachableHost(t *testing.T) {
	srv, _ := demoServer(t, nil)
	dead := httptest.NewServer(nil)
	deadURL := dead.URL
	dead.Close() // connections are refused from here on
	srcs := configs.DemoSources(srv.URL)[:2]
	srcs = append(srcs, skillgap.Source{Name: "gone", Kind: skillgap.Lever, Board: "gone", BaseURL: deadURL})
	code, out, stderr := runCLI(t, "crawl", "--sources", writeSources(t, srcs), "--data", t.TempDir())
	if code != exitPartial {
		t.Fatalf("exit %d; want %d (partial)\n%s\n%s", code, exitPartial, out, stderr)
	}
	table, errs, _ := strings.Cut(out, "\nErrors:\n")
	for line := range strings.Lines(table) {
		if len([]rune(line)) > 100 {
			t.Errorf("table line of %d characters; want the status short:\n%s", len([]rune(line)), line)
		}
		if strings.HasPrefix(line, "gone ") && !strings.Contains(line, crawler.ReasonUnreachable) {
			t.Errorf("status of the dead source: %q; want %q", line, crawler.ReasonUnreachable)
		}
	}
	if strings.Contains(out, "robots") {
		t.Errorf("an unreachable host reads as a robots.txt block:\n%s", out)
	}
	if !strings.Contains(errs, "  gone: GET "+deadURL) || !strings.Contains(errs, "cannot reach host 127.0.0.1") {
		t.Errorf("errors below the table: %q; want the source, its URL and the cause", errs)
	}
}

// TestCrawlOffline: when no host can be reached, the summary says the
// machine looks offline, naming DNS when every lookup failed.
func TestCrawlOffline(t *testing.T) {
	src := func(name, reason string) ingest.Source {
		return ingest.Source{Name: name, Kind: skillgap.Ashby, Reason: reason,
			Errors: []string{"source " + name + ": GET https://api.ashbyhq.com/…: cannot reach host api.ashbyhq.com (DNS): lookup api.ashbyhq.com: no such host"}}
	}
	tests := []struct {
		name    string
		sources []ingest.Source
		want    string
	}{
		{"every lookup failed", []ingest.Source{src("a", crawler.ReasonDNS), src("b", crawler.ReasonDNS)}, "every DNS lookup failed. Are you offline?"},
		{"nothing answered", []ingest.Source{src("a", crawler.ReasonDNS), src("b", crawler.ReasonUnreachable)}, "No host could be reached. Are you offline?"},
		{"one board is down", []ingest.Source{src("a", crawler.ReasonDNS), {Name: "b", Kind: skillgap.Ashby, Postings: 3}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			var sum crawlSummary
			sum.Sources = tt.sources
			if err := writeCrawlSummary(&b, sum, false); err != nil {
				t.Fatal(err)
			}
			if got := b.String(); (tt.want == "") == strings.Contains(got, "offline") || !strings.Contains(got, tt.want) {
				t.Errorf("got\n%s\nwant %q", got, tt.want)
			}
			if !strings.Contains(b.String(), "  a: GET https://api.ashbyhq.com/") {
				t.Errorf("got\n%s\nwant the error of a below the table", b.String())
			}
		})
	}
}

// TestCrawlUnchanged: a second crawl of unchanged boards says nothing changed
// instead of "0 product postings from 15 sources".
func TestCrawlUnchanged(t *testing.T) {
	srv, _ := demoServer(t, nil)
	sources, data := writeSources(t, configs.DemoSources(srv.URL)), t.TempDir()
	if code, _, stderr := runCLI(t, "crawl", "--sources", sources, "--data", data); code != exitOK {
		t.Fatalf("first crawl: exit %d: %s", code, stderr)
	}
	code, out, stderr := runCLI(t, "crawl", "--sources", sources, "--data", data)
	if code != exitOK {
		t.Fatalf("second crawl: exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "Nothing changed since the last crawl: all 15 sources unchanged") || strings.Contains(out, "0 product postings") {
		t.Errorf("second crawl says\n%s\nwant that nothing changed", out)
	}
}

// TestCrawlShippedSourcesSaid: without a sources.yaml, crawl says it uses the
// shipped list and how to write one (the crawl itself would go to the
// network, so only the choice is run here).
func TestCrawlShippedSourcesSaid(t *testing.T) {
	data := t.TempDir()
	_, from, err := loadSources(crawlOptions{DataDir: data})
	if err != nil || from != shippedSources {
		t.Fatalf("loadSources with no file: from %q, %v; want %q", from, err, shippedSources)
	}
	if note := sourcesNote(from, data); !strings.Contains(note, "skillgap sources init --data "+data) {
		t.Errorf("note %q; want the command that writes sources.yaml", note)
	}
	if note := sourcesNote(filepath.Join(data, "sources.yaml"), data); note != "" {
		t.Errorf("note %q for a sources.yaml; want none", note)
	}
}

// TestCrawlDropsSnapshotDay: a live crawl into the demo's data directory
// drops its snapshot day, so plan and review date themselves by today again.
func TestCrawlDropsSnapshotDay(t *testing.T) {
	srv, _ := demoServer(t, nil)
	data := t.TempDir()
	if err := writeSnapshotDay(data, configs.DemoAsOf()); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI(t, "crawl", "--sources", writeSources(t, configs.DemoSources(srv.URL)[:1]), "--data", data); code != exitOK {
		t.Fatalf("crawl: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(data, snapshotFile)); !os.IsNotExist(err) {
		t.Errorf("snapshot day after a live crawl: %v; want it gone", err)
	}
}
