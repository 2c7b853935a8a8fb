package main

func strategyDefs() []def {
	return category("strategy",
		d("product-vision", "Product vision", skill, 50, 2,
			"vision", "long-term vision", "product vision statement", "set the vision", "vision setting",
			"define the vision", "north star vision", "vision and strategy").
			guard(notNear(ci("vision"), "dental", "medical", "insurance", "benefits", "computer vision", "401k")).
			levels(
				"can restate the company's and own product's vision and link own work to it.",
				"writes a clear vision for a product area that the team can repeat and use to say no.",
				"sets a multi-year vision for a product line that survives contact with engineering, sales and leadership.",
				"sets the product vision for a company or business unit and keeps it alive through change.",
			).
			evidence(
				"Explains how own team's work serves the company vision, in one paragraph.",
				"A written vision for a product area, adopted by its team.",
				"A multi-year vision narrative or vision-type prototype that leadership approved and roadmaps follow.",
				"Authored the company or business-unit product vision; strategy and roadmaps cite it.",
			).
			practice(
				"Rewrite your team's vision in two sentences and test it on three colleagues.",
				"Write a one-page 'future press release' for your product three years out.",
				"Run a vision workshop with engineering and design leads and publish the outcome.",
				"Present a product-line vision to leadership and revise it with their challenges.",
			),

		d("product-strategy", "Product strategy", skill, 80, 3,
			"strategy", "strategic thinking", "strategic thinker", "strategic product management",
			"product strategies", "strategic direction", "strategic roadmap", "define strategy", "set strategy").
			levels(
				"can explain own product's strategy: target customer, problem, differentiation and the bets being made.",
				"writes a strategy for a feature area that names the diagnosis, the choices and what the team will not do.",
				"owns the strategy of a product with revenue impact; makes explicit bets tied to company goals and revisits them with data.",
				"sets portfolio or company product strategy, allocates investment across bets and aligns the executive team.",
			).
			evidence(
				"A one-page summary of own product's strategy, checked by the product lead.",
				"A written strategy for a feature area with explicit trade-offs, used to decide the roadmap.",
				"A product strategy document approved by leadership, with the metrics that tested its bets.",
				"Led annual strategy for a product line or company; investment shifted because of it.",
			).
			practice(
				"Read 'Good Strategy Bad Strategy' and write your product's diagnosis in one page.",
				"Map your product's strategy on a one-page canvas: customer, problem, bets, non-goals.",
				"Write a six-page strategy for your area and get it reviewed by your manager.",
				"Run a quarterly strategy review comparing bets against results.",
			),

		d("roadmapping", "Roadmapping", skill, 50, 3,
			"roadmap", "product roadmap", "roadmap planning", "own the roadmap", "roadmap ownership",
			"outcome-based roadmap", "now next later", "roadmap development", "build the roadmap").
			levels(
				"reads a roadmap and can say what it commits to and what it leaves open.",
				"keeps a team roadmap organised by outcomes and updates it as priorities change.",
				"builds multi-team roadmaps from strategy, handles dependencies and communicates changes to stakeholders.",
				"designs the roadmapping process for the organisation and keeps roadmaps honest about uncertainty.",
			).
			evidence(
				"Walks through the team roadmap and names its top three assumptions.",
				"A team roadmap maintained for at least two quarters, organised by outcomes rather than dates.",
				"A multi-team roadmap tied to strategy, with a documented change history and stakeholder sign-off.",
				"Introduced a roadmap format or cadence that other product teams adopted.",
			).
			practice(
				"Convert a feature list into a now/next/later roadmap with an outcome per row.",
				"Present your roadmap to sales or support and record their questions.",
				"Rebuild a roadmap from the strategy up and mark which items are bets.",
				"Run a quarterly roadmap review with engineering and leadership.",
			),

		d("prioritisation", "Prioritisation", skill, 50, 3,
			"prioritization", "prioritize", "prioritise", "prioritizing", "trade-offs", "tradeoffs",
			"make trade-offs", "rice", "rice scoring", "moscow", "moscow method", "weighted scoring",
			"cost of delay", "wsjf", "weighted shortest job first", "kano model", "ice scoring",
			"backlog prioritization", "ruthless prioritization").
			guard(cs("RICE"), cs("MoSCoW")).
			guard(notNear(ci("trade-offs"), "system design", "precision"), notNear(ci("tradeoffs"), "system design", "precision")).
			levels(
				"knows common frameworks (RICE, MoSCoW, cost of delay) and why teams need them.",
				"ranks own backlog with a stated method and can explain any item's place.",
				"makes hard trade-offs across teams and stakeholders, says no with reasons, and revisits with new data.",
				"builds the organisation's prioritisation process and arbitrates between portfolios under constraint.",
			).
			evidence(
				"Scores five backlog items with RICE and explains the ranking.",
				"A prioritised backlog with a written rationale that the team follows.",
				"A documented trade-off across teams (what was cut and why) accepted by stakeholders.",
				"Designed the prioritisation process used across product teams.",
			).
			practice(
				"Score your current backlog with RICE and compare with your gut ranking.",
				"Write down three things your team will not do this quarter, and why.",
				"Run a prioritisation session with engineering and design using cost of delay.",
				"Review last quarter's priorities against outcomes and adjust the method.",
			),

		d("okrs", "OKRs & goal setting", skill, 40, 2,
			"okrs", "objectives and key results", "okr", "goal setting", "goal-setting", "key results",
			"quarterly goals", "team goals", "outcome goals").
			levels(
				"knows what separates an objective from a key result and an output from an outcome.",
				"writes team OKRs with measurable key results and tracks them through the quarter.",
				"aligns OKRs across teams with company goals and uses mid-quarter check-ins to change course.",
				"runs the goal-setting process for the product organisation and improves it over cycles.",
			).
			evidence(
				"Rewrites three output goals as outcome key results.",
				"Team OKRs for a quarter with scored results and a retrospective.",
				"Cross-team OKRs aligned to company goals, with check-ins that changed plans.",
				"Owns the OKR process for the product organisation.",
			).
			practice(
				"Rewrite your current goals as one objective with three measurable key results.",
				"Score last quarter's key results honestly and note what you learnt.",
				"Facilitate OKR drafting with your team and one dependent team.",
				"Run mid-quarter check-ins and change a plan because of one.",
			),

		d("business-case", "Business cases", skill, 50, 2,
			"business case", "business cases", "roi analysis", "return on investment", "investment case",
			"build the business case", "cost-benefit analysis", "investment memo").
			levels(
				"knows what a business case contains: problem, options, costs, benefits, risks.",
				"writes a business case for a feature with sized benefits and costs and states its assumptions.",
				"writes business cases for major investments that finance and leadership accept, and tracks them after launch.",
				"sets the standard for investment decisions across the portfolio and reviews others' cases.",
			).
			evidence(
				"Critiques an existing business case and names its weakest assumption.",
				"A business case for a feature with costs, benefits and a sensitivity check.",
				"A business case that secured funding, with post-launch tracking against it.",
				"Reviewed or approved business cases for a portfolio; the template is theirs.",
			).
			practice(
				"Take a shipped feature and write the business case it should have had.",
				"Build a simple cost-benefit model with best, base and worst cases.",
				"Write a business case for your next large initiative and review it with finance.",
				"Compare a funded case with its actual results and write up the gap.",
			),

		d("competitive-analysis", "Competitive analysis", skill, 40, 2,
			"competitive landscape", "competitor analysis", "competitive intelligence", "competitive research",
			"competitive insights", "competitor research", "competitive positioning", "competitive teardown").
			levels(
				"can name the main competitors and describe their products in broad terms.",
				"produces a competitive teardown of features, pricing and positioning for own area.",
				"keeps a living competitive view that informs strategy, roadmaps and sales, with win/loss data.",
				"shapes company strategy from competitive dynamics and anticipates competitors' moves.",
			).
			evidence(
				"A one-page comparison of three competitors' core offers.",
				"A teardown of a competitor's product with screenshots, pricing and implications.",
				"A maintained competitive brief used by sales and product, including win/loss findings.",
				"A strategic decision driven by your competitive analysis, presented to leadership.",
			).
			practice(
				"Sign up for two competitors' products and note the onboarding differences.",
				"Write a teardown of a competitor's latest launch.",
				"Interview the sales team about recent losses and summarise the patterns.",
				"Maintain a quarterly competitive brief and share it with go-to-market teams.",
			),

		d("market-sizing", "Market sizing", skill, 40, 2,
			"tam", "tam sam som", "total addressable market", "serviceable addressable market",
			"addressable market", "market size", "market opportunity sizing", "opportunity sizing").
			guard(cs("TAM")).
			levels(
				"knows TAM, SAM and SOM and the difference between top-down and bottom-up sizing.",
				"sizes a market bottom-up with sourced assumptions and a sanity check.",
				"sizes new markets and segments to decide investments, with sensitivity ranges.",
				"leads sizing for company-level bets and defends it to executives or investors.",
			).
			evidence(
				"Explains a published market-size estimate and its method.",
				"A bottom-up TAM/SAM/SOM for a product with cited sources.",
				"A sizing model that informed a go/no-go decision, with ranges.",
				"Sizing that underpinned a board or investor decision.",
			).
			practice(
				"Estimate a familiar market bottom-up in an hour, then compare with an analyst figure.",
				"Build a TAM/SAM/SOM sheet for your product with sources per assumption.",
				"Add a sensitivity table and present it to your manager.",
				"Size an adjacent market as input to next year's strategy.",
			),

		d("portfolio-management", "Product portfolio management", skill, 60, 2,
			"portfolio management", "product portfolio", "portfolio strategy", "portfolio planning",
			"product line management", "multiple product lines").
			do("balance investment across several products against company goals"),
		d("market-research", "Market research", skill, 40, 2,
			"market analysis", "market trends", "industry trends", "industry research", "market insights",
			"market intelligence").
			do("turn market and industry research into a recommendation"),
		d("business-acumen", "Business acumen", know, 60, 2,
			"commercial awareness", "commercial acumen", "business sense", "p&l", "p&l ownership",
			"profit and loss", "business outcomes", "commercial mindset", "business judgment").
			on("2.C.1.a").
			do("explain how a product decision moves revenue, cost and margin"),
		d("financial-modeling", "Financial modelling & unit economics", skill, 60, 2,
			"financial modeling", "financial modelling", "unit economics", "ltv", "cac", "ltv/cac",
			"customer lifetime value", "customer acquisition cost", "contribution margin", "revenue forecasting",
			"financial analysis").
			guard(cs("LTV")).
			on("2.C.1.c").
			do("build a unit-economics model of a product and test its sensitivity"),
		d("product-lifecycle", "Product lifecycle management", know, 40, 2,
			"product lifecycle", "product life cycle", "end of life", "product sunsetting", "sunset products",
			"deprecation", "lifecycle management").
			do("decide when to invest in, maintain or retire a product"),
		d("platform-strategy", "Platform & ecosystem strategy", skill, 60, 2,
			"platform strategy", "ecosystem strategy", "network effects", "platform thinking",
			"platform business models", "ecosystem products").
			do("design how third parties create value on the platform"),
		d("build-buy-partner", "Build vs buy decisions", skill, 30, 2,
			"build vs buy", "build versus buy", "build or buy", "build/buy/partner", "make or buy",
			"buy vs build").
			do("compare building, buying and partnering for a capability"),
		d("strategic-planning", "Strategic & annual planning", skill, 50, 2,
			"strategic planning", "annual planning", "quarterly planning", "planning cycles",
			"operating plan", "long-range planning", "resource allocation").
			do("turn company goals into a funded annual plan for a product area"),
		d("systems-thinking", "Systems thinking", skill, 40, 2,
			"systems thinker", "second-order effects", "holistic thinking", "big picture thinking").
			on("2.B.4.g").
			do("map how a change ripples through the product, the business and its users"),
		d("product-sense", "Product sense", skill, 80, 3,
			"product intuition", "product judgment", "product judgement", "product taste",
			"product thinking", "product instincts", "great product instincts").
			do("judge what makes a product experience good and what to change first"),
		d("problem-solving", "Problem solving", soft, 40, 3,
			"problem-solving skills", "structured problem solving", "structured thinking", "first principles",
			"first-principles thinking", "problem solver", "solve complex problems").
			on("2.B.2.i").
			do("break an unfamiliar problem into parts and test the most likely answers"),
		d("critical-thinking", "Critical thinking", soft, 40, 2,
			"analytical thinking", "logical reasoning", "sound reasoning", "reasoning skills").
			on("2.A.2.a").
			do("challenge a proposal's assumptions and evidence before acting on it"),
		d("decision-making", "Decision making", soft, 40, 2,
			"decision-making under uncertainty", "good judgment", "sound judgment", "judgement",
			"make decisions", "decisive", "decisiveness").
			on("2.B.4.e").
			do("make a timely call with incomplete data and record why"),
		d("zero-to-one", "0-to-1 product development", skill, 80, 2,
			"0 to 1", "0-1", "zero to one", "zero-to-one", "new product development", "new product introduction",
			"greenfield", "greenfield products", "incubation", "new ventures", "build from scratch").
			do("take a new product from idea to first paying customers"),
		d("product-market-fit", "Product-market fit", know, 60, 2,
			"pmf", "product market fit", "finding product-market fit", "market fit").
			do("judge from retention and customer evidence whether a product has found its market"),
		d("mergers-acquisitions", "M&A & corporate development", know, 60, 1,
			"m&a", "mergers and acquisitions", "corporate development", "acquisition integration",
			"post-merger integration", "due diligence").
			do("assess an acquisition target's product and plan its integration"),
	)
}
