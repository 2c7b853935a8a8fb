package analyze

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/skillgap/skillgap"
)

// SeniorityOf returns the seniority band a job title states: associate (APM,
// junior), mid (a plain "Product Manager"), senior, staff (and principal), lead
// (group PM, lead PM), director (and head of), vp, cpo. It returns "" when the
// title says nothing about seniority and is not a plain product role.
func SeniorityOf(title string) skillgap.Seniority {
	return seniorityOfForm(" " + Normalize(title) + " ")
}

// seniorityOfForm is SeniorityOf for a normalised title padded with spaces.
func seniorityOfForm(t string) skillgap.Seniority {
	has := func(ps ...string) bool { return hasPhrase(t, ps) }
	switch {
	case has("chief product officer", "cpo", "chief product"):
		return skillgap.CPO
	case has("vp", "vice president", "svp", "evp", "avp"):
		return skillgap.VP
	case has("director", "head of", "head"):
		return skillgap.Director
	case has("group product manager", "group pm", "gpm", "group product", "lead product manager", "lead pm",
		"product lead", "lead", "manager of product"):
		return skillgap.Lead
	case has("staff", "principal"):
		return skillgap.Staff
	case has("senior", "sr", "snr", "iii"):
		return skillgap.Senior
	case has("associate", "apm", "junior", "jr", "entry level", "graduate", "intern", "internship", "i"):
		return skillgap.Associate
	case has("product manager", "product owner", "pm", "product management", "ii", "product"):
		return skillgap.Mid
	}
	return ""
}

// hasPhrase reports whether the normalised form t, padded with spaces, holds
// one of the phrases ps as whole words.
func hasPhrase(t string, ps []string) bool {
	for _, p := range ps {
		for i := 0; i+len(p) < len(t); {
			j := strings.Index(t[i:], p)
			if j < 0 {
				break
			}
			j += i
			if j > 0 && t[j-1] == ' ' && j+len(p) < len(t) && t[j+len(p)] == ' ' {
				return true
			}
			i = j + 1
		}
	}
	return false
}

// seniorityWithYears combines the title with the years asked: a title without
// seniority falls back on years, and a plain "Product Manager" (not "Product
// Manager II") asking for six years or more is senior.
func seniorityWithYears(title string, years int) skillgap.Seniority {
	t := " " + Normalize(title) + " "
	return withYears(seniorityOfForm(t), t, years)
}

// withYears is seniorityWithYears for the seniority s of the normalised title
// t, padded with spaces.
func withYears(s skillgap.Seniority, t string, years int) skillgap.Seniority {
	switch {
	case s == "" && years > 0:
		return seniorityOfYears(years)
	case s == skillgap.Mid && years >= 6 && !strings.Contains(t, " ii "):
		return skillgap.Senior
	}
	return s
}

// seniorityOfYears maps years of experience to a band.
func seniorityOfYears(y int) skillgap.Seniority {
	switch {
	case y < 2:
		return skillgap.Associate
	case y < 5:
		return skillgap.Mid
	case y < 8:
		return skillgap.Senior
	}
	return skillgap.Staff
}

// Role families RoleOf returns.
const (
	RoleProductManager = "product manager"
	RoleProductOwner   = "product owner"
	RoleTechnicalPM    = "technical pm"
	RoleAIPM           = "ai pm"
	RoleGrowthPM       = "growth pm"
	RolePlatformPM     = "platform pm"
	RoleDataPM         = "data pm"
	RoleProductLeader  = "product leader"
)

// RoleOf returns the role family of a posting from its title: "product leader"
// for director and above, else "product owner", "technical pm", "ai pm", "growth
// pm", "platform pm", "data pm" or "product manager". With an empty title it
// uses the first line of text. It returns "" when the title is not a product role.
func RoleOf(title, text string) string {
	if strings.TrimSpace(title) == "" {
		title, _, _ = strings.Cut(strings.TrimSpace(text), "\n")
	}
	t := " " + Normalize(title) + " "
	return roleOfForm(t, seniorityOfForm(t))
}

// roleOfForm is RoleOf for a normalised title padded with spaces, of seniority
// sen.
func roleOfForm(t string, sen skillgap.Seniority) string {
	has := func(ps ...string) bool { return hasPhrase(t, ps) }
	product := has("product", "pm", "apm", "gpm", "tpm", "cpo")
	if !product {
		return ""
	}
	switch {
	case sen == skillgap.Director || sen == skillgap.VP || sen == skillgap.CPO:
		return RoleProductLeader
	case has("product owner", "po"):
		return RoleProductOwner
	case has("ai", "ml", "machine learning", "llm", "genai", "artificial intelligence", "ai ml"):
		return RoleAIPM
	case has("technical", "tpm", "technical product"):
		return RoleTechnicalPM
	case has("growth", "monetization", "activation", "retention", "plg"):
		return RoleGrowthPM
	case has("platform", "infrastructure", "developer", "api", "apis", "devex", "developer experience", "dev platform", "sdk"):
		return RolePlatformPM
	case has("data", "analytics", "insight", "data platform"):
		return RoleDataPM
	case has("product marketing"):
		return ""
	}
	return RoleProductManager
}

// numberWords spells the year counts postings write out.
var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20,
}

// yearsRe matches the count before "years": "5+", "3-5", "3 to 5", "five (5)",
// "at least 3", "minimum of 4". It runs only on the few bytes before a "year" word.
var yearsRe = regexp.MustCompile(`(?i)(?:^|[^\w.,])(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)\s*(?:\(\s*\d{1,2}\s*\+?\s*\))?\s*\+?\s*(?:(?:-|–|—|to|or)\s*(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\s*\+?\s*)?(?:\(\s*\d{1,2}\s*\+?\s*\)\s*)?(?:\+\s*)?(?:plus\s+|or more\s+|full[- ]time\s+|professional\s+|relevant\s+|total\s+)?$`)

// yearsBefore parses the count that text ends with, 0 when none.
func yearsBefore(text string) int {
	m := yearsRe.FindStringSubmatch(text)
	if m == nil {
		return 0
	}
	if n, ok := numberWords[strings.ToLower(m[1])]; ok {
		return n
	}
	n, err := strconv.Atoi(m[1])
	if err != nil || n > 30 {
		return 0
	}
	return n
}

// notExperience lists words near a year count that show it is not experience
// asked of the candidate ("founded 10 years ago", "over the next 3 years").
var (
	yearsAfterBad  = []string{"ago", "old", "of age", "history", "in business", "of growth", "running", "warranty", "from now"}
	yearsBeforeBad = []string{"next", "past", "last", "within", "every", "founded", "first", "over the"}
	yearsGoodAfter = []string{"experience", "of", "in", "as", "working", "building", "leading", "managing", "shipping",
		"product", "professional", "relevant", "industry", "hands-on", "exp", "owning", "with"}
	yearsGoodBefore = []string{"+", "at least", "minimum", "min.", "min ", "or more", "plus", "total", "experience"}
)

// lineYears returns the largest minimum number of years that line ln asks for
// and whether it asks only as a preference.
func (e *Extractor) lineYears(d *doc, ln span, z zone) (years int, pref bool) {
	pref = true
	for i := ln.w0; i < ln.w1; i++ {
		w := d.words[i]
		if w.id < 0 || (w.id != e.c.year && w.id != e.c.yr) {
			continue
		}
		s := d.sents[w.sent]
		sw := d.words[s.w0:s.w1]
		f := e.sentFlags(d, w.sent)
		if f&cueDrop != 0 {
			continue
		}
		from := max(int(d.words[s.w0].start), int(w.start)-48)
		before := d.text[from:w.start]
		n := yearsBefore(before)
		if n == 0 || !e.yearsAreExperience(d, sw, int(i-s.w0), before) {
			continue
		}
		nice := z == zoneNice || f&cueNice != 0
		switch {
		case !nice && (pref || n > years):
			years, pref = n, false
		case nice && pref && n > years:
			years = n
		}
	}
	return years, pref
}

// yearsAreExperience reports whether the year count at word k of sentence sw
// asks for experience rather than telling company history.
func (e *Extractor) yearsAreExperience(d *doc, sw []word, k int, before string) bool {
	lb := strings.ToLower(before)
	for _, b := range yearsBeforeBad {
		if strings.Contains(lb, b+" ") {
			return false
		}
	}
	after := d.text[sw[k].end:sw[len(sw)-1].end]
	if len(after) > 60 {
		after = after[:60]
	}
	la := " " + strings.ToLower(after)
	for _, b := range yearsAfterBad {
		if strings.HasPrefix(strings.TrimLeft(la, " '’"), b) {
			return false
		}
	}
	for _, g := range yearsGoodBefore {
		if strings.Contains(lb, g) {
			return true
		}
	}
	for _, g := range yearsGoodAfter {
		if strings.HasPrefix(strings.TrimLeft(la, " '’"), g+" ") || strings.Contains(la, " "+g+" ") {
			return true
		}
	}
	return false
}
