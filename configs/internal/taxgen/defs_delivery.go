package main

func deliveryDefs() []def {
	return category("delivery",
		d("agile", "Agile", know, 40, 2,
			"agile methodologies", "agile methodology", "agile development", "agile software development",
			"agile principles", "agile ways of working", "agile environment", "agile teams", "agile practices",
			"agile product management").
			certified("cspo", "pspo-i", "pmi-acp").
			levels(
				"knows the Agile Manifesto, iterative delivery and the main frameworks.",
				"works in an agile team: plans iterations, refines the backlog and adapts to feedback.",
				"tailors agile practice to the team and context and fixes what slows delivery.",
				"leads agile ways of working across teams and coaches leaders in them.",
			).
			evidence(
				"Explains agile values and one framework in own words.",
				"A year in an agile team as PM or product owner.",
				"Changed a team's process and measured the effect on lead time or predictability.",
				"Led an agile transformation or coached several teams.",
			).
			practice(
				"Read the Agile Manifesto and its principles and map them to your team.",
				"Take part in every ceremony for a month and note what each produces.",
				"Propose and run one process experiment in a retrospective.",
				"Coach a new team through its first quarter of agile delivery.",
			),

		d("scrum", "Scrum", know, 30, 2,
			"scrum framework", "scrum methodology", "scrum ceremonies", "scrum events", "scrum teams",
			"product owner role", "sprint reviews", "retrospectives", "daily standups", "stand-ups").
			guard(notNear(ci("Scrum"), "scrum master", "scrum masters", "scrummaster")).
			certified("cspo", "pspo-i", "csm", "psm-i").
			levels(
				"knows Scrum's roles, events and artefacts.",
				"acts as product owner in Scrum: owns the backlog, sprint goals and reviews.",
				"runs Scrum well for several teams and adapts it without losing its purpose.",
				"coaches organisations in Scrum and scaling it.",
			).
			evidence(
				"Passed a Scrum open assessment or explains the Scrum Guide.",
				"Product owner of a Scrum team for at least three months.",
				"Product owner across several teams with improving sprint-goal hit rates.",
				"Holds an advanced Scrum certification or coaches Scrum teams.",
			).
			practice(
				"Read the Scrum Guide (it is short) and take a free open assessment.",
				"Write a sprint goal for each sprint this quarter.",
				"Run a sprint review with real users present.",
				"Take CSPO or PSPO I.",
			),

		d("kanban", "Kanban", know, 20, 2,
			"kanban method", "kanban boards", "wip limits", "work in progress limits", "flow metrics",
			"continuous flow", "cycle time").
			levels(
				"knows boards, WIP limits and flow.",
				"runs a team's Kanban board with WIP limits and reviews it weekly.",
				"uses flow metrics (cycle time, throughput) to forecast and remove bottlenecks.",
				"designs flow systems across teams and coaches others.",
			).
			evidence(
				"Explains why WIP limits speed delivery.",
				"A Kanban board with WIP limits the team has used for a quarter.",
				"A forecast from throughput data that proved accurate, or a bottleneck removed.",
				"Designed a multi-team Kanban system.",
			).
			practice(
				"Map your team's workflow onto a board with explicit columns.",
				"Add WIP limits and watch what they reveal for a month.",
				"Track cycle time and use it to forecast a delivery.",
				"Run a flow review with two dependent teams.",
			),

		d("backlog-management", "Backlog management", skill, 30, 3,
			"backlog grooming", "backlog refinement", "product backlog", "groom the backlog", "manage the backlog",
			"maintain the backlog", "backlog", "refinement sessions", "ticket triage", "bug triage").
			// "a backlog of support requests" is a pile of work, not the product backlog.
			guard(notNear(ci("backlog"), "backlog of")).
			levels(
				"knows what a healthy backlog looks like.",
				"keeps own team's backlog ordered, refined two sprints ahead and free of stale items.",
				"manages backlogs across teams, aligning them with the roadmap and dependencies.",
				"sets backlog practice and tooling for the organisation.",
			).
			evidence(
				"Describes the top of the backlog and why it is in that order.",
				"A backlog refined two sprints ahead for a quarter, with stale items pruned.",
				"Backlogs for several teams kept aligned with the roadmap.",
				"Designed backlog conventions used organisation-wide.",
			).
			practice(
				"Prune every backlog item older than six months.",
				"Run a refinement session that leaves two sprints ready.",
				"Link each backlog epic to a roadmap outcome.",
				"Write backlog conventions for your product group.",
			),

		d("user-stories", "User stories & acceptance criteria", skill, 20, 3,
			"user story", "acceptance criteria", "story writing", "writing user stories", "epics",
			"epics and stories", "gherkin", "given when then", "writing tickets", "invest criteria",
			"story mapping", "user story mapping").
			levels(
				"knows the user-story format and what acceptance criteria are for.",
				"writes stories with clear, testable acceptance criteria that engineers can build from.",
				"slices epics into thin vertical stories and uses story maps to plan releases.",
				"coaches teams in story writing and slicing.",
			).
			evidence(
				"Rewrites a vague ticket as a story with acceptance criteria.",
				"A sprint's stories written by you, built without clarification churn.",
				"A story map that planned a release in thin slices.",
				"Ran story-writing training or workshops.",
			).
			practice(
				"Rewrite five tickets with 'as a…, I want…, so that…' and testable criteria.",
				"Split an epic into stories that each deliver user value.",
				"Build a story map for your next release with the team.",
				"Review a peer's stories and give feedback.",
			),

		d("requirements-prds", "Requirements & PRDs", skill, 40, 3,
			"writing requirements", "defining requirements", "product requirements", "prd", "prds", "product requirements documents",
			"product specs", "specs", "specifications", "functional specifications", "requirements gathering",
			"writing specs", "business requirements", "functional requirements", "technical requirements",
			"requirements definition").
			guard(cs("PRD")).
			on("2.B.3.a").
			levels(
				"knows what a PRD contains and reads specs critically.",
				"writes PRDs with problem, goals, scope, non-goals, requirements and success metrics.",
				"writes specs for complex, cross-team work that engineering estimates and builds with little churn.",
				"sets the organisation's spec standards and templates.",
			).
			evidence(
				"Reviews a PRD and lists its missing parts.",
				"A PRD you wrote for a shipped feature.",
				"Specs for a cross-team initiative, reviewed by engineering and built to plan.",
				"Authored the PRD template used across the organisation.",
			).
			practice(
				"Compare three public PRD templates and pick one.",
				"Write the PRD for your next feature, including non-goals.",
				"Run a spec review with engineering and record changes.",
				"Write a spec template and guide for your team.",
			),

		d("release-management", "Release management", skill, 30, 2,
			"release planning", "release notes", "release cycles", "feature flags", "feature flagging",
			"staged rollouts", "phased rollouts", "canary releases", "beta programs", "rollout planning").
			levels(
				"knows release trains, feature flags and rollouts.",
				"plans a feature's release: flags, staged rollout, release notes and support readiness.",
				"runs releases across teams and platforms, with rollback plans and beta programmes.",
				"designs the organisation's release process and tooling.",
			).
			evidence(
				"Describes the team's release process end to end.",
				"A release plan with a staged rollout for a shipped feature.",
				"Coordinated multi-team releases with beta programmes and no major incidents.",
				"Designed the release process other teams use.",
			).
			practice(
				"Shadow a release from code freeze to production.",
				"Plan a staged rollout behind a feature flag for your next feature.",
				"Run a beta programme with ten customers.",
				"Write release checklists for the product group.",
			),

		d("sprint-planning", "Sprint planning", skill, 20, 2,
			"sprints", "sprint goals", "iteration planning", "sprint cadence", "sprint commitments").
			levels(
				"knows what sprint planning decides.",
				"brings a refined, prioritised set of stories and agrees a sprint goal with the team.",
				"plans sprints around capacity and dependencies and keeps commitments predictable.",
				"coaches teams in planning and predictability.",
			).
			evidence(
				"Describes how the team plans a sprint.",
				"Led sprint planning for a quarter with written sprint goals.",
				"Sprint predictability improved under your planning, with data.",
				"Coached other PMs or teams in planning.",
			).
			practice(
				"Observe sprint planning and note what information was missing.",
				"Bring a draft sprint goal and ranked stories to the next planning.",
				"Track goal hit rate over a quarter and adjust.",
				"Run joint planning with a dependent team.",
			),

		d("safe", "SAFe (Scaled Agile Framework)", know, 40, 1,
			"SAFe", "scaled agile framework", "scaled agile", "agile release train", "pi planning",
			"program increment planning", "program increment", "agile at scale").
			guard(cs("SAFe")).
			certified("safe-popm", "safe-agilist").
			levels(
				"knows SAFe's levels, trains and PI planning.",
				"works as PM or PO on an agile release train and takes part in PI planning.",
				"leads features through PI planning across several teams and manages ART dependencies.",
				"shapes SAFe adoption and adapts it to the organisation.",
			).
			evidence(
				"Explains what happens in PI planning.",
				"Took part in at least two PI plannings as PM or PO.",
				"Owned features across an ART with objectives met.",
				"Led or coached a SAFe implementation.",
			).
			practice(
				"Read the SAFe overview and the PI planning guide.",
				"Sit in on a PI planning event.",
				"Prepare and present features for a PI planning.",
				"Take SAFe POPM.",
			),

		d("launch-management", "Product launches", skill, 40, 3,
			"product launches", "launch planning", "launching products", "launch readiness", "go-live",
			"launch management", "launches", "launch execution", "launch plans", "ship features",
			"launch strategy").
			guard(notNear(ci("launches"), "launch your career")).
			levels(
				"knows what a launch needs beyond code: docs, support, marketing, sales.",
				"runs a feature launch with a checklist across support, marketing and sales.",
				"leads major launches across functions and markets, with launch metrics and a review.",
				"designs the launch framework (tiers, roles, checklists) for the company.",
			).
			evidence(
				"Lists the functions involved in a recent launch and what each did.",
				"A launch plan and checklist for a feature you launched.",
				"A tier-one launch with pre-set metrics and a post-launch review.",
				"Launch tiers and process used company-wide.",
			).
			practice(
				"Write a launch checklist for your next feature.",
				"Run a launch readiness review with support, sales and marketing.",
				"Set launch metrics and report on them two weeks after.",
				"Define launch tiers with product marketing.",
			),

		d("waterfall", "Waterfall", know, 20, 1,
			"waterfall methodology", "stage-gate", "stage gate process", "v-model", "traditional project management",
			"phase-gate").
			do("plan a fixed-scope delivery in phases with sign-off gates"),
		d("project-management", "Project management", skill, 40, 2,
			"project planning", "project plans", "gantt charts", "gantt", "critical path method",
			"project delivery", "manage projects", "project execution").
			certified("pmp", "prince2").
			do("plan a project with milestones, a critical path and a status cadence"),
		d("program-management", "Program management", skill, 40, 2,
			"technical program management", "programme management", "cross-team dependencies",
			"dependency management", "managing dependencies", "program delivery").
			do("coordinate a multi-team programme through its dependencies"),
		d("execution", "Execution & ownership", soft, 40, 3,
			"bias for action", "ownership", "get things done", "drive results", "deliver results", "accountability",
			"track record of shipping", "shipping", "strong execution", "execution excellence", "self-starter",
			"self-driven", "take ownership", "end-to-end ownership", "high agency").
			guard(notNear(ci("shipping"), "free shipping", "shipping costs", "shipping rates", "shipping carrier", "logistics")).
			guard(notNear(ci("execution"), "trade execution", "order execution", "code execution", "query execution",
				"execution engine", "payment execution")).
			guard(notNear(ci("end-to-end"), "testing", "tests", "test", "encryption", "encrypted", "latency")).
			do("drive a stalled project to launch"),
		d("estimation", "Estimation", skill, 20, 2,
			"story points", "effort estimation", "planning poker", "t-shirt sizing", "sizing work", "level of effort").
			do("size a roadmap item with engineering and track the estimate against reality"),
		d("delivery-risk-management", "Delivery risk management", skill, 30, 2,
			"risk management", "risk mitigation", "risk assessment", "raid log", "managing risks").
			do("keep a risk log for a project and act early on the top risks"),
		d("quality-assurance", "Quality assurance & UAT", know, 30, 1,
			"qa", "quality assurance", "user acceptance testing", "uat", "test plans", "regression testing",
			"testing strategy", "bug bashes").
			guard(cs("QA")).
			do("plan acceptance testing for a release and run a bug bash"),
		d("process-improvement", "Process improvement", skill, 30, 1,
			"continuous improvement", "six sigma", "lean six sigma", "kaizen", "lean principles",
			"lean methodology", "operational excellence", "process optimization").
			do("measure a team process and remove its biggest source of waste"),
		d("product-operations", "Product operations", skill, 40, 1,
			"product ops", "operating cadence", "operating rhythm", "product processes", "business reviews",
			"product rituals").
			do("set up the planning and review cadence of a product group"),
		d("documentation", "Product documentation", skill, 20, 2,
			"documentation", "technical documentation", "help center content", "knowledge base",
			"user documentation", "internal documentation", "runbooks").
			guard(notNear(ci("documentation"), "clinical")).
			do("write the user-facing documentation for a feature with the docs team"),
		d("shape-up", "Shape Up", know, 20, 1,
			"shape up method", "appetite and betting", "betting table", "six-week cycles").
			as("Shape Up").
			do("shape a pitch with an appetite and take it to a betting table"),
		d("vendor-management", "Vendor management", skill, 30, 1,
			"third-party vendors", "supplier management", "procurement", "vendor selection", "outsourcing",
			"managing vendors", "external agencies").
			do("select a vendor, negotiate the scope and manage its delivery"),
		d("incident-management", "Incident management", skill, 20, 1,
			"incident response", "postmortems", "post-mortems", "on-call", "outage management",
			"blameless postmortems", "incident reviews").
			do("lead customer communication in an incident and run the postmortem"),
		d("change-management", "Change management", skill, 40, 1,
			"organizational change", "organisational change", "change enablement", "change adoption",
			"driving adoption of new processes").
			do("plan and drive the adoption of a new process across teams"),
	)
}
