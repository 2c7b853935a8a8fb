package crawler

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	skillgap "github.com/skillgap/skillgap"
)

// DefaultUserAgent identifies skillgap, with a contact URL, to the sites it crawls.
const DefaultUserAgent = "skillgap/0.1 (+https://github.com/skillgap/skillgap)"

// Sentinel errors callers branch on with errors.Is. Errors in Result.Err are
// *SourceError values that wrap one of these, a timeout
// (context.DeadlineExceeded) or a parse error.
var (
	// ErrRobots: robots.txt disallows the URL for our agent, or the host's
	// robots.txt could not be read (5xx, 429, timeout, connection error), which
	// means "do not crawl this host now".
	ErrRobots = errors.New("blocked by robots.txt")
	// ErrTooLarge: a response body, after decompression, exceeds Options.MaxBodyBytes.
	ErrTooLarge = errors.New("response too large")
	// ErrBadRedirect: more than 5 redirects, or a redirect to a non-http(s) URL.
	ErrBadRedirect = errors.New("bad redirect")
	// ErrStatus: the server answered with a status other than 2xx or 304
	// (after retries for 429, 502, 503, 504). SourceError.Status has the code.
	ErrStatus = errors.New("unexpected HTTP status")
	// ErrBadSource: the source cannot be crawled as configured (unknown kind,
	// no board or URL, a URL that is not absolute http(s), a bad title pattern).
	ErrBadSource = errors.New("invalid source")
	// ErrIncomplete: a paged list stopped before its end (a page repeated the
	// postings before it), so what it lacks is unknown and nothing is closed.
	ErrIncomplete = errors.New("list not read to its end")
)

// Options configure a Crawler. Zero values mean the defaults given per field.
type Options struct {
	// UserAgent sent with every request; it must name skillgap and give a
	// contact URL. Empty means DefaultUserAgent.
	UserAgent string
	// Delay between the starts of two requests to one host. Zero means 1s;
	// negative means none. A larger robots.txt Crawl-delay always wins.
	Delay time.Duration
	// Parallelism is the number of concurrent requests per host. Zero means 1.
	Parallelism int
	// Sources is the number of sources crawled at once. Zero means 4.
	Sources int
	// Timeout of one request, body included. Zero means 30s.
	Timeout time.Duration
	// MaxBodyBytes bounds a response body after decompression; a larger body is
	// an error (ErrTooLarge), never parsed truncated. Zero means 32 MiB (a 1,000-job Ashby board with full descriptions is about 20 MiB).
	MaxBodyBytes int64
	// Retries after 429, 502, 503, 504, timeouts and connection errors. Zero
	// means 3; negative means none.
	Retries int
	// MaxBackoff caps the exponential backoff and Retry-After. Zero means 60s.
	MaxBackoff time.Duration
	// Include and Exclude are title patterns applied to every source, together
	// with each source's own (see skillgap.Source).
	Include, Exclude []string
	// Logger receives diagnostics. Nil means discard.
	Logger *slog.Logger
	// Progress is called, never concurrently, as requests finish and as each
	// source is done. Nil means none.
	Progress func(Progress)
	// Client supplies the transport (tests). Its Timeout, Jar and
	// CheckRedirect are not used: the crawler sets its own. Nil means a
	// transport like http.DefaultTransport.
	Client *http.Client
}

// Progress reports how far the crawl of one source is.
type Progress struct {
	Source   string
	Requests int  // HTTP requests made, retries included, robots.txt not
	Pages    int  // pages fetched successfully
	Postings int  // postings parsed so far; once Done, the number kept
	Done     bool // the source is finished
}

// Result is what crawling one source produced.
type Result struct {
	Source skillgap.Source
	// Postings are the product postings found (title filter applied),
	// deduplicated by ID, in board order.
	Postings []skillgap.Posting
	// Dropped counts postings the title filter dropped.
	Dropped int
	// Complete means the listing was read whole, so postings of this source
	// missing from it are closed. False when Err is set or a jsonld crawl was
	// cut short by MaxDepth or MaxPages.
	Complete bool
	// NotModified means the board is unchanged since the validator from prev;
	// Postings is empty and Complete false: keep what is stored.
	NotModified bool
	// Validator is what to store for next time: the ETag, else Last-Modified,
	// else "sha256:<hex of body>". Empty when nothing should be stored (errors,
	// failed pages): the next crawl then fetches everything.
	Validator string
	// Fingerprint is the source's configuration's, as Crawler.Fingerprint
	// gives it; stored with Validator (State) it lets the next crawl use the
	// validator only while the configuration is the same.
	Fingerprint string
	// Requests counts HTTP requests made for the source, retries included,
	// robots.txt not (one per host and crawl, shared by its sources).
	Requests int
	// Err is nil or a *SourceError. With Err set Postings may still hold what
	// was read (a jsonld crawl where some pages failed).
	Err error
}

// SourceError is the failure of one source: which source, which URL, the
// HTTP status if one was received, and the cause.
type SourceError struct {
	Source string
	URL    string
	Status int // last HTTP status received; zero if none
	Err    error
}

// Error reads like "source acme-gh: GET https://…: 503 Service Unavailable after 4 attempts".
func (e *SourceError) Error() string {
	if e.URL == "" {
		return fmt.Sprintf("source %s: %v", e.Source, e.Err)
	}
	return fmt.Sprintf("source %s: GET %s: %v", e.Source, e.URL, e.Err)
}

// Unwrap returns the cause.
func (e *SourceError) Unwrap() error { return e.Err }

// Crawler fetches sources politely. It is safe to reuse across crawls, one
// crawl at a time.
type Crawler struct {
	opts Options
}

// New checks opts, applies defaults and returns a Crawler.
func New(opts Options) (*Crawler, error) {
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	ua := strings.ToLower(opts.UserAgent)
	if !strings.Contains(ua, "skillgap") || !(strings.Contains(ua, "http://") || strings.Contains(ua, "https://")) {
		return nil, fmt.Errorf("new crawler: user agent %q must name skillgap and give a contact URL", opts.UserAgent)
	}
	if opts.Parallelism < 0 || opts.Sources < 0 || opts.Timeout < 0 || opts.MaxBodyBytes < 0 || opts.MaxBackoff < 0 {
		return nil, errors.New("new crawler: parallelism, sources, timeout, max body bytes and max backoff must not be negative")
	}
	opts.Delay = defaultTo(opts.Delay, time.Second)
	opts.Parallelism = defaultTo(opts.Parallelism, 1)
	opts.Sources = defaultTo(opts.Sources, 4)
	opts.Timeout = defaultTo(opts.Timeout, 30*time.Second)
	opts.MaxBodyBytes = defaultTo(opts.MaxBodyBytes, 32<<20)
	opts.Retries = max(defaultTo(opts.Retries, 3), 0)
	opts.MaxBackoff = defaultTo(opts.MaxBackoff, 60*time.Second)
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if _, err := NewTitleFilter(opts.Include, opts.Exclude); err != nil {
		return nil, fmt.Errorf("new crawler: title patterns: %w", err)
	}
	return &Crawler{opts: opts}, nil
}

func defaultTo[T comparable](v, def T) T {
	var zero T
	if v == zero {
		return def
	}
	return v
}

// Crawl crawls sources, Options.Sources at a time, and calls emit once per
// source, never concurrently, as each finishes. prev(name) returns the state
// stored from the source's last crawl (Result.State; zero for none); its
// validator is used only when its fingerprint is the source's now. prev is
// called from one goroutine at a time. Per-source failures are in Result.Err; Crawl
// itself returns ctx.Err() when cancelled (sources interrupted are not
// emitted; those emitted stay emitted) or the first error of emit, which
// stops the crawl.
func (c *Crawler) Crawl(ctx context.Context, sources []skillgap.Source, prev func(source string) skillgap.CrawlState, emit func(Result) error) error {
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	f := newFetcher(ctx, c.opts)
	defer f.close()
	var progressMu sync.Mutex
	report := func(p Progress) {
		if c.opts.Progress != nil {
			progressMu.Lock()
			defer progressMu.Unlock()
			c.opts.Progress(p)
		}
	}

	results := make(chan Result, len(sources))
	go func() {
		defer close(results)
		var wg sync.WaitGroup
		sem := make(chan struct{}, c.opts.Sources)
		for _, src := range sources {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
			}
			if ctx.Err() != nil {
				break
			}
			fp := c.Fingerprint(src)
			validator := ""
			if prev != nil {
				validator = usableValidator(prev(src.Name), fp)
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				r := c.crawlSource(ctx, f, src, validator, report)
				r.Fingerprint = fp
				results <- r
			}()
		}
		wg.Wait()
	}()

	var emitErr error
	for r := range results {
		if emitErr != nil || (r.Err != nil && ctx.Err() != nil && errors.Is(r.Err, ctx.Err())) {
			continue // drain: interrupted sources are not emitted
		}
		if err := emit(r); err != nil {
			emitErr = fmt.Errorf("emit source %s: %w", r.Source.Name, err)
			cancel()
		}
	}
	if emitErr != nil {
		return emitErr
	}
	return parent.Err()
}

// run is the bookkeeping of one source's crawl.
type run struct {
	src                       skillgap.Source
	report                    func(Progress)
	mu                        sync.Mutex
	requests, pages, postings int
}

func (r *run) request() { r.add(1, 0, 0) }

func (r *run) add(requests, pages, postings int) {
	r.mu.Lock()
	defer r.mu.Unlock() // reported under the lock, so counts never go backwards
	r.requests += requests
	r.pages += pages
	r.postings += postings
	r.report(Progress{Source: r.src.Name, Requests: r.requests, Pages: r.pages, Postings: r.postings})
}

// crawlSource crawls one source to its Result.
func (c *Crawler) crawlSource(ctx context.Context, f *fetcher, src skillgap.Source, prev string, report func(Progress)) Result {
	start := time.Now()
	rn := &run{src: src, report: report}
	res := Result{Source: src}
	var found []skillgap.Posting
	filter, err := NewTitleFilter(concat(c.opts.Include, src.Include), concat(c.opts.Exclude, src.Exclude))
	if err != nil {
		res.Err = &SourceError{Source: src.Name, Err: fmt.Errorf("%w: title patterns: %w", ErrBadSource, err)}
	} else if src.Kind == skillgap.JSONLD {
		found = c.crawlSite(ctx, f, rn, prev, &res)
	} else if src.Kind == skillgap.SmartRecruiters {
		found = c.crawlSmartRecruiters(ctx, f, rn, prev, filter, &res)
		filter = nil // applied before each detail request
	} else {
		found = c.crawlListing(ctx, f, rn, prev, filter, &res)
		filter = nil // applied as the listing was parsed
	}
	var dropped int
	res.Postings, dropped = keep(found, filter)
	res.Dropped += dropped
	rn.mu.Lock()
	res.Requests = rn.requests
	done := Progress{Source: src.Name, Requests: rn.requests, Pages: rn.pages, Postings: len(res.Postings), Done: true}
	rn.mu.Unlock()
	report(done)
	log := c.opts.Logger.With("source", src.Name, "kind", src.Kind, "requests", res.Requests, "took", time.Since(start).Round(time.Millisecond))
	switch {
	case res.Err != nil:
		log.Info("source failed", "postings", len(res.Postings), "err", res.Err)
	case res.NotModified:
		log.Info("source not modified")
	default:
		log.Info("source crawled", "postings", len(res.Postings), "dropped", res.Dropped, "complete", res.Complete)
	}
	return res
}

// parseListing parses a board API or a feed response, applying the title
// filter (keep; nil keeps every title) as early as the kind allows: board
// APIs before any description is unescaped or converted from HTML.
func parseListing(body []byte, src skillgap.Source, keep func(string) bool) (ps []skillgap.Posting, dropped int, err error) {
	switch src.Kind {
	case skillgap.Greenhouse:
		return parseGreenhouse(body, src, keep)
	case skillgap.Lever:
		return parseLever(body, src, keep)
	case skillgap.Ashby:
		return parseAshby(body, src, keep)
	case skillgap.Workable:
		return parseWorkable(body, src, keep)
	}
	if ps, err = ParseFeed(body, src); err != nil || keep == nil {
		return ps, 0, err
	}
	kept := ps[:0]
	for _, p := range ps {
		if keep(p.Title) {
			kept = append(kept, p)
		}
	}
	return kept, len(ps) - len(kept), nil
}

// crawlListing fetches a board API or a feed: one document holds every
// posting. It applies filter and counts what it dropped in res.Dropped.
func (c *Crawler) crawlListing(ctx context.Context, f *fetcher, rn *run, prev string, filter *TitleFilter, res *Result) []skillgap.Posting {
	src := rn.src
	u, err := Endpoint(src)
	if err != nil {
		res.Err = &SourceError{Source: src.Name, Err: err}
		return nil
	}
	accept := "application/json"
	if src.Kind == skillgap.Feed {
		accept = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
	}
	r, ok := c.first(ctx, f, rn, u, accept, prev, res)
	if !ok {
		return nil
	}
	ps, dropped, err := parseListing(r.Body, src, filter.Keep)
	if err != nil {
		res.Err = &SourceError{Source: src.Name, URL: u, Status: r.Status, Err: fmt.Errorf("parse %s response: %w", src.Kind, err)}
		return nil
	}
	res.Dropped = dropped
	rn.add(0, 0, len(ps))
	res.Validator, res.Complete = validatorOf(r), true
	return ps
}

// first fetches a source's first URL conditionally. ok is false when there is
// nothing more to do: the source failed or is not modified (res says which).
func (c *Crawler) first(ctx context.Context, f *fetcher, rn *run, u, accept, prev string, res *Result) (*response, bool) {
	hdr := http.Header{"Accept": {accept}}
	sent := conditional(hdr, prev)
	r, err := f.get(ctx, u, hdr, rn.request)
	if err == nil && r.Status == http.StatusNotModified && !sent {
		err = &statusError{Code: r.Status, Attempts: 1}
	}
	if err != nil {
		res.Err = sourceError(rn.src.Name, u, r, err)
		return nil, false
	}
	if r.Status == http.StatusNotModified || unchanged(prev, r) {
		res.NotModified, res.Validator = true, prev
		rn.add(0, 1, 0)
		return nil, false
	}
	rn.add(0, 1, 0)
	return r, true
}

func sourceError(source, u string, r *response, err error) *SourceError {
	se := &SourceError{Source: source, URL: u, Err: err}
	if r != nil {
		se.Status = r.Status
	}
	return se
}

// keep deduplicates postings by ID (first wins, empty IDs dropped) and
// applies the title filter. It filters in place, reusing ps, so that a
// board of 50,000 postings is not held twice.
func keep(ps []skillgap.Posting, filter *TitleFilter) (kept []skillgap.Posting, dropped int) {
	seen := make(map[string]bool, len(ps))
	kept = ps[:0]
	for _, p := range ps {
		if p.ID == "" || seen[p.ID] {
			continue
		}
		seen[p.ID] = true
		if filter != nil && !filter.Keep(p.Title) {
			dropped++
			continue
		}
		kept = append(kept, p)
	}
	clear(ps[len(kept):]) // release what the dropped postings hold
	if len(kept) == 0 {
		kept = nil
	}
	return kept, dropped
}

func concat(a, b []string) []string {
	return append(append([]string(nil), a...), b...)
}

// page is what one fetched page of a jsonld site gave.
type page struct {
	postings []skillgap.Posting
	links    []string
	resp     *response
	err      error
}

// crawlSite crawls a jsonld career site breadth-first from its start page,
// within the start page's host, to src.MaxDepth links deep and src.MaxPages
// pages. The start page's validator stands for the whole site.
func (c *Crawler) crawlSite(ctx context.Context, f *fetcher, rn *run, prev string, res *Result) []skillgap.Posting {
	src := rn.src
	start, err := Endpoint(src)
	if err != nil {
		res.Err = &SourceError{Source: src.Name, Err: err}
		return nil
	}
	r, ok := c.first(ctx, f, rn, start, acceptHTML, prev, res)
	if !ok {
		return nil
	}
	maxDepth, maxPages := defaultTo(src.MaxDepth, 2), defaultTo(src.MaxPages, 200)
	hosts := map[string]bool{urlHost(start): true, urlHost(r.URL): true}
	seen := map[string]bool{canonical(start): true, canonical(r.URL): true}
	first := readPage(r, src)
	rn.add(0, 0, len(first.postings))
	found, frontier := first.postings, followable(first.links, hosts, seen)
	pages, failed, cut := 1, 0, false
	var firstErr *SourceError
	for depth := 1; depth <= maxDepth && len(frontier) > 0 && pages < maxPages; depth++ {
		batch := frontier
		if len(batch) > maxPages-pages {
			batch, cut = batch[:maxPages-pages], true
		}
		frontier = nil
		for i, p := range c.fetchPages(ctx, f, rn, batch) {
			switch {
			case p.err == nil:
				found = append(found, p.postings...)
				frontier = append(frontier, followable(p.links, hosts, seen)...)
				pages++
			case ctx.Err() != nil:
				res.Err = &SourceError{Source: src.Name, URL: batch[i], Err: ctx.Err()}
				return found
			case errors.Is(p.err, ErrRobots):
				c.opts.Logger.Debug("link disallowed by robots.txt", "source", src.Name, "url", batch[i])
			case deadLink(p.err):
				c.opts.Logger.Debug("dead link", "source", src.Name, "url", batch[i], "err", p.err)
				pages++
			default:
				pages++
				failed++
				if firstErr == nil {
					firstErr = sourceError(src.Name, batch[i], p.resp, p.err)
				}
			}
		}
	}
	cut = cut || len(frontier) > 0
	if failed > 0 {
		firstErr.Err = fmt.Errorf("%w (%d of %s failed)", firstErr.Err, failed, skillgap.Plural(pages, "page"))
		res.Err = firstErr
		return found
	}
	if cut {
		c.opts.Logger.Info("site crawl cut short", "source", src.Name, "pages", pages, "max_pages", maxPages, "max_depth", maxDepth)
	}
	res.Validator, res.Complete = validatorOf(r), !cut
	return found
}

// deadLink reports whether a linked page answered with a client error other
// than 429: a broken, moved-away or members-only link is part of the site as
// it is, not a failure of the crawl (a 429 or 5xx is: that page may hold postings).
func deadLink(err error) bool {
	var se *statusError
	return errors.As(err, &se) && se.Code/100 == 4 && se.Code != http.StatusTooManyRequests
}

// acceptHTML is the Accept header for career pages.
const acceptHTML = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"

// fetchPages fetches urls with up to Options.Parallelism requests at once
// and returns their pages in the order of urls.
func (c *Crawler) fetchPages(ctx context.Context, f *fetcher, rn *run, urls []string) []page {
	out := make([]page, len(urls))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(c.opts.Parallelism, len(urls)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				hdr := http.Header{"Accept": {acceptHTML}}
				r, err := f.get(ctx, urls[i], hdr, rn.request)
				if err != nil {
					out[i] = page{resp: r, err: err}
					continue
				}
				out[i] = readPage(r, rn.src)
				rn.add(0, 1, len(out[i].postings))
			}
		}()
	}
	for i := range urls {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// readPage parses a career page's JobPostings and links. A page that is not
// HTML (an image, a PDF) gives nothing; a page whose JSON-LD cannot be read
// is logged, not fatal: its links are still followed.
func readPage(r *response, src skillgap.Source) page {
	p := page{resp: r}
	ct := strings.ToLower(r.Header.Get("Content-Type"))
	if ct != "" && !strings.Contains(ct, "html") && !strings.Contains(ct, "xml") && !strings.HasPrefix(ct, "text/") {
		return p
	}
	p.postings, p.err = ParseJSONLD(r.Body, r.URL, src)
	if p.err != nil {
		p.err = fmt.Errorf("parse JSON-LD: %w", p.err)
	}
	p.links = JobLinks(r.Body, r.URL)
	return p
}
