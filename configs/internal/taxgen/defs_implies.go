package main

import "github.com/skillgap/skillgap"

// im is an implication: a level in the skill implies the level minus drop in
// skill id, at most top.
func im(id string, drop, top int) skillgap.Implication {
	return skillgap.Implication{Skill: id, Drop: drop, Max: top}
}

// implies lists, per skill, the skills a level in it shows at least in part.
// Only links that hold for nearly everyone who has the skill: someone who
// builds REST APIs knows APIs; someone who writes SQL analyses data. They let
// the gap report infer a level the user did not list instead of taking it for
// zero, and always say so ("inferred 3 from REST APIs 4").
var implies = map[string][]skillgap.Implication{
	// technical
	"rest-apis":      {im("apis", 1, 3), im("technical-background", 1, 3)},
	"graphql":        {im("apis", 1, 3), im("technical-background", 1, 3)},
	"sdks":           {im("apis", 1, 3)},
	"apis":           {im("technical-background", 1, 2)},
	"microservices":  {im("system-design", 1, 3), im("technical-background", 1, 3)},
	"system-design":  {im("technical-background", 1, 3), im("sdlc", 2, 2), im("systems-thinking", 1, 3)},
	"python":         {im("technical-background", 1, 3), im("data-analysis", 1, 2)},
	"golang":         {im("technical-background", 1, 3), im("sdlc", 1, 3)},
	"java":           {im("technical-background", 1, 3), im("sdlc", 1, 3)},
	"r-language":     {im("statistics", 1, 3), im("data-analysis", 1, 3)},
	"sql":            {im("data-analysis", 1, 3), im("databases", 1, 2)},
	"ci-cd":          {im("sdlc", 1, 3)},
	"containers":     {im("cloud", 2, 2)},
	"aws":            {im("cloud", 1, 3)},
	"gcp":            {im("cloud", 1, 3)},
	"azure":          {im("cloud", 1, 3)},
	"kafka":          {im("data-pipelines", 1, 3)},
	"data-pipelines": {im("databases", 1, 3)},
	"ios":            {im("mobile-apps", 1, 3)},
	"android":        {im("mobile-apps", 1, 3)},
	"llms":           {im("ai-ml", 1, 3), im("prompt-engineering", 1, 2)},
	"rag":            {im("llms", 1, 3)},
	"ai-agents":      {im("llms", 1, 3)},
	"llm-evaluation": {im("llms", 1, 3)},
	"mlops":          {im("ai-ml", 1, 3)},
	"ml-metrics":     {im("ai-ml", 1, 3)},
	// analytics
	"ab-testing":        {im("metrics-kpis", 1, 3), im("statistics", 2, 2), im("data-analysis", 1, 2)},
	"causal-inference":  {im("ab-testing", 1, 3), im("statistics", 1, 3)},
	"statistics":        {im("data-analysis", 1, 3)},
	"funnel-analysis":   {im("product-analytics", 1, 3), im("metrics-kpis", 1, 3), im("conversion-optimisation", 1, 3), im("growth", 2, 2)},
	"cohort-analysis":   {im("product-analytics", 1, 3), im("metrics-kpis", 1, 3), im("retention", 1, 2)},
	"product-analytics": {im("metrics-kpis", 1, 3), im("data-analysis", 1, 2)},
	"metric-trees":      {im("metrics-kpis", 1, 3)},
	"amplitude":         {im("product-analytics", 1, 2)},
	"mixpanel":          {im("product-analytics", 1, 2)},
	"heap":              {im("product-analytics", 1, 2)},
	"posthog":           {im("product-analytics", 1, 2)},
	"looker":            {im("dashboards", 1, 3)},
	"tableau":           {im("dashboards", 1, 3)},
	"power-bi":          {im("dashboards", 1, 3)},
	"dashboards":        {im("data-analysis", 1, 2)},
	// leadership
	"people-management":       {im("coaching-mentoring", 1, 3), im("hiring", 2, 2), im("team-building", 1, 3)},
	"organisation-design":     {im("people-management", 1, 3)},
	"product-leadership":      {im("people-management", 1, 3), im("product-strategy", 1, 3)},
	"executive-communication": {im("communication", 1, 3), im("presentation", 1, 3)},
	"written-communication":   {im("communication", 1, 3)},
	"stakeholder-management":  {im("communication", 1, 3), im("influence", 1, 2)},
	"influence":               {im("stakeholder-management", 1, 3)},
	"budget-management":       {im("business-acumen", 1, 3)},
	// discovery
	"customer-interviews": {im("user-research", 1, 3), im("customer-empathy", 1, 3), im("customer-feedback", 1, 3)},
	"usability-testing":   {im("user-research", 1, 3)},
	"user-research":       {im("customer-interviews", 1, 3), im("customer-empathy", 1, 3), im("research-synthesis", 1, 3), im("product-discovery", 1, 3), im("customer-feedback", 1, 3)},
	"product-discovery":   {im("problem-framing", 1, 3), im("assumption-testing", 2, 2)},
	"ux-design":           {im("prototyping", 1, 3), im("design-thinking", 1, 3)},
	"figma":               {im("prototyping", 1, 2)},
	// delivery
	"scrum":              {im("agile", 1, 3)},
	"kanban":             {im("agile", 1, 3)},
	"safe":               {im("agile", 1, 3)},
	"sprint-planning":    {im("agile", 1, 3)},
	"backlog-management": {im("user-stories", 1, 3)},
	"requirements-prds":  {im("user-stories", 1, 3), im("documentation", 1, 3)},
	"jira":               {im("agile", 2, 2)},
	// strategy
	"product-strategy":   {im("product-vision", 1, 3), im("roadmapping", 1, 3)},
	"roadmapping":        {im("prioritisation", 1, 3)},
	"prioritisation":     {im("decision-making", 1, 3)},
	"market-research":    {im("competitive-analysis", 1, 3)},
	"okrs":               {im("metrics-kpis", 1, 3)},
	"financial-modeling": {im("business-case", 1, 3), im("spreadsheet-modeling", 1, 3)},
	"business-case":      {im("business-acumen", 1, 3)},
	// go-to-market
	"pricing-packaging": {im("monetisation", 1, 3)},
	"go-to-market":      {im("launch-management", 1, 3)},
	"product-marketing": {im("positioning", 1, 3), im("go-to-market", 1, 3)},
	// domains
	"payments":         {im("fintech", 1, 3)},
	"banking":          {im("fintech", 1, 3)},
	"lending":          {im("fintech", 1, 3)},
	"wealth-investing": {im("fintech", 1, 3)},
	"crypto":           {im("fintech", 1, 3)},
	"kyc-aml":          {im("fintech", 1, 3)},
	"hipaa":            {im("healthcare", 1, 3)},
}
