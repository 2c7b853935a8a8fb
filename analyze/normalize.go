package analyze

import (
	"encoding/binary"
	"math/bits"
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
	var lx lexer
	return string(appendNormal(make([]byte, 0, len(s)), &lx, s))
}

// appendNormal appends the matching form of s (see Normalize) to dst, with lx
// for its buffers: with a kept lexer and dst it allocates nothing.
func appendNormal(dst []byte, lx *lexer, s string) []byte {
	lx.reset(s)
	n := len(dst)
	for lx.next() {
		if len(dst) > n {
			dst = append(dst, ' ')
		}
		dst = append(dst, lx.word()...)
	}
	return dst
}

// normWords returns the words of s in matching form. The words share one
// string, so that a sentence costs two allocations rather than one a word.
func normWords(s string) []string {
	var (
		textBuf [512]byte
		endBuf  [64]int
	)
	lx := lexer{text: s}
	text, ends := textBuf[:0], endBuf[:0]
	for lx.next() {
		text = append(text, lx.word()...)
		ends = append(ends, len(text))
	}
	if len(ends) == 0 {
		return nil
	}
	all := string(text)
	ws := make([]string, len(ends))
	start := 0
	for i, end := range ends {
		ws[i], start = all[start:end], end
	}
	return ws
}

// lexer splits text into words in matching form, keeping their byte offsets and
// what separates them. It allocates nothing per word, and writes no pointers
// either: its buffers are kept at full length with the lengths in use beside
// them, and replaced only to grow. (Pointer writes cost write barriers while
// the garbage collector runs.)
type lexer struct {
	text  string
	pos   int
	start int // byte offset of the current word in text
	end   int // byte offset just past the current word
	// bufs[cur] holds the current word folded but without suffix rules (its
	// raw form), bufs[cur^1] the raw form of the previous word.
	bufs        [2][]byte
	cur         int
	nRaw, nPrev int
	wbuf        []byte // the current word, normalised, unless wordIsRaw
	nWord       int
	wordIsRaw   bool // no suffix rule changes the current word: it is its raw form
	glued       bool // the current word is joined to the previous one by - / . & or '
	// sentBreak reports a sentence boundary (. ! ? ; or a line end) between the
	// previous word and this one.
	sentBreak bool
	// lineBreak reports a line end between the previous word and this one.
	lineBreak bool
	// phraseBreak reports punctuation between the previous word and this one
	// that no alias spans: , ; : ( ) | and sentence ends.
	phraseBreak bool
}

// word returns the current word in matching form, valid until the next call
// to next.
func (lx *lexer) word() []byte {
	if lx.wordIsRaw {
		return lx.raw()
	}
	return lx.wbuf[:lx.nWord]
}

// raw returns the current word folded but without suffix rules.
func (lx *lexer) raw() []byte { return lx.bufs[lx.cur][:lx.nRaw] }

// prev returns the raw form of the previous word.
func (lx *lexer) prev() []byte { return lx.bufs[lx.cur^1][:lx.nPrev] }

// put appends c to the raw form of the current word.
func (lx *lexer) put(c byte) {
	b := lx.bufs[lx.cur]
	if lx.nRaw == len(b) {
		b = lx.growRaw()
	}
	b[lx.nRaw] = c
	lx.nRaw++
}

// growRaw doubles the buffer of the current raw form and returns it.
func (lx *lexer) growRaw() []byte {
	b := make([]byte, max(32, 2*len(lx.bufs[lx.cur])))
	copy(b, lx.raw())
	lx.bufs[lx.cur] = b
	return b
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
	*lx = lexer{text: text, bufs: lx.bufs, wbuf: lx.wbuf}
}

// next advances to the next word and reports whether there is one.
func (lx *lexer) next() bool {
	lx.cur ^= 1
	lx.nPrev, lx.nRaw = lx.nRaw, 0
	lx.sentBreak, lx.lineBreak, lx.phraseBreak = false, false, false
	hadPrev := lx.end > 0
	for {
		if p := lx.pos; p+1 < len(lx.text) && lx.text[p] == ' ' && isASCIIWordByte(lx.text[p+1]) {
			lx.pos, lx.glued = p+1, false // one space: the common case
		} else if !lx.skipSeparators(hadPrev) {
			lx.nWord, lx.wordIsRaw = 0, false
			return false
		}
		lx.start = lx.pos
		lx.scanASCII()
		if lx.pos < len(lx.text) && !plainEnd(lx.text[lx.pos]) {
			lx.scanWord() // the rest of the word, past what scanASCII copies
		}
		if lx.pos == lx.start {
			// A word rune that cannot start a word: "ʼ" (a letter to Unicode, an
			// apostrophe to us) before no word. Skip it, or we would loop here.
			_, n := utf8.DecodeRuneInString(lx.text[lx.pos:])
			lx.pos += n
		}
		lx.end = lx.pos
		if lx.nRaw > 0 {
			break
		}
		// Only marks or zero-width runes: no word; keep the breaks seen so far.
		lx.glued = false
	}
	raw := lx.raw()
	if !mayFold(raw) {
		lx.wordIsRaw = true
		return true // most words
	}
	keep, add := foldStep(raw)
	if lx.wordIsRaw = keep == len(raw) && add == ""; lx.wordIsRaw {
		return true // most words: no suffix rule applies, nothing to copy
	}
	// Suffix rules lengthen a word by a few bytes at most ("enrol" → "enroll"),
	// so with this room they work in place.
	if len(lx.wbuf) < keep+len(add)+8 {
		lx.wbuf = make([]byte, 2*(keep+len(add))+8)
	}
	w := append(append(lx.wbuf[:0], raw[:keep]...), add...)
	if len(w) != len(raw) {
		w = foldRounds(w, 2)
	}
	if len(w) > 0 && &w[0] != &lx.wbuf[0] {
		lx.wbuf = w[:cap(w)]
	}
	lx.nWord = len(w)
	return true
}

// skipSeparators moves past what separates two words, noting sentence, line and
// phrase breaks and whether one glue rune alone joins the words. It reports
// whether a word follows. (next moves past a single space itself.)
func (lx *lexer) skipSeparators(hadPrev bool) bool {
	glue, sepRunes := false, 0
	for lx.pos < len(lx.text) {
		r, n := rune(lx.text[lx.pos]), 1
		if r < utf8.RuneSelf {
			if isASCIIWordByte(byte(r)) {
				break
			}
		} else if r, n = utf8.DecodeRuneInString(lx.text[lx.pos:]); isWordRune(r) {
			break
		}
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			lx.lineBreak, lx.sentBreak = true, true
		case r == '.' || r == '!' || r == '?' || r == ';' || r == '\u2022':
			if lx.pos+n >= len(lx.text) || !isWordStart(lx.text[lx.pos+n:]) || r == '\u2022' {
				lx.sentBreak = lx.sentBreak || r != '.' || !abbreviation(lx.text[:lx.pos])
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

// abbreviation reports whether text ends with an abbreviation that a full
// stop closes without ending the sentence: "e.g", "i.e", "etc", "vs".
func abbreviation(text string) bool {
	i := len(text)
	for i > 0 && i > len(text)-6 && (isASCIILetter(text[i-1]|0x20) || text[i-1] == '.') {
		i--
	}
	if i > 0 && isASCIIWordByte(text[i-1]) {
		return false
	}
	// text[i:] is at most 6 ASCII letters and dots: fold it without allocating.
	var low [6]byte
	n := copy(low[:], text[i:])
	for k := range n {
		low[k] |= 0x20 // '.' is unchanged
	}
	switch string(low[:n]) {
	case "e.g", "i.e", "eg", "ie", "etc", "vs", "incl", "approx", "esp":
		return true
	}
	return false
}

// isASCIIWordByte reports whether c is an ASCII letter or digit.
func isASCIIWordByte(c byte) bool { return c-'a' < 26 || c-'A' < 26 || c-'0' < 10 }

// isWordStart reports whether s starts with a letter or digit.
func isWordStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// plainEnd reports whether a word that scanASCII stops at byte c ends there:
// c is ASCII, no letter or digit, and none of the characters scanWord reads
// on at (an apostrophe, "+", "#").
func plainEnd(c byte) bool {
	return c < utf8.RuneSelf && c != '\'' && c != '+' && c != '#' && !isASCIIWordByte(c)
}

// scanWord reads one word at lx.pos into the raw buffer, folding as it goes.
// An apostrophe inside a word is dropped ("you'll" → "youll"), as is a
// possessive "'s"; "+" and "#" directly after a letter stay ("c++", "c#").
func (lx *lexer) scanWord() {
	t := lx.text
	for lx.pos < len(t) {
		lx.scanASCII()
		if lx.pos >= len(t) {
			return
		}
		c := t[lx.pos]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				lx.put(c) // the buffer was full
			case 'A' <= c && c <= 'Z':
				lx.put(c + 'a' - 'A')
			case c == '\'':
				if !lx.apostrophe(1) {
					return
				}
				continue
			case (c == '+' || c == '#') && lx.nRaw > 0 && isASCIILetter(lx.bufs[lx.cur][lx.nRaw-1]):
				for lx.pos < len(t) && (t[lx.pos] == '+' || t[lx.pos] == '#') {
					lx.put(t[lx.pos])
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
		var tmp [8]byte
		for _, c := range appendFolded(tmp[:0], r) {
			lx.put(c)
		}
		lx.pos += n
	}
}

// scanASCII copies the run of ASCII letters and digits at lx.pos, lower-cased,
// while the raw buffer has room.
func (lx *lexer) scanASCII() {
	t, b, n := lx.text, lx.bufs[lx.cur], lx.nRaw
	i := lx.pos
	// Eight bytes at a time while text and buffer have room: most words end
	// within the first eight.
	for i+8 <= len(t) && n+8 <= len(b) {
		// With the top bit of every byte cleared, x + (0x80 - lo) sets the
		// top bit exactly when x >= lo, and no byte carries into the next.
		const ones, high = 0x0101010101010101, 0x8080808080808080
		v := load64(t, i)
		v7 := v &^ high
		upper := (v7 + (0x80-'A')*ones) &^ (v7 + (0x7f-'Z')*ones)
		word := (v7+(0x80-'a')*ones)&^(v7+(0x7f-'z')*ones) | upper | (v7+(0x80-'0')*ones)&^(v7+(0x7f-'9')*ones)
		word &= high &^ v // ASCII bytes only
		upper &= high &^ v
		binary.LittleEndian.PutUint64(b[n:], v|upper>>2)
		k := bits.TrailingZeros64(^word&high) >> 3 // leading letters and digits
		i, n = i+k, n+k
		if k < 8 {
			lx.pos, lx.nRaw = i, n
			return
		}
	}
	for ; i < len(t) && n < len(b); i++ {
		c := t[i]
		switch {
		case c-'a' < 26 || c-'0' < 10:
			b[n] = c
		case c-'A' < 26:
			b[n] = c + 'a' - 'A'
		default:
			lx.pos, lx.nRaw = i, n
			return
		}
		n++
	}
	lx.pos, lx.nRaw = i, n
}

// load64 returns the eight bytes of s at i as a little-endian word.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// apostrophe handles an apostrophe of n bytes at lx.pos inside a word and
// reports whether the word goes on.
func (lx *lexer) apostrophe(n int) bool {
	rest := lx.text[lx.pos+n:]
	if lx.nRaw == 0 || !isWordStart(rest) {
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
func suffixFold(w []byte) []byte { return foldRounds(w, 3) }

// foldRounds applies up to n rounds of suffix rules to w, stopping at the
// first that leaves its length alone.
func foldRounds(w []byte, n int) []byte {
	for range n {
		k := len(w)
		keep, add := foldStep(w)
		w = append(w[:keep], add...)
		if len(w) == k {
			break
		}
	}
	return w
}

// mayFold reports whether some suffix rule of foldStep may apply to w: it is
// four bytes or more and ends in a letter that a rule looks at.
func mayFold(w []byte) bool {
	const ends = 1<<('s'-'a') | 1<<('e'-'a') | 1<<('l'-'a') | 1<<('t'-'a') | 1<<('y'-'a') | 1<<('n'-'a') |
		1<<('g'-'a') | 1<<('d'-'a') | 1<<('r'-'a')
	if len(w) < 4 {
		return false
	}
	c := w[len(w)-1] - 'a'
	return c < 26 && ends>>c&1 != 0
}

// foldStep returns the change one round of suffix rules makes to w: keep its
// first keep bytes and append add. keep == len(w) and add == "" is no change.
// Planning the change without making it lets the lexer skip copying the many
// words that no rule changes.
func foldStep(w []byte) (keep int, add string) {
	n := len(w)
	if n < 4 {
		return n, ""
	}
	switch w[n-1] {
	case 's':
		switch {
		case n > 4 && hasSuf(w, "ies"):
			return n - 3, "y"
		case hasSuf(w, "sses"), hasSuf(w, "xes"), hasSuf(w, "ches"), hasSuf(w, "shes"):
			return n - 2, ""
		case !hasSuf(w, "ss") && !hasSuf(w, "us") && !singularIs(w):
			return n - 1, ""
		}
	case 'e':
		if r := ukSpelling(w); r != "" {
			return 0, r
		}
		switch {
		case hasSuf(w, "ise"):
			return n - 2, "ze"
		case hasSuf(w, "yse"):
			return n - 2, "ze"
		}
	case 'l', 't', 'y':
		if r := ukSpelling(w); r != "" {
			return 0, r
		}
	case 'n':
		if hasSuf(w, "isation") {
			return n - 6, "zation"
		}
	case 'g':
		switch {
		case hasSuf(w, "ising"), hasSuf(w, "ysing"):
			return n - 4, "zing"
		case hasSuf(w, "elling"):
			return n - 4, "ing"
		}
	case 'd':
		switch {
		case hasSuf(w, "ised"), hasSuf(w, "ysed"):
			return n - 3, "zed"
		case hasSuf(w, "elled"):
			return n - 3, "ed"
		}
	case 'r':
		switch {
		case hasSuf(w, "iser"), hasSuf(w, "yser"):
			return n - 3, "zer"
		case n > 5 && hasSuf(w, "our"):
			return n - 2, "r"
		}
	}
	return n, ""
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
	if len(w) < 4 || len(w) > 9 {
		return ""
	}
	// By first letter, so that a word is compared with the few it could be.
	switch w[0] {
	case 'a':
		switch string(w) {
		case "analogue":
			return "analog"
		case "amongst":
			return "among"
		}
	case 'c':
		switch string(w) {
		case "centre":
			return "center"
		case "catalogue":
			return "catalog"
		case "cheque":
			return "check"
		}
	case 'd':
		switch string(w) {
		case "dialogue":
			return "dialog"
		case "defence":
			return "defense"
		}
	case 'e':
		if string(w) == "enrol" {
			return "enroll"
		}
	case 'f':
		if string(w) == "fulfil" {
			return "fulfill"
		}
	case 'g':
		if string(w) == "grey" {
			return "gray"
		}
	case 'j':
		if string(w) == "judgement" {
			return "judgment"
		}
	case 'l':
		if string(w) == "licence" {
			return "license"
		}
	case 'o':
		if string(w) == "offence" {
			return "offense"
		}
	case 'p':
		switch string(w) {
		case "programme":
			return "program"
		case "practise":
			return "practice"
		}
	case 'w':
		if string(w) == "whilst" {
			return "while"
		}
	}
	return ""
}
