// Package market measures demand as the user sees it: the basis of postings
// for a target role (role family, seniority and domain, widened to neighbours
// when sparse, every step said), the window, the comparison basis at the
// user's current level, and changes between windows with their statistics.
package market

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/index"
)

// DefaultWindow is the recent window: six months.
const DefaultWindow = 183 * 24 * time.Hour

// StaleAfter is how far the market data may end before the day it is used
// for (today, or the plan's start) before the report says it is old.
const StaleAfter = 120 * 24 * time.Hour

// Window is a recent window [Start, End) and the one of the same length before it.
type Window struct {
	PrevStart, Start, End time.Time
}

// Windows returns the recent window of the given length (DefaultWindow when
// zero) ending the day after the index's latest posting date (or at f.Until
// when earlier), and the window before it. ok is false when the index is empty.
func Windows(ctx context.Context, idx *Index, f index.Filter, length time.Duration) (w Window, ok bool, err error) {
	if length <= 0 {
		length = DefaultWindow
	}
	length = length.Round(24 * time.Hour)
	latest, err := idx.ix.Latest(ctx)
	if err != nil || latest.IsZero() {
		return Window{}, false, err
	}
	w.End = skillgap.DateOf(latest).AddDays(1).Time
	if !f.Until.IsZero() && f.Until.Before(w.End) {
		w.End = f.Until
	}
	w.Start = w.End.Add(-length)
	w.PrevStart = w.Start.Add(-length)
	return w, true, nil
}

// Counts runs SkillCounts over [from, to) with the rest of f, by skill id.
func Counts(ctx context.Context, idx *Index, f index.Filter, from, to time.Time) (int, map[string]index.SkillCount, error) {
	f.Since, f.Until = from, to
	total, counts, err := idx.ix.SkillCounts(ctx, f)
	if err != nil {
		return 0, nil, err
	}
	by := make(map[string]index.SkillCount, len(counts))
	for _, c := range counts {
		by[c.ID] = c
	}
	return total, by, nil
}

// DemandIn returns what postings matching f asked for in window w, with Trend
// the change in share, in points, against the window before it, and
// TrendSignificant from analyze.CompareWindows (unless trends is false).
func DemandIn(ctx context.Context, idx *Index, f index.Filter, w Window, trends bool) (total int, demand []skillgap.Demand, err error) {
	f.Since, f.Until = w.Start, w.End
	total, counts, err := idx.ix.SkillCounts(ctx, f)
	if err != nil {
		return 0, nil, err
	}
	prevTotal, prev, err := Counts(ctx, idx, f, w.PrevStart, w.Start)
	if err != nil {
		return 0, nil, err
	}
	demand = make([]skillgap.Demand, 0, len(counts))
	for _, c := range counts {
		ch := analyze.CompareWindows(c.ID, prev[c.ID].Postings, prevTotal, c.Postings, total, 0)
		d := skillgap.Demand{SkillID: c.ID, Postings: c.Postings, Required: c.Required, Total: total,
			Expected: int(math.Round(c.Expected))}
		if trends {
			d.Trend, d.TrendSignificant = math.Round(ch.Delta*10)/10, ch.Significant
		}
		demand = append(demand, d)
	}
	return total, demand, nil
}

// Demand is DemandIn over the recent window of the given length.
func Demand(ctx context.Context, idx *Index, f index.Filter, length time.Duration) (total int, demand []skillgap.Demand, err error) {
	w, ok, err := Windows(ctx, idx, f, length)
	if err != nil || !ok {
		return 0, nil, err
	}
	return DemandIn(ctx, idx, f, w, true)
}

// Target is the role a basis is for.
type Target struct {
	Title     string             // as the user wrote it
	Seniority skillgap.Seniority // "" means any
	Role      string             // role family; "" or analyze.RoleProductManager means any product role of an individual contributor
	Domains   []string           // the posting domains asked for (taxonomy domain ids)
	Broader   []string           // wider domains they imply ("payments" ⇒ "fintech"), tried before dropping the domain
}

// Options bound a basis.
type Options struct {
	Window   time.Duration // the recent window; zero means DefaultWindow
	Location string        // country code or place
	Company  string
	Query    string // free text in bleve query syntax
	// Min is the number of postings a basis should hold before it is widened;
	// zero means analyze.MinPostings.
	Min int
	// Now is the day the figures are used for (today or the plan's start), for
	// the note that the data is old; zero means no such note.
	Now time.Time
}

// Basis is a set of postings the figures count, how it was reached and what
// they ask for.
type Basis struct {
	Label       string // for people: "senior PM", "director of product or group PM"
	Roles       []string
	Seniorities []skillgap.Seniority
	Domains     []string
	Filter      index.Filter // the query that selects the basis, window excluded
	Window      Window
	Total       int
	Demand      []skillgap.Demand
	Widening    []skillgap.Widening
	Notes       []string
	// SingleCrawl is true when every posting was first seen by one crawl: the
	// spread of their dates is their age, so there is no trend to show.
	SingleCrawl bool
}

// Market is the basis as analyze.GapIn takes it.
func (b Basis) Market() analyze.Market {
	return analyze.Market{Total: b.Total, Demand: b.Demand, Since: b.Window.Start, Until: b.Window.End, Label: b.Label}
}

// icFamilies are the individual contributors' role families that a plain
// "Product Manager" target spans.
var icFamilies = []string{analyze.RoleProductManager, analyze.RoleTechnicalPM, analyze.RoleAIPM, analyze.RoleGrowthPM,
	analyze.RolePlatformPM, analyze.RoleDataPM, analyze.RoleProductOwner}

// neighbours are the families a sparse basis widens to first.
var neighbours = map[string][]string{
	analyze.RoleTechnicalPM:  {analyze.RolePlatformPM, analyze.RoleAIPM, analyze.RoleDataPM},
	analyze.RolePlatformPM:   {analyze.RoleTechnicalPM, analyze.RoleAIPM},
	analyze.RoleAIPM:         {analyze.RoleTechnicalPM, analyze.RolePlatformPM, analyze.RoleDataPM},
	analyze.RoleDataPM:       {analyze.RoleAIPM, analyze.RoleTechnicalPM},
	analyze.RoleGrowthPM:     {analyze.RoleProductManager},
	analyze.RoleProductOwner: {analyze.RoleProductManager},
}

// leaderNeighbour maps a leadership band to the band next to it that a sparse
// basis adds before anything else: group/lead ⇄ director.
var leaderNeighbour = map[skillgap.Seniority]skillgap.Seniority{
	skillgap.Lead: skillgap.Director, skillgap.Director: skillgap.Lead,
}

// familiesOf returns the role families a target spans.
func familiesOf(role string, sen skillgap.Seniority) []string {
	switch {
	case sen.Rank() >= skillgap.Director.Rank():
		return []string{analyze.RoleProductLeader}
	case role == "" || role == analyze.RoleProductManager:
		return slices.Clone(icFamilies)
	}
	return []string{role}
}

// basisState is a basis being widened.
type basisState struct {
	roles   []string
	sens    []skillgap.Seniority
	domains []string
}

func (s basisState) filter(o Options) index.Filter {
	return index.Filter{Roles: s.roles, Seniorities: s.sens, Domains: s.domains,
		Location: o.Location, Company: o.Company, Query: o.Query}
}

// label names the basis for people: "senior PM", "senior technical or
// platform PM in payments", "director or group/lead product roles".
func (s basisState) label() string {
	var sens []string
	for _, x := range s.sens {
		sens = append(sens, bandLabel(x))
	}
	var fam string
	leader := slices.Contains(s.roles, analyze.RoleProductLeader)
	switch {
	case leader:
		fam = "product leadership"
	case len(s.roles) == 0 || len(s.roles) >= len(icFamilies):
		fam = "PM"
	default:
		var names []string
		for _, r := range s.roles {
			names = append(names, analyze.RoleLabel("", r))
		}
		fam = orList(names)
	}
	out := fam
	if len(sens) > 0 {
		out = orList(sens) + " " + fam
	}
	if len(s.domains) > 0 {
		out += " in " + orList(s.domains)
	}
	return out
}

// bandLabel names a seniority band inside a label.
func bandLabel(s skillgap.Seniority) string {
	switch s {
	case skillgap.Lead:
		return "group/lead"
	case skillgap.VP:
		return "VP"
	case skillgap.CPO:
		return "CPO"
	}
	return string(s)
}

// orList writes "a", "a or b", "a, b or c".
func orList(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " or " + xs[len(xs)-1]
}

// ForTarget returns the basis of postings for target t: the recent window
// (lengthened, up to 24 months, while the target's own postings are fewer
// than opts.Min), then, while still sparse, widened step by step —
// neighbouring families (technical ⇄ platform ⇄ AI PM; group/lead ⇄
// director), then seniority ±1, then the broader domain, then without the
// domain — each step kept in Widening with its counts. A basis that keeps
// the target's domain is kept from half of opts.Min postings: the domain is
// the most specific thing the user asked for.
func ForTarget(ctx context.Context, idx *Index, t Target, opts Options) (Basis, error) {
	if opts.Min <= 0 {
		opts.Min = analyze.MinPostings
	}
	st := basisState{roles: familiesOf(t.Role, t.Seniority), domains: slices.Clone(t.Domains)}
	if t.Seniority != "" {
		st.sens = []skillgap.Seniority{t.Seniority}
	}
	b := Basis{}
	w, ok, err := Windows(ctx, idx, index.Filter{}, opts.Window)
	if err != nil || !ok {
		return b, err
	}
	count := func(s basisState, w Window) (int, error) {
		f := s.filter(opts)
		f.Since, f.Until = w.Start, w.End
		return idx.ix.Count(ctx, f)
	}
	n, err := count(st, w)
	if err != nil {
		return b, err
	}
	// A longer window before a wider basis: a stray recent posting, or a
	// market crawled once, must not leave the window nearly empty.
	length := w.End.Sub(w.Start)
	for _, months := range []int{12, 24} {
		longer := time.Duration(float64(months)*30.44*24) * time.Hour
		if n >= opts.Min || longer <= length {
			continue
		}
		lw := Window{End: w.End, Start: w.End.Add(-longer), PrevStart: w.End.Add(-2 * longer)}
		ln, err := count(st, lw)
		if err != nil {
			return b, err
		}
		if ln > n {
			b.Notes = append(b.Notes, fmt.Sprintf("The window was lengthened from %s to %d months to hold more postings: %s instead of %d.",
				describeLength(length), months, skillgap.Plural(ln, st.label()+" posting"), n))
			w, n, length = lw, ln, longer
		}
	}
	b.Window = w
	// The widening steps, each on top of the ones before: the basis is the
	// first that holds opts.Min postings, else the widest.
	type stepState struct {
		what string
		st   basisState
	}
	var steps []stepState
	cur := st
	add := func(what string, next basisState) {
		steps = append(steps, stepState{what, next})
		cur = next
	}
	// 1. Neighbouring families (or the neighbouring leadership band).
	if nb := neighbours[t.Role]; len(nb) > 0 && !slices.Contains(cur.roles, analyze.RoleProductLeader) {
		next := cur
		next.roles = unionRoles(cur.roles, nb)
		var names []string
		for _, r := range nb {
			names = append(names, analyze.RoleLabel("", r))
		}
		add("added the neighbouring families "+orList(names), next)
	}
	if other, ok := leaderNeighbour[t.Seniority]; ok {
		next := cur
		next.sens = append(slices.Clone(cur.sens), other)
		next.roles = unionRoles(cur.roles, familiesOf("", other))
		add("added "+bandName(other)+" postings", next)
	}
	// 2. Seniority ±1.
	if t.Seniority != "" {
		next := cur
		var added []string
		for _, s := range adjacent(t.Seniority) {
			if !slices.Contains(next.sens, s) {
				next.sens = append(slices.Clone(next.sens), s)
				next.roles = unionRoles(next.roles, familiesOf(t.Role, s))
				added = append(added, string(s))
			}
		}
		if len(added) > 0 {
			add("added the seniority next to "+string(t.Seniority)+": "+orList(added), next)
		}
	}
	// 3. The broader domain, then without the domain.
	if len(cur.domains) > 0 && len(t.Broader) > 0 {
		next := cur
		next.domains = unionRoles(cur.domains, t.Broader)
		add("widened the domain "+orList(cur.domains)+" to "+orList(next.domains), next)
	}
	if len(cur.domains) > 0 {
		next := cur
		next.domains = nil
		add("dropped the domain "+orList(cur.domains), next)
	}
	if n < opts.Min && len(steps) > 0 {
		counts := make([]int, len(steps))
		pick := len(steps) - 1
		for k, s := range steps {
			if counts[k], err = count(s.st, w); err != nil {
				return b, err
			}
			// The domain is the most specific thing the user asked for: a
			// basis that keeps it needs only half the postings before the
			// next step would drop it.
			need := opts.Min
			if k+1 < len(steps) && len(s.st.domains) > 0 && len(steps[k+1].st.domains) == 0 {
				need = (opts.Min + 1) / 2
			}
			if counts[k] >= need {
				pick = k
				break
			}
		}
		if counts[pick] > n {
			before := n
			for k, s := range steps[:pick+1] {
				b.Widening = append(b.Widening, skillgap.Widening{Step: s.what, Before: before, After: counts[k], Label: s.st.label()})
				before = counts[k]
			}
			st = steps[pick].st
		}
	}
	b.Roles, b.Seniorities, b.Domains, b.Label = st.roles, st.sens, st.domains, st.label()
	b.Filter = st.filter(opts)
	if err := b.measure(ctx, idx); err != nil {
		return b, err
	}
	return b, b.dataNotes(ctx, idx, opts)
}

// Compare returns the comparison basis: postings at the user's current level
// (seniority sen in role families roles; for someone not yet in product, the
// entry level of the target's families), in the same window as target,
// widened by seniority ±1 while sparse.
func Compare(ctx context.Context, idx *Index, roles []string, sen skillgap.Seniority, target Basis, opts Options) (Basis, error) {
	if opts.Min <= 0 {
		opts.Min = analyze.MinPostings
	}
	st := basisState{roles: roles, sens: []skillgap.Seniority{sen}}
	b := Basis{Window: target.Window}
	count := func(s basisState) (int, error) {
		f := s.filter(opts)
		f.Since, f.Until = b.Window.Start, b.Window.End
		return idx.ix.Count(ctx, f)
	}
	n, err := count(st)
	if err != nil {
		return b, err
	}
	if n < opts.Min {
		next := st
		for _, s := range adjacent(sen) {
			next.sens = append(slices.Clone(next.sens), s)
		}
		nn, err := count(next)
		if err != nil {
			return b, err
		}
		if nn > n {
			b.Widening = append(b.Widening, skillgap.Widening{Step: "added the seniority next to " + string(sen), Before: n, After: nn, Label: next.label()})
			st = next
		}
	}
	b.Roles, b.Seniorities, b.Label = st.roles, st.sens, st.label()
	b.Filter = st.filter(opts)
	return b, b.measure(ctx, idx)
}

// measure fills Total and Demand for the basis's filter and window.
func (b *Basis) measure(ctx context.Context, idx *Index) error {
	days, err := idx.ix.CrawlDays(ctx)
	if err != nil {
		return err
	}
	b.Total, b.Demand, err = DemandIn(ctx, idx, b.Filter, b.Window, days != 1)
	if err != nil {
		return fmt.Errorf("measure the %s postings: %w", b.Label, err)
	}
	return nil
}

// dataNotes adds what a reader must know about the data: it is old, or it is
// a single crawl whose posting dates are the postings' age, not a trend.
func (b *Basis) dataNotes(ctx context.Context, idx *Index, opts Options) error {
	days, err := idx.ix.CrawlDays(ctx)
	if err != nil {
		return err
	}
	b.SingleCrawl = days == 1
	if days == 1 {
		b.Notes = append(b.Notes, "The index holds a single crawl: the spread of posting dates shows how old the postings are, not a trend, so no rising or falling skills are reported. Crawl again over the coming months to see change.")
	}
	end := b.Window.End.AddDate(0, 0, -1)
	if !opts.Now.IsZero() && opts.Now.Sub(end) > StaleAfter {
		b.Notes = append(b.Notes, fmt.Sprintf("The market data ends %s; the figures are for %s, %s later: crawl again for current figures.",
			end.Format(time.DateOnly), opts.Now.Format(time.DateOnly), describeLength(opts.Now.Sub(end))))
	}
	return nil
}

// adjacent returns the seniority bands next to s.
func adjacent(s skillgap.Seniority) []skillgap.Seniority {
	all := skillgap.Seniorities()
	r := s.Rank()
	var out []skillgap.Seniority
	if r > 0 {
		out = append(out, all[r-1])
	}
	if r >= 0 && r+1 < len(all) {
		out = append(out, all[r+1])
	}
	return out
}

// unionRoles returns a with the roles of b it lacks.
func unionRoles(a, b []string) []string {
	out := slices.Clone(a)
	for _, r := range b {
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

// bandName names a seniority band for a sentence.
func bandName(s skillgap.Seniority) string {
	switch s {
	case skillgap.Lead:
		return "group/lead PM"
	case skillgap.Director:
		return "director of product"
	}
	return string(s)
}

// describeLength writes a duration in months ("6 months") or days.
func describeLength(d time.Duration) string {
	days := d.Hours() / 24
	if days < 45 {
		return fmt.Sprintf("%.0f days", days)
	}
	return fmt.Sprintf("%.0f months", days/30.44)
}

// Families returns the role families a role of family role and seniority sen
// spans in a basis: every product family for a plain product manager, the
// leadership family for director and above, else the family itself.
func Families(role string, sen skillgap.Seniority) []string { return familiesOf(role, sen) }
