package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// marketStats are the figures summary prints.
type marketStats struct {
	Companies, Product, Other, Unlisted, Bytes int
	ByKind                                     map[string]int // listed product postings per source kind
	ByCompany                                  []string       // "name (kind): product/other"
	Months                                     []int          // listed product postings per month of the window
	Halves                                     [4][]*posting  // listed product postings per six months
}

func (m *market) stats() marketStats {
	s := marketStats{ByKind: map[string]int{}, Months: make([]int, 25)}
	for _, b := range m.files {
		s.Bytes += len(b)
	}
	per := map[string][2]int{}
	var order []string
	for _, p := range m.postings {
		key := fmt.Sprintf("%s (%s)", p.Co.Name, p.Co.Kind)
		if _, ok := per[key]; !ok {
			order = append(order, key)
		}
		n := per[key]
		switch {
		case !p.Listed:
			s.Unlisted++
			continue
		case !p.Product:
			s.Other++
			n[1]++
		default:
			s.Product++
			n[0]++
			s.ByKind[p.Co.Kind]++
			w := demoWindow()
			mi := (p.Date.Year()-w.Start.Year())*12 + int(p.Date.Month()-w.Start.Month())
			s.Months[mi]++
			s.Halves[min(int(p.T*4), 3)] = append(s.Halves[min(int(p.T*4), 3)], p)
		}
		per[key] = n
	}
	s.Companies = len(order)
	for _, k := range order {
		s.ByCompany = append(s.ByCompany, fmt.Sprintf("%s: %d product, %d other", k, per[k][0], per[k][1]))
	}
	return s
}

// print writes per-source counts, monthly volume and skill shares per half-year.
func (s marketStats) print(w io.Writer) {
	kinds := []string{"greenhouse", "lever", "ashby", "jsonld", "feed"}
	for _, k := range kinds {
		fmt.Fprintf(w, "  %-10s %3d listed product postings\n", k, s.ByKind[k])
	}
	for _, c := range s.ByCompany {
		fmt.Fprintln(w, "  "+c)
	}
	fmt.Fprintf(w, "  product postings per month (Nov 2024 … Nov 2026): %v\n", s.Months)
	fmt.Fprintf(w, "  share of product postings asking for a skill, per six months (oldest first; n = %d, %d, %d, %d):\n",
		len(s.Halves[0]), len(s.Halves[1]), len(s.Halves[2]), len(s.Halves[3]))
	ids := []string{"llm", "ml", "ai-evals", "experimentation", "sql", "discovery", "user-research", "roadmap",
		"agile", "waterfall", "scrum-cert", "requirements", "jira", "payments", "hipaa"}
	for _, id := range ids {
		var cells []string
		for _, h := range s.Halves {
			n := 0
			for _, p := range h {
				if p.Asked[id] != "" {
					n++
				}
			}
			cells = append(cells, fmt.Sprintf("%5.1f%%", 100*float64(n)/float64(max(len(h), 1))))
		}
		fmt.Fprintf(w, "    %-16s %s\n", id, strings.Join(cells, " "))
	}
	sen := map[string]int{}
	fam := map[string]int{}
	for _, h := range s.Halves {
		for _, p := range h {
			sen[p.Seniority]++
			fam[p.Family]++
		}
	}
	fmt.Fprintf(w, "  seniority: %s\n  family: %s\n", counts(sen), counts(fam))
}

func counts(m map[string]int) string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}
