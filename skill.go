package skillgap

import (
	"fmt"
	"slices"
	"strings"
)

// SkillKind classifies a skill the way ESCO does, plus the kinds a PM plan needs.
type SkillKind string

// SkillKind values.
const (
	KindSkill         SkillKind = "skill"
	KindKnowledge     SkillKind = "knowledge"
	KindTool          SkillKind = "tool"
	KindCertification SkillKind = "certification"
	KindDomain        SkillKind = "domain"
	KindSoft          SkillKind = "soft"
)

// SkillKinds lists every valid SkillKind.
func SkillKinds() []SkillKind {
	return []SkillKind{KindSkill, KindKnowledge, KindTool, KindCertification, KindDomain, KindSoft}
}

// Categories lists the taxonomy's skill categories.
func Categories() []string {
	return []string{
		"strategy", "discovery", "analytics", "delivery", "technical",
		"go-to-market", "leadership", "domain", "tools", "certifications",
	}
}

// MaxLevel is the highest proficiency level; levels run 0 (none) to 4 (expert).
const MaxLevel = 4

// LevelNames names the proficiency levels 0–4.
var levelNames = [...]string{"none", "aware", "working", "proficient", "expert"}

// LevelName names proficiency level l ("none", "aware", "working", "proficient", "expert").
func LevelName(l int) string {
	if l < 0 || l > MaxLevel {
		return fmt.Sprintf("level %d", l)
	}
	return levelNames[l]
}

// Guard limits when an ambiguous alias counts as a mention of its skill.
type Guard struct {
	// Alias is the alias (as written in Aliases) that the guard applies to.
	Alias string `json:"alias" yaml:"alias"`
	// CaseSensitive means the alias counts only in the casing written in Alias
	// ("Go" the language, not "go" the verb).
	CaseSensitive bool `json:"case_sensitive,omitempty" yaml:"case_sensitive,omitempty"`
	// Near lists words or phrases of which at least one must occur in the same
	// sentence. Empty means no such requirement.
	Near []string `json:"near,omitempty" yaml:"near,omitempty"`
	// NotNear lists words or phrases none of which may occur in the same sentence.
	NotNear []string `json:"not_near,omitempty" yaml:"not_near,omitempty"`
}

// Skill is one entry of the skill taxonomy.
type Skill struct {
	ID       string    `json:"id" yaml:"id"` // stable slug, e.g. "ab-testing"
	Name     string    `json:"name" yaml:"name"`
	Category string    `json:"category" yaml:"category"` // one of Categories()
	Kind     SkillKind `json:"kind" yaml:"kind"`
	Aliases  []string  `json:"aliases,omitempty" yaml:"aliases,omitempty"` // ways postings say it; the name is always an alias
	Guards   []Guard   `json:"guards,omitempty" yaml:"guards,omitempty"`
	ESCO     string    `json:"esco,omitempty" yaml:"esco,omitempty"` // ESCO concept URI
	ONET     string    `json:"onet,omitempty" yaml:"onet,omitempty"` // O*NET element id, e.g. 2.A.2.a
	// Levels describes what levels 0–4 look like; Levels[0] is "none".
	Levels []string `json:"levels,omitempty" yaml:"levels,omitempty"`
	// HoursPerLevel is the typical effort in hours to move up one level. Zero means 40.
	HoursPerLevel int `json:"hours_per_level,omitempty" yaml:"hours_per_level,omitempty"`
	// Practice lists concrete activities that build the skill, smallest first;
	// Practice[i] builds level i+1. "{resource}" in an activity stands for one of
	// Resources, chosen by the plan within the user's budget.
	Practice []string `json:"practice,omitempty" yaml:"practice,omitempty"`
	// Effort gives, one for one with Practice, the hours each activity takes and
	// how often it recurs. A missing entry means one occurrence of DefaultActivityHours.
	Effort []Effort `json:"effort,omitempty" yaml:"effort,omitempty"`
	// Prerequisites lists the ids of skills to build before this one (data
	// analysis before A/B testing).
	Prerequisites []string `json:"prerequisites,omitempty" yaml:"prerequisites,omitempty"`
	// Resources names books, courses, guides and communities that teach the
	// skill, best first.
	Resources []Resource `json:"resources,omitempty" yaml:"resources,omitempty"`
	// Evidence lists what proves each level; Evidence[i] proves level i+1.
	Evidence []string `json:"evidence,omitempty" yaml:"evidence,omitempty"`
	// Certifications that prove the skill (names; may be skill ids of kind certification).
	Certifications []string `json:"certifications,omitempty" yaml:"certifications,omitempty"`
	// Expected is the level a typical mid-level PM posting expects (1–4). Zero means 2.
	Expected int `json:"expected,omitempty" yaml:"expected,omitempty"`
	// Implies lists skills that a level in this one shows at least in part:
	// REST APIs 4 implies APIs 3. Only links that hold for nearly everyone.
	Implies []Implication `json:"implies,omitempty" yaml:"implies,omitempty"`
}

// Implication says that a level in one skill shows a level in another: the
// implied level is the source level minus Drop, capped at Max.
type Implication struct {
	Skill string `json:"skill" yaml:"skill"`                   // the implied skill's id
	Drop  int    `json:"drop,omitempty" yaml:"drop,omitempty"` // levels lost on the way; zero means 1
	Max   int    `json:"max,omitempty" yaml:"max,omitempty"`   // highest level it can imply; zero means 3
}

// From is the level that a level l in the source skill implies, never below zero.
func (im Implication) From(l int) int {
	drop, top := im.Drop, im.Max
	if drop <= 0 {
		drop = 1
	}
	if top <= 0 {
		top = 3
	}
	return max(0, min(l-drop, top))
}

// DefaultActivityHours is the effort of a practice activity the taxonomy gives no estimate for.
const DefaultActivityHours = 4

// Cadence is how often a recurring activity or task comes back.
type Cadence string

// Cadence values; the empty Cadence means once.
const (
	Once      Cadence = ""
	Weekly    Cadence = "week"
	Fortnight Cadence = "fortnight"
	Monthly   Cadence = "month"
	Quarterly Cadence = "quarter"
)

// Cadences lists every Cadence that recurs.
func Cadences() []Cadence { return []Cadence{Weekly, Fortnight, Monthly, Quarterly} }

// Next returns the day one period after d.
func (c Cadence) Next(d Date, n int) Date {
	switch c {
	case Weekly:
		return d.AddDays(7 * n)
	case Fortnight:
		return d.AddDays(14 * n)
	case Monthly:
		return Date{d.AddDate(0, n, 0)}
	case Quarterly:
		return Date{d.AddDate(0, 3*n, 0)}
	}
	return d
}

// Effort is the time one practice activity takes.
type Effort struct {
	Hours float64 `json:"hours" yaml:"hours"`                     // per occurrence
	Every Cadence `json:"every,omitempty" yaml:"every,omitempty"` // empty means once
	Times int     `json:"times,omitempty" yaml:"times,omitempty"` // occurrences; zero means 1
}

// Occurrences is how many times the activity happens, at least 1.
func (e Effort) Occurrences() int { return max(e.Times, 1) }

// Total is the hours of every occurrence together.
func (e Effort) Total() float64 { return e.Hours * float64(e.Occurrences()) }

// Resource is a book, course, guide or community that teaches a skill.
type Resource struct {
	Name string `json:"name" yaml:"name"`                     // "'The Mom Test' by Rob Fitzpatrick"
	Kind string `json:"kind" yaml:"kind"`                     // book, course, guide, community, newsletter, tool
	Cost int    `json:"cost,omitempty" yaml:"cost,omitempty"` // typical price in US dollars; zero means free
}

// EffortOf is the effort of Practice[i]: the taxonomy's estimate, or one
// occurrence of DefaultActivityHours.
func (s *Skill) EffortOf(i int) Effort {
	if i >= 0 && i < len(s.Effort) && s.Effort[i].Hours > 0 {
		return s.Effort[i]
	}
	return Effort{Hours: DefaultActivityHours}
}

// Hours is the effort in hours to move up one level.
func (s *Skill) Hours() int {
	if s.HoursPerLevel <= 0 {
		return 40
	}
	return s.HoursPerLevel
}

// ExpectedLevel is the level a typical posting expects.
func (s *Skill) ExpectedLevel() int {
	if s.Expected <= 0 {
		return 2
	}
	return min(s.Expected, MaxLevel)
}

// EvidenceFor says what proves level l, or "" when the taxonomy does not say.
func (s *Skill) EvidenceFor(l int) string {
	if l < 1 || l > len(s.Evidence) {
		return ""
	}
	return s.Evidence[l-1]
}

// Taxonomy is the set of skills that extraction and planning know.
type Taxonomy struct {
	Skills []Skill
	byID   map[string]int
}

// NewTaxonomy indexes skills by id. Later skills with the same id replace earlier ones.
func NewTaxonomy(skills []Skill) *Taxonomy {
	t := &Taxonomy{byID: make(map[string]int, len(skills))}
	for _, s := range skills {
		if i, ok := t.byID[s.ID]; ok {
			t.Skills[i] = s
			continue
		}
		t.byID[s.ID] = len(t.Skills)
		t.Skills = append(t.Skills, s)
	}
	return t
}

// Skill returns the skill with the given id. A nil taxonomy has none.
func (t *Taxonomy) Skill(id string) (*Skill, bool) {
	if t == nil {
		return nil, false
	}
	i, ok := t.byID[id]
	if !ok {
		return nil, false
	}
	return &t.Skills[i], true
}

// Name returns the name of the skill with the given id, or "" when the
// taxonomy has no such skill (or is nil).
func (t *Taxonomy) Name(id string) string {
	if s, ok := t.Skill(id); ok {
		return s.Name
	}
	return ""
}

// Resolve returns the id of the skill written as s: its id, or its id, name
// or one of its aliases in any case.
func (t *Taxonomy) Resolve(s string) (string, bool) {
	if _, ok := t.Skill(s); ok {
		return s, true
	}
	if t == nil {
		return "", false
	}
	for _, sk := range t.Skills {
		if strings.EqualFold(sk.Name, s) || strings.EqualFold(sk.ID, s) {
			return sk.ID, true
		}
	}
	for _, sk := range t.Skills {
		for _, a := range sk.Aliases {
			if strings.EqualFold(a, s) {
				return sk.ID, true
			}
		}
	}
	return "", false
}

// Category returns the category of the skill with the given id, or "".
func (t *Taxonomy) Category(id string) string {
	if s, ok := t.Skill(id); ok {
		return s.Category
	}
	return ""
}

// IDs returns every skill id, sorted.
func (t *Taxonomy) IDs() []string {
	if t == nil {
		return nil
	}
	ids := make([]string, 0, len(t.Skills))
	for _, s := range t.Skills {
		ids = append(ids, s.ID)
	}
	slices.Sort(ids)
	return ids
}
