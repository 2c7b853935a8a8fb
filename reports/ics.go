package reports

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/skillgap/skillgap"
)

// ICS writes p as an iCalendar file (RFC 5545): the weekly time blocks the
// scheduler booked (p.Calendar), as sessions at the plan's calendar slot (see
// sessionSlot) lasting the hours booked that week and naming its tasks; and an
// all-day event on the due day of every task and on the deadline of every
// goal. Sessions are in floating local time: 18:00 is 18:00 wherever the user
// is. UIDs are built from a hash of the plan's owner and the goal or task id,
// or the session's day, so importing a re-made plan updates the events instead
// of duplicating them; DTSTAMP is the plan's creation time, so the same plan
// always gives the same file.
func ICS(w io.Writer, p *skillgap.Plan) error {
	if p == nil {
		return errors.New("write calendar: no plan")
	}
	cal := ics.NewCalendarFor("skillgap")
	cal.SetProductId("-//skillgap//development plan//EN")
	cal.SetCalscale("GREGORIAN")
	cal.SetMethod(ics.MethodPublish)
	cal.SetXWRCalName(icsText(shorten("Development plan: "+p.TargetRole, 60)))
	stamp := planStamp(p)
	owner := ownerHash(p.Owner)
	sessions(cal, p, stamp, owner)
	for i := range p.Goals {
		g := &p.Goals[i]
		for _, t := range g.Tasks {
			if t.Due.IsZero() {
				continue
			}
			e := cal.AddEvent(uid(owner, "task", t.ID))
			day(e, stamp, t.Due)
			e.SetSummary(icsText(shorten(t.Title, 120)))
			e.SetDescription(icsText(taskDescription(g, &t)))
			e.AddCategory(icsText(shorten(g.Title, 80)))
			if t.Status == skillgap.Dropped {
				e.SetStatus(ics.ObjectStatusCancelled)
			}
		}
		if g.Deadline.IsZero() {
			continue
		}
		e := cal.AddEvent(uid(owner, "goal", g.ID))
		day(e, stamp, g.Deadline)
		e.SetSummary(icsText("Deadline: " + shorten(g.Title, 110)))
		e.SetDescription(icsText(goalDescription(g)))
		e.AddCategory(icsText(shorten(g.Title, 80)))
	}
	if err := cal.SerializeTo(w, ics.WithNewLine("\r\n")); err != nil {
		return fmt.Errorf("write calendar: %w", err)
	}
	return nil
}

// day makes e an all-day event on d.
func day(e *ics.VEvent, stamp time.Time, d skillgap.Date) {
	e.SetDtStampTime(stamp)
	e.SetAllDayStartAt(d.Time)
	e.SetAllDayEndAt(d.AddDays(1).Time)
	e.SetProperty(ics.ComponentPropertyTransp, "TRANSPARENT")
}

// planStamp is the plan's creation time, else its start, else the Unix epoch:
// never the clock, so output is reproducible.
func planStamp(p *skillgap.Plan) time.Time {
	switch {
	case !p.Created.IsZero():
		return p.Created.UTC()
	case !p.Start.IsZero():
		return p.Start.UTC()
	}
	return time.Unix(0, 0).UTC()
}

// ownerHash is a short hash of the owner's name: stable, and keeps the name
// out of the UID.
func ownerHash(owner string) string {
	sum := sha256.Sum256([]byte(strings.TrimSpace(owner)))
	return hex.EncodeToString(sum[:6])
}

// uid builds "<owner-hash>-<kind>-<id>@skillgap". An id with characters
// other than letters, digits, '.', '_' and '-' is replaced by its hash so
// that the UID stays one safe token and distinct ids stay distinct.
func uid(owner, kind, id string) string {
	safe := id != "" && len(id) <= 64
	for _, c := range []byte(id) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-') {
			safe = false
			break
		}
	}
	if !safe {
		sum := sha256.Sum256([]byte(id))
		id = "h" + hex.EncodeToString(sum[:8])
	}
	return owner + "-" + kind + "-" + id + "@skillgap"
}

func taskDescription(g *skillgap.Goal, t *skillgap.Task) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Goal: %s\n", oneLine(g.Title))
	if g.Measurable != "" {
		fmt.Fprintf(&b, "Measure: %s\n", oneLine(g.Measurable))
	}
	fmt.Fprintf(&b, "Task %s: %s, %s to %s, %s",
		oneLine(t.ID), HoursCount(t.Hours), dateOf(t.Start), dateOf(t.Due), statusOrTodo(t.Status))
	if t.Notes != "" {
		fmt.Fprintf(&b, "\nNotes: %s", oneLine(t.Notes))
	}
	return b.String()
}

func goalDescription(g *skillgap.Goal) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Goal: %s (%s, %s)\n", oneLine(g.Title), oneLine(string(g.Kind)), horizonName(g.Horizon))
	for _, part := range []struct{ name, text string }{
		{"Specific", g.Specific}, {"Measure", g.Measurable},
		{"Achievable", strings.TrimSpace(HoursCount(g.Hours) + ". " + g.Achievable)},
		{"Relevant", g.Relevant},
	} {
		if part.text != "" {
			fmt.Fprintf(&b, "%s: %s\n", part.name, oneLine(part.text))
		}
	}
	fmt.Fprintf(&b, "Time-bound: %s to %s", dateOf(g.Start), dateOf(g.Deadline))
	return b.String()
}

// icsText cleans text for an iCalendar TEXT value. golang-ical escapes
// backslash, ';', ',' and newline but passes a bare CR through, which would
// end the content line; clean turns every CR into a newline first, and drops
// other control characters.
func icsText(s string) string {
	return clean(s)
}

// sessionSlot is the plan's slot, or a default for its weekly hours: one
// evening for up to two hours a week, two for up to five, three beyond.
func sessionSlot(p *skillgap.Plan) skillgap.Slot {
	if !p.Slot.IsZero() {
		return p.Slot
	}
	days := []time.Weekday{time.Tuesday}
	switch {
	case p.HoursPerWeek > 5:
		days = []time.Weekday{time.Monday, time.Wednesday, time.Saturday}
	case p.HoursPerWeek > 2:
		days = []time.Weekday{time.Tuesday, time.Thursday}
	}
	return skillgap.Slot{Days: days, Start: 18 * 60}
}

// minSession is the shortest session worth a calendar entry: a week's hours
// go to as few of the slot's days as keep every session at least this long.
const minSession = time.Hour

// sessions adds one timed event per session of each booked week.
func sessions(cal *ics.Calendar, p *skillgap.Plan, stamp time.Time, owner string) {
	titles := map[string]string{}
	for _, g := range p.Goals {
		for _, t := range g.Tasks {
			titles[t.ID] = t.Title
		}
	}
	slot := sessionSlot(p)
	type week struct {
		day    skillgap.Date
		hours  float64
		blocks []skillgap.Block
	}
	var weeks []*week
	byDay := map[skillgap.Date]*week{}
	for _, b := range p.Calendar {
		wk, ok := byDay[b.Week]
		if !ok {
			wk = &week{day: b.Week}
			byDay[b.Week] = wk
			weeks = append(weeks, wk)
		}
		wk.hours += b.Hours
		wk.blocks = append(wk.blocks, b)
	}
	for _, wk := range weeks {
		total := time.Duration(wk.hours * float64(time.Hour)).Round(time.Minute)
		n := max(1, min(len(slot.Days), int(total/minSession)))
		each := (total / time.Duration(n)).Round(5 * time.Minute)
		var desc strings.Builder
		for _, b := range wk.blocks {
			fmt.Fprintf(&desc, "%s h: %s (%s)\n", Hours(b.Hours), oneLine(titles[b.Task]), oneLine(b.Task))
		}
		for _, d := range slot.Days[:n] {
			day := wk.day.AddDays((int(d) - int(wk.day.Weekday()) + 7) % 7)
			start := day.Add(time.Duration(slot.Start) * time.Minute)
			e := cal.AddEvent(uid(owner, "session", day.Format("20060102")))
			e.SetDtStampTime(stamp)
			e.SetProperty(ics.ComponentPropertyDtStart, start.Format("20060102T150405"))
			e.SetProperty(ics.ComponentPropertyDtEnd, start.Add(each).Format("20060102T150405"))
			e.SetSummary(icsText(shorten(fmt.Sprintf("Development plan: %s h", Hours(each.Hours())), 120)))
			e.SetDescription(icsText(fmt.Sprintf("This week's %s h of your plan for %s:\n%s", Hours(wk.hours), oneLine(p.TargetRole), desc.String())))
			e.AddCategory("Development plan")
		}
	}
}
