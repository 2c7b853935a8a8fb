package configs

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/goccy/go-yaml"

	"github.com/skillgap/skillgap"
)

//go:generate go run ./internal/taxgen -o skills.yaml

// skillsYAML is the shipped taxonomy, generated from configs/internal/taxgen.
//
//go:embed skills.yaml
var skillsYAML []byte

// taxonomyName is the name errors in the shipped taxonomy give as the file.
const taxonomyName = "configs/skills.yaml"

// taxonomyFile is the layout of a taxonomy file.
type taxonomyFile struct {
	Skills []skillgap.Skill `yaml:"skills"`
}

// Taxonomy returns the shipped taxonomy (configs/skills.yaml, embedded).
func Taxonomy() ([]skillgap.Skill, error) {
	// The shipped file is generated and tested, so parse it once, without the
	// syntax tree that only error positions need; should it ever fail
	// validation, read it again the slow way for errors with lines.
	var f taxonomyFile
	if err := yaml.UnmarshalWithOptions(skillsYAML, &f, yaml.DisallowUnknownField()); err == nil && len(f.Skills) > 0 {
		from := make([]int, len(f.Skills))
		for i := range from {
			from[i] = i
		}
		if validateTaxonomy(&doc{name: taxonomyName}, f.Skills, from) == nil {
			return f.Skills, nil
		}
	}
	return LoadTaxonomy(bytes.NewReader(skillsYAML), taxonomyName)
}

// LoadTaxonomy reads a taxonomy file (a top-level `skills:` list) and validates it.
// name is the file name errors give. The error is an *Error or Errors naming the
// file, line and field of every problem found.
func LoadTaxonomy(r io.Reader, name string) ([]skillgap.Skill, error) {
	var f taxonomyFile
	d, err := decodeTaxonomy(r, name, &f)
	if err != nil {
		return nil, err
	}
	if len(f.Skills) == 0 {
		d.addf("$.skills", "taxonomy has no skills")
		return nil, d.err()
	}
	from := make([]int, len(f.Skills))
	for i := range from {
		from[i] = i
	}
	if err := validateTaxonomy(d, f.Skills, from); err != nil {
		return nil, err
	}
	return f.Skills, nil
}

// MergeTaxonomy lays over on top of base: a skill with an existing id replaces the
// fields it sets (non-zero: non-empty strings and lists, non-zero numbers), a new id
// is added at the end; then it validates the whole. Errors name file name and the
// field of over they concern (skills[i].field) but carry no line, because over is
// already decoded; MergeTaxonomyFile reads an override file and gives lines too.
// Neither base nor over is modified.
func MergeTaxonomy(base, over []skillgap.Skill, name string) ([]skillgap.Skill, error) {
	return mergeTaxonomy(base, over, &doc{name: name})
}

// MergeTaxonomyFile reads an override file (same layout as a taxonomy file; its
// entries for existing ids may be partial) from r and merges it over base as
// MergeTaxonomy does, with errors that point at lines of the override file.
func MergeTaxonomyFile(base []skillgap.Skill, r io.Reader, name string) ([]skillgap.Skill, error) {
	var f taxonomyFile
	d, err := decodeTaxonomy(r, name, &f)
	if err != nil {
		return nil, err
	}
	return mergeTaxonomy(base, f.Skills, d)
}

// decodeTaxonomy is decode that turns a panic inside the YAML library (go-yaml
// v1.19.2 dereferences nil on some malformed input, found by FuzzLoadTaxonomy)
// into an error.
func decodeTaxonomy(r io.Reader, name string, f *taxonomyFile) (d *doc, err error) {
	defer func() {
		if p := recover(); p != nil {
			d, err = nil, &Error{File: name, Msg: fmt.Sprintf("malformed YAML (parser failed: %v)", p)}
		}
	}()
	return decode(r, name, f)
}

func mergeTaxonomy(base, over []skillgap.Skill, d *doc) ([]skillgap.Skill, error) {
	out := slices.Clone(base)
	from := make([]int, len(out))
	pos := make(map[string]int, len(out))
	for i, s := range out {
		from[i] = -1
		if _, dup := pos[s.ID]; !dup {
			pos[s.ID] = i
		}
	}
	for j, o := range over {
		if i, ok := pos[o.ID]; ok && o.ID != "" && from[i] < 0 {
			out[i] = taxOverlay(out[i], o)
			from[i] = j
			continue
		}
		// New ids are added; a second override of one id is added too, so that
		// validation reports it as a duplicate.
		if _, ok := pos[o.ID]; !ok {
			pos[o.ID] = len(out)
		}
		out = append(out, o)
		from = append(from, j)
	}
	if err := validateTaxonomy(d, out, from); err != nil {
		return nil, err
	}
	return out, nil
}

// taxOverlay returns s with every field o sets replaced by o's.
func taxOverlay(s, o skillgap.Skill) skillgap.Skill {
	str := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	list := func(dst *[]string, v []string) {
		if len(v) > 0 {
			*dst = v
		}
	}
	str(&s.Name, o.Name)
	str(&s.Category, o.Category)
	if o.Kind != "" {
		s.Kind = o.Kind
	}
	list(&s.Aliases, o.Aliases)
	if len(o.Guards) > 0 {
		s.Guards = o.Guards
	}
	str(&s.ESCO, o.ESCO)
	str(&s.ONET, o.ONET)
	list(&s.Levels, o.Levels)
	if o.HoursPerLevel != 0 {
		s.HoursPerLevel = o.HoursPerLevel
	}
	list(&s.Practice, o.Practice)
	list(&s.Evidence, o.Evidence)
	list(&s.Certifications, o.Certifications)
	if o.Expected != 0 {
		s.Expected = o.Expected
	}
	if len(o.Implies) > 0 {
		s.Implies = o.Implies
	}
	if len(o.Practice) > 0 || len(o.Effort) > 0 {
		s.Effort = o.Effort // estimates belong to the practice texts they were written for
	}
	list(&s.Prerequisites, o.Prerequisites)
	if len(o.Resources) > 0 {
		s.Resources = o.Resources
	}
	return s
}

var (
	taxIDRe = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	// taxONETRe matches O*NET content model element ids such as 2.A.2.a or 2.C.6.
	taxONETRe = regexp.MustCompile(`^[1-7](\.[A-Z](\.[0-9]+(\.[a-z](\.[0-9]+)?)?)?)?$`)
)

// taxESCOPrefix starts every ESCO concept URI.
const taxESCOPrefix = "http://data.europa.eu/esco/"

// taxAliasKey is the form in which two aliases count as the same: lowercased, with
// hyphens and runs of white space collapsed to one space. Validation refuses an
// alias key claimed by two skills.
func taxAliasKey(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(strings.ToLower(s), "-", " ")), " ")
}

// validateTaxonomy checks skills, recording every problem in d. from[i] is the
// index in d's skills list that skills[i] came from, or -1 for a skill of a base
// taxonomy that has no place in d.
func validateTaxonomy(d *doc, skills []skillgap.Skill, from []int) error {
	v := &taxValidator{d: d, skills: skills, from: from,
		ids: make(map[string]int), aliases: make(map[string]taxAliasOwner)}
	// Base skills first, so that a clash between a base skill and an override is
	// reported on the override, where the user can fix it.
	order := make([]int, 0, len(skills))
	for i := range skills {
		if from[i] < 0 {
			order = append(order, i)
		}
	}
	rest := make([]int, 0, len(skills))
	for i := range skills {
		if from[i] >= 0 {
			rest = append(rest, i)
		}
	}
	slices.SortStableFunc(rest, func(a, b int) int { return from[a] - from[b] })
	order = append(order, rest...)
	for _, i := range order {
		if id := skills[i].ID; id != "" {
			if first, dup := v.ids[id]; dup {
				v.addf(i, "id", "duplicate id %q%s", id, v.at(first, "id"))
				continue
			}
			v.ids[id] = i
		}
	}
	for _, i := range order {
		v.skill(i)
	}
	return d.err()
}

// taxAliasOwner is the skill and field that first claimed an alias key.
type taxAliasOwner struct {
	skill int
	field string
}

type taxValidator struct {
	d       *doc
	skills  []skillgap.Skill
	from    []int
	ids     map[string]int
	aliases map[string]taxAliasOwner
}

// path is the YAML path of field of skills[i] in the file, "" for a base skill.
func (v *taxValidator) path(i int, field string) string {
	if v.from[i] < 0 {
		return ""
	}
	p := fmt.Sprintf("$.skills[%d]", v.from[i])
	if field != "" {
		p += "." + field
	}
	return p
}

// addf records a problem with field of skills[i].
func (v *taxValidator) addf(i int, field, format string, args ...any) {
	p := v.path(i, field)
	if p == "" {
		msg := fmt.Sprintf(format, args...)
		v.d.errs = append(v.d.errs, &Error{File: v.d.name,
			Field: fmt.Sprintf("base skill %q: %s", v.skills[i].ID, field), Msg: msg})
		return
	}
	v.d.addf(p, format, args...)
}

// at says where field of skills[i] is, for messages about a clash with it.
func (v *taxValidator) at(i int, field string) string {
	if p := v.path(i, field); p != "" {
		if line, _ := v.d.locate(p); line > 0 {
			return fmt.Sprintf(" (also at line %d)", line)
		}
		return fmt.Sprintf(" (also at %s)", strings.TrimPrefix(p, "$."))
	}
	return " (in the base taxonomy)"
}

func (v *taxValidator) skill(i int) {
	s := &v.skills[i]
	switch {
	case s.ID == "":
		v.addf(i, "id", "missing id")
	case !taxIDRe.MatchString(s.ID):
		v.addf(i, "id", "id %q is not a slug (lowercase letters and digits joined by single hyphens)", s.ID)
	}
	if strings.TrimSpace(s.Name) == "" {
		v.addf(i, "name", "missing name")
	}
	s.Category = enumValue(s.Category)
	s.Kind = skillgap.SkillKind(enumValue(string(s.Kind)))
	switch {
	case s.Category == "":
		v.addf(i, "category", "missing category; want %s", orList(skillgap.Categories()))
	case !slices.Contains(skillgap.Categories(), s.Category):
		v.addf(i, "category", "%s", oneOf("category", s.Category, skillgap.Categories()))
	}
	switch {
	case s.Kind == "":
		v.addf(i, "kind", "missing kind; want %s", orList(taxKinds()))
	case !slices.Contains(skillgap.SkillKinds(), s.Kind):
		v.addf(i, "kind", "%s", oneOf("kind", string(s.Kind), taxKinds()))
	}
	v.aliasesOf(i)
	v.guards(i)
	v.refs(i)
	v.rubric(i)
	v.certs(i)
	v.implications(i)
	v.practice(i)
}

func taxKinds() []string {
	ks := make([]string, 0, len(skillgap.SkillKinds()))
	for _, k := range skillgap.SkillKinds() {
		ks = append(ks, string(k))
	}
	return ks
}

// aliasesOf checks the name and aliases of skills[i] against every alias claimed so far.
func (v *taxValidator) aliasesOf(i int) {
	s := &v.skills[i]
	claim := func(alias, field string) {
		k := taxAliasKey(alias)
		if k == "" {
			v.addf(i, field, "empty alias")
			return
		}
		if o, ok := v.aliases[k]; ok {
			if o.skill != i {
				v.addf(i, field, "alias %q is also claimed by skill %q%s", alias, v.skills[o.skill].ID, v.at(o.skill, o.field))
			}
			return
		}
		v.aliases[k] = taxAliasOwner{skill: i, field: field}
	}
	if strings.TrimSpace(s.Name) != "" {
		claim(s.Name, "name")
	}
	for j, a := range s.Aliases {
		claim(a, fmt.Sprintf("aliases[%d]", j))
	}
}

func (v *taxValidator) guards(i int) {
	s := &v.skills[i]
	own := map[string]bool{taxAliasKey(s.Name): true}
	for _, a := range s.Aliases {
		own[taxAliasKey(a)] = true
	}
	for j, g := range s.Guards {
		f := fmt.Sprintf("guards[%d]", j)
		switch {
		case strings.TrimSpace(g.Alias) == "":
			v.addf(i, f+".alias", "missing alias")
		case !own[taxAliasKey(g.Alias)]:
			v.addf(i, f+".alias", "guard alias %q is not among the skill's aliases", g.Alias)
		}
		if !g.CaseSensitive && len(g.Near) == 0 && len(g.NotNear) == 0 {
			v.addf(i, f, "guard has no effect (set case_sensitive, near or not_near)")
		}
		for k, w := range g.Near {
			if strings.TrimSpace(w) == "" {
				v.addf(i, fmt.Sprintf("%s.near[%d]", f, k), "empty word")
			}
		}
		for k, w := range g.NotNear {
			if strings.TrimSpace(w) == "" {
				v.addf(i, fmt.Sprintf("%s.not_near[%d]", f, k), "empty word")
			}
		}
	}
}

func (v *taxValidator) refs(i int) {
	s := &v.skills[i]
	if s.ESCO != "" && (!strings.HasPrefix(s.ESCO, taxESCOPrefix) || strings.ContainsAny(s.ESCO, " \t")) {
		v.addf(i, "esco", "esco %q is not an ESCO concept URI (%s...)", s.ESCO, taxESCOPrefix)
	}
	if s.ONET != "" && !taxONETRe.MatchString(s.ONET) {
		v.addf(i, "onet", "onet %q is not an O*NET element id such as 2.A.2.a", s.ONET)
	}
}

func (v *taxValidator) rubric(i int) {
	s := &v.skills[i]
	if n := len(s.Levels); n != 0 && n != skillgap.MaxLevel+1 {
		v.addf(i, "levels", "has %d levels; want %d (levels 0–%d)", n, skillgap.MaxLevel+1, skillgap.MaxLevel)
	}
	if n := len(s.Evidence); n > skillgap.MaxLevel {
		v.addf(i, "evidence", "has %d entries; want at most %d (levels 1–%d)", n, skillgap.MaxLevel, skillgap.MaxLevel)
	}
	for _, l := range []struct {
		field string
		items []string
	}{{"levels", s.Levels}, {"evidence", s.Evidence}, {"practice", s.Practice}} {
		for j, t := range l.items {
			if strings.TrimSpace(t) == "" {
				v.addf(i, fmt.Sprintf("%s[%d]", l.field, j), "empty entry")
			}
		}
	}
	if s.HoursPerLevel < 0 {
		v.addf(i, "hours_per_level", "hours_per_level %d is negative", s.HoursPerLevel)
	}
	if s.Expected != 0 && (s.Expected < 1 || s.Expected > skillgap.MaxLevel) {
		v.addf(i, "expected", "expected %d is out of range 1–%d", s.Expected, skillgap.MaxLevel)
	}
}

// implications checks that every implied skill exists and is another skill.
func (v *taxValidator) implications(i int) {
	for j, im := range v.skills[i].Implies {
		f := fmt.Sprintf("implies[%d]", j)
		switch _, ok := v.ids[im.Skill]; {
		case !ok:
			v.addf(i, f+".skill", "unknown skill %q", im.Skill)
		case im.Skill == v.skills[i].ID:
			v.addf(i, f+".skill", "a skill cannot imply itself")
		}
		if im.Drop < 0 || im.Drop > skillgap.MaxLevel {
			v.addf(i, f+".drop", "drop %d is out of range 0–%d", im.Drop, skillgap.MaxLevel)
		}
		if im.Max < 0 || im.Max > skillgap.MaxLevel {
			v.addf(i, f+".max", "max %d is out of range 0–%d", im.Max, skillgap.MaxLevel)
		}
	}
}

// practice checks effort estimates, prerequisites and resources.
func (v *taxValidator) practice(i int) {
	s := &v.skills[i]
	if len(s.Effort) > len(s.Practice) {
		v.addf(i, "effort", "has %d entries for %d practice activities; want at most one each", len(s.Effort), len(s.Practice))
	}
	for j, e := range s.Effort {
		f := fmt.Sprintf("effort[%d]", j)
		if e.Hours <= 0 || e.Hours > 200 {
			v.addf(i, f+".hours", "%g hours is out of range; want more than 0 and at most 200", e.Hours)
		}
		if e.Times < 0 {
			v.addf(i, f+".times", "must not be negative")
		}
		if e.Every != skillgap.Once && !slices.Contains(skillgap.Cadences(), e.Every) {
			v.addf(i, f+".every", "%s", oneOf("cadence", string(e.Every), cadenceNames()))
		}
	}
	for j, p := range s.Prerequisites {
		switch _, ok := v.ids[p]; {
		case !ok:
			v.addf(i, fmt.Sprintf("prerequisites[%d]", j), "unknown skill %q", p)
		case p == s.ID:
			v.addf(i, fmt.Sprintf("prerequisites[%d]", j), "a skill cannot be its own prerequisite")
		}
	}
	for j, r := range s.Resources {
		if strings.TrimSpace(r.Name) == "" {
			v.addf(i, fmt.Sprintf("resources[%d].name", j), "is required")
		}
		if r.Cost < 0 {
			v.addf(i, fmt.Sprintf("resources[%d].cost", j), "must not be negative")
		}
	}
}

// certs checks certification references that look like skill ids.
func (v *taxValidator) certs(i int) {
	for j, c := range v.skills[i].Certifications {
		f := fmt.Sprintf("certifications[%d]", j)
		switch {
		case strings.TrimSpace(c) == "":
			v.addf(i, f, "empty certification")
		case !taxIDRe.MatchString(c):
			// A certification's name, not an id.
		default:
			k, ok := v.ids[c]
			switch {
			case !ok:
				v.addf(i, f, "unknown certification id %q", c)
			case v.skills[k].Kind != skillgap.KindCertification:
				v.addf(i, f, "skill %q is of kind %q, not certification", c, v.skills[k].Kind)
			}
		}
	}
}
