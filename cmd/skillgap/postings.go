package main

import (
	"context"
	"io"
	"slices"
	"strings"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/market"
	"github.com/skillgap/skillgap/reports"
	"github.com/urfave/cli/v2"
)

// postingsOptions are the inputs of `skillgap postings`.
type postingsOptions struct {
	gapOptions
	Skill string // skill id or name
}

// basisFlags are the flags that choose a basis without ranking gaps: the
// market flags with the inventory optional (--target may name the role).
func basisFlags() []cli.Flag {
	keep := []string{"data", "target", "window", "location", "taxonomy", "domain", "company", "query"}
	out := []cli.Flag{&cli.StringFlag{Name: "inventory", Aliases: []string{"i"}, Usage: "your inventory `FILE`, for its target_role"}}
	for _, f := range marketFlags() {
		if slices.Contains(keep, f.Names()[0]) {
			out = append(out, f)
		}
	}
	return out
}

func postingsCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "postings",
		Usage: "list the postings of your target's basis that ask for a skill, with the sentence that asks",
		Description: "The basis is the one skillgap gap measures: the target role's families, seniority and domain\n" +
			"in the window (widened the same way when sparse). Postings are newest first.\n\n" +
			"Example:\n  skillgap postings --skill sql --inventory inventory.yaml\n" +
			"  skillgap postings --skill \"A/B testing\" --target \"Senior Product Manager, Payments\" --json",
		Flags: append(basisFlags(),
			&cli.StringFlag{Name: "skill", Usage: "skill `ID` or name from the taxonomy", Required: true},
			jsonFlag(),
		),
		Action: func(c *cli.Context) error {
			g, err := e.marketOptions(c)
			if err != nil {
				return err
			}
			g.JSON = c.Bool("json")
			return runPostings(c.Context, postingsOptions{gapOptions: g, Skill: c.String("skill")}, e.stdout)
		},
	}
}

// runPostings finds the basis of the target role (--target, else the
// inventory's) and writes every posting of it that asks for the skill.
func runPostings(ctx context.Context, opts postingsOptions, w io.Writer) error {
	tax, err := readTaxonomy(opts.Taxonomy, opts.DataDir)
	if err != nil {
		return err
	}
	id, ok := tax.Resolve(strings.TrimSpace(opts.Skill))
	if !ok {
		return usagef("postings: unknown skill %q (use an id or name from the taxonomy: skillgap inventory skills)", opts.Skill)
	}
	t, err := postingsTarget(opts, tax)
	if err != nil {
		return err
	}
	idx, err := market.Open(opts.DataDir)
	if err != nil {
		return err
	}
	defer idx.Close()
	b, ex, err := market.SkillPostings(ctx, idx, t, id, basisOptions(opts.gapOptions))
	if err != nil {
		return handleQueryErr(err)
	}
	s, _ := tax.Skill(id)
	sp := reports.SkillPostings{Skill: id, Name: s.Name, Basis: b.Label, Since: b.Window.Start, Until: b.Window.End,
		Total: b.Total, Postings: ex}
	if sp.Postings == nil {
		sp.Postings = []skillgap.Example{}
	}
	if opts.JSON {
		return reports.WriteJSON(w, sp)
	}
	return reports.PostingsText(w, sp)
}

// postingsTarget is the target role --target names, else the inventory's.
func postingsTarget(opts postingsOptions, tax *skillgap.Taxonomy) (market.Target, error) {
	title := opts.Target
	if title == "" && opts.Inventory != "" {
		inv, err := readInventory(opts.Inventory, tax)
		if err != nil {
			return market.Target{}, err
		}
		title = inv.TargetRole
	}
	if strings.TrimSpace(title) == "" {
		return market.Target{}, usagef("postings: name the target role with --target, or give an --inventory with a target_role")
	}
	return targetOf(title, tax, opts.Domains)
}

// basisOptions are the market options the flags of opts set.
func basisOptions(opts gapOptions) market.Options {
	return market.Options{Window: opts.Window, Location: opts.Location, Company: opts.Company, Query: opts.Query}
}
