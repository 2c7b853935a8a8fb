package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/index"
)

// TestRealworldPay crawls the real boards and checks pay as the index keeps
// it: the Ashby product postings that carry a salary component are found
// with it (about 50 of the 80, by the README of ../shared/realworld), every
// figure is in its own currency, and trends --pay and each persona's gap
// report say what they show and why premiums are absent on a market this size.
func TestRealworldPay(t *testing.T) {
	data := realworldData(t)
	idx, err := index.OpenReadOnly(data)
	if err != nil {
		t.Fatal(err)
	}
	total, err := idx.Count(t.Context(), index.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var withPay, equity, bonus, perk int
	byCur := map[string]int{}
	err = idx.Postings(t.Context(), index.Filter{}, func(p skillgap.Posting) error {
		if p.Salary == nil {
			return nil
		}
		equity += b2i(p.Salary.Equity)
		bonus += b2i(p.Salary.Bonus)
		if _, _, ok := p.Salary.Annual(); ok {
			withPay++
			byCur[p.Salary.Currency]++
		} else {
			perk++
		}
		return nil
	})
	idx.Close()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d product postings; %d with an annual pay range %v; %d offer equity, %d a bonus; %d state only equity or a bonus",
		total, withPay, byCur, equity, bonus, perk)
	if withPay < 40 {
		t.Errorf("only %d of %d product postings carry pay; the real boards have about 50", withPay, total)
	}
	var out bytes.Buffer
	if err := runTrends(t.Context(), trendsOptions{DataDir: data, Interval: "month", Pay: true}, &out); err != nil {
		t.Fatal(err)
	}
	t.Logf("skillgap trends --pay:\n%s", out.String())
	if !strings.Contains(out.String(), "USD per year") {
		t.Errorf("trends --pay shows no USD table:\n%s", out.String())
	}
	for _, p := range loadCoach(t).Personas {
		code, js, stderr := runCLI(t, "gap", "--data", data, "--inventory", filepath.Join(personaDir, p.File), "--json")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", p.File, code, stderr)
		}
		var rep skillgap.GapReport
		if err := json.Unmarshal([]byte(js), &rep); err != nil {
			t.Fatal(err)
		}
		if rep.Pay == nil || rep.Pay.Note == "" {
			t.Errorf("%s: gap report without a pay note", p.File)
			continue
		}
		t.Logf("%s (%s): %d premiums; %s", p.File, rep.Target, len(rep.Pay.Premiums), rep.Pay.Note)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
