package configs

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"

	"github.com/skillgap/skillgap"
)

// CatalogSourcesOptions shape the sources.yaml WriteCatalogSources writes.
type CatalogSourcesOptions struct {
	// Selection says which part of the catalogue was taken, for the header
	// ("kind ashby, at most 50"). Empty means the whole catalogue.
	Selection string
	// Delay between requests to one host, written to settings.delay and used
	// for the time estimate. Zero means 1s.
	Delay time.Duration
}

// CrawlEstimate is how long a polite crawl of some boards takes at least:
// each ATS kind's boards share one API host, fetched one request per Delay, and
// the hosts are crawled side by side.
type CrawlEstimate struct {
	Boards  map[string]int           // kind → boards
	PerKind map[string]time.Duration // kind → boards × delay
	Total   time.Duration            // the longest of PerKind
}

// EstimateCatalogCrawl estimates a crawl of boards at one request per delay
// per host (zero delay means 1s): one request per board, since an unchanged
// board costs one request too.
func EstimateCatalogCrawl(boards []CatalogBoard, delay time.Duration) CrawlEstimate {
	if delay <= 0 {
		delay = time.Second
	}
	e := CrawlEstimate{Boards: map[string]int{}, PerKind: map[string]time.Duration{}}
	for _, b := range boards {
		e.Boards[b.Kind]++
	}
	for k, n := range e.Boards {
		e.PerKind[k] = time.Duration(n) * delay
		e.Total = max(e.Total, e.PerKind[k])
	}
	return e
}

// AboutDuration writes d the way the estimates read: "45 seconds",
// "7.5 minutes", "12 minutes", "1.5 hours".
func AboutDuration(d time.Duration) string {
	switch {
	case d < 90*time.Second:
		return fmt.Sprintf("%d seconds", int(d.Round(time.Second)/time.Second))
	case d < 10*time.Minute:
		return strconv.FormatFloat(float64(d.Round(6*time.Second))/float64(time.Minute), 'f', -1, 64) + " minutes"
	case d < 90*time.Minute:
		return fmt.Sprintf("%d minutes", int(d.Round(time.Minute)/time.Minute))
	}
	return strconv.FormatFloat(float64(d.Round(6*time.Minute))/float64(time.Hour), 'f', -1, 64) + " hours"
}

// WriteCatalogSources writes a sources.yaml that crawls boards, with comments
// that say where each board comes from, its derived tags, and how long a
// polite crawl of them takes.
func WriteCatalogSources(w io.Writer, boards []CatalogBoard, o CatalogSourcesOptions) error {
	if o.Delay <= 0 {
		o.Delay = time.Second
	}
	sel := o.Selection
	if sel == "" {
		sel = "the whole catalogue"
	}
	est := EstimateCatalogCrawl(boards, o.Delay)
	var b strings.Builder
	fmt.Fprintf(&b, "# skillgap sources: %d boards from the shipped board catalogue (%s),\n", len(boards), sel)
	b.WriteString("# written by `skillgap sources init`. Edit freely: skillgap sources add URL-or-name adds\n" +
		"# a board and keeps your comments; skillgap sources check validates the file.\n#\n")
	fmt.Fprintf(&b, "# A crawl is polite: one request per %s per host. Each ATS serves all its boards from\n", o.Delay)
	fmt.Fprintf(&b, "# one API host, and the hosts are crawled side by side, so the first crawl takes at\n# least about %s:\n", AboutDuration(est.Total))
	for _, k := range CatalogKinds() {
		if n := est.Boards[k]; n > 0 {
			fmt.Fprintf(&b, "#   %-10s %4d boards × %s ≈ %s\n", k, n, o.Delay, AboutDuration(est.PerKind[k]))
		}
	}
	b.WriteString("# Later crawls cost the same number of requests (one per board) and write only what changed.\n#\n" +
		"# Tags below are DERIVED from crawled postings by `skillgap sources tag`, never guessed.\n\n")
	fmt.Fprintf(&b, "settings:\n  user_agent: %q\n  delay: %s            # between requests to one host\n", "skillgap/0.1 (+https://github.com/skillgap/skillgap)", o.Delay)
	b.WriteString("  parallelism: 1       # concurrent requests per host\n  timeout: 30s\n  retries: 3           # on 429, 503 and network errors, honouring Retry-After\n\nsources:\n")
	names := map[string]bool{}
	last := ""
	for _, c := range boards {
		if c.Kind != last {
			fmt.Fprintf(&b, "  # %s boards (%d)\n", c.Kind, est.Boards[c.Kind])
			last = c.Kind
		}
		src := skillgap.Source{Name: uniqueName(sourceSlug(c.Board), c.Kind, names), Kind: c.Kind, Board: c.Board, Company: c.Name}
		b.WriteString("  - " + FlowSource(src) + "\n")
		if c.Tags != nil {
			fmt.Fprintf(&b, "    # derived from %d postings: %s\n", c.Tags.Postings, strings.Join(c.Tags.All(), ", "))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// sourceSlug is a source name made from a board name: lower case, runs of
// anything but letters and digits turned into one hyphen.
func sourceSlug(board string) string {
	s := strings.Trim(nonSlug.ReplaceAllString(strings.ToLower(board), "-"), "-")
	if s == "" {
		return "board"
	}
	return s
}

var nonSlug = regexp.MustCompile(`[^\p{L}\p{N}]+`)

// uniqueName returns name, or name-kind, name-kind-2… when taken, and marks
// the result taken.
func uniqueName(name, kind string, taken map[string]bool) string {
	n := name
	for i := 1; taken[n]; i++ {
		n = name + "-" + kind
		if i > 1 {
			n += "-" + strconv.Itoa(i)
		}
	}
	taken[n] = true
	return n
}

// FlowSource writes src as one YAML flow mapping:
// {name: x, kind: ashby, board: "Forward Financing", company: Forward Financing}.
func FlowSource(src skillgap.Source) string {
	parts := []string{"name: " + flowScalar(src.Name), "kind: " + flowScalar(src.Kind)}
	for _, f := range []struct{ k, v string }{{"board", src.Board}, {"url", src.URL}, {"company", src.Company}, {"base_url", src.BaseURL}} {
		if f.v != "" {
			parts = append(parts, f.k+": "+flowScalar(f.v))
		}
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// plainFlow matches text that reads the same as a plain YAML scalar inside a
// flow mapping; anything else is double-quoted.
var plainFlow = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9 ._/-]*[A-Za-z0-9._/-]$|^[A-Za-z]$`)

func flowScalar(s string) string {
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "null", "y", "n":
		return strconv.Quote(s)
	}
	if plainFlow.MatchString(s) {
		return s
	}
	return strconv.Quote(s)
}

// ErrFlowSources is returned by AppendSource when the file's sources list is
// written in flow style ([…]), which it does not edit.
var ErrFlowSources = errors.New("the sources list is written as [ … ]; write it as a block list (one \"- \" line per source) to add to it")

// AppendSource returns the text of a sources.yaml with src added as the last
// entry of its sources list, preceded by comment lines when comment is not
// empty. Everything else in data, comments and order included, is kept byte
// for byte. A file without a sources key gets one at its end. The caller
// validates the result (LoadSources).
func AppendSource(data []byte, src skillgap.Source, comment string) ([]byte, error) {
	f, err := parser.ParseBytes(data, parser.ParseComments)
	if err != nil {
		return nil, yamlError("sources.yaml", err)
	}
	key, seq, err := sourcesNode(f)
	if err != nil {
		return nil, err
	}
	lines := strings.SplitAfter(string(data), "\n")
	if key == nil { // no sources key: add one at the end
		out := string(data)
		if out != "" && !strings.HasSuffix(out, "\n") {
			out += "\n"
		}
		return []byte(out + "sources:\n" + entryLines("  ", src, comment)), nil
	}
	keyLine, keyCol := key.GetToken().Position.Line, key.GetToken().Position.Column
	indent := strings.Repeat(" ", keyCol+1) // two deeper than the key, as the example writes it
	if seq != nil && len(seq.Values) > 0 {
		indent = strings.Repeat(" ", seq.Start.Position.Column-1)
	}
	// The list ends at the first line, after the key, that holds content
	// indented no deeper than the key and is not one of the list's own items.
	end := keyLine // 1-based line after which to insert
	for i := keyLine; i < len(lines); i++ {
		line := strings.TrimRight(lines[i], "\r\n")
		trim := strings.TrimLeft(line, " ")
		if trim == "" || strings.HasPrefix(trim, "#") {
			continue
		}
		col := len(line) - len(trim) + 1
		if col <= keyCol && !(col == len(indent)+1 && strings.HasPrefix(trim, "-")) || trim == "---" || trim == "..." {
			break
		}
		end = i + 1
	}
	var out bytes.Buffer
	for _, l := range lines[:end] {
		out.WriteString(l)
	}
	if end > 0 && !strings.HasSuffix(lines[end-1], "\n") {
		out.WriteString("\n")
	}
	out.WriteString(entryLines(indent, src, comment))
	for _, l := range lines[end:] {
		out.WriteString(l)
	}
	return out.Bytes(), nil
}

// sourcesNode finds the top-level sources key and its block sequence (nil
// when the key has no value yet). key is nil when the file has no sources key.
func sourcesNode(f *ast.File) (key ast.MapKeyNode, seq *ast.SequenceNode, err error) {
	if len(f.Docs) == 0 || f.Docs[0].Body == nil {
		return nil, nil, nil
	}
	var values []*ast.MappingValueNode
	switch n := unwrapNode(f.Docs[0].Body).(type) {
	case *ast.MappingNode:
		values = n.Values
	case *ast.MappingValueNode:
		values = []*ast.MappingValueNode{n}
	default:
		return nil, nil, errors.New("sources.yaml is not a mapping of settings and sources")
	}
	for _, mv := range values {
		if mv.Key.GetToken().Value != "sources" {
			continue
		}
		switch v := unwrapNode(mv.Value).(type) {
		case *ast.SequenceNode:
			if v.IsFlowStyle {
				return nil, nil, ErrFlowSources
			}
			return mv.Key, v, nil
		case *ast.NullNode, nil:
			return mv.Key, nil, nil
		default:
			return nil, nil, fmt.Errorf("sources at line %d is not a list", mv.Key.GetToken().Position.Line)
		}
	}
	return nil, nil, nil
}

// entryLines writes src as one list entry at indent, after its comment lines.
func entryLines(indent string, src skillgap.Source, comment string) string {
	var b strings.Builder
	for l := range strings.Lines(comment) {
		b.WriteString(indent + "# " + strings.TrimRight(l, "\n") + "\n")
	}
	b.WriteString(indent + "- " + FlowSource(src) + "\n")
	return b.String()
}

// NewSourceName returns a source name for board that no source in s uses.
func NewSourceName(s Sources, board, kind string) string {
	taken := map[string]bool{}
	for _, src := range s.Sources {
		taken[src.Name] = true
	}
	return uniqueName(sourceSlug(board), kind, taken)
}
