package analyze

import (
	"fmt"
	"strings"
	"time"

	"github.com/skillgap/skillgap"
)

// Ids of the goals every plan has.
const (
	careerReadyID  = "career-ready"  // the short-term milestone: a record for the target role
	careerTargetID = "career-target" // the move to the target role
	networkID      = "network"
	mentorID       = "mentor"
	longTermID     = "career-long-term"
)

const month = 30 * 24 * time.Hour

// task is a shorthand for a task with its effort and a start hint.
func task(title string, e skillgap.Effort, hint skillgap.Date) skillgap.Task {
	return skillgap.Task{Title: title, Hours: e.Total(), Every: e.Every, Times: e.Times, Start: hint}
}

func once(h float64) skillgap.Effort { return skillgap.Effort{Hours: h} }
func every(c skillgap.Cadence, h float64, n int) skillgap.Effort {
	return skillgap.Effort{Hours: h, Every: c, Times: n}
}

// readyGoal is the short-term milestone: the support, scope and record the
// target role asks for, due within two years (and before the target date).
func (b *planner) readyGoal(targetBy skillgap.Date) skillgap.Goal {
	t, w := b.inv.TargetRole, b.who
	due := minDate(targetBy, b.shortEnd())
	g := skillgap.Goal{
		ID: careerReadyID, Kind: skillgap.GoalCareer,
		Title:      "Build your record for " + t,
		Measurable: fmt.Sprintf("By %s: your manager agrees what a %s must show, and one finished piece of work at that scope is written up with its outcome.", due, t),
		Relevant:   b.careerRelevance(),
	}
	s0, s1 := b.start, b.start.AddDays(28)
	switch w.track {
	case intoProduct:
		g.Specific = fmt.Sprintf("Show in %s that you can do a product manager's job before you apply: shadow a PM, then own the product work of one feature.", w.work())
		g.Tasks = []skillgap.Task{
			task(fmt.Sprintf("Tell your manager and a product lead%s that you want to move from %s into product, building on your %s, and ask what the move would take", at(w.company), w.from, w.strength), once(1), s0),
			task(fmt.Sprintf("Shadow a product manager for two weeks and note, with a %s's eye, how they handle %s: their planning, one customer call and one review", w.from, w.gap(0)), once(8), s1),
			task(fmt.Sprintf("Own the product work of one small feature in your team (problem, spec, launch and metrics), with its %s done by you and reviewed by a PM", w.gap(1)), once(25), s1),
		}
	case intoLeadership:
		g.Specific = fmt.Sprintf("Take on part of a %s's scope now, in %s, so that your case rests on leadership you have shown.", t, w.work())
		g.Tasks = []skillgap.Task{
			task(fmt.Sprintf("Agree with your manager what a %s must show in %s, and which part of it you can take on now", t, w.gapList()), once(1.5), s0),
			task("Run your area's quarterly planning for a quarter, or another leadership scope your manager agrees, and write up what you changed", once(15), s1),
			task(fmt.Sprintf("Present a business review of your area (outcomes, revenue, cost, and your plan for %s) to senior leadership", w.gap(1)), once(8), s1),
		}
	case intoDomain:
		g.Specific = fmt.Sprintf("Get %s experience in %s before you apply: one initiative, written up.", w.domain, w.work())
		g.Tasks = []skillgap.Task{
			task(fmt.Sprintf("Tell your manager you are aiming at %s and ask to work on %s problems that need %s", t, w.domain, w.gap(0)), once(1), s0),
			task(fmt.Sprintf("Volunteer for one %s initiative that uses your %s, and write up what you learnt about its customers and rules", w.domain, w.strength), once(20), s1),
			task(fmt.Sprintf("Show the write-up to a PM who works in %s and ask what they expect in %s at the next level", w.domain, w.gap(1)), once(2), s1),
		}
	default:
		lead := fmt.Sprintf("Lead one initiative at %s scope in %s that puts %s to use, and write up its outcome", roleOfTitle(t), w.work(), w.gap(0))
		if w.highlight != "" {
			lead += fmt.Sprintf(" (build on %q)", w.highlight)
		}
		g.Specific = fmt.Sprintf("Show you already work at %s scope: your manager's view of the gap, and one initiative led and written up.", roleOfTitle(t))
		g.Tasks = []skillgap.Task{
			task(fmt.Sprintf("Tell your manager you are aiming for %s and agree the evidence they need to see in %s", t, w.gapList()), once(1), s0),
			task(lead, once(20), s1),
			task(fmt.Sprintf("Take the write-up to your manager and agree what is still missing, %s above all", w.gap(1)), once(1), s1),
		}
	}
	return withTaskIDs(g)
}

// at is " at <company>", or "" when the company is unknown.
func at(company string) string {
	if company == "" {
		return ""
	}
	return " at " + company
}

// targetGoal is the move itself: the case, the interviews and the applications,
// after the skill goals and by the target date.
func (b *planner) targetGoal(targetBy skillgap.Date) skillgap.Goal {
	t, w := b.inv.TargetRole, b.who
	g := skillgap.Goal{
		ID: careerTargetID, Kind: skillgap.GoalCareer,
		Title:      "Become " + article(t) + " " + t,
		Specific:   fmt.Sprintf("Move from %s to %s by %s, once the skill goals of this plan are done.", orDefault(b.inv.CurrentRole, "your current role"), t, targetBy),
		Measurable: fmt.Sprintf("An offer for, or promotion to, a %s role by %s.", t, targetBy),
		Relevant:   b.careerRelevance(),
		Deadline:   targetBy,
	}
	hint := skillgap.DateOf(targetBy.Add(-5 * month))
	switch w.track {
	case intoProduct:
		g.Tasks = []skillgap.Task{
			task(fmt.Sprintf("Write two product case studies from your work, one showing your %s and one your %s: the problem, your decision, the outcome", w.strength, w.gap(0)), once(8), hint),
			task(fmt.Sprintf("Practise three mock PM interviews with a PM you know: a product-sense case, a %s case and your story of moving into product", w.gap(1)), once(6), hint),
			task(fmt.Sprintf("Apply for internal PM openings first, then for five %s roles outside, with your %s record as your edge", t, w.from), once(10), hint),
		}
	case intoLeadership:
		g.Tasks = []skillgap.Task{
			task(fmt.Sprintf("Write your leadership case: the people you led, their results, and your record in %s", w.gapList()), once(6), hint),
			task(fmt.Sprintf("Prepare a leadership interview loop: a strategy presentation built on your %s, and a %s case", w.strength, w.gap(0)), once(6), hint),
			task(fmt.Sprintf("Talk to two recruiters who place product leaders, then apply for %s roles", t), once(8), hint),
		}
	case intoDomain:
		g.Tasks = []skillgap.Task{
			task(fmt.Sprintf("Rewrite your CV and LinkedIn around your %s work, your %s and your %s results", w.domain, w.strength, w.gap(0)), once(4), hint),
			task(fmt.Sprintf("Turn your %s write-up into a case study you can walk through in interviews, with what you learnt of %s", w.domain, w.gap(1)), once(5), hint),
			task(fmt.Sprintf("Apply for %s roles at five %s companies", t, w.domain), once(10), hint),
		}
	default:
		g.Tasks = []skillgap.Task{
			task(fmt.Sprintf("Update your CV and promotion case with your %s and %s results, numbers first", w.gap(0), w.gap(1)), once(4), hint),
			task(fmt.Sprintf("Practise two mock interviews for %s: a product-sense case and a %s case", t, w.gap(2)), once(4), hint),
			task(fmt.Sprintf("Make the case for promotion to %s on your %s results, or apply for five such roles", t, w.gap(0)), once(8), hint),
		}
	}
	return withTaskIDs(g)
}

// careerRelevance says what the market asks of the target role.
func (b *planner) careerRelevance() string {
	var top []string
	for _, g := range b.rep.Gaps {
		if len(top) == 3 {
			break
		}
		top = append(top, g.Name)
	}
	r := skillgap.Plural(b.rep.Postings, b.label+" posting") + " in the market window"
	if !b.rep.Since.IsZero() {
		r += " since " + b.rep.Since.Format("2006-01")
	}
	if len(top) > 0 {
		r += "; your largest gaps for it: " + strings.Join(top, ", ")
	}
	if len(b.inv.Motivations) > 0 {
		r += "; you are driven by " + strings.Join(b.inv.Motivations, ", ")
	}
	if b.rep.Note != "" {
		r += "; note: " + b.rep.Note
	}
	return r + "."
}

// lightWeek is the weekly hours below which networking and mentorship come
// less often (quarterly, twice a year), so that they leave room for the rest.
const lightWeek = 2

// networkGoal is a year of conversations and events with the people of the
// target role, written for the user's move.
func (b *planner) networkGoal() skillgap.Goal {
	g := b.networkTasks()
	if b.inv.HoursPerWeek < lightWeek {
		// Half as often: the second of each pair of tasks twice a year at most.
		for i := range g.Tasks {
			t := &g.Tasks[i]
			if t.Times > 2 {
				each := t.Each()
				t.Times = (t.Times + 1) / 2
				t.Hours = each * float64(t.Times)
				if t.Every == skillgap.Monthly {
					t.Every = skillgap.Quarterly
				}
			}
		}
		g.Specific += " (At your hours, half as often.)"
	}
	return g
}

// networkTasks is the networking goal at its full rhythm.
func (b *planner) networkTasks() skillgap.Goal {
	t, w := b.inv.TargetRole, b.who
	meetup := "a product meetup"
	if w.city != "" {
		meetup = fmt.Sprintf("a product meetup in %s (ProductTank %s or similar)", w.city, w.city)
	}
	g := skillgap.Goal{ID: networkID, Kind: skillgap.GoalNetwork, Title: "Grow your network toward " + t}
	s := b.start.AddDays(14)
	switch w.track {
	case intoProduct:
		g.Specific = "For six months, meet a product manager outside your team each month, and take part in a product community."
		g.Measurable = "Six PM conversations and six months of community posts, each with one note in plan.yaml."
		g.Tasks = []skillgap.Task{
			task(fmt.Sprintf("Have a coffee with a product manager outside your team: ask how they handle %s and what a %s brings to it", w.gap(0), w.from), every(skillgap.Monthly, 1, 6), s),
			task(fmt.Sprintf("Ask or answer one question on %s in a product community (Mind the Product's Slack is free)", w.gap(1)), every(skillgap.Monthly, 0.5, 6), s),
		}
	case intoLeadership:
		g.Specific = "For a year, meet a product leader each quarter and share how your team works in public twice."
		g.Measurable = "Four conversations with directors or VPs of product and two talks or articles, each logged in plan.yaml."
		g.Tasks = []skillgap.Task{
			task(fmt.Sprintf("Meet a product leader (director or above) to learn how they handle %s in their organisation", w.gap(0)), every(skillgap.Quarterly, 1.5, 4), s),
			task(fmt.Sprintf("Give a talk at %s or publish an article on your %s", meetup, w.strength), every(skillgap.Quarterly, 6, 2), b.start.AddDays(90)),
		}
	case intoDomain:
		g.Specific = fmt.Sprintf("For a year, talk to a PM in %s each quarter and go to two %s events.", w.domain, w.domain)
		g.Measurable = fmt.Sprintf("Four conversations with %s PMs and two events, each with one note in plan.yaml.", w.domain)
		g.Tasks = []skillgap.Task{
			task(fmt.Sprintf("Hold an informational interview with a PM working in %s about %s there", w.domain, w.gap(0)), every(skillgap.Quarterly, 1.5, 4), s),
			task(fmt.Sprintf("Go to a %s industry event or meetup and follow up with three people who work on %s", w.domain, w.gap(1)), every(skillgap.Quarterly, 4, 2), b.start.AddDays(60)),
		}
	default:
		g.Specific = fmt.Sprintf("For a year, hold an informational interview with %s %s each quarter and go to %s each quarter.", article(w.role), w.role, meetup)
		g.Measurable = "Four informational interviews and four meetups in four quarters, each with one note in plan.yaml."
		g.Tasks = []skillgap.Task{
			task(fmt.Sprintf("Hold an informational interview with %s %s at another company about how they grew their %s", article(w.role), w.role, w.gap(0)), every(skillgap.Quarterly, 1.5, 4), s),
			task(fmt.Sprintf("Go to %s and follow up with two people who work on %s", meetup, w.gap(1)), every(skillgap.Quarterly, 3, 4), s),
		}
	}
	g.Relevant = fmt.Sprintf("People already working as %s know what it takes beyond what postings say; a network brings guidance, job leads and industry insight.", w.role)
	return withTaskIDs(g)
}

// mentorGoal is finding a mentor and a year of monthly sessions.
func (b *planner) mentorGoal() skillgap.Goal {
	w := b.who
	g := skillgap.Goal{
		ID: mentorID, Kind: skillgap.GoalMentorship, Title: "Find a mentor and meet monthly",
		Measurable: "A named mentor and 12 monthly sessions held, each with one takeaway noted in plan.yaml.",
		Relevant:   "Someone who has made the move you are making can review this plan, open doors and tell you what the role really asks.",
	}
	var ask, session string
	switch w.track {
	case intoProduct:
		ask = fmt.Sprintf("Find a PM mentor strong in %s, ideally one who came from %s %s role: ask a product lead%s, or book one on ADPList (free)", w.gap(0), article(w.from), w.from, at(w.company))
		session = fmt.Sprintf("Meet your mentor to review one piece of your product work (a spec, a decision on %s); note one takeaway", w.gap(1))
	case intoLeadership:
		ask = fmt.Sprintf("Ask a product director or VP outside your company, known for %s, to mentor you for a year", w.gap(0))
		session = fmt.Sprintf("Meet your mentor to work through one leadership situation in %s or %s; note one takeaway", w.gap(0), w.gap(1))
	case intoDomain:
		ask = fmt.Sprintf("Find a mentor who has built %s products and is strong in %s, through your network or ADPList (free)", w.domain, w.gap(0))
		session = fmt.Sprintf("Meet your mentor to discuss one %s problem you are working on, %s included; note one takeaway", w.domain, w.gap(1))
	default:
		ask = fmt.Sprintf("Ask %s %s you respect for their %s, outside your reporting line, to mentor you for a year", article(w.role), w.role, w.gap(0))
		session = fmt.Sprintf("Meet your mentor with one live %s or %s problem from your work; note one takeaway", w.gap(0), w.gap(1))
	}
	sessions, rhythm := every(skillgap.Monthly, 1.5, 12), "once a month"
	if b.inv.HoursPerWeek < lightWeek {
		sessions, rhythm = every(skillgap.Quarterly, 1.5, 4), "once a quarter"
		g.Title = "Find a mentor and meet quarterly"
		g.Measurable = "A named mentor and 4 quarterly sessions held, each with one takeaway noted in plan.yaml."
	}
	g.Specific = ask + ", then meet " + rhythm + " for a year."
	g.Tasks = []skillgap.Task{
		task(ask, once(2), b.start),
		task(fmt.Sprintf("Share this plan with your mentor and agree which of %s to review first", w.gapList()), once(1), b.start.AddDays(14)),
		task(session, sessions, b.start.AddDays(28)),
	}
	return withTaskIDs(g)
}

// longTermGoal is the long-term role (five to ten years), with milestones after
// the target role.
func (b *planner) longTermGoal(targetBy skillgap.Date) skillgap.Goal {
	l := b.inv.LongTermRole
	from := skillgap.Date{Time: b.start.AddDate(LongTermFrom, 0, 0)}
	g := skillgap.Goal{
		ID: longTermID, Kind: skillgap.GoalCareer, Horizon: skillgap.LongTerm,
		Title:    "Become " + article(l) + " " + l,
		Specific: fmt.Sprintf("Grow from %s into %s within five to ten years.", b.inv.TargetRole, l),
		Relevant: fmt.Sprintf("Your long-term aspiration; the short-term goals build the skills and record toward it (%s).", orDefault(strings.Join(b.inv.Motivations, ", "), "no motivations stated")),
		Deadline: from,
	}
	after := targetBy.AddDays(28)
	if ClassifyTitle(l).Seniority.Rank() >= skillgap.Director.Rank() {
		g.Measurable = fmt.Sprintf("A %s role, with a team you built and a product line's results to show for it.", l)
		g.Tasks = []skillgap.Task{
			task(fmt.Sprintf("Build a team of product managers strong in %s: hire two and grow one into a senior role", b.who.gap(0)), once(40), after),
			task(fmt.Sprintf("Own the strategy and budget of a product line for a year, %s included, and report its results", b.who.gap(1)), once(30), skillgap.Date{Time: after.AddDate(1, 0, 0)}),
			task(fmt.Sprintf("Speak or write on %s and product leadership: four talks or articles", b.who.gap(2)), every(skillgap.Quarterly, 6, 4), skillgap.Date{Time: after.AddDate(1, 6, 0)}),
			task(fmt.Sprintf("Apply for %s roles, or make the case for promotion, on your record in %s and %s", l, b.who.strength, b.who.gap(0)), once(10), skillgap.Date{Time: from.AddDate(0, -4, 0)}),
		}
	} else {
		g.Measurable = fmt.Sprintf("A %s role, with a launched product and a multi-team bet to show for it.", l)
		g.Tasks = []skillgap.Task{
			task(fmt.Sprintf("Lead a product launch end to end that rests on your %s, and report its growth six months on", b.who.strength), once(40), after),
			task(fmt.Sprintf("Lead a bet that spans several teams, from strategy to results, with %s at its heart", b.who.gap(0)), once(30), skillgap.Date{Time: after.AddDate(1, 0, 0)}),
			task(fmt.Sprintf("Publish four articles or give talks on what you learnt about %s", b.who.gap(1)), every(skillgap.Quarterly, 6, 4), skillgap.Date{Time: after.AddDate(1, 6, 0)}),
			task(fmt.Sprintf("Apply for %s roles, or make the case for promotion, on your record in %s and %s", l, b.who.strength, b.who.gap(0)), once(10), skillgap.Date{Time: from.AddDate(0, -4, 0)}),
		}
	}
	return withTaskIDs(g)
}

// minDate is the earlier of two dates.
func minDate(a, b skillgap.Date) skillgap.Date {
	if a.Before(b.Time) {
		return a
	}
	return b
}
