package crawler

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// Built-in product-role patterns. They match titles normalised by normTitle:
// lower case, "&" read as "and", every other run of non-letters and non-digits
// turned into one space ("Sr. PM, AI/ML" reads "sr pm ai ml").
const (
	// corePM names the product manager and owner roles themselves; only
	// program and project management and unrelated chiefs override it.
	corePM = `\bproduct (manager|mgr|owner)s?\b|\bprodukt ?(manager|owner)|\b[ag]?pm\b|` +
		`\bchief product officer\b|\bcpo\b`
	// coreDrop overrides corePM: TPM is a technical program manager, and CPO
	// also abbreviates chief people/procurement/privacy officer.
	coreDrop = `\b(program|programme|project) (manager|management|lead)\b|\btpm\b|` +
		`\bchief (people|procurement|privacy|product security) officer\b`
	// leaderPM names product leadership written without "manager".
	leaderPM = `\bproduct (lead|leader|leadership|director|head|management|strategy lead)\b|` +
		`\b(head|director|vp|vice president|svp|evp|avp|chief|lead|leader) (of |for )?(the )?products?\b|` +
		`\b(head|director|vp|vice president|svp|evp|avp) (of|for) (the )?([\w&-]+ ){1,2}products?\b`
	// leaderDrop overrides leaderPM: product roles that are not product management.
	leaderDrop = `\bproduct (marketing|design|designer|analyst|analytics|data|support|operations|ops|` +
		`engineer|engineering|specialist|counsel|legal|safety|compliance|quality|sales|` +
		`partnerships?|education|training|solutions|content|communications|photography|development engineer)\b|` +
		`\bsales (director|lead|leader|head|vp|manager|executive|engineer|specialist)\b|` +
		`\b(recruiter|recruiting|counsel|attorney|designer|analyst|engineering manager|account (manager|executive))\b|` +
		`\b(program|programme|project) (manager|management|lead)\b|\btpm\b`
)

// TitleFilter decides which job titles are product-management roles. The
// built-in patterns keep product manager and owner titles at every level
// (associate/APM to group, principal, technical, AI and growth PMs), product
// leads, directors, VPs and heads of product, and CPOs; they drop product
// marketing, design, analytics, support, operations and engineering, program
// and project managers (TPM), product specialists, sales and counsel. Source
// patterns come after: Include keeps a title the built-in patterns drop,
// Exclude drops a title, and Exclude wins over Include.
type TitleFilter struct {
	core, coreDrop, leader, leaderDrop *regexp.Regexp
	include, exclude                   []*regexp.Regexp
}

// NewTitleFilter builds a filter with a source's extra include and exclude
// patterns: case-insensitive regular expressions over the title as written.
// A pattern that does not compile is an error that names it.
func NewTitleFilter(include, exclude []string) (*TitleFilter, error) {
	f := &TitleFilter{
		core:       regexp.MustCompile(corePM),
		coreDrop:   regexp.MustCompile(coreDrop),
		leader:     regexp.MustCompile(leaderPM),
		leaderDrop: regexp.MustCompile(leaderDrop),
	}
	var err error
	if f.include, err = compileAll("include", include); err != nil {
		return nil, err
	}
	if f.exclude, err = compileAll("exclude", exclude); err != nil {
		return nil, err
	}
	return f, nil
}

func compileAll(what string, patterns []string) ([]*regexp.Regexp, error) {
	out := make([]*regexp.Regexp, 0, len(patterns))
	for _, p := range patterns {
		re, err := regexp.Compile("(?i)" + p)
		if err != nil {
			return nil, fmt.Errorf("compile title %s pattern %q: %w", what, p, err)
		}
		out = append(out, re)
	}
	return out, nil
}

// Keep reports whether a posting with this title is kept.
func (f *TitleFilter) Keep(title string) bool {
	for _, re := range f.exclude {
		if re.MatchString(title) {
			return false
		}
	}
	for _, re := range f.include {
		if re.MatchString(title) {
			return true
		}
	}
	return f.Builtin(title)
}

// Builtin reports whether the built-in patterns alone keep title.
func (f *TitleFilter) Builtin(title string) bool {
	t := normTitle(title)
	switch {
	case f.core.MatchString(t):
		return !f.coreDrop.MatchString(t)
	case f.leader.MatchString(t):
		return !f.leaderDrop.MatchString(t)
	}
	return false
}

// normTitle lower-cases title and turns every run of other characters than
// letters and digits into one space.
func normTitle(title string) string {
	var b strings.Builder
	space := true
	for _, r := range title {
		if r == '&' { // "VP of Product & Engineering" is not product engineering
			b.WriteString(" and ")
			space = true
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}
