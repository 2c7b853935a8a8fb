package index

import (
	"errors"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/skillgap/skillgap"
)

// payPostings: a yearly USD range, an hourly USD rate (annualised to
// 104,000–124,800), a GBP range, an equity-only posting and one without pay.
func payPostings() []skillgap.Posting {
	a := posting("gh:acme:1", "acme", "Senior Product Manager")
	a.Salary = &skillgap.Pay{Min: 150000, Max: 190000, Currency: "USD", Period: "year", Equity: true}
	b := posting("gh:acme:2", "acme", "Product Manager, Tools")
	b.Salary = &skillgap.Pay{Min: 50, Max: 60, Currency: "usd", Period: "hour", Bonus: true}
	c := posting("gh:acme:3", "acme", "Product Manager, Payments")
	c.Salary = &skillgap.Pay{Min: 80000, Max: 95000, Currency: "GBP"}
	d := posting("gh:acme:4", "acme", "Product Manager, Search")
	d.Salary = &skillgap.Pay{Equity: true}
	e := posting("gh:acme:5", "acme", "Product Manager, Mobile")
	return []skillgap.Posting{a, b, c, d, e}
}

func TestPayFields(t *testing.T) {
	idx, err := NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	if err := idx.Put(t.Context(), payPostings()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		f    Filter
		want int
	}{
		{"all", Filter{}, 5},
		{"with an annual range", Filter{Pay: true}, 3},
		{"in USD", Filter{Pay: true, Currency: "usd"}, 2},
		{"in GBP", Filter{Currency: "GBP"}, 1},
		{"annual minimum of 104,000 or more, in USD", Filter{Query: "pay_min:>=104000 pay_currency:USD"}, 2},
		{"annual maximum above 150,000", Filter{Query: "+pay_max:>150000 +pay_currency:USD"}, 1},
		{"hourly", Filter{Query: "pay_period:hour"}, 1},
		{"equity", Filter{Query: "pay_equity:true"}, 2},
		{"bonus", Filter{Query: "pay_bonus:true"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := idx.Count(t.Context(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %d postings; want %d", got, tt.want)
			}
		})
	}
}

// TestOpenMigratesVersion3 writes an index the way mapping version 3 did
// (no pay fields) and checks that Open rebuilds it with them.
func TestOpenMigratesVersion3(t *testing.T) {
	dir := t.TempDir()
	m := newMapping()
	for _, f := range []string{fPay, fPayMin, fPayMax, fPayCurrency, fPayPeriod, fPayEquity, fPayBonus} {
		delete(m.DefaultMapping.Properties, f)
	}
	bi, err := bleve.NewUsing(Dir(dir), m, scorch.Name, scorch.Name, nil)
	if err != nil {
		t.Fatal(err)
	}
	old := &Index{bi: bi, codec: newCodec()}
	if err := old.Put(t.Context(), payPostings()); err != nil {
		t.Fatal(err)
	}
	if n, err := old.Count(t.Context(), Filter{Pay: true}); err != nil || n != 0 {
		t.Fatalf("version 3 layout: %d postings with pay (%v); want 0", n, err)
	}
	if err := errors.Join(bi.SetInternal([]byte(keyMapping), []byte("3")), bi.Close()); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenReadOnly(dir); !errors.Is(err, ErrMapping) {
		t.Fatalf("read-only open of a version 3 index: got %v; want ErrMapping", err)
	}
	idx, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	if n, err := idx.Count(t.Context(), Filter{Pay: true, Currency: "USD"}); err != nil || n != 2 {
		t.Errorf("after migration: %d USD postings with pay (%v); want 2", n, err)
	}
	if p := mustGet(t, idx, "gh:acme:1"); p.Salary == nil || !p.Salary.Equity {
		t.Errorf("after migration the stored pay is %+v; want its equity flag kept", p.Salary)
	}
}
