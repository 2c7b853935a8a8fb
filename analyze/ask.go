package analyze

import (
	"strings"

	"github.com/skillgap/skillgap"
)

// Ask vs mention.
//
// Zoning says which part of a posting a line is in. This stage, run on each
// skill found in a zone that counts, says whether the posting asks that skill
// of the candidate. It looks at two roles, with word lists but no parser:
//
//   - The sentence: it asks (a requirement or a responsibility) unless it is an
//     aside that sits in an ask zone: press and awards, the application process
//     and background checks, a pitch to apply, a list of states.
//   - The noun phrase the skill is in: the object of the ask, or a party to it.
//     Teams and functions in a list that the candidate works with or for are
//     parties ("partner with UX, analytics and GTM teams", "a tool for
//     go-to-market teams"), as is a product domain listed beside a line of work
//     that the candidate may come from ("investment banking or consulting"), or
//     a word glued to a prefix that changes its sense ("non-technical").
//
// A soft skill that describes the workplace ("a fast-paced, collaborative
// environment", "a culture of ownership") must also be said of the candidate:
// the sentence says how the candidate does in it ("thrive in", "comfortable",
// "experience working in") or what they make of it ("champion a culture of").
// An adjective about the workplace alone is not an ask.
var (
	// asideCues mark a sentence that asks nothing wherever it is.
	asideCues = []string{"hiring process", "recruiting process", "interview process", "application process",
		"selection process", "your application", "applicants", "to apply", "apply now", "apply today", "apply even",
		"recruiter", "recruiters", "recruiting team", "talent team", "background check", "security screening",
		"criminal record", "credit check", "sponsorship", "join us", "come join", "hear from you", "sounds like you",
		"excite you", "excites you", "reach out to"}
	// pressCues mark news about the company: awards, rankings, funding. A
	// sentence with one asks nothing unless it speaks to the candidate.
	pressCues = []string{"named to", "named one of", "named a", "ranked", "recognized by", "recognized as", "award",
		"awarded", "winner", "fastest-growing", "fastest growing", "best places to work", "best place to work",
		"best startup", "best startups", "most innovative", "most promising", "backed by", "raised", "series a",
		"series b", "series c", "series d", "funding round", "valuation", "unicorn", "investors", "trusted by",
		"headquartered", "founded in", "forbes", "inc 5000", "top startup", "top startups", "featured in"}
	// askCues say how the candidate is or what they do: a soft skill in a
	// sentence without one is a description of the workplace.
	askCues = []string{"thrive", "thriving", "comfortable", "comfort", "at ease", "enjoy", "love", "excel", "energized",
		"passion", "passionate", "ability", "able to", "capable", "skilled", "skill", "experience", "experienced",
		"track record", "you", "youre", "youll", "youve", "yourself", "navigate", "navigating", "operate",
		"operating", "succeed", "embrace", "adapt", "handle", "candidate", "someone", "must", "should", "need to",
		"expected to", "demonstrate", "demonstrated", "bring", "prefer", "excellent", "strong", "exceptional",
		"proven", "great", "outstanding", "eager", "excited", "fun", "history of", "champion", "foster", "build",
		"create", "drive", "promote", "model", "cultivate", "shape", "work", "working", "worked"}
	// stateCues are the state and province codes that are no English words:
	// a list of places has one of them.
	stateCues = []string{"AL", "AK", "AZ", "AR", "CA", "CT", "DC", "FL", "GA", "IL", "IA", "KS", "KY", "MD", "MN",
		"MO", "MT", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "RI", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
		"WI", "WY", "AB", "BC", "MB", "NB", "NL", "NS", "PE", "QC", "SK"}
	// professionCues name lines of work a candidate may come from, not product
	// domains.
	professionCues = []string{"consulting", "consultancy", "consultant", "investment banking", "investment bank",
		"private equity", "venture capital", "law firm", "accounting firm", "audit", "big four", "big 4"}
)

// Word classes of the ask stage, looked up per word.
const (
	wTeam       uint16 = 1 << iota // a group of people: "teams", "partners", "counterparts"
	wStop                          // ends a list of noun phrases: prepositions, "that", "who"
	wGlue                          // joins the items of a list: "and", "or"
	wCollabPrep                    // opens the list of parties: "with", "across", "alongside"
	wCollabVerb                    // working together: "partner", "collaborate", "closely"
	wWork                          // "work", which collaborates only "across" or "alongside"
	wLead                          // leading a team is no collaboration: "lead", "build", "hire"
	wPrefix                        // a prefix that changes the sense of a glued word: "non-"
	wState                         // a US state or Canadian province code
	wPlace                         // a workplace: "environment", "culture", "startup"
)

var wordClasses = [...]struct {
	class uint16
	words []string
}{
	{wTeam, []string{"team", "partner", "counterpart", "colleague", "peer", "function", "department", "org",
		"organization", "leader", "stakeholder", "squad", "pod"}},
	{wStop, []string{"to", "on", "for", "in", "of", "at", "by", "with", "from", "into", "through", "across", "about",
		"around", "over", "under", "within", "without", "via", "per", "that", "who", "which", "where", "when",
		"while", "because", "so", "as", "if", "than", "like", "such", "including", "alongside", "among", "between",
		"toward", "towards", "onto", "upon", "during", "after", "before", "is", "are", "be", "will", "can", "using",
		// Verbs that start the next clause of a sentence ("partner with
		// scientists and set metrics").
		"set", "define", "own", "drive", "ship", "write", "create", "deliver", "ensure", "develop", "identify",
		"understand", "translate", "prioritize", "help", "make", "bring", "turn", "shape", "improve", "use", "get",
		"keep", "take", "establish", "gather", "synthesize", "analyze", "communicate", "present", "lead", "manage",
		"build", "hire", "grow", "scale", "run", "mentor", "coach"}},
	{wGlue, []string{"and", "or", "plus"}},
	{wCollabPrep, []string{"with", "across", "alongside", "among", "between"}},
	{wCollabVerb, []string{"partner", "partnering", "partnered", "partnership", "collaborate", "collaborating",
		"collaborated", "collaboration", "collaboratively", "liaise", "liaising", "coordinate", "coordinating",
		"align", "aligning", "interface", "interfacing", "closely", "functionally", "together", "jointly",
		"alongside"}},
	{wWork, []string{"work", "working", "worked"}},
	{wLead, []string{"lead", "leading", "led", "manage", "managing", "build", "building", "hire", "hiring", "grow",
		"growing", "scale", "scaling", "run", "running", "mentor", "mentoring", "coach", "coaching"}},
	{wPrefix, []string{"non", "post", "anti"}},
	{wPlace, []string{"environment", "culture", "company", "startup", "workplace", "setting", "atmosphere", "space",
		"landscape", "world", "industry", "place", "sector", "vertical", "field", "domain"}},
	{wState, []string{"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
		"KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
		"ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
		"AB", "BC", "MB", "NB", "NL", "NS", "ON", "PE", "QC", "SK"}},
}

// maxItem bounds the words of one item of a list of parties ("other
// cross-functional teams"); a longer run is prose, not a list.
const maxItem = 4

// compileWordClasses fills c.words for every word id the matcher knows.
func (c *cues) compileWordClasses(m *matcher) {
	for _, wc := range wordClasses {
		for _, w := range wc.words {
			m.phrase(w) // intern
		}
	}
	c.words = make([]uint16, m.vocab.size())
	for _, wc := range wordClasses {
		for _, w := range wc.words {
			if id := m.vocab.lookup([]byte(Normalize(w))); id >= 0 {
				c.words[id] |= wc.class
			}
		}
	}
}

// class returns the word classes of w.
func (c *cues) class(w word) uint16 {
	if uint32(w.id) < uint32(len(c.words)) {
		return c.words[w.id]
	}
	return 0
}

// Bits of doc.sflags above the cue classes: the ask stage's verdict on a
// sentence, computed once.
const (
	roleKnown = 1 << 62
	roleAside = 1 << 61
)

// aside reports whether sentence si, with cue classes f, asks nothing although
// it sits in an ask zone.
func (e *Extractor) aside(d *doc, si int32, f uint64) bool {
	if d.sflags[si]&roleKnown == 0 {
		s := d.sents[si]
		a := f&cueAside != 0 || f&cuePress != 0 && f&cueYou == 0 || f&cueState != 0 && e.places(d, d.words[s.w0:s.w1])
		d.sflags[si] |= roleKnown
		if a {
			d.sflags[si] |= roleAside
		}
	}
	return d.sflags[si]&roleAside != 0
}

// places reports whether the words ws list three or more state or province
// codes written in capitals ("AL, AZ, MA, MD"): a list of where the job may be
// done, whose codes are no acronyms of skills. The sentence's cue classes tell
// first whether it has a code that is no English word (stateCues).
func (e *Extractor) places(d *doc, ws []word) bool {
	n := 0
	for _, w := range ws {
		if e.c.class(w)&wState != 0 && w.end-w.start == 2 && isUpper(d.text[w.start]) && isUpper(d.text[w.start+1]) {
			n++
		}
	}
	return n >= 3
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// phraseRole is the role of a skill's noun phrase in its sentence.
type phraseRole uint8

const (
	roleObject     phraseRole = iota // what the sentence asks
	roleParty                        // a team or function worked with or for
	roleBackground                   // a domain listed beside a line of work
	roleOtherSense                   // another sense: glued to a prefix ("non-technical"), in an address
	roleWorkplace                    // describes the workplace: "a fast-paced environment"
)

// roleOf returns the role of words a..b of sentence sw in d, whose cue
// classes are f.
func (e *Extractor) roleOf(d *doc, sw []word, a, b int, f uint64) phraseRole {
	if inAddress(d.text, int(sw[a].start), int(sw[b-1].end)) {
		return roleOtherSense // "recruiting@acme.com", "…/awards/personal-finance"
	}
	if a > 0 && e.c.class(sw[a-1])&wPrefix != 0 && glueBetween(d, sw[a-1], sw[a]) {
		return roleOtherSense
	}
	if e.clause(d, sw, a, b) {
		return roleObject // "bring products to market" is asked whatever follows it
	}
	l := e.listAround(d, sw, a, b, f)
	switch {
	case l.party:
		return roleParty
	case l.profession:
		return roleBackground
	case l.place:
		return roleWorkplace
	}
	return roleObject
}

// clause reports whether words a..b of sw are more than a noun phrase: they
// hold a preposition or a verb ("partner with design", "bring products to
// market") that is not part of a hyphenated compound ("go-to-market").
func (e *Extractor) clause(d *doc, sw []word, a, b int) bool {
	for k := a; k < b; k++ {
		if e.c.class(sw[k])&wStop != 0 && !(k > a && glueBetween(d, sw[k-1], sw[k])) && !(k+1 < b && glueBetween(d, sw[k], sw[k+1])) {
			return true
		}
	}
	return false
}

// inAddress reports whether text[start:end] lies in an e-mail address or a
// web address: a run without spaces that holds "@", "://" or "www.".
func inAddress(text string, start, end int) bool {
	lo, hi := start, end
	for lo > 0 && lo > start-200 && !isSpace(text[lo-1]) {
		lo--
	}
	for hi < len(text) && hi < end+200 && !isSpace(text[hi]) {
		hi++
	}
	tok := text[lo:hi]
	for i := 0; i < len(tok); i++ { // one pass for "@", "://" and "www."
		switch tok[i] {
		case '@':
			return true
		case ':':
			if strings.HasPrefix(tok[i+1:], "//") {
				return true
			}
		case 'w':
			if strings.HasPrefix(tok[i:], "www.") {
				return true
			}
		}
	}
	return false
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// glueBetween reports whether a lone hyphen joins words v and w ("non-technical").
func glueBetween(d *doc, v, w word) bool {
	g := d.text[v.end:w.start]
	return g == "-" || g == "\u2010" || g == "\u2011"
}

// npList is the list of short noun phrases around a skill's words.
type npList struct {
	// party says the list names the parties of the ask: it ends in a team noun
	// ("UX and GTM teams"), or follows "with" after a verb of collaboration.
	party bool
	// profession says the list names a line of work ("banking or consulting"),
	// or gives examples of the kind of place the candidate has worked in ("a
	// regulated industry (e.g. financial services, healthcare)").
	profession bool
	// place says the list describes a workplace: it ends in "environment" or
	// follows "culture of".
	place bool
}

// listAround finds the list of noun phrases that words a..b of sw are an item
// of: items of at most maxItem words, joined by commas, "and" or "or", between
// two stop words (a preposition, "that", a verb) or stronger punctuation. f
// holds the cue classes of the whole sentence.
func (e *Extractor) listAround(d *doc, sw []word, a, b int, f uint64) npList {
	c := e.c
	start, opener, team, examples := e.listStart(d, sw, a)
	end, teamAfter, place := e.listEnd(d, sw, b, b-a)
	team = team || teamAfter
	if opener > 0 && c.class(sw[opener-1])&wPlace != 0 && sw[opener].id == c.of {
		place = true // "a culture of ownership"
	}
	l := npList{place: place, profession: examples}
	switch {
	case opener >= 0 && c.class(sw[opener])&wLead != 0:
		// "lead the growth team", "build data science teams": no party
	case opener >= 0 && c.class(sw[opener])&wCollabPrep != 0:
		// After "work with", a team is how the candidate has worked:
		// "experience working with agile teams" asks for agile.
		l.party = e.collaborates(sw, opener) || team && !e.worksWith(sw, opener)
	default:
		l.party = team
	}
	for k := a; k < b; k++ {
		if c.class(sw[k])&wTeam != 0 {
			l.party = false // the skill is the team work itself: "cross-functional teams"
		}
	}
	if f&cueProfession != 0 && !l.profession {
		c.set.each(sw[start:end], func(_, _ int, f uint64) { l.profession = l.profession || f&cueProfession != 0 })
	}
	return l
}

// listStart walks back from word a of sw to the start of its list. opener is
// the stop word before the list, -1 if none; team and examples say the list
// is in parentheses after a team ("teams (UX designers, researchers and
// marketing)") or after a kind of place ("a regulated industry (e.g. banking,
// insurance)").
func (e *Extractor) listStart(d *doc, sw []word, a int) (start, opener int, team, examples bool) {
	c := e.c
	n := 0 // words of the current item
	for j := a; j > 0; j-- {
		switch gapBefore(d, sw, j) {
		case gapBoundary:
			if strings.Contains(d.text[sw[j-1].end:sw[j].start], "(") {
				cl := c.class(sw[j-1])
				team, examples = cl&wTeam != 0, cl&wPlace != 0
			}
			return j, -1, team, examples
		case gapComma:
			n = 0
		}
		cl := c.class(sw[j-1])
		switch {
		case cl&(wStop|wLead) != 0:
			return j, j - 1, false, false
		case cl&wGlue != 0:
			n = 0
			continue
		}
		if n++; n > maxItem {
			return j, -1, false, false
		}
	}
	return 0, -1, false, false
}

// listEnd walks on from word b of sw, whose item has n words so far, to the
// end of its list. team says an item ends in a team noun ("analytics teams"),
// place that one names a workplace ("a fast-paced environment").
func (e *Extractor) listEnd(d *doc, sw []word, b, n int) (end int, team, place bool) {
	c := e.c
	for j := b; j < len(sw); j++ {
		switch gapBefore(d, sw, j) {
		case gapBoundary:
			return j, team, place
		case gapComma:
			n = 0
		}
		cl := c.class(sw[j])
		switch {
		case cl&(wStop|wLead) != 0:
			return j, team, place // "hiring and growing a team": the team is what is grown
		case cl&wGlue != 0:
			n = 0
			continue
		}
		if n++; n > maxItem {
			return j, team, place
		}
		team = team || cl&wTeam != 0 && n >= 2
		place = place || cl&wPlace != 0
	}
	return len(sw), team, place
}

// collaborates reports whether the preposition at sw[p] opens a list of
// collaborators: "partner with", "work closely with", "work across".
func (e *Extractor) collaborates(sw []word, p int) bool {
	cp := e.c.class(sw[p])
	if cp&wCollabPrep == 0 {
		return false
	}
	for k := p; k >= max(0, p-3); k-- {
		cl := e.c.class(sw[k])
		if cl&wCollabVerb != 0 || cl&wWork != 0 && k < p && !e.isWith(sw[p]) {
			return true
		}
	}
	return false
}

// isWith reports whether w is "with", after which "work" is usually a tool
// ("experience working with SQL") rather than a colleague.
func (e *Extractor) isWith(w word) bool { return w.id >= 0 && w.id == e.c.with }

// worksWith reports whether the preposition at sw[p] is "with" right after
// "work", "working" or "worked".
func (e *Extractor) worksWith(sw []word, p int) bool {
	return e.isWith(sw[p]) && p > 0 && e.c.class(sw[p-1])&wWork != 0
}

// Gaps between two words, as lists see them.
const (
	gapNone     = iota
	gapComma    // a comma or a quote: the next item
	gapBoundary // ; : ( ) | and sentence ends: the list stops
)

// gapBefore classifies the punctuation between sw[j-1] and sw[j].
func gapBefore(d *doc, sw []word, j int) int {
	if !sw[j].brk {
		return gapNone
	}
	if strings.ContainsAny(d.text[sw[j-1].end:sw[j].start], ";:()|[]") {
		return gapBoundary
	}
	return gapComma
}

// asked reports whether a mention of skill s, whose phrase has role r, in a
// sentence with cue classes f, counts as asked of the candidate.
func (e *Extractor) asked(s *skillgap.Skill, r phraseRole, f uint64) bool {
	soft := s.Kind == skillgap.KindSoft
	switch r {
	case roleOtherSense:
		return false
	case roleParty:
		// A soft skill is how the candidate works with others: naming them
		// still asks for it ("partner with engineering leadership").
		return soft
	case roleBackground:
		return s.Kind != skillgap.KindDomain
	case roleWorkplace:
		return !soft || f&(cueAsk|cueLevel1|cueLevel2|cueLevel3|cueLevel4) != 0
	}
	return true
}
