package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/skillgap/skillgap/configs"
	"github.com/urfave/cli/v2"
)

// sourcesInitOptions are the inputs of runSourcesInit.
type sourcesInitOptions struct {
	Out   string // file to write; its directory is made if missing
	Force bool   // overwrite Out if it exists
	// Default says Out is DATA/sources.yaml, which crawl reads without --sources.
	Default bool
}

func sourcesCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "sources",
		Usage: "write and check sources.yaml, the job boards crawl reads",
		Description: "crawl reads --sources, else DATA/sources.yaml (by default\n" +
			"~/.local/share/skillgap/sources.yaml), else the shipped example list.\n\n" +
			"Examples:\n  skillgap sources init --out my-sources.yaml\n  skillgap sources check my-sources.yaml",
		Subcommands: []*cli.Command{
			{
				Name:  "init",
				Usage: "write the shipped example sources.yaml to edit, making its directory",
				Description: "Writes --out, by default DATA/sources.yaml, where crawl looks for it; makes the\n" +
					"directory if it is missing and refuses to overwrite the file without --force.\n\n" +
					"Examples:\n  skillgap sources init --out my-sources.yaml\n  skillgap sources init --data ./skillgap-data",
				Flags: []cli.Flag{
					dataFlag(),
					&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "`FILE` to write; default DATA/sources.yaml"},
					&cli.BoolFlag{Name: "force", Usage: "overwrite FILE if it exists"},
				},
				Action: func(c *cli.Context) error {
					opts := sourcesInitOptions{Out: c.String("out"), Force: c.Bool("force")}
					if opts.Out == "" {
						dir, err := e.dataDir(c)
						if err != nil {
							return err
						}
						opts.Out, opts.Default = filepath.Join(dir, "sources.yaml"), true
					}
					return runSourcesInit(opts, e.stdout)
				},
			},
			{
				Name:      "check",
				Usage:     "validate a sources.yaml and list its sources",
				ArgsUsage: "[FILE]",
				Description: "Reads FILE (default DATA/sources.yaml), reports every problem with its line and\n" +
					"what would be valid, and lists the sources crawl would fetch. Fetches nothing.\n\n" +
					"Example:\n  skillgap sources check my-sources.yaml",
				Flags: []cli.Flag{dataFlag()},
				Action: func(c *cli.Context) error {
					if c.NArg() > 1 {
						return usagef("sources check: want at most one FILE")
					}
					path := c.Args().First()
					if path == "" {
						dir, err := e.dataDir(c)
						if err != nil {
							return err
						}
						path = filepath.Join(dir, "sources.yaml")
					}
					return runSourcesCheck(path, e.stdout)
				},
			},
		},
	}
}

// runSourcesInit writes the shipped example sources to opts.Out.
func runSourcesInit(opts sourcesInitOptions, w io.Writer) error {
	if err := os.MkdirAll(filepath.Dir(opts.Out), 0o755); err != nil {
		return fmt.Errorf("write sources: %w", err)
	}
	if err := runInventoryInit(opts.Out, configs.SourcesExample(), opts.Force, io.Discard); err != nil {
		var uerr usageError
		if errors.As(err, &uerr) {
			return usagef("sources init: %s exists; pass --force to overwrite it", opts.Out)
		}
		return fmt.Errorf("write sources: %w", err)
	}
	crawl := "skillgap crawl --sources " + shellLine([]string{"", opts.Out})[1:]
	if opts.Default {
		crawl = "skillgap crawl"
	}
	_, err := fmt.Fprintf(w, "Wrote %s, the shipped example list. Edit it, then:\n  skillgap sources check %s\n  %s\n", opts.Out, opts.Out, crawl)
	return err
}

// runSourcesCheck validates the sources file at path and lists its sources.
func runSourcesCheck(path string, w io.Writer) error {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return usagef("sources check: %s does not exist; write one with skillgap sources init", path)
	}
	if err != nil {
		return fmt.Errorf("read sources: %w", err)
	}
	defer f.Close()
	s, err := configs.LoadSources(f, path)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tKIND\tBOARD OR URL\tCOMPANY")
	for _, src := range s.Sources {
		where := src.Board
		if where == "" {
			where = src.URL
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", src.Name, src.Kind, where, src.Company)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s is valid: %d sources.\n", path, len(s.Sources))
	return err
}
