// Package skillgap holds the domain vocabulary of skillgap: job postings and the
// skills they ask for, the user's skill inventory, gaps, and the development plan.
//
// It imports only the standard library; every other package speaks in these types.
package skillgap

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"time"
)

// Workplace says where the work happens.
type Workplace string

// Workplace values. The zero value means the posting did not say.
const (
	Remote Workplace = "remote"
	Hybrid Workplace = "hybrid"
	Onsite Workplace = "onsite"
)

// Requirement says how strongly a posting asks for a skill.
type Requirement string

// Requirement values; Required outranks Preferred.
const (
	Required  Requirement = "required"
	Preferred Requirement = "preferred"
)

// Stronger reports whether r outranks o.
func (r Requirement) Stronger(o Requirement) bool {
	return r == Required && o != Required
}

// Seniority is a normalised seniority band, from associate to CPO.
type Seniority string

// Seniority values in ascending order. The zero value means unknown.
const (
	Associate Seniority = "associate"
	Mid       Seniority = "mid"
	Senior    Seniority = "senior"
	Staff     Seniority = "staff" // staff and principal
	Lead      Seniority = "lead"  // group PM and lead
	Director  Seniority = "director"
	VP        Seniority = "vp"
	CPO       Seniority = "cpo"
)

// Seniorities lists the seniority bands in ascending order.
func Seniorities() []Seniority {
	return []Seniority{Associate, Mid, Senior, Staff, Lead, Director, VP, CPO}
}

// Rank is the position of s in Seniorities, or -1 when s is unknown.
func (s Seniority) Rank() int {
	for i, x := range Seniorities() {
		if x == s {
			return i
		}
	}
	return -1
}

// SkillMention is one skill a posting asks for, at its strongest level.
type SkillMention struct {
	SkillID  string      `json:"id"`
	Level    Requirement `json:"level"`
	Evidence string      `json:"evidence,omitempty"` // the sentence that holds the match
	// Expected is the proficiency (0–4) the wording implies ("familiarity" 1,
	// "expert" 4). Zero means the wording did not say.
	Expected int `json:"expected,omitempty"`
	// Category is the skill's taxonomy category (one of Categories()), set
	// when the posting is annotated, so that what is indexed of a posting
	// depends on the posting alone. Empty in postings stored before.
	Category string `json:"category,omitempty"`
}

// Posting is one job posting as skillgap keeps it.
type Posting struct {
	ID         string `json:"id"`          // stable: kind:board:jobid, else kind:canonical URL
	Source     string `json:"source"`      // name of the configured source
	SourceKind string `json:"source_kind"` // greenhouse, lever, ashby, jsonld, feed
	Board      string `json:"board,omitempty"`
	JobID      string `json:"job_id,omitempty"`

	Company        string    `json:"company"`
	Title          string    `json:"title"`
	Department     string    `json:"department,omitempty"` // the board's department, as written; empty when it gives none
	Role           string    `json:"role,omitempty"`       // role family, e.g. "product manager", "technical pm"
	Seniority      Seniority `json:"seniority,omitempty"`
	Locations      []string  `json:"locations,omitempty"`
	Country        string    `json:"country,omitempty"` // ISO 3166 alpha-2 when known
	Workplace      Workplace `json:"workplace,omitempty"`
	EmploymentType string    `json:"employment_type,omitempty"` // full-time, part-time, contract, internship, temporary
	Salary         *Pay      `json:"salary,omitempty"`          // pay as stated; nil when none
	URL            string    `json:"url,omitempty"`

	// Description is plain text that keeps the posting's structure: headings on
	// their own line, paragraphs separated by a blank line, list items as "- item".
	Description string `json:"description"`

	Posted    time.Time `json:"posted,omitzero"`     // as the board states; zero when it does not
	FirstSeen time.Time `json:"first_seen,omitzero"` // first crawl that saw it
	LastSeen  time.Time `json:"last_seen,omitzero"`  // latest crawl that saw it
	Closed    time.Time `json:"closed,omitzero"`     // first crawl that no longer saw it; zero while open

	Skills []SkillMention `json:"skills,omitempty"`
	// Domains are the posting's own domains (what the company and product are:
	// taxonomy domain ids from the title, department and company text), kept
	// apart from domain skills asked of the candidate.
	Domains  []string `json:"domains,omitempty"`
	YearsMin int      `json:"years_min,omitempty"` // minimum years of experience asked; zero means not stated
}

// Open reports whether the posting was still on its board at the last crawl.
func (p *Posting) Open() bool { return p.Closed.IsZero() }

// Date is the posting's date for trends: posted, else first seen.
func (p *Posting) Date() time.Time {
	if !p.Posted.IsZero() {
		return p.Posted
	}
	return p.FirstSeen
}

// ContentHash is a digest of what the board said about the posting, ignoring what
// skillgap adds (seen dates, skills), so that an unchanged posting is not rewritten.
func (p *Posting) ContentHash() string {
	h := sha256.New()
	for _, s := range []string{p.Company, p.Title, strings.Join(p.Locations, "|"), string(p.Workplace),
		p.EmploymentType, p.URL, p.Description, p.Posted.UTC().Format(time.RFC3339)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	if p.Salary != nil {
		h.Write([]byte(p.Salary.Currency + p.Salary.Period))
		h.Write(strconv.AppendFloat(nil, p.Salary.Min, 'g', -1, 64))
		h.Write(strconv.AppendFloat([]byte("/"), p.Salary.Max, 'g', -1, 64))
		if p.Salary.Equity || p.Salary.Bonus { // only then, so that other postings keep their hash
			h.Write([]byte{'|', byte('0' + b2i(p.Salary.Equity)), byte('0' + b2i(p.Salary.Bonus))})
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// PostingID builds the stable id of a posting from its source kind, board and the
// board's own job id; with no job id it uses the canonical URL.
func PostingID(kind, board, jobID, canonicalURL string) string {
	if jobID != "" {
		return kind + ":" + board + ":" + jobID
	}
	return kind + ":" + canonicalURL
}
