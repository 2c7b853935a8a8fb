package crawler

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxHeadingRunes bounds a line that is all bold text and still reads as a heading.
const maxHeadingRunes = 100

// HTMLToText converts posting HTML to plain text that keeps the structure a
// skill extractor needs: headings (h1–h6, and lines that are all bold) on their
// own line after a blank line, paragraphs separated by a blank line, list items
// as "- item" (nested ones indented), <br> as a newline. Entities are decoded,
// scripts and styles dropped, whitespace collapsed. Text without tags comes back
// with its whitespace tidied.
func HTMLToText(s string) string {
	return htmlText(s, nil)
}

// htmlText is HTMLToText that also drops every element for which skip is true.
func htmlText(s string, skip func(*html.Node) bool) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	if !strings.ContainsRune(s, '<') {
		return plainText(s)
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), body)
	if err != nil {
		// ParseFragment only fails on reader errors; a strings.Reader has none.
		return collapseSpace(html.UnescapeString(s))
	}
	w := &textWriter{skip: skip}
	for _, n := range nodes {
		w.node(n, 0)
	}
	w.endLine()
	return w.out.String()
}

// textWriter renders a parsed HTML tree line by line. A line is buffered until
// it ends so that a line made only of bold text can be promoted to a heading.
type textWriter struct {
	skip func(*html.Node) bool

	out  strings.Builder
	line strings.Builder // current line, whitespace collapsed, no prefix

	space       bool // a space is pending before the next word of the line
	bold, plain bool // the line holds bold text / text outside bold

	boldDepth    int
	headingDepth int
	listDepth    int
	itemDepth    int  // open <li> elements
	itemLines    int  // lines written in the innermost open item
	pre          int  // open <pre> elements
	brk          int  // newlines wanted before the next line: 0, 1 or 2
	afterHeading bool // the last line written was a heading
}

// skipped reports elements whose content is never text.
func skipped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Title,
		atom.Svg, atom.Math, atom.Iframe, atom.Object, atom.Select, atom.Textarea, atom.Button:
		return true
	}
	return false
}

// block reports elements that start and end a paragraph.
func block(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Main,
		atom.Aside, atom.Nav, atom.Blockquote, atom.Pre, atom.Table, atom.Form, atom.Fieldset,
		atom.Figure, atom.Figcaption, atom.Address, atom.Dl, atom.Details, atom.Summary, atom.Center:
		return true
	}
	return false
}

func heading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// maxNodeDepth bounds recursion on hostile, deeply nested input.
const maxNodeDepth = 512

func (w *textWriter) node(n *html.Node, depth int) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
		w.children(n, depth)
		return
	default:
		return
	}
	if skipped(n.DataAtom) || (w.skip != nil && w.skip(n)) {
		return
	}
	a := n.DataAtom
	switch {
	case a == atom.Br:
		w.lineBreak()
	case a == atom.Hr:
		w.endLine()
		w.want(2)
	case heading(a):
		w.endLine()
		w.want(2)
		w.headingDepth++
		w.children(n, depth)
		w.endLine()
		w.headingDepth--
		w.want(2)
	case a == atom.Ul || a == atom.Ol || a == atom.Menu:
		w.endLine()
		w.listDepth++
		w.children(n, depth)
		w.endLine()
		w.listDepth--
		w.want(2)
	case a == atom.Li:
		w.item(n, depth)
	case a == atom.Tr || a == atom.Dt || a == atom.Dd || a == atom.Caption:
		w.endLine()
		w.want(1)
		w.children(n, depth)
		w.endLine()
		w.want(1)
	case a == atom.Td || a == atom.Th:
		w.space = true
		w.children(n, depth)
		w.space = true
	case a == atom.B || a == atom.Strong:
		w.boldDepth++
		w.children(n, depth)
		w.boldDepth--
	case block(a):
		w.blockElem(n, depth)
	default:
		w.children(n, depth)
	}
}

func (w *textWriter) children(n *html.Node, depth int) {
	if depth >= maxNodeDepth {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c, depth+1)
	}
}

func (w *textWriter) blockElem(n *html.Node, depth int) {
	w.endLine()
	if w.itemDepth > 0 {
		w.want(1) // a paragraph inside a list item continues the item
	} else {
		w.want(2)
	}
	if n.DataAtom == atom.Pre {
		w.pre++
	}
	w.children(n, depth)
	if n.DataAtom == atom.Pre {
		w.pre--
	}
	w.endLine()
	if w.itemDepth > 0 {
		w.want(1)
	} else {
		w.want(2)
	}
}

func (w *textWriter) item(n *html.Node, depth int) {
	w.endLine()
	w.brk = 1 // items follow each other, and the sentence that introduces them
	outerLines := w.itemLines
	w.itemDepth++
	w.itemLines = 0
	w.children(n, depth)
	w.endLine()
	w.itemDepth--
	w.itemLines = outerLines + 1
	w.want(1)
}

// lineBreak handles <br>: it ends the line, and a second one in a row makes a paragraph break.
func (w *textWriter) lineBreak() {
	if w.line.Len() == 0 {
		if w.out.Len() > 0 && w.itemDepth == 0 && w.headingDepth == 0 {
			w.want(2)
		}
		return
	}
	if w.headingDepth > 0 {
		w.space = true
		return
	}
	w.endLine()
	w.want(1)
}

func (w *textWriter) want(n int) { w.brk = max(w.brk, n) }

// text appends a text node to the current line.
func (w *textWriter) text(s string) {
	if w.pre > 0 {
		w.preText(s)
		return
	}
	w.words(s)
}

// words appends text with its whitespace collapsed.
func (w *textWriter) words(s string) {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		switch {
		case invisible(r):
			continue
		case unicode.IsSpace(r):
			w.space = true
			continue
		}
		if w.line.Len() > 0 && w.space {
			w.line.WriteByte(' ')
		}
		w.space = false
		w.line.WriteRune(r)
		if w.boldDepth > 0 || w.headingDepth > 0 {
			w.bold = true
		} else {
			w.plain = true
		}
	}
}

// preText keeps the line structure of preformatted text.
func (w *textWriter) preText(s string) {
	for i, part := range strings.Split(s, "\n") {
		if i > 0 {
			w.endLine()
			w.want(1)
		}
		w.plain = true // preformatted text is never a heading
		w.words(part)
	}
}

// invisible reports characters that carry no text: zero-width spaces and
// joiners, soft hyphens, byte-order marks, control characters, and the
// bidirectional marks, embeddings, overrides and isolates (U+200E, U+200F,
// U+061C, U+202A–U+202E, U+2066–U+2069) with which a hostile posting could
// make a title or a report line read differently from what it holds.
func invisible(r rune) bool {
	switch {
	case r == '\u200b', r == '\u200c', r == '\u200d', r == '\u2060', r == '\ufeff', r == '\u00ad',
		r == '\u200e', r == '\u200f', r == '\u061c',
		r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return r == utf8.RuneError || (unicode.IsControl(r) && !unicode.IsSpace(r))
}

// endLine writes the buffered line, if any, with the breaks that precede it.
func (w *textWriter) endLine() {
	defer func() {
		w.line.Reset()
		w.space, w.bold, w.plain = false, false, false
	}()
	if w.line.Len() == 0 {
		return
	}
	text := w.line.String()
	isHeading := w.headingDepth > 0 ||
		(w.bold && !w.plain && w.itemDepth == 0 && utf8.RuneCountInString(text) <= maxHeadingRunes)
	brk := w.brk
	switch {
	case isHeading:
		brk = 2
	case w.afterHeading && brk > 1:
		brk = 1 // a heading sits directly above its section
	}
	if w.out.Len() > 0 {
		w.out.WriteString("\n\n"[:min(max(brk, 1), 2)])
	}
	w.out.WriteString(w.linePrefix())
	w.out.WriteString(text)
	w.brk = 0
	w.afterHeading = isHeading
}

// linePrefix is "- " for the first line of a list item and indentation for the rest.
func (w *textWriter) linePrefix() string {
	if w.itemDepth == 0 {
		return ""
	}
	indent := strings.Repeat("  ", min(w.itemDepth-1, 8))
	if w.itemLines == 0 {
		w.itemLines++
		return indent + "- "
	}
	w.itemLines++
	return indent + "  "
}

// collapseSpace trims s and turns every run of whitespace into one space.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// maxShortText bounds a short field (title, company, location, job id) in
// runes; a longer one is cut, with "…", rather than carried into the index
// and every report.
const maxShortText = 1000

// cleanText decodes entities in plain text (titles, names), drops invisible
// characters, collapses whitespace and cuts the result to maxShortText runes.
func cleanText(s string) string {
	if len(s) > 8*maxShortText { // no field needs more; do not unescape a megabyte
		s = s[:8*maxShortText]
	}
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	s = collapseSpace(strings.Map(func(r rune) rune {
		if invisible(r) {
			return -1
		}
		return r
	}, s))
	if utf8.RuneCountInString(s) <= maxShortText {
		return s
	}
	n := 0
	for i := range s {
		if n == maxShortText-1 {
			return strings.TrimSpace(s[:i]) + "…"
		}
		n++
	}
	return s
}
