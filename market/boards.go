package market

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/index"
)

// BoardDomainsRule says in words how BoardDomainsOf derives a board's tags.
const BoardDomainsRule = "a board's industry is a domain that at least half of its product postings are in " +
	"(title, department, company text); a domain asked is a domain skill at least half of them ask for"

// BoardDomains is what the product postings of one ATS board say about its domains.
type BoardDomains struct {
	Kind, Board string
	Postings    int      // product postings in the index from the board
	Industry    []string // domain ids at least half of them are in (skillgap.Posting.Domains)
	Asked       []string // domain skill ids at least half of them ask for
}

// BoardDomainsOf derives, for every greenhouse, lever and ashby board with
// postings in idx (open or closed), its industries and the product domains
// its postings ask for, by BoardDomainsRule. Boards come sorted by kind and
// board; ids within a board by how many postings carry them, then by id.
func BoardDomainsOf(ctx context.Context, idx *Index, tax *skillgap.Taxonomy) ([]BoardDomains, error) {
	type tally struct {
		n               int
		industry, asked map[string]int
	}
	boards := map[[2]string]*tally{}
	err := idx.ix.Postings(ctx, index.Filter{}, func(p skillgap.Posting) error {
		switch p.SourceKind {
		case skillgap.Greenhouse, skillgap.Lever, skillgap.Ashby:
		default:
			return nil
		}
		if p.Board == "" {
			return nil
		}
		k := [2]string{p.SourceKind, p.Board}
		t := boards[k]
		if t == nil {
			t = &tally{industry: map[string]int{}, asked: map[string]int{}}
			boards[k] = t
		}
		t.n++
		for _, d := range uniq(p.Domains) {
			t.industry[d]++
		}
		var asked []string
		for _, m := range p.Skills {
			if s, ok := tax.Skill(m.SkillID); ok && s.Kind == skillgap.KindDomain {
				asked = append(asked, m.SkillID)
			}
		}
		for _, d := range uniq(asked) {
			t.asked[d]++
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("board domains: %w", err)
	}
	out := make([]BoardDomains, 0, len(boards))
	for k, t := range boards {
		out = append(out, BoardDomains{Kind: k[0], Board: k[1], Postings: t.n, Industry: atLeastHalf(t.industry, t.n), Asked: atLeastHalf(t.asked, t.n)})
	}
	slices.SortFunc(out, func(a, b BoardDomains) int {
		return strings.Compare(a.Kind+"\x00"+a.Board, b.Kind+"\x00"+b.Board)
	})
	return out, nil
}

// atLeastHalf returns the ids counted in at least half of n postings, most first.
func atLeastHalf(counts map[string]int, n int) []string {
	var out []string
	for id, c := range counts {
		if 2*c >= n {
			out = append(out, id)
		}
	}
	slices.SortFunc(out, func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	return out
}

func uniq(xs []string) []string {
	out := slices.Clone(xs)
	slices.Sort(out)
	return slices.Compact(out)
}
