package skillgap

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
	Budget         float64          `json:"budget,omitempty" yaml:"budget,omitempty"`           // for courses and certifications, in the user's currency; zero means none stated
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
