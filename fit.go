package skillgap

import "time"

// FitReport ranks the open postings of a basis by how well the user fits
// each, now and with the short-term goals of a plan reached.
type FitReport struct {
	Basis    string `json:"basis"`              // the postings judged, e.g. "senior PM in payments or fintech"
	Postings int    `json:"postings"`           // open postings of the basis that could be judged
	Unjudged int    `json:"unjudged,omitempty"` // open postings naming too few skills to judge
	// Next is the user's next step (the target's seniority): postings within
	// one band of it fit. Empty means any seniority.
	Next     Seniority `json:"next_step,omitempty"`
	Location string    `json:"location,omitempty"` // the user's location, as the inventory says it
	Remote   Workplace `json:"remote,omitempty"`   // the workplace the user prefers; empty means any
	Now      int       `json:"fit_now"`            // postings that fit now
	// After is how many fit with every goal of Steps reached; zero without steps.
	After int `json:"fit_after"`
	// NowOnSkills and AfterOnSkills count the postings whose skills fit,
	// whatever their seniority and place.
	NowOnSkills   int `json:"fit_now_on_skills"`
	AfterOnSkills int `json:"fit_after_on_skills"`
	// Steps are the plan's short-term skill and certification goals in plan
	// order, each with the postings that fit once it and those before it are
	// reached. Nil means no plan was given.
	Steps []FitStep `json:"steps,omitempty"`
	// Summary says the figures in one sentence: "12 of 40 open senior PM
	// postings fit you now; 31 after goals 2–4."
	Summary string `json:"summary"`
	// Rules says how a posting is judged, with the thresholds.
	Rules string `json:"rules"`
	// Blockers are the required skills missing most often among the postings
	// that would otherwise fit (seniority and place suit), most first.
	Blockers []Blocker `json:"blockers,omitempty"`
	// Rows holds every judged posting, best fit first.
	Rows []PostingFit `json:"rows"`
	// Notes are caveats about the data (its age, a widened basis).
	Notes []string `json:"notes,omitempty"`
}

// FitStep is one plan goal reached, in plan order, and what it opens.
type FitStep struct {
	Goal    int    `json:"goal"` // the goal's number in the plan, from 1
	ID      string `json:"id"`
	Title   string `json:"title"`
	SkillID string `json:"skill"`
	Level   int    `json:"level"` // the level the goal reaches (4 for a certification held)
	Fits    int    `json:"fits"`  // postings that fit with this goal and those before it reached
}

// Blocker is a required skill that keeps postings from fitting.
type Blocker struct {
	SkillID  string `json:"id"`
	Name     string `json:"name"`
	Postings int    `json:"postings"`       // postings it is missing from, among those that do not fit now
	Goal     int    `json:"goal,omitempty"` // the plan goal that reaches the level they ask; zero means none
}

// PostingFit is how well the user fits one posting.
type PostingFit struct {
	PostingID string    `json:"posting_id"`
	Title     string    `json:"title"`
	Company   string    `json:"company"`
	Date      time.Time `json:"date,omitzero"`
	URL       string    `json:"url,omitempty"`
	Seniority Seniority `json:"seniority,omitempty"`
	Locations []string  `json:"locations,omitempty"`
	Workplace Workplace `json:"workplace,omitempty"`
	// SeniorityOK and LocationOK say whether the posting's band and place suit
	// the user; Why says why not when one does not.
	SeniorityOK bool     `json:"seniority_ok"`
	LocationOK  bool     `json:"location_ok"`
	Why         string   `json:"why,omitempty"`
	Now         FitScore `json:"now"`
	// After is the fit with the plan's short-term goals reached; nil without a plan.
	After *FitScore `json:"after,omitempty"`
}

// FitScore is the skills half of a posting's fit at one set of levels.
type FitScore struct {
	// Score is the percentage of the required skills met, plus up to 10 for
	// the preferred ones met: 0–110.
	Score        float64 `json:"score"`
	Fits         bool    `json:"fits"`       // the skills fit, and seniority and place suit
	SkillsFit    bool    `json:"skills_fit"` // enough of what is required, whatever the seniority and place
	Required     int     `json:"required"`
	RequiredMet  int     `json:"required_met"`
	Preferred    int     `json:"preferred"`
	PreferredMet int     `json:"preferred_met"`
	// Missing lists the skills the posting asks for that the user does not
	// meet, required ones first.
	Missing []Shortfall `json:"missing,omitempty"`
}

// Shortfall is one skill a posting asks for above the user's level.
type Shortfall struct {
	SkillID string      `json:"id"`
	Name    string      `json:"name"`
	Level   Requirement `json:"level"`          // required or preferred
	Have    int         `json:"have"`           // the user's level, 0–4; 0 when unrated
	Source  LevelSource `json:"source"`         // rated, inferred or unrated
	Want    int         `json:"want"`           // the level the posting expects
	Goal    int         `json:"goal,omitempty"` // the plan goal that reaches Want; zero means none
}
