package main

import "github.com/skillgap/skillgap"

// Effort estimates for practice activities. Each is the time one occurrence
// takes a working PM (preparation and write-up included) and, for activities
// that recur, the cadence and the number of occurrences the activity text
// implies ("a weekly customer conversation for a quarter" is 12 weekly
// occurrences). They are estimates of the activity, not shares of the skill's
// hours: a plan adds them up.

// once is an activity done one time.
func once(h float64) skillgap.Effort { return skillgap.Effort{Hours: h} }

// weekly, fortnightly, monthly and quarterly are activities that recur n times.
func weekly(h float64, n int) skillgap.Effort {
	return skillgap.Effort{Hours: h, Every: skillgap.Weekly, Times: n}
}
func fortnightly(h float64, n int) skillgap.Effort {
	return skillgap.Effort{Hours: h, Every: skillgap.Fortnight, Times: n}
}
func monthly(h float64, n int) skillgap.Effort {
	return skillgap.Effort{Hours: h, Every: skillgap.Monthly, Times: n}
}
func quarterly(h float64, n int) skillgap.Effort {
	return skillgap.Effort{Hours: h, Every: skillgap.Quarterly, Times: n}
}

// templateEffort is the effort of each template activity of a kind (see
// templateFor), in the same order as its practice texts.
var templateEffort = map[skillgap.SkillKind][4]skillgap.Effort{
	// Read a guide; a specialist's walk-through and a small decision; apply on
	// real work with review; write the team's guideline.
	skillgap.KindKnowledge: {once(6), once(4), once(8), once(6)},
	// Tutorial; use on a project; a reusable template; admin and automation.
	skillgap.KindTool: {once(4), once(5), once(4), once(6)},
	// Syllabus; course; practice exams; the exam (certEffort has each certificate's own).
	skillgap.KindCertification: {once(2), once(16), weekly(2, 2), once(3)},
	// Trade press weekly for a month; three interviews; a one-page map; work in the domain.
	skillgap.KindDomain: {weekly(1, 4), once(5), once(6), monthly(8, 6)},
	// Two colleagues' feedback; a book and two habits; two months of weekly
	// practice with a log; coaching a colleague monthly for a quarter.
	skillgap.KindSoft: {once(1), once(7), weekly(1, 8), monthly(1.5, 3)},
	// A guide and a public case; once on real work with review; twice more
	// unaided a month apart; teach it and write the checklist.
	skillgap.KindSkill: {once(7), once(10), monthly(8, 2), once(6)},
}

// certEffort is each certificate's own preparation: course or study, practice
// exams, and the exam day, from the awarding body's published format.
var certEffort = map[string][4]skillgap.Effort{
	"cspo":                        {once(1), once(16), once(2), once(1)}, // two-day course, no exam
	"a-cspo":                      {once(1), once(16), monthly(4, 3), once(2)},
	"pspo-i":                      {once(2), once(12), weekly(1, 3), once(1)},
	"pspo-ii":                     {once(2), once(16), weekly(1.5, 3), once(1.5)},
	"safe-popm":                   {once(1), once(16), weekly(1, 2), once(1.5)},
	"safe-agilist":                {once(1), once(16), weekly(1, 2), once(1.5)},
	"pmp":                         {once(3), weekly(5, 7), weekly(4, 6), once(4)}, // 35 contact hours
	"pmi-acp":                     {once(2), weekly(5, 4), weekly(3, 4), once(3)},
	"prince2":                     {once(2), once(18), weekly(2, 3), once(1.5)},
	"pragmatic-pmc":               {once(1), once(16), weekly(1, 2), once(1)},
	"aipmm-cpm":                   {once(2), weekly(4, 5), weekly(2, 3), once(3)},
	"product-school-pmc":          {once(1), weekly(4, 8), once(4), once(1)},
	"csm":                         {once(1), once(16), once(1), once(1)},
	"psm-i":                       {once(2), once(12), weekly(1, 3), once(1)},
	"aws-cloud-practitioner":      {once(1), once(12), weekly(2, 3), once(1.5)},
	"aws-solutions-architect":     {once(2), weekly(5, 8), weekly(3, 4), once(2.5)},
	"google-cloud-digital-leader": {once(1), once(10), weekly(2, 2), once(1.5)},
	"azure-fundamentals":          {once(1), once(10), weekly(2, 2), once(1)},
	"google-analytics-cert":       {once(1), once(10), once(3), once(1.5)},
	"google-data-analytics-cert":  {once(2), weekly(6, 24), weekly(2, 4), once(2)},
	"itil":                        {once(2), once(16), weekly(2, 2), once(1)},
	"six-sigma-green-belt":        {once(2), weekly(5, 8), weekly(3, 4), once(3)},
	"cissp":                       {once(3), weekly(6, 16), weekly(4, 6), once(6)},
	"icagile":                     {once(1), once(16), once(1), once(1)},
	// A degree: primer, a short course, a mini-MBA, then the degree itself
	// (part-time, about two years at 15 h a week). Plans offer the degree as an
	// option, never as a task.
	"mba": {once(8), weekly(3, 6), weekly(5, 10), weekly(15, 96)},
}

// practiceEffort is the effort of each hand-written practice activity, in the
// order of the skill's practice list.
var practiceEffort = map[string][4]skillgap.Effort{
	// strategy
	"product-vision":       {once(2), once(6), once(6), once(8)},
	"product-strategy":     {once(10), once(6), once(20), quarterly(4, 2)},
	"roadmapping":          {once(3), once(2), once(8), quarterly(3, 2)},
	"prioritisation":       {once(2), once(2), once(3), once(3)},
	"okrs":                 {once(2), once(2), once(4), monthly(1.5, 3)},
	"business-case":        {once(4), once(5), once(10), once(4)},
	"competitive-analysis": {once(3), once(4), once(4), quarterly(4, 2)},
	"market-sizing":        {once(1.5), once(5), once(3), once(8)},
	// discovery
	"product-discovery":   {once(1), once(6), weekly(1.5, 12), once(8)},
	"user-research":       {once(8), once(10), once(10), once(8)},
	"customer-interviews": {once(5), once(5), weekly(1.5, 12), once(3)},
	"usability-testing":   {once(2), once(8), once(6), monthly(4, 3)},
	"jobs-to-be-done":     {once(8), once(3), once(5), once(6)},
	"problem-framing":     {once(1.5), once(2), once(2), once(4)},
	"prototyping":         {once(1), once(6), once(10), once(8)},
	"design-thinking":     {once(8), once(2.5), once(40), once(8)},
	// analytics
	"sql":               {once(8), weekly(1.5, 8), once(6), once(2)},
	"data-analysis":     {once(1.5), once(8), once(6), monthly(2, 3)},
	"ab-testing":        {once(6), once(5), once(20), once(6)},
	"metrics-kpis":      {once(4), once(4), once(4), once(3)},
	"funnel-analysis":   {once(3), once(3), once(12), once(4)},
	"cohort-analysis":   {once(3), once(4), once(8), once(4)},
	"statistics":        {weekly(3, 8), once(3), once(6), once(4)},
	"dashboards":        {once(2), once(5), once(3), once(4)},
	"product-analytics": {once(2), once(4), once(4), once(5)},
	// delivery
	"agile":              {once(2), weekly(1, 4), once(3), monthly(3, 3)},
	"scrum":              {once(3), fortnightly(0.5, 6), once(3), once(16)},
	"kanban":             {once(2), weekly(0.5, 4), once(3), once(3)},
	"backlog-management": {once(3), once(2), once(3), once(4)},
	"user-stories":       {once(2), once(2), once(4), once(2)},
	"requirements-prds":  {once(1.5), once(8), once(3), once(6)},
	"release-management": {once(4), once(4), once(12), once(4)},
	"sprint-planning":    {once(1), once(2), fortnightly(0.5, 6), once(3)},
	"safe":               {once(3), once(8), once(8), once(20)},
	"launch-management":  {once(2), once(3), once(3), once(4)},
	// technical
	"apis":                 {once(2), once(3), once(6), once(8)},
	"system-design":        {once(8), once(2), once(4), weekly(1, 12)},
	"platform-products":    {once(5), once(8), once(6), once(12)},
	"kafka":                {once(4), once(1.5), once(3), once(4)},
	"cloud":                {once(6), once(2), once(6), once(6)},
	"aws":                  {once(6), once(1.5), once(3), once(4)},
	"gcp":                  {once(6), once(1.5), once(3), once(4)},
	"azure":                {once(6), once(1.5), once(3), once(4)},
	"ai-ml":                {once(8), once(5), once(8), monthly(6, 4)},
	"llms":                 {once(8), once(6), once(6), monthly(6, 3)},
	"prompt-engineering":   {once(2), once(3), once(4), once(4)},
	"security":             {once(3), once(2), once(2), monthly(3, 3)},
	"privacy-gdpr":         {once(3), once(3), once(6), once(6)},
	"mobile-apps":          {once(3), once(4), once(8), weekly(1, 12)},
	"python":               {weekly(2, 5), once(6), once(8), once(8)},
	"golang":               {weekly(2, 5), once(6), once(8), once(8)},
	"r-language":           {weekly(2, 5), once(6), once(8), once(8)},
	"java":                 {weekly(2, 6), once(6), once(8), once(10)},
	"technical-background": {weekly(4, 10), once(24), weekly(1.5, 12), monthly(8, 6)},
	// go-to-market
	"go-to-market":      {once(2), once(6), once(10), once(4)},
	"pricing-packaging": {once(8), once(8), once(8), once(12)},
	"monetisation":      {once(3), once(5), once(12), once(10)},
	"growth":            {once(4), monthly(1, 3), once(15), once(12)},
	"plg":               {once(3), once(4), once(8), once(12)},
	"positioning":       {once(6), once(5), once(6), once(6)},
	"product-marketing": {once(1), once(4), monthly(1.5, 3), once(2)},
	"sales-enablement":  {once(6), once(5), once(4), quarterly(2, 2)},
	"customer-success":  {once(6), once(3), once(12), monthly(1.5, 3)},
	// leadership
	"stakeholder-management":      {once(2), once(5), monthly(1.5, 3), once(3)},
	"communication":               {once(1), once(1), monthly(2, 3), once(6)},
	"storytelling":                {once(1), once(2), once(6), once(12)},
	"cross-functional-leadership": {once(4), once(3), once(30), quarterly(2, 2)},
	"people-management":           {once(8), weekly(1, 12), weekly(1, 24), quarterly(2, 2)},
	"coaching-mentoring":          {once(2), fortnightly(1, 3), once(1), monthly(1.5, 3)},
	"influence":                   {once(10), once(3), once(6), once(8)},
	"negotiation":                 {once(8), once(2), once(8), once(3)},
	"executive-communication":     {once(2), once(1), once(6), once(1)},
	"hiring":                      {once(4), once(3), once(20), once(4)},
	// domain
	"b2b-saas":   {once(4), once(4.5), once(4), monthly(6, 4)},
	"fintech":    {weekly(1, 4), once(2), once(6), monthly(8, 6)},
	"payments":   {once(4), once(4), once(8), monthly(8, 6)},
	"healthcare": {once(6), once(5), once(8), monthly(8, 6)},
	// tools
	"jira":      {once(3), once(3), once(2), once(4)},
	"figma":     {once(3), once(5), once(8), once(3)},
	"amplitude": {once(4), once(3), once(3), once(6)},
	"excel":     {once(8), once(4), once(6), once(6)},
}

// effortFor is the effort of each practice activity of x: its own estimate when
// its practice is hand-written, else its kind's template estimate.
func effortFor(x def) []skillgap.Effort {
	var e [4]skillgap.Effort
	switch own, ok := practiceEffort[x.id]; {
	case ok:
		e = own
	case x.kind == cert && certEffort[x.id] != [4]skillgap.Effort{}:
		e = certEffort[x.id]
	default:
		e = templateEffort[x.kind]
	}
	return e[:]
}

// standalone rewrites hand-written practice activities that lean on the one
// before ("Segment it…"): a plan starts a skill where the user stands, so an
// activity must make sense without its predecessor.
var standalone = map[string]map[int]string{
	"product-discovery": {1: "Test the riskiest assumption behind your next feature within a week with five users or a fake-door test."},
	"market-sizing":     {2: "Add a sensitivity table to a market-size estimate and present it to your manager."},
	"funnel-analysis": {
		1: "Segment your signup funnel by platform and channel and compare.",
		2: "Ship a fix for the worst step of a funnel you own and measure the change.",
	},
	"dashboards":        {2: "Add definitions and alerts to your feature's dashboard, and review its use after a month."},
	"product-analytics": {2: "Build the usage report of your last launched feature in your analytics tool."},
	"llms":              {1: "Write a 30-case evaluation set for an LLM prototype or feature and score its outputs."},
	"ab-testing":        {1: "Design an A/B test on your product's main conversion metric: hypothesis, primary metric and sample size."},
	"ai-ml":             {1: "Interview a data scientist about a model in production (data, metrics, failures) and write down how a model could help one decision in your product."},
	"people-management": {2: "Take on a direct report for six months: weekly one-to-ones and a development plan written together."},
	"kanban":            {1: "Add WIP limits to your team's board and watch what they reveal for a month."},
}

// practiceOf is x's practice with the standalone rewrites applied.
func practiceOf(id string, pr []string) []string {
	over, ok := standalone[id]
	if !ok {
		return pr
	}
	out := append([]string(nil), pr...)
	for i, s := range over {
		if i < len(out) {
			out[i] = s
		}
	}
	return out
}
