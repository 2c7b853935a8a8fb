package crawler

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	skillgap "github.com/skillgap/skillgap"
)

type ashbyAddress struct {
	PostalAddress struct {
		Locality string `json:"addressLocality"`
		Region   string `json:"addressRegion"`
		Country  string `json:"addressCountry"`
	} `json:"postalAddress"`
}

type ashbyJob struct {
	ID                 string        `json:"id"`
	Title              string        `json:"title"`
	Department         string        `json:"department"`
	EmploymentType     string        `json:"employmentType"`
	Location           string        `json:"location"`
	SecondaryLocations []ashbyPlace  `json:"secondaryLocations"`
	Address            *ashbyAddress `json:"address"`
	PublishedAt        string        `json:"publishedAt"`
	IsListed           *bool         `json:"isListed"`
	IsRemote           *bool         `json:"isRemote"`
	WorkplaceType      string        `json:"workplaceType"`
	JobURL             string        `json:"jobUrl"`
	ApplyURL           string        `json:"applyUrl"`
	DescriptionHTML    string        `json:"descriptionHtml"`
	DescriptionPlain   string        `json:"descriptionPlain"`
	Compensation       *struct {
		Tiers []struct {
			Components []ashbyComponent `json:"components"`
		} `json:"compensationTiers"`
		Summary []ashbyComponent `json:"summaryComponents"`
	} `json:"compensation"`
}

type ashbyPlace struct {
	Location string        `json:"location"`
	Address  *ashbyAddress `json:"address"`
}

type ashbyComponent struct {
	Type     string   `json:"compensationType"` // Salary, Bonus, EquityPercentage, …
	Interval string   `json:"interval"`         // "1 YEAR", "1 HOUR", "NONE"
	Currency string   `json:"currencyCode"`
	Min      *float64 `json:"minValue"`
	Max      *float64 `json:"maxValue"`
}

// ParseAshby parses an Ashby job board response
// (GET /posting-api/job-board/{name}?includeCompensation=true) into postings,
// without title filtering. Jobs with isListed false are skipped. A job that does
// not decode is skipped; the board fails only when none does.
func ParseAshby(body []byte, src skillgap.Source) ([]skillgap.Posting, error) {
	ps, _, err := parseAshby(body, src, nil)
	return ps, err
}

// parseAshby is ParseAshby with the title filter applied before a job is
// decoded: most jobs of a board are not product roles, and their descriptions
// are most of its bytes. keep nil keeps every title; dropped counts the jobs
// it refused.
func parseAshby(body []byte, src skillgap.Source, keep func(title string) bool) (out []skillgap.Posting, dropped int, err error) {
	out = []skillgap.Posting{}
	_, err = boardSkim{Key: "jobs", Head: []string{"title", "isListed"}}.each(body, func(raw []byte, head [][]byte) error {
		var title string
		var listed *bool
		if err := decodeHead(head[0], &title); err != nil {
			return err
		}
		if err := decodeHead(head[1], &listed); err != nil {
			return err
		}
		switch {
		case listed != nil && !*listed:
			return nil
		case keep != nil && !keep(cleanText(title)):
			dropped++
			return nil
		}
		var j ashbyJob
		if err := json.Unmarshal(raw, &j); err != nil {
			return err
		}
		out = append(out, ashbyPosting(&j, src))
		return nil
	})
	if err != nil {
		return nil, 0, fmt.Errorf("parse ashby board %s: %w", src.Board, err)
	}
	return out, dropped, nil
}

func ashbyPosting(j *ashbyJob, src skillgap.Source) skillgap.Posting {
	id := strings.TrimSpace(j.ID)
	url := firstNonEmpty(j.JobURL, j.ApplyURL)
	p := skillgap.Posting{
		ID:             skillgap.PostingID(skillgap.Ashby, src.Board, id, url),
		Source:         src.Name,
		SourceKind:     skillgap.Ashby,
		Board:          src.Board,
		JobID:          id,
		Company:        firstNonEmpty(src.Company, src.Board),
		Title:          cleanText(j.Title),
		Department:     cleanText(j.Department),
		EmploymentType: employmentType(j.EmploymentType),
		URL:            url,
		Posted:         parseTime(j.PublishedAt),
		Salary:         ashbyPay(j),
	}
	if strings.TrimSpace(j.DescriptionHTML) != "" {
		p.Description = HTMLToText(j.DescriptionHTML)
	} else {
		p.Description = plainText(j.DescriptionPlain)
	}
	for _, l := range append([]ashbyPlace{{Location: j.Location, Address: j.Address}}, j.SecondaryLocations...) {
		if name := cleanText(l.Location); name != "" && !slices.Contains(p.Locations, name) {
			p.Locations = append(p.Locations, name)
		}
		if p.Country == "" && l.Address != nil {
			p.Country = countryCode(l.Address.PostalAddress.Country)
		}
	}
	p.Workplace = ashbyWorkplace(j, p.Locations)
	return p
}

// ashbyWorkplace: workplaceType wins when set; then what the location names say
// ("San Francisco (Hybrid)" beside isRemote true is hybrid); then isRemote.
func ashbyWorkplace(j *ashbyJob, locations []string) skillgap.Workplace {
	if w := workplace(j.WorkplaceType); w != "" {
		return w
	}
	if w := workplaceHint(locations...); w != "" {
		return w
	}
	switch {
	case j.IsRemote == nil:
		return ""
	case *j.IsRemote:
		return skillgap.Remote
	}
	return skillgap.Onsite
}
