package analyze

import (
	"bytes"
	"fmt"
	"strings"
	"sync"

	"github.com/skillgap/skillgap"
)

// Extractor finds the skills of a taxonomy in posting text. It is built once
// with NewExtractor and is safe for concurrent use.
type Extractor struct {
	skills []skillgap.Skill
	m      *matcher
	c      *cues
	people string    // the people-management skill id, when the taxonomy has it
	pool   sync.Pool // of *scratch
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
	if seen[peopleManagementID] {
		e.people = peopleManagementID
	}
	return e, nil
}

// peopleManagementID is the skill leadsPeople adds.
const peopleManagementID = "people-management"

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

// hit is an alias found in the text: words w0..w1 and the trie node it ends at.
type hit struct {
	w0, w1 int32
	node   int32
	ok     entrySet // the node's entries whose guards pass
}

// entrySet is a set of the entries of one trie node, by index; an entry past
// the first 32 is always in it, and its guard is checked when it is used.
type entrySet uint32

func (s entrySet) has(k int) bool { return k >= 32 || s&(1<<k) != 0 }

// scratch is the working memory of one Extract call. An Extractor pools it, so
// that a posting costs a few allocations rather than some per word or sentence.
type scratch struct {
	d, title doc
	hits     []hit
	cands    []cand
	ms       mentions
	lx       lexer  // for the matching forms of the title and the first line
	tform    []byte // the title in matching form
	lform    []byte // the first line in matching form
}

// maxPooledWords bounds the size of a scratch returned to the pool, so that
// one huge posting does not pin its memory.
const maxPooledWords = 1 << 16

func (e *Extractor) getScratch() *scratch {
	if sc, ok := e.pool.Get().(*scratch); ok {
		return sc
	}
	return &scratch{ms: mentions{at: make([]int32, len(e.skills))}}
}

func (e *Extractor) putScratch(sc *scratch) {
	sc.d.text, sc.title.text = "", ""
	sc.d.lx.text, sc.title.lx.text, sc.lx.text = "", "", ""
	if cap(sc.d.words) <= maxPooledWords {
		e.pool.Put(sc)
	}
}

// mentions collects one mention per skill. Evidence stays a sentence span
// until the end, as a stronger mention may replace it.
type mentions struct {
	list []mention
	at   []int32 // per skill: 1 + its index in list; 0 when absent (all 0 between uses)
}

// mention is one skill a posting asks for.
type mention struct {
	skill int32
	level skillgap.Requirement
	exp   int  // expected proficiency, 0 when unsaid
	sent  span // the evidence in the text, unless inTitle
	// inTitle says the evidence is the job title.
	inTitle bool
}

// get returns the mention of skill, or nil.
func (ms *mentions) get(skill int32) *mention {
	if k := ms.at[skill]; k > 0 {
		return &ms.list[k-1]
	}
	return nil
}

// add records the first mention of a skill.
func (ms *mentions) add(m mention) {
	ms.list = append(ms.list, m)
	ms.at[m.skill] = int32(len(ms.list))
}

// finish returns the mentions as skillgap.SkillMention (nil when none) and
// empties ms for the next posting.
func (ms *mentions) finish(e *Extractor, d *doc, title string) []skillgap.SkillMention {
	if len(ms.list) == 0 {
		return nil
	}
	out := make([]skillgap.SkillMention, len(ms.list))
	var last span // mentions in one sentence share its text
	ev := ""
	for i, m := range ms.list {
		switch {
		case m.inTitle:
			out[i].Evidence = strings.TrimSpace(title)
		case m.sent == last && ev != "":
			out[i].Evidence = ev
		default:
			ev, last = d.evidence(m.sent), m.sent
			out[i].Evidence = ev
		}
		out[i].SkillID, out[i].Level, out[i].Expected = e.skills[m.skill].ID, m.level, m.exp
		ms.at[m.skill] = 0
	}
	ms.list = ms.list[:0]
	return out
}

// Extract finds the skills, years, seniority and role family of a posting.
func (e *Extractor) Extract(title, text string) Extraction {
	sc := e.getScratch()
	defer e.putScratch(sc)
	d := &sc.d
	e.scanInto(d, text)
	var (
		out     Extraction
		zone    = zoneNone
		yearsRq int
		yearsPf int
	)
	intro := true // before any heading or any line that speaks to the candidate
	sc.tform = appendNormal(sc.tform[:0], &sc.lx, title)
	for li, ln := range d.lines {
		lineText, lineStart := d.lineText(ln)
		if li == 0 && len(sc.tform) > 0 {
			sc.lform = appendNormal(sc.lform[:0], &sc.lx, lineText)
			if isTitleLine(sc.lform, sc.tform) {
				continue
			}
		}
		ws := d.words[ln.w0:ln.w1]
		var year bool
		sc.hits, sc.cands, year = e.matchLine(d, ln, sc.hits[:0], sc.cands)
		z, heading, inline := e.c.headingOf(lineText, lineStart, ws, len(sc.hits) > 0)
		if heading {
			zone, intro = z, false
			if !inline {
				continue
			}
		}
		if len(sc.hits) == 0 && !year {
			// Nothing to record; only the opening lines need their cues.
			if intro && e.c.weYou.union(ws)&cueYou != 0 {
				intro = false
			}
			continue
		}
		lf := e.c.weYou.union(ws) // of the classes, a line needs only these
		if lf&cueYou != 0 {
			intro = false
		}
		list := e.isList(ws, lineText, lineStart)
		lz := zone
		if lz == zoneNone && lf&cueYou == 0 && (intro && len(d.lines) >= 4 && len(ws) >= 5 && !year || lf&cueWe != 0) && !list {
			lz = zoneCompany
		}
		if list && lz.counts() {
			if z, ok := e.c.itemZone(lineText, lineStart, ws); ok {
				lz = z
			}
		}
		if !lz.counts() {
			continue
		}
		for _, h := range sc.hits {
			e.record(d, h, lz, !list, &sc.ms)
		}
		if !year {
			continue
		}
		y, pref := e.lineYears(d, ln, lz)
		if pref {
			yearsPf = max(yearsPf, y)
		} else {
			yearsRq = max(yearsRq, y)
		}
	}
	e.titleDomains(title, sc)
	out.Skills = sc.ms.finish(e, d, title)
	out.YearsMin = yearsRq
	if out.YearsMin == 0 {
		out.YearsMin = yearsPf
	}
	out.Role, out.Seniority = postingRole(title, text, out.YearsMin)
	e.leadsPeople(&out, text)
	return out
}

// leadsPeople adds people management to a product-leadership posting (group
// or lead PM and above) that asks to lead product managers or the product team
// ("manage and develop a team of PMs", "build and mentor a product team") in
// words no alias holds whole; below those bands "grow our product team" is
// more often the company's news than an ask.
func (e *Extractor) leadsPeople(out *Extraction, text string) {
	if out.Role == "" || out.Seniority.Rank() < skillgap.Lead.Rank() || e.people == "" {
		return
	}
	for _, m := range out.Skills {
		if m.SkillID == e.people {
			return
		}
	}
	if ev, ok := managesPMsAt(text); ok {
		out.Skills = append(out.Skills, skillgap.SkillMention{SkillID: e.people, Level: skillgap.Required, Evidence: ev})
	}
}

// titleDomains adds the skills that the job title names as the area of work
// ("Product Manager, Payments", "PM, Mobile (iOS & Android)") as required, with
// the title as evidence. Leadership and strategy skills in a title are left
// out: "Product Lead" does not ask for product leadership.
func (e *Extractor) titleDomains(title string, sc *scratch) {
	if strings.TrimSpace(title) == "" {
		return
	}
	d := &sc.title
	e.scanInto(d, title)
	for _, ln := range d.lines {
		sc.hits, sc.cands, _ = e.matchLine(d, ln, sc.hits[:0], sc.cands)
		for _, h := range sc.hits {
			for k, en := range e.m.terms[h.node] {
				if c := e.skills[en.skill].Category; c == "leadership" || c == "strategy" || !e.passes(d, h, k, en) {
					continue
				}
				m := mention{skill: en.skill, level: skillgap.Required, inTitle: true}
				if old := sc.ms.get(en.skill); old != nil {
					if old.level != skillgap.Required {
						*old = m
					}
					continue
				}
				sc.ms.add(m)
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

// matchLine appends the leftmost-longest alias matches in line ln whose guards
// allow them. It also reports whether the line says "years" or "yrs", as it
// reads every word anyway.
func (e *Extractor) matchLine(d *doc, ln span, hits []hit, buf []cand) (_ []hit, _ []cand, year bool) {
	ws := d.words
	y1, y2 := e.c.year, e.c.yr
	for i := ln.w0; i < ln.w1; {
		w := &ws[i]
		year = year || w.id == y1 || w.id == y2
		if !e.m.canStart(*w) { // most words: no alias starts there
			i++
			continue
		}
		buf = e.m.step(ws, int(i), 0, w.sent, buf[:0])
		best := hit{w0: -1}
		for _, c := range buf { // walk order, not length order: keep the longest allowed
			if c.end <= best.w1 {
				continue
			}
			if ok := e.allowedSet(d, i, c); ok != 0 {
				best = hit{w0: i, w1: c.end, node: c.node, ok: ok}
			}
		}
		if best.w0 < 0 {
			i++
			continue
		}
		for k := i + 1; k < best.w1; k++ {
			year = year || e.isYear(ws[k])
		}
		hits = append(hits, best)
		i = best.w1
	}
	return hits, buf, year
}

// allowedSet returns the entries of candidate c at word i that pass their
// guards, so that the guards run once per hit.
func (e *Extractor) allowedSet(d *doc, i int32, c cand) entrySet {
	var ok entrySet
	for k, en := range e.m.terms[c.node] {
		if k >= 32 || e.allowed(d, i, c.end, en) {
			ok |= 1 << min(k, 31)
		}
	}
	return ok
}

// passes reports whether entry k (en) of hit h passes its guard.
func (e *Extractor) passes(d *doc, h hit, k int, en entry) bool {
	if k < 32 {
		return h.ok.has(k)
	}
	return e.allowed(d, h.w0, h.w1, en)
}

func (e *Extractor) allowed(d *doc, w0, w1 int32, en entry) bool {
	if en.guard < 0 {
		return true
	}
	s := d.sents[d.words[w0].sent]
	spanText := d.text[d.words[w0].start:d.words[w1-1].end]
	return e.m.allows(en.guard, spanText, d.words[s.w0:s.w1], int(w0-s.w0), int(w1-s.w0))
}

// record adds the skills of hit h in a line of zone z to ms, unless the
// sentence is boilerplate or negates them, or does not ask them of the
// candidate (see ask.go).
func (e *Extractor) record(d *doc, h hit, z zone, prose bool, ms *mentions) {
	si := d.words[h.w0].sent
	s := d.sents[si]
	sw := d.words[s.w0:s.w1]
	f := e.sentFlags(d, si)
	if f&cueDrop != 0 || prose && f&cueWe != 0 && f&cueYou == 0 || e.aside(d, si, f) {
		return // boilerplate, a sentence about the company ("We use Jira internally"), an aside
	}
	a, b := int(h.w0-s.w0), int(h.w1-s.w0)
	nice := z == zoneNice || f&cueNice != 0 || f&cueNiceAfter != 0 && e.niceBefore(sw, a)
	lvl := skillgap.Required
	if nice {
		lvl = skillgap.Preferred
	}
	// A skill said again ("roadmaps" in five bullets) often cannot change its
	// mention: then the sentence needs no more reading.
	if !e.changes(d, h, lvl, maxExpected, ms) || e.negated(sw, a, b, nice, f) {
		return
	}
	exp := e.expected(sw, a, b, f)
	if !e.changes(d, h, lvl, exp, ms) {
		return
	}
	role := e.roleOf(d, sw, a, b, f)
	for k, en := range e.m.terms[h.node] {
		if !e.passes(d, h, k, en) || !e.asked(&e.skills[en.skill], role, f) {
			continue
		}
		m := ms.get(en.skill)
		switch {
		case m == nil:
			ms.add(mention{skill: en.skill, level: lvl, exp: exp, sent: s})
		case lvl.Stronger(m.level):
			*m = mention{skill: en.skill, level: lvl, exp: exp, sent: s}
		case lvl == m.level && exp > m.exp:
			m.exp = exp
		}
	}
}

// maxExpected is the highest proficiency expected returns.
const maxExpected = 4

// changes reports whether a mention at level lvl and expected proficiency exp
// of a skill of hit h would change ms, were it asked.
func (e *Extractor) changes(d *doc, h hit, lvl skillgap.Requirement, exp int, ms *mentions) bool {
	for k, en := range e.m.terms[h.node] {
		if !e.passes(d, h, k, en) {
			continue
		}
		if m := ms.get(en.skill); m == nil || lvl.Stronger(m.level) || lvl == m.level && exp > m.exp {
			return true
		}
	}
	return false
}

// niceBefore reports whether a cue such as "ideally" comes before word a of sw.
func (e *Extractor) niceBefore(sw []word, a int) bool {
	found := false
	e.c.set.each(sw[:a], func(_, _ int, f uint64) { found = found || f&cueNiceAfter != 0 })
	return found
}

// negated reports whether the sentence sw says the words a..b are not needed:
// "no SQL required", "no experience with X needed", "X is not required". When
// the sentence marks them nice to have, "not required" only confirms that.
// f holds the cue classes of the whole sentence.
func (e *Extractor) negated(sw []word, a, b int, nice bool, f uint64) bool {
	if f&(cueNegBefore|cueNegAfter) == 0 {
		return false
	}
	neg := false
	if f&cueNegBefore != 0 {
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
		neg = negAt&^okAt != 0
	}
	if neg || nice || f&cueNegAfter == 0 {
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
// an adjective right before it ("strong experience with"). f holds the cue
// classes of the whole sentence.
func (e *Extractor) expected(sw []word, a, b int, f uint64) int {
	if f&(cueLevel1|cueLevel2|cueLevel3|cueLevel4) == 0 {
		return 0
	}
	if f&cueLevel4 != 0 {
		after := 0
		e.c.set.each(sw[b:min(len(sw), b+3)], func(i, _ int, f uint64) {
			if i < 2 && levelOf(f) == 4 {
				after = 4
			}
		})
		if after > 0 {
			return after
		}
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

// isList reports whether the line with words ws is a list item.
func (e *Extractor) isList(ws []word, lineText string, lineStart int) bool {
	return len(ws) > 0 && inspectLine(lineText, int(ws[0].start)-lineStart).list
}

// isTitleLine reports whether a line repeats the job title, both in matching
// form (l and form), as many descriptions start with it.
func isTitleLine(l, form []byte) bool {
	return len(l) > 0 && (bytes.Contains(l, form) || bytes.Contains(form, l))
}

// isYear reports whether w is "years" or "yrs".
func (e *Extractor) isYear(w word) bool {
	return w.id >= 0 && (w.id == e.c.year || w.id == e.c.yr)
}
