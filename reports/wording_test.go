package reports

import (
	"bytes"
	"strings"
	"testing"

	"github.com/skillgap/skillgap"
)

// TestTrendsBySaysHowMany: a table by company that shows six companies of
// eighteen says so; one that shows them all says nothing more.
func TestTrendsBySaysHowMany(t *testing.T) {
	groups := func(n int) []skillgap.TrendGroup {
		var gs []skillgap.TrendGroup
		for i := range n {
			gs = append(gs, skillgap.TrendGroup{Value: string(rune('A' + i)), Total: 10, Counts: map[string]int{"sql": 5}})
		}
		return gs
	}
	for _, tt := range []struct {
		shown, of int
		want      string
	}{
		{6, 18, "share of postings by company (the 6 companies with the most postings, of 18):"},
		{3, 3, "share of postings by company:"},
	} {
		tr := &skillgap.Trends{Total: 60, Interval: "month", By: "company", Groups: groups(tt.shown), ByValues: tt.of,
			Skills: []skillgap.TrendRow{{ID: "sql", Name: "SQL", Postings: 30, Share: 0.5}}}
		var b bytes.Buffer
		if err := TrendsText(&b, tr, sampleSkills(), ""); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), tt.want) {
			t.Errorf("%d of %d: got\n%s\nwant a line %q", tt.shown, tt.of, b.String(), tt.want)
		}
	}
}
