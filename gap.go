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

// Gap is one skill where the user's level and the market's expectation differ.
type Gap struct {
	Demand
	Name     string  `json:"name"`
	Category string  `json:"category"`
	Have     int     `json:"have"`     // user's level, 0–4
	Want     int     `json:"expected"` // level the target role expects, 0–4
	Priority float64 `json:"priority"` // higher first; see analyze.Weights for the formula
	// Parts holds each term of the priority (demand, trend, level, motivation, effort).
	Parts map[string]float64 `json:"parts,omitempty"`
	// MotivationFit is true when the skill matches one of the user's motivations.
	MotivationFit bool `json:"motivation_fit"`
	// Why explains the row in one sentence with its figures.
	Why string `json:"why"`
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
