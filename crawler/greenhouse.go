package crawler

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/net/html"

	skillgap "github.com/skillgap/skillgap"
)

type greenhouseJob struct {
	ID             json.Number `json:"id"`
	Title          string      `json:"title"`
	CompanyName    string      `json:"company_name"`
	AbsoluteURL    string      `json:"absolute_url"`
	UpdatedAt      string      `json:"updated_at"`
	FirstPublished string      `json:"first_published"`
	Content        string      `json:"content"`
	Location       struct {
		Name string `json:"name"`
	} `json:"location"`
	Departments []struct {
		Name string `json:"name"`
	} `json:"departments"`
	Metadata []struct {
		Name  string `json:"name"`
		Value any    `json:"value"`
	} `json:"metadata"`
	PayRanges []greenhouseRange `json:"pay_input_ranges"` // with pay_transparency=true
}

// ParseGreenhouse parses a Greenhouse job board response
// (GET /v1/boards/{token}/jobs?content=true) into postings, every job of the
// board, without title filtering. The entity-escaped content is unescaped once
// and converted to text without the board's intro and conclusion boilerplate
// (div.content-intro, div.content-conclusion). The wrapper
// {company, fetched_at, job_count, jobs} that some mirrors serve is accepted. A job that does not decode is skipped; the board fails only
// when none does.
func ParseGreenhouse(body []byte, src skillgap.Source) ([]skillgap.Posting, error) {
	ps, _, err := parseGreenhouse(body, src, nil)
	return ps, err
}

// parseGreenhouse is ParseGreenhouse with the title filter applied before a
// job is decoded (see parseAshby).
func parseGreenhouse(body []byte, src skillgap.Source, keep func(title string) bool) (out []skillgap.Posting, dropped int, err error) {
	out, dropped, err = parseNamedBoard(body, src, keep, "company",
		func(j *greenhouseJob) bool { return cleanText(j.CompanyName) != "" }, greenhousePosting)
	if err != nil {
		return nil, 0, fmt.Errorf("parse greenhouse board %s: %w", src.Board, err)
	}
	return out, dropped, nil
}

// parseNamedBoard parses a board {…, "jobs": [{"title": …}, …]} whose top
// level may carry the company's name under nameKey, perhaps after the jobs:
// the title filter runs before a job is decoded (see parseAshby), posting
// makes each kept job a posting, and a posting whose job names no company
// (named false) and whose source gives none takes the top level's.
func parseNamedBoard[J any](body []byte, src skillgap.Source, keep func(title string) bool, nameKey string,
	named func(*J) bool, posting func(*J, skillgap.Source) skillgap.Posting) (out []skillgap.Posting, dropped int, err error) {
	out = []skillgap.Posting{}
	var unnamed []int // postings that take the top level's company, which may come after the jobs
	skim := boardSkim{Key: "jobs", Top: []string{nameKey}, Head: []string{"title"}}
	top, err := skim.each(body, func(raw []byte, head [][]byte) error {
		var title string
		if err := decodeHead(head[0], &title); err != nil {
			return err
		}
		if keep != nil && !keep(cleanText(title)) {
			dropped++
			return nil
		}
		var j J
		if err := json.Unmarshal(raw, &j); err != nil {
			return err
		}
		if src.Company == "" && !named(&j) {
			unnamed = append(unnamed, len(out))
		}
		out = append(out, posting(&j, src))
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	var name string
	if decodeHead(top[0], &name) == nil && cleanText(name) != "" {
		for _, i := range unnamed {
			out[i].Company = cleanText(name)
		}
	}
	return out, dropped, nil
}

func greenhousePosting(j *greenhouseJob, src skillgap.Source) skillgap.Posting {
	id := j.ID.String()
	p := skillgap.Posting{
		ID:          skillgap.PostingID(skillgap.Greenhouse, src.Board, id, j.AbsoluteURL),
		Source:      src.Name,
		SourceKind:  skillgap.Greenhouse,
		Board:       src.Board,
		JobID:       id,
		Company:     firstNonEmpty(src.Company, cleanText(j.CompanyName), src.Board),
		Title:       cleanText(j.Title),
		URL:         strings.TrimSpace(j.AbsoluteURL),
		Description: greenhouseText(j.Content),
		Posted:      parseTime(j.FirstPublished),
		Salary:      greenhousePay(j.PayRanges),
	}
	if p.Posted.IsZero() {
		p.Posted = parseTime(j.UpdatedAt)
	}
	if loc := cleanText(j.Location.Name); loc != "" {
		p.Locations = splitLocations(loc)
	}
	if len(j.Departments) > 0 {
		p.Department = cleanText(j.Departments[0].Name)
	}
	for _, m := range j.Metadata {
		v, ok := m.Value.(string)
		if !ok {
			continue
		}
		name := strings.ToLower(m.Name)
		switch {
		case strings.Contains(name, "workplace") || strings.Contains(name, "remote") || strings.Contains(name, "location type"):
			if w := workplace(v); w != "" {
				p.Workplace = w
			} else if w := workplaceHint(v); w != "" {
				p.Workplace = w
			}
		case strings.Contains(name, "employment") || strings.Contains(name, "time type") || strings.Contains(name, "job type"):
			p.EmploymentType = employmentType(v)
		}
	}
	if p.Workplace == "" {
		p.Workplace = workplaceHint(p.Locations...)
	}
	return p
}

// greenhouseText unescapes content once (the API escapes the HTML) and converts
// it. Content that a mirror already unescaped ("<p>…", no "&lt;") is used as is.
func greenhouseText(content string) string {
	if content == "" {
		return ""
	}
	if strings.Contains(content, "&lt;") {
		content = html.UnescapeString(content)
	}
	return htmlText(content, greenhouseBoilerplate)
}

// greenhouseBoilerplate matches the board-wide intro and conclusion that
// Greenhouse wraps around every job's own text.
func greenhouseBoilerplate(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" {
			continue
		}
		classes := strings.Fields(a.Val)
		return slices.Contains(classes, "content-intro") || slices.Contains(classes, "content-conclusion")
	}
	return false
}

// splitLocations splits a location list written as one string ("A; B", "A | B").
func splitLocations(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '|' }) {
		if part = collapseSpace(part); part != "" && !slices.Contains(out, part) {
			out = append(out, part)
		}
	}
	return out
}

// firstNonEmpty returns the first of vs that is not blank, trimmed.
func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// jsonKind reports the first non-space byte of a JSON document.
func jsonKind(body []byte) byte {
	b := bytes.TrimLeft(body, " \t\r\n\ufeff")
	if len(b) == 0 {
		return 0
	}
	return b[0]
}

// decodeHead decodes the raw value of a member the title filter needs; nil
// (absent) leaves v as it is.
func decodeHead(raw []byte, v any) error {
	if raw == nil {
		return nil
	}
	return json.Unmarshal(raw, v)
}

// decodeEach decodes every element it can, so that one odd job does not cost
// the whole board; it fails only when elements exist and none decodes.
func decodeEach[T any](raws []json.RawMessage) ([]T, error) {
	out := make([]T, 0, len(raws))
	var first error
	for i, raw := range raws {
		var v T
		if err := json.Unmarshal(raw, &v); err != nil {
			if first == nil {
				first = fmt.Errorf("job %d: %w", i, err)
			}
			continue
		}
		out = append(out, v)
	}
	if len(out) == 0 && first != nil {
		return nil, first
	}
	return out, nil
}
