package skillgap

import "time"

// Demand is what matching postings ask of one skill, with the sample behind it.
type Demand struct {
	SkillID  string `json:"id"`
	Postings int    `json:"postings"` // matching postings that ask for the skill
	Required int    `json:"required"` // of those, postings that require it
	Total    int    `json:"total"`    // matching postings in the window
	// Trend is the change in share, in percentage points, between the recent
	// window and the one before it; TrendSignificant says whether a two-proportion
	// test at the 5% level (with a minimum count) backs it.
	Trend            float64 `json:"trend"`
	TrendSignificant bool    `json:"trend_significant"`
	// Expected is the level postings imply (from their wording and the rubric).
	Expected int `json:"expected"`
}

// Share is the fraction of matching postings that ask for the skill, 0–1.
func (d Demand) Share() float64 {
	if d.Total == 0 {
		return 0
	}
	return float64(d.Postings) / float64(d.Total)
}

// RequiredShare is the fraction of matching postings that require the skill, 0–1.
func (d Demand) RequiredShare() float64 {
	if d.Total == 0 {
		return 0
	}
	return float64(d.Required) / float64(d.Total)
}

// LevelSource says where a user's level in a skill comes from.
type LevelSource string

// LevelSource values.
const (
	Rated    LevelSource = "rated"    // the user rated it (or holds the certification)
	Inferred LevelSource = "inferred" // from related skills, experience or certifications
	Unrated  LevelSource = "unrated"  // nothing to go on: unknown, not zero
)

// StepUp is how much more often the target's postings ask for a skill than
// the postings at the user's current level (the comparison basis).
type StepUp struct {
	Compare      string  `json:"compare"`       // the comparison basis, e.g. "senior PM"
	Postings     int     `json:"postings"`      // comparison postings that ask for the skill
	Total        int     `json:"total"`         // comparison postings
	CompareShare float64 `json:"compare_share"` // Postings/Total, 0–1
	Points       float64 `json:"points"`        // target share − comparison share, in points
	// Shrink (0–1) is how much of Points is kept given the sizes of the two
	// bases; Shrunk = Points × Shrink is what the priority uses.
	Shrink float64 `json:"shrink"`
	Shrunk float64 `json:"shrunk"`
}

// Gap is one skill where the user's level and the market's expectation differ.
type Gap struct {
	Demand
	Name     string    `json:"name"`
	Category string    `json:"category"`
	Kind     SkillKind `json:"kind,omitempty"`
	// Source says where Have comes from; HaveWhy explains an inferred level
	// ("inferred 3 from REST APIs 4").
	Source   LevelSource `json:"source,omitempty"`
	HaveWhy  string      `json:"have_why,omitempty"`
	StepUp   *StepUp     `json:"step_up,omitempty"`
	Have     int         `json:"have"`     // user's level, 0–4
	Want     int         `json:"expected"` // level the target role expects, 0–4
	Priority float64     `json:"priority"` // higher first; see analyze.Weights for the formula
	// Parts holds each term of the priority (demand, trend, level, motivation, effort).
	Parts map[string]float64 `json:"parts,omitempty"`
	// MotivationFit is true when the skill matches one of the user's motivations.
	MotivationFit bool `json:"motivation_fit"`
	// Named is true when the target title names the skill: its domain, or the
	// core of its role family (an AI PM's AI, a director's leading people).
	Named bool `json:"named_by_target,omitempty"`
	// Why explains the row in one sentence with its figures.
	Why string `json:"why"`
	// Examples are up to three postings of the basis that ask for the skill,
	// newest first, each with the sentence that asks. Empty when none were looked up.
	Examples []Example `json:"examples,omitempty"`
}

// Level returns how many levels the user is short, never below zero.
func (g Gap) Level() int { return max(g.Want-g.Have, 0) }

// GapReport compares an inventory with the market for a target role.
type GapReport struct {
	Target    string    `json:"target"`    // the target role as the user wrote it
	Role      string    `json:"role"`      // role family it maps to
	Seniority Seniority `json:"seniority"` // seniority it maps to
	// Basis names the postings the figures count, as the explanations say it
	// ("senior PM"; "senior product" when the search was widened for want of
	// postings). Empty means role and seniority above.
	Basis    string    `json:"basis,omitempty"`
	Postings int       `json:"postings"` // matching postings in the window
	Since    time.Time `json:"since,omitzero"`
	Until    time.Time `json:"until,omitzero"`
	// Reliable is false when too few postings match for the figures to mean much;
	// Note then says so with the count.
	Reliable bool   `json:"reliable"`
	Note     string `json:"note,omitempty"`
	Gaps     []Gap  `json:"gaps"`      // largest priority first
	Strength []Gap  `json:"strengths"` // what the user has that the market wants
	// Valued lists skills the user is motivated by or strong in that the market
	// rarely asks for.
	Valued []Gap `json:"valued_rarely_asked,omitempty"`
	// Trends holds monthly shares of the top skills, for charts: skill id → points.
	Trends map[string][]Point `json:"trends,omitempty"`

	// Roles, Seniorities and Domains describe the basis after any widening;
	// Widening says each step taken to reach it, with counts.
	Roles       []string    `json:"roles,omitempty"`
	Seniorities []Seniority `json:"seniorities,omitempty"`
	Domains     []string    `json:"domains,omitempty"`
	Widening    []Widening  `json:"widening,omitempty"`
	// Compare names the comparison basis the step up is measured against, and
	// ComparePostings its size.
	Compare         string `json:"compare,omitempty"`
	ComparePostings int    `json:"compare_postings,omitempty"`
	// Notes are the caveats a reader must see beside the figures: old data, a
	// single snapshot, a longer window, what was hidden.
	Notes []string `json:"notes,omitempty"`
	// RateThese lists skills the basis asks for that the user has not rated
	// and that nothing infers: questions, not gaps.
	RateThese []Gap `json:"rate_these,omitempty"`
	// Levels lists the levels inferred for skills the basis asks for, with why.
	Inferred []Gap `json:"inferred,omitempty"`
	// Motivations says which skills each motivation matched.
	Motivations []MotivationMatch `json:"motivations,omitempty"`
	// Hidden counts gap rows below the demand cut-off (MinShare), left out unless asked for.
	Hidden int `json:"hidden,omitempty"`
	// Pay compares the pay of basis postings that ask for each gap skill with
	// those that do not, where enough state pay; nil when it was not measured.
	Pay *GapPay `json:"pay,omitempty"`
}

// Widening is one step that widened a small basis.
type Widening struct {
	Step   string `json:"step"`   // what was added or dropped, e.g. "added neighbouring families: platform PM, AI PM"
	Before int    `json:"before"` // postings before the step
	After  int    `json:"after"`  // postings after it
	Label  string `json:"label"`  // the basis after the step
}

// MotivationMatch is what one of the user's motivations pointed at.
type MotivationMatch struct {
	Text       string   `json:"text"`
	Categories []string `json:"categories,omitempty"`
	Skills     []string `json:"skills,omitempty"` // skill ids, when few enough to list
}

// Point is one value of a time series.
type Point struct {
	Time  time.Time `json:"time"`
	Count int       `json:"count"`
	Total int       `json:"total"`
}

// Share is Count/Total, or zero when Total is zero.
func (p Point) Share() float64 {
	if p.Total == 0 {
		return 0
	}
	return float64(p.Count) / float64(p.Total)
}
