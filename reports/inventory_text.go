package reports

import (
	"bufio"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/skillgap/skillgap"
)

// InventoryCheck is what `skillgap inventory check` found in an inventory file.
type InventoryCheck struct {
	Path      string
	Inventory *skillgap.Inventory
	// Target is the target role as parsed, e.g. "Senior PM, Payments →
	// senior PM in payments". Empty means the inventory names none.
	Target string
	// Inferred lists the levels inferred for skills the user did not rate.
	Inferred []InferredLevel
	// Gap is the inventory against the postings for its target, for the
	// skills to rate. Nil means there is no target, or no index (NoIndex).
	Gap     *skillgap.GapReport
	NoIndex bool
}

// InferredLevel is a level inferred from related skills or experience.
type InferredLevel struct {
	SkillID string
	Level   int
	Why     string // "inferred 3 from REST APIs 4"
}

// InventoryText writes an inventory check for the terminal: the target as
// parsed, the skills rated, the levels inferred and the skills the target's
// postings ask the user to rate. tax names the skills.
func InventoryText(w io.Writer, c *InventoryCheck, tax *skillgap.Taxonomy) error {
	bw := bufio.NewWriter(w)
	inv := c.Inventory
	target := c.Target
	if target == "" {
		target = "(none: set target_role or pass --target to gap and plan)"
	}
	fmt.Fprintf(bw, "%s is valid.\n", c.Path)
	fmt.Fprintf(bw, "Target role:    %s\n", target)
	if inv.LongTermRole != "" {
		fmt.Fprintf(bw, "Long-term role: %s\n", inv.LongTermRole)
	}
	fmt.Fprintf(bw, "Hours a week:   %g\n", inv.HoursPerWeek)
	if !inv.Start.IsZero() {
		fmt.Fprintf(bw, "Start:          %s\n", inv.Start)
	}
	fmt.Fprintf(bw, "\nSkills (%d):\n", len(inv.Skills))
	tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  ID\tNAME\tLEVEL\tCATEGORY")
	for _, s := range inv.Skills {
		fmt.Fprintf(tw, "  %s\t%s\t%d %s\t%s\n", s.Skill, tax.Name(s.Skill), s.Level, skillgap.LevelName(s.Level), tax.Category(s.Skill))
	}
	tw.Flush()
	fmt.Fprintf(bw, "\n%s, %s, %s.\n", skillgap.Plural(len(inv.Experience), "experience"),
		skillgap.Plural(len(inv.Certifications), "certification"), skillgap.Plural(len(inv.Motivations), "motivation"))
	if len(c.Inferred) > 0 {
		fmt.Fprintf(bw, "\nInferred levels (%d; rate a skill to override its inference):\n", len(c.Inferred))
		tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
		for _, l := range c.Inferred {
			fmt.Fprintf(tw, "  %s\t%s\t%d\t%s\n", l.SkillID, tax.Name(l.SkillID), l.Level, l.Why)
		}
		tw.Flush()
	}
	rateThese(bw, c)
	return bw.Flush()
}

// rateThese asks the user to rate the skills the target's postings ask for
// that nothing in the inventory says a level in; without an index it says
// how to get one.
func rateThese(w io.Writer, c *InventoryCheck) {
	switch rep := c.Gap; {
	case c.NoIndex:
		fmt.Fprintln(w, "\nNo postings yet: run `skillgap crawl` (or `skillgap demo`) to see which skills postings for your target ask you to rate.")
	case rep == nil:
	case len(rep.RateThese) == 0:
		fmt.Fprintf(w, "\nEvery skill the %s often ask for has a level, rated or inferred.\n", skillgap.Plural(rep.Postings, rep.Basis+" posting"))
	default:
		fmt.Fprintf(w, "\nRate these: the %s ask for them, and nothing in your inventory says your level:\n", skillgap.Plural(rep.Postings, rep.Basis+" posting"))
		for _, g := range rep.RateThese {
			fmt.Fprintf(w, "  - skill: %s   # %s, asked in %s\n", g.SkillID, g.Name, Percent(g.Share()))
		}
	}
}
