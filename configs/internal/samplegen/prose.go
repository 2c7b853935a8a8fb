package main

// headings are the section headings a company uses; Style picks one of each.
type headings struct {
	About, Role, Resp, Req, Nice, Pay, Benefits string
	// InlineNice puts nice-to-haves into the requirements list ("… is a plus")
	// instead of a section of their own.
	InlineNice bool
	// AboutLast puts the company blurb after the role instead of before it.
	AboutLast bool
}

func headingsFor(c company) headings {
	resp := []string{"What you'll do", "Responsibilities", "In this role, you will", "Your impact", "What you’ll be doing", "The work"}
	req := []string{"What we're looking for", "About you", "Requirements", "Qualifications", "You might be a fit if you have", "Who you are", "What you bring"}
	nice := []string{"Nice to have", "Bonus points", "Preferred qualifications", "Even better if you have", "Nice-to-haves"}
	about := []string{"About us", "About " + c.Name, "Who we are", "About the company"}
	role := []string{"About the role", "The role", "The opportunity", ""}
	pay := []string{"Compensation", "Pay", "Salary", "Compensation range"}
	benefits := []string{"Benefits", "What we offer", "Perks & benefits", "Why you'll love working here"}
	s := c.Style
	return headings{
		About: about[s%len(about)], Role: role[(s/2)%len(role)], Resp: resp[s%len(resp)],
		Req: req[(s+s/3)%len(req)], Nice: nice[(s+1)%len(nice)], Pay: pay[s%len(pay)],
		Benefits:   benefits[(s/2+s)%len(benefits)],
		InlineNice: s%5 == 3, AboutLast: s%4 == 2,
	}
}

// intros are the first paragraph of a role; {title}, {area}, {company}, {partner},
// {mission} and {metric} are filled in.
func introTemplates() []string {
	return []string{
		"We're hiring a {title} to lead {area}. You'll own the problem space end to end, from understanding customers to measuring what we ship.",
		"{company} is looking for a {title} to join the {area} team. Our customers rely on it every day, and you'll decide what we build next.",
		"As a {title}, you'll join a small team that owns {area}, working closely with engineering, design and {partner}.",
		"Our mission is to {mission}. As a {title} on {area}, you'll take a product with real traction and make it better, one measurable bet at a time.",
		"The {area} team is growing, and we need a {title} who can move {metric} while keeping the product simple.",
		"You'll be the {title} for {area}, reporting to our Head of Product and working with a team of six engineers and a designer.",
	}
}

// leadIntros are added for roles that manage people.
func leadIntros() []string {
	return []string{
		"You'll lead a group of {n} product managers across {area} and the teams around it.",
		"This role manages a team of {n} PMs and sets direction for the whole {area} area.",
		"You'll build and lead the product organisation, currently {n} product managers, and partner with the executive team on company strategy.",
	}
}

// fillerResp are responsibility bullets that name no tracked skill.
func fillerResp() []string {
	return []string{
		"Ship steadily and learn from every release",
		"Represent the customer in every planning conversation",
		"Keep the team focused on outcomes rather than output",
		"Spend time with our support team to understand where customers struggle",
		"Decide what not to build, and explain why",
		"Celebrate launches, then go back and check whether they worked",
	}
}

// fillerReq are requirement bullets that name no tracked skill.
func fillerReq() []string {
	return []string{
		"A bachelor's degree or equivalent practical experience",
		"Curiosity about how things work and why people use them",
		"High standards for quality and attention to detail",
		"Humility and a sense of humour",
	}
}

// yearsTemplates say how much experience a role asks; {n}, {n2}, {word}, {m} and {domain} are filled in.
func yearsTemplates() []string {
	return []string{
		"{n}+ years of product management experience",
		"{n}+ years of experience in product management, ideally in {domain}",
		"At least {n} years of experience as a product manager",
		"{n}–{n2} years in product management roles",
		"{word} or more years of experience managing software products",
		"{n}+ years of experience in product, including shipping products in {domain}",
	}
}

func leadYearsTemplates() []string {
	return []string{
		"{n}+ years of product management experience, including {m}+ years managing product managers",
		"{n}+ years in product, with at least {m} years leading teams of PMs",
	}
}

func associateYears() []string {
	return []string{
		"0–2 years of experience in product, consulting, engineering or a similar analytical role",
		"1+ years of experience in a product, analytics or engineering role, or a relevant internship",
		"A degree or equivalent experience; internships in product or engineering count",
	}
}

func numberWords() []string {
	return []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"}
}

// benefitsByCountry are benefit lines; each posting shows a company-chosen subset.
func benefitsByCountry() map[string][]string {
	return map[string][]string{
		"US": {"Medical, dental and vision insurance for you and your family", "401(k) with a 4% company match", "Equity in a growing company", "Flexible time off with a 15-day minimum", "16 weeks of paid parental leave", "$1,500 a year for learning and development", "A home office stipend"},
		"GB": {"25 days of holiday plus bank holidays", "Private medical insurance", "Enhanced pension contributions", "Share options", "Cycle to work scheme", "£1,000 a year for learning and development", "Enhanced parental leave"},
		"DE": {"30 days of vacation", "Company pension scheme", "Virtual stock options", "Public transport ticket", "€1,000 learning budget per year", "Flexible working hours", "Language classes"},
		"CA": {"Extended health and dental coverage from day one", "RRSP matching", "Stock options", "Flexible vacation policy", "CA$1,500 annual learning budget", "Parental leave top-up"},
	}
}

// eeoTexts are equal-opportunity and privacy statements. They mention words such as
// "diverse teams", "data" and "GDPR" that an extractor must not count as skills.
func eeoTexts() []string {
	return []string{
		"{company} is an equal opportunity employer. We believe diverse teams build better products, and we welcome applicants of every background, identity and experience.",
		"We are committed to building diverse teams and an inclusive culture. We use the data in your application only to assess your candidacy; our candidate privacy notice explains how.",
		"{company} provides equal employment opportunities to all applicants. If you need a reasonable accommodation during the interview process, let your recruiter know and we will make it happen.",
		"We process the personal data you send us in line with the GDPR and keep it for twelve months. {company} welcomes applications from people of all backgrounds; diverse teams make us stronger.",
		"Studies show that some people apply only when they meet every requirement. If you are excited about this role but your experience does not match every point, we encourage you to apply anyway.",
		"{company} considers qualified applicants with arrest and conviction records in line with applicable fair chance laws. We value diversity, equity and inclusion, and we use data to check that our hiring is fair.",
	}
}

// otherRole is a non-product role and what its posting says.
type otherRole struct {
	Titles []string
	Intro  string
	Resp   []string
	Req    []string
}

func otherRoles() []otherRole {
	return []otherRole{
		{Titles: []string{"Product Marketing Manager", "Senior Product Marketing Manager"},
			Intro: "We're looking for a product marketer to tell the story of {area} to the people who need it.",
			Resp:  []string{"Own positioning and messaging for {area}", "Plan launches and go-to-market campaigns with product and sales", "Build competitive intelligence and sales enablement material"},
			Req:   []string{"4+ years of product marketing experience", "Excellent writing and storytelling skills", "Experience with B2B SaaS go-to-market"}},
		{Titles: []string{"Product Designer", "Senior Product Designer"},
			Intro: "We're hiring a product designer to shape how customers experience {area}.",
			Resp:  []string{"Design flows, prototypes and polished interfaces in Figma", "Run usability tests and user research with the product manager", "Contribute to our design system"},
			Req:   []string{"A portfolio that shows your process and craft", "4+ years of product design experience", "Fluency in Figma and prototyping"}},
		{Titles: []string{"Software Engineer, Backend", "Senior Software Engineer", "Staff Software Engineer"},
			Intro: "Join the engineering team behind {area}.",
			Resp:  []string{"Design, build and run services in Go and TypeScript", "Build reliable APIs used by thousands of customers", "Review code and mentor other engineers"},
			Req:   []string{"5+ years of software engineering experience", "Experience with distributed systems, SQL databases and cloud infrastructure", "Comfort with on-call and operating what you build"}},
		{Titles: []string{"Data Analyst", "Senior Data Analyst"},
			Intro: "We're looking for a data analyst to help the {area} team understand what is working.",
			Resp:  []string{"Build dashboards in Looker and analyse product usage", "Design A/B test readouts with product managers", "Define metrics and keep them trustworthy"},
			Req:   []string{"Strong SQL and experience with Python or R", "3+ years in an analytics role", "Clear communication of findings to non-technical audiences"}},
		{Titles: []string{"Program Manager", "Technical Program Manager", "Senior Technical Program Manager"},
			Intro: "We need a program manager to keep our biggest cross-team efforts on track.",
			Resp:  []string{"Run large programmes across engineering, product and operations", "Track milestones, risks and dependencies in Jira", "Drive agile delivery across several scrum teams"},
			Req:   []string{"5+ years of program or project management experience", "Experience with agile and waterfall delivery", "PMP or similar certification is a plus"}},
	}
}
