package crawler

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/temoto/robotstxt"
)

// maxCrawlDelay caps a robots.txt Crawl-delay, so that a typo of a site's does
// not stall a crawl for days.
const maxCrawlDelay = 5 * time.Minute

// robotsEntry is the robots.txt of one origin, fetched once per crawl.
type robotsEntry struct {
	done  chan struct{}    // closed once group and err are set
	group *robotstxt.Group // the rules for our agent; nil allows everything
	err   error            // wraps ErrRobots: the host is not to be crawled now
}

// robotsAgent is the product token matched against robots.txt User-agent
// lines: the first token of the User-Agent ("skillgap" in "skillgap/0.1 (+…)").
func robotsAgent(userAgent string) string {
	tok, _, _ := strings.Cut(strings.TrimSpace(userAgent), "/")
	tok, _, _ = strings.Cut(tok, " ")
	tok = strings.ToLower(tok)
	if !strings.Contains(tok, "skillgap") {
		return "skillgap"
	}
	return tok
}

// allowed checks u against its origin's robots.txt, fetching that on first
// use. The error wraps ErrRobots when u may not be fetched now.
func (f *fetcher) allowed(ctx context.Context, u *url.URL) error {
	origin := strings.ToLower(u.Scheme + "://" + u.Host)
	f.mu.Lock()
	e, seen := f.robots[origin]
	if !seen {
		e = &robotsEntry{done: make(chan struct{})}
		f.robots[origin] = e
	}
	f.mu.Unlock()
	if !seen {
		e.group, e.err = f.loadRobots(ctx, origin, f.host(u))
		close(e.done)
	}
	select {
	case <-e.done:
	case <-ctx.Done():
		return ctx.Err()
	}
	if e.err != nil {
		return e.err
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if e.group != nil && !e.group.Test(path) {
		return fmt.Errorf("%w: %s/robots.txt disallows %s for %s", ErrRobots, origin, path, f.agent)
	}
	return nil
}

// loadRobots fetches and reads origin's robots.txt (RFC 9309): 2xx is parsed,
// other 4xx allow everything, 429, 5xx and network failures mean "not now".
// A Crawl-delay for our agent raises the host's delay.
func (f *fetcher) loadRobots(ctx context.Context, origin string, h *host) (*robotstxt.Group, error) {
	ru := origin + "/robots.txt"
	hdr := http.Header{"Accept": {"text/plain, */*;q=0.5"}}
	r, err := f.once(ctx, h, ru, hdr)
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	switch {
	case errors.Is(err, ErrBadRedirect):
		// RFC 9309 2.3.1.2: too many redirects may be taken as "unavailable".
		f.log.Info("robots.txt unavailable, crawling allowed", "url", ru, "err", err)
		return nil, nil
	case errors.Is(err, ErrUnreachable):
		return nil, err // not a block: the host said nothing (HostError names it)
	case err != nil:
		return nil, fmt.Errorf("%w: fetch %s: %w", ErrRobots, ru, err)
	case r.Status == http.StatusTooManyRequests || r.Status >= 500:
		return nil, fmt.Errorf("%w: fetch %s: %w", ErrRobots, ru, &statusError{Code: r.Status, Attempts: 1})
	case r.Status >= 400:
		f.log.Debug("no robots.txt, crawling allowed", "url", ru, "status", r.Status)
		return nil, nil
	case r.Status/100 != 2:
		return nil, fmt.Errorf("%w: fetch %s: %w", ErrRobots, ru, &statusError{Code: r.Status, Attempts: 1})
	}
	data, err := robotstxt.FromBytes(r.Body)
	if err != nil {
		f.log.Debug("robots.txt has errors, reading what is valid", "url", ru, "err", err)
		if data, err = robotstxt.FromBytes(sanitizeRobots(r.Body)); err != nil {
			return nil, fmt.Errorf("%w: read %s: %w", ErrRobots, ru, err)
		}
	}
	g := data.FindGroup(f.agent)
	if g.CrawlDelay > 0 {
		d := min(g.CrawlDelay, maxCrawlDelay)
		f.log.Debug("robots.txt crawl-delay", "origin", origin, "delay", d)
		h.slowTo(d)
	}
	return g, nil
}

// sanitizeRobots drops the lines temoto/robotstxt rejects outright (rules
// before the first User-agent, unreadable Crawl-delay values), as RFC 9309
// asks parsers to keep what they can read.
func sanitizeRobots(body []byte) []byte {
	var out [][]byte
	inGroup := false
	for _, line := range bytes.Split(body, []byte("\n")) {
		content, _, _ := bytes.Cut(line, []byte("#"))
		key, val, ok := bytes.Cut(content, []byte(":"))
		if !ok {
			out = append(out, line)
			continue
		}
		switch strings.ToLower(strings.TrimSpace(string(key))) {
		case "user-agent":
			inGroup = true
		case "allow", "disallow":
			if !inGroup {
				continue
			}
		case "crawl-delay", "crawldelay":
			d, err := strconv.ParseFloat(strings.TrimSpace(string(val)), 64)
			if !inGroup || err != nil || d < 0 || math.IsInf(d, 0) || math.IsNaN(d) {
				continue
			}
		}
		out = append(out, line)
	}
	return bytes.Join(out, []byte("\n"))
}
