package main

func gtmDefs() []def {
	return category("go-to-market",
		d("go-to-market", "Go-to-market strategy", skill, 50, 2,
			"go-to-market", "gtm", "go to market strategy", "gtm strategy", "gtm planning", "go-to-market plans",
			"market launch", "gtm motion", "go-to-market execution").
			guard(notNear(cs("GTM"), "tag manager", "google tag")).
			levels(
				"knows the parts of a go-to-market plan: segment, message, channel, pricing, sales motion.",
				"writes the GTM plan for a feature with product marketing and sales.",
				"leads GTM for new products or markets, choosing the motion (sales-led, product-led) and measuring it.",
				"sets company GTM strategy across products and markets with marketing and sales leaders.",
			).
			evidence(
				"Explains the GTM of a recent launch in own company.",
				"A GTM plan for a feature, written with product marketing.",
				"GTM for a new product or market with adoption and revenue results.",
				"Led company-level GTM strategy or a change of sales motion.",
			).
			practice(
				"Read your company's last launch plan and note the GTM choices.",
				"Co-write the GTM brief for your next feature with product marketing.",
				"Define the target segment and channel for a new product and test them.",
				"Review GTM results a quarter after launch and adjust.",
			),
		d("pricing-packaging", "Pricing & packaging", skill, 60, 2,
			"pricing", "packaging", "pricing and packaging", "pricing strategy", "pricing models", "price testing",
			"usage-based pricing", "tiering", "pricing tiers", "willingness to pay", "van westendorp",
			"value-based pricing", "pricing experiments", "plans and packaging").
			guard(notNear(ci("packaging"), "packaging materials", "sustainable packaging", "consumer packaged goods")).
			levels(
				"knows common pricing models (per seat, usage, tiered, freemium) and their trade-offs.",
				"analyses pricing data and proposes packaging changes for own product with finance.",
				"leads pricing changes end to end: research, willingness-to-pay, tests, rollout and grandfathering.",
				"sets pricing strategy across the portfolio and owns its monetisation outcomes.",
			).
			evidence(
				"Compares the pricing pages of three competitors and explains their logic.",
				"A packaging proposal with data and a revenue estimate.",
				"Led a pricing change with measured effect on revenue and churn.",
				"Owns pricing strategy for a product line or company.",
			).
			practice(
				"Read 'Monetizing Innovation' and map your product to its ideas.",
				"Run a Van Westendorp survey with existing customers.",
				"Model a packaging change's revenue impact with finance.",
				"Run a pricing test with a clear rollback plan.",
			),
		d("monetisation", "Monetisation", skill, 50, 2,
			"monetization", "revenue models", "revenue streams", "paywalls", "in-app purchases", "upsell",
			"cross-sell", "expansion revenue", "net revenue retention", "nrr", "subscriptions", "subscription business",
			"revenue growth", "arpu").
			guard(cs("NRR")).
			levels(
				"knows how the product makes money and its main revenue metrics (ARPU, NRR, conversion).",
				"ships monetisation features (upgrade prompts, paywalls) and measures revenue effect.",
				"owns a revenue line: designs monetisation models and experiments with finance.",
				"sets the company's monetisation strategy across products.",
			).
			evidence(
				"Explains the product's revenue model and its top metric.",
				"Shipped a monetisation feature with measured revenue impact.",
				"Owned a revenue target for a product line and hit it.",
				"Designed the company's monetisation model or a new revenue stream.",
			).
			practice(
				"Map every place your product asks users to pay.",
				"Analyse conversion from free to paid by cohort.",
				"Run an upgrade-prompt experiment with a revenue metric.",
				"Build a revenue model for a new stream and review it with finance.",
			),
		d("growth", "Growth", skill, 60, 2,
			"growth", "growth product management", "growth strategy", "growth loops", "activation", "user acquisition",
			"aarrr", "pirate metrics", "viral loops", "referral programs", "virality", "growth experiments",
			"acquisition and activation").
			// A bare "growth" is the skill only beside the growth vocabulary:
			// "ACV growth" or "continuous growth is encouraged" is not.
			guard(notNear(near(ci("growth"), "acquisition", "activation", "retention", "funnel", "funnels",
				"experiment", "experiments", "experimentation", "loops", "loop", "flywheel", "growth team",
				"growth marketing", "conversion", "onboarding", "self-serve", "viral", "referral", "plg",
				"product-led", "monetization", "engagement", "growth pm", "growth product"), "career growth", "professional growth", "growth opportunities", "personal growth",
				"hypergrowth", "hyper-growth", "high-growth", "fast-growing", "growth stage", "growth mindset",
				"opportunities for growth", "opportunity for growth", "growth and development", "equity",
				"rapid growth", "fostering growth", "company growth")).
			levels(
				"knows the growth funnel (acquisition, activation, retention, referral, revenue) and loops.",
				"runs growth experiments on one funnel step and reads their results.",
				"owns a growth area: builds loops, runs an experiment pipeline and moves a top-line metric.",
				"leads growth strategy and team for the company.",
			).
			evidence(
				"Maps own product's growth funnel with current numbers.",
				"Ran growth experiments on one funnel step, with results written up.",
				"Moved an activation, retention or referral metric measurably over a quarter.",
				"Built or led a growth team and its strategy.",
			).
			practice(
				"Map your product's acquisition-to-referral funnel with numbers.",
				"Keep a backlog of ten growth ideas scored by impact and confidence.",
				"Run three experiments on the weakest step in a month.",
				"Design a growth loop and measure its cycle.",
			).
			do("run a growth experiment"),
		d("plg", "Product-led growth", know, 40, 2,
			"plg", "product-led", "self-serve", "self-service", "freemium", "free trial conversion", "free trials",
			"product-qualified leads", "pql", "bottom-up adoption").
			guard(cs("PLG")).
			levels(
				"knows what product-led growth is and how it differs from sales-led.",
				"improves self-serve flows (signup, trial, upgrade) and measures conversion.",
				"designs PLG motions, including product-qualified leads handed to sales.",
				"sets the company's PLG strategy and hybrid sales model.",
			).
			evidence(
				"Explains a PLG company's funnel and key metric.",
				"Improved a self-serve step with measured conversion gain.",
				"Designed a PQL model that sales adopted.",
				"Led a move to or scaling of a product-led motion.",
			).
			practice(
				"Sign up for three PLG products and compare their first ten minutes.",
				"Measure time-to-value in your own product.",
				"Define product-qualified leads with sales and test them.",
				"Design the free-to-paid journey and its experiments.",
			),
		d("positioning", "Positioning & messaging", skill, 40, 2,
			"messaging", "positioning and messaging", "value proposition", "value propositions", "value props",
			"product positioning", "market positioning", "differentiation").
			guard(notNear(ci("messaging"), "messaging apps", "instant messaging", "messaging platform", "kafka", "queue")).
			levels(
				"knows what positioning is: who it is for, the alternative, the difference and why it matters.",
				"drafts value propositions for features with product marketing.",
				"leads positioning for a product, tested with customers and used by sales.",
				"sets company-level positioning and category strategy.",
			).
			evidence(
				"Writes a one-sentence positioning statement for own product.",
				"Value propositions for a launched feature, co-written with marketing.",
				"A positioning document tested in customer interviews and adopted by sales.",
				"Led a repositioning or category-creation effort.",
			).
			practice(
				"Read 'Obviously Awesome' and fill in its positioning canvas.",
				"Test two value propositions in five customer calls.",
				"Rewrite the product page copy with marketing from the positioning.",
				"Run a positioning workshop with sales, marketing and product.",
			),
		d("product-marketing", "Product marketing collaboration", skill, 30, 2,
			"product marketing", "pmm", "product marketing managers", "marketing collaboration").
			levels(
				"knows what product marketing owns and how it works with product.",
				"briefs product marketing early and gives them what they need to launch.",
				"runs a joint planning rhythm with product marketing across launches and positioning.",
				"shapes how product and marketing work together across the company.",
			).
			evidence(
				"Describes the product–marketing handoffs at own company.",
				"A launch brief written for product marketing.",
				"A standing product–marketing rhythm with results in launches.",
				"Designed the operating model between product and marketing.",
			).
			practice(
				"Meet your product marketer and ask what they need from PMs.",
				"Write a launch brief two months before the next launch.",
				"Hold a monthly roadmap review with product marketing.",
				"Agree shared launch metrics with marketing.",
			),
		d("sales-enablement", "Sales enablement", skill, 30, 2,
			"enabling sales", "sales training", "sales collateral", "battlecards", "battle cards", "product demos",
			"demo scripts", "sales engineering support", "field enablement").
			levels(
				"knows what sales needs to sell a feature.",
				"gives sales teams demos, FAQs and talk tracks for own features.",
				"builds enablement programmes that change win rates, with sales engineering.",
				"shapes the company's enablement strategy with sales leadership.",
			).
			evidence(
				"Attended sales calls and listed the objections heard.",
				"A feature demo and FAQ that the sales team uses.",
				"An enablement programme with measured effect on win rate or cycle time.",
				"Co-owned enablement strategy with sales leadership.",
			).
			practice(
				"Join five sales calls and note questions about your product.",
				"Write a one-page FAQ and a two-minute demo for your feature.",
				"Run a training for the sales team and collect feedback.",
				"Track win rate for deals involving your feature.",
			),
		d("customer-success", "Customer success", know, 40, 2,
			"customer success", "account management", "customer onboarding", "customer health", "renewals",
			"customer retention", "churn reduction", "reduce churn", "customer adoption", "customer outcomes").
			levels(
				"knows what customer success teams do and the signs of churn risk.",
				"works with customer success on escalations, adoption and renewals for own product.",
				"designs product changes from customer-health data that reduce churn.",
				"shapes the company's customer-success model and its product feedback loop.",
			).
			evidence(
				"Lists the top reasons customers churned last quarter.",
				"Handled customer escalations with customer success and fixed the root cause.",
				"Reduced churn or raised adoption measurably with a product change.",
				"Designed the product–customer-success operating model.",
			).
			practice(
				"Shadow a customer success manager for a day.",
				"Read the last ten churn reasons and group them.",
				"Fix one top churn driver and track renewals.",
				"Set up a monthly product review with customer success.",
			),
		d("seo", "SEO", skill, 30, 1,
			"search engine optimization", "search engine optimisation", "organic search", "technical seo",
			"organic traffic").
			do("audit a product's landing pages for technical SEO and fix the top issues"),
		d("lifecycle-marketing", "Lifecycle marketing", skill, 30, 1,
			"lifecycle marketing", "customer lifecycle", "crm marketing", "email marketing", "retention marketing",
			"push notifications", "engagement campaigns", "marketing automation", "lifecycle messaging").
			do("design an onboarding email and push sequence and measure activation"),
		d("conversion-optimisation", "Conversion rate optimisation", skill, 30, 2,
			"conversion rate optimization", "cro", "conversion optimization", "landing page optimization",
			"checkout conversion", "conversion rate").
			guard(near(cs("CRO"), "conversion", "landing", "optimization", "optimisation", "test", "testing",
				"experiments", "funnel", "checkout", "a/b")).
			do("raise a landing page's conversion with a series of tests"),
		d("performance-marketing", "Performance marketing", know, 30, 1,
			"paid acquisition", "paid marketing", "sem", "paid search", "paid social", "digital marketing",
			"marketing channels", "channel strategy").
			guard(cs("SEM")).
			do("judge channel performance from CAC and payback by cohort"),
		d("partnerships", "Partnerships & business development", skill, 40, 1,
			"partnerships", "strategic partnerships", "partner ecosystem", "channel partners", "business development",
			"bizdev", "alliances", "partner programs", "technology partners").
			do("scope a partnership, its integration and its success measures"),
		d("customer-facing", "Customer-facing work", skill, 30, 2,
			"customer-facing", "client-facing", "customer facing experience", "sales cycles", "enterprise sales",
			"rfps", "rfp responses", "deal support", "sales calls", "executive customers", "customer advisory board").
			do("represent the product in an enterprise deal and answer technical questions"),
		d("ideal-customer-profile", "Target customer & ICP", skill, 30, 2,
			"ideal customer profile", "icp", "target customer", "target customers", "target segments",
			"target audience", "customer segments").
			do("define the ideal customer profile from won and lost deals"),
		d("developer-relations", "Developer relations", know, 30, 1,
			"devrel", "developer advocacy", "developer community", "developer marketing", "developer evangelism").
			do("plan how a developer product reaches and supports its community"),
		d("community-building", "Community building", skill, 30, 1,
			"community-led growth", "user community", "community management", "online communities",
			"community engagement").
			do("grow a user community and turn it into a feedback channel"),
		d("analyst-relations", "Analyst relations", know, 20, 1,
			"gartner", "forrester", "analyst briefings", "magic quadrant", "industry analysts", "thought leadership").
			guard(cs("Gartner")).
			do("brief an industry analyst on the product's direction"),
		d("international-expansion", "International expansion & localisation", skill, 40, 1,
			"international expansion", "localization", "localisation", "internationalization", "i18n", "l10n",
			"global markets", "market entry", "new markets", "emerging markets").
			do("plan the launch of a product in a new country, including localisation"),
		d("retention", "Retention & engagement", skill, 40, 2,
			"retention", "user retention", "engagement and retention", "stickiness", "user engagement",
			"engagement loops", "habit formation", "resurrection").
			guard(notNear(ci("retention"), "data retention", "employee retention", "talent retention", "retention bonus")).
			do("find the behaviours that keep users coming back and design for them"),
		d("customer-support", "Customer support operations", know, 20, 1,
			"customer support", "support tickets", "customer service", "support operations", "help desk",
			"customer care").
			on("2.C.1.e").
			do("turn support ticket trends into product fixes"),
	)
}
