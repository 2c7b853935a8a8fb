package crawler

import (
	"slices"
	"strings"

	skillgap "github.com/skillgap/skillgap"
)

// Pay parsing: each board's structured compensation becomes one
// skillgap.Pay, in the board's own currency and interval. When a posting
// gives several ranges (Ashby tiers, Greenhouse pay zones), the pay is their
// union in the first currency and interval given; ranges in another currency
// or interval are left out, never converted.

// payRange widens p (nil: a new Pay) with one range; it returns p unchanged
// when the range is in another currency or period than p's.
func payRange(p *skillgap.Pay, currency, period string, lo, hi *float64) *skillgap.Pay {
	positive := func(v *float64) bool { return v != nil && *v > 0 }
	if !positive(lo) && !positive(hi) {
		return p
	}
	currency = strings.ToUpper(strings.TrimSpace(currency))
	if p == nil {
		p = &skillgap.Pay{Currency: currency, Period: period}
	} else if p.Min == 0 && p.Max == 0 && p.Currency == "" {
		p.Currency, p.Period = currency, period // flags only so far
	} else if p.Currency != currency || p.Period != period {
		return p
	}
	if positive(lo) && (p.Min == 0 || *lo < p.Min) {
		p.Min = *lo
	}
	if positive(hi) && *hi > p.Max {
		p.Max = *hi
	}
	return p
}

// ashbyPay is the range of the Salary components, from the summary when the
// board gives one, else across the tiers (nulls skipped); Equity is set by
// an EquityPercentage or EquityCashValue component, Bonus by a Bonus or
// Commission one, wherever they are. Nil when the job has none of these.
func ashbyPay(j *ashbyJob) *skillgap.Pay {
	if j.Compensation == nil {
		return nil
	}
	var tiers []ashbyComponent
	for _, t := range j.Compensation.Tiers {
		tiers = append(tiers, t.Components...)
	}
	salaries := j.Compensation.Summary
	if !slices.ContainsFunc(salaries, isSalary) {
		salaries = tiers
	}
	var p *skillgap.Pay
	for _, c := range salaries {
		if isSalary(c) {
			p = payRange(p, c.Currency, salaryPeriod(c.Interval), c.Min, c.Max)
		}
	}
	for _, c := range append(slices.Clone(j.Compensation.Summary), tiers...) {
		t := strings.ToLower(c.Type)
		equity := strings.HasPrefix(t, "equity")
		bonus := t == "bonus" || t == "commission"
		if !equity && !bonus {
			continue
		}
		if p == nil {
			p = &skillgap.Pay{}
		}
		p.Equity = p.Equity || equity
		p.Bonus = p.Bonus || bonus
	}
	return p
}

func isSalary(c ashbyComponent) bool { return strings.EqualFold(c.Type, "Salary") }

// greenhouseRange is one pay range of a Greenhouse job (pay_input_ranges,
// which the job board API returns when asked with pay_transparency=true): a
// pay zone's range in cents.
type greenhouseRange struct {
	MinCents any    `json:"min_cents"` // a number, or a string that holds one
	MaxCents any    `json:"max_cents"`
	Currency string `json:"currency_type"`
	Title    string `json:"title"` // "Zone A", "New York"
	Blurb    string `json:"blurb"` // HTML the employer writes about the range
}

// greenhousePay is the union of a job's pay ranges in the first currency.
// Greenhouse states no interval: a range is per year unless its title or
// blurb says hourly (or monthly, weekly, daily). Bonus or equity is set when
// a blurb names it. Nil when there is no range.
func greenhousePay(ranges []greenhouseRange) *skillgap.Pay {
	var p *skillgap.Pay
	for _, r := range ranges {
		lo, okLo := cents(r.MinCents)
		hi, okHi := cents(r.MaxCents)
		if !okLo && !okHi {
			continue
		}
		text := r.Title + " " + cleanText(HTMLToText(r.Blurb))
		p = payRange(p, r.Currency, statedPeriod(text), ptr(lo, okLo), ptr(hi, okHi))
		if p != nil {
			p.Bonus = p.Bonus || mentionsBonus(text)
			p.Equity = p.Equity || mentionsEquity(text)
		}
	}
	return p
}

// cents reads an amount in cents as currency units; false unless positive.
func cents(v any) (float64, bool) {
	f, ok := number(v)
	return f / 100, ok && f > 0
}

func ptr(v float64, ok bool) *float64 {
	if !ok {
		return nil
	}
	return &v
}

// statedPeriod is the period a text about pay names ("hourly rate"), else
// year: only hour, day, week and month are looked for, so that "annual
// bonus" or "years of experience" never make a range hourly.
func statedPeriod(text string) string {
	l := strings.ToLower(text)
	for _, p := range []struct{ word, period string }{
		{"hourly", skillgap.PerHour}, {"per hour", skillgap.PerHour}, {"/hour", skillgap.PerHour}, {"/hr", skillgap.PerHour},
		{"per day", skillgap.PerDay}, {"daily rate", skillgap.PerDay},
		{"per week", skillgap.PerWeek}, {"weekly", skillgap.PerWeek},
		{"per month", skillgap.PerMonth}, {"monthly", skillgap.PerMonth},
	} {
		if strings.Contains(l, p.word) {
			return p.period
		}
	}
	return skillgap.PerYear
}

// mentionsEquity reports whether a text about pay offers equity.
func mentionsEquity(text string) bool {
	l := strings.ToLower(text)
	for _, w := range []string{"equity", "stock option", "rsu", "restricted stock", "share option"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// mentionsBonus reports whether a text about pay offers a bonus or commission.
func mentionsBonus(text string) bool {
	l := strings.ToLower(text)
	return strings.Contains(l, "bonus") || strings.Contains(l, "commission")
}

// ldPay reads a JobPosting's baseSalary: a MonetaryAmount whose value is a
// QuantitativeValue (minValue, maxValue or value, with unitText), a number,
// or a list of these (the first that reads); the amount's own minValue and
// maxValue are read too. incentiveCompensation sets Bonus (and Equity when it
// names equity); jobBenefits naming equity sets Equity.
func ldPay(o map[string]any) *skillgap.Pay {
	var p *skillgap.Pay
	amounts, ok := o["baseSalary"].([]any)
	if !ok {
		amounts = []any{o["baseSalary"]}
	}
	for _, a := range amounts {
		if p = ldAmount(a); p != nil {
			break
		}
	}
	incentive := cleanText(ldString(o["incentiveCompensation"]))
	benefits := cleanText(ldString(o["jobBenefits"]))
	bonus := incentive != ""
	equity := mentionsEquity(incentive) || mentionsEquity(benefits)
	if p == nil && (bonus || equity) {
		p = &skillgap.Pay{}
	}
	if p != nil {
		p.Bonus, p.Equity = bonus, equity
	}
	return p
}

// ldAmount reads one MonetaryAmount; nil when it states no figure.
func ldAmount(v any) *skillgap.Pay {
	m, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	s := &skillgap.Pay{Currency: strings.ToUpper(cleanText(ldString(m["currency"])))}
	unit := ldString(m["unitText"])
	s.Min, _ = number(m["minValue"])
	s.Max, _ = number(m["maxValue"])
	switch val := m["value"].(type) {
	case map[string]any:
		s.Min, _ = number(val["minValue"])
		s.Max, _ = number(val["maxValue"])
		if one, ok := number(val["value"]); ok && s.Min == 0 && s.Max == 0 {
			s.Min, s.Max = one, one
		}
		unit = firstNonEmpty(ldString(val["unitText"]), unit)
	case nil:
	default:
		if one, ok := number(val); ok {
			s.Min, s.Max = one, one
		}
	}
	if s.Min <= 0 && s.Max <= 0 {
		return nil
	}
	s.Min, s.Max = max(s.Min, 0), max(s.Max, 0)
	s.Period = salaryPeriod(unit)
	return s
}
