package skillgap

import (
	"cmp"
	"slices"
	"strings"
)

// Pay is the structured pay a posting states, in its own currency and interval:
// never converted between currencies. A posting that states only equity or a
// bonus has Equity or Bonus set and no range.
type Pay struct {
	Min      float64 `json:"min,omitempty" yaml:"min,omitempty"`           // lowest base pay per Period; zero means not stated
	Max      float64 `json:"max,omitempty" yaml:"max,omitempty"`           // highest base pay per Period; zero means not stated
	Currency string  `json:"currency,omitempty" yaml:"currency,omitempty"` // ISO 4217, upper case, e.g. USD
	// Period is the interval Min and Max are paid per: year, month, week, day
	// or hour. Empty means year (or not stated).
	Period string `json:"period,omitempty" yaml:"period,omitempty"`
	Equity bool   `json:"equity,omitempty" yaml:"equity,omitempty"` // the posting offers equity (options, RSUs, a percentage)
	Bonus  bool   `json:"bonus,omitempty" yaml:"bonus,omitempty"`   // the posting offers a bonus or commission
}

// Pay periods, as Pay.Period holds them.
const (
	PerYear  = "year"
	PerMonth = "month"
	PerWeek  = "week"
	PerDay   = "day"
	PerHour  = "hour"
)

// Hours, weeks, days and months in a working year: what Annual multiplies by.
const (
	HoursPerYear  = 2080 // 40 hours × 52 weeks
	DaysPerYear   = 260  // 5 days × 52 weeks
	WeeksPerYear  = 52
	MonthsPerYear = 12
)

// PayPeriod normalises how a source names a pay interval ("1 YEAR",
// "per-hour-wage", "HOUR", "yearly", "monthly") to PerYear, PerMonth,
// PerWeek, PerDay or PerHour; "" when it names none of them.
func PayPeriod(s string) string {
	l := strings.ToLower(s)
	for _, p := range []struct{ word, period string }{
		{"year", PerYear}, {"annual", PerYear}, {"month", PerMonth}, {"week", PerWeek},
		{"day", PerDay}, {"daily", PerDay}, {"hour", PerHour},
	} {
		if strings.Contains(l, p.word) {
			return p.period
		}
	}
	return ""
}

// PerYearFactor is how many of period make a year (HoursPerYear for hour),
// or zero when period is not one Pay knows. Empty means year.
func PerYearFactor(period string) float64 {
	switch period {
	case "", PerYear:
		return 1
	case PerMonth:
		return MonthsPerYear
	case PerWeek:
		return WeeksPerYear
	case PerDay:
		return DaysPerYear
	case PerHour:
		return HoursPerYear
	}
	return 0
}

// Annual returns the range per year in the pay's own currency: hourly pay ×
// 2080, daily × 260, weekly × 52, monthly × 12. A range with one end stated
// has both ends equal to it. ok is false when p is nil, has no currency, no
// positive figure, or an unknown period.
func (p *Pay) Annual() (lo, hi float64, ok bool) {
	if p == nil || p.Currency == "" {
		return 0, 0, false
	}
	f := PerYearFactor(p.Period)
	lo, hi = max(p.Min, 0), max(p.Max, 0)
	switch {
	case f == 0 || (lo == 0 && hi == 0):
		return 0, 0, false
	case lo == 0:
		lo = hi
	case hi == 0:
		hi = lo
	}
	lo, hi = min(lo, hi), max(lo, hi)
	return lo * f, hi * f, true
}

// Mid is the middle of the annual range: the one figure per posting that pay
// statistics use. ok as for Annual.
func (p *Pay) Mid() (float64, bool) {
	lo, hi, ok := p.Annual()
	return (lo + hi) / 2, ok
}

// Quartiles of a sample. Q1, Median and Q3 are interpolated between order
// statistics (the spreadsheet QUARTILE.INC method): the median of 1, 2, 3, 4
// is 2.5, its Q1 1.75.
type Quartiles struct {
	N      int     `json:"n"` // values in the sample
	Min    float64 `json:"min"`
	Q1     float64 `json:"q1"`
	Median float64 `json:"median"`
	Q3     float64 `json:"q3"`
	Max    float64 `json:"max"`
}

// QuartilesOf returns the quartiles of xs (which it does not change); all
// zero when xs is empty.
func QuartilesOf(xs []float64) Quartiles {
	if len(xs) == 0 {
		return Quartiles{}
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return Quartiles{N: len(s), Min: s[0], Q1: quantile(s, 0.25), Median: quantile(s, 0.5), Q3: quantile(s, 0.75), Max: s[len(s)-1]}
}

// quantile of sorted s at q (0–1), interpolated between neighbours.
func quantile(s []float64, q float64) float64 {
	pos := q * float64(len(s)-1)
	i := int(pos)
	if i+1 >= len(s) {
		return s[len(s)-1]
	}
	return s[i] + (pos-float64(i))*(s[i+1]-s[i])
}

// MinPayCell is how many postings with pay a cell of the pay table needs
// before its quartiles are shown.
const MinPayCell = 10

// MinPaySide is how many postings with pay each side of a pay comparison (the
// postings that ask for a skill, and those that do not) needs before their
// medians are compared.
const MinPaySide = 30

// PayCell is the pay of one seniority and role family in one currency.
// Role "" is every role family of the seniority; Seniority "" is every
// posting of the currency, those of unknown seniority included (which have
// no row of their own).
type PayCell struct {
	Currency  string    `json:"currency"`
	Seniority Seniority `json:"seniority,omitempty"`
	Role      string    `json:"role,omitempty"`
	Postings  int       `json:"postings"` // postings with pay in the cell
	// Quartiles of the midpoints of the annual ranges; zero when TooFew.
	Quartiles *Quartiles `json:"quartiles,omitempty"`
	// TooFew is true when Postings is under MinPayCell: no quartiles are shown.
	TooFew bool `json:"too_few,omitempty"`
	Equity int  `json:"equity"` // postings in the cell that offer equity
	Bonus  int  `json:"bonus"`  // postings in the cell that offer a bonus
}

// PayTrends is pay by seniority and role family, one table per currency.
type PayTrends struct {
	Total   int `json:"total"`    // postings that matched the filter
	WithPay int `json:"with_pay"` // of those, postings with an annual range
	// Currencies lists each currency with its postings, most postings first.
	Currencies []PayCurrency `json:"currencies"`
	// Note says what the figures are: midpoints of annual ranges, never
	// converted between currencies, cells under MinPayCell not shown.
	Note string `json:"note"`
}

// PayCurrency is the pay table of one currency.
type PayCurrency struct {
	Currency string    `json:"currency"`
	Postings int       `json:"postings"`
	Cells    []PayCell `json:"cells"` // by seniority (ascending) then role family; Role "" rows are totals
}

// PayPremium compares the median pay of the basis postings that ask for a
// skill with that of those that do not, in one currency. It is an
// association, not a cause.
type PayPremium struct {
	SkillID       string  `json:"id"`
	Name          string  `json:"name"`
	Currency      string  `json:"currency"`
	With          int     `json:"with"`           // postings with pay that ask for the skill
	Without       int     `json:"without"`        // postings with pay that do not
	MedianWith    float64 `json:"median_with"`    // median annual midpoint of With
	MedianWithout float64 `json:"median_without"` // median annual midpoint of Without
	// Difference is MedianWith − MedianWithout, in Currency per year.
	Difference float64 `json:"difference"`
}

// GapPay is the pay section of a gap report: how many basis postings state
// pay, per currency, and the premiums that meet MinPaySide on each side.
type GapPay struct {
	Postings   int            `json:"postings"`    // basis postings in the window
	WithPay    int            `json:"with_pay"`    // of those, with an annual range
	ByCurrency map[string]int `json:"by_currency"` // postings with pay per currency
	Premiums   []PayPremium   `json:"premiums,omitempty"`
	// Ladder is the pay by seniority of the basis's role families (every
	// seniority, the same window) in Currency, the currency most of the
	// basis's postings with pay state: what each step pays. Empty when none
	// states pay.
	Currency string    `json:"currency,omitempty"`
	Ladder   []PayCell `json:"ladder,omitempty"`
	// Note says what the premiums are (an association, not a cause) or why
	// none is shown, with the counts.
	Note string `json:"note"`
}

// SortPremiums orders premiums by the size of the difference, largest first.
func SortPremiums(ps []PayPremium) {
	slices.SortStableFunc(ps, func(a, b PayPremium) int {
		return cmp.Or(cmp.Compare(abs(b.Difference), abs(a.Difference)), cmp.Compare(a.SkillID, b.SkillID))
	})
}

func abs(x float64) float64 { return max(x, -x) }

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
