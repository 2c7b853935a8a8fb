package main

// place is an office location as boards write it.
type place struct {
	City, Region, RegionName, Country, CountryName string
}

// label is how most boards write the place: "Austin, TX", "London, United Kingdom".
func (p place) label() string {
	switch p.Country {
	case "US", "CA":
		return p.City + ", " + p.Region
	default:
		return p.City + ", " + p.CountryName
	}
}

// remoteLabel is how boards write a remote role in the place's country.
func (p place) remoteLabel(style int) string {
	forms := map[string][]string{
		"US": {"Remote - US", "Remote (United States)", "United States - Remote"},
		"GB": {"Remote - UK", "Remote (United Kingdom)", "UK Remote"},
		"DE": {"Remote - Germany", "Remote (Germany)", "Germany Remote"},
		"CA": {"Remote - Canada", "Remote (Canada)", "Canada Remote"},
	}[p.Country]
	return forms[style%len(forms)]
}

// company is one invented employer of the sample market and how its board looks.
type company struct {
	Name   string
	Slug   string // board token, lever company, ashby board name or careers path segment
	Kind   string // greenhouse, lever, ashby, jsonld, feed
	Site   string // canonical host of its careers site (an .example name)
	Domain string // key into domains
	B2B    bool

	Product  int // listed product postings
	Other    int // non-product postings the title filter must drop
	Unlisted int // ashby: extra product postings with isListed false
	From     int // first month (0 = the window's first) the company posts in

	Offices []place   // the first is headquarters and weighs double
	Remote  float64   // share of remote postings
	Onsite  float64   // share of onsite postings; the rest are hybrid
	Salary  float64   // chance a posting states pay (scaled down outside the US)
	PO      float64   // weight multiplier for product-owner roles
	Style   int       // picks headings, order and markup
	Layout  string    // jsonld only: plain, graph, array, typearray
	TZ      string    // greenhouse only: board time zone
	Blurb   [2]string // "about us" paragraphs
	Mission string    // one line used in role intros
}

// companies returns the employers of the sample market, in generation order.
func companies() []company {
	sanFrancisco := place{"San Francisco", "CA", "California", "US", "United States"}
	newYork := place{"New York", "NY", "New York", "US", "United States"}
	austin := place{"Austin", "TX", "Texas", "US", "United States"}
	seattle := place{"Seattle", "WA", "Washington", "US", "United States"}
	boston := place{"Boston", "MA", "Massachusetts", "US", "United States"}
	chicago := place{"Chicago", "IL", "Illinois", "US", "United States"}
	denver := place{"Denver", "CO", "Colorado", "US", "United States"}
	atlanta := place{"Atlanta", "GA", "Georgia", "US", "United States"}
	london := place{"London", "ENG", "England", "GB", "United Kingdom"}
	manchester := place{"Manchester", "ENG", "England", "GB", "United Kingdom"}
	edinburgh := place{"Edinburgh", "SCT", "Scotland", "GB", "United Kingdom"}
	berlin := place{"Berlin", "BE", "Berlin", "DE", "Germany"}
	munich := place{"Munich", "BY", "Bavaria", "DE", "Germany"}
	hamburg := place{"Hamburg", "HH", "Hamburg", "DE", "Germany"}
	toronto := place{"Toronto", "ON", "Ontario", "CA", "Canada"}
	vancouver := place{"Vancouver", "BC", "British Columbia", "CA", "Canada"}
	montreal := place{"Montreal", "QC", "Quebec", "CA", "Canada"}

	us := []place{sanFrancisco, newYork, austin, seattle}
	return []company{
		{Name: "Northwind Analytics", Slug: "northwind", Kind: "greenhouse", Site: "northwind-analytics.example", Domain: "saas", B2B: true,
			Product: 38, Other: 4, Offices: append(us, toronto), Remote: 0.3, Onsite: 0.1, Salary: 0.85, PO: 0.6, Style: 0, TZ: "America/New_York",
			Blurb: [2]string{
				"Northwind Analytics gives operations teams one place to see how their business is running. More than 4,000 companies use our dashboards, alerts and shared workspaces to spot problems before their customers do.",
				"We are a team of 600 across San Francisco, New York, Austin, Seattle and Toronto, backed by investors who care about durable growth.",
			}, Mission: "help operations teams see what is happening in their business"},
		{Name: "Quaywise Payments", Slug: "quaywise", Kind: "greenhouse", Site: "quaywise.example", Domain: "payments", B2B: true,
			Product: 36, Other: 4, Offices: []place{london, newYork, berlin, manchester}, Remote: 0.15, Onsite: 0.15, Salary: 0.7, PO: 1.2, Style: 1, TZ: "Europe/London",
			Blurb: [2]string{
				"Quaywise moves money for online businesses in 38 countries. Merchants use us to accept cards and bank transfers, pay out to sellers and keep their books straight.",
				"We are regulated in the UK and the EU, and we take that responsibility seriously: reliability and trust come before everything else.",
			}, Mission: "make moving money as simple as sending a message"},
		{Name: "Mossgrove Health", Slug: "mossgrove", Kind: "greenhouse", Site: "mossgrovehealth.example", Domain: "health",
			Product: 32, Other: 3, Offices: []place{boston, chicago, newYork}, Remote: 0.45, Onsite: 0.05, Salary: 0.9, PO: 0.8, Style: 2, TZ: "America/New_York",
			Blurb: [2]string{
				"Mossgrove Health builds virtual care programmes for people living with chronic conditions. Our care teams and software support more than 300,000 members through their health plans and employers.",
				"Clinicians, engineers and designers work side by side here, and every product decision starts with what is safe and useful for patients.",
			}, Mission: "make chronic care feel personal again"},
		{Name: "Tumbleweed Market", Slug: "tumbleweedmarket", Kind: "greenhouse", Site: "tumbleweed-market.example", Domain: "marketplace",
			Product: 34, Other: 4, Offices: []place{seattle, denver, london}, Remote: 0.2, Onsite: 0.2, Salary: 0.8, PO: 0.7, Style: 3, TZ: "America/Los_Angeles",
			Blurb: [2]string{
				"Tumbleweed Market is where independent makers sell vintage, handmade and upcycled goods to shoppers who care where things come from. Nine million buyers shopped with us last year.",
				"We keep the marketplace fair for small sellers, and we measure ourselves by how many of them grow a real business here.",
			}, Mission: "help small sellers build a living from what they make"},
		{Name: "Larchmont Ledger", Slug: "larchmont", Kind: "lever", Site: "larchmontledger.example", Domain: "accounting", B2B: true,
			Product: 30, Other: 3, Offices: []place{newYork, toronto, austin}, Remote: 0.35, Onsite: 0.1, Salary: 0.8, PO: 1.0, Style: 4,
			Blurb: [2]string{
				"Larchmont Ledger automates the monthly close for finance teams at growing companies. Our software matches transactions, chases receipts and prepares the reports accountants used to build by hand.",
				"We are 250 people, profitable, and growing with our customers.",
			}, Mission: "give finance teams their evenings back"},
		{Name: "Harrowgate Freight", Slug: "harrowgate", Kind: "lever", Site: "harrowgatefreight.example", Domain: "logistics", B2B: true,
			Product: 26, Other: 3, Offices: []place{chicago, atlanta, hamburg}, Remote: 0.25, Onsite: 0.3, Salary: 0.7, PO: 1.6, Style: 5,
			Blurb: [2]string{
				"Harrowgate Freight connects shippers, carriers and warehouses on one network. Our platform books loads, tracks them in real time and settles invoices when the truck arrives.",
				"Freight is a huge, old industry, and we think software built with the people who run it can make it calmer and cheaper.",
			}, Mission: "make freight predictable"},
		{Name: "Pebblepath Learning", Slug: "pebblepath", Kind: "lever", Site: "pebblepath.example", Domain: "edtech",
			Product: 24, Other: 3, Offices: []place{london, edinburgh, boston}, Remote: 0.4, Onsite: 0.05, Salary: 0.5, PO: 1.3, Style: 6,
			Blurb: [2]string{
				"Pebblepath Learning makes maths and reading practice that children actually want to do. Teachers in 11,000 schools use our apps to see who needs help and why.",
				"We are a certified B Corporation and we publish the results of every learning study we run.",
			}, Mission: "help every child enjoy learning"},
		{Name: "Quillstack", Slug: "quillstack", Kind: "ashby", Site: "quillstack.example", Domain: "devtools", B2B: true,
			Product: 34, Other: 4, Unlisted: 2, Offices: []place{sanFrancisco, berlin, vancouver}, Remote: 0.55, Onsite: 0.05, Salary: 0.85, PO: 0.3, Style: 7,
			Blurb: [2]string{
				"Quillstack builds the review and release tools that 30,000 engineering teams use to ship code safely. Our command-line tools and CI integrations run millions of checks a day.",
				"We are a remote-first company with hubs in San Francisco, Berlin and Vancouver.",
			}, Mission: "make shipping software boring in the best way"},
		{Name: "Orbitwell AI", Slug: "orbitwell", Kind: "ashby", Site: "orbitwell.example", Domain: "ai", B2B: true,
			Product: 36, Other: 4, Unlisted: 2, From: 7, Offices: []place{sanFrancisco, newYork, london, toronto}, Remote: 0.2, Onsite: 0.2, Salary: 0.9, PO: 0.2, Style: 8,
			Blurb: [2]string{
				"Orbitwell builds machine learning infrastructure for companies that want to run their own models. Our platform handles training, serving and monitoring so that product teams can focus on their customers.",
				"Founded in 2024, we have grown to 180 people and serve some of the largest insurers and retailers in North America.",
			}, Mission: "put reliable models in every product"},
		{Name: "Fernhill Security", Slug: "fernhill", Kind: "ashby", Site: "fernhillsecurity.example", Domain: "security", B2B: true,
			Product: 28, Other: 3, Unlisted: 1, Offices: []place{austin, london, munich}, Remote: 0.35, Onsite: 0.1, Salary: 0.75, PO: 0.8, Style: 9,
			Blurb: [2]string{
				"Fernhill Security protects the identities and devices of mid-sized companies. Our platform finds risky access, fixes it automatically and keeps auditors happy.",
				"Security teams are small and busy; we build for the person who has to do it all.",
			}, Mission: "make good security the default for every company"},
		{Name: "Cinderbrook Insurance", Slug: "cinderbrook", Kind: "jsonld", Site: "cinderbrook.example", Domain: "insurance",
			Product: 20, Other: 2, Offices: []place{chicago, toronto, denver}, Remote: 0.3, Onsite: 0.2, Salary: 0.7, PO: 1.5, Style: 10, Layout: "plain",
			Blurb: [2]string{
				"Cinderbrook Insurance sells home and renters insurance directly to customers, with quotes in minutes and claims handled by people who answer the phone.",
				"We insure more than 700,000 households in the United States and Canada.",
			}, Mission: "make insurance something people understand"},
		{Name: "Saltmarsh Media", Slug: "saltmarsh", Kind: "jsonld", Site: "saltmarshmedia.example", Domain: "media",
			Product: 18, Other: 2, Offices: []place{london, manchester, newYork}, Remote: 0.2, Onsite: 0.15, Salary: 0.45, PO: 1.0, Style: 11, Layout: "graph",
			Blurb: [2]string{
				"Saltmarsh Media publishes podcasts, newsletters and long-form journalism for 12 million monthly readers and listeners, funded by subscriptions.",
				"Our newsroom and product teams sit together, because the best ideas for our audience come from both.",
			}, Mission: "fund independent journalism through products people pay for"},
		{Name: "Kitewing Mobility", Slug: "kitewing", Kind: "jsonld", Site: "kitewing.example", Domain: "mobility",
			Product: 20, Other: 2, Offices: []place{berlin, munich, hamburg, london}, Remote: 0.1, Onsite: 0.25, Salary: 0.3, PO: 1.8, Style: 12, Layout: "array",
			Blurb: [2]string{
				"Kitewing Mobility runs shared e-bikes and scooters in 40 European cities and the app that finds, unlocks and pays for them.",
				"We work with cities, not around them, and we publish our safety data every quarter.",
			}, Mission: "make the car optional in cities"},
		{Name: "Thistledown HR", Slug: "thistledown", Kind: "jsonld", Site: "thistledown-hr.example", Domain: "hr", B2B: true,
			Product: 18, Other: 2, Offices: []place{denver, atlanta, vancouver, montreal}, Remote: 0.4, Onsite: 0.1, Salary: 0.75, PO: 1.0, Style: 13, Layout: "typearray",
			Blurb: [2]string{
				"Thistledown HR runs payroll, benefits and onboarding for small businesses in the United States and Canada. Owners use us to pay their people correctly and on time.",
				"We answer every support call within a minute, and our product teams take turns on the phones.",
			}, Mission: "make employing people simple for small businesses"},
		{Name: "Kestrelworks", Slug: "kestrelworks", Kind: "feed", Site: "kestrelworks.example", Domain: "climate", B2B: true,
			Product: 12, Other: 1, Offices: []place{denver, london}, Remote: 1, Salary: 0.6, PO: 0.5, Style: 14,
			Blurb: [2]string{
				"Kestrelworks helps manufacturers measure and cut the carbon in their supply chains, supplier by supplier.",
				"We are a fully remote team of 90.",
			}, Mission: "make carbon data as trustworthy as financial data"},
		{Name: "Amberway Travel", Slug: "amberway", Kind: "feed", Site: "amberway.example", Domain: "travel",
			Product: 11, Other: 1, Offices: []place{toronto, newYork, berlin}, Remote: 1, Salary: 0.5, PO: 1.0, Style: 15,
			Blurb: [2]string{
				"Amberway Travel books small hotels and guesthouses that the big sites overlook, in 60 countries.",
				"Our team works from 14 countries and meets twice a year somewhere worth visiting.",
			}, Mission: "make independent travel easy to book"},
		{Name: "Voltmere Energy", Slug: "voltmere", Kind: "feed", Site: "voltmere.example", Domain: "energy",
			Product: 10, Other: 1, Offices: []place{austin, manchester}, Remote: 1, Salary: 0.6, PO: 1.0, Style: 16,
			Blurb: [2]string{
				"Voltmere Energy helps households shift their electricity use to the cheapest, cleanest hours, through a smart app and a simple tariff.",
				"We are a remote team building a greener grid, one home at a time.",
			}, Mission: "make clean energy the cheap option"},
		{Name: "Wrenfield Games", Slug: "wrenfield", Kind: "feed", Site: "wrenfieldgames.example", Domain: "games",
			Product: 11, Other: 2, Offices: []place{montreal, vancouver, london}, Remote: 1, Salary: 0.5, PO: 1.0, Style: 17,
			Blurb: [2]string{
				"Wrenfield Games makes cosy multiplayer games played by four million people every month on phones and PCs.",
				"We are a distributed studio, and we make games we want our own families to play.",
			}, Mission: "make games that bring people together"},
	}
}

// domain describes an industry: the product areas its PMs own and what they move.
type domain struct {
	Areas   []string
	Metrics []string
	Partner string // a partner team named in intros
	Phrase  string // "payments or fintech" in experience bullets
}

func domains() map[string]domain {
	return map[string]domain{
		"saas":        {[]string{"Dashboards", "Data Connectors", "Collaboration", "Admin & Permissions", "Alerts", "Integrations", "Self-serve Onboarding"}, []string{"activation", "weekly active teams", "expansion revenue"}, "customer success", "B2B software"},
		"payments":    {[]string{"Checkout", "Payouts", "Fraud & Risk", "Card Issuing", "Billing", "Merchant Onboarding", "Treasury"}, []string{"payment acceptance rates", "merchant activation", "checkout conversion"}, "risk and compliance", "payments or fintech"},
		"health":      {[]string{"Member Experience", "Clinical Tools", "Care Navigation", "Claims", "Provider Platform", "Remote Monitoring"}, []string{"member engagement", "care plan adherence", "clinician time saved"}, "our clinical team", "healthcare"},
		"marketplace": {[]string{"Search & Discovery", "Seller Tools", "Checkout", "Trust & Safety", "Shipping", "Catalog", "Recommendations"}, []string{"buyer conversion", "seller retention", "gross merchandise value"}, "seller operations", "e-commerce or marketplaces"},
		"accounting":  {[]string{"Close Automation", "Accounts Payable", "Expense Management", "Bank Feeds", "Reporting"}, []string{"time to close", "automation rate", "net revenue retention"}, "our accounting experts", "fintech or accounting software"},
		"logistics":   {[]string{"Shipment Tracking", "Carrier Network", "Warehouse Operations", "Routing", "Freight Billing"}, []string{"on-time delivery", "loads booked", "carrier retention"}, "operations", "logistics or supply chain"},
		"edtech":      {[]string{"Learner Experience", "Teacher Tools", "Assessments", "Content Platform", "Parent App"}, []string{"weekly active learners", "lesson completion", "school renewals"}, "our learning scientists", "education technology"},
		"devtools":    {[]string{"CLI & SDKs", "CI Integrations", "Code Review", "Developer Experience", "API Platform", "Release Management"}, []string{"weekly active developers", "time to first review", "paid seat expansion"}, "developer relations", "developer tools"},
		"ai":          {[]string{"Model Serving", "Agents", "Evaluation", "Training Platform", "Enterprise", "Observability"}, []string{"models in production", "inference cost per request", "enterprise adoption"}, "research", "AI or ML platforms"},
		"security":    {[]string{"Identity", "Threat Detection", "Compliance Automation", "Device Management", "Access Reviews"}, []string{"time to remediate", "risky accounts closed", "trial conversion"}, "our security researchers", "security software"},
		"insurance":   {[]string{"Claims", "Quoting", "Policy Management", "Underwriting", "Customer App"}, []string{"quote-to-bind conversion", "claim cycle time", "retention at renewal"}, "underwriting", "insurance or financial services"},
		"media":       {[]string{"Subscriptions", "Podcast App", "Newsletters", "Personalisation", "Advertising"}, []string{"paid subscribers", "listening time", "churn"}, "the newsroom", "consumer media or subscriptions"},
		"mobility":    {[]string{"Rider App", "Fleet Operations", "Pricing & Marketplace", "Payments", "City Partnerships"}, []string{"rides per vehicle", "rider retention", "fleet utilisation"}, "city operations", "mobility or marketplaces"},
		"hr":          {[]string{"Payroll", "Onboarding", "Benefits", "Time Tracking", "Compliance"}, []string{"payroll accuracy", "time to onboard", "customer retention"}, "our payroll specialists", "HR or payroll software"},
		"climate":     {[]string{"Carbon Accounting", "Supplier Data", "Reporting"}, []string{"suppliers onboarded", "report completion"}, "our climate scientists", "climate or sustainability software"},
		"travel":      {[]string{"Booking Flow", "Host Tools", "Search", "Loyalty"}, []string{"booking conversion", "repeat bookings"}, "host partnerships", "travel or marketplaces"},
		"energy":      {[]string{"Home App", "Smart Tariffs", "Billing"}, []string{"load shifted to off-peak hours", "customer retention"}, "energy trading", "energy or utilities"},
		"games":       {[]string{"Player Experience", "Live Ops", "Monetisation", "Social Features"}, []string{"day-30 retention", "average revenue per player"}, "our game designers", "games"},
	}
}
