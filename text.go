package skillgap

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// EditDistance is the edit distance between a and b over bytes, counting a
// swap of two neighbours as one edit, the commonest slip ("levle"): the
// optimal-string-alignment distance. Suggestions ("did you mean …") use it.
func EditDistance(a, b string) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// Plural writes a count with its noun, singular for one and plural otherwise:
// Plural(1, "hour") is "1 hour", Plural(3, "company") "3 companies",
// Plural(1, "mid technical PM posting") "1 mid technical PM posting". It is
// the one pluraliser of every output. An irregular noun gives both forms,
// "person|people".
func Plural(n int, noun string) string {
	return strconv.Itoa(n) + " " + PluralNoun(n, noun)
}

// PluralNoun is the noun of Plural without the count, for counts written
// otherwise ("12,345 postings", "2 of 3 postings"): the plural follows the
// number it stands after.
func PluralNoun[N int | float64](n N, noun string) string {
	if one, many, ok := strings.Cut(noun, "|"); ok {
		if n == 1 {
			return one
		}
		return many
	}
	if n == 1 || noun == "" {
		return noun
	}
	last := noun[len(noun)-1]
	switch {
	case last == 'y' && len(noun) > 1 && !strings.ContainsRune("aeiou", rune(noun[len(noun)-2])):
		return noun[:len(noun)-1] + "ies"
	case last == 's' || last == 'x' || strings.HasSuffix(noun, "ch") || strings.HasSuffix(noun, "sh"):
		return noun + "es"
	}
	return noun + "s"
}

// SignedWhole writes x rounded to a whole number with its sign: "+3", "-2",
// and "0" rather than "-0" or "+0".
func SignedWhole(x float64) string {
	r := math.Round(x)
	if r == 0 {
		return "0"
	}
	return fmt.Sprintf("%+.0f", r)
}
