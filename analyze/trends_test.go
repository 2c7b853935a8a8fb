package analyze

import (
	"math"
	"testing"
)

func TestCompareWindows(t *testing.T) {
	tests := []struct {
		name                    string
		before, tb, after, ta   int
		min                     int
		wantDelta, wantZ, wantP float64
		wantSignificant         bool
	}{
		// 3 → 6 mentions out of 100 each: +3 points, not significant.
		{"small counts", 3, 100, 6, 100, 0, 3, 1.0233, 0.3062, false},
		// 38/316 → 130/317: a real rise.
		{"llm rise", 38, 316, 130, 317, 0, 28.98, 8.2576, 0, true},
		{"fall", 120, 400, 60, 400, 0, -15, -5.0800, 0, true},
		{"no change", 50, 200, 50, 200, 0, 0, 0, 1, false},
		// Significant p but under the minimum count.
		{"min count", 0, 40, 9, 40, 10, 22.5, 3.1845, 0.0015, false},
		// 9 mentions in the later window: under MinLaterMentions, whatever the minimum count.
		{"min count met, later mentions short", 0, 40, 9, 40, 9, 22.5, 3.1845, 0.0015, false},
		{"min count met", 0, 40, 10, 40, 9, 25, 3.3806, 0.0007, true},
		// A clear move between windows of 29 and 60 postings: too few before.
		{"small window", 2, 29, 30, 60, 0, 43.1, 3.9716, 0.0001, false},
		{"empty before window", 0, 0, 5, 50, 0, 0, 0, 1, false},
		{"nobody asks", 0, 100, 0, 100, 0, 0, 0, 1, false},
		{"everybody asks", 100, 100, 100, 100, 0, 0, 0, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := CompareWindows("x", tt.before, tt.tb, tt.after, tt.ta, tt.min)
			if math.Abs(c.Delta-tt.wantDelta) > 0.01 {
				t.Errorf("Delta %.4f; want %.4f", c.Delta, tt.wantDelta)
			}
			if math.Abs(c.Z-tt.wantZ) > 0.001 {
				t.Errorf("Z %.4f; want %.4f", c.Z, tt.wantZ)
			}
			if math.Abs(c.P-tt.wantP) > 0.0005 {
				t.Errorf("P %.4f; want %.4f", c.P, tt.wantP)
			}
			if c.Significant != tt.wantSignificant {
				t.Errorf("Significant %v; want %v", c.Significant, tt.wantSignificant)
			}
			if c.SkillID != "x" || c.Before != tt.before || c.TotalAfter != tt.ta {
				t.Errorf("counts not kept: %+v", c)
			}
		})
	}
}

func TestLift(t *testing.T) {
	tests := []struct {
		name              string
		both, a, b, total int
		want              float64
	}{
		{"independent", 25, 50, 50, 100, 1},
		{"always together", 20, 20, 20, 100, 5},
		{"never together", 0, 30, 30, 100, 0},
		{"empty", 0, 0, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Lift(tt.both, tt.a, tt.b, tt.total); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("got %v; want %v", got, tt.want)
			}
		})
	}
}
