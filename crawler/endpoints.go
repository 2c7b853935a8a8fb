package crawler

import (
	"fmt"
	"net/url"
	"strings"

	skillgap "github.com/skillgap/skillgap"
)

// Public API endpoints of the board kinds; %s is the escaped board.
const (
	greenhouseAPI = "https://boards-api.greenhouse.io/v1/boards/%s/jobs?content=true&pay_transparency=true"
	leverAPI      = "https://api.lever.co/v0/postings/%s?mode=json"
	ashbyAPI      = "https://api.ashbyhq.com/posting-api/job-board/%s?includeCompensation=true"
	// smartRecruitersAPI is the first page of the paged posting list; the
	// crawler adds offset and fetches each posting's detail (smartrecruiters.go).
	smartRecruitersAPI = "https://api.smartrecruiters.com/v1/companies/%s/postings?limit=100&offset=0"
	workableAPI        = "https://apply.workable.com/api/v1/widget/accounts/%s?details=true"
)

// Endpoint returns the URL the crawler fetches first for src: the board API of a
// greenhouse, lever, ashby, smartrecruiters (its first page) or workable source,
// the start page of a jsonld source, the feed of
// a feed source. A non-empty src.BaseURL replaces the scheme and host and is put
// in front of the path (so "http://127.0.0.1:8080" or "http://mirror/jobs" both
// work). The error wraps ErrBadSource when the kind is unknown, the board or URL
// is missing, or a URL is not absolute http(s).
func Endpoint(src skillgap.Source) (string, error) {
	var raw string
	switch src.Kind {
	case skillgap.Greenhouse, skillgap.Lever, skillgap.Ashby, skillgap.SmartRecruiters, skillgap.Workable:
		if strings.TrimSpace(src.Board) == "" {
			return "", fmt.Errorf("endpoint of source %s: %w: %s source without board", src.Name, ErrBadSource, src.Kind)
		}
		tmpl := map[string]string{skillgap.Greenhouse: greenhouseAPI, skillgap.Lever: leverAPI, skillgap.Ashby: ashbyAPI,
			skillgap.SmartRecruiters: smartRecruitersAPI, skillgap.Workable: workableAPI}[src.Kind]
		raw = fmt.Sprintf(tmpl, url.PathEscape(src.Board))
	case skillgap.JSONLD, skillgap.Feed:
		if strings.TrimSpace(src.URL) == "" {
			return "", fmt.Errorf("endpoint of source %s: %w: %s source without url", src.Name, ErrBadSource, src.Kind)
		}
		raw = strings.TrimSpace(src.URL)
	default:
		return "", fmt.Errorf("endpoint of source %s: %w: unknown kind %q", src.Name, ErrBadSource, src.Kind)
	}
	u, err := httpURL(raw)
	if err != nil {
		return "", fmt.Errorf("endpoint of source %s: %w", src.Name, err)
	}
	if src.BaseURL != "" {
		b, err := httpURL(src.BaseURL)
		if err != nil {
			return "", fmt.Errorf("endpoint of source %s: base_url: %w", src.Name, err)
		}
		joined := b.Scheme + "://" + b.Host + strings.TrimSuffix(b.EscapedPath(), "/") + u.EscapedPath()
		if u.RawQuery != "" {
			joined += "?" + u.RawQuery
		}
		if u, err = httpURL(joined); err != nil {
			return "", fmt.Errorf("endpoint of source %s: base_url: %w", src.Name, err)
		}
	}
	return u.String(), nil
}

// httpURL parses raw and checks that it is an absolute http or https URL with a
// host: the crawler never fetches anything else (file:, ftp:, data:, javascript:).
func httpURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadSource, err)
	}
	if !isHTTP(u) {
		return nil, fmt.Errorf("%w: %q is not an absolute http(s) URL", ErrBadSource, raw)
	}
	u.Fragment, u.RawFragment = "", ""
	return u, nil
}

// isHTTP reports whether u is an absolute http or https URL with a host.
func isHTTP(u *url.URL) bool {
	s := strings.ToLower(u.Scheme)
	return (s == "http" || s == "https") && u.Host != ""
}

// followable keeps the links not seen yet on the allowed hosts, marking them seen.
func followable(links []string, hosts, seen map[string]bool) []string {
	var out []string
	for _, l := range links {
		u, err := url.Parse(l)
		if err != nil || !isHTTP(u) || !hosts[strings.ToLower(u.Host)] {
			continue
		}
		k := canonical(l)
		if !seen[k] {
			seen[k] = true
			out = append(out, u.String())
		}
	}
	return out
}

// canonical is raw without its fragment and with scheme and host in lower
// case, as the key for "already seen".
func canonical(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	u.Fragment, u.RawFragment = "", ""
	u.Scheme, u.Host = strings.ToLower(u.Scheme), strings.ToLower(u.Host)
	return u.String()
}

func urlHost(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Host)
}
