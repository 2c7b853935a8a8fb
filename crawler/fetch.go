package crawler

import (
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/gocolly/colly/v2"
)

// maxRedirects bounds the redirects followed for one request.
const maxRedirects = 5

// errNotSent marks a request given up before it was sent (cancelled while
// waiting for the host).
var errNotSent = errors.New("request not sent")

// respKey is where the OnResponse callback leaves the response in the
// request's colly context.
const respKey = "skillgap.response"

// response is one HTTP response as the crawler keeps it.
type response struct {
	URL    string // after redirects
	Status int
	Header http.Header
	Body   []byte // decompressed and valid UTF-8 (see charset.go), at most Options.MaxBodyBytes before decoding
}

// statusError is an HTTP status the crawler does not accept, after attempts
// tries. It matches ErrStatus.
type statusError struct {
	Code, Attempts int
}

func (e *statusError) Error() string {
	s := fmt.Sprintf("%d %s", e.Code, http.StatusText(e.Code))
	if e.Attempts > 1 {
		s += fmt.Sprintf(" after %d attempts", e.Attempts)
	}
	return s
}

// Is makes errors.Is(err, ErrStatus) true.
func (e *statusError) Is(target error) bool { return target == ErrStatus }

// fetcher performs every request of one crawl through one colly collector,
// with robots.txt, per-host limits and retries around it.
type fetcher struct {
	c      *colly.Collector
	opts   Options // defaults applied
	agent  string  // product token matched against robots.txt groups
	log    *slog.Logger
	closer func() // closes idle connections of a transport we made

	mu     sync.Mutex
	hosts  map[string]*host        // by lower-case host:port
	robots map[string]*robotsEntry // by scheme://host:port
}

// newFetcher builds the collector of one crawl. colly reads COLLY_* environment
// variables after applying options, so everything we rely on is set afterwards.
func newFetcher(ctx context.Context, opts Options) *fetcher {
	f := &fetcher{opts: opts, agent: robotsAgent(opts.UserAgent), log: opts.Logger,
		hosts: map[string]*host{}, robots: map[string]*robotsEntry{}}
	c := colly.NewCollector(colly.StdlibContext(ctx))
	c.UserAgent = opts.UserAgent
	c.Headers = nil
	c.IgnoreRobotsTxt = true // robots.txt is checked by us, with our own policy
	c.AllowURLRevisit = true // retries and conditional requests revisit URLs
	c.AllowedDomains, c.DisallowedDomains = nil, nil
	c.URLFilters, c.DisallowedURLFilters = nil, nil
	c.MaxDepth, c.MaxRequests = 0, 0
	c.CacheDir = ""
	c.ParseHTTPErrorResponse = true // statuses are judged by us, with headers at hand
	c.DetectCharset = false
	c.CheckHead = false
	c.TraceHTTP = false
	c.Async = false
	c.MaxBodySize = int(opts.MaxBodyBytes) + 1 // the transport enforces the limit; this is a second guard

	base := http.RoundTripper(nil)
	if opts.Client != nil {
		base = opts.Client.Transport
	}
	if base == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		base, f.closer = t, t.CloseIdleConnections
	}
	jar, _ := cookiejar.New(nil) // never fails with nil options
	c.SetClient(&http.Client{Transport: &limitTransport{base: base, limit: opts.MaxBodyBytes},
		Timeout: opts.Timeout, Jar: jar})
	c.SetRedirectHandler(checkRedirect) // after SetClient: it installs itself on the client
	c.OnResponse(func(r *colly.Response) { r.Ctx.Put(respKey, r) })
	f.c = c
	return f
}

// close releases idle connections.
func (f *fetcher) close() {
	if f.closer != nil {
		f.closer()
	}
}

// get fetches raw after checking robots.txt, retrying what is worth retrying.
// count is called once per HTTP request made (robots.txt not included). A
// returned response with an error carries the last status (statusError).
func (f *fetcher) get(ctx context.Context, raw string, hdr http.Header, count func()) (*response, error) {
	u, err := httpURL(raw)
	if err != nil {
		return nil, err
	}
	if err := f.allowed(ctx, u); err != nil {
		return nil, err
	}
	h := f.host(u)
	for attempt := 0; ; attempt++ {
		r, err := f.once(ctx, h, u.String(), hdr)
		if !errors.Is(err, errNotSent) {
			count()
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		var wait time.Duration
		switch {
		case err == nil && !retryableStatus(r.Status):
			if r.Status/100 == 2 || r.Status == http.StatusNotModified {
				return r, nil
			}
			return r, &statusError{Code: r.Status, Attempts: attempt + 1}
		case err == nil:
			if attempt >= f.opts.Retries {
				return r, &statusError{Code: r.Status, Attempts: attempt + 1}
			}
			wait = retryWait(r.Header, attempt, f.opts.MaxBackoff, time.Now())
		case transient(err):
			if attempt >= f.opts.Retries {
				if attempt > 0 {
					err = fmt.Errorf("%w (after %d attempts)", err, attempt+1)
				}
				return nil, err
			}
			wait = retryWait(nil, attempt, f.opts.MaxBackoff, time.Now())
		default:
			return nil, err
		}
		f.log.Debug("retry", "url", u.Redacted(), "attempt", attempt+1, "wait", wait, "err", errOrStatus(err, r))
		h.postpone(wait)
	}
}

// once makes one request under the host's limits.
func (f *fetcher) once(ctx context.Context, h *host, u string, hdr http.Header) (*response, error) {
	release, err := h.acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errNotSent, err)
	}
	defer release()
	hdr = hdr.Clone()
	if hdr == nil {
		hdr = http.Header{}
	}
	hdr.Set("User-Agent", f.opts.UserAgent)
	cctx := colly.NewContext()
	start := time.Now()
	if err := f.c.Request(http.MethodGet, u, nil, cctx, hdr); err != nil {
		f.log.Debug("fetch", "url", u, "err", err, "took", time.Since(start))
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // the URL is named by SourceError already
		}
		if pu, perr := url.Parse(u); perr == nil {
			err = unreachable(pu.Hostname(), err)
		}
		return nil, err
	}
	cr, _ := cctx.GetAny(respKey).(*colly.Response)
	if cr == nil {
		return nil, fmt.Errorf("fetch %s: no response", u)
	}
	if int64(len(cr.Body)) > f.opts.MaxBodyBytes {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, f.opts.MaxBodyBytes)
	}
	r := &response{URL: u, Status: cr.StatusCode, Header: http.Header{}}
	if cr.Request != nil && cr.Request.URL != nil {
		r.URL = cr.Request.URL.String()
	}
	if cr.Headers != nil {
		r.Header = *cr.Headers
	}
	r.Body = toUTF8(cr.Body, r.Header.Get("Content-Type"))
	f.log.Debug("fetch", "url", u, "status", r.Status, "bytes", len(r.Body), "took", time.Since(start))
	return r, nil
}

func errOrStatus(err error, r *response) any {
	if err != nil || r == nil {
		return err
	}
	return r.Status
}

// conditional adds If-None-Match or If-Modified-Since for a stored validator
// and reports whether it did.
func conditional(h http.Header, prev string) bool {
	switch {
	case prev == "" || strings.HasPrefix(prev, "sha256:"):
		return false
	case isHTTPDate(prev):
		h.Set("If-Modified-Since", prev)
	default:
		h.Set("If-None-Match", prev)
	}
	return true
}

func isHTTPDate(s string) bool {
	_, err := http.ParseTime(s)
	return err == nil
}

// validatorOf is what identifies r's version: its ETag, else its
// Last-Modified, else a digest of its body.
func validatorOf(r *response) string {
	if v := strings.TrimSpace(r.Header.Get("ETag")); v != "" {
		return v
	}
	if v := strings.TrimSpace(r.Header.Get("Last-Modified")); v != "" && isHTTPDate(v) {
		return v
	}
	sum := sha256.Sum256(r.Body)
	return "sha256:" + hex.EncodeToString(sum[:])
}

// unchanged reports whether a full response is the version prev names (a
// server that ignores conditional requests, or has no validators at all).
func unchanged(prev string, r *response) bool {
	return prev != "" && r.Status/100 == 2 && validatorOf(r) == prev
}

// checkRedirect keeps redirects to at most maxRedirects and to http(s) only.
func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > maxRedirects {
		return fmt.Errorf("%w: stopped after %d redirects", ErrBadRedirect, maxRedirects)
	}
	if !isHTTP(req.URL) {
		return fmt.Errorf("%w: to %q", ErrBadRedirect, req.URL.Redacted())
	}
	return nil
}

// host holds the politeness state of one host: at most Parallelism requests
// at once, each starting at least delay after the previous start and after
// the previous end. Once robots.txt asks for a Crawl-delay, requests to the
// host are also made one at a time, as the site asked.
type host struct {
	sem    chan struct{} // Parallelism slots
	one    chan struct{} // the single slot when serial
	mu     sync.Mutex
	delay  time.Duration
	serial bool
	next   time.Time // earliest start of the next request
}

// host returns the state of u's host, creating it on first use.
func (f *fetcher) host(u *url.URL) *host {
	key := strings.ToLower(u.Host)
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.hosts[key]
	if h == nil {
		h = &host{sem: make(chan struct{}, f.opts.Parallelism), one: make(chan struct{}, 1), delay: max(f.opts.Delay, 0)}
		f.hosts[key] = h
	}
	return h
}

// acquire waits for a free slot and for the host's delay, or for ctx. The
// returned release must be called when the request is done.
func (h *host) acquire(ctx context.Context) (release func(), err error) {
	select {
	case h.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	h.mu.Lock()
	serial := h.serial
	h.mu.Unlock()
	free := func() {
		if serial {
			<-h.one
		}
		<-h.sem
	}
	if serial {
		select {
		case h.one <- struct{}{}:
		case <-ctx.Done():
			<-h.sem
			return nil, ctx.Err()
		}
	}
	for {
		h.mu.Lock()
		now := time.Now()
		wait := h.next.Sub(now)
		if wait <= 0 {
			h.next = now.Add(h.delay)
			h.mu.Unlock()
			break
		}
		h.mu.Unlock()
		if err := sleep(ctx, wait); err != nil {
			free()
			return nil, err
		}
	}
	return func() {
		// The next request also waits delay after this one ended, so that a
		// slow server is not hit again right after it answered.
		h.postpone(h.currentDelay())
		free()
	}, nil
}

func (h *host) currentDelay() time.Duration {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.delay
}

// postpone keeps every request to the host waiting for at least d from now
// (a Retry-After or a backoff applies to the host, not to one URL).
func (h *host) postpone(d time.Duration) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if t := time.Now().Add(d); t.After(h.next) {
		h.next = t
	}
}

// slowTo raises the host's delay to d and makes its requests serial
// (robots.txt Crawl-delay).
func (h *host) slowTo(d time.Duration) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if d > h.delay {
		h.delay = d
	}
	h.serial = true
	if t := time.Now().Add(h.delay); t.After(h.next) {
		h.next = t
	}
}

// limitTransport bounds response bodies after decompression. It decompresses
// gzip itself when the transport did not (a server that sends gzip unasked, or
// a caller's transport with compression off), so that colly never inflates an
// unbounded stream, and fails with ErrTooLarge instead of truncating. It also
// decodes a charset the Content-Type header declares (headerCharset).
type limitTransport struct {
	base  http.RoundTripper
	limit int64
}

// RoundTrip implements http.RoundTripper.
func (t *limitTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	if !resp.Uncompressed && gzipped(resp) {
		resp.Body = &gzipBody{src: resp.Body}
		resp.Header.Del("Content-Encoding")
		resp.Header.Del("Content-Length")
		resp.ContentLength = -1
		resp.Uncompressed = true // colly then leaves the body alone
	} else if resp.ContentLength > t.limit {
		resp.Body.Close()
		return nil, fmt.Errorf("%w: Content-Length %d exceeds %d bytes", ErrTooLarge, resp.ContentLength, t.limit)
	}
	resp.Body = &limitBody{rc: headerCharset(resp.Header, resp.Body), limit: t.limit}
	return resp, nil
}

// gzipped mirrors colly's own test for a body to inflate.
func gzipped(resp *http.Response) bool {
	enc := strings.ToLower(resp.Header.Get("Content-Encoding"))
	return strings.Contains(enc, "gzip") ||
		(enc == "" && strings.Contains(strings.ToLower(resp.Header.Get("Content-Type")), "gzip")) ||
		strings.HasSuffix(strings.ToLower(resp.Request.URL.Path), ".xml.gz")
}

// gzipBody inflates lazily, so that an empty body (304, HEAD) is no error.
type gzipBody struct {
	src io.ReadCloser
	zr  *gzip.Reader
}

func (b *gzipBody) Read(p []byte) (int, error) {
	if b.zr == nil {
		zr, err := gzip.NewReader(b.src)
		if err == io.EOF {
			return 0, io.EOF
		}
		if err != nil {
			return 0, fmt.Errorf("inflate gzip body: %w", err)
		}
		b.zr = zr
	}
	return b.zr.Read(p)
}

func (b *gzipBody) Close() error { return b.src.Close() }

// limitBody fails with ErrTooLarge once more than limit bytes were read.
type limitBody struct {
	rc    io.ReadCloser
	limit int64
	n     int64
}

func (b *limitBody) Read(p []byte) (int, error) {
	if b.n > b.limit {
		return 0, b.tooLarge()
	}
	if rest := b.limit - b.n + 1; int64(len(p)) > rest {
		p = p[:rest]
	}
	n, err := b.rc.Read(p)
	b.n += int64(n)
	if b.n > b.limit {
		return n, b.tooLarge()
	}
	return n, err
}

func (b *limitBody) tooLarge() error {
	return fmt.Errorf("%w: body exceeds %d bytes", ErrTooLarge, b.limit)
}

func (b *limitBody) Close() error { return b.rc.Close() }
