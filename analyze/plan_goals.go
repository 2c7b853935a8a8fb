package analyze

import (
	"cmp"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/skillgap/skillgap"
)

// candidate is a skill or certification goal the plan would like to book.
type candidate struct {
	goal  skillgap.Goal
	gap   skillgap.Gap
	skill *skillgap.Skill
	// value is the gap's priority (at least minValue): what the goal is worth.
	value float64
	// groundwork is the goal id of the goal that pulled this one in as its
	// prerequisite; empty for a goal taken from the top gaps.
	groundwork string
	cost       string // what its resources cost, for Achievable
}

// minValue keeps value per hour positive for gaps whose priority is not.
const minValue = 0.01

func (c *candidate) hours() float64 { return goalHours(&c.goal) }

// perHour is the candidate's value per 100 hours, the order of quick wins.
func (c *candidate) perHour() float64 { return c.value / max(c.hours(), 1) * 100 }

// candidates builds the skill and certification goals the plan would book with
// hours enough, in booking order: by value per hour, prerequisites first.
func (b *planner) candidates(opt PlanOptions) []*candidate {
	var out []*candidate
	byID := map[string]*candidate{}
	gaps := map[string]skillgap.Gap{}
	for _, g := range b.rep.Gaps {
		gaps[g.SkillID] = g
	}
	for _, g := range b.rep.Gaps {
		if len(out) == opt.MaxSkillGoals {
			break
		}
		s, ok := b.tax.Skill(g.SkillID)
		if !ok || g.Level() == 0 || s.Kind == skillgap.KindCertification {
			continue
		}
		c := b.skillGoal(g, s)
		out = append(out, c)
		byID[s.ID] = c
	}
	// Pull in the prerequisites the user also lacks, so that what builds on them
	// does not start without them.
	for i := 0; i < len(out); i++ {
		for _, pre := range out[i].skill.Prerequisites {
			g, gap := gaps[pre]
			s, ok := b.tax.Skill(pre)
			if _, have := byID[pre]; have || !gap || !ok || g.Level() == 0 || s.Kind == skillgap.KindCertification {
				continue
			}
			c := b.skillGoal(g, s)
			c.groundwork = out[i].goal.ID
			out = append(out, c)
			byID[pre] = c
		}
	}
	out = append(out, b.certGoals(opt.MaxCertGoals, opt.Demand)...)
	return orderCandidates(out)
}

// orderCandidates sorts by value per hour (quick wins first), then moves each
// goal after the goals of the prerequisites it waits for (see waitsFor),
// keeping that order otherwise.
func orderCandidates(cs []*candidate) []*candidate {
	slices.SortStableFunc(cs, func(a, b *candidate) int {
		return cmp.Or(cmp.Compare(b.perHour(), a.perHour()), cmp.Compare(b.value, a.value), cmp.Compare(a.goal.ID, b.goal.ID))
	})
	byID := map[string]*candidate{}
	for _, c := range cs {
		byID[c.skill.ID] = c
	}
	placed := map[string]bool{}
	var out []*candidate
	for len(out) < len(cs) {
		next := -1
		for i, c := range cs {
			if placed[c.skill.ID] {
				continue
			}
			if next < 0 {
				next = i // a cycle in a user's taxonomy must not stall the plan
			}
			ready := true
			for _, pre := range waitsFor(c, byID) {
				if !placed[pre.skill.ID] {
					ready = false
				}
			}
			if ready {
				next = i
				break
			}
		}
		placed[cs[next].skill.ID] = true
		out = append(out, cs[next])
	}
	pos := map[*candidate]int{}
	for i, c := range out {
		pos[c] = i
	}
	for i, c := range out {
		c.goal.After = nil
		for _, pre := range waitsFor(c, byID) {
			if pos[pre] < i {
				c.goal.After = append(c.goal.After, pre.goal.ID)
			}
		}
	}
	return out
}

// waitsFor lists the candidates c must wait for: those of its skill's
// prerequisites in which the user is not yet at working level. Someone already
// working in data analysis need not finish a data-analysis goal before A/B
// testing; someone new to it must first reach working level.
func waitsFor(c *candidate, byID map[string]*candidate) []*candidate {
	var out []*candidate
	for _, id := range c.skill.Prerequisites {
		if p, ok := byID[id]; ok && p != c && p.goal.From < workingLevel {
			out = append(out, p)
		}
	}
	return out
}

// workingLevel is the level a prerequisite must reach before what builds on it starts.
const workingLevel = 2

// groundwork is the index of the task of g after which goals that build on it
// may start: the one that brings a skill goal to working level (its task i
// builds level From+1+i), else the last.
func groundwork(g *skillgap.Goal) int {
	last := len(g.Tasks) - 1
	if g.Kind != skillgap.GoalSkill {
		return last
	}
	return max(0, min(workingLevel-1-g.From, last))
}

// skillGoal is the goal of closing one gap: from the user's level to the expected one.
func (b *planner) skillGoal(g skillgap.Gap, s *skillgap.Skill) *candidate {
	c := &candidate{gap: g, skill: s, value: max(g.Priority, minValue)}
	c.goal = skillgap.Goal{
		ID: "skill-" + s.ID, Kind: skillgap.GoalSkill, Horizon: skillgap.ShortTerm, SkillID: s.ID,
		Relevant: b.relevance(g, s),
	}
	b.aim(c, g.Have, g.Want)
	return c
}

// aim sets the levels a skill goal climbs, from have to want, and its tasks:
// the practice activities of those levels.
func (b *planner) aim(c *candidate, have, want int) {
	s, g := c.skill, &c.goal
	g.From, g.To = have, want
	g.Title = fmt.Sprintf("%s: from %s (%d) to %s (%d)", s.Name, skillgap.LevelName(have), have, skillgap.LevelName(want), want)
	g.Tasks = nil
	var costs []string
	for _, i := range activities(s, have, want) {
		title, cost := b.practice(s, s.Practice[i])
		e := s.EffortOf(i)
		g.Tasks = append(g.Tasks, skillgap.Task{Title: title, Hours: e.Total(), Every: e.Every, Times: e.Times})
		if cost != "" {
			costs = append(costs, cost)
		}
	}
	b.practiseOnTheJob(g, s, have, want)
	b.leanOnStrength(g, s)
	if len(g.Tasks) == 0 {
		g.Tasks = []skillgap.Task{
			{Title: b.who.contextual(fmt.Sprintf("Apply %s to a real product problem and ask a senior PM to review the result", s.Name)), Hours: skillgap.DefaultActivityHours * 2},
			{Title: fmt.Sprintf("Write down what you learnt about %s and share it with your team", s.Name), Hours: skillgap.DefaultActivityHours / 2},
		}
	}
	*g = withTaskIDs(*g)
	var steps []string
	for _, t := range g.Tasks {
		steps = append(steps, lowerFirst(t.Title))
	}
	g.Specific = fmt.Sprintf("Raise %s from level %d (%s) to level %d (%s), the level %s postings expect, in %s: %s.",
		s.Name, have, skillgap.LevelName(have), want, skillgap.LevelName(want), b.label, b.who.work(), strings.Join(steps, "; "))
	g.Measurable = s.EvidenceFor(want)
	if g.Measurable == "" && want < len(s.Levels) {
		g.Measurable = s.Levels[want]
	}
	if g.Measurable == "" {
		g.Measurable = fmt.Sprintf("A piece of %s work %s rates at level %d (%s)", s.Name, b.who.reviewer, want, skillgap.LevelName(want))
	}
	c.cost = ""
	if len(costs) > 0 {
		c.cost = "resources: " + strings.Join(costs, "; ")
		if b.budget.stated() {
			c.cost += " (within your budget of " + b.budget.String() + ")"
		}
	}
}

// OnTheJob marks the title of the weekly practice task practiseOnTheJob adds.
const OnTheJob = "each week"

// PractiseShare is the share of the taxonomy's hours per level that a skill
// goal books as deliberate practice: the rest of a level's effort is the
// ordinary work the user does anyway.
const PractiseShare = 0.5

// practiseOnTheJob adds, when a goal's activities fall short of the practice
// its levels take (PractiseShare of the taxonomy's hours per level for each
// level climbed), a recurring task that makes up the difference in the
// user's own work, weekly: no one goes from working to expert in
// coaching through a peer circle and one feedback talk.
func (b *planner) practiseOnTheJob(g *skillgap.Goal, s *skillgap.Skill, have, want int) {
	var booked float64
	for _, t := range g.Tasks {
		booked += t.Hours
	}
	need := PractiseShare * float64(s.Hours()*(want-have))
	missing := math.Ceil(need - booked)
	if missing < 4 {
		return
	}
	// A third of the week's hours, between one and four, so that someone with
	// more time gets there sooner; at most half a year of weeks, so that the
	// practice does not trail on after the goal should be done.
	each := max(1, min(4, math.Round(b.inv.HoursPerWeek/3*2)/2))
	times := min(max(2, int(math.Ceil(missing/each))), 26)
	each = min(max(1, math.Ceil(missing/float64(times)*2)/2), max(1, math.Floor(b.inv.HoursPerWeek)), 4)
	times = max(2, int(math.Ceil(missing/each)))
	g.Tasks = append(g.Tasks, skillgap.Task{
		Title: b.practiceTitle(s, want),
		Hours: each * float64(times), Every: skillgap.Weekly, Times: times,
	})
}

// practiceTitle names the weekly on-the-job practice of s toward level want
// in the user's own terms: their work, and the strength it can lean on.
func (b *planner) practiceTitle(s *skillgap.Skill, want int) string {
	lean := ""
	if b.who.strength != "" && b.who.leansOn(s) {
		lean = ", leaning on your " + b.who.strength
	}
	return fmt.Sprintf("Practise %s in %s %s%s; keep a short log of what you tried and what you would change, aiming at: %s",
		lowerFirstIfName(s.Name), b.who.work(), OnTheJob, lean, lowerFirst(strings.TrimRight(aimText(s, want), ".")))
}

// aimText says what level want looks like for s, for a practice task.
func aimText(s *skillgap.Skill, want int) string {
	if e := s.EvidenceFor(want); e != "" {
		return e
	}
	if want < len(s.Levels) {
		return s.Levels[want]
	}
	return fmt.Sprintf("level %d (%s)", want, skillgap.LevelName(want))
}

// lowerFirstIfName lowercases a skill name for the middle of a sentence
// unless it starts with an acronym ("SQL", "A/B testing").
func lowerFirstIfName(name string) string {
	if len(name) > 1 && name[1] >= 'A' && name[1] <= 'Z' || strings.HasPrefix(name, "A/") {
		return name
	}
	return lowerFirst(name)
}

// leanOnStrength has the largest task of a skill goal draw on the user's
// strongest skill, as a coach would: an engineer learns roadmapping through
// their technical strength, an analyst through their data. A goal names the
// strength once: when it has an on-the-job practice task, that task leans on
// it already (practiceTitle).
func (b *planner) leanOnStrength(g *skillgap.Goal, s *skillgap.Skill) {
	onTheJob := slices.ContainsFunc(g.Tasks, func(t skillgap.Task) bool { return strings.Contains(t.Title, OnTheJob) })
	if !b.who.leansOn(s) || len(g.Tasks) == 0 || onTheJob {
		return
	}
	big := -1
	for i, t := range g.Tasks {
		if !strings.Contains(t.Title, OnTheJob) && (big < 0 || t.Hours >= g.Tasks[big].Hours) {
			big = i
		}
	}
	if big < 0 {
		return
	}
	g.Tasks[big].Title += ", drawing on your strength in " + b.who.strength
}

// redundant matches practice that the networking and mentorship goals already
// cover, so that skill goals do not repeat them.
var redundant = regexp.MustCompile(`(?i)\b(find a mentor|informational interview|networking event)`)

// activities lists the indexes of the practice activities that build levels
// have+1 … want: activity i is the step from level i to i+1 (a list shorter
// than four repeats its last step for the levels beyond it only once).
func activities(s *skillgap.Skill, have, want int) []int {
	var out []int
	for l := have + 1; l <= want; l++ {
		i := min(l-1, len(s.Practice)-1)
		if i < 0 || slices.Contains(out, i) || redundant.MatchString(s.Practice[i]) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// practice writes one practice activity in the user's context, with a named
// resource for "{resource}"; cost is the resource's cost when it has one.
func (b *planner) practice(s *skillgap.Skill, text string) (title, cost string) {
	text = strings.TrimRight(strings.TrimSpace(text), ".")
	if strings.Contains(text, "{resource}") {
		name, usd, ok := b.budget.pickResource(s.Resources)
		if !ok {
			name = "a well-regarded practitioner guide to " + s.Name
		}
		if c := costText(usd); c != "" {
			name += " (" + c + ")"
			cost = name
		}
		text = strings.ReplaceAll(text, "{resource}", name)
	}
	return b.who.contextual(text), cost
}

// lower aims c one level lower; it returns false when c is one level from where
// the user stands already.
func (b *planner) lower(c *candidate) bool {
	if c.goal.Kind != skillgap.GoalSkill || c.goal.To-c.goal.From < 2 {
		return false
	}
	b.aim(c, c.goal.From, c.goal.To-1)
	return true
}

// degrees are certification ids that are degrees: years of study, never an exam task.
var degrees = map[string]bool{"mba": true}

// foundationCerts are entry-level certifications: not worth a goal for someone
// aiming at group, director or higher roles.
var foundationCerts = map[string]bool{
	"cspo": true, "pspo-i": true, "csm": true, "psm-i": true, "safe-popm": true, "icagile": true,
	"product-school-pmc": true, "google-analytics-cert": true, "aws-cloud-practitioner": true,
	"azure-fundamentals": true, "google-cloud-digital-leader": true, "itil": true,
}

// certGoals makes goals of the certifications asked in at least CertShare of
// the target's postings, most asked first, up to max; degrees, certifications
// below the target's seniority and ones over budget become advice.
func (b *planner) certGoals(maxGoals int, demand []skillgap.Demand) []*candidate {
	rows := map[string]skillgap.Gap{}
	for _, rs := range [][]skillgap.Gap{b.rep.Gaps, b.rep.Strength, b.rep.Valued} {
		for _, g := range rs {
			if _, ok := rows[g.SkillID]; !ok {
				rows[g.SkillID] = g
			}
		}
	}
	var ds []skillgap.Demand
	if demand != nil {
		ds = slices.Clone(demand)
	} else {
		for _, g := range rows {
			ds = append(ds, g.Demand)
		}
	}
	slices.SortFunc(ds, func(a, b skillgap.Demand) int {
		return cmp.Or(cmp.Compare(b.Share(), a.Share()), cmp.Compare(a.SkillID, b.SkillID))
	})
	held := heldCertifications(b.inv, b.tax)
	leader := b.rep.Seniority.Rank() >= skillgap.Lead.Rank()
	var out []*candidate
	for _, d := range ds {
		s, ok := b.tax.Skill(d.SkillID)
		if !ok || s.Kind != skillgap.KindCertification || held[s.ID] || d.Share() < CertShare {
			continue
		}
		asked := fmt.Sprintf("asked in %s of %s", pct(d.Share()), skillgap.Plural(d.Total, b.label+" posting"))
		switch {
		case degrees[s.ID]:
			b.advice = append(b.advice, b.degreeAdvice(s, asked))
		case leader && foundationCerts[s.ID]:
			b.advice = append(b.advice, fmt.Sprintf("%s is %s, but it is an entry-level certificate: your record will count for more at %s level, so the plan leaves it out.", s.Name, asked, b.label))
		case len(out) == maxGoals:
		default:
			g, ok := rows[s.ID]
			if !ok {
				g = skillgap.Gap{Demand: d, Name: s.Name, Category: s.Category, Kind: s.Kind}
				g.Priority = d.RequiredShare() + 0.5*max(d.Share()-d.RequiredShare(), 0)
			}
			if c, ok := b.certGoal(g, s, asked); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

// certGoal is the goal of earning a certification, with its own preparation
// hours; ok is false (and advice says why) when its fee is over the budget.
func (b *planner) certGoal(g skillgap.Gap, s *skillgap.Skill, asked string) (*candidate, bool) {
	fee := ""
	if len(s.Resources) > 0 {
		r := s.Resources[0]
		if !b.budget.fits(r.Cost) {
			b.advice = append(b.advice, fmt.Sprintf("%s is %s; %s costs %s, more than is left of your budget of %s, so the plan leaves it out.",
				s.Name, asked, r.Name, costText(r.Cost), b.budget))
			return nil, false
		}
		b.budget.spend(r.Cost)
		fee = r.Name
		if c := costText(r.Cost); c != "" {
			fee += ", " + c
		}
	}
	c := &candidate{gap: g, skill: s, value: max(g.Priority, minValue)}
	id := "cert-" + s.ID
	goal := skillgap.Goal{
		ID: id, Kind: skillgap.GoalCertification, Horizon: skillgap.ShortTerm, SkillID: s.ID,
		Title:      "Earn " + s.Name,
		Specific:   fmt.Sprintf("Prepare for and earn %s through %s.", s.Name, orDefault(fee, "the awarding body's course or exam")),
		Measurable: cmp.Or(s.EvidenceFor(3), "The "+s.Name+" certificate awarded, listed on your CV and profile"),
		Relevant:   fmt.Sprintf("Market: %s (the plan offers certifications asked in %s or more).", asked, pct(CertShare)),
	}
	for i, p := range s.Practice {
		e := s.EffortOf(i)
		title, _ := b.practice(s, p)
		goal.Tasks = append(goal.Tasks, skillgap.Task{Title: title, Hours: e.Total(), Every: e.Every, Times: e.Times})
	}
	if len(goal.Tasks) == 0 {
		// A certification the taxonomy gives no practice for: the usual steps,
		// the study taking the taxonomy's hours for it.
		goal.Tasks = []skillgap.Task{
			{Title: "Read the " + s.Name + " syllabus and book the exam or course", Hours: 2},
			{Title: "Work through the " + s.Name + " course or body of knowledge", Hours: float64(s.Hours())},
			{Title: "Take two " + s.Name + " practice exams a week apart", Hours: 4, Every: skillgap.Weekly, Times: 2},
			{Title: "Sit the " + s.Name + " exam", Hours: 3},
		}
	}
	c.goal = withTaskIDs(goal)
	if fee != "" {
		c.cost = "fee: " + fee
		if b.budget.stated() {
			c.cost += " (within your budget of " + b.budget.String() + ")"
		}
	}
	return c, true
}

// degreeAdvice offers a degree as an option with its years and cost, and says
// whether the user's hours could carry it.
func (b *planner) degreeAdvice(s *skillgap.Skill, asked string) string {
	years, weekly := 2.0, 15.0
	if len(s.Effort) > 0 {
		e := s.Effort[len(s.Effort)-1]
		weekly = e.Hours
		if e.Every == skillgap.Weekly && e.Times > 0 {
			years = math.Round(float64(e.Times)/48*2) / 2
		}
	}
	cost := ""
	if len(s.Resources) > 0 && s.Resources[0].Cost > 0 {
		cost = ", typically " + costText(s.Resources[0].Cost)
	}
	fit := fmt.Sprintf("at your %s h a week it would not fit beside this plan", fmtHours(b.inv.HoursPerWeek))
	if b.inv.HoursPerWeek >= weekly {
		fit = fmt.Sprintf("your %s h a week could carry a part-time programme, but it is a separate decision from this plan", fmtHours(b.inv.HoursPerWeek))
	}
	return fmt.Sprintf("%s is %s. It is a degree, not an exam: about %g years part-time at around %g h a week%s; %s.",
		s.Name, asked, years, weekly, cost, fit)
}
