package main

import "github.com/skillgap/skillgap"

// Resources that teach a skill, named so that a user can find them. Costs are
// typical US prices, rounded (a paperback about $30); zero is free. A plan picks
// the first resource that fits the user's budget for the "{resource}" of a
// practice activity.

func book(name string) skillgap.Resource {
	return skillgap.Resource{Name: name, Kind: "book", Cost: 30}
}
func freeCourse(name string) skillgap.Resource {
	return skillgap.Resource{Name: name, Kind: "course"}
}
func paid(kind, name string, cost int) skillgap.Resource {
	return skillgap.Resource{Name: name, Kind: kind, Cost: cost}
}
func guide(name string) skillgap.Resource { return skillgap.Resource{Name: name, Kind: "guide"} }
func newsletter(name string) skillgap.Resource {
	return skillgap.Resource{Name: name, Kind: "newsletter"}
}

// categoryResources is what a skill without its own resources gets, by category.
// "{name}" and "{noun}" are filled in as in the rubric texts.
var categoryResources = map[string][]skillgap.Resource{
	"strategy":     {book("'Escaping the Build Trap' by Melissa Perri"), book("'Good Strategy Bad Strategy' by Richard Rumelt")},
	"discovery":    {book("'Continuous Discovery Habits' by Teresa Torres"), book("'Inspired' by Marty Cagan")},
	"analytics":    {book("'Lean Analytics' by Alistair Croll and Benjamin Yoskovitz")},
	"delivery":     {guide("'Shape Up' by Ryan Singer (free online at basecamp.com/shapeup)"), book("'Inspired' by Marty Cagan")},
	"technical":    {guide("'Software Engineering at Google' (free online at abseil.io/resources/swe-book)")},
	"go-to-market": {book("'Loved' by Martina Lauchengco"), book("'Obviously Awesome' by April Dunford")},
	"leadership":   {book("'The Making of a Manager' by Julie Zhuo")},
	"domain":       {newsletter("the leading trade newsletter of {noun}")},
	"tools":        {freeCourse("the official {name} getting-started guide (free)")},
	"certifications": {
		guide("the official {noun} syllabus or exam guide (free)"),
	},
}

// skillResources are a skill's own resources, best first.
var skillResources = map[string][]skillgap.Resource{
	// analytics
	"sql":                 {freeCourse("SQLBolt's interactive lessons (free)"), freeCourse("Mode's SQL Tutorial (free)")},
	"ab-testing":          {paid("book", "'Trustworthy Online Controlled Experiments' by Kohavi, Tang and Xu", 40)},
	"statistics":          {freeCourse("Khan Academy's Statistics and Probability course (free)"), book("'Naked Statistics' by Charles Wheelan")},
	"dashboards":          {book("'Storytelling with Data' by Cole Nussbaumer Knaflic")},
	"data-storytelling":   {book("'Storytelling with Data' by Cole Nussbaumer Knaflic")},
	"causal-inference":    {guide("'Causal Inference: The Mixtape' by Scott Cunningham (free online)")},
	"forecasting":         {guide("'Forecasting: Principles and Practice' by Hyndman and Athanasopoulos (free online)")},
	"metrics-kpis":        {book("'Lean Analytics' by Alistair Croll and Benjamin Yoskovitz")},
	"root-cause-analysis": {book("'Thinking in Systems' by Donella Meadows")},
	// strategy
	"product-strategy":   {book("'Good Strategy Bad Strategy' by Richard Rumelt"), book("'Playing to Win' by A.G. Lafley and Roger Martin")},
	"product-vision":     {book("'Working Backwards' by Colin Bryar and Bill Carr")},
	"roadmapping":        {book("'Product Roadmaps Relaunched' by Lombardo, McCarthy, Ryan and Connors")},
	"prioritisation":     {book("'Escaping the Build Trap' by Melissa Perri")},
	"okrs":               {book("'Radical Focus' by Christina Wodtke"), book("'Measure What Matters' by John Doerr")},
	"business-case":      {book("'Financial Intelligence' by Karen Berman and Joe Knight")},
	"business-acumen":    {book("'Financial Intelligence' by Karen Berman and Joe Knight")},
	"financial-modeling": {book("'Financial Intelligence' by Karen Berman and Joe Knight")},
	"competitive-analysis": {
		book("'7 Powers' by Hamilton Helmer"),
	},
	"systems-thinking":   {book("'Thinking in Systems' by Donella Meadows")},
	"decision-making":    {book("'Thinking in Bets' by Annie Duke")},
	"critical-thinking":  {book("'Thinking in Bets' by Annie Duke")},
	"product-sense":      {book("'Inspired' by Marty Cagan")},
	"product-leadership": {book("'Empowered' by Marty Cagan")},
	"zero-to-one":        {book("'The Lean Startup' by Eric Ries")},
	"product-market-fit": {book("'The Lean Startup' by Eric Ries")},
	// discovery
	"product-discovery":   {book("'Continuous Discovery Habits' by Teresa Torres")},
	"user-research":       {book("'Just Enough Research' by Erika Hall")},
	"customer-interviews": {paid("book", "'The Mom Test' by Rob Fitzpatrick", 15)},
	"usability-testing":   {book("'Rocket Surgery Made Easy' by Steve Krug")},
	"jobs-to-be-done":     {book("'Competing Against Luck' by Clayton Christensen et al.")},
	"prototyping":         {book("'Sprint' by Jake Knapp")},
	"design-thinking":     {book("'Sprint' by Jake Knapp")},
	"ux-design":           {book("'Don't Make Me Think' by Steve Krug")},
	"mvp-lean-startup":    {book("'The Lean Startup' by Eric Ries")},
	"assumption-testing":  {book("'Testing Business Ideas' by David Bland and Alex Osterwalder")},
	"opportunity-solution-trees": {
		book("'Continuous Discovery Habits' by Teresa Torres"),
	},
	"accessibility": {guide("the W3C's WCAG 2.2 quick reference (free)")},
	// delivery
	"agile":        {guide("the Agile Manifesto and its twelve principles (free at agilemanifesto.org)")},
	"scrum":        {guide("the Scrum Guide (free at scrumguides.org)")},
	"kanban":       {book("'Kanban' by David J. Anderson")},
	"user-stories": {book("'User Story Mapping' by Jeff Patton")},
	"shape-up":     {guide("'Shape Up' by Ryan Singer (free online at basecamp.com/shapeup)")},
	// technical and AI
	"system-design":        {book("'Designing Data-Intensive Applications' by Martin Kleppmann")},
	"ai-ml":                {freeCourse("'AI For Everyone' by Andrew Ng (DeepLearning.AI on Coursera, free to audit)"), freeCourse("Google's Machine Learning Crash Course (free)")},
	"llms":                 {paid("book", "'AI Engineering' by Chip Huyen", 60)},
	"llm-evaluation":       {paid("book", "'AI Engineering' by Chip Huyen", 60)},
	"rag":                  {paid("book", "'AI Engineering' by Chip Huyen", 60)},
	"ai-agents":            {paid("book", "'AI Engineering' by Chip Huyen", 60)},
	"prompt-engineering":   {guide("a model provider's prompt-engineering guide (Anthropic's or OpenAI's, free)")},
	"mlops":                {paid("book", "'Designing Machine Learning Systems' by Chip Huyen", 50)},
	"security":             {guide("the OWASP Top 10 (free at owasp.org)")},
	"privacy-gdpr":         {guide("the GDPR text and guidance at gdpr-info.eu (free)")},
	"python":               {guide("the official Python Tutorial (free at docs.python.org)")},
	"golang":               {guide("A Tour of Go (free at go.dev/tour)")},
	"r-language":           {guide("'R for Data Science' by Hadley Wickham et al. (free online)")},
	"java":                 {guide("the Java tutorials at dev.java (free)")},
	"technical-background": {freeCourse("Harvard's CS50x on edX (free to audit)")},
	"cloud":                {freeCourse("AWS Cloud Practitioner Essentials on AWS Skill Builder (free)")},
	"aws":                  {freeCourse("AWS Cloud Practitioner Essentials on AWS Skill Builder (free)")},
	"azure":                {freeCourse("Microsoft Learn's Azure Fundamentals (AZ-900) learning path (free)")},
	"kafka":                {freeCourse("Confluent's Apache Kafka 101 course (free)")},
	// go-to-market
	"pricing-packaging": {book("'Monetizing Innovation' by Madhavan Ramanujam and Georg Tacke")},
	"monetisation":      {book("'Monetizing Innovation' by Madhavan Ramanujam and Georg Tacke")},
	"growth":            {book("'Hacking Growth' by Sean Ellis and Morgan Brown")},
	"plg":               {book("'Product-Led Growth' by Wes Bush")},
	"positioning":       {book("'Obviously Awesome' by April Dunford")},
	"product-marketing": {book("'Loved' by Martina Lauchengco")},
	"go-to-market":      {book("'Loved' by Martina Lauchengco")},
	// leadership and soft skills
	"stakeholder-management":  {book("'Crucial Conversations' by Patterson, Grenny, McMillan and Switzler")},
	"communication":           {book("'Writing for Busy Readers' by Todd Rogers and Jessica Lasky-Fink")},
	"written-communication":   {book("'On Writing Well' by William Zinsser")},
	"storytelling":            {book("'Resonate' by Nancy Duarte")},
	"presentation":            {book("'Resonate' by Nancy Duarte")},
	"executive-communication": {book("'The Pyramid Principle' by Barbara Minto")},
	"people-management":       {book("'The Making of a Manager' by Julie Zhuo"), book("'High Output Management' by Andrew Grove")},
	"coaching-mentoring":      {book("'The Coaching Habit' by Michael Bungay Stanier")},
	"influence":               {book("'Influence' by Robert Cialdini")},
	"negotiation":             {book("'Getting to Yes' by Roger Fisher and William Ury"), book("'Never Split the Difference' by Chris Voss")},
	"hiring":                  {book("'Who' by Geoff Smart and Randy Street")},
	"conflict-resolution":     {book("'Difficult Conversations' by Stone, Patton and Heen")},
	"team-building":           {book("'The Five Dysfunctions of a Team' by Patrick Lencioni")},
	"organisation-design":     {book("'Team Topologies' by Matthew Skelton and Manuel Pais")},
	"emotional-intelligence":  {book("'Emotional Intelligence 2.0' by Travis Bradberry and Jean Greaves")},
	"facilitation":            {book("'Gamestorming' by Dave Gray, Sunni Brown and James Macanufo")},
	"time-management":         {book("'Getting Things Done' by David Allen")},
	"cross-functional-leadership": {
		book("'Crucial Conversations' by Patterson, Grenny, McMillan and Switzler"),
	},
	// domains: the trade press people in the domain read
	"b2b-saas":            {book("'The SaaS Playbook' by Rob Walling")},
	"fintech":             {newsletter("This Week in Fintech (free newsletter)")},
	"payments":            {newsletter("Payments Dive (free newsletter)")},
	"banking":             {newsletter("The Financial Brand (free newsletter)")},
	"insurance":           {newsletter("Insurance Journal (free newsletter)")},
	"healthcare":          {newsletter("Fierce Healthcare (free newsletter)")},
	"hipaa":               {guide("the HHS summary of the HIPAA Privacy Rule (free at hhs.gov)")},
	"life-sciences":       {newsletter("Endpoints News (free newsletter)")},
	"ecommerce":           {newsletter("Modern Retail (free newsletter)")},
	"developer-tools":     {newsletter("The Pragmatic Engineer (newsletter, free tier)")},
	"adtech":              {newsletter("AdExchanger (free newsletter)")},
	"martech":             {newsletter("MarTech (free newsletter at martech.org)")},
	"edtech":              {newsletter("EdSurge (free newsletter)")},
	"gaming":              {newsletter("GamesIndustry.biz (free newsletter)")},
	"logistics":           {newsletter("FreightWaves (free newsletter)")},
	"cybersecurity":       {newsletter("Dark Reading (free newsletter)")},
	"hr-tech":             {newsletter("HR Dive (free newsletter)")},
	"govtech":             {newsletter("GovTech (free newsletter at govtech.com)")},
	"travel-hospitality":  {newsletter("Skift (free newsletter)")},
	"social-platforms":    {newsletter("Platformer by Casey Newton (newsletter, free tier)")},
	"telecom":             {newsletter("Light Reading (free newsletter)")},
	"climate-energy":      {newsletter("Canary Media (free newsletter)")},
	"crypto":              {newsletter("CoinDesk (free newsletters)")},
	"legal-tech":          {newsletter("Artificial Lawyer (free newsletter)")},
	"erp-finance-systems": {newsletter("CFO Dive (free newsletter)")},
	"trust-safety":        {guide("the Trust & Safety Professional Association's curriculum (free)")},
	"fraud-risk":          {newsletter("Fraud Magazine by the ACFE (articles free online)")},
	// tools with a named free course
	"jira":      {freeCourse("Atlassian University's Jira fundamentals course (free)")},
	"amplitude": {freeCourse("Amplitude Academy (free)")},
	"excel":     {freeCourse("Microsoft's Excel training videos (free at support.microsoft.com)")},
	// certifications: the exam or course fee is the cost
	"cspo":                        {paid("course", "a Scrum Alliance CSPO course (two days, exam included)", 1000)},
	"a-cspo":                      {paid("course", "a Scrum Alliance A-CSPO course", 1300)},
	"pspo-i":                      {paid("exam", "the Scrum.org PSPO I assessment", 200)},
	"pspo-ii":                     {paid("exam", "the Scrum.org PSPO II assessment", 250)},
	"safe-popm":                   {paid("course", "a Scaled Agile POPM course (exam included)", 1200)},
	"safe-agilist":                {paid("course", "a Leading SAFe course (exam included)", 1000)},
	"pmp":                         {paid("exam", "the PMI PMP exam (plus 35 hours of training)", 575)},
	"pmi-acp":                     {paid("exam", "the PMI-ACP exam", 495)},
	"prince2":                     {paid("exam", "a PRINCE2 Foundation course and exam", 600)},
	"csm":                         {paid("course", "a Scrum Alliance CSM course (exam included)", 1000)},
	"psm-i":                       {paid("exam", "the Scrum.org PSM I assessment", 200)},
	"aws-cloud-practitioner":      {paid("exam", "the AWS Certified Cloud Practitioner exam", 100)},
	"aws-solutions-architect":     {paid("exam", "the AWS Solutions Architect – Associate exam", 150)},
	"google-cloud-digital-leader": {paid("exam", "the Google Cloud Digital Leader exam", 99)},
	"azure-fundamentals":          {paid("exam", "the Microsoft AZ-900 exam", 99)},
	"google-analytics-cert":       {freeCourse("the Google Analytics Certification on Skillshop (free)")},
	"google-data-analytics-cert":  {paid("course", "the Google Data Analytics Certificate on Coursera (about six months' subscription)", 300)},
	"itil":                        {paid("exam", "an ITIL 4 Foundation course and exam", 500)},
	"mba":                         {paid("degree", "a part-time or executive MBA (about two years)", 80000)},
}

// resourcesFor is x's own resources, else its category's, with names filled in.
func resourcesFor(x def, fill func(string) string) []skillgap.Resource {
	rs, ok := skillResources[x.id]
	if !ok {
		rs = categoryResources[x.cat]
	}
	out := make([]skillgap.Resource, len(rs))
	for i, r := range rs {
		r.Name = fill(r.Name)
		out[i] = r
	}
	return out
}
