package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/skillgap/skillgap"
)

// TestTrendsPay runs trends --pay on the trends market with pay added: the
// senior postings of January state 100,000 + 1,000·i GBP a year (20 of
// them), the mid ones 40 an hour (83,200 a year; 20), the rest none.
func TestTrendsPay(t *testing.T) {
	dir := t.TempDir()
	idx, err := openIndex(dir)
	if err != nil {
		t.Fatal(err)
	}
	ps := marketPostings()
	for i := range ps[:40] {
		p := &ps[i]
		if p.Seniority == skillgap.Senior {
			p.Salary = &skillgap.Pay{Min: float64(100000 + i*1000), Max: float64(100000 + i*1000), Currency: "GBP"}
		} else {
			p.Salary = &skillgap.Pay{Min: 40, Max: 40, Currency: "GBP", Period: skillgap.PerHour, Equity: true}
		}
	}
	if err := idx.Put(t.Context(), ps); err != nil {
		t.Fatal(err)
	}
	if err := idx.Close(); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := runTrends(t.Context(), trendsOptions{DataDir: dir, Interval: "month", Pay: true}, &out); err != nil {
		t.Fatal(err)
	}
	// Senior midpoints: 100, 102, …, 138 thousand (even i): the median is 119,000.
	for _, want := range []string{"40 of 480 postings state pay", "GBP per year, 40 with pay", "83,200", "119,000", "never converted"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	f := trendsOptions{DataDir: dir, Interval: "month", Pay: true, JSON: true}
	f.Filter.Seniority = skillgap.Mid
	if err := runTrends(t.Context(), f, &out); err != nil {
		t.Fatal(err)
	}
	var rep skillgap.PayTrends
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Total != 240 || rep.WithPay != 20 || len(rep.Currencies) != 1 || rep.Currencies[0].Cells[0].Equity != 20 ||
		rep.Currencies[0].Cells[0].Quartiles == nil || rep.Currencies[0].Cells[0].Quartiles.Median != 83200 {
		t.Errorf("mid postings: got %+v; want 240, 20 with pay at 83,200 GBP a year, all with equity", rep)
	}
}
