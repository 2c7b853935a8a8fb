package skillgap

import "testing"

func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"sql", "sql", 0}, {"", "abc", 3}, {"levle", "level", 1}, {"crwal", "crawl", 1},
		{"kitten", "sitting", 3}, {"greenhouse", "grenhouse", 1},
	} {
		if got := EditDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("EditDistance(%q, %q) = %d; want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
