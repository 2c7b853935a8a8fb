package main

import "math"

// skillSpec is one skill the generator may ask for, with how often and how postings say it.
type skillSpec struct {
	ID     string
	P0, P1 float64  // chance a posting asks for it at the window's start and end (before adjustment)
	Prefer float64  // chance it is asked as nice-to-have rather than required
	Resp   []string // responsibility bullets ({area} and {metric} are filled in)
	Req    []string // requirement bullets
	Nice   []string // nice-to-have bullets; empty means Req
}

// skillSpecs is the bank of skills. The wording is ours; it imitates how postings phrase skills.
func skillSpecs() []skillSpec {
	return []skillSpec{
		{ID: "roadmap", P0: 0.62, P1: 0.60, Prefer: 0.03,
			Resp: []string{"Own the roadmap for {area} and keep it tied to company goals", "Build and communicate a clear, outcome-based roadmap for {area}", "Turn strategy into a quarterly roadmap that engineering can commit to"},
			Req:  []string{"A track record of building roadmaps that teams believe in", "Experience owning a product roadmap from idea to launch", "You can balance a long-term roadmap against short-term customer needs"}},
		{ID: "strategy", P0: 0.36, P1: 0.40, Prefer: 0.08,
			Resp: []string{"Set the product vision and strategy for {area}", "Shape a multi-year product strategy for {area} with the leadership team"},
			Req:  []string{"Strong product strategy skills: you can say where a market is going and why", "Strategic thinking grounded in customer and market evidence"}},
		{ID: "prioritization", P0: 0.42, P1: 0.42, Prefer: 0.05,
			Resp: []string{"Prioritise ruthlessly between customer requests, technical debt and new bets", "Make and explain trade-offs so the team always works on what matters most"},
			Req:  []string{"Sound judgement about prioritization and trade-offs", "Comfort saying no, with a clear prioritization framework to back it up"}},
		{ID: "user-research", P0: 0.42, P1: 0.46, Prefer: 0.15,
			Resp: []string{"Talk to customers every week and turn what you hear into clear problem statements", "Run customer interviews and usability tests with our design team", "Plan user research with design and bring the findings to every decision"},
			Req:  []string{"Hands-on experience with user research and customer interviews", "You enjoy talking to users and know how to run a good customer interview", "Experience with qualitative research methods such as interviews and usability testing"},
			Nice: []string{"Training in user research or UX methods", "Experience running usability studies"}},
		{ID: "discovery", P0: 0.20, P1: 0.36, Prefer: 0.2,
			Resp: []string{"Lead product discovery with design and engineering: frame problems, test ideas cheaply, decide what to build", "Run continuous discovery so that we validate problems before we build"},
			Req:  []string{"Experience with product discovery and validating ideas before committing engineering time", "A habit of continuous discovery"},
			Nice: []string{"Familiarity with continuous discovery practices such as opportunity solution trees and assumption testing"}},
		{ID: "experimentation", P0: 0.18, P1: 0.42, Prefer: 0.3,
			Resp: []string{"Design and run A/B tests to improve {metric}", "Build an experimentation habit on the team: hypotheses, tests, readouts", "Run experiments on onboarding and pricing pages and share what we learn"},
			Req:  []string{"Experience designing and analysing A/B tests", "A solid grasp of experimentation: hypotheses, sample sizes, statistical significance", "You have run product experiments and know when a result is real"},
			Nice: []string{"Experience with experimentation platforms such as Optimizely or Statsig", "Background in running a large-scale A/B testing programme"}},
		{ID: "sql", P0: 0.26, P1: 0.36, Prefer: 0.35,
			Resp: []string{"Answer your own questions with SQL rather than waiting on the data team"},
			Req:  []string{"Comfort with SQL: you pull your own data", "Working knowledge of SQL", "Strong analytical skills, including writing SQL queries", "Able to write SQL and build your own dashboards"},
			Nice: []string{"SQL skills", "Experience writing SQL against a data warehouse"}},
		{ID: "product-analytics", P0: 0.22, P1: 0.28, Prefer: 0.5,
			Req:  []string{"Experience with product analytics tools such as Amplitude or Mixpanel", "You know your way around Amplitude, Looker or similar tools", "Hands-on with product analytics: funnels, cohorts, retention"},
			Nice: []string{"Familiarity with Amplitude, Mixpanel or Heap", "Experience with Looker or Tableau dashboards"}},
		{ID: "data-analysis", P0: 0.46, P1: 0.50, Prefer: 0.08,
			Resp: []string{"Dig into product data to find opportunities and size them", "Use data to track how {area} performs and where to invest next"},
			Req:  []string{"Strong analytical skills and a data-driven approach to decisions", "Comfort with data analysis and quantitative reasoning", "You make decisions with data and can explain the numbers behind them"}},
		{ID: "okrs", P0: 0.26, P1: 0.34, Prefer: 0.1,
			Resp: []string{"Define success metrics and OKRs for {area} and report on them", "Set clear KPIs for every launch and follow up on them"},
			Req:  []string{"Experience setting OKRs and measuring outcomes", "You define success metrics before you build"}},
		{ID: "requirements", P0: 0.36, P1: 0.28, Prefer: 0.05,
			Resp: []string{"Write clear PRDs and user stories, and stay close to engineering through delivery", "Write crisp product requirements with acceptance criteria"},
			Req:  []string{"Experience writing product requirements documents (PRDs) and user stories", "Clear written specs: you can write a PRD engineers enjoy reading"}},
		{ID: "agile", P0: 0.38, P1: 0.26, Prefer: 0.25,
			Resp: []string{"Own the backlog and run sprint planning and refinement with your scrum team", "Work in two-week sprints with an agile, cross-functional team"},
			Req:  []string{"Experience working in agile teams using Scrum or Kanban", "Solid understanding of agile product development and Scrum", "Hands-on experience with agile ceremonies: planning, refinement, retrospectives"},
			Nice: []string{"Experience with agile frameworks such as Scrum or SAFe"}},
		{ID: "waterfall", P0: 0.07, P1: 0.01, Prefer: 0.4,
			Req:  []string{"Experience with both agile and waterfall delivery methods", "Comfort moving between waterfall and agile project approaches"},
			Nice: []string{"Exposure to waterfall delivery in regulated projects"}},
		{ID: "scrum-cert", P0: 0.10, P1: 0.02, Prefer: 0.7,
			Req:  []string{"A Scrum certification (CSPO or PSPO)", "Certified Scrum Product Owner (CSPO) or equivalent"},
			Nice: []string{"CSPO, PSPO or a similar product owner certification", "Scrum Product Owner certification"}},
		{ID: "jira", P0: 0.26, P1: 0.20, Prefer: 0.4,
			Req:  []string{"Fluency with Jira and Confluence", "Experience with delivery tools such as Jira or Linear", "Hands-on experience managing a backlog in Jira"},
			Nice: []string{"Familiarity with Jira, Confluence or Productboard"}},
		{ID: "figma", P0: 0.08, P1: 0.12, Prefer: 0.6,
			Req:  []string{"Comfortable sketching flows and wireframes in Figma", "Able to mock up ideas in Figma"},
			Nice: []string{"Working knowledge of Figma", "Some Figma skills for quick mock-ups"}},
		{ID: "stakeholders", P0: 0.50, P1: 0.50, Prefer: 0.03,
			Resp: []string{"Align stakeholders across sales, support, finance and leadership", "Keep executives and partner teams informed and aligned on {area}"},
			Req:  []string{"Excellent stakeholder management, including with senior executives", "Experience managing stakeholders with competing priorities", "You build trust with stakeholders across the business"}},
		{ID: "cross-functional", P0: 0.62, P1: 0.62, Prefer: 0.02,
			Resp: []string{"Partner with engineering, design and data in a cross-functional team", "Work closely with engineering and design from first sketch to launch"},
			Req:  []string{"Experience leading cross-functional teams of engineers, designers and analysts", "A collaborative style that works across functions"}},
		{ID: "communication", P0: 0.55, P1: 0.55, Prefer: 0.02,
			Resp: []string{"Communicate decisions and progress clearly in writing"},
			Req:  []string{"Excellent written and verbal communication skills", "Clear, concise writing; you can explain complex ideas simply", "Strong communication skills"}},
		{ID: "presentation", P0: 0.14, P1: 0.15, Prefer: 0.1,
			Resp: []string{"Present product reviews to the leadership team"},
			Req:  []string{"Confidence presenting to executives and telling a story with data"}},
		{ID: "influence", P0: 0.20, P1: 0.22, Prefer: 0.05,
			Req: []string{"The ability to influence without authority", "Proven ability to drive alignment without formal authority"}},
		{ID: "leadership", Prefer: 0.05,
			Resp: []string{"Hire, coach and grow a team of product managers", "Mentor other product managers and raise the bar for product craft"},
			Req:  []string{"Experience managing and developing product managers", "A track record of hiring and coaching strong product teams", "Experience mentoring junior product managers"}},
		{ID: "ownership", P0: 0.30, P1: 0.30, Prefer: 0.02,
			Req: []string{"A bias for action and a strong sense of ownership", "You take ownership and get things done"}},
		{ID: "ambiguity", P0: 0.25, P1: 0.28, Prefer: 0.05,
			Req: []string{"Comfort with ambiguity in a fast-moving environment", "You thrive in a fast-paced startup setting"}},
		{ID: "problem-solving", P0: 0.25, P1: 0.25, Prefer: 0.05,
			Req: []string{"Structured problem solving and first-principles thinking", "Strong critical thinking and problem-solving skills"}},
		{ID: "customer-focus", P0: 0.25, P1: 0.25, Prefer: 0.05,
			Req: []string{"Genuine empathy for customers", "A customer-obsessed mindset"}},
		{ID: "gtm", P0: 0.17, P1: 0.26, Prefer: 0.25,
			Resp: []string{"Work with product marketing and sales on launches and go-to-market plans", "Plan launches for {area} end to end, from beta to general availability"},
			Req:  []string{"Experience taking products to market with marketing and sales", "Go-to-market experience for B2B products"},
			Nice: []string{"Experience with go-to-market for enterprise customers"}},
		{ID: "pricing", P0: 0.10, P1: 0.15, Prefer: 0.4,
			Resp: []string{"Shape pricing and packaging with finance and sales", "Own monetization experiments for {area}"},
			Req:  []string{"Experience with pricing and packaging decisions", "A good feel for pricing and monetization"},
			Nice: []string{"Exposure to pricing strategy"}},
		{ID: "market-research", P0: 0.18, P1: 0.18, Prefer: 0.2,
			Resp: []string{"Track the market and competitors, and turn what you learn into product bets"},
			Req:  []string{"Experience with market research and competitive analysis"}},
		{ID: "business-acumen", P0: 0.20, P1: 0.22, Prefer: 0.1,
			Req: []string{"Strong business acumen: you can build a business case and talk P&L", "Commercial awareness: you understand how the product makes money"}},
		{ID: "plg", P0: 0.04, P1: 0.12, Prefer: 0.3,
			Resp: []string{"Own activation, conversion and retention loops for self-serve customers"},
			Req:  []string{"Experience with product-led growth (PLG) motions", "A track record of moving activation and retention metrics"}},
		{ID: "technical", P0: 0.16, P1: 0.18, Prefer: 0.15,
			Req: []string{"A technical background: a computer science degree or experience as an engineer", "Able to go deep with engineers on architecture and trade-offs", "Technical fluency: you understand how web services are built"}},
		{ID: "apis", P0: 0.10, P1: 0.16, Prefer: 0.3,
			Resp: []string{"Design the APIs and integrations that partners build on", "Own our public API and SDKs from the developer's point of view"},
			Req:  []string{"Experience building API products or integrations", "Understanding of REST APIs and webhooks"},
			Nice: []string{"Experience with developer-facing APIs"}},
		{ID: "system-design", P0: 0.05, P1: 0.07, Prefer: 0.3,
			Req: []string{"Familiarity with distributed systems and cloud architecture", "Understanding of system design and scalability"}},
		{ID: "cloud", P0: 0.04, P1: 0.07, Prefer: 0.5,
			Req:  []string{"Experience with AWS, GCP or Azure"},
			Nice: []string{"Familiarity with cloud infrastructure on AWS or GCP"}},
		{ID: "llm", P0: 0.03, P1: 0.36, Prefer: 0.45,
			Resp: []string{"Bring LLM-powered features from prototype to production", "Find where generative AI can genuinely help our users, and ship it", "Work with engineers on prompts, retrieval and guardrails for our LLM-based assistant"},
			Req:  []string{"Hands-on experience shipping products built on LLMs", "Experience with generative AI products and their limits", "A working knowledge of large language models and how to build with them"},
			Nice: []string{"Experience with LLMs or generative AI", "Experience building with GenAI APIs", "Familiarity with prompt engineering and retrieval-augmented generation (RAG)"}},
		{ID: "ml", P0: 0.09, P1: 0.18, Prefer: 0.5,
			Resp: []string{"Work with ML engineers to set model quality targets and ship models to production"},
			Req:  []string{"Experience working on machine learning products", "Understanding of machine learning concepts such as training data, precision and recall"},
			Nice: []string{"Background in machine learning or data science"}},
		{ID: "ai-evals", P0: 0, P1: 0.10, Prefer: 0.4,
			Resp: []string{"Define evaluation sets and quality bars for our AI features"},
			Req:  []string{"Experience designing evals for AI features"},
			Nice: []string{"Experience with AI evaluation and red-teaming"}},
		{ID: "python", P0: 0.03, P1: 0.06, Prefer: 0.7,
			Req:  []string{"Some Python for data analysis"},
			Nice: []string{"Python or R for analysis", "Comfort in a Jupyter notebook with Python"}},
		{ID: "mobile", P0: 0.07, P1: 0.07, Prefer: 0.4,
			Req:  []string{"Experience with iOS and Android apps"},
			Nice: []string{"Experience shipping mobile apps"}},
		{ID: "payments", Prefer: 0.35,
			Resp: []string{"Own payment flows end to end: authorisation, settlement, refunds and reconciliation"},
			Req:  []string{"Experience with payments products such as card acquiring or payouts", "Deep knowledge of payments and money movement"},
			Nice: []string{"Experience in payments or fintech"}},
		{ID: "fin-compliance", Prefer: 0.5,
			Req:  []string{"Familiarity with KYC/AML and financial regulation"},
			Nice: []string{"Experience with regulated financial products (KYC, AML, PCI DSS)"}},
		{ID: "hipaa", Prefer: 0.3,
			Resp: []string{"Make sure what we ship meets HIPAA and privacy requirements"},
			Req:  []string{"Experience building products under HIPAA", "Working knowledge of HIPAA and healthcare data privacy"},
			Nice: []string{"Familiarity with HIPAA compliance"}},
		{ID: "healthcare", Prefer: 0.4,
			Req:  []string{"Experience in healthcare or health tech", "Understanding of clinical workflows and EHR systems"},
			Nice: []string{"Experience with EHR integrations such as HL7 or FHIR"}},
		{ID: "b2b-saas", Prefer: 0.35,
			Req:  []string{"Experience with B2B SaaS products", "Background in B2B SaaS, selling to mid-market or enterprise customers"},
			Nice: []string{"Experience in B2B SaaS"}},
		{ID: "marketplaces", Prefer: 0.4,
			Req:  []string{"Experience with two-sided marketplaces", "Experience in e-commerce or marketplaces"},
			Nice: []string{"Background in e-commerce"}},
		{ID: "devtools", Prefer: 0.3,
			Req:  []string{"Experience building developer tools or platforms used by engineers"},
			Nice: []string{"You have shipped products for developers"}},
		{ID: "security", Prefer: 0.4,
			Req:  []string{"Knowledge of security and compliance standards such as SOC 2"},
			Nice: []string{"Familiarity with SOC 2 or ISO 27001"}},
		{ID: "gdpr", Prefer: 0.5,
			Req:  []string{"Understanding of GDPR and data protection"},
			Nice: []string{"Knowledge of GDPR"}},
		{ID: "german", Prefer: 0.6,
			Req:  []string{"Fluent German and English"},
			Nice: []string{"German language skills"}},
	}
}

// skillChance is the chance that posting p asks for skill s: the skill's trend at the
// posting's date, adjusted for role family, seniority, domain and country.
func skillChance(s skillSpec, p *posting) float64 {
	t := p.T
	if s.ID == "llm" {
		t = math.Pow(t, 1.2) // demand for LLM skills accelerates
	}
	q := s.P0 + (s.P1-s.P0)*t
	fam, sen, dom := p.Family, p.Seniority, p.Co.Domain
	senior := sen == "staff" || sen == "lead" || sen == "director" || sen == "vp" || sen == "cpo"
	mult := func(cond bool, m float64) {
		if cond {
			q *= m
		}
	}
	switch s.ID {
	case "llm":
		mult(dom == "ai", 1.6)
		if fam == "ai" {
			q = 0.97
		}
	case "ml":
		mult(dom == "ai", 1.5)
		if fam == "ai" {
			q = 0.85
		}
	case "ai-evals":
		mult(fam == "ai", 3)
	case "experimentation":
		mult(fam == "growth", 2.2)
	case "sql", "product-analytics":
		mult(fam == "growth" || fam == "ai", 1.5)
	case "python":
		mult(fam == "ai", 3)
		mult(fam == "growth", 1.5)
	case "agile", "jira", "requirements":
		mult(fam == "po", 2.2)
	case "scrum-cert":
		mult(fam == "po", 4.5)
	case "waterfall":
		mult(fam == "po" || dom == "insurance", 1.8)
	case "strategy", "business-acumen", "presentation":
		mult(senior, 1.6)
		mult(sen == "associate", 0.4)
	case "leadership":
		q = map[string]float64{"lead": 0.92, "director": 0.95, "vp": 0.97, "cpo": 0.97, "staff": 0.45, "senior": 0.12}[sen]
	case "plg":
		mult(fam == "growth", 5)
	case "pricing", "gtm":
		mult(fam == "growth", 1.8)
		mult(p.Co.B2B, 1.2)
	case "technical", "system-design":
		mult(fam == "technical", 3.5)
		mult(fam == "platform", 2.5)
	case "apis", "cloud":
		mult(fam == "technical" || fam == "platform", 3.5)
		mult(dom == "devtools", 2.5)
	case "mobile":
		mult(dom == "mobility" || dom == "media" || dom == "games" || dom == "edtech" || dom == "energy", 2.5)
	case "payments":
		q = map[string]float64{"payments": 0.75, "accounting": 0.35, "marketplace": 0.2, "travel": 0.2, "mobility": 0.15}[dom] + 0.01
	case "fin-compliance":
		q = map[string]float64{"payments": 0.35, "accounting": 0.25, "insurance": 0.15}[dom]
	case "hipaa":
		q = map[string]float64{"health": 0.6, "hr": 0.08, "insurance": 0.1}[dom]
	case "healthcare":
		q = map[string]float64{"health": 0.5}[dom]
	case "b2b-saas":
		q = 0
		if p.Co.B2B {
			q = 0.42
		}
	case "marketplaces":
		q = map[string]float64{"marketplace": 0.5, "mobility": 0.4, "travel": 0.45}[dom]
	case "devtools":
		q = map[string]float64{"devtools": 0.55, "ai": 0.2}[dom]
	case "security":
		q = map[string]float64{"security": 0.5, "hr": 0.1, "ai": 0.1}[dom] + 0.02
	case "gdpr":
		if p.Place.Country == "DE" || p.Place.Country == "GB" {
			q = 0.15
		}
	case "german":
		q = 0
		if p.Place.Country == "DE" && p.Workplace != "remote" {
			q = 0.4
		}
	}
	return min(q, 0.97)
}
