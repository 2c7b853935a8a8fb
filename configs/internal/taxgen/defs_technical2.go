package main

func technicalMoreDefs() []def {
	return []def{
		d("security", "Security", know, 50, 2,
			"security", "application security", "appsec", "information security", "infosec", "secure sdlc",
			"threat modeling", "vulnerability management", "product security", "security best practices",
			"secure by design", "penetration testing").
			guard(notNear(ci("security"), "social security", "job security", "security clearance", "national security")).
			certified("cissp").
			levels(
				"knows the common threats (OWASP top ten, phishing, leaked secrets) and the team's security process.",
				"includes security requirements in specs and works through threat models with security engineers.",
				"owns security-sensitive features or products, balancing risk with usability, and handles findings.",
				"sets product security strategy with the security organisation.",
			).
			evidence(
				"Completed security awareness training; explains the OWASP top ten.",
				"A spec with security requirements reviewed by a security engineer.",
				"Owned a security feature or remediation programme with measured results.",
				"Co-led product security strategy or a secure-SDLC programme.",
			).
			practice(
				"Read the OWASP top ten and map it to your product.",
				"Join a threat-modelling session for a feature.",
				"Add security acceptance criteria to your next spec.",
				"Own the fix plan for a penetration test's findings.",
			),
		d("privacy-gdpr", "Privacy & GDPR", know, 40, 2,
			"privacy", "data privacy", "gdpr", "ccpa", "data protection", "privacy by design", "consent management",
			"pii", "personal data", "privacy regulations", "privacy compliance", "dpia").
			guard(notNear(ci("privacy"), "privacy policy", "privacy policies", "privacy notice", "privacy statement",
				"applicant privacy", "personnel privacy", "privacy training", "privacy procedures")).
			levels(
				"knows what personal data is and the main GDPR and CCPA principles.",
				"designs features with consent, minimisation and retention in mind, with legal review.",
				"owns privacy-sensitive products and leads privacy impact assessments.",
				"shapes the company's privacy-by-design practice with legal and security.",
			).
			evidence(
				"Explains lawful bases and data-subject rights under GDPR.",
				"A spec with privacy requirements (consent, retention, deletion) that passed legal review.",
				"Led a privacy impact assessment or a data-deletion feature.",
				"Co-owned the privacy programme for the product organisation.",
			).
			practice(
				"Read the GDPR principles (Article 5) and a summary of CCPA.",
				"Map the personal data your feature collects and why.",
				"Run a privacy impact assessment with legal for a new feature.",
				"Write privacy-by-design guidelines for product specs.",
			),
		d("compliance", "Regulatory compliance", know, 40, 1,
			"regulatory compliance", "compliance", "soc 2", "soc2", "iso 27001", "regulated environments",
			"regulated industries", "regulatory requirements", "audit readiness", "sox compliance", "fedramp").
			guard(cs("SOC 2")).
			do("turn a regulatory requirement into product requirements and audit evidence"),
		d("identity-access", "Identity & access management", know, 30, 1,
			"iam", "identity and access management", "authentication", "sso",
			"single sign-on", "oauth", "saml", "identity management", "role-based access control", "rbac").
			guard(cs("IAM")).
			do("spec single sign-on and role-based access for an enterprise product"),

		d("mobile-apps", "Mobile apps", know, 40, 2,
			"mobile", "mobile applications", "mobile app development", "mobile products", "native apps",
			"mobile-first", "cross-platform apps", "react native", "flutter", "mobile experience", "app development").
			guard(notNear(ci("mobile"), "mobile phone stipend", "phone allowance", "mobile allowance")).
			levels(
				"knows how mobile differs from web: stores, releases, offline, permissions, push.",
				"specs mobile features with platform conventions, release timing and app-store review in mind.",
				"owns mobile products across iOS and Android, with release trains, crash and rating metrics.",
				"sets mobile strategy (native vs cross-platform, platform investments) for the company.",
			).
			evidence(
				"Explains the app-store release process and its constraints.",
				"Shipped a mobile feature on at least one platform.",
				"Owned a mobile app with crash-free rate, rating and release-cadence metrics.",
				"Led a native vs cross-platform or mobile platform decision.",
			).
			practice(
				"Read Apple's and Google's human interface guidelines for one pattern you use.",
				"Follow a mobile release from branch cut to store approval.",
				"Spec a feature that works offline and with push notifications.",
				"Own a mobile app's release train for a quarter.",
			),
		d("ios", "iOS", know, 30, 1,
			"Swift", "swiftui", "apple app store", "app store", "ios apps", "ios development", "objective-c").
			guard(near(cs("Swift"), "ios", "xcode", "swiftui", "mobile", "apple", "kotlin", "objective-c", "app", "apps")).
			do("spec an iOS feature against Apple's human interface guidelines"),
		d("android", "Android", know, 30, 1,
			"kotlin", "google play", "android apps", "android development", "jetpack compose").
			as("Android").
			do("spec an Android feature for the range of devices it must run on"),
		d("web-technologies", "Web technologies", know, 40, 2,
			"web development", "web applications", "web apps", "frontend", "front-end development", "front end",
			"javascript", "typescript", "react", "html", "css", "web platform").
			guard(cs("React")).
			do("judge a web feature's performance and browser constraints with frontend engineers"),
		d("sdks", "SDKs", know, 30, 1,
			"sdk", "client libraries", "developer sdks", "sdk design", "mobile sdks").
			guard(cs("SDK")).
			do("design an SDK's developer experience and versioning policy"),
		d("microservices", "Microservices", know, 30, 1,
			"microservice architecture", "service-oriented architecture", "soa", "event-driven architecture",
			"distributed services").
			do("trace a feature's requests across services with engineers"),
		d("containers", "Containers & Kubernetes", know, 30, 1,
			"kubernetes", "k8s", "docker", "containerization", "container orchestration", "helm").
			do("explain how the product is packaged and deployed in containers"),
		d("databases", "Databases & data modelling", know, 40, 1,
			"relational databases", "postgresql", "postgres", "mysql", "nosql", "mongodb", "data modeling",
			"data modelling", "database design", "schema design", "sql server").
			do("review a data model for a new feature with engineers"),
		d("ci-cd", "CI/CD & DevOps", know, 30, 1,
			"ci/cd", "continuous integration", "continuous delivery", "continuous deployment", "devops", "deployment pipelines",
			"github actions", "infrastructure as code", "terraform", "release automation").
			do("explain how code moves from commit to production and where it can fail"),
		d("observability", "Observability & reliability", know, 30, 1,
			"monitoring and alerting", "observability", "site reliability engineering", "sre", "reliability",
			"uptime", "slas", "slos", "service level objectives", "service level agreements", "application monitoring").
			guard(cs("SRE")).
			do("set reliability targets for a product and read its monitoring"),
		d("search-relevance", "Search & ranking", know, 40, 1,
			"search relevance", "search ranking", "ranking algorithms", "information retrieval", "elasticsearch",
			"opensearch", "search experience", "search products", "relevance tuning", "search and discovery").
			do("define and measure search relevance for a product"),
		d("python", "Python", skill, 50, 1,
			"python programming", "pandas", "jupyter", "jupyter notebooks", "numpy", "python scripting").
			on("2.B.3.e").
			as("Python").
			do("analyse a product dataset").lang(),
		d("golang", "Go", skill, 60, 1,
			"Go", "golang", "go programming", "go language").
			guard(notNear(near(cs("Go"), "programming", "golang", "backend", "language", "languages", "java", "python",
				"rust", "c++", "typescript", "kotlin", "code", "coding", "engineers", "microservices", "software"),
				"go-to-market", "go to market", "go-live", "go live")).
			on("2.B.3.e").
			as("Go").
			do("read a Go service's code to answer a product question").lang(),
		d("r-language", "R", skill, 50, 1,
			"R", "rstudio", "tidyverse", "r programming", "ggplot2", "r language").
			guard(notNear(near(cs("R"), "statistics", "statistical", "python", "programming", "sql", "stata", "sas",
				"spss", "data science", "analysis", "analytics", "matlab", "language", "languages"), "r&d")).
			on("2.B.3.e").
			as("R").
			do("analyse a product dataset").lang(),
		d("java", "Java", skill, 60, 1,
			"jvm", "spring boot").
			as("Java").
			do("read a Java service's code to answer a product question").lang(),
		d("technical-background", "Technical background", know, 80, 2,
			"technical acumen", "technical fluency", "technically fluent", "engineering background",
			"computer science degree", "cs degree", "degree in computer science", "software engineering experience",
			"technical depth", "technical aptitude", "technical expertise", "technically minded",
			"go deep with engineers", "technical skills", "technical experience", "former engineer").
			on("2.C.3.a").
			levels(
				"follows technical conversations and knows the parts of a modern software stack.",
				"discusses designs and estimates credibly with engineers and reads code when needed.",
				"goes deep with engineers on architecture and trade-offs; trusted in technical reviews.",
				"technical peer of senior engineers; can lead technical products and platform decisions.",
			).
			evidence(
				"Completed an introductory programming or computer science course.",
				"Engineers confirm the PM's questions in design reviews are useful and well informed.",
				"Wrote technical parts of design docs, or has an engineering degree or background.",
				"Led a deeply technical product (platform, developer tools, infrastructure) with engineers' trust.",
			).
			practice(
				"Take CS50 or a similar free introduction to computer science.",
				"Build and deploy a small web app end to end.",
				"Review a design doc each week and discuss it with its author.",
				"Own a technical product area such as an API or platform.",
			),
		d("sdlc", "Software development lifecycle", know, 30, 2,
			"software development lifecycle", "software development life cycle", "software development process",
			"sdlc", "engineering practices", "technical debt", "tech debt", "code reviews").
			do("explain how the team takes work from design through code review to production"),
	}
}

// lang gives a programming language its rubric.
func (x def) lang() def {
	return x.levels(
		"knows what {name} is used for and reads simple {name} code.",
		"writes small {name} programs or notebooks, for example to {act}.",
		"writes and reviews {name} that meets the team's standards; automates own analyses or tools.",
		"codes in {name} at a professional engineer's level and reviews others' code.",
	).evidence(
		"Completed an introductory {name} course with exercises.",
		"A script or notebook in {name} that answered a real question.",
		"{name} code merged into a team repository or a reusable analysis others run.",
		"Worked as an engineer in {name}, or maintains a {name} project others depend on.",
	).practice(
		"Work through an introductory {name} tutorial.",
		"Use {name} to {act}.",
		"Automate a recurring task of your own in {name}.",
		"Get a small {name} change reviewed and merged by your engineering team.",
	)
}
