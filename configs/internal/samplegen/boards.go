package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// encodeJSON writes v compactly without HTML escaping, as the board APIs do.
func encodeJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("encode json: %w", err)
	}
	return b.Bytes(), nil
}

// asciiOnly escapes every non-ASCII rune as \uXXXX, as JSON written by Python's
// json.dump is; the result decodes to the same value.
func asciiOnly(b []byte) []byte {
	var out bytes.Buffer
	for _, r := range string(b) {
		switch {
		case r < 0x80:
			out.WriteRune(r)
		case r > 0xffff:
			r -= 0x10000
			fmt.Fprintf(&out, `\u%04x\u%04x`, 0xd800+(r>>10), 0xdc00+(r&0x3ff))
		default:
			fmt.Fprintf(&out, `\u%04x`, r)
		}
	}
	return out.Bytes()
}

// newestFirst returns the postings in the order boards list them.
func newestFirst(ps []*posting) []*posting {
	out := make([]*posting, len(ps))
	for i, p := range ps {
		out[len(ps)-1-i] = p
	}
	return out
}

type ghName struct {
	Name string `json:"name"`
}

type ghMeta struct {
	ID        int    `json:"id"`
	Name      string `json:"name"`
	Value     any    `json:"value"`
	ValueType string `json:"value_type"`
}

type ghDept struct {
	ID       int    `json:"id"`
	Name     string `json:"name"`
	ChildIDs []int  `json:"child_ids"`
	ParentID *int   `json:"parent_id"`
}

type ghOffice struct {
	ID       int    `json:"id"`
	Name     string `json:"name"`
	Location string `json:"location"`
	ChildIDs []int  `json:"child_ids"`
	ParentID *int   `json:"parent_id"`
}

type ghCompliance struct {
	Type                          string `json:"type"`
	RequiresConsent               bool   `json:"requires_consent"`
	RequiresProcessingConsent     bool   `json:"requires_processing_consent"`
	RequiresRetentionConsent      bool   `json:"requires_retention_consent"`
	RetentionPeriod               *int   `json:"retention_period"`
	DemographicDataConsentApplies bool   `json:"demographic_data_consent_applies"`
}

type ghJob struct {
	AbsoluteURL         string         `json:"absolute_url"`
	DataCompliance      []ghCompliance `json:"data_compliance"`
	InternalJobID       int            `json:"internal_job_id"`
	Location            ghName         `json:"location"`
	Metadata            []ghMeta       `json:"metadata"`
	ID                  int            `json:"id"`
	UpdatedAt           string         `json:"updated_at"`
	RequisitionID       string         `json:"requisition_id"`
	Title               string         `json:"title"`
	CompanyName         string         `json:"company_name"`
	FirstPublished      string         `json:"first_published"`
	Language            string         `json:"language"`
	ApplicationDeadline *string        `json:"application_deadline"`
	Content             string         `json:"content"`
	Departments         []ghDept       `json:"departments"`
	Offices             []ghOffice     `json:"offices"`
}

type ghBoard struct {
	Jobs []ghJob `json:"jobs"`
	Meta struct {
		Total int `json:"total"`
	} `json:"meta"`
}

// greenhouse writes a company's board as GET /v1/boards/{token}/jobs?content=true answers.
func (g *gen) greenhouse(c *company, ps []*posting) ([]byte, error) {
	loc, err := time.LoadLocation(c.TZ)
	if err != nil {
		return nil, fmt.Errorf("greenhouse %s: %w", c.Slug, err)
	}
	end := g.win.Start.AddDate(0, 0, g.win.Days).Add(-time.Second)
	const layout = "2006-01-02T15:04:05-07:00"
	var b ghBoard
	for _, p := range newestFirst(ps) {
		var id int
		fmt.Sscan(p.ID, &id)
		updated := p.Date.Add(time.Duration(g.rng.IntN(30*24)) * time.Hour)
		if updated.After(end) {
			updated = end
		}
		j := ghJob{
			AbsoluteURL:    fmt.Sprintf("https://%s/careers/jobs/%d?gh_jid=%d", c.Site, id, id),
			DataCompliance: []ghCompliance{{Type: "gdpr"}},
			InternalJobID:  id/2 + 1000003,
			Location:       ghName{locationLabel(p, c.Style)},
			ID:             id,
			UpdatedAt:      updated.In(loc).Format(layout),
			RequisitionID:  fmt.Sprintf("%s-%03d", strings.ToUpper(c.Slug[:2]), 100+g.rng.IntN(900)),
			Title:          p.Title,
			CompanyName:    c.Name,
			FirstPublished: p.Date.In(loc).Format(layout),
			Language:       "en",
			Content:        entityEscape(g.greenhouseHTML(p)),
			Departments:    []ghDept{{ID: 40000 + len(p.Dept), Name: p.Dept, ChildIDs: []int{}}},
		}
		if c.Style%2 == 0 {
			wt := map[string]string{"remote": "Remote", "hybrid": "Hybrid", "onsite": "On-site"}[p.Workplace]
			j.Metadata = []ghMeta{{ID: 9100001, Name: "Workplace Type", Value: wt, ValueType: "single_select"},
				{ID: 9100002, Name: "Visa sponsorship available", Value: g.chance(0.3), ValueType: "yes_no"}}
		}
		for k, pl := range p.Places {
			j.Offices = append(j.Offices, ghOffice{ID: 51000 + k + len(pl.City)*10, Name: pl.City, Location: pl.label(), ChildIDs: []int{}})
		}
		b.Jobs = append(b.Jobs, j)
	}
	b.Meta.Total = len(b.Jobs)
	return encodeJSON(b)
}

// greenhouseHTML is the content field before escaping: the board's intro and
// conclusion boilerplate around the job, and a pay-transparency block.
func (g *gen) greenhouseHTML(p *posting) string {
	ss := g.sections(p)
	m := markupFor(p.Co.Style)
	var b strings.Builder
	if about := only(ss[:1], "about"); len(about) > 0 {
		b.WriteString(`<div class="content-intro">` + htmlOf(about, m) + "</div>")
		ss = ss[1:]
	}
	b.WriteString(htmlOf(only(ss, "role", "resp", "req", "nice"), m))
	if p.Pay != nil {
		fmt.Fprintf(&b, `<div class="content-pay-transparency"><div class="pay-input"><div class="description"><p>%s</p></div><div class="title">%s</div><div class="pay-range"><span>%s</span><span class="divider">&mdash;</span><span>%s %s</span></div></div></div>`,
			"The range below is the base salary for this role.", p.Place.label(), money(p.Pay.Currency, p.Pay.Min), money(p.Pay.Currency, p.Pay.Max), p.Pay.Currency)
	}
	b.WriteString(`<div class="content-conclusion">` + htmlOf(only(ss, "about", "benefits", "eeo"), m) + "</div>")
	return b.String()
}

type leverCategories struct {
	Commitment   string   `json:"commitment"`
	Department   string   `json:"department"`
	Location     string   `json:"location"`
	Team         string   `json:"team"`
	AllLocations []string `json:"allLocations"`
}

type leverList struct {
	Text    string `json:"text"`
	Content string `json:"content"`
}

type leverSalary struct {
	Currency string `json:"currency"`
	Interval string `json:"interval"`
	Min      int    `json:"min"`
	Max      int    `json:"max"`
}

type leverPosting struct {
	AdditionalPlain  string          `json:"additionalPlain"`
	Additional       string          `json:"additional"`
	Categories       leverCategories `json:"categories"`
	CreatedAt        int64           `json:"createdAt"`
	DescriptionPlain string          `json:"descriptionPlain"`
	Description      string          `json:"description"`
	ID               string          `json:"id"`
	Lists            []leverList     `json:"lists"`
	Text             string          `json:"text"`
	Country          string          `json:"country"`
	WorkplaceType    string          `json:"workplaceType"`
	HostedURL        string          `json:"hostedUrl"`
	ApplyURL         string          `json:"applyUrl"`
	SalaryRange      *leverSalary    `json:"salaryRange,omitempty"`
}

// lever writes a company's postings as GET /v0/postings/{company}?mode=json answers: a bare array.
func (g *gen) lever(c *company, ps []*posting) ([]byte, error) {
	m := markupFor(3)
	out := []leverPosting{}
	for _, p := range newestFirst(ps) {
		ss := g.sections(p)
		desc := only(ss, "about", "role")
		var lists []leverList
		for _, s := range only(ss, "resp", "req", "nice") {
			lists = append(lists, leverList{Text: s.Heading, Content: itemsHTML(s.Items, m)})
		}
		extra := only(ss, "benefits", "eeo")
		if p.Pay != nil && g.chance(0.5) {
			extra = only(ss, "pay", "benefits", "eeo")
		}
		if headingsFor(*c).AboutLast {
			desc = only(ss, "role")
			extra = append(only(ss, "about"), extra...)
		}
		var locs []string
		for _, pl := range p.Places {
			locs = append(locs, pl.label())
		}
		lp := leverPosting{
			AdditionalPlain: plainOf(extra, "- "),
			Additional:      htmlOf(extra, m),
			Categories: leverCategories{
				Commitment: map[string]string{"full-time": "Full-time", "part-time": "Part-time", "contract": "Contract", "internship": "Intern"}[p.Employment],
				Department: p.Dept, Location: locationLabel(p, c.Style), Team: p.Area, AllLocations: locs,
			},
			CreatedAt:        p.Date.UnixMilli(),
			DescriptionPlain: plainOf(desc, ""),
			Description:      htmlOf(desc, m),
			ID:               p.ID,
			Lists:            lists,
			Text:             p.Title,
			Country:          p.Place.Country,
			WorkplaceType:    map[string]string{"remote": "remote", "hybrid": "hybrid", "onsite": "on-site"}[p.Workplace],
			HostedURL:        fmt.Sprintf("https://jobs.%s/%s", c.Site, p.ID),
			ApplyURL:         fmt.Sprintf("https://jobs.%s/%s/apply", c.Site, p.ID),
		}
		if g.chance(map[bool]float64{true: 0.6, false: 0.1}[c.Slug == "harrowgate"]) {
			lp.DescriptionPlain = ""
		}
		if g.chance(0.08) {
			lp.WorkplaceType = "unspecified"
		}
		if p.Pay != nil {
			lp.SalaryRange = &leverSalary{Currency: p.Pay.Currency, Interval: "per-year-salary", Min: p.Pay.Min, Max: p.Pay.Max}
		}
		out = append(out, lp)
	}
	return encodeJSON(out)
}
