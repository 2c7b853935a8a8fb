package analyze

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/skillgap/skillgap"
)

// Extractor finds the skills of a taxonomy in posting text. It is built once
// with NewExtractor and is safe for concurrent use.
type Extractor struct {
	skills []skillgap.Skill
	m      *matcher
	c      *cues
}

// Extraction is what a posting asks for.
type Extraction struct {
	// Skills holds one mention per skill at its strongest level (required over
	// preferred), in order of first appearance; Evidence is the sentence with the
	// match and Expected the proficiency its wording implies (0 when unsaid).
	Skills    []skillgap.SkillMention
	YearsMin  int                // minimum years of experience asked; 0 means not stated
	Seniority skillgap.Seniority // from the title, else from YearsMin; "" when neither says
	Role      string             // role family, see RoleOf; "" when the title is not a product role
}

// NewExtractor compiles the names and aliases of every skill into one matcher.
// It fails on a skill without an id, a repeated id, or a guard without an alias.
func NewExtractor(skills []skillgap.Skill) (*Extractor, error) {
	e := &Extractor{skills: skills, m: newMatcher()}
	seen := make(map[string]bool, len(skills))
	for i := range skills {
		s := &skills[i]
		if s.ID == "" {
			return nil, fmt.Errorf("compile skill %d (%q): no id", i, s.Name)
		}
		if seen[s.ID] {
			return nil, fmt.Errorf("compile skill %s: id repeated", s.ID)
		}
		seen[s.ID] = true
		if err := e.addSkill(int32(i), s); err != nil {
			return nil, err
		}
	}
	e.c = compileCues(e.m)
	return e, nil
}

// addSkill compiles the name and aliases of skill s (index i) with their
// guards. A guard applies to every alias with the same normal form ("OKRs" to
// "okr"); a guard whose alias is not otherwise listed adds it.
func (e *Extractor) addSkill(i int32, s *skillgap.Skill) error {
	aliases := append([]string{s.Name}, s.Aliases...)
	byForm := map[string][]skillgap.Guard{}
	for _, g := range s.Guards {
		form := Normalize(g.Alias)
		if form == "" {
			return fmt.Errorf("compile skill %s: guard with empty alias", s.ID)
		}
		if len(byForm[form]) == 0 {
			aliases = append(aliases, g.Alias)
		}
		byForm[form] = append(byForm[form], g)
	}
	compiled := map[string]int32{}
	for _, a := range aliases {
		form := Normalize(a)
		if form == "" {
			continue
		}
		g := int32(-1)
		if gs := byForm[form]; len(gs) > 0 {
			var ok bool
			if g, ok = compiled[form]; !ok {
				g = e.m.compileGuard(gs)
				compiled[form] = g
			}
		}
		e.m.add(a, i, g)
	}
	return nil
}

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

// doc is a posting split into words, sentences and lines.
type doc struct {
	text   string
	words  []word
	sents  []span
	lines  []span
	sflags []uint64 // cue classes per sentence, with flagsKnown once computed
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
	d := &doc{text: text, words: make([]word, 0, len(text)/6+1)}
	lx := lexer{text: text}
	var join []byte
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
		id, ok := e.m.vocab[string(lx.word)]
		if !ok {
			id = -1
		}
		if lx.glued && n > 0 {
			join = suffixFold(append(append(join[:0], lx.prev...), lx.raw...))
			if j, ok := e.m.vocab[string(join)]; ok {
				d.words[n-1].join = j
			}
		}
		d.words = append(d.words, word{start: int32(lx.start), end: int32(lx.end), id: id, join: -1,
			sent: int32(len(d.sents) - 1), brk: lx.phraseBreak})
	}
	n := int32(len(d.words))
	if len(d.lines) > 0 {
		d.lines[len(d.lines)-1].w1 = n
		d.sents[len(d.sents)-1].w1 = n
	}
	d.sflags = make([]uint64, len(d.sents))
	return d
}

// hit is an alias found in the text: words w0..w1 and the trie node it ends at.
type hit struct {
	w0, w1 int32
	node   int32
}

// Extract finds the skills, years, seniority and role family of a posting.
func (e *Extractor) Extract(title, text string) Extraction {
	d := e.scan(text)
	var (
		out     Extraction
		byID    = map[int32]int{}
		hits    []hit
		buf     []cand
		zone    = zoneNone
		yearsRq int
		yearsPf int
	)
	intro := true // before any heading or any line that speaks to the candidate
	titleForm := Normalize(title)
	for li, ln := range d.lines {
		lineText, lineStart := d.lineText(ln)
		if li == 0 && titleForm != "" && isTitleLine(lineText, titleForm) {
			continue
		}
		hits, buf = e.matchLine(d, ln, hits[:0], buf)
		z, heading, inline := e.c.headingOf(lineText, lineStart, d.words[ln.w0:ln.w1], len(hits) > 0)
		if heading {
			zone, intro = z, false
			if !inline {
				continue
			}
		}
		lf := e.c.set.union(d.words[ln.w0:ln.w1])
		if lf&cueYou != 0 {
			intro = false
		}
		if len(hits) == 0 && !e.hasYear(d, ln) {
			continue
		}
		lz := zone
		if lz == zoneNone && lf&cueYou == 0 && (intro && len(d.lines) >= 4 && ln.w1-ln.w0 >= 5 && !e.hasYear(d, ln) || lf&cueWe != 0) &&
			!e.isList(d, ln, lineText, lineStart) {
			lz = zoneCompany
		}
		if !lz.counts() {
			continue
		}
		prose := !e.isList(d, ln, lineText, lineStart)
		for _, h := range hits {
			e.record(d, h, lz, prose, &out, byID)
		}
		y, pref := e.lineYears(d, ln, lz)
		if pref {
			yearsPf = max(yearsPf, y)
		} else {
			yearsRq = max(yearsRq, y)
		}
	}
	e.titleDomains(title, &out, byID)
	out.YearsMin = yearsRq
	if out.YearsMin == 0 {
		out.YearsMin = yearsPf
	}
	out.Seniority = seniorityWithYears(title, out.YearsMin)
	out.Role = RoleOf(title, text)
	return out
}

// titleDomains adds the skills that the job title names as the area of work
// ("Product Manager, Payments", "PM, Mobile (iOS & Android)") as required, with
// the title as evidence. Leadership and strategy skills in a title are left
// out: "Product Lead" does not ask for product leadership.
func (e *Extractor) titleDomains(title string, out *Extraction, byID map[int32]int) {
	if strings.TrimSpace(title) == "" {
		return
	}
	d := e.scan(title)
	for _, ln := range d.lines {
		hits, _ := e.matchLine(d, ln, nil, nil)
		for _, h := range hits {
			for _, en := range e.m.terms[h.node] {
				if c := e.skills[en.skill].Category; c == "leadership" || c == "strategy" || !e.allowed(d, h.w0, h.w1, en) {
					continue
				}
				m := skillgap.SkillMention{SkillID: e.skills[en.skill].ID, Level: skillgap.Required, Evidence: strings.TrimSpace(title)}
				if k, ok := byID[en.skill]; ok {
					if out.Skills[k].Level != skillgap.Required {
						out.Skills[k] = m
					}
					continue
				}
				byID[en.skill] = len(out.Skills)
				out.Skills = append(out.Skills, m)
			}
		}
	}
}

// Annotate sets p.Skills, p.YearsMin, p.Seniority and p.Role from p.Title and
// p.Description.
func (e *Extractor) Annotate(p *skillgap.Posting) {
	x := e.Extract(p.Title, p.Description)
	p.Skills, p.YearsMin, p.Seniority, p.Role = x.Skills, x.YearsMin, x.Seniority, x.Role
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

// matchLine appends the leftmost-longest alias matches in line ln whose guards
// allow them.
func (e *Extractor) matchLine(d *doc, ln span, hits []hit, buf []cand) ([]hit, []cand) {
	ws := d.words
	for i := ln.w0; i < ln.w1; {
		buf = e.m.candidates(ws, int(i), buf[:0])
		best := hit{w0: -1}
		for _, c := range buf { // walk order, not length order: keep the longest allowed
			if c.end > best.w1 && e.allowedAny(d, i, c) {
				best = hit{w0: i, w1: c.end, node: c.node}
			}
		}
		if best.w0 < 0 {
			i++
			continue
		}
		hits = append(hits, best)
		i = best.w1
	}
	return hits, buf
}

// allowedAny reports whether some skill of candidate c at word i passes its guard.
func (e *Extractor) allowedAny(d *doc, i int32, c cand) bool {
	for _, en := range e.m.terms[c.node] {
		if e.allowed(d, i, c.end, en) {
			return true
		}
	}
	return false
}

func (e *Extractor) allowed(d *doc, w0, w1 int32, en entry) bool {
	if en.guard < 0 {
		return true
	}
	s := d.sents[d.words[w0].sent]
	spanText := d.text[d.words[w0].start:d.words[w1-1].end]
	return e.m.allows(en.guard, spanText, d.words[s.w0:s.w1], int(w0-s.w0), int(w1-s.w0))
}

// record adds the skills of hit h in a line of zone z to out, unless the
// sentence is boilerplate or negates them.
func (e *Extractor) record(d *doc, h hit, z zone, prose bool, out *Extraction, byID map[int32]int) {
	si := d.words[h.w0].sent
	s := d.sents[si]
	sw := d.words[s.w0:s.w1]
	f := e.sentFlags(d, si)
	if f&cueDrop != 0 || prose && f&cueWe != 0 && f&cueYou == 0 {
		return // boilerplate, or a sentence about the company ("We use Jira internally")
	}
	nice := z == zoneNice || f&cueNice != 0 || f&cueNiceAfter != 0 && e.niceBefore(sw, int(h.w0-s.w0))
	if e.negated(sw, int(h.w0-s.w0), int(h.w1-s.w0), nice) {
		return
	}
	lvl := skillgap.Required
	if nice {
		lvl = skillgap.Preferred
	}
	exp := e.expected(sw, int(h.w0-s.w0), int(h.w1-s.w0))
	for _, en := range e.m.terms[h.node] {
		if !e.allowed(d, h.w0, h.w1, en) {
			continue
		}
		k, ok := byID[en.skill]
		if !ok {
			byID[en.skill] = len(out.Skills)
			out.Skills = append(out.Skills, skillgap.SkillMention{
				SkillID: e.skills[en.skill].ID, Level: lvl, Evidence: d.evidence(s), Expected: exp,
			})
			continue
		}
		m := &out.Skills[k]
		switch {
		case lvl.Stronger(m.Level):
			*m = skillgap.SkillMention{SkillID: m.SkillID, Level: lvl, Evidence: d.evidence(s), Expected: exp}
		case lvl == m.Level && exp > m.Expected:
			m.Expected = exp
		}
	}
}

// niceBefore reports whether a cue such as "ideally" comes before word a of sw.
func (e *Extractor) niceBefore(sw []word, a int) bool {
	found := false
	e.c.set.each(sw[:a], func(_, _ int, f uint64) { found = found || f&cueNiceAfter != 0 })
	return found
}

// maxEvidence bounds the evidence kept per mention, in bytes.
const maxEvidence = 300

// evidence returns the text of sentence s, trimmed to maxEvidence bytes.
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
	if !strings.ContainsAny(ev, "\t\n\r") && !strings.Contains(ev, "  ") {
		return ev
	}
	return strings.Join(strings.Fields(ev), " ")
}

// negated reports whether the sentence sw says the words a..b are not needed:
// "no SQL required", "no experience with X needed", "X is not required". When
// the sentence marks them nice to have, "not required" only confirms that.
func (e *Extractor) negated(sw []word, a, b int, nice bool) bool {
	lo := max(0, a-6)
	var negAt, okAt uint16 // bit i: a negation, or "not only", starts at lo+i
	e.c.set.each(sw[lo:a], func(i, j int, f uint64) {
		if f&cueNotOK != 0 {
			okAt |= 1 << i
		}
		if f&cueNegBefore != 0 && lo+j >= a-5 {
			negAt |= 1 << i
		}
	})
	neg := negAt&^okAt != 0
	if neg || nice {
		return neg
	}
	e.c.set.each(sw[b:min(len(sw), b+9)], func(i, _ int, f uint64) {
		if f&cueNegAfter != 0 && i < 7 {
			neg = true
		}
	})
	return neg
}

// expected returns the proficiency the words before a..b in sw imply, 0 if none:
// the nearest cue wins, except that a plain "experience with" takes the level of
// an adjective right before it ("strong experience with").
func (e *Extractor) expected(sw []word, a, b int) int {
	after := 0
	e.c.set.each(sw[b:min(len(sw), b+3)], func(i, _ int, f uint64) {
		if i < 2 && levelOf(f) == 4 {
			after = 4
		}
	})
	if after > 0 {
		return after
	}
	lo := max(0, a-10)
	type cue struct{ i, j, l int }
	var found [8]cue
	n := 0
	bestEnd, bestStart, level := -1, -1, 0
	e.c.set.each(sw[lo:a], func(i, j int, f uint64) {
		l := levelOf(f)
		if l == 0 || lo+i < a-8 {
			return
		}
		if n < len(found) {
			found[n] = cue{i, j, l}
			n++
		}
		if j > bestEnd || j == bestEnd && i < bestStart {
			bestEnd, bestStart, level = j, i, l
		}
	})
	if level == 2 {
		for _, c := range found[:n] {
			if c.l != 2 && c.j <= bestStart && c.j >= bestStart-2 {
				return c.l
			}
		}
	}
	return level
}

// isList reports whether line ln is a list item.
func (e *Extractor) isList(d *doc, ln span, lineText string, lineStart int) bool {
	ws := d.words[ln.w0:ln.w1]
	return len(ws) > 0 && inspectLine(lineText, int(ws[0].start)-lineStart).list
}

// isTitleLine reports whether line repeats the job title (normalised as form),
// as many descriptions start with it.
func isTitleLine(line, form string) bool {
	l := Normalize(line)
	return l != "" && (strings.Contains(l, form) || strings.Contains(form, l))
}

// hasYear reports whether line ln has the word "years".
func (e *Extractor) hasYear(d *doc, ln span) bool {
	for _, w := range d.words[ln.w0:ln.w1] {
		if w.id >= 0 && (w.id == e.c.year || w.id == e.c.yr) {
			return true
		}
	}
	return false
}
