package main

func leadershipDefs() []def {
	return category("leadership", append(leadershipCoreDefs(), leadershipMoreDefs()...)...)
}

func leadershipCoreDefs() []def {
	return []def{
		d("stakeholder-management", "Stakeholder management", soft, 50, 3,
			"managing stakeholders", "stakeholder alignment", "stakeholder engagement", "stakeholder communication",
			"aligning stakeholders", "align stakeholders", "executive stakeholders", "stakeholders",
			"relationship building", "build relationships", "manage expectations", "key stakeholders",
			"internal stakeholders").
			levels(
				"knows who the stakeholders of own product are and what each cares about.",
				"keeps own stakeholders informed and aligned with regular, tailored updates.",
				"aligns senior stakeholders with conflicting goals and keeps trust through hard trade-offs.",
				"manages executive and external stakeholders for company-critical programmes.",
			).
			evidence(
				"A stakeholder map for own product with interests and influence.",
				"A regular stakeholder update you run, with positive feedback from stakeholders.",
				"Aligned conflicting senior stakeholders on a contested decision; documented outcome.",
				"Managed executive and board-level stakeholders through a major programme.",
			).
			practice(
				"Draw a stakeholder map of your product with interest and influence.",
				"Hold one-to-ones with your top five stakeholders about their goals.",
				"Send a monthly stakeholder update for a quarter and ask for feedback.",
				"Pre-wire a contested decision with each stakeholder before the meeting.",
			),
		d("communication", "Communication", soft, 40, 3,
			"communication skills", "verbal communication", "written and verbal communication",
			"excellent communication", "strong communicator", "communicator", "clear communication",
			"interpersonal communication", "articulate", "communicate clearly", "communication and presentation skills").
			levels(
				"communicates clearly in routine team settings.",
				"adapts message and medium to the audience; updates are short, clear and timely.",
				"communicates complex, uncertain or bad news clearly to mixed and senior audiences.",
				"sets the communication standard for the organisation; others copy their formats.",
			).
			evidence(
				"Peer feedback that own updates are clear.",
				"Written updates and meeting notes that the team relies on.",
				"Communicated a hard decision or incident to senior and mixed audiences well, per feedback.",
				"Formats or rituals you created that spread across the organisation.",
			).
			practice(
				"Rewrite your last update in half the words.",
				"Ask two colleagues what was unclear in your last presentation.",
				"Write one decision memo a month with a clear ask.",
				"Lead a communication during a hard change and ask for feedback.",
			),
		d("written-communication", "Written communication", soft, 40, 3,
			"written communication", "writing skills", "clear writing", "excellent writing", "strong writer",
			"memos", "narrative memos", "six-pager", "business writing", "writing").
			guard(notNear(ci("writing"), "writing code", "writing software", "writing tests", "writing sql")).
			on("2.A.1.c").
			do("write a decision memo that leads to a decision without a meeting"),
		d("storytelling", "Storytelling", soft, 30, 2,
			"narrative", "narratives", "compelling narratives", "product storytelling", "tell a story",
			"tell stories", "compelling story", "story-telling").
			levels(
				"knows the parts of a story: situation, tension, resolution.",
				"frames product updates and proposals as stories with a clear arc and ask.",
				"moves senior audiences with a narrative built on customer evidence and data.",
				"shapes the company narrative about its products, inside and outside.",
			).
			evidence(
				"Retells a product decision as a short story with a clear arc.",
				"A proposal or review presented as a story that got the decision it asked for.",
				"A narrative that changed a leadership decision or won a major customer.",
				"Authored the product narrative used company-wide or at public events.",
			).
			practice(
				"Retell your last launch as situation, complication, resolution in five sentences.",
				"Open your next review with a customer story.",
				"Build a narrative memo for a big proposal and test it on a peer.",
				"Give a talk about your product at a meetup.",
			),
		d("cross-functional-leadership", "Cross-functional leadership", soft, 50, 3,
			"cross-functional collaboration", "cross-functional teams", "cross-functional", "work cross-functionally",
			"collaborate with engineering", "partner with engineering", "partner closely with engineering",
			"work with engineering and design", "leading cross-functional teams", "cross-team collaboration",
			"engineering and design partners").
			// Working together with other functions asks for cross-functional
			// work whichever functions it names; the functions themselves are
			// no skills asked (analyze/ask.go drops them).
			withParties("work closely with", "working closely with", "partner with", "partnering with",
				"partner closely with", "collaborate with", "collaborate closely with", "collaborating with",
				"collaborate tightly with", "in partnership with", "work hand in hand with").
			on("2.B.1.b").
			levels(
				"knows what each function (engineering, design, data, marketing, sales) needs from product.",
				"leads a team of engineers and designers as a trusted partner on one product area.",
				"leads several functions towards shared goals, resolving conflicts between them.",
				"leads large cross-functional programmes and shapes how functions work together.",
			).
			evidence(
				"Names each partner function's goals and what they need from PM.",
				"Team health feedback from engineering and design that rates the partnership well.",
				"Led a multi-function initiative to launch, with partners' endorsement.",
				"Led a large cross-functional programme or redesigned the operating model.",
			).
			practice(
				"Meet each partner function's lead and ask what they need from you.",
				"Run a team charter session with engineering and design.",
				"Lead a cross-functional launch end to end.",
				"Run a quarterly partnership retro with functional leads.",
			),
		d("people-management", "People management", skill, 80, 2,
			"managing a team", "direct reports", "line management", "manage product managers", "managing pms",
			"team leadership", "managing managers", "performance management", "lead a team", "people leadership",
			"manage a team of product managers", "leadership skills", "leadership experience", "people manager").
			on("2.B.5.d").
			levels(
				"knows the manager's job: hiring, one-to-ones, feedback, performance and growth.",
				"manages one to three PMs with regular one-to-ones, clear expectations and feedback.",
				"manages a team of PMs, including performance issues and promotions, and builds its culture.",
				"manages managers and shapes the product organisation.",
			).
			evidence(
				"Mentored or onboarded a junior colleague.",
				"Managed at least one PM for a year with written development plans.",
				"Managed a team through performance cycles, including a promotion and a hard case.",
				"Managed managers or led a product organisation.",
			).
			practice(
				"Read 'The Making of a Manager'.",
				"Mentor an associate PM for a quarter with weekly sessions.",
				"Take on a direct report and write their development plan together.",
				"Ask your reports for upward feedback every quarter.",
			),
		d("coaching-mentoring", "Coaching & mentoring", soft, 40, 2,
			"coaching", "mentoring", "mentorship", "mentor junior pms", "develop talent", "mentor others",
			"coach and develop", "coach others", "developing others", "grow talent").
			levels(
				"knows the difference between coaching, mentoring and advising.",
				"mentors a junior colleague with regular sessions and useful feedback.",
				"coaches several people to measurable growth and promotion.",
				"builds mentoring and coaching programmes for the organisation.",
			).
			evidence(
				"Gave useful feedback that a colleague acted on.",
				"Mentored someone for at least six months.",
				"Mentees promoted or rated as grown, with their testimony.",
				"Founded a mentoring or coaching programme.",
			).
			practice(
				"Offer to mentor an associate PM or a career switcher.",
				"Use the GROW model in your next three mentoring sessions.",
				"Ask your mentee for feedback on your mentoring.",
				"Start a peer-mentoring circle in your organisation.",
			),
		d("influence", "Influence without authority", soft, 50, 3,
			"influencing", "influence", "persuasion", "lead without authority", "leading without authority",
			"drive alignment", "driving alignment", "build consensus", "building consensus", "consensus building",
			"persuasive", "influence stakeholders").
			on("2.B.1.c").
			levels(
				"knows why PMs must lead through influence and the common tactics.",
				"wins agreement from own team on priorities through reasoning and evidence.",
				"moves peers and senior leaders with no reporting line to a decision they initially opposed.",
				"shapes company direction through influence across the organisation.",
			).
			evidence(
				"Describes how a decision was won without authority.",
				"Your team adopted a priority change through your case.",
				"Senior leaders changed course because of your case; documented.",
				"Changed company direction through influence; others cite it.",
			).
			practice(
				"Read 'Influence' by Cialdini and note the tactics you already use.",
				"Pre-wire your next proposal with each decision-maker.",
				"Change a peer team's priority with a data-backed case.",
				"Take a contested idea to leadership and win support.",
			),
		d("negotiation", "Negotiation", soft, 40, 2,
			"negotiating", "negotiate", "negotiations", "contract negotiation", "negotiation skills").
			on("2.B.1.d").
			levels(
				"knows interests versus positions and the idea of a best alternative (BATNA).",
				"negotiates scope and timelines with own team and stakeholders to good outcomes.",
				"negotiates with partners, vendors or senior leaders where much is at stake.",
				"leads the company's most important negotiations.",
			).
			evidence(
				"Prepares a negotiation with interests and BATNA written down.",
				"Negotiated a scope or timeline change that both sides accepted.",
				"Negotiated a partner or vendor deal with measurable value.",
				"Led strategic negotiations for the company.",
			).
			practice(
				"Read 'Getting to Yes' and prepare your next scope discussion with it.",
				"Write down both sides' interests before a negotiation.",
				"Negotiate a vendor or partner agreement with a mentor's review.",
				"Debrief three negotiations and find your pattern.",
			),
		d("executive-communication", "Executive communication", soft, 40, 2,
			"executive presence", "presenting to executives", "exec communication", "executive reviews",
			"board presentations", "c-suite", "senior leadership communication", "communicate with executives",
			"executive updates", "executive-level communication", "leadership updates").
			levels(
				"knows what executives need: the answer first, the ask and the risks.",
				"presents own area's updates to executives concisely and handles questions.",
				"drives executive decisions in reviews with crisp memos and recommendations.",
				"trusted voice in the executive team and the board.",
			).
			evidence(
				"Rewrote an update with the answer first and one ask.",
				"Presented at an executive review and received a decision.",
				"Executive memos that drove major decisions.",
				"Regular presenter to the board or executive team.",
			).
			practice(
				"Write your next update with the answer first.",
				"Ask an executive what they want from product reviews.",
				"Present a decision memo at an executive review.",
				"Ask a senior leader for feedback on your executive presence.",
			),
		d("hiring", "Hiring", skill, 40, 1,
			"hiring", "recruiting product managers", "hire and develop", "hiring and developing",
			"build and grow a team", "build and scale teams", "building teams", "interviewing candidates",
			"talent acquisition", "recruiting").
			guard(notNear(near(ci("hiring"), "develop", "developing", "coach", "coaching", "mentor", "mentoring", "grow",
				"retain", "manage", "managing", "build", "building", "talent", "performance"),
				"hiring manager", "hiring managers", "hiring process", "is hiring", "are hiring", "we're hiring",
				"we’re hiring", "hiring requirements", "hiring decisions", "hiring practices"),
				notNear(ci("recruiting"), "recruiting software", "recruiting platform", "recruiting tools")).
			on("2.C.1.f").
			levels(
				"knows how the company hires: scorecards, loops, debriefs.",
				"interviews candidates against a scorecard and writes clear debriefs.",
				"runs hiring for own team: defines roles, designs interviews and closes candidates.",
				"builds the hiring process and employer brand for the product organisation.",
			).
			evidence(
				"Completed interviewer training.",
				"Interviewed at least ten candidates with calibrated write-ups.",
				"Hired several PMs who performed well after a year.",
				"Designed the product hiring process or scaled a team quickly.",
			).
			practice(
				"Complete interviewer training and shadow two interviews.",
				"Write a scorecard for a PM role.",
				"Run a hiring loop as hiring manager.",
				"Review hires after a year against their interview scores.",
			),
	}
}

// withParties adds aliases that count only in a sentence that names a team or
// function to work with ("partner with design and data science").
func (x def) withParties(aliases ...string) def {
	return x.aliasNear([]string{"engineering", "engineers", "design", "designers", "data science", "data scientists",
		"data team", "analysts", "researchers", "marketing", "sales", "operations", "ops", "legal", "finance",
		"support", "success", "security", "compliance", "leadership", "executives", "founders", "stakeholders",
		"team", "functions", "partners", "go-to-market", "GTM", "scientists", "cross-functional", "peers",
		"colleagues", "counterparts", "leaders", "product managers", "PMs"}, aliases...)
}
