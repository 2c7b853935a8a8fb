package crawler

import (
	"fmt"
	"strings"

	skillgap "github.com/skillgap/skillgap"
)

// workableJob is one job of Workable's public widget API
// (GET https://apply.workable.com/api/v1/widget/accounts/{account}?details=true;
// see testdata/workable/README.md for where the layout is documented).
type workableJob struct {
	Title          string `json:"title"`
	Shortcode      string `json:"shortcode"`
	EmploymentType string `json:"employment_type"`
	Telecommuting  bool   `json:"telecommuting"`
	Department     string `json:"department"`
	URL            string `json:"url"`
	Shortlink      string `json:"shortlink"`
	PublishedOn    string `json:"published_on"`
	CreatedAt      string `json:"created_at"`
	Country        string `json:"country"`
	City           string `json:"city"`
	State          string `json:"state"`
	Description    string `json:"description"` // HTML, with details=true
	Locations      []struct {
		Country     string `json:"country"`
		CountryCode string `json:"countryCode"`
		City        string `json:"city"`
		Region      string `json:"region"`
		Hidden      bool   `json:"hidden"`
	} `json:"locations"`
}

// ParseWorkable parses a Workable widget account response ({name,
// description, jobs}) into postings, every job, without title filtering.
func ParseWorkable(body []byte, src skillgap.Source) ([]skillgap.Posting, error) {
	ps, _, err := parseWorkable(body, src, nil)
	return ps, err
}

// parseWorkable applies keep to each title before the job is decoded and its
// HTML converted (see parseAshby).
func parseWorkable(body []byte, src skillgap.Source, keep func(title string) bool) (out []skillgap.Posting, dropped int, err error) {
	out, dropped, err = parseNamedBoard(body, src, keep, "name", func(*workableJob) bool { return false }, workablePosting)
	if err != nil {
		return nil, 0, fmt.Errorf("parse workable account %s: %w", src.Board, err)
	}
	return out, dropped, nil
}

func workablePosting(j *workableJob, src skillgap.Source) skillgap.Posting {
	id := strings.TrimSpace(j.Shortcode)
	u := firstNonEmpty(j.URL, j.Shortlink)
	p := skillgap.Posting{
		ID:             skillgap.PostingID(skillgap.Workable, src.Board, id, u),
		Source:         src.Name,
		SourceKind:     skillgap.Workable,
		Board:          src.Board,
		JobID:          id,
		Company:        firstNonEmpty(src.Company, src.Board),
		Title:          cleanText(j.Title),
		URL:            u,
		Department:     cleanText(j.Department),
		Description:    htmlText(j.Description, nil),
		Posted:         parseTime(firstNonEmpty(j.PublishedOn, j.CreatedAt)),
		EmploymentType: employmentType(j.EmploymentType),
	}
	for _, l := range j.Locations {
		if l.Hidden {
			continue
		}
		if loc := joinNonEmpty(l.City, l.Region, l.Country); loc != "" {
			p.Locations = append(p.Locations, loc)
		}
		if p.Country == "" {
			p.Country = strings.ToUpper(strings.TrimSpace(l.CountryCode))
		}
	}
	if len(p.Locations) == 0 {
		if loc := joinNonEmpty(j.City, j.State, j.Country); loc != "" {
			p.Locations = []string{loc}
		}
	}
	if j.Telecommuting {
		p.Workplace = skillgap.Remote
	} else {
		p.Workplace = workplaceHint(p.Locations...)
	}
	return p
}

// joinNonEmpty joins the non-blank parts with ", ".
func joinNonEmpty(parts ...string) string {
	var out []string
	for _, s := range parts {
		if s = cleanText(s); s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, ", ")
}
