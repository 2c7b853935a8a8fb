package main

func discoveryDefs() []def {
	return category("discovery",
		d("product-discovery", "Product discovery", skill, 60, 3,
			"discovery", "continuous discovery", "problem validation", "opportunity assessment",
			"validate ideas", "idea validation", "validating ideas", "dual-track agile", "dual track",
			"discovery work", "solution validation").
			levels(
				"knows why teams test problems and solutions before building, and the main discovery techniques.",
				"runs discovery for a feature: frames the problem, talks to users, tests a prototype and decides with evidence.",
				"runs continuous discovery alongside delivery, weekly, and kills or reshapes ideas on the evidence.",
				"builds discovery habits across teams and makes evidence the normal currency of product decisions.",
			).
			evidence(
				"Describes a feature that should have been tested first, and how.",
				"A discovery write-up for a feature: problem, evidence, tests run and the decision taken.",
				"Three months of weekly discovery notes, with ideas killed or reshaped because of them.",
				"Introduced a discovery practice that other teams now run.",
			).
			practice(
				"List the riskiest assumption behind your next feature.",
				"Test that assumption within a week with five users or a fake-door test.",
				"Set up a weekly customer touchpoint and keep an evidence log.",
				"Coach another team through one discovery cycle.",
			),

		d("user-research", "User research", skill, 60, 3,
			"ux research", "customer research", "user studies", "qualitative research", "research methods",
			"understand user needs", "user needs", "user insights", "customer insights", "field research",
			"contextual inquiry", "diary studies", "ethnographic research").
			levels(
				"knows the main research methods and when each fits; reads research reports critically.",
				"plans and runs small studies (interviews, surveys, tests) with a researcher's review and synthesises findings.",
				"chooses methods to fit the question, runs mixed-method studies and turns insights into decisions.",
				"builds the research practice: repositories, participant panels, standards, and trains PMs to research.",
			).
			evidence(
				"Summarises a research report and names one limitation of its method.",
				"A research plan and synthesis from a study you ran.",
				"Several studies with different methods whose insights changed the roadmap.",
				"Set up a research repository or panel used across the product organisation.",
			).
			practice(
				"Read 'Just Enough Research' and write a one-page research plan for a live question.",
				"Run five user sessions and synthesise them with affinity mapping.",
				"Combine survey data with interviews to answer one product question.",
				"Set up a shared insight repository and tag past findings in it.",
			),

		d("customer-interviews", "Customer interviews", skill, 40, 3,
			"user interviews", "customer interviewing", "talk to customers", "talking to customers",
			"speak with customers", "customer conversations", "customer calls", "customer visits",
			"interviewing users", "discovery interviews", "customer discovery").
			// Interviews without a hiring context, and talking to people as a
			// habit, are interviews whoever the users are ("talk to lawyers weekly").
			aliasNotNear(hiringWords(), "interviews", "interview", "interviewing").
			aliasNear([]string{"users", "customers", "clients", "weekly", "every week", "each week", "regularly",
				"daily", "every day", "shadow"}, "talk to", "talking to", "speak to").
			levels(
				"knows how to ask open, non-leading questions about past behaviour.",
				"runs interviews from a guide, takes notes and pulls out problems and quotes.",
				"interviews weekly, recruits own participants and avoids bias; the insights drive decisions.",
				"trains others to interview well and builds a customer-contact habit across the organisation.",
			).
			evidence(
				"An interview guide with open, behaviour-based questions.",
				"Notes and a synthesis from at least five customer interviews.",
				"A standing interview cadence over a quarter, with decisions traced to it.",
				"Coached PMs or designers whose interview quality improved measurably.",
			).
			practice(
				"Read 'The Mom Test' and rewrite your interview guide with its rules.",
				"Interview three customers about the last time they hit the problem.",
				"Book a weekly customer conversation for a quarter.",
				"Review recordings with a peer and critique question quality.",
			),

		d("usability-testing", "Usability testing", skill, 30, 2,
			"user testing", "usability studies", "usability tests", "moderated testing", "unmoderated testing",
			"usability research", "think-aloud testing", "guerrilla testing").
			levels(
				"knows what a usability test shows and how it differs from an opinion survey.",
				"runs a moderated test of a prototype with five users and reports the severity of issues.",
				"plans moderated and unmoderated tests, sets task success metrics, and tests iteratively before launch.",
				"builds a usability testing practice with benchmarks that track usability over releases.",
			).
			evidence(
				"Observed a usability test and listed the issues it found.",
				"A test plan, recordings and a findings report from a test you ran.",
				"Several rounds of testing on one flow with measured task success before and after.",
				"A usability benchmark programme tracked over releases.",
			).
			practice(
				"Watch three recorded usability sessions and list the issues.",
				"Run a five-user test on a prototype using a think-aloud protocol.",
				"Set task-success and time-on-task metrics and retest after changes.",
				"Set up a monthly testing day open to every team.",
			),

		d("jobs-to-be-done", "Jobs to be done", know, 30, 2,
			"jtbd", "jobs-to-be-done framework", "jobs theory", "job stories", "switch interviews").
			levels(
				"can explain a job to be done and why customers 'hire' products.",
				"writes job stories and runs switch interviews to find the job behind a purchase.",
				"uses jobs to segment markets and shape strategy and positioning.",
				"teaches JTBD across the organisation and grounds the product strategy in it.",
			).
			evidence(
				"States the main job of a familiar product and its competing solutions.",
				"Job stories from interviews you ran, used in a feature spec.",
				"A jobs-based segmentation or positioning adopted by product and marketing.",
				"Led JTBD training or research that reshaped the product strategy.",
			).
			practice(
				"Read 'Competing Against Luck' and map the job of your own product.",
				"Write three job stories for a current feature.",
				"Run two switch interviews with recent buyers.",
				"Rebuild a segment map around jobs instead of demographics.",
			),

		d("personas", "Personas", know, 20, 2,
			"user personas", "buyer personas", "customer personas", "proto-personas", "user archetypes").
			do("build an evidence-based persona and use it in a design review"),

		d("problem-framing", "Problem framing", skill, 40, 3,
			"problem definition", "problem statements", "problem statement", "define the problem",
			"framing problems", "problem space", "how might we", "root problem").
			levels(
				"separates a problem from a requested solution.",
				"writes a problem statement with who, what, why and evidence before proposing solutions.",
				"reframes vague or political requests into well-scoped problems that teams can solve.",
				"frames company-level problems so that teams organise around them.",
			).
			evidence(
				"Rewrites a feature request as a problem statement.",
				"A spec that starts from a problem statement backed by data or quotes.",
				"A vague stakeholder request reframed into a solved problem, with the before and after.",
				"A company-level problem framing adopted in planning.",
			).
			practice(
				"Rewrite three incoming feature requests as problem statements.",
				"Use '5 whys' on a current request and find the root problem.",
				"Write 'how might we' questions from a research synthesis with your team.",
				"Frame next quarter's top problem for your area and test it with leadership.",
			),

		d("prototyping", "Prototyping", skill, 40, 2,
			"prototypes", "wireframes", "wireframing", "mockups", "mock-ups", "clickable prototypes",
			"low-fidelity prototypes", "high-fidelity prototypes", "paper prototypes", "rapid prototyping",
			"ai prototyping").
			levels(
				"knows the fidelity levels and what each can test.",
				"sketches wireframes and builds clickable prototypes to test an idea.",
				"chooses the cheapest prototype that answers the question, including coded or AI-built ones.",
				"makes prototyping the default way teams explore ideas, with shared kits and habits.",
			).
			evidence(
				"Sketched a wireframe of a flow for discussion.",
				"A clickable prototype used in user tests.",
				"Several prototypes of different fidelity, each tied to the question it answered.",
				"A prototyping kit or practice other teams use.",
			).
			practice(
				"Sketch three alternative flows on paper in 30 minutes.",
				"Build a clickable prototype in Figma of one flow.",
				"Build a working prototype with an AI coding tool and test it with users.",
				"Run a prototyping day with engineering and design.",
			),

		d("design-thinking", "Design thinking", know, 30, 2,
			"human-centered design", "human-centred design", "double diamond", "design sprints",
			"design sprint", "ideation", "co-creation").
			levels(
				"knows the empathise–define–ideate–prototype–test cycle.",
				"takes part in and co-runs workshops that follow the design-thinking cycle.",
				"leads design sprints that end with a tested prototype and a decision.",
				"embeds human-centred design in how the organisation plans and builds.",
			).
			evidence(
				"Describes a design-thinking project and its stages.",
				"Co-facilitated a workshop that produced tested ideas.",
				"Led a design sprint that led to a go/no-go decision.",
				"Built a human-centred design practice across teams.",
			).
			practice(
				"Read 'Sprint' and map a current problem to its five days.",
				"Run a two-hour ideation session with crazy eights.",
				"Lead a full design sprint with a decider and five test users.",
				"Train a team in human-centred design methods.",
			),

		d("opportunity-solution-trees", "Opportunity solution trees", know, 20, 2,
			"opportunity solution tree", "ost", "opportunity mapping", "opportunity trees").
			guard(cs("OST")).
			do("map an outcome to customer opportunities and candidate solutions on a tree"),
		d("customer-journey-mapping", "Customer journey mapping", skill, 30, 2,
			"journey mapping", "journey maps", "customer journeys", "user journeys", "user journey mapping",
			"service blueprint", "service blueprinting", "experience mapping", "end-to-end experience").
			do("map a customer journey end to end and mark the pain points"),
		d("survey-design", "Survey design", skill, 30, 2,
			"surveys", "questionnaires", "survey research", "customer surveys", "in-app surveys").
			do("design and field a survey that answers a product question without bias"),
		d("customer-feedback", "Customer feedback synthesis", skill, 30, 2,
			"voice of the customer", "voc", "customer feedback", "user feedback", "feedback loops",
			"feature requests", "nps", "net promoter score", "csat", "feedback synthesis").
			guard(cs("VoC")).
			do("turn a quarter of support tickets, NPS comments and requests into ranked problems"),
		d("research-synthesis", "Research synthesis", skill, 30, 2,
			"affinity mapping", "synthesizing research", "insight synthesis", "synthesis of insights",
			"thematic analysis").
			do("synthesise interviews into themes and insights with affinity mapping"),
		d("ux-design", "UX & interaction design", know, 50, 2,
			"ux", "user experience", "ui/ux", "ux/ui", "interaction design", "user interface design",
			"ui design", "information architecture", "user-centered design", "user-centred design",
			"design principles", "product design").
			do("critique a flow against design heuristics and agree changes with the designer"),
		d("customer-empathy", "Customer empathy", soft, 40, 3,
			"empathy", "customer obsession", "customer obsessed", "customer-centric", "customer-centricity",
			"customer focus", "customer first", "user empathy", "user-centric", "passion for customers").
			do("bring a customer's point of view into a trade-off discussion"),
		d("assumption-testing", "Assumption testing", skill, 30, 2,
			"riskiest assumption", "assumption mapping", "fake door test", "painted door test",
			"concierge mvp", "wizard of oz test", "smoke test", "hypothesis-driven development").
			do("test the riskiest assumption of an idea with a fake-door or concierge test"),
		d("mvp-lean-startup", "MVP & lean startup", know, 30, 2,
			"mvp", "minimum viable product", "lean startup", "build-measure-learn", "lean product development",
			"minimum lovable product", "validated learning").
			guard(cs("MVP")).
			do("scope the smallest product that tests the business hypothesis"),
		d("design-systems", "Design systems", know, 30, 1,
			"design system", "component library", "ui components", "pattern library").
			do("decide with design which components a new flow reuses"),
		d("accessibility", "Accessibility", know, 30, 1,
			"a11y", "wcag", "inclusive design", "accessible design", "section 508", "ada compliance").
			do("check a flow against WCAG and plan the fixes"),
		d("user-onboarding", "User onboarding design", skill, 30, 2,
			"onboarding", "user onboarding", "onboarding flows", "first-run experience", "new user experience",
			"activation flows").
			guard(notNear(ci("onboarding"), "employee onboarding", "new hire", "your onboarding", "benefits")).
			do("redesign an onboarding flow and measure its effect on activation"),
	)
}
