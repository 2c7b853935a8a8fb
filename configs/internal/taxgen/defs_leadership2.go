package main

func leadershipMoreDefs() []def {
	return []def{
		d("presentation", "Presentation skills", soft, 30, 2,
			"presentation skills", "presenting", "public speaking", "presentations", "present to large audiences",
			"demos and presentations").
			on("2.A.1.d").
			do("present a product review to a mixed audience and take questions"),
		d("emotional-intelligence", "Emotional intelligence", soft, 40, 2,
			"eq", "self-awareness", "interpersonal skills", "social skills", "reading the room").
			guard(cs("EQ")).
			on("2.B.1.a").
			do("notice how a colleague reacts to a decision and adjust the approach"),
		d("conflict-resolution", "Conflict resolution", soft, 30, 2,
			"resolving conflict", "managing conflict", "difficult conversations", "disagree and commit",
			"conflict management", "healthy debate").
			do("resolve a disagreement between engineering and design on scope"),
		d("team-building", "Team building & culture", soft, 40, 1,
			"team building", "team culture", "psychological safety", "high-performing teams", "build a culture",
			"inclusive culture", "team morale").
			do("improve a team's psychological safety and measure it"),
		d("ambiguity", "Comfort with ambiguity", soft, 30, 3,
			"thrive in ambiguity", "comfortable with ambiguity", "navigate ambiguity", "ambiguous environments",
			"adaptability", "adaptable", "resilience", "dealing with uncertainty").
			do("make progress on a problem with unclear goals and changing inputs"),
		// "Fast-paced" says how quickly the team works, not how clear its
		// problems are: a skill apart from ambiguity, so that the buzzword does
		// not become a gap in comfort with ambiguity.
		d("working-at-pace", "Working at pace", soft, 20, 2,
			"fast-paced environment", "fast-paced", "startup environment", "scrappy", "fast pace", "move fast",
			"moving fast", "fast-moving", "sense of urgency", "high velocity", "move quickly", "ship quickly",
			"iterate quickly").
			do("ship a small, useful change every week, cutting scope to keep the cadence"),
		d("teamwork", "Teamwork & collaboration", soft, 30, 2,
			"teamwork", "team player", "collaborative", "collaboration", "collaborative mindset", "work collaboratively",
			"low ego").
			do("share credit and help a teammate hit a deadline"),
		d("organisation-design", "Organisation design", know, 60, 1,
			"org design", "organizational design", "organisational design", "team topologies", "scaling teams",
			"team structure", "operating model").
			do("design the team structure of a growing product group"),
		d("time-management", "Time management & organisation", soft, 30, 2,
			"time management", "organizational skills", "organisational skills", "highly organized", "well organized",
			"multitasking", "juggle multiple priorities", "manage multiple projects", "competing priorities",
			"self-management").
			on("2.B.5.a").
			do("plan a week that protects time for the most important work"),
		d("attention-to-detail", "Attention to detail", soft, 20, 2,
			"detail-oriented", "detail oriented", "meticulous", "eye for detail", "high attention to detail",
			"thoroughness", "quality-minded").
			do("catch an error in a spec or launch checklist before it ships"),
		d("facilitation", "Facilitation", skill, 30, 2,
			"workshop facilitation", "facilitate workshops", "running workshops", "facilitate meetings",
			"facilitating discussions", "meeting facilitation").
			do("facilitate a workshop that ends with a decision"),
		d("learning-agility", "Learning agility & curiosity", soft, 30, 2,
			"curiosity", "intellectual curiosity", "intellectually curious", "growth mindset", "learning agility",
			"continuous learning", "eager to learn", "quick learner", "learn quickly", "lifelong learner",
			"curious").
			on("2.A.2.b").
			do("learn an unfamiliar domain fast enough to make good product calls"),
		d("budget-management", "Budget management", skill, 30, 1,
			"budgeting", "managing budgets", "budget ownership", "headcount planning", "cost management",
			"budget planning").
			on("2.B.5.b").
			do("plan and track a team's budget and headcount for a year"),
		d("remote-collaboration", "Remote & asynchronous collaboration", soft, 20, 2,
			"remote collaboration", "distributed teams", "async communication", "asynchronous communication",
			"working across time zones", "remote-first", "async-first", "globally distributed teams").
			guard(notNear(ci("remote-first"), "remote-first company", "we are remote-first", "remote-first culture")).
			do("run a decision through a written, asynchronous process across time zones"),
		d("customer-advocacy", "Customer advocacy", soft, 30, 2,
			"voice of the user", "advocate for customers", "customer advocate", "champion the customer",
			"user advocacy").
			do("argue for a customer need in a roadmap debate with evidence"),
		d("product-leadership", "Product leadership", skill, 80, 2,
			"product leadership", "leading product teams", "lead product managers", "product organization",
			"product management leadership", "lead the product function").
			do("lead a product group's strategy, people and delivery together"),
	}
}
