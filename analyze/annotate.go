package analyze

import "github.com/skillgap/skillgap"

// Annotator sets everything skillgap derives from a posting as the board gave
// it: the extracted skills with their categories, years, seniority and role
// family (Extractor.Annotate, with ClassifyTitle), and the posting's own
// domains (DomainFinder.Posting). Crawling and reindex both use it, so that a reindex
// with the same taxonomy changes nothing. It is safe for concurrent use.
type Annotator struct {
	ex  *Extractor
	dom *DomainFinder
	tax *skillgap.Taxonomy
}

// NewAnnotator compiles the taxonomy skills for extraction and domain finding.
func NewAnnotator(skills []skillgap.Skill) (*Annotator, error) {
	ex, err := NewExtractor(skills)
	if err != nil {
		return nil, err
	}
	tax := skillgap.NewTaxonomy(skills)
	return &Annotator{ex: ex, dom: NewDomainFinder(tax), tax: tax}, nil
}

// Annotate sets p.Skills (each with its category), p.YearsMin, p.Seniority,
// p.Role and p.Domains. A posting whose title is not a product role gets
// Role "": every market basis selects by role family, so it leaves them all.
func (a *Annotator) Annotate(p *skillgap.Posting) {
	a.ex.Annotate(p)
	for i, m := range p.Skills {
		p.Skills[i].Category = a.tax.Category(m.SkillID)
	}
	p.Domains = a.dom.Posting(p)
}
