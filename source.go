package skillgap

// Source kinds.
const (
	Greenhouse = "greenhouse"
	Lever      = "lever"
	Ashby      = "ashby"
	JSONLD     = "jsonld"
	Feed       = "feed"
	// SmartRecruiters and Workable are the public posting APIs of those ATSs.
	SmartRecruiters = "smartrecruiters"
	Workable        = "workable"
)

// SourceKinds lists every kind of source the crawler knows.
func SourceKinds() []string {
	return []string{Greenhouse, Lever, Ashby, SmartRecruiters, Workable, JSONLD, Feed}
}

// Source is one configured place to crawl.
type Source struct {
	Name string `json:"name" yaml:"name"`
	Kind string `json:"kind" yaml:"kind"` // one of SourceKinds()
	// Board is the board token (greenhouse), company (lever) or board name (ashby).
	Board string `json:"board,omitempty" yaml:"board,omitempty"`
	// URL is the start page (jsonld) or the feed (feed).
	URL string `json:"url,omitempty" yaml:"url,omitempty"`
	// Company names the employer where the source does not (jsonld pages without
	// hiringOrganization, greenhouse and ashby boards). Empty means the board name.
	Company string `json:"company,omitempty" yaml:"company,omitempty"`
	// BaseURL replaces the scheme and host of the kind's API and keeps its path,
	// so that a mirror or a test server can stand in. Empty means the public API.
	BaseURL string `json:"base_url,omitempty" yaml:"base_url,omitempty"`
	// Include and Exclude are case-insensitive regular expressions over titles,
	// applied after the built-in product-role filter: a title matching Include is
	// kept even if the built-in filter drops it; one matching Exclude is dropped.
	Include []string `json:"include,omitempty" yaml:"include,omitempty"`
	Exclude []string `json:"exclude,omitempty" yaml:"exclude,omitempty"`
	// MaxDepth bounds link-following from URL (jsonld). Zero means 2.
	MaxDepth int `json:"max_depth,omitempty" yaml:"max_depth,omitempty"`
	// MaxPages bounds the pages fetched for one jsonld source. Zero means 200.
	MaxPages int `json:"max_pages,omitempty" yaml:"max_pages,omitempty"`
}
