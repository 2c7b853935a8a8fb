package crawler

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	skillgap "github.com/skillgap/skillgap"
)

// ParseFeed parses a job feed into postings, without title filtering: RSS 2.0,
// Atom or JSON Feed (through gofeed), or a RemoteOK-style JSON array of jobs
// (elements without a position, such as RemoteOK's legal notice, are skipped).
// Item titles written "Company: Role" give the company and the title. Board is
// the feed's host.
func ParseFeed(body []byte, src skillgap.Source) ([]skillgap.Posting, error) {
	if jsonKind(body) == '[' {
		return parseJobArray(body, src)
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("parse feed %s: %w", src.URL, err)
	}
	board := hostOf(firstNonEmpty(src.URL, feed.FeedLink, feed.Link))
	out := make([]skillgap.Posting, 0, len(feed.Items))
	for _, it := range feed.Items {
		if it == nil {
			continue
		}
		out = append(out, feedPosting(it, board, src))
	}
	return out, nil
}

func feedPosting(it *gofeed.Item, board string, src skillgap.Source) skillgap.Posting {
	link := strings.TrimSpace(it.Link)
	if link == "" && strings.HasPrefix(it.GUID, "http") {
		link = strings.TrimSpace(it.GUID)
	}
	company, title := splitFeedTitle(cleanText(it.Title), src.Company)
	if company == "" && len(it.Authors) > 0 && it.Authors[0] != nil {
		company = cleanText(it.Authors[0].Name)
	}
	p := skillgap.Posting{
		Source:     src.Name,
		SourceKind: skillgap.Feed,
		Board:      firstNonEmpty(board, hostOf(link)),
		Company:    firstNonEmpty(src.Company, company, board),
		Title:      title,
		URL:        link,
		Posted:     feedTime(it.PublishedParsed, it.UpdatedParsed),
	}
	desc := it.Description
	if len(strings.TrimSpace(it.Content)) > len(strings.TrimSpace(desc)) {
		desc = it.Content
	}
	p.Description = HTMLToText(desc)
	canonical := firstNonEmpty(link, it.GUID)
	if canonical == "" {
		canonical = p.Title + "|" + p.Company // no link at all: the item's text is all there is
	}
	p.ID = skillgap.PostingID(skillgap.Feed, p.Board, "", canonical)

	// We Work Remotely and similar feeds add unprefixed elements to items.
	c := it.Custom
	for _, k := range []string{"region", "country", "location"} {
		p.Locations = appendNew(p.Locations, cleanText(c[k]))
	}
	p.Country = countryCode(c["country"])
	p.EmploymentType = employmentType(firstNonEmpty(c["type"], c["job_type"], c["jobtype"]))
	p.Workplace = workplaceHint(append([]string{title, c["category"]}, p.Locations...)...)
	return p
}

func feedTime(ts ...*time.Time) time.Time {
	for _, t := range ts {
		if t != nil && !t.IsZero() {
			return t.UTC()
		}
	}
	return time.Time{}
}

// roleWords marks a "X: Y" prefix that is a role, not a company
// ("Product Manager: Payments").
var roleWords = regexp.MustCompile(`(?i)\b(manager|engineer|director|designer|developer|analyst|owner|lead|head|officer|vp|intern)\b`)

// splitFeedTitle splits "Company: Role" into its parts. With company set, only
// that company's prefix is removed.
func splitFeedTitle(title, company string) (string, string) {
	prefix, rest, ok := strings.Cut(title, ": ")
	prefix, rest = strings.TrimSpace(prefix), strings.TrimSpace(rest)
	switch {
	case !ok || prefix == "" || rest == "":
		return "", title
	case company != "":
		if strings.EqualFold(prefix, company) {
			return prefix, rest
		}
		return "", title
	case len(prefix) > 80 || roleWords.MatchString(prefix):
		return "", title
	}
	return prefix, rest
}

// remoteOKJob is one element of the RemoteOK API (GET https://remoteok.com/api).
type remoteOKJob struct {
	ID          json.Number `json:"id"`
	Slug        string      `json:"slug"`
	Epoch       int64       `json:"epoch"`
	Date        string      `json:"date"`
	Company     string      `json:"company"`
	Position    string      `json:"position"`
	Description string      `json:"description"`
	Location    string      `json:"location"`
	URL         string      `json:"url"`
	ApplyURL    string      `json:"apply_url"`
	SalaryMin   float64     `json:"salary_min"`
	SalaryMax   float64     `json:"salary_max"`
}

// parseJobArray reads a RemoteOK-style JSON array. The jobs there are remote by
// definition; salary_min and salary_max of 0 mean unknown.
func parseJobArray(body []byte, src skillgap.Source) ([]skillgap.Posting, error) {
	var raws []json.RawMessage
	if err := json.Unmarshal(body, &raws); err != nil {
		return nil, fmt.Errorf("parse feed %s: %w", src.URL, err)
	}
	jobs, err := decodeEach[remoteOKJob](raws)
	if err != nil {
		return nil, fmt.Errorf("parse feed %s: %w", src.URL, err)
	}
	board := hostOf(src.URL)
	out := make([]skillgap.Posting, 0, len(jobs))
	for i := range jobs {
		j := &jobs[i]
		if strings.TrimSpace(j.Position) == "" {
			continue // RemoteOK's first element is a legal notice
		}
		out = append(out, remoteOKPosting(j, board, src))
	}
	return out, nil
}

func remoteOKPosting(j *remoteOKJob, board string, src skillgap.Source) skillgap.Posting {
	link := firstNonEmpty(j.URL, j.ApplyURL)
	b := firstNonEmpty(board, hostOf(link))
	id := j.ID.String()
	p := skillgap.Posting{
		ID:          skillgap.PostingID(skillgap.Feed, b, id, link),
		Source:      src.Name,
		SourceKind:  skillgap.Feed,
		Board:       b,
		JobID:       id,
		Company:     firstNonEmpty(src.Company, cleanText(fixMojibake(j.Company)), b),
		Title:       cleanText(fixMojibake(j.Position)),
		Workplace:   skillgap.Remote,
		URL:         link,
		Description: HTMLToText(fixMojibake(j.Description)),
		Posted:      parseTime(j.Date),
	}
	if p.Posted.IsZero() && j.Epoch > 0 {
		p.Posted = time.Unix(j.Epoch, 0).UTC()
	}
	if loc := cleanText(fixMojibake(j.Location)); loc != "" {
		p.Locations = []string{loc}
	}
	if j.SalaryMin > 0 || j.SalaryMax > 0 {
		p.Salary = &skillgap.Pay{Min: j.SalaryMin, Max: j.SalaryMax, Currency: "USD"}
		if max(j.SalaryMin, j.SalaryMax) < 1000 {
			p.Salary.Period = "hour" // RemoteOK states annual USD, but small figures are hourly rates
		}
	}
	return p
}
