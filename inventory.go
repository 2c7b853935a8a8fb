package skillgap

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Inventory is the user's honest account of where they stand: roles, skills with
// self-rated levels, experience, certifications, motivations and time available.
type Inventory struct {
	Name         string `json:"name" yaml:"name"`
	CurrentRole  string `json:"current_role" yaml:"current_role"`
	TargetRole   string `json:"target_role" yaml:"target_role"`       // reached within 2 years
	LongTermRole string `json:"long_term_role" yaml:"long_term_role"` // reached in 5–10 years
	// TargetBy is when the user wants the target role. Zero means two years after Start.
	TargetBy Date   `json:"target_by,omitzero" yaml:"target_by,omitempty"`
	Location string `json:"location,omitempty" yaml:"location,omitempty"`
	// Remote is the workplace the user prefers. Empty means any.
	Remote Workplace `json:"remote,omitempty" yaml:"remote,omitempty"`
	// HoursPerWeek is the time available for development, in hours per week.
	HoursPerWeek float64 `json:"hours_per_week" yaml:"hours_per_week"`
	// Start is the first day of the plan. Zero means today.
	Start          Date             `json:"start,omitzero" yaml:"start,omitempty"`
	Skills         []InventorySkill `json:"skills" yaml:"skills"`
	Experience     []Experience     `json:"experience,omitempty" yaml:"experience,omitempty"`
	Certifications []Certification  `json:"certifications,omitempty" yaml:"certifications,omitempty"`
	Motivations    []string         `json:"motivations,omitempty" yaml:"motivations,omitempty"` // categories, skill ids or aliases, or free text
	Budget         float64          `json:"budget,omitempty" yaml:"budget,omitempty"`           // for courses and certifications, in Currency; zero means none stated
	// Currency is the ISO 4217 code of Budget ("EUR"). Empty means US dollars.
	Currency string `json:"currency,omitempty" yaml:"currency,omitempty"`
	// Domain is the business domain the user works in or aims at ("payments",
	// "healthcare"), used to put plan tasks in the user's context. Empty means
	// the one the target role names, if any.
	Domain string `json:"domain,omitempty" yaml:"domain,omitempty"`
	// CompanyType is the kind of company ("B2B SaaS start-up", "bank"). Empty means unstated.
	CompanyType string `json:"company_type,omitempty" yaml:"company_type,omitempty"`
	// CalendarSlot is when in the week the user does development work, for the
	// plan's calendar. Zero means the plan's default.
	CalendarSlot Slot `json:"calendar_slot,omitzero" yaml:"calendar_slot,omitempty"`
}

// InventorySkill is one skill the user has, at a self-rated level.
type InventorySkill struct {
	Skill    string `json:"skill" yaml:"skill"` // taxonomy id once resolved; the user may write any alias
	Level    int    `json:"level" yaml:"level"` // 0–4
	Evidence string `json:"evidence,omitempty" yaml:"evidence,omitempty"`
	LastUsed string `json:"last_used,omitempty" yaml:"last_used,omitempty"` // year or YYYY-MM
}

// Experience is one role the user held.
type Experience struct {
	Role       string   `json:"role" yaml:"role"`
	Company    string   `json:"company,omitempty" yaml:"company,omitempty"`
	Start      string   `json:"start,omitempty" yaml:"start,omitempty"` // YYYY-MM or YYYY-MM-DD
	End        string   `json:"end,omitempty" yaml:"end,omitempty"`     // empty means current
	Highlights []string `json:"highlights,omitempty" yaml:"highlights,omitempty"`
}

// Certification is one certification the user holds.
type Certification struct {
	Name string `json:"name" yaml:"name"`
	Date string `json:"date,omitempty" yaml:"date,omitempty"`
}

// Level returns the user's level in skill id, and whether the inventory lists it.
func (inv *Inventory) Level(id string) (int, bool) {
	for _, s := range inv.Skills {
		if s.Skill == id {
			return s.Level, true
		}
	}
	return 0, false
}

// Slot is a weekly time for development work: the days of the week and the
// time of day the sessions start, written "Tue Thu 18:30".
type Slot struct {
	Days  []time.Weekday // in week order, each once
	Start int            // minutes after midnight, 0–1439
}

// IsZero reports whether the slot is unset.
func (s Slot) IsZero() bool { return len(s.Days) == 0 }

// ParseSlot reads a slot: one or more day names (Mon, Tuesday, …; separated by
// spaces or commas) followed by a time HH:MM.
func ParseSlot(text string) (Slot, error) {
	fields := strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
	if len(fields) < 2 {
		return Slot{}, fmt.Errorf("calendar slot %q: want days and a time, such as \"Tue Thu 18:30\"", text)
	}
	var s Slot
	seen := map[time.Weekday]bool{}
	for _, f := range fields[:len(fields)-1] {
		d, ok := weekday(f)
		if !ok {
			return Slot{}, fmt.Errorf("calendar slot %q: %q is not a day of the week", text, f)
		}
		if !seen[d] {
			seen[d] = true
			s.Days = append(s.Days, d)
		}
	}
	// Week order from Monday, so that the slot reads the same however written.
	order := func(d time.Weekday) int { return (int(d) + 6) % 7 }
	for i := 1; i < len(s.Days); i++ {
		for j := i; j > 0 && order(s.Days[j]) < order(s.Days[j-1]); j-- {
			s.Days[j], s.Days[j-1] = s.Days[j-1], s.Days[j]
		}
	}
	hm := fields[len(fields)-1]
	h, m, ok := strings.Cut(hm, ":")
	hour, err1 := strconv.Atoi(h)
	minute, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || hour < 0 || hour > 23 || minute < 0 || minute > 59 || len(m) != 2 {
		return Slot{}, fmt.Errorf("calendar slot %q: %q is not a time HH:MM", text, hm)
	}
	s.Start = hour*60 + minute
	return s, nil
}

// weekday reads a day name or its first three letters, in any case.
func weekday(s string) (time.Weekday, bool) {
	s = strings.ToLower(s)
	for d := time.Sunday; d <= time.Saturday; d++ {
		name := strings.ToLower(d.String())
		if s == name || (len(s) >= 3 && strings.HasPrefix(name, s)) {
			return d, true
		}
	}
	return 0, false
}

// String writes the slot as "Tue Thu 18:30", or "" when it is unset.
func (s Slot) String() string {
	if s.IsZero() {
		return ""
	}
	var b strings.Builder
	for _, d := range s.Days {
		b.WriteString(d.String()[:3] + " ")
	}
	fmt.Fprintf(&b, "%02d:%02d", s.Start/60, s.Start%60)
	return b.String()
}

// MarshalText writes the slot as String does.
func (s Slot) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a slot as ParseSlot does; empty text is the zero Slot.
func (s *Slot) UnmarshalText(b []byte) error {
	if strings.TrimSpace(string(b)) == "" {
		*s = Slot{}
		return nil
	}
	v, err := ParseSlot(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
