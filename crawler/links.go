package crawler

import (
	"bytes"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// JobLinks returns the absolute http(s) links of the page's <a> and <area>
// elements that stay on the page's scheme and host, fragments removed, deduped,
// in page order. A <base href> is honoured; mailto:, javascript:, data: and
// other schemes are skipped, as is everything when pageURL is not absolute.
func JobLinks(body []byte, pageURL string) []string {
	page, err := url.Parse(pageURL)
	if err != nil || !isWeb(page) {
		return nil
	}
	base := page
	var out []string
	seen := make(map[string]bool)
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		t := z.Token()
		href := strings.TrimSpace(attr(t, "href"))
		switch t.DataAtom {
		case atom.Base:
			if u, err := page.Parse(href); err == nil && href != "" && isWeb(u) {
				base = u
			}
			continue
		case atom.A, atom.Area:
		default:
			continue
		}
		if href == "" || strings.HasPrefix(href, "#") {
			continue
		}
		u, err := base.Parse(href)
		if err != nil || !isWeb(u) || !strings.EqualFold(u.Scheme, page.Scheme) || !strings.EqualFold(u.Host, page.Host) {
			continue
		}
		u.Fragment, u.RawFragment = "", ""
		if s := u.String(); !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
}
