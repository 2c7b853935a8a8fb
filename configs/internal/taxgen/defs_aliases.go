package main

// moreAliases are phrasings found by reading real postings during the
// extraction evaluation (analyze/testdata/eval), kept apart from the
// definitions so that they can be reviewed as one list.
func moreAliases() map[string][]string {
	m := map[string][]string{
		"cross-functional-leadership": {"cross-functionally", "engineering and design", "design and engineering",
			"multidisciplinary team", "multidisciplinary teams", "partner with design", "work with engineers",
			"partner with engineers", "engineering partners", "collaborate across teams", "work closely with design"},
		"requirements-prds":       {"gather requirements", "define requirements", "detailed requirements"},
		"release-management":      {"coordinate releases"},
		"time-management":         {"organised", "organized", "structured way of working"},
		"b2c-consumer":            {"consumer app", "consumer product", "consumer mobile"},
		"decision-making":         {"decide quickly"},
		"presentation":            {"present to", "presenting to"},
		"people-management":       {"leading pms", "lead pms", "manage pms", "managing product managers", "leading product managers", "team of product managers", "manage and coach", "leading product leaders"},
		"developer-tools":         {"developer-facing"},
		"positioning":             {"positioning"},
		"storytelling":            {"storyteller"},
		"search-relevance":        {"query understanding"},
		"prompt-engineering":      {"prompt management"},
		"written-communication":   {"great writer", "write clearly", "clear writer"},
		"program-management":      {"coordinate dependencies", "dependencies across teams"},
		"executive-communication": {"to executives", "with executives", "board-level"},
		"cloud":                   {"cloud software"},
		"climate-energy":          {"climate", "emissions"},
		"data-pipelines":          {"data pipelines", "data pipeline"},
		"customer-interviews":     {"talk to users", "talking to users", "interview customers", "interview users", "talk to merchants"},
		"compliance":              {"regulatory reporting"},
		"media-streaming":         {"streaming platforms", "streaming services"},
		"metrics-kpis":            {"measure impact", "define the metrics", "metrics that matter"},
		"ml-metrics":              {"precision/recall"},
		"data-storytelling":       {"story with data", "tell a story with data"},
		"problem-framing":         {"frame problems"},
		"assumption-testing":      {"test assumptions"},
		"usability-testing":       {"usability sessions"},
		"research-synthesis":      {"synthesize research"},
		"user-research":           {"shadow users"},
		"performance-marketing":   {"google ads", "meta ads", "ads manager"},
		"adtech":                  {"ads platform", "advertisers", "advertiser tools", "ads business"},
		"conversion-optimisation": {"improve conversion"},
		"execution":               {"bias to action", "drive execution"},
		"technical-background": {"technical enough", "technical foundation", "technical understanding", "technical field",
			"computer science", "engineering experience", "development background", "coding experience",
			"experience coding", "technically curious"},
		"ecommerce":        {"online shop", "online retailer"},
		"ambiguity":        {"ambiguity", "ambiguous", "fast-changing"},
		"customer-empathy": {"user-obsessed", "close to customers", "empathizing", "deeply understand customer needs"},
	}
	for id, a := range plainAliases() {
		m[id] = append(m[id], a...)
	}
	return m
}

// plainAliases are skills said in plain words rather than by name ("keep
// leaders informed", "comfortable reading code", "gather feedback"): general
// phrasings that any posting may use, not the wording of one posting.
func plainAliases() map[string][]string {
	return map[string][]string{
		"executive-communication": {"leaders informed", "leadership informed", "executives informed", "executive-level",
			"update leadership"},
		"presentation": {"present progress", "present findings", "present recommendations", "present proposals",
			"present your", "evangelize", "evangelise"},
		"communication": {"communicate", "communicating"},
		"influence": {"build alignment", "building alignment", "create alignment",
			"bring others with you", "bring people along", "rally the", "rally a team", "rally teams", "rally others",
			"convince", "buy-in"},
		"problem-solving": {"solve problems", "solving problems", "solving complex problems", "solve hard problems",
			"solving hard problems", "complex problems"},
		"data-analysis": {"data-informed decisions", "analyze", "analyzing", "use data", "using data", "dive into data", "dig into data", "digging into data", "data analytics"},
		"business-acumen": {"business mindset", "business impact", "business model", "business models", "revenue impact",
			"drive revenue", "commercial impact", "commercial performance", "commercial outcomes"},
		"execution": {"execution", "end-to-end", "autonomously", "own outcomes", "owning outcomes", "take initiative", "taking initiative",
			"take the initiative"},
		"technical-background": {"technical problems", "technical details", "technical products", "deeply technical",
			"highly technical", "technical degree", "degree in a technical", "read code", "reading code", "in the stack", "deep technical",
			"technical discussions", "technical conversations", "technical trade-offs"},
		"customer-empathy": {"user-centered", "user-centred", "center the customer", "centre the customer",
			"delight customers", "delighting customers", "customer problems", "empathize", "empathise"},
		"product-discovery": {"test ideas", "testing ideas", "pressure test", "pressure-test",
			"uncover opportunities", "identify opportunities"},
		"user-research": {"gather feedback", "gathering feedback", "connect with customers", "engage with customers",
			"interact with customers", "time with customers", "meet with customers"},
		"growth":            {"drive adoption", "driving adoption", "product adoption"},
		"launch-management": {"rollout", "rollouts", "roll out", "bring products to market", "bringing products to market"},
		"requirements-prds": {"user requirements", "clear requirements", "write tickets"},
		"system-design":     {"scalable systems", "scalable infrastructure", "systems that scale", "systems at scale"},
		"product-strategy":  {"product direction", "strategic decisions"},
		"compliance": {"regulated industries", "regulated industry", "regulated environment", "regulated environments",
			"regulatory requirements", "regulated products"},
		"market-research": {"technology trends", "market developments"},
		"ambiguity": {"uncertainty", "incomplete information", "incomplete data", "imperfect information",
			"changing priorities", "shifting priorities", "embrace change", "adapt to change"},
	}
}

// aliasNear adds aliases that count only in a sentence with one of words.
func (x def) aliasNear(words []string, aliases ...string) def {
	x.aliases = append(append([]string{}, x.aliases...), aliases...)
	for _, a := range aliases {
		x.guards = append(x.guards, near(ci(a), words...))
	}
	return x
}

// aliasNotNear adds aliases that count only in a sentence with none of words.
func (x def) aliasNotNear(words []string, aliases ...string) def {
	x.aliases = append(append([]string{}, x.aliases...), aliases...)
	for _, a := range aliases {
		x.guards = append(x.guards, notNear(ci(a), words...))
	}
	return x
}

// hiringWords mark a sentence about the hiring process.
func hiringWords() []string {
	return []string{"interview process", "hiring", "candidate", "recruiter", "recruiting", "onsite", "panel",
		"hiring manager", "apply", "application", "interviewer", "offer"}
}
