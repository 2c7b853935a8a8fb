package reports

import (
	"regexp"
	"strconv"
	"testing"

	"github.com/skillgap/skillgap"
)

// TestDemandChartScale checks that each bar of the demand chart is as long as
// its share of the full bar, within a pixel: a 65% bar ends at 65%.
func TestDemandChartScale(t *testing.T) {
	shares := []int{94, 65, 40, 13, 100, 1}
	rep := skillgap.GapReport{Postings: 100}
	for i, n := range shares {
		rep.Gaps = append(rep.Gaps, skillgap.Gap{Demand: skillgap.Demand{SkillID: "s" + strconv.Itoa(i), Postings: n, Total: 100},
			Name: "Skill " + strconv.Itoa(i), Have: 1, Want: 2})
	}
	r := Report{Gap: &rep}
	svg, err := r.demandChart()
	if err != nil {
		t.Fatal(err)
	}
	// Each bar is a grey path over the full width and a blue one over the share.
	rect := regexp.MustCompile(`M (\d+) (\d+)\s+L (\d+) \d+\s+L \d+ \d+\s+L \d+ \d+\s+L \d+ \d+" style="[^"]*fill:rgba\((\d+),(\d+),(\d+)`)
	var full, blue []float64
	for _, m := range rect.FindAllStringSubmatch(string(svg), -1) {
		x0, _ := strconv.ParseFloat(m[1], 64)
		x1, _ := strconv.ParseFloat(m[3], 64)
		switch m[4] + "," + m[5] + "," + m[6] {
		case "232,237,243":
			full = append(full, x1-x0)
		case "78,121,167":
			blue = append(blue, x1-x0)
		}
	}
	if len(full) != len(shares) || len(blue) != len(shares) {
		t.Fatalf("found %d full and %d blue bars; want %d each", len(full), len(blue), len(shares))
	}
	want := []int{100, 94, 65, 40, 13, 1} // the chart sorts by share
	for i, n := range want {
		if exp := full[i] * float64(n) / 100; blue[i] < exp-1.5 || blue[i] > exp+1.5 {
			t.Errorf("bar %d (%d%%): %g px of %g; want %.1f", i, n, blue[i], full[i], exp)
		}
	}
}
