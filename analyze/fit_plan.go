package analyze

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/skillgap/skillgap"
)

// planSteps returns the short-term skill and certification goals of plan in
// plan order, and for each the user's levels with it and every one before it
// reached: a skill goal rates the skill at its target level (levels it
// implies follow), a certification goal adds the certification as held.
// Goals whose tasks are all dropped are skipped.
func planSteps(inv skillgap.Inventory, tax *skillgap.Taxonomy, plan *skillgap.Plan, asOf time.Time) ([]skillgap.FitStep, []map[string]UserLevel) {
	if plan == nil {
		return nil, nil
	}
	inv.Skills = slices.Clone(inv.Skills)
	inv.Certifications = slices.Clone(inv.Certifications)
	var steps []skillgap.FitStep
	var levels []map[string]UserLevel
	before := InferLevels(inv, tax, asOf) // a skill absent here is unrated
	for i, g := range plan.Goals {
		s, ok := tax.Skill(g.SkillID)
		if !ok || g.Horizon != skillgap.ShortTerm || dropped(g) {
			continue
		}
		level := g.To
		switch {
		case g.Kind == skillgap.GoalCertification:
			inv.Certifications = append(inv.Certifications, skillgap.Certification{Name: s.Name})
			level = skillgap.MaxLevel
		case g.Kind == skillgap.GoalSkill && level > 0:
			k := slices.IndexFunc(inv.Skills, func(x skillgap.InventorySkill) bool { return x.Skill == s.ID })
			switch {
			case k < 0:
				inv.Skills = append(inv.Skills, skillgap.InventorySkill{Skill: s.ID, Level: level})
			case inv.Skills[k].Level < level:
				inv.Skills[k].Level = level
			}
		default:
			continue
		}
		steps = append(steps, skillgap.FitStep{Goal: i + 1, ID: g.ID, Title: g.Title, SkillID: s.ID, Level: level})
		after := InferLevels(inv, tax, asOf)
		for id, ul := range after {
			if _, known := before[id]; !known {
				ul.AtLeast = true // the goal, or what it implies, gives an unrated skill a floor
				after[id] = ul
			}
		}
		levels = append(levels, after)
	}
	return steps, levels
}

// dropped reports whether every task of g is dropped.
func dropped(g skillgap.Goal) bool {
	if len(g.Tasks) == 0 {
		return false
	}
	for _, t := range g.Tasks {
		if t.Status != skillgap.Dropped {
			return false
		}
	}
	return true
}

// fitMark opens the sentence QuoteFit adds to a goal's relevance.
const fitMark = " Jobs: "

// QuoteFit adds the fit figures of f to the relevance of the goals of p
// they concern: each short-term skill or certification goal of f.Steps says
// how many of the open postings fit with it (and the goals before it)
// reached, against now; the move to the target role says the whole. A
// sentence added before is replaced, so re-planning does not repeat it.
func QuoteFit(p *skillgap.Plan, f skillgap.FitReport) {
	basis := strings.TrimSpace("open " + f.Basis)
	for i := range p.Goals {
		g := &p.Goals[i]
		if k := strings.Index(g.Relevant, fitMark); k >= 0 {
			g.Relevant = g.Relevant[:k]
		}
		switch {
		case g.ID == careerTargetID && f.Postings > 0:
			g.Relevant += fitMark + f.Summary
		case g.Horizon == skillgap.ShortTerm:
			k := slices.IndexFunc(f.Steps, func(st skillgap.FitStep) bool { return st.Goal == i+1 })
			if k < 0 {
				continue
			}
			with := "with this goal reached"
			if k > 0 {
				var before []int
				for _, st := range f.Steps[:k] {
					before = append(before, st.Goal)
				}
				with = "with this goal and " + GoalRange(before) + " reached"
			}
			g.Relevant += fmt.Sprintf("%s%d of %s fit you now; %d %s.", fitMark, f.Now, skillgap.Plural(f.Postings, basis+" posting"), f.Steps[k].Fits, with)
		}
	}
}
