package main

import "fmt"

type ashbyPostal struct {
	AddressLocality string `json:"addressLocality"`
	AddressRegion   string `json:"addressRegion"`
	AddressCountry  string `json:"addressCountry"`
}

type ashbyAddress struct {
	PostalAddress ashbyPostal `json:"postalAddress"`
}

type ashbySecondary struct {
	Location string       `json:"location"`
	Address  ashbyAddress `json:"address"`
}

type ashbyComponent struct {
	ID               string  `json:"id,omitempty"`
	Summary          string  `json:"summary,omitempty"`
	CompensationType string  `json:"compensationType"`
	Interval         string  `json:"interval"`
	CurrencyCode     *string `json:"currencyCode"`
	MinValue         *int    `json:"minValue"`
	MaxValue         *int    `json:"maxValue"`
}

type ashbyTier struct {
	ID                    string           `json:"id"`
	TierSummary           string           `json:"tierSummary"`
	Title                 *string          `json:"title"`
	AdditionalInformation *string          `json:"additionalInformation"`
	Components            []ashbyComponent `json:"components"`
}

type ashbyCompensation struct {
	CompensationTierSummary             *string          `json:"compensationTierSummary"`
	ScrapeableCompensationSalarySummary *string          `json:"scrapeableCompensationSalarySummary"`
	CompensationTiers                   []ashbyTier      `json:"compensationTiers"`
	SummaryComponents                   []ashbyComponent `json:"summaryComponents"`
}

type ashbyJob struct {
	ID                                     string            `json:"id"`
	Title                                  string            `json:"title"`
	Department                             string            `json:"department"`
	Team                                   string            `json:"team"`
	EmploymentType                         string            `json:"employmentType"`
	Location                               string            `json:"location"`
	ShouldDisplayCompensationOnJobPostings bool              `json:"shouldDisplayCompensationOnJobPostings"`
	SecondaryLocations                     []ashbySecondary  `json:"secondaryLocations"`
	PublishedAt                            string            `json:"publishedAt"`
	IsListed                               bool              `json:"isListed"`
	IsRemote                               *bool             `json:"isRemote"`
	WorkplaceType                          *string           `json:"workplaceType"`
	Address                                *ashbyAddress     `json:"address"`
	JobURL                                 string            `json:"jobUrl"`
	ApplyURL                               string            `json:"applyUrl"`
	DescriptionHTML                        string            `json:"descriptionHtml"`
	DescriptionPlain                       string            `json:"descriptionPlain"`
	Compensation                           ashbyCompensation `json:"compensation"`
}

type ashbyBoard struct {
	APIVersion string     `json:"apiVersion"`
	Jobs       []ashbyJob `json:"jobs"`
}

func ashbyAddr(pl place, style int) ashbyAddress {
	country := pl.CountryName
	if pl.Country == "US" && style%2 == 1 {
		country = "USA"
	}
	return ashbyAddress{ashbyPostal{AddressLocality: pl.City, AddressRegion: pl.RegionName, AddressCountry: country}}
}

// ashby writes a company's board as GET /posting-api/job-board/{name}?includeCompensation=true
// answers, with non-ASCII escaped as the captured boards are.
func (g *gen) ashby(c *company, ps []*posting) ([]byte, error) {
	b := ashbyBoard{APIVersion: "1", Jobs: []ashbyJob{}}
	for _, p := range newestFirst(ps) {
		ss := g.sections(p)
		m := markupFor(1 + c.Style%2)
		loc := p.Place.City
		switch {
		case p.Workplace == "remote":
			loc = p.Place.remoteLabel(c.Style)
		case p.Workplace == "hybrid" && g.chance(0.4):
			loc += " (Hybrid)"
		}
		j := ashbyJob{
			ID: p.ID, Title: p.Title, Department: p.Dept, Team: p.Area,
			EmploymentType:     map[string]string{"full-time": "FullTime", "part-time": "PartTime", "contract": "Contract", "internship": "Intern"}[p.Employment],
			Location:           loc,
			SecondaryLocations: []ashbySecondary{},
			PublishedAt:        p.Date.UTC().Format("2006-01-02T15:04:05.000+00:00"),
			IsListed:           p.Listed,
			JobURL:             fmt.Sprintf("https://jobs.%s/%s", c.Site, p.ID),
			ApplyURL:           fmt.Sprintf("https://jobs.%s/%s/application", c.Site, p.ID),
			DescriptionHTML:    htmlOf(ss, m),
			DescriptionPlain:   plainOf(ss, "• "),
			Compensation:       g.ashbyPay(p),
		}
		j.ShouldDisplayCompensationOnJobPostings = p.Pay != nil
		for _, pl := range p.Places[1:] {
			j.SecondaryLocations = append(j.SecondaryLocations, ashbySecondary{Location: pl.City, Address: ashbyAddr(pl, c.Style)})
		}
		if !g.chance(0.1) {
			remote := p.Workplace == "remote" || (p.Workplace == "hybrid" && g.chance(0.3))
			j.IsRemote = &remote
		}
		if !g.chance(0.1) {
			wt := map[string]string{"remote": "Remote", "hybrid": "Hybrid", "onsite": "OnSite"}[p.Workplace]
			j.WorkplaceType = &wt
		}
		if p.Workplace != "remote" || g.chance(0.5) {
			a := ashbyAddr(p.Place, c.Style)
			j.Address = &a
		}
		b.Jobs = append(b.Jobs, j)
	}
	out, err := encodeJSON(b)
	return asciiOnly(out), err
}

func kMoney(cur string, v int) string {
	sym := map[string]string{"USD": "$", "CAD": "CA$", "GBP": "£", "EUR": "€"}[cur]
	return fmt.Sprintf("%s%dK", sym, v/1000)
}

func (g *gen) ashbyPay(p *posting) ashbyCompensation {
	c := ashbyCompensation{CompensationTiers: []ashbyTier{}, SummaryComponents: []ashbyComponent{}}
	if p.Pay == nil {
		return c
	}
	lo, hi := p.Pay.Min, p.Pay.Max
	cur := p.Pay.Currency
	salary := kMoney(cur, lo) + " – " + kMoney(cur, hi)
	tier := salary + " • Offers Equity"
	scrape := kMoney(cur, lo) + " - " + kMoney(cur, hi)
	c.CompensationTierSummary, c.ScrapeableCompensationSalarySummary = &tier, &scrape
	sal := ashbyComponent{CompensationType: "Salary", Interval: "1 YEAR", CurrencyCode: &cur, MinValue: &lo, MaxValue: &hi}
	eq := ashbyComponent{CompensationType: "EquityPercentage", Interval: "NONE"}
	c.SummaryComponents = []ashbyComponent{sal, eq}
	sal.ID, sal.Summary = g.uuid(), salary
	eq.ID, eq.Summary = g.uuid(), "Offers Equity"
	c.CompensationTiers = []ashbyTier{{ID: g.uuid(), TierSummary: tier, Components: []ashbyComponent{eq, sal}}}
	return c
}
