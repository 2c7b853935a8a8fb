package main

func technicalDefs() []def {
	return category("technical", append(technicalCoreDefs(), technicalMoreDefs()...)...)
}

func technicalCoreDefs() []def {
	return []def{
		d("apis", "APIs & integrations", skill, 50, 2,
			"api", "apis", "api design", "api products", "integrations", "third-party integrations",
			"webhooks", "api-first", "public apis", "api platform", "partner integrations", "api management").
			guard(cs("API")).
			guard(notNear(ci("integrations"), "M&A", "merger")).
			levels(
				"knows what an API is, reads API docs and understands requests, responses and auth.",
				"specifies an integration or API change with engineers: endpoints, payloads, errors, versioning.",
				"owns an API product: designs for developers, manages versioning, deprecation and usage metrics.",
				"sets API strategy and standards across the platform and its ecosystem.",
			).
			evidence(
				"Made authenticated calls to a public API with curl or Postman.",
				"A spec for an API change or integration that shipped.",
				"Owned an API product with developer adoption metrics and a deprecation handled cleanly.",
				"Wrote the API design guidelines or led the API platform strategy.",
			).
			practice(
				"Call a public API with Postman and read its error responses.",
				"Read your product's API docs and write down three developer pain points.",
				"Spec an API change with engineering, including versioning and errors.",
				"Interview five developers who use your API and act on it.",
			),
		d("rest-apis", "REST", know, 20, 2,
			"rest apis", "restful", "restful apis", "rest api design", "openapi", "swagger", "http apis").
			guard(cs("REST")).
			do("review a REST API design for resources, verbs, status codes and versioning"),
		d("graphql", "GraphQL", know, 20, 1, "graph ql").as("GraphQL").
			do("decide with engineers whether GraphQL fits a client's data needs"),

		d("system-design", "System design & architecture", know, 60, 2,
			"system design", "software architecture", "architecture", "distributed systems", "scalability",
			"technical architecture", "systems architecture", "high availability", "scalable systems",
			"architectural decisions", "infrastructure design").
			levels(
				"knows clients, servers, databases, caches and queues and how a request flows through them.",
				"follows design discussions, asks about trade-offs (latency, cost, consistency) and records decisions.",
				"weighs architecture options with engineers against product needs and spots scaling risks early.",
				"shapes platform architecture decisions at the level of a principal engineer's partner.",
			).
			evidence(
				"Draws own product's architecture and explains a request's path.",
				"Contributed product constraints to an architecture decision record.",
				"Influenced an architecture decision with a written trade-off analysis.",
				"Co-owned a multi-year architecture roadmap with engineering leadership.",
			).
			practice(
				"Read 'Designing Data-Intensive Applications', chapters 1–2.",
				"Ask an engineer to whiteboard your product's architecture and redraw it yourself.",
				"Write the product constraints section of the next design doc.",
				"Join architecture reviews for a quarter and summarise the trade-offs.",
			),

		d("platform-products", "Platform product management", skill, 60, 2,
			"platform products", "internal platforms", "developer platforms", "platform product",
			"infrastructure products", "platform teams", "shared services", "internal tools", "platform capabilities").
			levels(
				"knows how platform products differ: internal customers, adoption, leverage.",
				"manages a platform capability: gathers needs from product teams and measures adoption.",
				"owns a platform with several consuming teams; balances their needs with platform health.",
				"sets platform strategy for the organisation and its internal-product operating model.",
			).
			evidence(
				"Names own company's platforms and their consumers.",
				"Shipped a platform capability used by at least one other team.",
				"Owned a platform with adoption, reliability and developer-satisfaction metrics.",
				"Led the platform organisation's strategy.",
			).
			practice(
				"Interview three internal teams about their platform pain points.",
				"Write a platform capability spec with adoption metrics.",
				"Run a developer-satisfaction survey for an internal platform.",
				"Write the platform's multi-year roadmap with consuming teams.",
			),

		d("data-pipelines", "Data pipelines & data engineering", know, 40, 1,
			"data engineering", "etl", "elt", "data infrastructure", "data warehouse", "data warehousing",
			"data lake", "lakehouse", "apache spark", "pyspark", "airflow", "data platform", "streaming data",
			"batch processing").
			guard(cs("ETL")).
			do("spec a pipeline's freshness, quality and ownership with data engineers"),
		d("kafka", "Apache Kafka", tool, 20, 1,
			"Kafka", "apache kafka", "kafka streams", "event streaming", "confluent kafka").
			guard(near(cs("Kafka"), "streaming", "event", "events", "pipeline", "pipelines", "data", "queue",
				"queues", "messaging", "real-time", "kinesis", "pub/sub", "microservices", "backend")).
			do("decide which product events a topic carries and who consumes them").infra(),

		d("cloud", "Cloud computing", know, 40, 2,
			"cloud computing", "cloud infrastructure", "cloud platforms", "cloud-native", "cloud services",
			"iaas", "paas", "cloud architecture", "public cloud", "multi-cloud", "hybrid cloud", "cloud migration").
			levels(
				"knows IaaS, PaaS and SaaS and what cloud providers offer.",
				"understands own product's cloud setup, its cost drivers and main managed services.",
				"weighs cloud architecture and cost trade-offs with engineers, including migrations.",
				"sets cloud strategy (providers, cost, regions) with engineering leadership.",
			).
			evidence(
				"Explains own product's hosting and the services it uses.",
				"Read and explained the product's cloud bill by service.",
				"Contributed to a cloud migration or cost reduction with measured results.",
				"Co-owned cloud strategy or a multi-cloud decision.",
			).
			practice(
				"Take a free cloud fundamentals course.",
				"Review the product's cloud bill with an engineer.",
				"Deploy a small app on a managed cloud service.",
				"Write the product side of a cloud cost or migration plan.",
			),
		d("aws", "AWS", tool, 20, 1,
			"amazon web services", "aws cloud", "ec2", "amazon s3", "aws lambda", "dynamodb", "amazon redshift",
			"redshift").
			certified("aws-cloud-practitioner", "aws-solutions-architect").
			do("read the product's architecture diagram and explain its costs").infra(),
		d("gcp", "Google Cloud", tool, 20, 1,
			"gcp", "google cloud platform", "google cloud", "vertex ai", "cloud run").
			certified("google-cloud-digital-leader").
			do("explain the product's hosting and its costs").infra(),
		d("azure", "Microsoft Azure", tool, 20, 1,
			"Azure", "azure cloud", "azure devops", "azure openai").
			guard(cs("Azure")).
			certified("azure-fundamentals").
			do("explain the product's hosting and its costs").infra(),

		d("ai-ml", "AI & machine learning", know, 60, 2,
			"AI", "artificial intelligence", "machine learning", "ML", "ai/ml", "ml models", "ai products",
			"ai-powered", "ai-driven", "ai features", "deep learning", "computer vision", "natural language processing",
			"NLP", "recommendation systems", "recommender systems", "predictive models", "data science",
			"ml products", "applied ai", "ai-native").
			guard(cs("AI"), cs("ML")).
			guard(notNear(ci("data science"), "team", "teams")).
			levels(
				"knows what machine learning can and cannot do, and the words: training, inference, precision, drift.",
				"works with data scientists on an ML feature: frames the problem, picks metrics, plans for errors.",
				"owns ML-powered products end to end: data, evaluation, launch, monitoring and feedback loops.",
				"sets AI strategy for a product line and builds how the organisation ships AI responsibly.",
			).
			evidence(
				"Completed an introductory ML course for non-engineers.",
				"A spec for an ML feature with success metrics and error handling.",
				"Shipped and iterated an ML product, with offline and online metrics.",
				"Led AI strategy or an AI platform for the organisation.",
			).
			practice(
				"Take an ML-for-everyone course and write down three product uses in your domain.",
				"Interview a data scientist about a model in production: data, metrics, failures.",
				"Write the spec for an ML feature, including what happens when the model is wrong.",
				"Own an ML feature through launch and post-launch monitoring.",
			),
		d("llms", "LLMs & generative AI", know, 40, 2,
			"LLMs", "LLM", "large language models", "large language model", "generative ai", "genai", "gen ai",
			"foundation models", "gpt", "chatgpt", "openai", "anthropic", "claude", "gemini", "llm-powered",
			"ai assistants", "copilots", "conversational ai", "chatbots", "fine-tuning").
			guard(cs("GPT"), near(cs("Claude"), "ai", "llm", "llms", "anthropic", "model", "models", "openai", "gpt"),
				near(cs("Gemini"), "ai", "llm", "llms", "google", "model", "models", "openai", "gpt")).
			levels(
				"knows how LLMs work at a high level: tokens, context, hallucination, cost and latency.",
				"builds LLM features with engineers: prompts, evaluation sets and guardrails.",
				"ships and runs LLM products in production: evals, cost, latency, safety and model choice.",
				"sets generative-AI strategy and platform choices for the organisation.",
			).
			evidence(
				"Explains hallucination and context windows and how they affect a product.",
				"Prototyped an LLM feature with a prompt and a small eval set.",
				"Shipped an LLM product with online evaluation, cost and safety monitoring.",
				"Led gen-AI strategy or an LLM platform across teams.",
			).
			practice(
				"Build a small LLM prototype through a provider's API.",
				"Write a 30-case evaluation set for it and score outputs.",
				"Compare two models on quality, latency and cost for the same task.",
				"Take an LLM feature to production with monitoring.",
			),
		d("prompt-engineering", "Prompt engineering", skill, 20, 2,
			"prompt design", "prompting", "prompt writing", "prompt engineering techniques", "system prompts",
			"few-shot prompting", "chain of thought").
			levels(
				"writes clear instructions to an AI assistant and iterates on the answer.",
				"designs prompts with examples, structure and constraints for a product feature.",
				"versions and evaluates prompts systematically against test sets and models.",
				"sets prompt standards and tooling for the organisation.",
			).
			evidence(
				"Shows a before-and-after prompt and why the second works better.",
				"A prompt used in a shipped or prototyped feature.",
				"A versioned prompt library with eval scores per change.",
				"Authored prompt guidelines used across teams.",
			).
			practice(
				"Read one model provider's prompting guide.",
				"Rewrite a product prompt with examples and output structure.",
				"Evaluate prompt changes against a fixed test set.",
				"Set up prompt versioning for a team.",
			),
		d("rag", "Retrieval-augmented generation", know, 30, 1,
			"RAG", "retrieval augmented generation", "vector databases", "vector search", "embeddings",
			"semantic search", "vector stores").
			guard(cs("RAG")).
			do("design the retrieval and evaluation of a RAG feature with engineers"),
		d("ai-agents", "AI agents", know, 30, 1,
			"ai agents", "agentic ai", "agentic", "agentic workflows", "autonomous agents", "multi-agent systems",
			"function calling", "tool use", "model context protocol", "mcp").
			guard(cs("MCP")).
			do("spec an agent workflow with its tools, limits and failure handling"),
		d("llm-evaluation", "AI evaluation (evals)", skill, 30, 1,
			"evals", "llm evaluation", "model evaluation", "ai evaluation", "evaluation sets", "red teaming",
			"llm-as-a-judge").
			do("build an evaluation set and scoring rubric for an AI feature"),
		d("mlops", "MLOps", know, 40, 1,
			"ml ops", "model deployment", "model monitoring", "ml platform", "ml infrastructure", "feature store",
			"llmops", "ml pipelines").
			do("spec model deployment and monitoring needs with ML engineers"),
		d("responsible-ai", "Responsible AI", know, 30, 1,
			"ai ethics", "ai safety", "ai governance", "model bias", "algorithmic fairness", "trustworthy ai",
			"ai risk").
			do("run a bias and harm review of an AI feature before launch"),
	}
}

// infra gives an infrastructure tool the rubric of a PM who works with it,
// rather than of its administrator.
func (x def) infra() def {
	return x.levels(
		"knows what {name} provides and where the product uses it.",
		"reads the product's use of {name} with engineers, for example to {act}.",
		"weighs {name} design, limits and cost trade-offs with engineers for new features.",
		"shapes the organisation's use of {name} with engineering leadership.",
	).evidence(
		"Completed a free {name} fundamentals course.",
		"Explained the product's use of {name} in a spec or design review.",
		"A product decision shaped by {name} limits or cost, written down.",
		"Holds a {name} certification or co-owned a platform decision about {name}.",
	).practice(
		"Take a free {name} fundamentals course.",
		"Ask an engineer to walk you through the product's use of {name}.",
		"Read the product's {name} cost or usage report and explain its drivers.",
		"Write the product constraints for the next design that relies on {name}.",
	)
}
