package main

// analyticsNear returns words that show a product name is meant as an analytics tool.
func analyticsNear(more ...string) []string {
	return append(more, "analytics", "product analytics", "mixpanel", "amplitude", "heap", "pendo",
		"google analytics", "segment", "tracking", "events", "instrumentation", "dashboards", "funnels",
		"looker", "tableau", "tools", "sql")
}

func toolDefs() []def {
	return category("tools", append(toolCoreDefs(), toolMoreDefs()...)...)
}

func toolCoreDefs() []def {
	return []def{
		d("jira", "Jira", tool, 10, 2,
			"jira software", "atlassian jira", "jira align", "jira product discovery").
			levels(
				"knows Jira's issues, boards and sprints.",
				"manages own team's backlog, sprints and epics in Jira.",
				"designs workflows, boards, filters and dashboards that several teams use.",
				"administers Jira for the organisation, including automation and integrations.",
			).
			evidence(
				"Created and moved issues on a Jira board.",
				"Ran a team's sprints and backlog in Jira for a quarter.",
				"A Jira workflow or dashboard configuration several teams use.",
				"Jira administrator for the organisation, with automation rules in place.",
			).
			practice(
				"Take Atlassian's free Jira fundamentals course.",
				"Build a JQL filter and a dashboard for your team's sprint.",
				"Set up an automation rule that removes a manual step.",
				"Design a cross-team board for a programme.",
			),
		d("confluence", "Confluence", tool, 10, 1,
			"Confluence", "atlassian confluence", "confluence pages").
			guard(notNear(cs("Confluence"), "confluence of")).
			do("keep a team's specs and decisions organised"),
		d("figma", "Figma", tool, 15, 2,
			"figjam", "figma prototypes").
			levels(
				"can view and comment on Figma files.",
				"reviews designs, comments usefully and builds simple wireframes in Figma.",
				"builds clickable prototypes with components and auto layout for user tests.",
				"works fluently in the design system and runs FigJam workshops for the organisation.",
			).
			evidence(
				"Left comments on a designer's Figma file.",
				"A wireframe built in Figma for a spec.",
				"A clickable Figma prototype used in a user test.",
				"Ran FigJam workshops and maintains Figma templates for product teams.",
			).
			practice(
				"Take Figma's free beginner tutorial.",
				"Wireframe one flow of your product in Figma.",
				"Build a clickable prototype with your design system's components.",
				"Run a FigJam workshop with your team.",
			),
		d("miro", "Miro", tool, 10, 1,
			"miro boards", "miro board").
			guard(near(cs("Miro"), "figma", "figjam", "mural", "whiteboard", "workshop", "workshops", "tools",
				"jira", "confluence", "notion", "collaboration")).
			do("run a remote workshop"),
		d("amplitude", "Amplitude", tool, 15, 2,
			"Amplitude", "amplitude analytics").
			guard(near(cs("Amplitude"), analyticsNear()...)).
			levels(
				"knows what Amplitude tracks and can open a shared chart.",
				"builds segmentation, funnel and retention charts in Amplitude to answer own questions.",
				"designs Amplitude dashboards and cohorts the team relies on, with a clean taxonomy.",
				"owns the Amplitude implementation and governance for the organisation.",
			).
			evidence(
				"Opened and explained a shared Amplitude chart.",
				"Amplitude funnel or retention charts built for a real decision.",
				"Team dashboards and cohorts in Amplitude used weekly.",
				"Owns Amplitude governance: taxonomy, access and data quality.",
			).
			practice(
				"Take Amplitude's free Academy course.",
				"Build a funnel and a retention chart for your feature.",
				"Create a behavioural cohort and compare its retention.",
				"Audit the event taxonomy and clean it up with engineering.",
			),
		d("mixpanel", "Mixpanel", tool, 15, 1).
			do("build funnel and retention reports"),
		d("heap", "Heap", tool, 15, 1,
			"Heap", "heap analytics").
			guard(notNear(near(cs("Heap"), analyticsNear()...), "memory", "data structure", "stack")).
			do("define events retroactively and build a funnel"),
		d("pendo", "Pendo", tool, 15, 1,
			"Pendo", "pendo guides").
			guard(near(cs("Pendo"), analyticsNear("in-app", "guides", "onboarding", "feedback", "gainsight", "walkme")...)).
			do("ship an in-app guide and measure feature adoption"),
		d("looker", "Looker", tool, 15, 1,
			"Looker", "lookml", "looker studio", "google data studio").
			guard(cs("Looker")).
			do("build a dashboard on an existing explore"),
		d("tableau", "Tableau", tool, 15, 1).
			do("build a dashboard from a product dataset"),
		d("power-bi", "Power BI", tool, 15, 1,
			"powerbi", "microsoft power bi").
			do("build a report from a product dataset"),
		d("snowflake", "Snowflake", tool, 15, 1,
			"Snowflake", "snowflake data cloud").
			guard(near(cs("Snowflake"), "sql", "warehouse", "data warehouse", "dbt", "bigquery", "redshift", "databricks",
				"etl", "elt", "data stack", "data platform", "queries", "looker", "tableau", "data")).
			do("query product data"),
		d("bigquery", "BigQuery", tool, 15, 1,
			"google bigquery", "big query").
			do("query product event data"),
		d("databricks", "Databricks", tool, 15, 1,
			"databricks notebooks").
			do("explore a dataset in a notebook"),
		d("segment", "Segment", tool, 15, 1,
			"Segment", "twilio segment", "segment cdp", "segment.io", "segment.com").
			guard(notNear(near(cs("Segment"), "cdp", "customer data platform", "twilio", "analytics", "tracking",
				"amplitude", "mixpanel", "mparticle", "rudderstack", "events", "event", "data pipeline", "tools",
				"snowflake", "braze", "heap"),
				"market segment", "customer segment", "segments", "segmentation", "target segment")).
			do("route product events to analytics and marketing tools"),
		d("productboard", "Productboard", tool, 10, 1,
			"product board").
			do("link customer feedback to features"),
		d("aha", "Aha!", tool, 10, 1,
			"aha roadmaps", "aha! roadmaps").
			guard(notNear(near(cs("Aha!"), "roadmap", "roadmaps", "roadmapping", "productboard", "jira", "tool", "tools",
				"software", "confluence", "craft.io", "prodpad"), "aha moment", "aha moments")).
			do("maintain a roadmap and an ideas portal"),
		d("linear", "Linear", tool, 10, 1,
			"Linear", "linear app").
			guard(notNear(near(cs("Linear"), "jira", "asana", "issue tracking", "tickets", "notion", "tools", "clickup",
				"shortcut", "github", "issues", "figma", "slack"), "regression", "algebra", "programming")).
			do("run a team's cycles and issues"),
		d("notion", "Notion", tool, 10, 1,
			"Notion", "notion docs").
			guard(near(cs("Notion"), "confluence", "jira", "linear", "docs", "wiki", "documentation", "tools", "google docs",
				"coda", "miro", "asana", "slack", "figma")).
			do("organise a team's specs and decisions"),
		d("excel", "Microsoft Excel", tool, 20, 2,
			"Excel", "ms excel", "advanced excel", "excel modeling").
			guard(notNear(cs("Excel"), "excel at", "excel in", "excels", "excelling")).
			levels(
				"enters data and uses simple formulas in Excel.",
				"uses lookups, pivot tables and charts to analyse product or business data.",
				"builds models with scenarios, clear structure and checks that others can use.",
				"builds complex models, automates with Power Query or macros and reviews others' models.",
			).
			evidence(
				"A sheet with working formulas and a chart.",
				"A pivot-table analysis that answered a real question.",
				"A scenario model that others used for a decision.",
				"Automated or complex models in use by finance or product teams.",
			).
			practice(
				"Complete a free Excel course up to pivot tables.",
				"Analyse a product export with lookups and a pivot table.",
				"Build a scenario model for a pricing or business case.",
				"Automate a recurring report with Power Query.",
			),
		d("google-analytics", "Google Analytics", tool, 15, 1,
			"ga4", "google analytics 4", "universal analytics").
			certified("google-analytics-cert").
			do("build an exploration of a website funnel"),
		d("launchdarkly", "LaunchDarkly", tool, 10, 1,
			"launch darkly").
			do("roll out a feature gradually behind a flag"),
		d("optimizely", "Optimizely", tool, 10, 1).
			do("set up and read an experiment"),
		d("salesforce", "Salesforce", tool, 15, 1,
			"salesforce crm", "sfdc", "sales cloud", "service cloud").
			do("pull account and opportunity data for a product decision"),
		d("hubspot", "HubSpot", tool, 15, 1,
			"hubspot crm").
			do("report on the leads from a product launch"),
		d("dbt", "dbt", tool, 15, 1,
			"data build tool", "dbt models").
			guard(near(cs("dbt"), "sql", "snowflake", "bigquery", "data", "models", "warehouse", "analytics", "looker",
				"transformations", "elt", "etl", "airflow", "fivetran", "pipelines", "stack", "tools", "experience",
				"familiarity", "familiar", "knowledge", "proficiency", "exposure")).
			as("dbt").
			do("read a dbt model and its tests behind a product metric"),
	}
}
