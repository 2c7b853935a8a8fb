package crawler

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	skillgap "github.com/skillgap/skillgap"
)

// leverPosting is one element of GET /v0/postings/{company}?mode=json.
type leverPosting struct {
	ID               string `json:"id"`
	Text             string `json:"text"`
	CreatedAt        int64  `json:"createdAt"` // epoch milliseconds
	Country          string `json:"country"`
	WorkplaceType    string `json:"workplaceType"`
	HostedURL        string `json:"hostedUrl"`
	ApplyURL         string `json:"applyUrl"`
	Description      string `json:"description"`
	DescriptionPlain string `json:"descriptionPlain"`
	Additional       string `json:"additional"`
	AdditionalPlain  string `json:"additionalPlain"`
	Lists            []struct {
		Text    string `json:"text"`
		Content string `json:"content"`
	} `json:"lists"`
	Categories struct {
		Location     string   `json:"location"`
		Commitment   string   `json:"commitment"`
		Team         string   `json:"team"`
		Department   string   `json:"department"`
		AllLocations []string `json:"allLocations"`
	} `json:"categories"`
	SalaryRange *struct {
		Currency string   `json:"currency"`
		Interval string   `json:"interval"`
		Min      *float64 `json:"min"`
		Max      *float64 `json:"max"`
	} `json:"salaryRange"`
}

// ParseLever parses a Lever postings response (GET /v0/postings/{company}?mode=json,
// a bare JSON array) into postings, without title filtering. The description
// joins the posting's description (HTML, else descriptionPlain), its lists as
// headed sections, and the closing text. A posting that does not decode is
// skipped; the response fails only when none does.
func ParseLever(body []byte, src skillgap.Source) ([]skillgap.Posting, error) {
	ps, _, err := parseLever(body, src, nil)
	return ps, err
}

// parseLever is ParseLever with the title filter applied before a posting is
// decoded (see parseAshby).
func parseLever(body []byte, src skillgap.Source, keep func(title string) bool) (out []skillgap.Posting, dropped int, err error) {
	if jsonKind(body) == '{' {
		var e struct {
			OK    *bool  `json:"ok"`
			Error string `json:"error"`
		}
		if json.Unmarshal(body, &e) == nil && e.Error != "" {
			return nil, 0, fmt.Errorf("parse lever postings %s: board says %q", src.Board, e.Error)
		}
		return nil, 0, fmt.Errorf("parse lever postings %s: got a JSON object; want an array", src.Board)
	}
	out = []skillgap.Posting{}
	_, err = boardSkim{Head: []string{"text"}}.each(body, func(raw []byte, head [][]byte) error {
		var title string
		if err := decodeHead(head[0], &title); err != nil {
			return err
		}
		if keep != nil && !keep(cleanText(title)) {
			dropped++
			return nil
		}
		var j leverPosting
		if err := json.Unmarshal(raw, &j); err != nil {
			return err
		}
		out = append(out, leverToPosting(&j, src))
		return nil
	})
	if err != nil {
		return nil, 0, fmt.Errorf("parse lever postings %s: %w", src.Board, err)
	}
	return out, dropped, nil
}

func leverToPosting(j *leverPosting, src skillgap.Source) skillgap.Posting {
	id := strings.TrimSpace(j.ID)
	url := firstNonEmpty(j.HostedURL, j.ApplyURL)
	p := skillgap.Posting{
		ID:             skillgap.PostingID(skillgap.Lever, src.Board, id, url),
		Source:         src.Name,
		SourceKind:     skillgap.Lever,
		Board:          src.Board,
		JobID:          id,
		Company:        firstNonEmpty(src.Company, src.Board),
		Title:          cleanText(j.Text),
		Department:     cleanText(j.Categories.Department),
		Country:        countryCode(j.Country),
		Workplace:      workplace(j.WorkplaceType),
		EmploymentType: employmentType(j.Categories.Commitment),
		URL:            url,
		Description:    leverText(j),
		Posted:         epochMillis(j.CreatedAt),
	}
	for _, l := range slices.Concat(j.Categories.AllLocations, []string{j.Categories.Location}) {
		if l = cleanText(l); l != "" && !slices.Contains(p.Locations, l) {
			p.Locations = append(p.Locations, l)
		}
	}
	if p.Workplace == "" {
		p.Workplace = workplaceHint(p.Locations...)
	}
	if s := j.SalaryRange; s != nil && (s.Min != nil || s.Max != nil) {
		p.Salary = &skillgap.Pay{
			Currency: strings.ToUpper(strings.TrimSpace(s.Currency)),
			Period:   salaryPeriod(s.Interval),
		}
		if s.Min != nil {
			p.Salary.Min = *s.Min
		}
		if s.Max != nil {
			p.Salary.Max = *s.Max
		}
	}
	return p
}

// leverText joins the description, the lists (as "Heading" then "- item"
// lines) and the closing text, each converted to plain text.
func leverText(j *leverPosting) string {
	var parts []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	if strings.TrimSpace(j.Description) != "" {
		add(HTMLToText(j.Description))
	} else {
		add(plainText(j.DescriptionPlain))
	}
	for _, l := range j.Lists {
		items := HTMLToText(l.Content)
		if head := cleanText(l.Text); head != "" {
			items = strings.TrimSpace(head + "\n" + items)
		}
		add(items)
	}
	if strings.TrimSpace(j.Additional) != "" {
		add(HTMLToText(j.Additional))
	} else {
		add(plainText(j.AdditionalPlain))
	}
	return strings.Join(parts, "\n\n")
}
