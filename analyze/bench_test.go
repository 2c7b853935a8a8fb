package analyze

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/skillgap/skillgap"
)

// benchPosting is a typical posting of about 1.4 KB.
const benchPosting = `About Acme
At Acme, we're building the payments platform for e-commerce brands. Our mission is to make money move.

The Role
As a Senior Product Manager you will own the checkout roadmap and prioritise what ships.
- Run A/B tests and analyse funnels in Amplitude; instrument events with Segment.
- Define KPIs and success metrics with engineering, design and data science.
- Write clear specs and work in Scrum with Jira and Confluence.
- Talk to merchants every week: customer interviews and usability testing.
- Partner with sales and marketing on go-to-market and product launches.

What we're looking for
- 5+ years of product management experience in B2B SaaS or fintech.
- Strong SQL and Python skills; working knowledge of BigQuery.
- Familiarity with machine learning and AI products.
- Excellent written and verbal communication skills.
- Experience with pricing and monetization.

Nice to have
- Experience with Power BI or Looker.
- CSPO certification is a plus.

Benefits
- Competitive salary, equity, 401(k), health insurance, parental leave.
- Learning budget for courses such as Scrum and SQL.

Acme is an equal opportunity employer. We do not discriminate on the basis of race, religion, colour,
national origin, gender, sexual orientation, age, marital status, veteran status, or disability status.
Please read our privacy notice before applying.
`

// BenchmarkExtract measures extraction of one posting (run with -cpu 1).
func BenchmarkExtract(b *testing.B) {
	e := smallExtractor(b)
	text := strings.Repeat(benchPosting, 1)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		e.Extract("Senior Product Manager, Payments", text)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "postings/s")
}

// BenchmarkExtractAliases shows that the cost does not grow with the number of
// aliases: the same text against 50, 500 and 5,000 synthetic aliases.
func BenchmarkExtractAliases(b *testing.B) {
	for _, n := range []int{50, 500, 5000} {
		b.Run(fmt.Sprintf("aliases=%d", n), func(b *testing.B) {
			e, err := NewExtractor(syntheticSkills(n))
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(benchPosting)))
			b.ReportAllocs()
			for b.Loop() {
				e.Extract("Product Manager", benchPosting)
			}
		})
	}
}

// syntheticSkills makes n aliases (five per skill), many sharing words with the
// benchmark posting so that the trie is exercised, not just skipped.
func syntheticSkills(n int) []skillgap.Skill {
	r := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields(Normalize(benchPosting))
	var skills []skillgap.Skill
	for i := 0; i < n; i += 5 {
		s := skillgap.Skill{ID: fmt.Sprintf("s%d", i), Category: "tools", Kind: skillgap.KindTool}
		for k := 0; k < 5; k++ {
			var a []string
			for range 1 + r.IntN(3) {
				a = append(a, words[r.IntN(len(words))])
			}
			a = append(a, fmt.Sprintf("x%d", i+k))
			if k == 0 {
				s.Name = strings.Join(a, " ")
			} else {
				s.Aliases = append(s.Aliases, strings.Join(a, " "))
			}
		}
		skills = append(skills, s)
	}
	return skills
}
