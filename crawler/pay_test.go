package crawler

import (
	"encoding/json"
	"reflect"
	"testing"

	skillgap "github.com/skillgap/skillgap"
)

func TestGreenhousePay(t *testing.T) {
	src := skillgap.Source{Name: "tallow", Kind: skillgap.Greenhouse, Board: "tallowmere"}
	got, err := ParseGreenhouse(readFixture(t, "greenhouse/pay.json"), src)
	if err != nil {
		t.Fatal(err)
	}
	want := []*skillgap.Pay{
		// two USD zones joined; the CAD zone left out, never converted
		{Min: 155000, Max: 210000, Currency: "USD", Period: "year", Equity: true, Bonus: true},
		{Min: 65, Currency: "USD", Period: "hour"}, // cents as a string, no max
		nil, // a minimum that is not a number
	}
	if len(got) != len(want) {
		t.Fatalf("got %d postings; want %d", len(got), len(want))
	}
	for i, w := range want {
		if !reflect.DeepEqual(got[i].Salary, w) {
			t.Errorf("%s: got %+v; want %+v", got[i].Title, got[i].Salary, w)
		}
	}
}

func TestAshbyPay(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	salary := func(cur, interval string, lo, hi *float64) ashbyComponent {
		return ashbyComponent{Type: "Salary", Currency: cur, Interval: interval, Min: lo, Max: hi}
	}
	tests := []struct {
		name    string
		summary []ashbyComponent
		tiers   [][]ashbyComponent
		want    *skillgap.Pay
	}{
		{"summary range with equity", []ashbyComponent{salary("usd", "1 YEAR", f(150000), f(180000)), {Type: "EquityPercentage", Interval: "NONE"}}, nil,
			&skillgap.Pay{Min: 150000, Max: 180000, Currency: "USD", Period: "year", Equity: true}},
		{"tiers joined, other currency left out", nil, [][]ashbyComponent{
			{salary("EUR", "1 YEAR", f(70000), f(80000))},
			{salary("EUR", "1 YEAR", f(60000), f(90000)), {Type: "Commission", Currency: "EUR", Interval: "1 YEAR", Min: f(5000)}},
			{salary("GBP", "1 YEAR", f(10), f(1000000))},
		}, &skillgap.Pay{Min: 60000, Max: 90000, Currency: "EUR", Period: "year", Bonus: true}},
		{"equity in the tiers only", []ashbyComponent{salary("USD", "1 HOUR", f(40), nil)}, [][]ashbyComponent{{{Type: "EquityCashValue"}}},
			&skillgap.Pay{Min: 40, Currency: "USD", Period: "hour", Equity: true}},
		{"equity only", []ashbyComponent{{Type: "EquityPercentage", Interval: "NONE"}}, nil, &skillgap.Pay{Equity: true}},
		{"nulls only", []ashbyComponent{salary("USD", "1 YEAR", nil, nil)}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var j ashbyJob
			j.Compensation = &struct {
				Tiers []struct {
					Components []ashbyComponent `json:"components"`
				} `json:"compensationTiers"`
				Summary []ashbyComponent `json:"summaryComponents"`
			}{Summary: tt.summary}
			for _, c := range tt.tiers {
				j.Compensation.Tiers = append(j.Compensation.Tiers, struct {
					Components []ashbyComponent `json:"components"`
				}{c})
			}
			if got := ashbyPay(&j); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v; want %+v", got, tt.want)
			}
		})
	}
}

func TestLDPay(t *testing.T) {
	tests := []struct {
		name, posting string
		want          *skillgap.Pay
	}{
		{"quantitative value", `{"baseSalary":{"@type":"MonetaryAmount","currency":"eur","value":{"@type":"QuantitativeValue","minValue":"70,000","maxValue":85000,"unitText":"YEAR"}}}`,
			&skillgap.Pay{Min: 70000, Max: 85000, Currency: "EUR", Period: "year"}},
		{"one figure per month", `{"baseSalary":{"currency":"CHF","value":9000,"unitText":"MONTH"}}`,
			&skillgap.Pay{Min: 9000, Max: 9000, Currency: "CHF", Period: "month"}},
		{"range on the amount", `{"baseSalary":{"currency":"USD","minValue":50,"maxValue":70,"unitText":"HOUR"}}`,
			&skillgap.Pay{Min: 50, Max: 70, Currency: "USD", Period: "hour"}},
		{"a list, first that reads", `{"baseSalary":[{"currency":"USD"},{"currency":"USD","value":{"value":120000}}]}`,
			&skillgap.Pay{Min: 120000, Max: 120000, Currency: "USD"}},
		{"incentive and equity", `{"baseSalary":{"currency":"GBP","value":{"minValue":90000,"maxValue":110000,"unitText":"YEAR"}},"incentiveCompensation":"Quarterly bonus","jobBenefits":"Share options, pension"}`,
			&skillgap.Pay{Min: 90000, Max: 110000, Currency: "GBP", Period: "year", Bonus: true, Equity: true}},
		{"equity only", `{"jobBenefits":"Generous equity"}`, &skillgap.Pay{Equity: true}},
		{"zero", `{"baseSalary":{"currency":"USD","value":0}}`, nil},
		{"none", `{}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var o map[string]any
			if err := json.Unmarshal([]byte(tt.posting), &o); err != nil {
				t.Fatal(err)
			}
			if got := ldPay(o); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v; want %+v", got, tt.want)
			}
		})
	}
}

func TestStatedPeriod(t *testing.T) {
	for text, want := range map[string]string{
		"Zone 1":                              "year",
		"Hourly rate":                         "hour",
		"Annual bonus, 5 years of experience": "year",
		"Paid monthly":                        "month",
	} {
		if got := statedPeriod(text); got != want {
			t.Errorf("statedPeriod(%q): got %q; want %q", text, got, want)
		}
	}
}
