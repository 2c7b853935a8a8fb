package skillgap

import "time"

// Change is how a skill's share of postings moved between two windows, with
// the test that says whether the move is more than noise.
type Change struct {
	SkillID     string  `json:"id"`
	Before      int     `json:"before"`       // postings asking for the skill in the earlier window
	TotalBefore int     `json:"total_before"` // postings in the earlier window
	After       int     `json:"after"`        // postings asking for the skill in the later window
	TotalAfter  int     `json:"total_after"`  // postings in the later window
	ShareBefore float64 `json:"share_before"` // Before/TotalBefore, 0–1
	ShareAfter  float64 `json:"share_after"`  // After/TotalAfter, 0–1
	Delta       float64 `json:"delta"`        // ShareAfter−ShareBefore in percentage points
	Z           float64 `json:"z"`            // two-proportion z statistic (pooled)
	P           float64 `json:"p"`            // two-sided p-value; 1 when there is nothing to test
	// Significant is true when P < 0.05, each window holds enough postings,
	// the later window enough mentions, and Before+After reaches the minimum
	// count (see analyze.CompareWindows).
	Significant bool `json:"significant"`
}

// Trends is what the market asks for among postings that match a filter:
// the top skills with their series and recent change, the skills rising and
// falling significantly, and optionally what is asked together with one
// skill or the top skills broken down by seniority, company or workplace.
type Trends struct {
	AsOf          time.Time  `json:"as_of,omitzero"` // the newest posting's date
	Total         int        `json:"total"`          // matching postings
	Interval      string     `json:"interval"`       // of the series: week, month or quarter
	Skills        []TrendRow `json:"skills"`
	WindowStart   time.Time  `json:"window_start,omitzero"` // the recent window is [WindowStart, WindowEnd)
	WindowEnd     time.Time  `json:"window_end,omitzero"`
	PreviousStart time.Time  `json:"previous_start,omitzero"` // the window before is [PreviousStart, WindowStart)
	Rising        []Change   `json:"rising"`
	Falling       []Change   `json:"falling"`
	// Note says why no change is reported, e.g. a single crawl.
	Note string `json:"note,omitempty"`
	// Snapshots is how many crawls (distinct first-seen days) the figures rest on.
	Snapshots int `json:"snapshots,omitempty"`
	// SeriesBy says how the series count a posting: "posted" (in the interval
	// of its date) or, with several snapshots, "open" (in every interval it
	// was open: first seen ≤ the interval's end, last seen ≥ its start).
	SeriesBy    string       `json:"series_by,omitempty"`
	With        string       `json:"with,omitempty"` // skill id whose co-occurring skills are listed
	WithTotal   int          `json:"with_total,omitempty"`
	CoOccurring []CoRow      `json:"co_occurring,omitempty"`
	By          string       `json:"by,omitempty"` // seniority, company or remote
	Groups      []TrendGroup `json:"groups,omitempty"`
	// ByValues is how many values By has among the matching postings; Groups
	// holds the most frequent of them.
	ByValues int `json:"by_values,omitempty"`
}

// TrendRow is one skill of the trends table.
type TrendRow struct {
	ID        string  `json:"id"`
	Name      string  `json:"name"`
	Category  string  `json:"category,omitempty"`
	Postings  int     `json:"postings"`
	Share     float64 `json:"share"` // of matching postings, 0–1
	Required  int     `json:"required"`
	Preferred int     `json:"preferred"`
	Expected  float64 `json:"expected,omitempty"` // mean level postings state; 0 when none
	Series    []Point `json:"series,omitempty"`   // per interval
	Change    *Change `json:"change,omitempty"`   // recent window against the one before
}

// CoRow is one skill asked for together with Trends.With.
type CoRow struct {
	ID       string  `json:"id"`
	Name     string  `json:"name"`
	Together int     `json:"together"` // postings asking for both
	Postings int     `json:"postings"` // postings asking for this skill
	Share    float64 `json:"share"`    // of the With skill's postings, 0–1
	Lift     float64 `json:"lift"`
}

// TrendGroup is one value of Trends.By with its postings and skill counts.
type TrendGroup struct {
	Value  string         `json:"value"`
	Total  int            `json:"total"`
	Counts map[string]int `json:"counts"` // skill id → postings, for the table's skills
}
