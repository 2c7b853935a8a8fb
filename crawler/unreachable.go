package crawler

import (
	"context"
	"errors"
	"fmt"
	"net"
	"syscall"
)

// ErrUnreachable: no connection could be made to a host: its name does not
// resolve (DNS), or it refused or dropped the connection attempt. Offline,
// every source fails with it. It is never a robots.txt block: a host that
// cannot be reached has said nothing about what may be crawled. The error is
// a *HostError.
var ErrUnreachable = errors.New("cannot reach host")

// HostError says which host could not be reached, and why. It matches
// ErrUnreachable.
type HostError struct {
	Host string
	DNS  bool // the host name did not resolve
	Err  error
}

// Error reads "cannot reach host jobs.example.com (DNS): lookup jobs.example.com: no such host".
func (e *HostError) Error() string {
	if e.DNS {
		return fmt.Sprintf("%v %s (DNS): %v", ErrUnreachable, e.Host, e.Err)
	}
	return fmt.Sprintf("%v %s: %v", ErrUnreachable, e.Host, e.Err)
}

// Is makes errors.Is(err, ErrUnreachable) true.
func (e *HostError) Is(target error) bool { return target == ErrUnreachable }

// Unwrap returns the network error.
func (e *HostError) Unwrap() error { return e.Err }

// unreachable wraps err in a *HostError when it says that no connection to
// host could be made: a failed DNS lookup or a failed dial. Other errors
// (a timeout mid-response, a reset connection) are returned as they are.
func unreachable(host string, err error) error {
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return &HostError{Host: host, DNS: true, Err: err}
	}
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		return &HostError{Host: host, Err: err}
	}
	for _, e := range []error{syscall.ECONNREFUSED, syscall.EHOSTUNREACH, syscall.ENETUNREACH} {
		if errors.Is(err, e) {
			return &HostError{Host: host, Err: err}
		}
	}
	return err
}

// Short statuses of a failed source (Reason).
const (
	ReasonDNS         = "cannot reach host (DNS)"
	ReasonUnreachable = "cannot reach host"
	ReasonRobots      = "blocked by robots.txt"
	ReasonNoRobots    = "robots.txt unavailable"
	ReasonTimeout     = "timed out"
	ReasonStatus      = "HTTP error"
	ReasonTooLarge    = "response too large"
	ReasonRedirect    = "bad redirect"
	ReasonBadSource   = "invalid source"
	ReasonInterrupted = "interrupted"
	ReasonFailed      = "failed"
)

// Reason says in a few words why a source failed, for a status column: one
// of the Reason constants, or "HTTP 503" for a status. The error itself has
// the detail (host, URL, cause). Nil is "".
func Reason(err error) string {
	var host *HostError
	var status *statusError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &host) && host.DNS:
		return ReasonDNS
	case errors.Is(err, ErrUnreachable):
		return ReasonUnreachable
	case errors.Is(err, ErrRobots) && (errors.Is(err, ErrStatus) || errors.Is(err, ErrTooLarge) ||
		errors.Is(err, context.DeadlineExceeded) || isTimeout(err)):
		return ReasonNoRobots
	case errors.Is(err, ErrRobots):
		return ReasonRobots
	case errors.Is(err, context.Canceled):
		return ReasonInterrupted
	case errors.Is(err, context.DeadlineExceeded) || isTimeout(err):
		return ReasonTimeout
	case errors.As(err, &status):
		return fmt.Sprintf("HTTP %d", status.Code)
	case errors.Is(err, ErrStatus):
		return ReasonStatus
	case errors.Is(err, ErrTooLarge):
		return ReasonTooLarge
	case errors.Is(err, ErrBadRedirect):
		return ReasonRedirect
	case errors.Is(err, ErrBadSource):
		return ReasonBadSource
	}
	return ReasonFailed
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
