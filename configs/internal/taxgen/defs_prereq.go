package main

// prerequisites lists, per skill, the skills to build before it: a plan books a
// goal after the goals for its prerequisites. Only links a practitioner would
// teach in that order (data analysis before A/B testing, discovery before
// strategy, people management before hiring), never mere relatedness.
var prerequisites = map[string][]string{
	// analytics
	"ab-testing":            {"data-analysis", "metrics-kpis"},
	"causal-inference":      {"statistics", "ab-testing"},
	"cohort-analysis":       {"metrics-kpis"},
	"funnel-analysis":       {"metrics-kpis"},
	"forecasting":           {"data-analysis", "statistics"},
	"metric-trees":          {"metrics-kpis"},
	"data-storytelling":     {"data-analysis"},
	"dashboards":            {"metrics-kpis"},
	"ml-metrics":            {"ai-ml", "statistics"},
	"marketing-attribution": {"product-analytics"},
	"customer-segmentation": {"data-analysis"},
	"root-cause-analysis":   {"data-analysis"},
	// strategy
	"product-strategy":     {"product-discovery", "market-research"},
	"roadmapping":          {"prioritisation"},
	"okrs":                 {"metrics-kpis"},
	"portfolio-management": {"product-strategy", "roadmapping"},
	"strategic-planning":   {"product-strategy"},
	"platform-strategy":    {"product-strategy", "platform-products"},
	"business-case":        {"business-acumen"},
	"financial-modeling":   {"spreadsheet-modeling"},
	"product-market-fit":   {"product-discovery"},
	"zero-to-one":          {"product-discovery", "mvp-lean-startup"},
	"build-buy-partner":    {"business-case"},
	// discovery
	"product-discovery":          {"customer-interviews"},
	"opportunity-solution-trees": {"product-discovery"},
	"research-synthesis":         {"user-research"},
	"jobs-to-be-done":            {"customer-interviews"},
	"assumption-testing":         {"problem-framing"},
	// go-to-market
	"pricing-packaging":       {"business-acumen"},
	"monetisation":            {"business-acumen"},
	"growth":                  {"funnel-analysis", "ab-testing"},
	"conversion-optimisation": {"funnel-analysis", "ab-testing"},
	"retention":               {"cohort-analysis"},
	"plg":                     {"product-analytics"},
	"positioning":             {"competitive-analysis"},
	"go-to-market":            {"positioning"},
	"product-marketing":       {"positioning"},
	"international-expansion": {"go-to-market"},
	// technical and AI
	"llm-evaluation":    {"llms"},
	"rag":               {"llms"},
	"ai-agents":         {"llms"},
	"mlops":             {"ai-ml"},
	"responsible-ai":    {"ai-ml"},
	"system-design":     {"apis"},
	"platform-products": {"apis"},
	"microservices":     {"apis"},
	"sdks":              {"apis"},
	"data-pipelines":    {"databases"},
	// delivery
	"program-management": {"project-management"},
	"safe":               {"agile"},
	"scrum":              {"agile"},
	"kanban":             {"agile"},
	"sprint-planning":    {"backlog-management"},
	"backlog-management": {"user-stories"},
	// leadership
	"people-management":           {"coaching-mentoring"},
	"hiring":                      {"people-management"},
	"team-building":               {"people-management"},
	"organisation-design":         {"people-management"},
	"product-leadership":          {"people-management", "product-strategy"},
	"budget-management":           {"business-acumen"},
	"executive-communication":     {"communication"},
	"influence":                   {"stakeholder-management"},
	"cross-functional-leadership": {"stakeholder-management"},
	// certifications
	"a-cspo":  {"cspo"},
	"pspo-ii": {"pspo-i"},
}
