package analyze

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Normalize returns the matching form of s: its words folded to lower case and
// plain Latin letters, plurals reduced ("KPIs" → "kpi"), British spellings made
// American ("prioritise" → "prioritize"), and joined by single spaces; punctuation
// other than "+" and "#" after a letter ("C++", "C#") is dropped. Aliases and
// posting text go through the same folding, so only consistency matters, not
// whether a folded word is a real word.
func Normalize(s string) string {
	var b strings.Builder
	lx := lexer{text: s}
	for lx.next() {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.Write(lx.word)
	}
	return b.String()
}

// normWords returns the words of s in matching form.
func normWords(s string) []string {
	var ws []string
	lx := lexer{text: s}
	for lx.next() {
		ws = append(ws, string(lx.word))
	}
	return ws
}

// lexer splits text into words in matching form, keeping their byte offsets and
// what separates them. It allocates nothing per word: word and raw are reused.
type lexer struct {
	text  string
	pos   int
	start int    // byte offset of the current word in text
	end   int    // byte offset just past the current word
	word  []byte // current word, normalised
	raw   []byte // current word, folded but without suffix rules
	prev  []byte // raw form of the previous word
	glued bool   // the current word is joined to the previous one by - / . & or '
	// sentBreak reports a sentence boundary (. ! ? ; or a line end) between the
	// previous word and this one.
	sentBreak bool
	// lineBreak reports a line end between the previous word and this one.
	lineBreak bool
	// phraseBreak reports punctuation between the previous word and this one
	// that no alias spans: , ; : ( ) | and sentence ends.
	phraseBreak bool
}

// glueRune reports whether r joins two words into a compound ("A/B", "e-commerce").
func glueRune(r rune) bool {
	switch r {
	case '-', '/', '.', '&', '_', '\u2010', '\u2011', '\u2012', '\u2013', '\u2212':
		return true
	}
	return false
}

// reset starts lx on text, keeping its buffers.
func (lx *lexer) reset(text string) {
	*lx = lexer{text: text, word: lx.word[:0], raw: lx.raw[:0], prev: lx.prev[:0]}
}

// next advances to the next word and reports whether there is one.
func (lx *lexer) next() bool {
	lx.prev, lx.raw = lx.raw, lx.prev[:0]
	lx.sentBreak, lx.lineBreak, lx.phraseBreak = false, false, false
	hadPrev := lx.end > 0
	for {
		if !lx.skipSeparators(hadPrev) {
			lx.word = lx.word[:0]
			return false
		}
		lx.start = lx.pos
		lx.scanWord()
		lx.end = lx.pos
		if len(lx.raw) > 0 {
			break
		}
		// Only marks or zero-width runes: no word; keep the breaks seen so far.
		lx.glued = false
	}
	lx.word = append(lx.word[:0], lx.raw...)
	lx.word = suffixFold(lx.word)
	return true
}

// skipSeparators moves past what separates two words, noting sentence, line and
// phrase breaks and whether one glue rune alone joins the words. It reports
// whether a word follows.
func (lx *lexer) skipSeparators(hadPrev bool) bool {
	glue, sepRunes := false, 0
	for lx.pos < len(lx.text) {
		r, n := rune(lx.text[lx.pos]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(lx.text[lx.pos:])
		}
		if isWordRune(r) {
			break
		}
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			lx.lineBreak, lx.sentBreak = true, true
		case r == '.' || r == '!' || r == '?' || r == ';' || r == '\u2022':
			if lx.pos+n >= len(lx.text) || !isWordStart(lx.text[lx.pos+n:]) || r == '\u2022' {
				lx.sentBreak = true
			}
		}
		switch r {
		case ',', ';', ':', '(', ')', '|', '[', ']', '"', '\u201c', '\u201d':
			lx.phraseBreak = true
		}
		glue = sepRunes == 0 && glueRune(r)
		sepRunes++
		lx.pos += n
	}
	lx.glued = hadPrev && glue && sepRunes == 1
	lx.phraseBreak = lx.phraseBreak || lx.sentBreak
	return lx.pos < len(lx.text)
}

// isWordStart reports whether s starts with a letter or digit.
func isWordStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// scanWord reads one word at lx.pos into lx.raw, folding as it goes. An
// apostrophe inside a word is dropped ("you'll" → "youll"), as is a possessive
// "'s"; "+" and "#" directly after a letter stay ("c++", "c#").
func (lx *lexer) scanWord() {
	t := lx.text
	for lx.pos < len(t) {
		c := t[lx.pos]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				lx.raw = append(lx.raw, c)
			case 'A' <= c && c <= 'Z':
				lx.raw = append(lx.raw, c+'a'-'A')
			case c == '\'':
				if !lx.apostrophe(1) {
					return
				}
				continue
			case (c == '+' || c == '#') && len(lx.raw) > 0 && isASCIILetter(lx.raw[len(lx.raw)-1]):
				for lx.pos < len(t) && (t[lx.pos] == '+' || t[lx.pos] == '#') {
					lx.raw = append(lx.raw, t[lx.pos])
					lx.pos++
				}
				return
			default:
				return
			}
			lx.pos++
			continue
		}
		r, n := utf8.DecodeRuneInString(t[lx.pos:])
		if r == '\u2019' || r == '\u02bc' || r == '\u2018' {
			if !lx.apostrophe(n) {
				return
			}
			continue
		}
		if !isWordRune(r) {
			return
		}
		lx.raw = appendFolded(lx.raw, r)
		lx.pos += n
	}
}

// apostrophe handles an apostrophe of n bytes at lx.pos inside a word and
// reports whether the word goes on.
func (lx *lexer) apostrophe(n int) bool {
	rest := lx.text[lx.pos+n:]
	if len(lx.raw) == 0 || !isWordStart(rest) {
		return false
	}
	if (rest[0] == 's' || rest[0] == 'S') && (len(rest) == 1 || !isWordStart(rest[1:])) {
		lx.pos += n + 1 // possessive: drop "'s"
		return false
	}
	lx.pos += n
	return true
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' }

// isWordRune reports whether r is part of a word. Zero-width joiners and soft
// hyphens count as word runes so that they do not split a word; appendFolded
// drops them.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// appendFolded appends the folded form of a non-ASCII word rune: accents and
// combining marks removed, ligatures and full-width forms spelled out, lower case.
func appendFolded(b []byte, r rune) []byte {
	switch {
	case r == '\u00ad' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff':
		return b
	case unicode.Is(unicode.Mn, r):
		return b
	case r >= '\uff10' && r <= '\uff5a': // full-width digits and letters
		c := byte(r - 0xfee0)
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if isWordRune(rune(c)) {
			return append(b, c)
		}
		return b
	}
	if s, ok := latinFold[r]; ok {
		return append(b, s...)
	}
	l := unicode.ToLower(r)
	if s, ok := latinFold[l]; ok {
		return append(b, s...)
	}
	if l < utf8.RuneSelf {
		return append(b, byte(l))
	}
	return utf8.AppendRune(b, l)
}

// latinFold spells Latin letters with diacritics and ligatures in plain ASCII.
var latinFold = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'ç': "c", 'ć': "c", 'č': "c", 'ď': "d", 'đ': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ę': "e", 'ě': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ı': "i", 'ł': "l",
	'ñ': "n", 'ń': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ő': "o",
	'ř': "r", 'ś': "s", 'š': "s", 'ș': "s", 'ş': "s", 'ß': "ss", 'ť': "t", 'ț': "t",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ů': "u", 'ű': "u",
	'ý': "y", 'ÿ': "y", 'ź': "z", 'ż': "z", 'ž': "z",
	'æ': "ae", 'œ': "oe", 'þ': "th", 'ð': "d",
	'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi", 'ﬄ': "ffl", 'ﬅ': "st", 'ﬆ': "st",
}

// suffixFold reduces plurals and British spellings of an ASCII lower-case word.
// It is idempotent: folding a folded word changes nothing.
func suffixFold(w []byte) []byte {
	for i := 0; i < 3; i++ {
		n := len(w)
		w = foldOnce(w)
		if len(w) == n {
			break
		}
	}
	return w
}

func foldOnce(w []byte) []byte {
	n := len(w)
	if n < 4 {
		return w
	}
	switch w[n-1] {
	case 's':
		switch {
		case n > 4 && hasSuf(w, "ies"):
			return append(w[:n-3], 'y')
		case hasSuf(w, "sses"), hasSuf(w, "xes"), hasSuf(w, "ches"), hasSuf(w, "shes"):
			return w[:n-2]
		case !hasSuf(w, "ss") && !hasSuf(w, "us") && !singularIs(w):
			return w[:n-1]
		}
	case 'e':
		if r := ukSpelling(w); r != "" {
			return append(w[:0], r...)
		}
		switch {
		case hasSuf(w, "ise"):
			return zAt(w, "is")
		case hasSuf(w, "yse"):
			return zAt(w, "ys")
		}
	case 'l', 't', 'y':
		if r := ukSpelling(w); r != "" {
			return append(w[:0], r...)
		}
	case 'n':
		if hasSuf(w, "isation") {
			return zAt(w, "is")
		}
	case 'g':
		switch {
		case hasSuf(w, "ising"):
			return zAt(w, "is")
		case hasSuf(w, "ysing"):
			return zAt(w, "ys")
		case hasSuf(w, "elling"):
			return dropL(w)
		}
	case 'd':
		switch {
		case hasSuf(w, "ised"):
			return zAt(w, "is")
		case hasSuf(w, "ysed"):
			return zAt(w, "ys")
		case hasSuf(w, "elled"):
			return dropL(w)
		}
	case 'r':
		switch {
		case hasSuf(w, "iser"):
			return zAt(w, "is")
		case hasSuf(w, "yser"):
			return zAt(w, "ys")
		case n > 5 && hasSuf(w, "our"):
			return append(w[:n-2], 'r')
		}
	}
	return w
}

// zAt makes the s of the last pair of letters pair a z ("ise" → "ize").
func zAt(w []byte, pair string) []byte {
	i := bytes.LastIndex(w, []byte(pair))
	w[i+1] = 'z'
	return w
}

// dropL drops one l of the last "ell" ("modelling" → "modeling").
func dropL(w []byte) []byte {
	i := bytes.LastIndex(w, []byte("ell"))
	return append(w[:i+2], w[i+3:]...)
}

func hasSuf(w []byte, suf string) bool {
	return len(w) >= len(suf) && string(w[len(w)-len(suf):]) == suf
}

// singularIs reports whether s ends in "is" without being a plural ("analysis",
// "basis", "axis", "this"), unlike "kpis" or "apis".
func singularIs(s []byte) bool {
	if !hasSuf(s, "is") {
		return false
	}
	if hasSuf(s, "sis") || hasSuf(s, "xis") {
		return true
	}
	switch string(s) {
	case "this", "tennis", "iris", "chassis", "paris", "jarvis", "elvis", "memphis", "redis", "kubernetis":
		return true
	}
	return false
}

// ukSpelling returns the American spelling of the British w when no suffix
// rule covers it, else "". Every such word ends in e, l, t or y, which foldOnce
// checks before asking.
func ukSpelling(w []byte) string {
	switch string(w) {
	case "centre":
		return "center"
	case "programme":
		return "program"
	case "catalogue":
		return "catalog"
	case "dialogue":
		return "dialog"
	case "licence":
		return "license"
	case "defence":
		return "defense"
	case "offence":
		return "offense"
	case "practise":
		return "practice"
	case "judgement":
		return "judgment"
	case "enrol":
		return "enroll"
	case "fulfil":
		return "fulfill"
	case "analogue":
		return "analog"
	case "cheque":
		return "check"
	case "grey":
		return "gray"
	case "whilst":
		return "while"
	case "amongst":
		return "among"
	}
	return ""
}
