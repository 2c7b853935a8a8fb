package skillgap

import "testing"

func TestPayAnnual(t *testing.T) {
	tests := []struct {
		name   string
		pay    *Pay
		lo, hi float64
		ok     bool
	}{
		{"year", &Pay{Min: 100000, Max: 150000, Currency: "USD", Period: PerYear}, 100000, 150000, true},
		{"empty period is a year", &Pay{Min: 90000, Max: 110000, Currency: "GBP"}, 90000, 110000, true},
		{"hour", &Pay{Min: 50, Max: 60, Currency: "USD", Period: PerHour}, 104000, 124800, true},
		{"week", &Pay{Min: 2000, Max: 3000, Currency: "EUR", Period: PerWeek}, 104000, 156000, true},
		{"month", &Pay{Min: 8000, Max: 10000, Currency: "EUR", Period: PerMonth}, 96000, 120000, true},
		{"day", &Pay{Min: 500, Currency: "GBP", Period: PerDay}, 130000, 130000, true},
		{"max only", &Pay{Max: 120000, Currency: "USD"}, 120000, 120000, true},
		{"swapped", &Pay{Min: 150000, Max: 100000, Currency: "USD"}, 100000, 150000, true},
		{"no currency", &Pay{Min: 100000, Max: 150000}, 0, 0, false},
		{"equity only", &Pay{Currency: "USD", Equity: true}, 0, 0, false},
		{"unknown period", &Pay{Min: 1, Max: 2, Currency: "USD", Period: "fortnight"}, 0, 0, false},
		{"nil", nil, 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lo, hi, ok := tt.pay.Annual()
			if lo != tt.lo || hi != tt.hi || ok != tt.ok {
				t.Errorf("got %v %v %v; want %v %v %v", lo, hi, ok, tt.lo, tt.hi, tt.ok)
			}
		})
	}
}

func TestQuartilesOf(t *testing.T) {
	tests := []struct {
		name string
		xs   []float64
		want Quartiles
	}{
		{"empty", nil, Quartiles{}},
		{"one", []float64{7}, Quartiles{N: 1, Min: 7, Q1: 7, Median: 7, Q3: 7, Max: 7}},
		// positions (n−1)·q: 0.75, 1.5, 2.25 between 1, 2, 3, 4
		{"four", []float64{4, 1, 3, 2}, Quartiles{N: 4, Min: 1, Q1: 1.75, Median: 2.5, Q3: 3.25, Max: 4}},
		// positions 1, 2, 3 exactly
		{"five", []float64{10, 20, 30, 40, 50}, Quartiles{N: 5, Min: 10, Q1: 20, Median: 30, Q3: 40, Max: 50}},
		{"ten", []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, Quartiles{N: 10, Min: 1, Q1: 3.25, Median: 5.5, Q3: 7.75, Max: 10}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := QuartilesOf(tt.xs); got != tt.want {
				t.Errorf("got %+v; want %+v", got, tt.want)
			}
		})
	}
}

func TestPayPeriod(t *testing.T) {
	for s, want := range map[string]string{
		"1 YEAR": PerYear, "per-year-salary": PerYear, "yearly": PerYear, "Annual": PerYear,
		"1 MONTH": PerMonth, "monthly": PerMonth, "weekly": PerWeek, "daily": PerDay, "per-day-wage": PerDay,
		"1 HOUR": PerHour, "hourly": PerHour, "NONE": "", "": "", "1 TIME": "",
	} {
		if got := PayPeriod(s); got != want {
			t.Errorf("PayPeriod(%q) = %q; want %q", s, got, want)
		}
	}
}
