package reports

import (
	"bufio"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/skillgap/skillgap"
)

// SkillPostings is every posting of a basis that asks for one skill: what
// `skillgap postings` prints.
type SkillPostings struct {
	Skill    string             `json:"skill"` // skill id
	Name     string             `json:"name"`
	Basis    string             `json:"basis"` // the postings searched, e.g. "senior PM"
	Since    time.Time          `json:"since,omitzero"`
	Until    time.Time          `json:"until,omitzero"` // exclusive
	Total    int                `json:"total"`          // postings of the basis in the window
	Postings []skillgap.Example `json:"postings"`       // those asking for the skill, newest first
}

// safeLink returns raw as an absolute http or https URL fit to put in a
// link, with parentheses, quotes and angle brackets percent-encoded; "" when
// it is not one.
func safeLink(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" || strings.ContainsFunc(raw, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return ""
	}
	return strings.NewReplacer("(", "%28", ")", "%29", "<", "%3C", ">", "%3E", `"`, "%22", "'", "%27").Replace(u.String())
}

// exampleHead says a posting in one line: "Senior PM — Acme, 2025-10-20, required".
func exampleHead(e skillgap.Example) string {
	s := oneLine(e.Title) + " — " + oneLine(e.Company)
	if !e.Date.IsZero() {
		s += ", " + e.Date.UTC().Format(time.DateOnly)
	}
	if e.Level != "" {
		s += ", " + oneLine(string(e.Level))
	}
	if !e.Open {
		s += ", closed"
	}
	return s
}

// quote puts a posting's sentence in quotation marks, on one line.
func quote(s string) string {
	if s = oneLine(s); s == "" {
		return ""
	}
	return "“" + s + "”"
}

// ExamplesText writes the example postings of each row that has some, for
// the terminal: the row's rank and skill, then each posting with its link and
// the sentence that asks.
func ExamplesText(w io.Writer, rows []skillgap.Gap) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "\nPostings behind the gaps (newest first; skillgap postings --skill ID lists them all):")
	for i, g := range rows {
		if len(g.Examples) == 0 {
			continue
		}
		fmt.Fprintf(bw, "  %d. %s (%s)\n", i+1, oneLine(g.Name), oneLine(g.SkillID))
		writeExamplesText(bw, g.Examples, "     ")
	}
	return bw.Flush()
}

func writeExamplesText(w io.Writer, ex []skillgap.Example, indent string) {
	for _, e := range ex {
		fmt.Fprintf(w, "%s- %s\n", indent, exampleHead(e))
		if u := safeLink(e.URL); u != "" {
			fmt.Fprintf(w, "%s  %s\n", indent, u)
		}
		if q := quote(e.Evidence); q != "" {
			fmt.Fprintf(w, "%s  %s\n", indent, q)
		}
	}
}

// PostingsText writes sp for the terminal.
func PostingsText(w io.Writer, sp SkillPostings) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s (%s): asked in %d of %s", oneLine(sp.Name), oneLine(sp.Skill), len(sp.Postings), skillgap.Plural(sp.Total, oneLine(sp.Basis)+" posting"))
	if !sp.Since.IsZero() && !sp.Until.IsZero() {
		fmt.Fprintf(bw, " from %s to %s", sp.Since.UTC().Format(time.DateOnly), sp.Until.UTC().AddDate(0, 0, -1).Format(time.DateOnly))
	}
	fmt.Fprintln(bw, ", newest first:")
	if len(sp.Postings) == 0 {
		fmt.Fprintln(bw, "  (none)")
	}
	writeExamplesText(bw, sp.Postings, "  ")
	return bw.Flush()
}

// examples writes the section of example postings behind the gap rows.
func (m *mdWriter) examples(g *skillgap.GapReport) {
	has := false
	for _, row := range g.Gaps {
		has = has || len(row.Examples) > 0
	}
	if !has {
		return
	}
	m.line("## Postings behind the gaps")
	m.blank()
	m.line("Up to three postings of the basis that ask for each gap, newest first, with the sentence that asks. `skillgap postings --skill ID` lists them all.")
	m.blank()
	for i, row := range g.Gaps {
		if len(row.Examples) == 0 {
			continue
		}
		m.line(fmt.Sprintf("**%d. %s**", i+1, md(m.r.rowName(row))))
		m.blank()
		for _, e := range row.Examples {
			title := md(e.Title)
			if u := safeLink(e.URL); u != "" {
				title = "[" + title + "](" + u + ")"
			}
			rest := strings.TrimPrefix(exampleHead(e), oneLine(e.Title)+" — ")
			item := "- " + title + " — " + md(rest)
			if q := quote(e.Evidence); q != "" {
				item += ": " + md(q)
			}
			m.line(item)
		}
		m.blank()
	}
}

// exampleGroup is the example postings of one gap row, for the HTML report.
type exampleGroup struct {
	Rank     int
	Name     string
	Examples []exampleView
}

// exampleView is one example posting with its text made safe for HTML.
type exampleView struct {
	Title, Company, Date, Level, Evidence string
	URL                                   string // an http(s) link, or "" for none
	Closed                                bool
}

// exampleGroups returns the example postings of the gap rows that have some.
func (r *Report) exampleGroups() []exampleGroup {
	if r.Gap == nil {
		return nil
	}
	var out []exampleGroup
	for i, row := range r.Gap.Gaps {
		if len(row.Examples) == 0 {
			continue
		}
		grp := exampleGroup{Rank: i + 1, Name: oneLine(r.rowName(row))}
		for _, e := range row.Examples {
			v := exampleView{Title: oneLine(e.Title), Company: oneLine(e.Company), Level: oneLine(string(e.Level)),
				Evidence: quote(e.Evidence), URL: safeLink(e.URL), Closed: !e.Open}
			if !e.Date.IsZero() {
				v.Date = e.Date.UTC().Format(time.DateOnly)
			}
			grp.Examples = append(grp.Examples, v)
		}
		out = append(out, grp)
	}
	return out
}
