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
	// Work on locals and store them back at the end: slice headers written to
	// the heap word by word would cost write barriers while the garbage
	// collector runs.
	words, sents, lines := slices.Grow(d.words[:0], len(text)/6+1), d.sents[:0], d.lines[:0]
	join, lx := d.join, d.lx
	lx.reset(text)
	for lx.next() {
		n := int32(len(words))
		if n == 0 || lx.lineBreak {
			if n > 0 {
				lines[len(lines)-1].w1 = n
			}
			lines = append(lines, span{w0: n})
		}
		if n == 0 || lx.sentBreak {
			if n > 0 {
				sents[len(sents)-1].w1 = n
			}
			sents = append(sents, span{w0: n})
		}
		if lx.glued && n > 0 {
			join = suffixFold(append(append(join[:0], lx.prev()...), lx.raw()...))
			words[n-1].join = e.m.vocab.lookup(join)
		}
		words = append(words, word{start: int32(lx.start), end: int32(lx.end), id: e.m.vocab.lookup(lx.word()),
			join: -1, sent: int32(len(sents) - 1), brk: lx.phraseBreak})
	}
	n := int32(len(words))
	if len(lines) > 0 {
		lines[len(lines)-1].w1 = n
		sents[len(sents)-1].w1 = n
	}
	d.text, d.words, d.sents, d.lines, d.join, d.lx = text, words, sents, lines, join, lx
	d.sflags = slices.Grow(d.sflags[:0], len(sents))[:len(sents)]
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
		if c := s[i]; c <= ' ' && (c == '\t' || c == '\n' || c == '\r' || c == ' ' && i+1 < len(s) && s[i+1] == ' ') {
			return true
		}
	}
	return false
}
