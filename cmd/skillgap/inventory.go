package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"text/tabwriter"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/configs"
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
				Flags:     []cli.Flag{dataFlag(), jsonFlag(), taxFlag},
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return usagef("inventory check: want one FILE")
					}
					dir, err := e.dataDir(c)
					if err != nil {
						return err
					}
					skills, err := loadTaxonomy(c.String("taxonomy"), dir)
					if err != nil {
						return err
					}
					return runInventoryCheck(c.Args().First(), skills, c.Bool("json"), e.stdout)
				},
			},
			{
				Name:  "skills",
				Usage: "list the skills the taxonomy knows (ids, names, categories)",
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

// runInventoryCheck validates the inventory at path and prints what it resolves to.
func runInventoryCheck(path string, skills []skillgap.Skill, asJSON bool, w io.Writer) error {
	inv, err := readInventory(path, skills)
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSON(w, inv)
	}
	names := skillMap(skills)
	target := inv.TargetRole
	if target == "" {
		target = "(none: set target_role or pass --target to gap and plan)"
	} else {
		target = fmt.Sprintf("%s → %s", target, analyze.RoleLabel(analyze.SeniorityOf(target), analyze.RoleOf(target, "")))
	}
	fmt.Fprintf(w, "%s is valid.\n", path)
	fmt.Fprintf(w, "Target role:    %s\n", target)
	if inv.LongTermRole != "" {
		fmt.Fprintf(w, "Long-term role: %s\n", inv.LongTermRole)
	}
	fmt.Fprintf(w, "Hours a week:   %g\n", inv.HoursPerWeek)
	if !inv.Start.IsZero() {
		fmt.Fprintf(w, "Start:          %s\n", inv.Start)
	}
	fmt.Fprintf(w, "\nSkills (%d):\n", len(inv.Skills))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  ID\tNAME\tLEVEL\tCATEGORY")
	for _, s := range inv.Skills {
		sk := names[s.Skill]
		fmt.Fprintf(tw, "  %s\t%s\t%d %s\t%s\n", s.Skill, sk.Name, s.Level, skillgap.LevelName(s.Level), sk.Category)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%d experiences, %d certifications, %d motivations.\n", len(inv.Experience), len(inv.Certifications), len(inv.Motivations))
	return nil
}
