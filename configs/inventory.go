package configs

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/skillgap/skillgap"
)

//go:embed inventory.example.yaml
var inventoryExample []byte

//go:embed inventory_template.yaml
var inventoryTemplate []byte

// InventoryExample returns the shipped example inventory: a mid-level product
// manager aiming at a senior, more technical PM role. The caller owns the bytes.
func InventoryExample() []byte { return bytes.Clone(inventoryExample) }

// InventoryTemplate returns the commented inventory template that `skillgap
// inventory init` writes; it walks through the reflection questions of the
// career-planning method. The caller owns the bytes.
func InventoryTemplate() []byte { return bytes.Clone(inventoryTemplate) }

// MaxHoursPerWeek bounds hours_per_week: development time beyond a full working
// week is not a plan anyone keeps.
const MaxHoursPerWeek = 80

// inventoryFile is the inventory as written, dates still strings so that a bad
// date is reported with its line like any other field.
type inventoryFile struct {
	Name           string                   `yaml:"name"`
	CurrentRole    string                   `yaml:"current_role"`
	TargetRole     string                   `yaml:"target_role"`
	LongTermRole   string                   `yaml:"long_term_role"`
	TargetBy       string                   `yaml:"target_by"`
	Location       string                   `yaml:"location"`
	Remote         string                   `yaml:"remote"`
	HoursPerWeek   float64                  `yaml:"hours_per_week"`
	Start          string                   `yaml:"start"`
	Skills         []inventorySkill         `yaml:"skills"`
	Experience     []skillgap.Experience    `yaml:"experience"`
	Certifications []skillgap.Certification `yaml:"certifications"`
	Motivations    []string                 `yaml:"motivations"`
	Budget         float64                  `yaml:"budget"`
	Currency       string                   `yaml:"currency"`
	Domain         string                   `yaml:"domain"`
	CompanyType    string                   `yaml:"company_type"`
	CalendarSlot   string                   `yaml:"calendar_slot"`
}

// LoadInventory reads an inventory from r. name is the file name used in errors
// and to tell formats apart: a name ending in .json, or content starting with
// "{", is read as a JSON Resume (see jsonresume.go); anything else as the YAML
// inventory format. Skills may be written as a taxonomy id or any alias, in any
// case; they come back as ids. Every problem found is returned at once as
// Errors, each naming the file, line and field; an unknown skill gets a
// "did you mean" suggestion from the taxonomy.
func LoadInventory(r io.Reader, name string, tax *skillgap.Taxonomy) (skillgap.Inventory, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return skillgap.Inventory{}, &Error{File: name, Msg: "read: " + err.Error()}
	}
	if strings.EqualFold(filepath.Ext(name), ".json") || bytes.HasPrefix(bytes.TrimSpace(data), []byte("{")) {
		return loadJSONResume(data, name, tax)
	}
	var f inventoryFile
	d, err := decode(bytes.NewReader(data), name, &f)
	if err != nil {
		return skillgap.Inventory{}, err
	}
	inv := d.checkInventory(&f, newResolver(tax))
	if err := d.err(); err != nil {
		return skillgap.Inventory{}, err
	}
	return inv, nil
}

// inventorySkill is one skills entry as written: the level as a number or a word.
type inventorySkill struct {
	Skill    string     `yaml:"skill"`
	Level    skillLevel `yaml:"level"`
	Evidence string     `yaml:"evidence"`
	LastUsed string     `yaml:"last_used"`
}

// skillLevel is a proficiency level written as a number 0–4 or its name (none,
// aware, working, proficient, expert), in any case.
type skillLevel int

// UnmarshalText reads a level, refusing anything outside 0–4 with what is valid.
func (l *skillLevel) UnmarshalText(b []byte) error {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	if n, err := strconv.Atoi(s); err == nil && n >= 0 && n <= skillgap.MaxLevel {
		*l = skillLevel(n)
		return nil
	}
	names := levelNames()
	for i, n := range names {
		if s == n {
			*l = skillLevel(i)
			return nil
		}
	}
	hint := ""
	if n, ok := nearest(s, names); ok && s != "" {
		hint = fmt.Sprintf("; did you mean %q?", n)
	}
	return fmt.Errorf("%q: want %s%s", string(b), l.want(), hint)
}

// want says what a level looks like.
func (*skillLevel) want() string {
	return fmt.Sprintf("a number 0–%d (or %s)", skillgap.MaxLevel, strings.Join(levelNames(), ", "))
}

func levelNames() []string {
	names := make([]string, skillgap.MaxLevel+1)
	for i := range names {
		names[i] = skillgap.LevelName(i)
	}
	return names
}

// checkInventory validates f, recording errors in d, and returns the inventory
// with skills resolved to ids.
func (d *doc) checkInventory(f *inventoryFile, res *resolver) skillgap.Inventory {
	inv := skillgap.Inventory{
		Name: strings.TrimSpace(f.Name), CurrentRole: strings.TrimSpace(f.CurrentRole),
		TargetRole: strings.TrimSpace(f.TargetRole), LongTermRole: strings.TrimSpace(f.LongTermRole),
		Location: strings.TrimSpace(f.Location), Remote: skillgap.Workplace(strings.ToLower(strings.TrimSpace(f.Remote))),
		HoursPerWeek: f.HoursPerWeek, Experience: f.Experience, Certifications: f.Certifications,
		Motivations: f.Motivations, Budget: f.Budget,
		Currency: strings.ToUpper(strings.TrimSpace(f.Currency)), Domain: strings.TrimSpace(f.Domain),
		CompanyType: strings.TrimSpace(f.CompanyType),
	}
	if inv.Currency != "" && !isCurrencyCode(inv.Currency) {
		d.addf("$.currency", "%q is not a currency code; want three letters such as EUR, GBP or USD", f.Currency)
	}
	if strings.TrimSpace(f.CalendarSlot) != "" {
		slot, err := skillgap.ParseSlot(f.CalendarSlot)
		if err != nil {
			d.addf("$.calendar_slot", "%v", err)
		}
		inv.CalendarSlot = slot
	}
	switch inv.Remote {
	case "", "any", skillgap.Remote, skillgap.Hybrid, skillgap.Onsite:
		if inv.Remote == "any" {
			inv.Remote = ""
		}
	default:
		d.addf("$.remote", "%s", oneOf("workplace", f.Remote, []string{"remote", "hybrid", "onsite", "any"}))
	}
	switch {
	case f.HoursPerWeek <= 0:
		d.addf("$.hours_per_week", "must be more than 0 (hours per week you can give to development)")
	case f.HoursPerWeek > MaxHoursPerWeek:
		d.addf("$.hours_per_week", "%g hours per week is more than %d; plan with the time you really have", f.HoursPerWeek, MaxHoursPerWeek)
	}
	if f.Budget < 0 {
		d.addf("$.budget", "must not be negative")
	}
	inv.Start = d.dateField("$.start", f.Start)
	inv.TargetBy = d.dateField("$.target_by", f.TargetBy)
	if !inv.Start.IsZero() && !inv.TargetBy.IsZero() {
		switch {
		case !inv.TargetBy.After(inv.Start.Time):
			d.addf("$.target_by", "%s is not after start %s", inv.TargetBy, inv.Start)
		case inv.TargetBy.After(inv.Start.AddDate(10, 0, 0)):
			d.addf("$.target_by", "%s is more than 10 years after start %s; use long_term_role for that", inv.TargetBy, inv.Start)
		}
	}
	inv.Skills = d.checkSkills(f.Skills, res)
	for i, e := range f.Experience {
		p := fmt.Sprintf("$.experience[%d]", i)
		if strings.TrimSpace(e.Role) == "" {
			d.addf(p+".role", "is required")
		}
		start, okS := d.partialDate(p+".start", e.Start)
		end, okE := d.partialDate(p+".end", e.End)
		if okS && okE && start != "" && end != "" && end < start {
			d.addf(p+".end", "%s is before start %s", e.End, e.Start)
		}
	}
	for i, c := range f.Certifications {
		p := fmt.Sprintf("$.certifications[%d]", i)
		if strings.TrimSpace(c.Name) == "" {
			d.addf(p+".name", "is required")
		}
		d.partialDate(p+".date", c.Date)
	}
	return inv
}

// checkSkills resolves and validates the skills list.
func (d *doc) checkSkills(in []inventorySkill, res *resolver) []skillgap.InventorySkill {
	out := make([]skillgap.InventorySkill, 0, len(in))
	seen := map[string]int{}
	for i, s := range in {
		p := fmt.Sprintf("$.skills[%d]", i)
		id, err := res.resolve(s.Skill)
		if err != nil {
			d.addf(p+".skill", "%v", err)
		} else if j, dup := seen[id]; dup {
			d.addf(p+".skill", "%q is %s, already listed at skills[%d]", s.Skill, id, j)
		} else {
			seen[id] = i
		}
		if s.LastUsed != "" {
			if v, ok := d.partialDate(p+".last_used", s.LastUsed); ok && len(v) > len("2006-01") {
				d.addf(p+".last_used", "%q: want a year (2024) or a month (2024-05)", s.LastUsed)
			}
		}
		out = append(out, skillgap.InventorySkill{Skill: id, Level: int(s.Level), Evidence: s.Evidence, LastUsed: s.LastUsed})
	}
	return out
}

// dateField parses a YYYY-MM-DD field, recording an error when it is malformed.
func (d *doc) dateField(path, s string) skillgap.Date {
	s = strings.TrimSpace(s)
	if s == "" {
		return skillgap.Date{}
	}
	v, err := skillgap.ParseDate(s)
	if err != nil {
		d.addf(path, "%v", err)
	}
	return v
}

// partialDate checks a year, month or day (2024, 2024-05, 2024-05-17) and returns
// it trimmed, so that two of them compare as strings. Empty is fine.
func (d *doc) partialDate(path, s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", true
	}
	if _, ok := parsePartialDate(s); !ok {
		d.addf(path, "date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		return s, false
	}
	return s, true
}

// parsePartialDate reads 2024, 2024-05 or 2024-05-17.
func parsePartialDate(s string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) == len(layout) {
			t, err := time.Parse(layout, s)
			return t, err == nil
		}
	}
	return time.Time{}, false
}

// resolver maps what users write for a skill (id, name or alias, any case) to the
// skill id, and suggests the nearest skill for a name it does not know.
type resolver struct {
	skills []skillgap.Skill
	byKey  map[string]string // normalised id, name or alias → id
}

func newResolver(tax *skillgap.Taxonomy) *resolver {
	r := &resolver{byKey: map[string]string{}}
	if tax != nil {
		r.skills = tax.Skills
	}
	for _, s := range r.skills {
		for _, k := range append([]string{s.ID, s.Name}, s.Aliases...) {
			if n := normKey(k); n != "" {
				if _, taken := r.byKey[n]; !taken {
					r.byKey[n] = s.ID
				}
			}
		}
	}
	return r
}

// resolve returns the id of the skill written as name.
func (r *resolver) resolve(name string) (string, error) {
	n := normKey(name)
	if n == "" {
		return "", fmt.Errorf("skill is required")
	}
	if id, ok := r.byKey[n]; ok {
		return id, nil
	}
	if id, ok := r.byKey[strings.TrimSuffix(n, "s")]; ok {
		return id, nil
	}
	if s, ok := r.suggest(n); ok {
		return "", fmt.Errorf("unknown skill %q; did you mean %q (%s)?", name, s.ID, s.Name)
	}
	return "", fmt.Errorf("unknown skill %q; `skillgap inventory skills` lists the taxonomy", name)
}

// suggest finds the skill whose id, name or an alias is nearest to n: by edit
// distance relative to length, or by shared words.
func (r *resolver) suggest(n string) (skillgap.Skill, bool) {
	best, bestScore := -1, 0.5
	for i, s := range r.skills {
		for _, k := range append([]string{s.ID, s.Name}, s.Aliases...) {
			k = normKey(k)
			if k == "" {
				continue
			}
			score := float64(skillgap.EditDistance(n, k)) / float64(max(len(n), len(k)))
			if o := tokenOverlap(n, k); o > 0 {
				score = min(score, 0.5-o/4)
			}
			if score < bestScore || (score == bestScore && best < 0) {
				best, bestScore = i, score
			}
		}
	}
	if best < 0 {
		return skillgap.Skill{}, false
	}
	return r.skills[best], true
}

// normKey lowercases s and treats hyphens, underscores and runs of spaces as one space.
func normKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.NewReplacer("-", " ", "_", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// tokenOverlap is the Jaccard overlap of the words of a and b, ignoring words
// shorter than three letters.
func tokenOverlap(a, b string) float64 {
	set := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(s) {
			if len(w) >= 3 {
				m[w] = true
			}
		}
		return m
	}
	sa, sb := set(a), set(b)
	if len(sa) == 0 || len(sb) == 0 {
		return 0
	}
	common := 0
	for w := range sa {
		if sb[w] {
			common++
		}
	}
	return float64(common) / float64(len(sa)+len(sb)-common)
}

// isCurrencyCode reports whether s looks like an ISO 4217 code: three letters A–Z.
func isCurrencyCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for _, c := range s {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}
