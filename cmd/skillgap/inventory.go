package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/configs"
	"github.com/skillgap/skillgap/market"
	"github.com/skillgap/skillgap/reports"
	"github.com/urfave/cli/v2"
)

func inventoryCommand(e *env) *cli.Command {
	taxFlag := &cli.StringFlag{Name: "taxonomy", Usage: "extra skill taxonomy `FILE` merged over the shipped one"}
	return &cli.Command{
		Name:  "inventory",
		Usage: "write, check and explore your skill inventory",
		Description: "Your inventory is where you reflect on your current position: skills and levels,\n" +
			"experience, certifications, motivations, target and long-term roles, hours a week.\n\n" +
			"Example:\n  skillgap inventory init --out inventory.yaml\n  skillgap inventory check inventory.yaml",
		Subcommands: []*cli.Command{
			{
				Name:  "init",
				Usage: "write a commented inventory template that walks through the reflection questions",
				Description: "Writes --out (inventory.yaml), refusing to overwrite it without --force. Fill it in,\n" +
					"then check it with skillgap inventory check.\n\n" +
					"Examples:\n  skillgap inventory init\n  skillgap inventory init --example --out example-inventory.yaml",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "inventory.yaml", Usage: "`FILE` to write"},
					&cli.BoolFlag{Name: "force", Usage: "overwrite FILE if it exists"},
					&cli.BoolFlag{Name: "example", Usage: "write the filled-in example (a mid-level PM aiming at senior) instead"},
				},
				Action: func(c *cli.Context) error {
					data := configs.InventoryTemplate()
					if c.Bool("example") {
						data = configs.InventoryExample()
					}
					return runInventoryInit(c.String("out"), data, c.Bool("force"), e.stdout)
				},
			},
			{
				Name:      "check",
				Usage:     "validate an inventory and print the skills it resolves to",
				ArgsUsage: "FILE",
				Description: "Reads FILE (YAML, or a JSON Resume), reports every problem with its line, and prints\n" +
					"the skills it resolves to, the levels inferred from related skills, and the target.\n\n" +
					"Example:\n  skillgap inventory check inventory.yaml",
				Flags: []cli.Flag{dataFlag(), jsonFlag(), taxFlag},
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return usagef("inventory check: want one FILE")
					}
					dir, err := e.dataDir(c)
					if err != nil {
						return err
					}
					tax, err := readTaxonomy(c.String("taxonomy"), dir)
					if err != nil {
						return err
					}
					return runInventoryCheck(c.Context, c.Args().First(), dir, tax, c.Bool("json"), e.stdout)
				},
			},
			{
				Name:  "skills",
				Usage: "list the skills the taxonomy knows (ids, names, categories)",
				Description: "Lists the shipped taxonomy merged with DATA/skills.yaml and --taxonomy: the ids and\n" +
					"names an inventory may use.\n\n" +
					"Examples:\n  skillgap inventory skills\n  skillgap inventory skills --taxonomy my-skills.yaml",
				Flags: []cli.Flag{dataFlag(), taxFlag},
				Action: func(c *cli.Context) error {
					dir, err := e.dataDir(c)
					if err != nil {
						return err
					}
					skills, err := loadTaxonomy(c.String("taxonomy"), dir)
					if err != nil {
						return err
					}
					tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
					fmt.Fprintln(tw, "ID\tNAME\tCATEGORY\tKIND")
					for _, s := range skills {
						fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", s.ID, s.Name, s.Category, s.Kind)
					}
					return tw.Flush()
				},
			},
		},
	}
}

// runInventoryInit writes data to path, refusing to overwrite unless force.
func runInventoryInit(path string, data []byte, force bool, w io.Writer) error {
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return usagef("inventory init: %s exists; pass --force to overwrite it", path)
	}
	if err != nil {
		return fmt.Errorf("write inventory template: %w", err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("write inventory template %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write inventory template %s: %w", path, err)
	}
	fmt.Fprintf(w, "Wrote %s. Fill it in, then:\n  skillgap inventory check %s\n  skillgap gap --inventory %s\n", path, path, path)
	return nil
}

// runInventoryCheck validates the inventory at path and prints what it
// resolves to: the target as parsed, the skills rated, the levels inferred
// from related skills and experience, and — when the data directory holds an
// index — the skills postings for the target ask for that nothing says the
// user's level in ("rate these").
func runInventoryCheck(ctx context.Context, path, dataDir string, tax *skillgap.Taxonomy, asJSON bool, w io.Writer) error {
	inv, err := readInventory(path, tax)
	if err != nil {
		return err
	}
	if asJSON {
		return reports.WriteJSON(w, inv)
	}
	c := reports.InventoryCheck{Path: path, Inventory: &inv}
	if inv.TargetRole != "" {
		pt, err := analyze.ParseTarget(inv.TargetRole, tax)
		if err != nil {
			return usageError{fmt.Errorf("%s: target_role: %w", path, err)}
		}
		c.Target = fmt.Sprintf("%s → %s", inv.TargetRole, analyze.RoleLabel(pt.Seniority, pt.Role))
		if len(pt.Domains) > 0 {
			c.Target += " in " + strings.Join(pt.Domains, ", ")
		}
	}
	levels := analyze.InferLevels(inv, tax, market.AsOf(inv, time.Now()))
	for id, l := range levels {
		if l.Source == skillgap.Inferred {
			c.Inferred = append(c.Inferred, reports.InferredLevel{SkillID: id, Level: l.Level, Why: l.Why})
		}
	}
	slices.SortFunc(c.Inferred, func(a, b reports.InferredLevel) int { return strings.Compare(a.SkillID, b.SkillID) })
	if c.Gap, c.NoIndex, err = rateThese(ctx, inv, dataDir, tax); err != nil {
		return err
	}
	return reports.InventoryText(w, &c, tax)
}

// rateThese measures inv against the postings for its target, for the
// skills to rate; noIndex says the data directory holds no index yet.
func rateThese(ctx context.Context, inv skillgap.Inventory, dataDir string, tax *skillgap.Taxonomy) (rep *skillgap.GapReport, noIndex bool, err error) {
	if strings.TrimSpace(inv.TargetRole) == "" {
		return nil, false, nil
	}
	idx, err := market.Open(dataDir)
	if errors.Is(err, market.ErrNoIndex) {
		return nil, true, nil
	}
	if err != nil {
		return nil, false, err
	}
	defer idx.Close()
	g, _, err := buildGap(ctx, idx, &inv, tax, gapOptions{Window: market.DefaultWindow, Weights: analyze.DefaultWeights(), Now: time.Now()})
	return &g, false, err
}
