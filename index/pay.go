package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/skillgap/skillgap"
)

// addPayMappings maps the pay fields that are not keywords: the annual range
// as numbers, so that a query such as "pay_min:>=150000 pay_currency:USD"
// works (the currency must be named: figures are never converted).
func addPayMappings(doc *mapping.DocumentMapping) {
	for _, name := range []string{fPayMin, fPayMax} {
		f := mapping.NewNumericFieldMapping()
		f.Store = false
		f.IncludeInAll = false
		f.DocValues = false
		doc.AddFieldMappingsAt(name, f)
	}
}

// addPay indexes a posting's pay: the flags whenever it states pay, the
// currency, period and annual range when it states a range.
func addPay(d map[string]any, p *skillgap.Pay) {
	if p == nil {
		return
	}
	d[fPayEquity], d[fPayBonus] = boolValue(p.Equity), boolValue(p.Bonus)
	lo, hi, ok := p.Annual()
	if !ok {
		return
	}
	d[fPay] = valTrue
	d[fPayMin], d[fPayMax] = lo, hi
	d[fPayCurrency] = strings.ToUpper(p.Currency)
	d[fPayPeriod] = p.Period
	if p.Period == "" {
		d[fPayPeriod] = skillgap.PerYear
	}
}
