package crawler

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	skillgap "github.com/skillgap/skillgap"
)

// SmartRecruiters' public Posting API (see testdata/smartrecruiters/README.md):
// GET /v1/companies/{company}/postings?limit=&offset= lists postings page by
// page ({offset, limit, totalFound, content}) without their text; GET
// /v1/companies/{company}/postings/{id} gives one posting with jobAd.sections.

type srPage struct {
	Offset     int               `json:"offset"`
	Limit      int               `json:"limit"`
	TotalFound int               `json:"totalFound"`
	Content    []json.RawMessage `json:"content"`
}

type srPosting struct {
	ID           string `json:"id"`
	Name         string `json:"name"`
	ReleasedDate string `json:"releasedDate"`
	Company      struct {
		Name string `json:"name"`
	} `json:"company"`
	Location struct {
		City    string `json:"city"`
		Region  string `json:"region"`
		Country string `json:"country"`
		Remote  bool   `json:"remote"`
	} `json:"location"`
	Department struct {
		Label string `json:"label"`
	} `json:"department"`
	TypeOfEmployment struct {
		Label string `json:"label"`
	} `json:"typeOfEmployment"`
	PostingURL string `json:"postingUrl"`
	JobAd      struct {
		Sections map[string]struct {
			Title string `json:"title"`
			Text  string `json:"text"`
		} `json:"sections"`
	} `json:"jobAd"`
}

// srSections is the order in which a detail's jobAd sections make the text.
var srSections = []string{"companyDescription", "jobDescription", "qualifications", "additionalInformation"}

// crawlSmartRecruiters pages through the posting list and fetches the detail
// of each posting whose title passes filter. The first page is fetched
// conditionally: when it is unchanged nothing else is. A detail that fails
// costs that posting only: the others are kept, the error is reported in
// res.Err and the source is not Complete (so nothing is closed).
func (c *Crawler) crawlSmartRecruiters(ctx context.Context, f *fetcher, rn *run, prev string, filter *TitleFilter, res *Result) []skillgap.Posting {
	src := rn.src
	first, err := Endpoint(src)
	if err != nil {
		res.Err = &SourceError{Source: src.Name, Err: err}
		return nil
	}
	r, ok := c.first(ctx, f, rn, first, "application/json", prev, res)
	if !ok {
		return nil
	}
	validator := validatorOf(r)
	var out []skillgap.Posting
	seen := map[string]bool{}
	hdr := http.Header{"Accept": {"application/json"}}
	for pageURL, offset := first, 0; ; {
		var page srPage
		if err := json.Unmarshal(r.Body, &page); err != nil {
			res.Err = &SourceError{Source: src.Name, URL: pageURL, Status: r.Status, Err: fmt.Errorf("parse smartrecruiters page: %w", err)}
			return out
		}
		fresh := 0
		for _, raw := range page.Content {
			var p srPosting
			if json.Unmarshal(raw, &p) != nil || strings.TrimSpace(p.ID) == "" || seen[p.ID] {
				continue
			}
			seen[p.ID] = true
			fresh++
			if !filter.Keep(cleanText(p.Name)) {
				res.Dropped++
				continue
			}
			du := srDetailURL(pageURL, p.ID)
			d, err := f.get(ctx, du, hdr, rn.request)
			if err == nil {
				rn.add(0, 1, 0)
				err = json.Unmarshal(d.Body, &p)
			}
			if err != nil {
				if ctx.Err() != nil {
					res.Err = sourceError(src.Name, du, d, err)
					return out
				}
				if res.Err == nil { // the first failed detail is the one reported
					res.Err = sourceError(src.Name, du, d, fmt.Errorf("posting %s: %w", p.ID, err))
				}
				continue
			}
			out = append(out, srPostingOf(&p, src))
			rn.add(0, 0, 1)
		}
		// A page with nothing new ends the list too: a server that ignores
		// offset (or lies in totalFound) cannot keep the crawler paging.
		offset += len(page.Content)
		if offset >= page.TotalFound {
			break
		}
		if fresh == 0 {
			// The list is not all read: what it lacks is unknown, not closed.
			if res.Err == nil {
				res.Err = sourceError(src.Name, pageURL, r, fmt.Errorf("%w: the page at offset %d repeats earlier postings (%d of %d listed read)", ErrIncomplete, offset-len(page.Content), offset-len(page.Content), page.TotalFound))
			}
			break
		}
		pageURL = srPageURL(pageURL, offset)
		if r, err = f.get(ctx, pageURL, hdr, rn.request); err != nil {
			res.Err = sourceError(src.Name, pageURL, r, err)
			return out
		}
		rn.add(0, 1, 0)
	}
	if res.Err == nil {
		res.Validator, res.Complete = validator, true
	}
	return out
}

// srPageURL is u with its offset set.
func srPageURL(u string, offset int) string {
	p, err := url.Parse(u)
	if err != nil {
		return u
	}
	q := p.Query()
	q.Set("offset", strconv.Itoa(offset))
	p.RawQuery = q.Encode()
	return p.String()
}

// srDetailURL is the detail of posting id next to the list page u.
func srDetailURL(u, id string) string {
	p, err := url.Parse(u)
	if err != nil {
		return u
	}
	p.Path = strings.TrimSuffix(p.Path, "/") + "/" + url.PathEscape(id)
	p.RawPath, p.RawQuery = "", ""
	return p.String()
}

func srPostingOf(j *srPosting, src skillgap.Source) skillgap.Posting {
	u := strings.TrimSpace(j.PostingURL)
	if u == "" {
		u = "https://jobs.smartrecruiters.com/" + url.PathEscape(src.Board) + "/" + url.PathEscape(j.ID)
	}
	p := skillgap.Posting{
		ID:             skillgap.PostingID(skillgap.SmartRecruiters, src.Board, j.ID, u),
		Source:         src.Name,
		SourceKind:     skillgap.SmartRecruiters,
		Board:          src.Board,
		JobID:          j.ID,
		Company:        firstNonEmpty(src.Company, cleanText(j.Company.Name), src.Board),
		Title:          cleanText(j.Name),
		URL:            u,
		Department:     cleanText(j.Department.Label),
		Posted:         parseTime(j.ReleasedDate),
		EmploymentType: employmentType(j.TypeOfEmployment.Label),
		Country:        strings.ToUpper(strings.TrimSpace(j.Location.Country)),
	}
	if loc := joinNonEmpty(j.Location.City, j.Location.Region, j.Location.Country); loc != "" {
		p.Locations = []string{loc}
	}
	var parts []string
	for _, k := range srSections {
		s, ok := j.JobAd.Sections[k]
		if !ok {
			continue
		}
		if t := htmlText(s.Text, nil); t != "" {
			if title := cleanText(s.Title); title != "" {
				parts = append(parts, title)
			}
			parts = append(parts, t)
		}
	}
	p.Description = strings.Join(parts, "\n\n")
	if j.Location.Remote {
		p.Workplace = skillgap.Remote
	} else {
		p.Workplace = workplaceHint(p.Locations...)
	}
	return p
}
