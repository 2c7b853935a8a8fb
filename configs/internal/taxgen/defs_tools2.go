package main

func toolMoreDefs() []def {
	return []def{
		d("asana", "Asana", tool, 10, 1).
			do("plan a launch with tasks and owners"),
		d("trello", "Trello", tool, 10, 1).
			do("run a simple team board"),
		d("monday", "monday.com", tool, 10, 1,
			"monday dev", "monday work management").
			do("track a cross-team project"),
		d("clickup", "ClickUp", tool, 10, 1,
			"click up").
			do("run a team's tasks and docs"),
		d("airtable", "Airtable", tool, 10, 1).
			do("build a lightweight feedback or launch tracker"),
		d("google-sheets", "Google Sheets", tool, 10, 1,
			"gsheets", "google spreadsheets").
			do("build a shared tracking sheet with formulas and charts"),
		d("slides", "Presentation tools", tool, 10, 2,
			"powerpoint", "google slides", "keynote presentations", "slide decks", "decks", "pitch decks").
			as("PowerPoint or Google Slides").
			do("build a clear review deck"),
		d("hotjar", "Hotjar", tool, 10, 1,
			"fullstory", "logrocket", "contentsquare", "microsoft clarity").
			as("Hotjar or FullStory").
			do("review heatmaps and recordings of a flow"),
		d("research-tools", "User research tools", tool, 10, 1,
			"dovetail", "usertesting.com", "maze", "lookback", "userzoom", "qualtrics", "surveymonkey", "typeform").
			as("Dovetail, Maze or UserTesting").
			guard(near(cs("Maze"), "usability", "testing", "research", "prototype", "prototypes", "figma", "dovetail",
				"usertesting", "tools")).
			do("run an unmoderated test and tag its findings"),
		d("postman", "Postman", tool, 10, 1).
			do("explore and document an API in a shared collection"),
		d("github", "GitHub", tool, 10, 1,
			"gitlab", "git", "version control", "pull requests").
			guard(cs("Git")).
			do("follow a feature's pull requests and their reviews"),
		d("datadog", "Datadog", tool, 10, 1,
			"new relic", "grafana", "splunk", "sentry").
			guard(near(cs("Sentry"), "monitoring", "errors", "datadog", "crash", "logging", "observability", "tools")).
			do("read a service's dashboards and error rates"),
		d("posthog", "PostHog", tool, 15, 1,
			"post hog").
			do("run product analytics and feature flags together"),
		d("experimentation-platforms", "Experimentation platforms", tool, 15, 1,
			"statsig", "eppo", "split.io", "vwo", "ab tasty", "google optimize", "growthbook", "experimentation platform").
			as("Statsig or Eppo").
			do("configure and read an experiment"),
		d("ai-coding-tools", "AI coding & prototyping tools", tool, 15, 2,
			"cursor", "github copilot", "claude code", "v0", "bolt.new", "replit", "vibe coding", "ai coding assistants",
			"ai-assisted development", "ai tools", "ai productivity tools").
			as("Cursor or Copilot").
			guard(near(cs("Cursor"), "ai", "copilot", "claude", "chatgpt", "lovable", "v0", "coding", "prototype",
				"prototyping", "replit", "tools", "ide")).
			do("build a working prototype with an AI coding tool"),
		d("lucidchart", "Lucidchart", tool, 10, 1,
			"lucid", "draw.io", "visio").
			guard(near(cs("Lucid"), "diagram", "diagrams", "lucidchart", "visio", "flowchart", "flowcharts", "tools")).
			do("draw a system or process diagram"),
		d("braze", "Braze", tool, 10, 1,
			"iterable", "customer.io", "klaviyo").
			guard(near(cs("Iterable"), "braze", "email", "push", "lifecycle", "crm", "campaigns", "marketing")).
			do("set up a lifecycle campaign"),
		d("zendesk", "Zendesk", tool, 10, 1,
			"intercom", "freshdesk", "salesforce service desk").
			guard(near(cs("Intercom"), "support", "zendesk", "messenger", "chat", "customer", "tickets", "helpdesk", "tools")).
			do("analyse support tickets by topic"),
		d("sap", "SAP", tool, 20, 1,
			"sap s/4hana", "sap erp", "s/4hana", "sap successfactors").
			guard(cs("SAP")).
			do("map a business process onto ERP modules with a consultant"),
		d("google-tag-manager", "Google Tag Manager", tool, 10, 1,
			"tag manager", "tag management").
			do("add and test a tracking tag"),
		d("bi-lite", "Metabase & Mode", tool, 10, 1,
			"metabase", "mode analytics", "redash", "hex", "sigma computing").
			as("Metabase or Mode").
			guard(near(cs("Hex"), "sql", "notebooks", "notebook", "analytics", "data", "python", "mode", "metabase")).
			do("answer a product question with a saved query and chart"),
	}
}
