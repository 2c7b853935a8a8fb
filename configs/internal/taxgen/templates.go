package main

import "github.com/skillgap/skillgap"

// tmpl is the rubric text of one kind of skill. {name} is the skill's name,
// {noun} its name as used mid-sentence, {act} (or {Act}) its concrete activity.
type tmpl struct {
	none     string   // level 0
	levels   []string // levels 1–4, without the level name
	evidence []string // proof of levels 1–4
	practice []string // smallest first
	act      string   // activity when the definition names none
}

// templateFor returns the rubric template of kind k.
func templateFor(k skillgap.SkillKind) tmpl {
	switch k {
	case skillgap.KindKnowledge:
		return tmpl{
			none: "None: unfamiliar with {noun}.",
			levels: []string{
				"knows the vocabulary and main ideas of {noun} and why they matter to the product.",
				"applies {noun} to own product decisions, for example to {act}, checking with specialists on the hard cases.",
				"uses {noun} to shape decisions across teams, spots risks and trade-offs early and explains them to others.",
				"the person others consult on {noun}; sets team guidelines and keeps them current.",
			},
			evidence: []string{
				"Explains the main ideas of {noun} in own words and says where they affect the product.",
				"A decision or document from own work that applied {noun}, for example to {act}.",
				"Several product decisions across teams shaped by knowledge of {noun}, with the reasoning written down.",
				"Wrote the team's guideline on {noun}, or is named as its go-to person by peers.",
			},
			practice: []string{
				"Read {resource} and write a one-page summary of {noun} in your own words.",
				"Ask a specialist colleague to walk you through how {noun} shows up in your product, then {act} on a small decision and have them check it.",
				"{Act} on a current piece of work and have a specialist review it.",
				"Write a short guideline on {noun} for your team and keep it up to date.",
			},
			act: "judge a trade-off in a product decision",
		}
	case skillgap.KindTool:
		return tmpl{
			none: "None: has not used {noun}.",
			levels: []string{
				"knows what {noun} is used for and has found their way around it.",
				"uses {noun} in own daily work, for example to {act}.",
				"sets up {noun} for a team (templates, conventions, integrations) and uses its advanced features.",
				"owns the organisation's setup of {noun}, automates it and trains others.",
			},
			evidence: []string{
				"Completed the vendor's getting-started tutorial for {noun}.",
				"Used {noun} on real work to {act}.",
				"A setup of {noun} (templates, conventions or integrations) that a team uses.",
				"Administers {noun} for the organisation, or holds the vendor's advanced certification.",
			},
			practice: []string{
				"Complete {resource}.",
				"Use {noun} to {act} on a real or sample project.",
				"Build a template or workspace in {noun} that a colleague reuses.",
				"Learn the admin, automation and integration features of {noun}.",
			},
			act: "support a product decision",
		}
	case skillgap.KindCertification:
		return tmpl{
			none: "None: no preparation for {noun}.",
			levels: []string{
				"knows what {noun} certifies, who awards it, its cost and exam format.",
				"has studied the {noun} syllabus or taken the course and passes practice exams.",
				"holds {noun}.",
				"holds {noun} or its advanced successor, applies the practice it certifies and coaches others towards it.",
			},
			evidence: []string{
				"Outlines the {noun} syllabus and exam format.",
				"Finished the official course or scores at least 80% on practice exams.",
				"A verifiable {noun} certificate.",
				"Holds the advanced level of {noun}, or has coached others who passed.",
			},
			practice: []string{
				"Read the official {noun} syllabus or guide.",
				"Take the preparatory course or study the official body of knowledge.",
				"Pass two full practice exams with a margin.",
				"Sit the {noun} exam.",
			},
			act: "prepare for the exam",
		}
	case skillgap.KindDomain:
		return tmpl{
			none: "None: no exposure to {noun}.",
			levels: []string{
				"knows the main customers, competitors, business model and rules of {noun}.",
				"has worked on a product in {noun} and knows its customers and economics well enough to {act}.",
				"several years in {noun}; anticipates regulatory, market and customer constraints before they bite.",
				"a recognised expert in {noun}; shapes strategy and speaks for the domain inside and outside the company.",
			},
			evidence: []string{
				"Explains who pays whom and why in {noun}, and names the main competitors and rules.",
				"Shipped at least one product or feature in {noun}.",
				"Two or more years of product work in {noun} with outcomes to show.",
				"Led product strategy in {noun}, or has published or spoken on the domain.",
			},
			practice: []string{
				"Follow {resource} for a month and note what matters to your product.",
				"Interview three people who work in {noun} about their problems.",
				"Map the value chain, main competitors and regulations of {noun} on one page.",
				"Work on a product in {noun}, or contribute to one as a side project.",
			},
			act: "judge which customer problems are worth solving",
		}
	case skillgap.KindSoft:
		return tmpl{
			none: "None: {noun} has not yet been tested in a work setting.",
			levels: []string{
				"recognises good {noun} in others and can say what makes it work.",
				"shows {noun} in routine situations with own team, for example to {act}.",
				"shows {noun} reliably under pressure and with senior or difficult counterparts.",
				"a model of {noun} across the organisation; coaches others in it.",
			},
			evidence: []string{
				"Describes a real situation where {noun} made the difference, and what you did.",
				"Feedback from teammates that cites {noun} on a real piece of work.",
				"A manager's review or 360 feedback citing {noun} across several projects, hard ones included.",
				"Has coached others in {noun}, or led a team known for it.",
			},
			practice: []string{
				"Ask two colleagues for specific feedback on your {noun}.",
				"Read {resource} and pick two habits of {noun} to try.",
				"{Act} every week for two months and keep a short log of what happened.",
				"Coach a colleague in {noun}: each month, talk through one situation they handled.",
			},
			act: "handle a situation that calls for it",
		}
	}
	return tmpl{
		none: "None: has not practised {noun}.",
		levels: []string{
			"can explain {noun} and when a product team needs it; has watched others do it.",
			"can {act} on own product work, with review from a more senior PM.",
			"can {act} unaided in varied and harder situations, adapting the method to the context.",
			"sets the standard for {noun} in the organisation; coaches others and improves how the team does it.",
		},
		evidence: []string{
			"Explains {noun} with a real example and names its common pitfalls.",
			"A shareable artefact from own work showing the ability to {act}.",
			"Several cases, done without supervision, where you had to {act}, each with its outcome.",
			"Wrote the team's playbook for {noun}, or coached others who now {act} on their own.",
		},
		practice: []string{
			"Read {resource} and a public write-up by a team that had to {act}; write a one-page summary for your team.",
			"{Act} on real work, with a senior PM reviewing your approach before and the result after.",
			"{Act} twice more on real work, a month apart and unaided, and compare the outcomes.",
			"Teach {noun} to peers in a 30-minute session and write the team's checklist for it.",
		},
		act: "apply it to a real product problem",
	}
}
