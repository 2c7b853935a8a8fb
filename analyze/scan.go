package analyze

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// word is one word of a posting.
type word struct {
	start, end int32 // byte offsets in the text
	id         int32 // vocabulary id; -1 when no alias or cue uses the word
	join       int32 // id of this word glued to the next ("e-commerce"); -1 if none
	sent       int32 // sentence index
	brk        bool  // punctuation before this word that no alias spans ("product, design")
}

// span is a run of words: a sentence or a line.
type span struct{ w0, w1 int32 }

// doc is a posting split into words, sentences and lines. Its slices are
// reused from one posting to the next (see scratch).
type doc struct {
	text   string
	words  []word
	sents  []span
	lines  []span
	sflags []uint64 // cue classes per sentence, with flagsKnown once computed
	lx     lexer    // kept for its buffers
	join   []byte   // a glued pair of words being looked up
}

// flagsKnown marks a computed entry of doc.sflags.
const flagsKnown = 1 << 63

// sentFlags returns the cue classes found in sentence si.
func (e *Extractor) sentFlags(d *doc, si int32) uint64 {
	if d.sflags[si]&flagsKnown == 0 {
		s := d.sents[si]
		d.sflags[si] = e.c.set.union(d.words[s.w0:s.w1]) | flagsKnown
	}
	return d.sflags[si]
}

// scan splits text into words, sentences and lines.
func (e *Extractor) scan(text string) *doc {
	d := &doc{}
	e.scanInto(d, text)
	return d
}

// scanInto splits text into words, sentences and lines in d, reusing its memory.
func (e *Extractor) scanInto(d *doc, text string) {
	d.text = text
	d.words = slices.Grow(d.words[:0], len(text)/6+1)
	d.sents, d.lines = d.sents[:0], d.lines[:0]
	// A local lexer, stored back at the end, keeps its buffer swaps off the
	// heap and so free of write barriers.
	lx := d.lx
	lx.reset(text)
	for lx.next() {
		n := int32(len(d.words))
		if n == 0 || lx.lineBreak {
			if n > 0 {
				d.lines[len(d.lines)-1].w1 = n
			}
			d.lines = append(d.lines, span{w0: n})
		}
		if n == 0 || lx.sentBreak {
			if n > 0 {
				d.sents[len(d.sents)-1].w1 = n
			}
			d.sents = append(d.sents, span{w0: n})
		}
		if lx.glued && n > 0 {
			d.join = suffixFold(append(append(d.join[:0], lx.prev...), lx.raw...))
			d.words[n-1].join = e.m.vocab.lookup(d.join)
		}
		d.words = append(d.words, word{start: int32(lx.start), end: int32(lx.end), id: e.m.vocab.lookup(lx.word),
			join: -1, sent: int32(len(d.sents) - 1), brk: lx.phraseBreak})
	}
	d.lx = lx
	n := int32(len(d.words))
	if len(d.lines) > 0 {
		d.lines[len(d.lines)-1].w1 = n
		d.sents[len(d.sents)-1].w1 = n
	}
	d.sflags = slices.Grow(d.sflags[:0], len(d.sents))[:len(d.sents)]
	clear(d.sflags)
}

// lineText returns the raw text of line ln and its byte offset.
func (d *doc) lineText(ln span) (string, int) {
	if ln.w0 >= ln.w1 {
		return "", 0
	}
	start := int(d.words[ln.w0].start)
	start = strings.LastIndexByte(d.text[:start], '\n') + 1
	end := int(d.words[ln.w1-1].end)
	if i := strings.IndexByte(d.text[end:], '\n'); i >= 0 {
		end += i
	} else {
		end = len(d.text)
	}
	return d.text[start:end], start
}

// maxEvidence bounds the evidence kept per mention, in bytes.
const maxEvidence = 300

// evidence returns the text of sentence s, trimmed to maxEvidence bytes, with
// runs of white space made single spaces.
func (d *doc) evidence(s span) string {
	if s.w0 >= s.w1 {
		return ""
	}
	start, end := int(d.words[s.w0].start), int(d.words[s.w1-1].end)
	if end < len(d.text) && strings.IndexByte(".!?)", d.text[end]) >= 0 {
		end++
	}
	ev := d.text[start:end]
	if len(ev) > maxEvidence {
		cut := maxEvidence
		for cut > 0 && !utf8.RuneStart(ev[cut]) {
			cut--
		}
		ev = ev[:cut] + "…"
	}
	if !messySpace(ev) {
		return ev
	}
	return strings.Join(strings.Fields(ev), " ")
}

// messySpace reports whether s holds a tab, a line break or two spaces in a row.
func messySpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\t', '\n', '\r':
			return true
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		}
	}
	return false
}
