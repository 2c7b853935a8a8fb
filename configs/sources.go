package configs

import (
	_ "embed"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/skillgap/skillgap"
)

//go:embed sources.example.yaml
var sourcesExample []byte

// SourcesExample returns the shipped example sources.yaml.
func SourcesExample() []byte { return slices.Clone(sourcesExample) }

// Sources is a parsed sources.yaml: crawl settings and the sources to crawl.
type Sources struct {
	Settings CrawlSettings     `yaml:"settings"`
	Sources  []skillgap.Source `yaml:"sources"`
}

// CrawlSettings are the politeness and robustness settings of a crawl.
type CrawlSettings struct {
	// UserAgent identifies the crawler, with a contact URL. Empty means the crawler's default.
	UserAgent string `yaml:"user_agent"`
	// Delay between requests to one host, as a Go duration ("1s"). Empty means 1s.
	Delay string `yaml:"delay"`
	// Parallelism is the number of concurrent requests per host. Zero means 1.
	Parallelism int `yaml:"parallelism"`
	// Timeout of one request, as a Go duration. Empty means 30s.
	Timeout string `yaml:"timeout"`
	// MaxBodyBytes bounds a response body. Zero means 32 MiB.
	MaxBodyBytes int64 `yaml:"max_body_bytes"`
	// Retries of a request that got 429, 503 or a network error. Zero means 3.
	Retries int `yaml:"retries"`
	// Include and Exclude are title patterns applied to every source.
	Include []string `yaml:"include"`
	Exclude []string `yaml:"exclude"`
}

// DelayDuration is Delay parsed; zero when unset.
func (s CrawlSettings) DelayDuration() time.Duration { d, _ := time.ParseDuration(s.Delay); return d }

// TimeoutDuration is Timeout parsed; zero when unset.
func (s CrawlSettings) TimeoutDuration() time.Duration {
	d, _ := time.ParseDuration(s.Timeout)
	return d
}

// LoadSources reads and validates a sources.yaml. Every problem is reported with
// the file, line and field, before any request is made.
func LoadSources(r io.Reader, name string) (Sources, error) {
	var s Sources
	d, err := decode(r, name, &s)
	if err != nil {
		return Sources{}, err
	}
	validateSettings(d, s.Settings)
	if len(s.Sources) == 0 {
		d.addf("$.sources", "no sources listed")
	}
	seen := map[string]int{}
	for i := range s.Sources {
		// Kinds are lowercase words; "Greenhouse" means the same.
		s.Sources[i].Kind = strings.ToLower(strings.TrimSpace(s.Sources[i].Kind))
		// Lever's and Ashby's APIs do not name the company: the board's display
		// name stands in ("cargo-one" → "Cargo One"); company: overrides.
		// Greenhouse's does, and the crawler takes it.
		if k := s.Sources[i].Kind; s.Sources[i].Company == "" && (k == skillgap.Lever || k == skillgap.Ashby) {
			s.Sources[i].Company = DisplayName(strings.TrimSpace(s.Sources[i].Board))
		}
		src := s.Sources[i]
		at := fmt.Sprintf("$.sources[%d]", i)
		if src.Name == "" {
			d.addf(at, "name is missing; want a short label, unique in the file")
		} else if j, dup := seen[src.Name]; dup {
			d.addf(at+".name", "name %q is already used by sources[%d]", src.Name, j)
		} else {
			seen[src.Name] = i
		}
		validateSource(d, at, src)
	}
	return s, d.err()
}

func validateSettings(d *doc, s CrawlSettings) {
	for field, v := range map[string]string{"delay": s.Delay, "timeout": s.Timeout} {
		if v == "" {
			continue
		}
		if dur, err := time.ParseDuration(v); err != nil || dur < 0 {
			d.addf("$.settings."+field, "%q is not a duration; want one such as 500ms, 2s or 1m", v)
		}
	}
	for _, f := range []struct {
		field string
		v     int64
		zero  string
	}{
		{"parallelism", int64(s.Parallelism), "1"},
		{"retries", int64(s.Retries), "3"},
		{"max_body_bytes", s.MaxBodyBytes, "32 MiB"},
	} {
		if f.v < 0 {
			d.addf("$.settings."+f.field, "%d is negative; want 0 (meaning %s) or more", f.v, f.zero)
		}
	}
	checkPatterns(d, "$.settings", s.Include, s.Exclude)
}

func validateSource(d *doc, at string, src skillgap.Source) {
	switch src.Kind {
	case skillgap.Greenhouse, skillgap.Lever, skillgap.Ashby, skillgap.SmartRecruiters, skillgap.Workable:
		if src.Board == "" {
			d.addf(at, "%s source needs board (the board token or company name in the API path)", src.Kind)
		} else if problem := boardProblem(src.Kind, src.Board); problem != "" {
			d.addf(at+".board", "%q: %s", src.Board, problem)
		}
	case skillgap.JSONLD, skillgap.Feed:
		if src.URL == "" {
			d.addf(at, "%s source needs url", src.Kind)
		} else if err := checkHTTPURL(src.URL); err != nil {
			d.addf(at+".url", "%v", err)
		}
	case "":
		d.addf(at, "kind is missing; want %s", orList(skillgap.SourceKinds()))
	default:
		d.addf(at+".kind", "%s", oneOf("kind", src.Kind, skillgap.SourceKinds()))
	}
	if src.BaseURL != "" {
		if err := checkHTTPURL(src.BaseURL); err != nil {
			d.addf(at+".base_url", "%v", err)
		}
	}
	if src.MaxDepth < 0 {
		d.addf(at+".max_depth", "%d is negative; want 0 (meaning 2) or more", src.MaxDepth)
	}
	if src.MaxPages < 0 {
		d.addf(at+".max_pages", "%d is negative; want 0 (meaning 200) or more", src.MaxPages)
	}
	checkPatterns(d, at, src.Include, src.Exclude)
}

// boardProblem says what makes board unusable for a source of kind, or "" when
// nothing does. An Ashby board is the company's name as Ashby writes it, spaces
// and all ("Forward Financing"): any printable text, which the crawler escapes in
// the URL. Greenhouse and Lever boards are URL tokens: letters, digits, . _ -.
func boardProblem(kind, board string) string {
	if strings.TrimSpace(board) != board {
		return "leading or trailing space (write the name as the board shows it)"
	}
	if !utf8.ValidString(board) {
		return "not valid UTF-8"
	}
	if u, err := url.PathUnescape(board); err == nil && u != board {
		return fmt.Sprintf("looks URL-escaped: write the board's name as it reads (%q); the crawler escapes it", u)
	}
	for i, r := range board {
		switch {
		case r == '/' || r == '\\':
			return fmt.Sprintf("%q at byte %d: a board is a name, not a URL or a path", r, i)
		case !unicode.IsPrint(r):
			return fmt.Sprintf("the unprintable character %U at byte %d", r, i)
		case kind != skillgap.Ashby && !isTokenRune(r):
			return fmt.Sprintf("%q at byte %d: a %s board is the token in the board's URL (letters, digits, . _ -)", r, i, kind)
		}
	}
	return ""
}

func isTokenRune(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '_' || r == '-')
}

// checkHTTPURL accepts only absolute http and https URLs.
func checkHTTPURL(s string) error {
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("%q is not a URL: %v", s, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%q: only http and https URLs are fetched", s)
	}
	if u.Host == "" {
		return fmt.Errorf("%q has no host", s)
	}
	return nil
}

func checkPatterns(d *doc, at string, include, exclude []string) {
	for field, pats := range map[string][]string{"include": include, "exclude": exclude} {
		for i, p := range pats {
			if _, err := regexp.Compile("(?i)" + p); err != nil {
				d.addf(fmt.Sprintf("%s.%s[%d]", at, field, i), "bad pattern %q: %v", p, err)
			}
		}
	}
}
