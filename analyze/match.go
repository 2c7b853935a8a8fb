package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/skillgap/skillgap"
)

// matcher finds the longest alias at a word position with one trie over the
// words of every alias. Words are interned to ids, so a step costs one array
// or hash-table probe whatever the number of skills.
type matcher struct {
	vocab  vocab
	edges  trie
	terms  [][]entry // per node: the skills whose alias ends there
	more   []bool    // per node: some alias goes on from it, so a walk goes on
	guards []guard
}

// entry is one skill an alias stands for, with the guard that limits it.
type entry struct {
	skill int32
	guard int32 // index into guards; -1 for none
}

// guard is the compiled skillgap.Guards of one alias; it passes when any of
// them does ("OKR" and "OKRs" both guard the alias "okr").
type guard []guardAlt

// guardAlt is one compiled skillgap.Guard.
type guardAlt struct {
	exact   string     // caseForm of the alias; "" unless case sensitive
	near    phraseList // phrases of which one must be in the sentence
	notNear phraseList // phrases none of which may be in the sentence
}

// phraseList is a few word-id phrases with a filter on their first words, so
// that looking for them reads the sentence once, however many there are.
type phraseList struct {
	phrases [][]int32
	first   [4]uint64 // bit id%256 is set when a phrase starts with word id
}

// add adds phrase p, which is not empty.
func (pl *phraseList) add(p []int32) {
	pl.phrases = append(pl.phrases, p)
	pl.first[p[0]>>6&3] |= 1 << (p[0] & 63)
}

// startsAny reports whether a phrase may start with word id (id >= 0).
func (pl *phraseList) startsAny(id int32) bool {
	return pl.first[id>>6&3]&(1<<(id&63)) != 0
}

func newMatcher() *matcher {
	return &matcher{terms: [][]entry{nil}, more: []bool{false}}
}

// id interns word w.
func (m *matcher) id(w string) int32 { return m.vocab.intern(w) }

// phrase interns the words of s.
func (m *matcher) phrase(s string) []int32 {
	var ids []int32
	for _, w := range normWords(s) {
		ids = append(ids, m.id(w))
	}
	return ids
}

// add compiles alias of skill with guard g (or -1), with its spelling variants:
// glued compounds joined ("A/B testing" also as "ab testing"), a two-word alias
// written as one ("Power BI" as "powerbi"), and parenthetical text dropped.
func (m *matcher) add(alias string, skill, g int32) {
	for _, v := range aliasVariants(alias) {
		if len(v) == 0 {
			continue
		}
		node := int32(0)
		for _, w := range v {
			id := m.id(w)
			next := m.edges.child(node, id)
			if next == 0 {
				next = int32(len(m.terms))
				m.terms = append(m.terms, nil)
				m.more = append(m.more, false)
				m.edges.put(node, id, next)
				m.more[node] = true
			}
			node = next
		}
		e := entry{skill: skill, guard: g}
		dup := false
		for _, x := range m.terms[node] {
			dup = dup || x == e
		}
		if !dup {
			m.terms[node] = append(m.terms[node], e)
		}
	}
}

// aliasVariants lists the word sequences under which alias is matched.
func aliasVariants(alias string) [][]string {
	var out [][]string
	for _, a := range []string{alias, stripParens(alias)} {
		var words, joined []string
		var rawJoin string
		lx := lexer{text: a}
		for lx.next() {
			words = append(words, string(lx.word()))
			if lx.glued && len(joined) > 0 {
				rawJoin += string(lx.raw())
				joined[len(joined)-1] = string(suffixFold([]byte(rawJoin)))
				continue
			}
			rawJoin = string(lx.raw())
			joined = append(joined, string(lx.word()))
		}
		out = append(out, words)
		if len(joined) != len(words) {
			out = append(out, joined)
		}
		for _, v := range [][]string{words, joined} {
			if n := len(v); n > 0 {
				if alt, ok := gerunds[v[n-1]]; ok {
					out = append(out, append(v[:n-1:n-1], alt))
				}
			}
		}
		if len(words) == 2 && len(joined) == 2 {
			lx := lexer{text: a}
			var raw []byte
			for lx.next() {
				raw = append(raw, lx.raw()...)
			}
			out = append(out, []string{string(suffixFold(raw))})
		}
	}
	return out
}

// gerunds pairs the activity and thing forms of words that end aliases, so
// that "A/B testing" also matches "A/B tests" and "user interviews" also
// "user interviewing". Only safe pairs: "marketing" is not "market".
var gerunds = map[string]string{
	"testing": "test", "test": "testing", "prototyping": "prototype", "prototype": "prototyping",
	"interviewing": "interview", "interview": "interviewing", "forecasting": "forecast", "forecast": "forecasting",
	"modeling": "model", "model": "modeling", "wireframing": "wireframe", "wireframe": "wireframing",
	"benchmarking": "benchmark", "benchmark": "benchmarking", "budgeting": "budget", "budget": "budgeting",
	"roadmapping": "roadmap", "roadmap": "roadmapping", "experimenting": "experiment", "experiment": "experimenting",
	"survey": "surveying", "surveying": "survey", "mentoring": "mentor", "mentor": "mentoring",
	"coaching": "coach", "coach": "coaching", "onboarding": "onboard",
}

// stripParens drops parenthesised parts: "Objectives and Key Results (OKRs)".
func stripParens(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// compileGuard compiles the guards gs of one alias.
func (m *matcher) compileGuard(gs []skillgap.Guard) int32 {
	var g guard
	for _, x := range gs {
		g = append(g, m.compileAlt(x.Alias, x.CaseSensitive, x.Near, x.NotNear))
	}
	m.guards = append(m.guards, g)
	return int32(len(m.guards) - 1)
}

// compileAlt compiles one guard of alias.
func (m *matcher) compileAlt(alias string, caseSensitive bool, near, notNear []string) guardAlt {
	gd := guardAlt{}
	if caseSensitive {
		gd.exact = string(caseForm(nil, alias))
	}
	for _, p := range near {
		if ph := m.phrase(p); len(ph) > 0 {
			gd.near.add(ph)
		}
	}
	for _, p := range notNear {
		if ph := m.phrase(p); len(ph) > 0 {
			gd.notNear.add(ph)
		}
	}
	return gd
}

// caseForm appends to dst what a case-sensitive guard compares: the letters
// and digits of s in their casing (and "+" and "#"), without the plural "s" of
// an acronym, so that "APIs" and "API's" count as "API" the way Normalize
// folds "apis" to "api". "Segments" keeps its "s": it is no plural acronym.
func caseForm(dst []byte, s string) []byte {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '+' || r == '#' {
			dst = utf8.AppendRune(dst, r)
		}
	}
	if n := len(dst); n >= 3 && dst[n-1] == 's' && isAcronym(dst[:n-1]) {
		dst = dst[:n-1]
	}
	return dst
}

// isAcronym reports whether b is upper-case ASCII letters and digits, with at
// least one letter ("API", "B2B").
func isAcronym(b []byte) bool {
	letter := false
	for _, c := range b {
		switch {
		case 'A' <= c && c <= 'Z':
			letter = true
		case '0' <= c && c <= '9':
		default:
			return false
		}
	}
	return letter
}

// caseEqual reports whether the case form of s is want.
func caseEqual(s, want string) bool {
	var buf [64]byte
	return string(caseForm(buf[:0], s)) == want
}

// cand is a place where some alias ends: the word after it and the trie node.
type cand struct{ end, node int32 }

// canStart reports whether an alias may start at word w.
func (m *matcher) canStart(w word) bool {
	return m.edges.starts(w.id) || m.edges.starts(w.join)
}

// step appends to buf every alias that goes on from trie node node at word j
// and ends within sentence sent, shortest first: from the root (node 0) at a
// word where canStart holds, every alias that starts there.
func (m *matcher) step(ws []word, j int, node, sent int32, buf []cand) []cand {
	if j >= len(ws) || ws[j].sent != sent || node != 0 && ws[j].brk {
		return buf
	}
	w := ws[j]
	if w.id >= 0 {
		if c := m.edges.child(node, w.id); c != 0 {
			if m.terms[c] != nil {
				buf = append(buf, cand{int32(j + 1), c})
			}
			if m.more[c] {
				buf = m.step(ws, j+1, c, sent, buf)
			}
		}
	}
	if w.join >= 0 && j+1 < len(ws) {
		if c := m.edges.child(node, w.join); c != 0 {
			if m.terms[c] != nil {
				buf = append(buf, cand{int32(j + 2), c})
			}
			if m.more[c] {
				buf = m.step(ws, j+2, c, sent, buf)
			}
		}
	}
	return buf
}

// allows reports whether guard g lets the alias span, words a..b of the
// sentence sent, count. Near and NotNear look at the rest of the sentence, so
// that "excels" in NotNear does not veto "Excel" itself.
func (m *matcher) allows(g int32, span string, sent []word, a, b int) bool {
	if g < 0 {
		return true
	}
	for i := range m.guards[g] {
		gd := &m.guards[g][i]
		if gd.exact != "" && !caseEqual(span, gd.exact) {
			continue
		}
		if len(gd.near.phrases) > 0 && !gd.near.containsOutside(sent, a, b) {
			continue
		}
		if !gd.notNear.containsOutside(sent, a, b) {
			return true
		}
	}
	return false
}

// containsOutside reports whether ws holds one of the phrases somewhere other
// than exactly on words a..b.
func (pl *phraseList) containsOutside(ws []word, a, b int) bool {
	if len(pl.phrases) == 0 {
		return false
	}
	for i, w := range ws {
		if w.id < 0 || !pl.startsAny(w.id) {
			continue
		}
	next:
		for _, p := range pl.phrases {
			if p[0] != w.id || i+len(p) > len(ws) || i == a && i+len(p) == b {
				continue
			}
			for k, id := range p[1:] {
				if ws[i+1+k].id != id {
					continue next
				}
			}
			return true
		}
	}
	return false
}

// phraseSet finds many short phrases at once: a trie over word ids whose nodes
// carry the classes (bits) of the phrases ending there.
type phraseSet struct {
	edges trie
	flags []uint64 // per node; hasMore marks a node that some phrase goes on from
}

// hasMore is the bit of phraseSet.flags that marks a node with children, so
// that a walk stops at a leaf without probing the edge table. No cue class
// uses it.
const hasMore = 1 << 63

func newPhraseSet() *phraseSet {
	return &phraseSet{flags: []uint64{0}}
}

// add records phrase p under class bits f.
func (ps *phraseSet) add(p []int32, f uint64) {
	if len(p) == 0 {
		return
	}
	node := int32(0)
	for _, id := range p {
		next := ps.edges.child(node, id)
		if next == 0 {
			next = int32(len(ps.flags))
			ps.flags = append(ps.flags, 0)
			ps.edges.put(node, id, next)
			ps.flags[node] |= hasMore
		}
		node = next
	}
	ps.flags[node] |= f
}

// each calls fn for every phrase occurrence in ws: its words i..j and classes.
func (ps *phraseSet) each(ws []word, fn func(i, j int, f uint64)) {
	for i := range ws {
		node := ps.edges.root(ws[i].id)
		for j := i + 1; node != 0; j++ {
			f := ps.flags[node]
			if f&^hasMore != 0 {
				fn(i, j, f&^hasMore)
			}
			if f&hasMore == 0 || j >= len(ws) || ws[j].id < 0 {
				break
			}
			node = ps.edges.child(node, ws[j].id)
		}
	}
}

// union returns the classes of every phrase in ws.
func (ps *phraseSet) union(ws []word) uint64 {
	var all uint64
	for i := range ws {
		node := ps.edges.root(ws[i].id)
		for j := i + 1; node != 0; j++ {
			f := ps.flags[node]
			all |= f
			if f&hasMore == 0 || j >= len(ws) || ws[j].id < 0 {
				break
			}
			node = ps.edges.child(node, ws[j].id)
		}
	}
	return all &^ hasMore
}
