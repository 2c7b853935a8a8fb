package main

func domainDefs() []def {
	return category("domain",
		d("b2b-saas", "B2B SaaS", dom, 80, 2,
			"b2b", "saas", "software as a service", "enterprise saas", "b2b software", "subscription software",
			"vertical saas", "horizontal saas", "b2b products", "saas products").
			guard(cs("B2B")).
			levels(
				"knows how B2B SaaS sells and earns: seats or usage, ARR, churn, buyers versus users.",
				"has built features for business customers, balancing admins, buyers and end users.",
				"owns a B2B SaaS product with ARR, retention and expansion goals; works closely with sales and CS.",
				"shapes B2B SaaS strategy: segments, pricing and platform, with revenue accountability.",
			).
			evidence(
				"Explains ARR, NRR and the difference between buyer and user.",
				"Shipped features for business customers, including admin or permission needs.",
				"Owned a B2B product with ARR and retention outcomes.",
				"Led B2B SaaS strategy with revenue accountability.",
			).
			practice(
				"Learn the SaaS metrics (ARR, NRR, CAC payback) from a public guide.",
				"Join three enterprise customer calls with sales.",
				"Map your product's buyer, admin and user and their needs.",
				"Own a B2B feature from request through renewal impact.",
			),
		d("enterprise-software", "Enterprise software", dom, 80, 2,
			"enterprise", "enterprise customers", "enterprise products", "enterprise clients", "large enterprises",
			"enterprise-grade", "enterprise scale", "fortune 500 customers", "enterprise market").
			guard(notNear(ci("enterprise"), "enterprise value", "enterprise sales")).
			do("meet the security, admin and procurement needs of large customers"),
		d("b2c-consumer", "Consumer products (B2C)", dom, 80, 2,
			"b2c", "consumer products", "consumer apps", "consumer internet", "consumer-facing", "consumer tech",
			"consumer software", "millions of users").
			do("design for millions of users with experiments and funnel data"),
		d("fintech", "Fintech", dom, 100, 2,
			"financial technology", "financial services", "financial products", "fin-tech", "neobank", "neobanks",
			"embedded finance", "personal finance").
			levels(
				"knows the fintech landscape: banks, processors, regulators, and how fintechs earn.",
				"has built financial product features with compliance review.",
				"owns a fintech product under regulation (licences, audits, partner banks).",
				"shapes fintech strategy and regulatory positioning for the company.",
			).
			evidence(
				"Explains how a fintech app earns money and who regulates it.",
				"Shipped a financial feature that passed compliance review.",
				"Owned a regulated fintech product through an audit or licence change.",
				"Led fintech strategy or a regulatory programme.",
			).
			practice(
				"Follow a fintech newsletter for a month.",
				"Interview a compliance officer about product constraints.",
				"Map the partners behind a fintech product (bank, processor, KYC vendor).",
				"Work on a regulated financial feature with compliance.",
			),
		d("payments", "Payments", dom, 100, 2,
			"payments", "payment processing", "card payments", "payment methods", "acquiring", "card issuing",
			"payment rails", "ach", "real-time payments", "pci dss", "pci", "checkout payments", "payment gateways",
			"payouts", "billing").
			guard(cs("ACH")).
			levels(
				"knows the card payment flow (authorisation, capture, settlement) and the main players.",
				"has built payment features: methods, checkout, refunds or payouts.",
				"owns payment products with authorisation rates, fraud, cost and PCI scope as goals.",
				"shapes payments strategy: processors, methods, markets and economics.",
			).
			evidence(
				"Explains the roles of acquirer, issuer, network and processor.",
				"Shipped a payment feature (method, refund flow or payout).",
				"Improved authorisation rate or payment cost measurably.",
				"Led payments strategy or a processor migration.",
			).
			practice(
				"Read a payments primer on the card flow and fees.",
				"Trace one payment through your product's logs and providers.",
				"Analyse decline reasons and propose a fix.",
				"Own a payment method's rollout in a new market.",
			),
		d("banking", "Banking", dom, 100, 1,
			"core banking", "retail banking", "digital banking", "open banking", "commercial banking", "bank accounts").
			do("work within banking regulation and core-banking constraints"),
		d("lending", "Lending & credit", dom, 100, 1,
			"lending", "loans", "credit risk", "credit underwriting", "bnpl", "buy now pay later", "mortgages",
			"credit products", "credit cards").
			do("weigh approval rates against credit losses"),
		d("insurance", "Insurance", dom, 100, 1,
			"insurance", "insurtech", "underwriting", "claims processing", "policy administration", "p&c insurance").
			guard(notNear(ci("insurance"), "health insurance", "dental", "vision", "life insurance", "medical", "benefits",
				"401k", "disability insurance")).
			do("improve a claims or underwriting flow within insurance regulation"),
		d("wealth-investing", "Wealth management & investing", dom, 100, 1,
			"wealth management", "investing", "brokerage", "trading platforms", "asset management", "robo-advisor",
			"wealthtech", "retirement accounts").
			do("design an investing feature that meets suitability and disclosure rules"),
		d("crypto", "Crypto & Web3", dom, 80, 1,
			"crypto", "cryptocurrency", "cryptocurrencies", "blockchain", "web3", "defi", "digital assets",
			"stablecoins", "on-chain", "smart contracts", "tokenization").
			do("design a wallet or on-chain feature with its security and regulatory risks"),
		d("kyc-aml", "KYC & AML", dom, 60, 1,
			"kyc", "aml", "know your customer", "anti-money laundering", "identity verification", "sanctions screening",
			"customer due diligence").
			guard(cs("KYC")).
			do("design an onboarding flow that meets KYC rules with minimal drop-off"),
		d("fraud-risk", "Fraud & risk", dom, 80, 1,
			"fraud prevention", "fraud detection", "fraud", "risk and fraud", "chargebacks", "account takeover",
			"risk models").
			do("balance fraud losses against false declines"),
		d("trust-safety", "Trust & safety", dom, 80, 1,
			"trust and safety", "trust & safety", "content moderation", "abuse prevention",
			"spam prevention", "platform integrity", "integrity products").
			do("design moderation policy and tooling for user-generated content"),
		d("healthcare", "Healthcare", dom, 120, 1,
			"healthcare", "health care", "healthtech", "health tech", "digital health", "clinical", "ehr", "emr",
			"electronic health records", "patient care", "telehealth", "telemedicine", "care delivery", "payers",
			"health systems", "clinicians").
			guard(notNear(ci("healthcare"), "coverage", "benefits", "dental", "vision", "insurance", "401k",
				"paid time off", "pto")).
			levels(
				"knows the healthcare system's actors: patients, providers, payers, regulators, and how money flows.",
				"has built features for patients or clinicians within HIPAA and clinical workflows.",
				"owns a healthcare product with clinical, regulatory and commercial outcomes.",
				"shapes healthcare product strategy with clinical and regulatory leadership.",
			).
			evidence(
				"Explains how a provider gets paid for a visit.",
				"Shipped a patient- or clinician-facing feature with compliance review.",
				"Owned a healthcare product through a regulatory or payer milestone.",
				"Led healthcare product strategy or clinical partnerships.",
			).
			practice(
				"Read a primer on the health system of your market.",
				"Shadow a clinician or care team for half a day.",
				"Map a clinical workflow your product touches, with its regulations.",
				"Own a healthcare feature through compliance review.",
			),
		d("hipaa", "HIPAA", dom, 30, 1,
			"hipaa compliance", "phi", "protected health information", "hipaa-compliant").
			guard(cs("HIPAA"), cs("PHI")).
			do("spec a feature that handles protected health information under HIPAA"),
		d("life-sciences", "Life sciences & pharma", dom, 120, 1,
			"life sciences", "pharma", "pharmaceutical", "biotech", "clinical trials", "drug development", "medtech",
			"medical devices").
			do("work within clinical and regulatory processes such as trials or device approval"),
		d("ecommerce", "E-commerce & retail", dom, 80, 2,
			"e-commerce", "ecommerce", "online retail", "retail", "checkout", "shopping cart", "dtc",
			"direct-to-consumer", "omnichannel", "merchandising", "online shopping", "product catalog").
			do("improve conversion and average order value in an online store"),
		d("marketplaces", "Marketplaces", dom, 80, 1,
			"marketplace", "two-sided marketplaces", "two-sided marketplace", "multi-sided platforms",
			"supply and demand", "marketplace dynamics", "marketplace liquidity", "buyers and sellers").
			do("balance supply and demand and grow liquidity in a marketplace"),
		d("developer-tools", "Developer tools", dom, 80, 1,
			"developer tools", "devtools", "developer experience", "dx", "developer products", "developer productivity",
			"ides", "developer-facing products").
			guard(cs("DX")).
			do("design a developer workflow that engineers adopt without being told to"),
		d("adtech", "Adtech", dom, 80, 1,
			"ad tech", "advertising technology", "programmatic", "programmatic advertising", "dsp", "ssp",
			"ad exchanges", "real-time bidding", "rtb", "ads products", "advertising products", "ad serving",
			"ad platforms", "advertising").
			guard(cs("DSP")).
			do("improve an ad product's yield while keeping advertisers' return"),
		d("martech", "Martech", dom, 80, 1,
			"marketing technology", "customer data platforms", "cdp", "marketing platforms", "crm software",
			"customer engagement platforms").
			do("build marketing software that marketers can run without engineers"),
		d("edtech", "Edtech", dom, 80, 1,
			"education technology", "e-learning", "online learning", "learning management systems", "lms", "k-12",
			"higher education", "learning platforms", "online courses").
			do("design for learners, teachers and institutions with their buying cycles"),
		d("gaming", "Gaming", dom, 80, 1,
			"gaming", "games", "video games", "game development", "mobile games", "live ops", "liveops",
			"free-to-play", "f2p", "game design").
			do("design live-ops events and the in-game economy"),
		d("logistics", "Logistics & supply chain", dom, 100, 1,
			"logistics", "supply chain", "freight", "fulfillment", "fulfilment", "last-mile delivery", "warehousing",
			"transportation management", "fleet management", "shipping and logistics").
			do("optimise a fulfilment or routing workflow with operations teams"),
		d("cybersecurity", "Cybersecurity", dom, 100, 1,
			"cybersecurity", "cyber security", "security products", "security industry", "threat detection",
			"siem", "endpoint security", "zero trust", "security operations", "soc", "network security",
			"cloud security").
			guard(cs("SIEM"), near(cs("SOC"), "security", "analysts", "siem", "threat", "operations")).
			do("build a product for security teams and their workflows"),
		d("hr-tech", "HR tech", dom, 80, 1,
			"hrtech", "hris", "human capital management", "hcm", "payroll", "workforce management",
			"talent management", "recruiting software", "applicant tracking systems", "people operations software").
			guard(cs("HRIS")).
			do("design for HR buyers, managers and employees in one product"),
		d("proptech", "Proptech & real estate", dom, 80, 1,
			"proptech", "real estate", "property management", "real estate technology", "construction tech").
			do("build a product for real-estate transactions or property operations"),
		d("govtech", "Government & public sector", dom, 100, 1,
			"govtech", "public sector", "government agencies", "federal government", "civic tech",
			"state and local government", "public services").
			do("deliver a service within public-sector procurement and accessibility rules"),
		d("mobility", "Mobility & automotive", dom, 100, 1,
			"mobility", "automotive", "electric vehicles", "ev charging", "ride-hailing", "autonomous vehicles",
			"connected cars").
			do("design for drivers, riders or vehicles and their safety rules"),
		d("travel-hospitality", "Travel & hospitality", dom, 80, 1,
			"travel industry", "travel tech", "online travel", "hospitality", "travel booking", "airlines", "hotels",
			"short-term rentals").
			do("improve booking conversion across inventory and partners"),
		d("media-streaming", "Media & streaming", dom, 80, 1,
			"media and entertainment", "digital media", "video streaming", "streaming media", "music streaming",
			"creator economy", "publishing", "content platforms", "ott").
			do("grow engagement with content recommendations and subscriptions"),
		d("social-platforms", "Social & communication apps", dom, 80, 1,
			"social media", "social networks", "social platforms", "consumer social", "messaging apps",
			"user-generated content", "ugc").
			do("design social features that grow engagement safely"),
		d("telecom", "Telecommunications", dom, 100, 1,
			"telecommunications", "telecom", "telco", "5g", "network operators", "mobile operators").
			do("build a product on top of carrier networks and their constraints"),
		d("climate-energy", "Climate & energy", dom, 100, 1,
			"climate tech", "cleantech", "clean energy", "renewable energy", "energy sector", "energy management",
			"carbon accounting", "utilities", "sustainability software").
			guard(notNear(ci("utilities"), "utilities stipend", "utility bills")).
			do("design for energy customers, grids or carbon reporting rules"),
		d("hardware-iot", "Hardware & IoT", dom, 100, 1,
			"hardware", "iot", "internet of things", "connected devices", "consumer electronics", "embedded systems",
			"firmware", "smart home").
			do("plan a product across hardware, firmware and app release cycles"),
		d("smb", "SMB market", dom, 60, 1,
			"smb", "small businesses", "small and medium businesses", "small and medium-sized businesses", "smbs",
			"mid-market", "small business owners").
			guard(cs("SMB")).
			do("design self-serve products for small business owners"),
		d("legal-tech", "Legal tech", dom, 80, 1,
			"legaltech", "legal technology", "contract management", "clm", "e-discovery").
			do("build a product for lawyers and legal operations"),
		d("erp-finance-systems", "ERP & finance systems", dom, 80, 1,
			"erp", "erp systems", "enterprise resource planning", "accounting software", "accounts payable",
			"procure-to-pay", "spend management", "expense management").
			do("design finance workflows that satisfy accountants and auditors"),
	)
}
