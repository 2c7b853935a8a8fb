package crawler

import (
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// baseBackoff is the first wait of the exponential backoff, before the cap.
const baseBackoff = 500 * time.Millisecond

// retryableStatus reports whether a response status is worth another attempt:
// the server asked us to slow down (429), is briefly unavailable (503), or a
// gateway in front of it failed (502, 504).
func retryableStatus(code int) bool {
	switch code {
	case http.StatusTooManyRequests, http.StatusServiceUnavailable,
		http.StatusBadGateway, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// transient reports whether a transport error is worth another attempt:
// timeouts, refused or reset connections, connections closed mid-response.
// Our own refusals (too large, bad redirect) are final.
func transient(err error) bool {
	if err == nil || errors.Is(err, ErrTooLarge) || errors.Is(err, ErrBadRedirect) ||
		errors.Is(err, context.Canceled) {
		return false
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return dns.IsTimeout || dns.IsTemporary
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return true
	}
	for _, e := range []error{syscall.ECONNRESET, syscall.ECONNREFUSED, syscall.ECONNABORTED,
		syscall.EPIPE, io.ErrUnexpectedEOF, io.EOF} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// retryAfter reads a Retry-After header, in seconds or as an HTTP date, as a
// wait from now. ok is false when the header is absent or unreadable. A date in
// the past is a zero wait.
func retryAfter(h http.Header, now time.Time) (wait time.Duration, ok bool) {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs < 0 {
			return 0, false
		}
		if secs > int64(24*time.Hour/time.Second) {
			secs = int64(24 * time.Hour / time.Second)
		}
		return time.Duration(secs) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	return max(t.Sub(now), 0), true
}

// backoff is the wait before retry number attempt+1 (attempt counts from 0):
// exponential from baseBackoff, capped at limit, with "equal jitter" (a random
// wait in [d/2, d]) so that many clients do not retry in step.
func backoff(attempt int, limit time.Duration) time.Duration {
	d := limit
	if attempt < 30 && baseBackoff<<attempt < limit {
		d = baseBackoff << attempt
	}
	if d <= 1 {
		return d
	}
	half := d / 2
	return half + rand.N(d-half+1)
}

// retryWait is how long to wait before retrying after a response with the
// given header (nil for a transport error): Retry-After when the server sent
// one, else the backoff; capped at limit either way.
func retryWait(h http.Header, attempt int, limit time.Duration, now time.Time) time.Duration {
	if h != nil {
		if d, ok := retryAfter(h, now); ok {
			return min(d, limit)
		}
	}
	return backoff(attempt, limit)
}

// sleep waits d or until ctx is done, whichever is first.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
