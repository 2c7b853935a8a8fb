package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// zone is the kind of section a line of a posting belongs to.
type zone uint8

const (
	zoneNone     zone = iota // no heading seen: counts as required
	zoneResp                 // responsibilities
	zoneReq                  // requirements
	zoneNice                 // nice to have
	zoneCompany              // about the company, process
	zoneBenefits             // benefits, pay
	zoneLegal                // EEO, privacy
	numZones
)

// counts reports whether mentions in z count at all.
func (z zone) counts() bool { return z <= zoneNice }

func (z zone) String() string {
	return [...]string{"none", "responsibilities", "requirements", "nice-to-have", "company", "benefits", "legal"}[z]
}

// Cue phrases, written as postings write them; they are normalised like aliases.
// Heading cues are tried in headingOrder, so "preferred qualifications" is
// nice-to-have before "qualifications" makes it a requirement.
var (
	headingOrder = [...]zone{zoneLegal, zoneBenefits, zoneNice, zoneReq, zoneResp, zoneCompany}
	headingCues  = [numZones][]string{
		zoneLegal: {"equal opportunity", "equal employment", "EEO", "accommodation", "privacy", "diversity",
			"inclusion", "disclaimer", "E-Verify", "affirmative action", "fraud", "scam", "legal", "notice to", "right to work"},
		zoneBenefits: {"benefits", "perks", "what we offer", "we offer", "compensation", "salary", "pay range", "pay transparency",
			"total rewards", "rewards", "why join", "why you'll love", "why work", "what you get", "what you'll get",
			"what's in it for you", "life at", "working at", "our offer", "package", "location", "how to apply",
			"interview process", "hiring process", "next steps", "our process", "application process",
			"learn and grow", "learning and development", "growth and development", "professional development",
			"career development"},
		zoneNice: {"nice to have", "nice-to-haves", "bonus", "pluses", "a plus", "plus points", "preferred", "ideally",
			"desired", "desirable", "would be great", "would be nice", "extra credit", "even better", "stand out",
			"good to have", "great to have", "brownie points", "optional", "not required"},
		zoneReq: {"who you are", "looking for", "requirements", "required", "qualifications", "about you", "you have",
			"you bring", "you'll bring", "what you bring", "what you need", "what you'll need", "skills", "experience",
			"must have", "must-haves", "you are", "you might be", "ideal candidate", "profile", "your background",
			"background", "is this you", "minimum", "competencies", "what it takes", "you should have", "we need",
			"we'd love", "you'll have", "you will have", "success factors", "what makes you", "your toolkit"},
		zoneResp: {"what you'll do", "what you will do", "responsibilities", "responsible for", "the role", "about the role",
			"role", "your role", "day to day", "day-to-day", "impact", "what you'll be doing", "in this role", "opportunity",
			"you will", "you'll be", "what you'll own", "the job", "about the job", "position", "duties", "outcomes",
			"90 days", "success looks like", "about the team", "the team", "your team", "challenge", "your mission",
			"accountabilities", "key areas", "focus areas", "what you'll work on", "scope", "objectives", "the mission",
			"summary", "overview", "here's the job"},
		zoneCompany: {"about us", "who we are", "our mission", "about the company", "our story", "our values", "values",
			"culture", "our team", "meet the team", "company", "how we work", "our product", "our investors",
			"why us", "why", "at a glance", "the company", "our commitment"},
	}
	niceInline = []string{"a plus", "big plus", "huge plus", "strong plus", "definite plus", "major plus", "plus point", "a bonus", "bonus point", "bonus points", "bonus if",
		"nice to have", "nice-to-have", "preferred", "desirable", "desired", "would be great",
		"would be nice", "even better", "an advantage", "advantageous", "helpful", "not required but", "good to have",
		"great to have", "not a must", "beneficial", "extra credit", "stand out", "bonus", "is a plus", "are a plus",
		"appreciated", "welcome"}
	// niceAfter marks as nice to have only what follows it in the sentence:
	// "5+ years on consumer apps, ideally in fintech".
	niceAfter  = []string{"ideally", "preferably", "bonus if", "plus if", "even better if", "especially if", "ideally with"}
	dropInline = []string{"equal opportunity", "equal employment", "EEO", "without regard to", "reasonable accommodation",
		"protected veteran", "veteran status", "sexual orientation", "gender identity", "national origin",
		"privacy notice", "privacy policy", "E-Verify", "affirmative action", "do not discriminate", "regardless of race",
		"pay transparency", "applicant data", "fraudulent", "we offer", "benefits include", "our benefits",
		"you'll get", "you will get", "you will receive", "you'll receive", "salary range", "pay range", "base salary",
		"base pay", "compensation range", "401k", "401(k)", "health insurance", "paid time off", "parental leave",
		"learning budget", "stipend", "equity package", "competitive salary", "medical, dental", "dental and vision",
		"development budget", "education budget", "conference budget", "training budget", "sabbatical", "commuter"}
	negBefore = []string{"no", "not", "don't need", "do not need", "never", "nor", "neither", "no need",
		"don't have to", "don't worry", "do not have to", "not required to"}
	// notButOK lists words after "not" that make it no negation ("not afraid").
	notButOK = []string{"only", "just", "limited", "afraid", "shy", "hesitate", "merely", "simply"}
	negAfter = []string{"not required", "not needed", "not necessary", "not a requirement", "not expected", "optional",
		"not mandatory", "not a must", "isn't required", "no need", "is not required", "aren't required", "unnecessary"}
	levelCues = [5][]string{
		1: {"familiarity", "familiar", "exposure", "awareness", "aware of", "basic", "some experience", "some knowledge",
			"introductory", "interest in", "curiosity about"},
		2: {"working knowledge", "experience with", "experience in", "experience using", "hands-on", "knowledge of",
			"understanding of", "practical", "comfortable", "competent", "experienced", "working with", "fluency"},
		3: {"strong", "deep", "proven", "solid", "extensive", "significant", "advanced", "excellent", "demonstrated",
			"track record", "proficient", "proficiency", "expertise", "substantial", "exceptional", "outstanding",
			"superb", "thorough", "in-depth", "fluent"},
		4: {"expert", "mastery", "master", "world-class", "guru", "authority", "best-in-class"},
	}
	weWords  = []string{"we", "our", "us", "we're", "we've", "we'll", "ours"}
	youWords = []string{"you", "your", "you'll", "you're", "you've", "yourself", "candidate", "candidates",
		"looking for", "seeking", "hiring", "join", "role", "position", "someone", "we need", "we expect", "we want",
		"the ideal", "must", "required", "requirements", "experience"}
)

// Cue classes: bits of phraseSet flags.
const (
	cueNice uint64 = 1 << iota
	cueDrop
	cueWe
	cueYou
	cueNegBefore
	cueNegAfter
	cueNotOK
	cueLevel1
	cueLevel2
	cueLevel3
	cueLevel4
	cueNiceAfter
	cueAside      // see asideCues
	cuePress      // see pressCues
	cueAsk        // see askCues
	cueProfession // see professionCues
	cueState      // see stateCues
)

// cues holds the cue phrases compiled to word ids.
type cues struct {
	heads *phraseSet // class 1<<zone
	set   *phraseSet // the cue classes above
	weYou *phraseSet // cueWe and cueYou only: a line needs no other class
	words []uint16   // ask-stage word classes per word id
	about int32
	with  int32
	you   int32
	your  int32
	of    int32
	year  int32 // "years" and "yrs" as normalised
	yr    int32
}

func compileCues(m *matcher) *cues {
	c := &cues{heads: newPhraseSet(), set: newPhraseSet(), weYou: newPhraseSet()}
	add := func(ps *phraseSet, ss []string, f uint64) {
		for _, s := range ss {
			ps.add(m.phrase(s), f)
		}
	}
	for z, ss := range headingCues {
		add(c.heads, ss, 1<<z)
	}
	add(c.set, niceInline, cueNice)
	add(c.set, niceAfter, cueNiceAfter)
	add(c.set, dropInline, cueDrop)
	add(c.set, weWords, cueWe)
	add(c.set, youWords, cueYou)
	add(c.weYou, weWords, cueWe)
	add(c.weYou, youWords, cueYou)
	add(c.set, negBefore, cueNegBefore)
	add(c.set, negAfter, cueNegAfter)
	for _, w := range notButOK {
		c.set.add(m.phrase("not "+w), cueNotOK)
	}
	for l, ss := range levelCues {
		if l > 0 {
			add(c.set, ss, cueLevel1<<(l-1))
		}
	}
	add(c.set, asideCues, cueAside)
	add(c.set, pressCues, cuePress)
	add(c.set, askCues, cueAsk)
	add(c.set, professionCues, cueProfession)
	add(c.set, stateCues, cueState)
	c.compileWordClasses(m)
	c.about = m.id("about")
	c.with = m.id("with")
	c.you, c.your = m.id("you"), m.id("your")
	c.of = m.id("of")
	c.year = m.id(Normalize("years"))
	c.yr = m.id(Normalize("yrs"))
	return c
}

// levelOf returns the proficiency level of cue classes f, 0 if none.
func levelOf(f uint64) int {
	for l := 4; l >= 1; l-- {
		if f&(cueLevel1<<(l-1)) != 0 {
			return l
		}
	}
	return 0
}

// classify returns the zone a heading's words name. With anywhere false the cue
// must start at the heading's first or second word, so that a short line such as
// "Strong SQL skills" is not taken for a heading.
func (c *cues) classify(ws []word, anywhere bool) (zone, bool) {
	var first [numZones]int
	for z := range first {
		first[z] = -1
	}
	c.heads.each(ws, func(i, _ int, f uint64) {
		for z := zone(0); z < numZones; z++ {
			if f&(1<<z) != 0 && first[z] < 0 {
				first[z] = i
			}
		}
	})
	for _, z := range headingOrder {
		if i := first[z]; i >= 0 && (anywhere || i <= 1) {
			if z == zoneCompany && c.toYou(ws) {
				return zoneReq, true // "Values you need to embody"
			}
			return z, true
		}
	}
	if len(ws) > 0 && ws[0].id == c.about {
		return zoneCompany, true // "About Acme"
	}
	return zoneNone, false
}

// toYou reports whether heading words ws address the candidate ("you", "your").
func (c *cues) toYou(ws []word) bool {
	for _, w := range ws {
		if w.id >= 0 && (w.id == c.you || w.id == c.your) {
			return true
		}
	}
	return false
}

// lineInfo is what zoning learns from the raw text of a line.
type lineInfo struct {
	list  bool // a list item ("- ", "* ", "• ", "1. ")
	colon int  // byte offset of the first ':' within the line, -1 if none
}

// inspectLine looks at the raw text of a line whose first word starts at first.
func inspectLine(line string, first int) lineInfo {
	li := lineInfo{colon: -1}
	lead := strings.TrimSpace(line[:first])
	switch {
	case lead == "" && first < len(line):
		// "1. Item" or "2) Item": a number then the real text.
		j := first
		for j < len(line) && line[j] >= '0' && line[j] <= '9' {
			j++
		}
		li.list = j > first && j < len(line) && j-first <= 2 && (line[j] == '.' || line[j] == ')') && j+1 < len(line) && line[j+1] == ' '
	default:
		// One marker rune: "- item", "• item"; "**Bold**" and "## Heading" are not lists.
		r, n := utf8.DecodeRuneInString(lead)
		li.list = n == len(lead) && strings.ContainsRune("-*•·–—▪◦●○■□➢►>+", r)
	}
	if i := strings.IndexByte(line, ':'); i >= 0 && i <= 80 {
		li.colon = i
	}
	return li
}

// headingOf decides whether line (with words ws) is a heading and which zone it
// opens. inline reports text after a colon that belongs to the new zone;
// hasSkill says the line mentions a skill, which a plain heading never does.
func (c *cues) headingOf(line string, lineStart int, ws []word, hasSkill bool) (z zone, heading, inline bool) {
	if len(ws) == 0 {
		return zoneNone, false, false
	}
	li := inspectLine(line, int(ws[0].start)-lineStart)
	if li.list {
		return zoneNone, false, false
	}
	if li.colon >= 0 {
		n := 0
		for n < len(ws) && int(ws[n].start)-lineStart < li.colon {
			n++
		}
		if n > 0 && n <= 8 {
			z, ok := c.classify(ws[:n], true)
			rest := n < len(ws)
			if ok {
				return z, true, rest
			}
			if !rest {
				return zoneNone, true, false // an unknown heading ends the section before it
			}
		}
		return zoneNone, false, false
	}
	trimmed := strings.TrimSpace(line)
	if len(ws) > 10 || len(trimmed) > 90 || strings.HasSuffix(trimmed, ".") || strings.HasSuffix(trimmed, ",") {
		return zoneNone, false, false
	}
	if strongHeading(trimmed) && !(hasSkill && strings.HasSuffix(trimmed, "?")) {
		// "WHAT YOU'LL DO 🚀", "**Requirements**", "Who are you?": surely a
		// heading; an unknown one ends the section before it.
		z, _ := c.classify(ws, true)
		return z, true, false
	}
	if hasSkill || len(ws) > 7 {
		return zoneNone, false, false
	}
	z, ok := c.classify(ws, false)
	return z, ok, false
}

// itemZone returns the zone that the label of list item ws names, when it
// is one that does not count: "- Learning budget: …", "- Location: …".
func (c *cues) itemZone(line string, lineStart int, ws []word) (zone, bool) {
	li := inspectLine(line, int(ws[0].start)-lineStart)
	if li.colon < 0 {
		return zoneNone, false
	}
	n := 0
	for n < len(ws) && int(ws[n].start)-lineStart < li.colon {
		n++
	}
	if n == 0 || n > 5 {
		return zoneNone, false
	}
	if z, ok := c.classify(ws[:n], true); ok && !z.counts() {
		return z, true
	}
	return zoneNone, false
}

// strongHeading reports whether a short line is marked as a heading: all in
// capitals, in Markdown ("## …", "**…**"), or ending in a question mark.
func strongHeading(line string) bool {
	if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "**") && strings.HasSuffix(line, "**") {
		return true
	}
	upper, lower := 0, 0
	for _, r := range line {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	if upper >= 4 && lower == 0 {
		return true
	}
	return strings.HasSuffix(strings.TrimRightFunc(line, func(r rune) bool { return !unicode.IsLetter(r) && r != '?' }), "?")
}
