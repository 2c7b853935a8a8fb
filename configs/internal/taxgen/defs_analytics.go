package main

func analyticsDefs() []def {
	return category("analytics",
		d("sql", "SQL", skill, 50, 2,
			"sql queries", "writing sql", "write sql", "writing queries", "query data", "querying data",
			"sql skills", "query databases", "postgres sql", "ansi sql").
			levels(
				"reads a simple SELECT and knows what tables, rows and joins are.",
				"writes own queries with joins, filters and aggregates to answer product questions without help.",
				"writes window functions, CTEs and cohort or funnel queries on event data, and checks results for errors.",
				"designs analysis-ready tables with data teams and reviews others' queries for correctness and cost.",
			).
			evidence(
				"Completed an introductory SQL course with exercises.",
				"Answered a real product question with a query you wrote, result shared with the team.",
				"A library of saved queries (funnels, retention, cohorts) the team reuses.",
				"Co-designed a data model or metrics layer with the data team; reviews others' SQL.",
			).
			practice(
				"Do 20 exercises on a free SQL practice site.",
				"Answer this week's product question with your own query instead of asking an analyst.",
				"Write a retention cohort query with window functions on your product's event data.",
				"Review an analyst's query with them and suggest one improvement.",
			),

		d("data-analysis", "Data analysis", skill, 60, 3,
			"analytical skills", "analytical", "data-driven", "data driven decision making", "data-informed",
			"quantitative analysis", "quantitative skills", "quantitative", "analytical mindset",
			"comfortable with data", "data literacy", "data fluency", "analyze data", "analysing data",
			"metrics-driven").
			levels(
				"reads charts and tables correctly and asks what the data can and cannot say.",
				"pulls and analyses product data to answer own questions and presents clear conclusions.",
				"designs analyses that settle contested decisions, handles bias and noise, and explains uncertainty.",
				"raises the organisation's analytical bar: sets standards, coaches PMs and challenges weak analyses.",
			).
			evidence(
				"Explains a dashboard's numbers and one way they could mislead.",
				"An analysis you did that changed a decision, with data and method shared.",
				"Analyses that settled contested decisions, with stated uncertainty and checks.",
				"Set analysis standards or coached PMs who now analyse independently.",
			).
			practice(
				"Pick one dashboard and write down what it can and cannot tell you.",
				"Answer a live product question end to end with data and a one-page write-up.",
				"Re-analyse a past decision and check whether the data supported it.",
				"Run a monthly data review with your team and challenge the conclusions.",
			),

		d("ab-testing", "A/B testing & experimentation", skill, 60, 3,
			"a/b testing", "ab tests", "a/b tests", "split testing", "split tests", "experimentation",
			"controlled experiments", "online experiments", "multivariate testing", "multivariate tests",
			"experiment design", "experiments", "run experiments", "test and learn", "randomized experiments",
			"experimentation culture").
			levels(
				"knows what an A/B test is and why randomisation matters.",
				"designs and runs an A/B test with a hypothesis, a primary metric and a sample-size estimate.",
				"runs experiment programmes, handles guardrail metrics, novelty effects and peeking, and explains mixed results.",
				"builds the experimentation culture and platform standards; decides when not to test.",
			).
			evidence(
				"Explains a published A/B test result and its main threat to validity.",
				"Designed, ran and wrote up an A/B test with a stated hypothesis and a pre-registered success metric.",
				"A quarter's experiment programme with guardrails, power analysis and decisions logged.",
				"Set the organisation's experimentation standards or review process.",
			).
			practice(
				"Read 'Trustworthy Online Controlled Experiments', chapters 1–3.",
				"Compute the sample size for a test on your product's main conversion metric.",
				"Run an A/B test end to end and publish the write-up.",
				"Audit five past experiments for peeking, sample ratio mismatch and guardrails.",
			),

		d("metrics-kpis", "Product metrics & KPIs", skill, 40, 3,
			"kpis", "kpi", "metrics", "success metrics", "product metrics", "key performance indicators",
			"north star metric", "north star metrics", "define success metrics", "measure success",
			"metric design", "dau", "mau", "engagement metrics", "leading indicators").
			guard(cs("DAU")).
			levels(
				"knows the product's main metrics and what each measures.",
				"defines success metrics for own features, with baselines and targets, and tracks them.",
				"designs metric frameworks (north star, input metrics, guardrails) that teams steer by.",
				"sets the company's product metrics and keeps them honest as the business changes.",
			).
			evidence(
				"Lists own product's top metrics with their definitions.",
				"A spec with success metrics, baseline and target, and the post-launch result.",
				"A metric framework adopted by several teams, with guardrails.",
				"Owner of the company's north star and input metric definitions.",
			).
			practice(
				"Write the definition, owner and baseline of your product's three key metrics.",
				"Add success metrics and targets to your next spec and report on them after launch.",
				"Draw your product's metric tree from the north star to team inputs.",
				"Review metric definitions with the data team and fix one that misleads.",
			),

		d("funnel-analysis", "Funnel analysis", skill, 30, 2,
			"funnels", "conversion funnel", "conversion funnels", "funnel optimization", "drop-off analysis",
			"funnel metrics", "conversion analysis").
			levels(
				"reads a funnel chart and spots the biggest drop-off.",
				"builds a funnel for a flow, segments it and proposes fixes for the worst step.",
				"analyses multi-step and multi-session funnels, separating mix effects from real changes.",
				"designs the funnel instrumentation and reviews across products.",
			).
			evidence(
				"Names the worst step in an existing funnel and a hypothesis for it.",
				"A funnel analysis for a flow, segmented, with a fix shipped.",
				"Funnel work that moved conversion measurably, with mix effects ruled out.",
				"Owns the organisation's funnel definitions and tracking standards.",
			).
			practice(
				"Build a funnel for your signup flow in the analytics tool.",
				"Segment it by platform and channel and compare.",
				"Ship a fix for the worst step and measure the change.",
				"Document funnel definitions so that every team computes them the same way.",
			),

		d("cohort-analysis", "Cohort & retention analysis", skill, 30, 2,
			"cohort analysis", "cohorts", "retention analysis", "retention curves", "retention cohorts",
			"churn analysis", "survival analysis").
			levels(
				"reads a retention curve and a cohort table.",
				"builds retention cohorts for own product and compares them over releases.",
				"finds behaviours that predict retention and turns them into product bets.",
				"sets retention measurement standards across products.",
			).
			evidence(
				"Explains what a flattening retention curve means.",
				"A cohort table for own product with a written interpretation.",
				"A retention driver found in data and validated with a product change.",
				"Owns company retention definitions and reporting.",
			).
			practice(
				"Build a weekly retention cohort chart for your product.",
				"Compare cohorts before and after a major release.",
				"Find an early behaviour that correlates with retention and test it.",
				"Standardise retention definitions with the data team.",
			),

		d("statistics", "Statistics", know, 60, 2,
			"statistical analysis", "statistical significance", "hypothesis testing", "regression analysis",
			"regression", "confidence intervals", "power analysis", "bayesian statistics", "probability",
			"statistical methods", "p-values").
			on("2.A.1.e").
			levels(
				"knows averages, variance, distributions and what a p-value does and does not say.",
				"uses significance tests and confidence intervals correctly in experiment reads.",
				"uses regression, power analysis and corrections for multiple testing; spots misleading statistics.",
				"sets statistical standards for product analyses and teaches them.",
			).
			evidence(
				"Completed an introductory statistics course.",
				"Experiment write-ups with correct intervals and significance reasoning.",
				"A regression or power analysis used in a product decision.",
				"Wrote the team's guide to statistics in experiments and analyses.",
			).
			practice(
				"Work through an introductory statistics course (for example Khan Academy).",
				"Recompute a past experiment result with a confidence interval by hand.",
				"Fit a simple regression on product data to explain a metric.",
				"Teach a lunch session on common statistical mistakes.",
			),

		d("dashboards", "Dashboards & data visualisation", skill, 30, 2,
			"dashboard", "dashboarding", "reporting dashboards", "kpi reporting", "business reporting", "data visualization", "data visualisation", "data viz",
			"business intelligence", "bi tools", "bi reporting", "self-serve analytics").
			guard(notNear(ci("dashboard"), "the dashboard")).
			levels(
				"reads dashboards and knows their filters and refresh times.",
				"builds a dashboard for own area that answers a fixed set of questions.",
				"designs dashboards that teams use to run the business, with clear definitions and alerts.",
				"designs the organisation's reporting layer and retires dashboards no one uses.",
			).
			evidence(
				"Explains what each chart on a team dashboard shows.",
				"A dashboard you built that the team uses weekly.",
				"Dashboards used in business reviews, with documented metric definitions.",
				"Owns the reporting architecture and its adoption metrics.",
			).
			practice(
				"Rebuild one team chart so that it answers a single question clearly.",
				"Build a weekly dashboard for your feature's success metrics.",
				"Add definitions and alerts, and review its use after a month.",
				"Audit dashboard usage and retire the unused ones.",
			),

		d("product-analytics", "Product analytics", skill, 40, 3,
			"event tracking", "instrumentation", "tracking plan", "behavioral analytics", "behavioural data",
			"usage analytics", "telemetry", "product usage data", "analytics instrumentation",
			"user behavior analytics", "product data").
			levels(
				"knows how events, properties and users are tracked and what tools like Amplitude do.",
				"writes a tracking plan for a feature and analyses usage in a product analytics tool.",
				"owns the product's instrumentation, data quality and self-serve analyses for the team.",
				"sets tracking standards and governance across products.",
			).
			evidence(
				"Explains the events behind one product metric.",
				"A tracking plan for a shipped feature, with the usage analysis that followed.",
				"Owns a product's tracking plan with data-quality checks and self-serve dashboards.",
				"Wrote the organisation's event taxonomy and governance rules.",
			).
			practice(
				"Read your product's tracking plan and find one gap.",
				"Write a tracking plan for your next feature before it ships.",
				"Build the feature's usage report in your analytics tool after launch.",
				"Set up an event naming convention and a review step for new events.",
			),

		d("causal-inference", "Causal inference", know, 60, 1,
			"difference in differences", "diff-in-diff", "quasi-experiments", "quasi-experimental",
			"propensity score matching", "synthetic control", "regression discontinuity", "incrementality",
			"causal analysis", "natural experiments").
			do("estimate a launch's effect when no A/B test was possible"),
		d("forecasting", "Forecasting", skill, 40, 1,
			"demand forecasting", "time series analysis", "time series forecasting", "projections",
			"scenario planning").
			do("forecast a metric for the next two quarters with stated ranges"),
		d("customer-segmentation", "Customer segmentation", skill, 30, 2,
			"user segmentation", "market segmentation", "segmentation", "clustering", "segmentation analysis",
			"behavioral segmentation").
			do("segment users by behaviour and needs and choose a target segment"),
		d("data-storytelling", "Data storytelling", skill, 30, 2,
			"storytelling with data", "presenting data", "data narratives", "communicate insights",
			"insight communication").
			do("present an analysis as a clear story that leads to a decision"),
		d("metric-trees", "Metric trees & driver analysis", skill, 30, 2,
			"metric tree", "driver tree", "kpi tree", "input metrics", "output metrics", "metrics hierarchy").
			do("break a business metric into the inputs each team can move"),
		d("root-cause-analysis", "Metric root-cause analysis", skill, 30, 2,
			"root cause analysis", "rca", "5 whys", "five whys", "metric deep dives", "diagnose metric changes",
			"investigate anomalies").
			guard(cs("RCA")).
			do("find out why a key metric dropped last week and report it within a day"),
		d("marketing-attribution", "Attribution", know, 30, 1,
			"attribution", "marketing attribution", "multi-touch attribution", "attribution modeling",
			"marketing mix modeling").
			do("compare attribution models for a channel budget decision"),
		d("data-governance", "Data governance & quality", know, 30, 1,
			"data governance", "data quality", "data catalog", "data lineage", "master data management",
			"data stewardship").
			do("set ownership and quality checks for the data a product relies on"),
		d("spreadsheet-modeling", "Spreadsheet modelling", skill, 30, 2,
			"spreadsheet modeling", "spreadsheet modelling", "spreadsheets", "pivot tables", "vlookup",
			"spreadsheet skills").
			do("build a spreadsheet model with scenarios for a product decision"),
		d("user-behaviour-analytics", "Session replay & heatmap analysis", skill, 20, 1,
			"session replay", "session recordings", "heatmaps", "click maps", "qualitative analytics").
			do("review session recordings of a flow and list the usability issues they show"),
		d("ml-metrics", "Model & ranking metrics", know, 40, 1,
			"precision and recall", "model metrics", "offline metrics", "ranking metrics", "ndcg", "auc",
			"model performance").
			guard(cs("AUC")).
			do("choose offline and online metrics for a model-driven feature"),
	)
}
