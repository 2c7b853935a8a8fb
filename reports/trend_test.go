package reports

import (
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

// monthly makes one point a month from January 2025 with the given totals;
// count is half the total.
func monthly(totals ...int) []skillgap.Point {
	pts := make([]skillgap.Point, len(totals))
	for i, n := range totals {
		pts[i] = skillgap.Point{Time: time.Date(2025, time.Month(i+1), 1, 0, 0, 0, 0, time.UTC), Count: n / 2, Total: n}
	}
	return pts
}

func TestBucketSize(t *testing.T) {
	tests := []struct {
		name       string
		totals     []int
		want       int
		wantSparse bool
	}{
		{"busy months", []int{40, 50, 45, 60, 55, 48}, 1, false},
		{"thin months make quarters", []int{8, 9, 7, 6, 10, 8, 9, 7, 8, 6, 9, 8}, 3, false},
		{"very thin months make half-years", []int{4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4}, 6, false},
		{"still thin after merging", []int{3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, 6, true},
		{"too short to merge", []int{2, 3, 1}, 1, true},
		{"empty months are ignored", []int{0, 0, 30, 40, 35}, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, sparse := bucketSize([][]skillgap.Point{monthly(tt.totals...)})
			if got != tt.want || sparse != tt.wantSparse {
				t.Errorf("bucketSize = %d, sparse %v; want %d, sparse %v", got, sparse, tt.want, tt.wantSparse)
			}
		})
	}
}

func TestAggregate(t *testing.T) {
	got := aggregate(monthly(0, 10, 20, 30, 0, 0, 0, 0, 2, 40, 0, 0, 4), 3)
	want := []struct {
		label        string
		count, total int
	}{{"Q1 2025", 15, 30}, {"Q2 2025", 15, 30}, {"Q4 2025", 20, 40}} // Q3 and Q1 2026 hold too few
	if len(got) != len(want) {
		t.Fatalf("got %d periods %v; want %d", len(got), got, len(want))
	}
	for i, w := range want {
		if l := periodLabel(got[i].Time, 3); l != w.label || got[i].Count != w.count || got[i].Total != w.total {
			t.Errorf("period %d: got %s %d/%d; want %s %d/%d", i, l, got[i].Count, got[i].Total, w.label, w.count, w.total)
		}
	}
}
