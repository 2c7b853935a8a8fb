package analyze

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/skillgap/skillgap"
)

// Thresholds of the fit of a posting.
const (
	// FitRequired is how much (0–1) of what a posting requires the user must
	// have for the posting to fit: the rule of thumb recruiters give for
	// applying, about three in four. Each required skill counts in proportion
	// to the user's level against the level the posting expects (2 where 3 is
	// expected counts 2/3).
	FitRequired = 0.75
	// UnratedCredit is how much a skill the user has not rated, and nothing
	// infers, counts toward a fit: half, as the gap ranking counts an unrated
	// skill at half its distance. Unknown, not zero, and not known either.
	UnratedCredit = 0.5
	// FitBonus is the most points preferred skills add to a score.
	FitBonus = 10
	// FitMinSkills is how many skills a posting must name that can be judged
	// before its fit is: fewer says more about the extraction than the person.
	FitMinSkills = 3
	// FitBlockers is how many blocking skills a fit report lists.
	FitBlockers = 10
)

// FitOptions tune FitPostings.
type FitOptions struct {
	// Basis names the postings for people ("senior PM in fintech").
	Basis string
	// Next is the user's next step, the target's seniority: postings within
	// one band of it fit. Empty means any seniority.
	Next skillgap.Seniority
	// Plan, when not nil, gives the levels its short-term skill and
	// certification goals reach, for the fit after them.
	Plan *skillgap.Plan
	// AsOf is the day experience is counted to; zero means today.
	AsOf time.Time
}

// FitPostings judges how well the user of inv fits each of postings, now and
// with the short-term goals of opt.Plan reached, and ranks them best first.
// It is pure: same inputs, same report.
//
// A posting fits when
//
//   - the user has at least FitRequired of what it requires: each required
//     skill counts in proportion to the user's rated or inferred level against
//     the level the posting expects (its wording, else the taxonomy's level
//     for the skill; one more for staff and above), fully when met. A skill
//     the user has not rated and nothing infers counts UnratedCredit, except a
//     generic soft skill, which is left out as the gap report leaves it out. A
//     posting that marks no skill required has its preferred skills count as
//     required;
//   - its seniority is within one band of opt.Next (or unstated);
//   - its place suits the user: a remote posting in the user's country (or
//     naming none), or any posting in the user's city; a user who prefers
//     remote work fits remote postings only. No location in the inventory
//     means any place.
//
// The score is that percentage of what is required plus up to FitBonus for
// the preferred skills, counted the same way. Postings naming fewer than FitMinSkills skills that can be
// judged are counted in Unjudged and left out.
func FitPostings(inv skillgap.Inventory, tax *skillgap.Taxonomy, postings []skillgap.Posting, opt FitOptions) skillgap.FitReport {
	asOf := cmp.Or(opt.AsOf, time.Now())
	f := fitter{tax: tax, next: opt.Next, place: placeOf(inv.Location), remote: inv.Remote}
	now := InferLevels(inv, tax, asOf)
	steps, stepLevels := planSteps(inv, tax, opt.Plan, asOf)
	rep := skillgap.FitReport{Basis: opt.Basis, Next: opt.Next, Location: inv.Location, Remote: inv.Remote, Steps: steps}
	for i := range postings {
		p := &postings[i]
		if f.judged(p, now) < FitMinSkills {
			rep.Unjudged++
			continue
		}
		row := skillgap.PostingFit{PostingID: p.ID, Title: p.Title, Company: p.Company, Date: p.Date(), URL: p.URL,
			Seniority: p.Seniority, Locations: p.Locations, Workplace: p.Workplace}
		var why []string
		row.SeniorityOK, why = f.seniorityOK(p, why)
		row.LocationOK, why = f.placeOK(p, why)
		row.Why = strings.Join(why, "; ")
		row.Now = f.score(p, now, row.SeniorityOK && row.LocationOK)
		for k := range row.Now.Missing {
			row.Now.Missing[k].Goal = reachedBy(row.Now.Missing[k], steps, stepLevels)
		}
		if row.Now.Fits {
			rep.Now++
		}
		if row.Now.SkillsFit {
			rep.NowOnSkills++
		}
		for k := range stepLevels {
			if f.score(p, stepLevels[k], row.SeniorityOK && row.LocationOK).Fits {
				rep.Steps[k].Fits++
			}
		}
		if len(stepLevels) > 0 {
			after := f.score(p, stepLevels[len(stepLevels)-1], row.SeniorityOK && row.LocationOK)
			row.After = &after
			if after.SkillsFit {
				rep.AfterOnSkills++
			}
		}
		rep.Rows = append(rep.Rows, row)
	}
	rep.Postings = len(rep.Rows)
	if len(steps) > 0 {
		rep.After = steps[len(steps)-1].Fits
	}
	slices.SortStableFunc(rep.Rows, func(a, b skillgap.PostingFit) int {
		return cmp.Or(compareBool(b.Now.Fits, a.Now.Fits), compareBool(b.After != nil && b.After.Fits, a.After != nil && a.After.Fits),
			compareBool(b.SeniorityOK && b.LocationOK, a.SeniorityOK && a.LocationOK),
			cmp.Compare(b.Now.Score, a.Now.Score), b.Date.Compare(a.Date), strings.Compare(a.PostingID, b.PostingID))
	})
	rep.Blockers = blockers(rep.Rows, tax, steps)
	rep.Summary = fitSummary(rep, opt.Plan != nil)
	rep.Rules = f.rules()
	return rep
}

// fitter judges postings against one person's seniority and place.
type fitter struct {
	tax    *skillgap.Taxonomy
	next   skillgap.Seniority
	place  place
	remote skillgap.Workplace
}

// counted reports whether mention m is judged, and the level it expects: a
// skill the taxonomy knows, except a generic soft skill the user has no level
// in (or only the floor a plan goal implies: the plan does not make a soft
// skill count where it did not before).
func (f fitter) counted(p *skillgap.Posting, m skillgap.SkillMention, levels map[string]UserLevel) (*skillgap.Skill, int, bool) {
	s, ok := f.tax.Skill(m.SkillID)
	if !ok {
		return nil, 0, false
	}
	if ul, known := levels[s.ID]; (!known || ul.AtLeast) && s.Kind == skillgap.KindSoft {
		return nil, 0, false
	}
	want := m.Expected
	if want <= 0 {
		want = s.ExpectedLevel()
	}
	if p.Seniority.Rank() >= skillgap.Staff.Rank() {
		want++
	}
	return s, min(want, skillgap.MaxLevel), true
}

// judged counts the skills of p that can be judged.
func (f fitter) judged(p *skillgap.Posting, levels map[string]UserLevel) int {
	n := 0
	for _, m := range p.Skills {
		if _, _, ok := f.counted(p, m, levels); ok {
			n++
		}
	}
	return n
}

// score measures the skills of p against levels; suits says whether the
// posting's seniority and place suit the user.
func (f fitter) score(p *skillgap.Posting, levels map[string]UserLevel, suits bool) skillgap.FitScore {
	var sc skillgap.FitScore
	type judged struct {
		s    *skillgap.Skill
		m    skillgap.SkillMention
		want int
	}
	var js []judged
	var reqCredit, prefCredit float64
	anyRequired := false
	for _, m := range p.Skills {
		if s, want, ok := f.counted(p, m, levels); ok {
			js = append(js, judged{s, m, want})
			anyRequired = anyRequired || m.Level == skillgap.Required
		}
	}
	for _, j := range js {
		s, m, want := j.s, j.m, j.want
		ul, known := levels[s.ID]
		met := known && ul.Level >= want
		credit := credit(ul, known, want)
		required := m.Level == skillgap.Required || !anyRequired
		switch {
		case required:
			sc.Required++
			reqCredit += credit
			if met {
				sc.RequiredMet++
			}
		default:
			sc.Preferred++
			prefCredit += credit
			if met {
				sc.PreferredMet++
			}
		}
		if !met {
			src := ul.Source
			if !known {
				src = skillgap.Unrated
			}
			level := skillgap.Preferred
			if required {
				level = skillgap.Required
			}
			sc.Missing = append(sc.Missing, skillgap.Shortfall{SkillID: s.ID, Name: s.Name, Level: level,
				Have: ul.Level, Source: src, Want: want})
		}
	}
	req, pref := creditShare(reqCredit, sc.Required), creditShare(prefCredit, sc.Preferred)
	sc.Score = math.Round(100*req + FitBonus*pref)
	sc.SkillsFit = sc.Required > 0 && req >= FitRequired-1e-9
	sc.Fits = suits && sc.SkillsFit
	slices.SortStableFunc(sc.Missing, func(a, b skillgap.Shortfall) int {
		return cmp.Or(compareBool(b.Level == skillgap.Required, a.Level == skillgap.Required), cmp.Compare(b.Want-b.Have, a.Want-a.Have))
	})
	return sc
}

// credit is how much of a skill the user has against the level want: all of
// it at or above, have/want below, UnratedCredit when unrated (and at least
// that for a level a plan goal gives a skill the user never rated).
func credit(ul UserLevel, known bool, want int) float64 {
	switch {
	case !known:
		return UnratedCredit
	case want <= 0 || ul.Level >= want:
		return 1
	case ul.AtLeast:
		return max(UnratedCredit, float64(max(ul.Level, 0))/float64(want))
	}
	return float64(max(ul.Level, 0)) / float64(want)
}

// creditShare is x/of, or 0 when of is 0.
func creditShare(x float64, of int) float64 {
	if of == 0 {
		return 0
	}
	return x / float64(of)
}

// compareBool orders false before true.
func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// seniorityOK says whether p's band is within one of the user's next step,
// adding the reason to why when it is not.
func (f fitter) seniorityOK(p *skillgap.Posting, why []string) (bool, []string) {
	if f.next == "" || p.Seniority.Rank() < 0 || f.next.Rank() < 0 {
		return true, why
	}
	d := p.Seniority.Rank() - f.next.Rank()
	if d >= -1 && d <= 1 {
		return true, why
	}
	return false, append(why, fmt.Sprintf("%s role, more than one band from %s, your next step", p.Seniority, f.next))
}

// reachedBy returns the number of the first plan goal whose levels meet s, or 0.
func reachedBy(s skillgap.Shortfall, steps []skillgap.FitStep, levels []map[string]UserLevel) int {
	for k := range steps {
		if levels[k][s.SkillID].Level >= s.Want {
			return steps[k].Goal
		}
	}
	return 0
}

// blockers counts the required skills missing from the postings that do not
// fit now although their seniority and place suit, most first.
func blockers(rows []skillgap.PostingFit, tax *skillgap.Taxonomy, steps []skillgap.FitStep) []skillgap.Blocker {
	by := map[string]*skillgap.Blocker{}
	for _, r := range rows {
		if r.Now.Fits || !r.SeniorityOK || !r.LocationOK {
			continue
		}
		for _, m := range r.Now.Missing {
			if m.Level != skillgap.Required {
				continue
			}
			b, ok := by[m.SkillID]
			if !ok {
				b = &skillgap.Blocker{SkillID: m.SkillID, Name: m.Name}
				by[m.SkillID] = b
			}
			b.Postings++
			// The goal that reaches the level most postings ask: the latest
			// goal any of them needs is what opens them all.
			if m.Goal > 0 && (b.Goal == 0 || goalIndex(steps, m.Goal) > goalIndex(steps, b.Goal)) {
				b.Goal = m.Goal
			}
		}
	}
	out := make([]skillgap.Blocker, 0, len(by))
	for _, b := range by {
		out = append(out, *b)
	}
	slices.SortFunc(out, func(a, b skillgap.Blocker) int {
		return cmp.Or(cmp.Compare(b.Postings, a.Postings), strings.Compare(a.SkillID, b.SkillID))
	})
	return out[:min(len(out), FitBlockers)]
}

// goalIndex is the position of goal number n among steps, or -1.
func goalIndex(steps []skillgap.FitStep, n int) int {
	return slices.IndexFunc(steps, func(s skillgap.FitStep) bool { return s.Goal == n })
}

// fitSummary says the figures: "12 of 40 open senior PM postings fit you
// now; 31 after goals 2–4."
func fitSummary(r skillgap.FitReport, withPlan bool) string {
	basis := strings.TrimSpace("open " + r.Basis)
	s := fmt.Sprintf("%d of %s fit you now", r.Now, skillgap.Plural(r.Postings, basis+" posting"))
	switch {
	case len(r.Steps) > 0:
		var goals []int
		for _, st := range r.Steps {
			goals = append(goals, st.Goal)
		}
		s += fmt.Sprintf("; %d after %s", r.After, GoalRange(goals))
	case withPlan:
		s += " (the plan has no short-term skill goals to add)"
	}
	s += "."
	if r.NowOnSkills > r.Now || (len(r.Steps) > 0 && r.AfterOnSkills > r.After) {
		s += fmt.Sprintf(" On skills alone, %d fit now", r.NowOnSkills)
		if len(r.Steps) > 0 {
			s += fmt.Sprintf(" and %d after", r.AfterOnSkills)
		}
		s += "; the others are at another seniority or elsewhere."
	}
	return s
}

// GoalRange writes goal numbers as people read them: "goal 3", "goals 2–4",
// "goals 2–4 and 6".
func GoalRange(nums []int) string {
	nums = slices.Clone(nums)
	slices.Sort(nums)
	nums = slices.Compact(nums)
	var parts []string
	for i := 0; i < len(nums); {
		j := i
		for j+1 < len(nums) && nums[j+1] == nums[j]+1 {
			j++
		}
		if j > i {
			parts = append(parts, strconv.Itoa(nums[i])+"–"+strconv.Itoa(nums[j]))
		} else {
			parts = append(parts, strconv.Itoa(nums[i]))
		}
		i = j + 1
	}
	switch {
	case len(parts) == 0:
		return ""
	case len(nums) == 1:
		return "goal " + parts[0]
	case len(parts) == 1:
		return "goals " + parts[0]
	}
	return "goals " + strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// rules says how postings are judged, in the user's terms.
func (f fitter) rules() string {
	parts := []string{fmt.Sprintf("you have at least %.0f%% of what it requires (each required skill counts in proportion to your level, rated or inferred, against the level the posting expects, fully when you meet it; a skill you have not rated counts half, a generic soft skill you have not rated is left out)", FitRequired*100)}
	if f.next != "" {
		lo, hi := adjacentBands(f.next)
		parts = append(parts, fmt.Sprintf("its seniority is %s (within one band of %s, your next step)", orWords(append(lo, append([]string{string(f.next)}, hi...)...)), f.next))
	}
	pl := f.place
	switch {
	case f.remote == skillgap.Remote:
		parts = append(parts, "it is remote"+pl.countryText()+" (you prefer remote work)")
	case pl.city != "":
		parts = append(parts, "it is in "+pl.city+", or remote"+pl.countryText())
	case pl.country != "" || pl.name != "":
		parts = append(parts, "it is"+pl.countryText())
	}
	s := "A posting fits when " + parts[0]
	if len(parts) > 1 {
		s = fmt.Sprintf("A posting fits when %s things hold: %s; and %s", [...]string{2: "two", 3: "three"}[len(parts)],
			strings.Join(parts[:len(parts)-1], "; "), parts[len(parts)-1])
	}
	return s + fmt.Sprintf(". Score: that percentage, plus up to %d for the preferred skills counted the same way.", FitBonus)
}

// adjacentBands names the bands below and above s.
func adjacentBands(s skillgap.Seniority) (lo, hi []string) {
	all := skillgap.Seniorities()
	r := s.Rank()
	if r > 0 {
		lo = []string{string(all[r-1])}
	}
	if r >= 0 && r+1 < len(all) {
		hi = []string{string(all[r+1])}
	}
	return lo, hi
}

// orWords writes "a", "a or b", "a, b or c".
func orWords(xs []string) string {
	if len(xs) <= 1 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " or " + xs[len(xs)-1]
}
