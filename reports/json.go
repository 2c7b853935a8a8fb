package reports

import (
	_ "embed"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/skillgap/skillgap"
)

//go:embed schema.json
var schema []byte

// SchemaVersion is the version of the JSON report layout described by
// Schema. It changes only when a field is removed or changes meaning.
const SchemaVersion = 1

// Schema returns the JSON Schema (draft 2020-12) of what JSON writes.
func Schema() []byte { return slices.Clone(schema) }

// jsonReport is the top level of the JSON report; see schema.json.
type jsonReport struct {
	Version   int                  `json:"version"`
	Title     string               `json:"title"`
	Generated *time.Time           `json:"generated,omitempty"`
	Gap       *skillgap.GapReport  `json:"gap,omitempty"`
	Plan      *skillgap.Plan       `json:"plan,omitempty"`
	Fit       *skillgap.FitReport  `json:"fit,omitempty"`
	Skills    map[string]jsonSkill `json:"skills,omitempty"`
}

// jsonSkill names a skill the report mentions.
type jsonSkill struct {
	Name     string             `json:"name"`
	Category string             `json:"category,omitempty"`
	Kind     skillgap.SkillKind `json:"kind,omitempty"`
}

// JSON writes r as one indented JSON document laid out as schema.json
// describes: the gap report and plan with their own field names, plus the
// name and category of every skill they mention. Text is kept as written;
// <, > and & are escaped as \u003c, \u003e and \u0026.
func JSON(w io.Writer, r Report) error {
	out := jsonReport{Version: SchemaVersion, Title: r.title(), Gap: r.Gap, Plan: r.Plan, Fit: r.Fit}
	if !r.Generated.IsZero() {
		t := r.Generated.UTC()
		out.Generated = &t
	}
	if r.Gap != nil && r.Gap.Gaps == nil {
		// Keep "gaps" and "strengths" arrays, never null, for other tools.
		g := *r.Gap
		g.Gaps = []skillgap.Gap{}
		out.Gap = &g
	}
	if out.Gap != nil && out.Gap.Strength == nil {
		g := *out.Gap
		g.Strength = []skillgap.Gap{}
		out.Gap = &g
	}
	out.Skills = r.mentioned()
	if err := WriteJSON(w, out); err != nil {
		return fmt.Errorf("write json report: %w", err)
	}
	return nil
}

// mentioned returns the taxonomy entries of every skill the report names.
func (r *Report) mentioned() map[string]jsonSkill {
	if r.Taxonomy == nil {
		return nil
	}
	var ids []string
	if g := r.Gap; g != nil {
		for _, rows := range [][]skillgap.Gap{g.Gaps, g.Strength, g.Valued} {
			for _, row := range rows {
				ids = append(ids, row.SkillID)
			}
		}
		for id := range g.Trends {
			ids = append(ids, id)
		}
	}
	if p := r.Plan; p != nil {
		for _, goal := range p.Goals {
			ids = append(ids, goal.SkillID)
		}
		for _, s := range p.Market.Skills {
			ids = append(ids, s.SkillID)
		}
	}
	out := map[string]jsonSkill{}
	for _, id := range ids {
		if s, ok := r.Taxonomy.Skill(id); ok {
			out[id] = jsonSkill{Name: s.Name, Category: s.Category, Kind: s.Kind}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
