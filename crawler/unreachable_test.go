package crawler

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"syscall"
	"testing"
)

// dnsFailure is the error chain colly returns when a name does not resolve,
// built here because tests never use the network.
func dnsFailure(host string) error {
	return &url.Error{Op: "Get", URL: "https://" + host + "/robots.txt", Err: &net.OpError{Op: "dial", Net: "tcp",
		Err: &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}}}
}

func TestUnreachable(t *testing.T) {
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}
	reset := &net.OpError{Op: "read", Net: "tcp", Err: syscall.ECONNRESET}
	tests := []struct {
		name   string
		err    error
		dns    bool
		wrap   bool
		reason string
	}{
		{"DNS", dnsFailure("jobs.example.test").(*url.Error).Err, true, true, ReasonDNS},
		{"refused", refused, false, true, ReasonUnreachable},
		{"reset mid-response is not unreachable", reset, false, false, ReasonFailed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := unreachable("jobs.example.test", tt.err)
			var he *HostError
			if got := errors.As(err, &he); got != tt.wrap || (got && he.DNS != tt.dns) {
				t.Fatalf("unreachable(%v) = %v; want HostError %v (DNS %v)", tt.err, err, tt.wrap, tt.dns)
			}
			if tt.wrap && !errors.Is(err, ErrUnreachable) {
				t.Errorf("errors.Is(%v, ErrUnreachable) = false; want true", err)
			}
			if errors.Is(err, ErrRobots) {
				t.Errorf("%v matches ErrRobots; want not", err)
			}
			if got := Reason(&SourceError{Source: "s", URL: "https://jobs.example.test/", Err: err}); got != tt.reason {
				t.Errorf("Reason = %q; want %q", got, tt.reason)
			}
		})
	}
	err := unreachable("jobs.example.test", dnsFailure("jobs.example.test").(*url.Error).Err)
	if msg := err.Error(); !strings.HasPrefix(msg, "cannot reach host jobs.example.test (DNS): ") || strings.Contains(msg, "robots") {
		t.Errorf("message %q; want it to say the host cannot be reached (DNS), not robots.txt", msg)
	}
}

func TestReason(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{nil, ""},
		{fmt.Errorf("%w: https://a.test/robots.txt disallows /x for skillgap", ErrRobots), ReasonRobots},
		{fmt.Errorf("%w: fetch https://a.test/robots.txt: %w", ErrRobots, &statusError{Code: 500, Attempts: 1}), ReasonNoRobots},
		{fmt.Errorf("%w: fetch x: %w", ErrRobots, context.DeadlineExceeded), ReasonNoRobots},
		{&statusError{Code: 503, Attempts: 4}, "HTTP 503"},
		{fmt.Errorf("%w: more than 10 bytes", ErrTooLarge), ReasonTooLarge},
		{fmt.Errorf("%w: stopped", ErrBadRedirect), ReasonRedirect},
		{fmt.Errorf("%w: no board", ErrBadSource), ReasonBadSource},
		{context.Canceled, ReasonInterrupted},
		{context.DeadlineExceeded, ReasonTimeout},
		{errors.New("parse board: unexpected end of JSON input"), ReasonFailed},
	}
	for _, tt := range tests {
		if got := Reason(&SourceError{Source: "s", Err: tt.err}); tt.err != nil && got != tt.want {
			t.Errorf("Reason(%v) = %q; want %q", tt.err, got, tt.want)
		}
	}
	if got := Reason(nil); got != "" {
		t.Errorf("Reason(nil) = %q; want empty", got)
	}
}
