package skillgap

import "time"

// Example is one posting that asks for a skill, with the sentence that asks:
// the evidence behind a gap row.
type Example struct {
	PostingID string      `json:"posting_id"`
	Title     string      `json:"title"`
	Company   string      `json:"company"`
	Date      time.Time   `json:"date,omitzero"` // posted, else first seen
	URL       string      `json:"url,omitempty"`
	Level     Requirement `json:"level"` // how strongly the posting asks for the skill
	// Expected is the level (1–4) the wording implies; zero means it did not say.
	Expected int `json:"expected,omitempty"`
	// Evidence is the sentence of the posting that holds the match, as the
	// posting wrote it (posting text: escape it when rendering).
	Evidence string `json:"evidence,omitempty"`
	Open     bool   `json:"open"` // still on its board at the last crawl
}

// ExampleOf makes the example of posting p for skill id; ok is false when p
// does not ask for it.
func ExampleOf(p *Posting, id string) (Example, bool) {
	for _, m := range p.Skills {
		if m.SkillID == id {
			return Example{PostingID: p.ID, Title: p.Title, Company: p.Company, Date: p.Date(), URL: p.URL,
				Level: m.Level, Expected: m.Expected, Evidence: m.Evidence, Open: p.Open()}, true
		}
	}
	return Example{}, false
}
