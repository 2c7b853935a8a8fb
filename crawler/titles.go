package crawler

import (
	"fmt"
	"regexp"

	"github.com/skillgap/skillgap/analyze"
)

// TitleFilter decides which job titles are product-management roles. The
// built-in decision is analyze.ClassifyTitle, the one title classifier of the
// project: it keeps product manager and owner titles at every level, product
// leads, heads, directors and VPs of product, and CPOs; it drops product
// marketing, design, analytics, support, operations and engineering, program
// and project managers (TPM), leaders of other functions for a product
// ("Director of Engineering, Core Product"), sales and counsel. Source
// patterns come after: Include keeps a title the built-in decision drops,
// Exclude drops a title, and Exclude wins over Include.
type TitleFilter struct {
	include, exclude []*regexp.Regexp
}

// NewTitleFilter builds a filter with a source's extra include and exclude
// patterns: case-insensitive regular expressions over the title as written.
// A pattern that does not compile is an error that names it.
func NewTitleFilter(include, exclude []string) (*TitleFilter, error) {
	f := &TitleFilter{}
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

// Builtin reports whether the built-in decision alone keeps title.
func (f *TitleFilter) Builtin(title string) bool {
	return analyze.ClassifyTitle(title).Product
}
