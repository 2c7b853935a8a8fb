package main

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/skillgap/skillgap"
)

// Short names for the kinds, to keep the definitions compact.
const (
	skill = skillgap.KindSkill
	know  = skillgap.KindKnowledge
	tool  = skillgap.KindTool
	cert  = skillgap.KindCertification
	dom   = skillgap.KindDomain
	soft  = skillgap.KindSoft
)

// def is the hand-written definition of one skill.
type def struct {
	id, name string
	cat      string
	kind     skillgap.SkillKind
	hours    int // hours per level
	exp      int // level a typical posting expects
	aliases  []string
	guards   []skillgap.Guard
	onet     string
	certs    []string
	// act is a concrete activity in the base form of the verb ("run a usability
	// test on a prototype"); the templates build sentences around it.
	act string
	// noun is how sentences name the skill; empty means the name, with its first
	// letter lowercased when the second is lowercase ("Roadmapping" → "roadmapping").
	noun string
	// levels 1–4, evidence 1–4 and practice written by hand; nil means templates.
	lv, ev, pr []string
}

// d starts a definition; category is set by the list it is in.
func d(id, name string, kind skillgap.SkillKind, hours, exp int, aliases ...string) def {
	return def{id: id, name: name, kind: kind, hours: hours, exp: exp, aliases: aliases}
}

func (x def) do(act string) def                { x.act = act; return x }
func (x def) as(noun string) def               { x.noun = noun; return x }
func (x def) on(id string) def                 { x.onet = id; return x }
func (x def) certified(c ...string) def        { x.certs = c; return x }
func (x def) guard(g ...skillgap.Guard) def    { x.guards = append(x.guards, g...); return x }
func (x def) levels(l1, l2, l3, l4 string) def { x.lv = []string{l1, l2, l3, l4}; return x }
func (x def) evidence(e1, e2, e3, e4 string) def {
	x.ev = []string{e1, e2, e3, e4}
	return x
}
func (x def) practice(p ...string) def { x.pr = p; return x }

// cs is a case-sensitive guard.
func cs(alias string) skillgap.Guard { return skillgap.Guard{Alias: alias, CaseSensitive: true} }

// near returns g requiring one of words in the sentence.
func near(g skillgap.Guard, words ...string) skillgap.Guard { g.Near = words; return g }

// notNear returns g forbidding every one of words in the sentence.
func notNear(g skillgap.Guard, words ...string) skillgap.Guard { g.NotNear = words; return g }

// ci is a guard that is not case-sensitive.
func ci(alias string) skillgap.Guard { return skillgap.Guard{Alias: alias} }

// category sets the category of every definition in defs.
func category(cat string, defs ...def) []def {
	for i := range defs {
		defs[i].cat = cat
	}
	return defs
}

// definitions is every skill, category by category.
func definitions() []def {
	var all []def
	for _, part := range [][]def{
		strategyDefs(), discoveryDefs(), analyticsDefs(), deliveryDefs(), technicalDefs(),
		gtmDefs(), leadershipDefs(), domainDefs(), toolDefs(), certDefs(),
	} {
		all = append(all, part...)
	}
	more := moreAliases()
	for i, x := range all {
		if a, ok := more[x.id]; ok {
			all[i].aliases = append(append([]string{}, x.aliases...), a...)
		}
	}
	return all
}

// build turns definitions into taxonomy entries.
func build(defs []def) []skillgap.Skill {
	out := make([]skillgap.Skill, 0, len(defs))
	for _, x := range defs {
		t := templateFor(x.kind)
		fill := func(s string) string {
			s = strings.ReplaceAll(s, "{name}", x.name)
			s = strings.ReplaceAll(s, "{noun}", x.nounOf())
			s = strings.ReplaceAll(s, "{Act}", upperFirst(x.activity()))
			return strings.ReplaceAll(s, "{act}", x.activity())
		}
		lv, ev, pr := x.lv, x.ev, x.pr
		if lv == nil {
			lv = t.levels
		}
		if ev == nil {
			ev = t.evidence
		}
		if pr == nil {
			pr = t.practice
		}
		pr = practiceOf(x.id, pr)
		levels := []string{fill(t.none)}
		for i, l := range lv {
			levels = append(levels, upperFirst(skillgap.LevelName(i+1))+": "+fill(l))
		}
		s := skillgap.Skill{
			ID: x.id, Name: x.name, Category: x.cat, Kind: x.kind,
			Aliases: x.aliases, Guards: x.guards, ONET: x.onet,
			Levels: levels, HoursPerLevel: x.hours,
			Practice: mapf(pr, fill), Evidence: mapf(ev, fill),
			Certifications: x.certs, Expected: x.exp,
			Implies: implies[x.id],
			Effort:  effortFor(x), Prerequisites: prerequisites[x.id], Resources: resourcesFor(x, fill),
		}
		out = append(out, s)
	}
	return out
}

func mapf(in []string, f func(string) string) []string {
	out := make([]string, len(in))
	for i, s := range in {
		out[i] = f(s)
	}
	return out
}

func (x def) nounOf() string {
	if x.noun != "" {
		return x.noun
	}
	if x.kind == cert {
		// "Certified Scrum Product Owner (CSPO)" reads as "CSPO".
		if i := strings.LastIndexByte(x.name, '('); i > 0 && strings.HasSuffix(x.name, ")") {
			return x.name[i+1 : len(x.name)-1]
		}
		return x.name
	}
	if x.kind == tool {
		return x.name // product names keep their case
	}
	r, n := utf8.DecodeRuneInString(x.name)
	if r2, _ := utf8.DecodeRuneInString(x.name[n:]); unicode.IsLower(r2) {
		return string(unicode.ToLower(r)) + x.name[n:]
	}
	return x.name
}

func (x def) activity() string {
	if x.act != "" {
		return x.act
	}
	return templateFor(x.kind).act
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
