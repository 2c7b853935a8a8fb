package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"
)

// env is what every command gets from main: where to write, how to read the
// environment, and the logger.
type env struct {
	stdout, stderr io.Writer
	getenv         func(string) string
	log            *slog.Logger
}

func newApp(stdout, stderr io.Writer, getenv func(string) string, logger *slog.Logger) *cli.App {
	e := &env{stdout: stdout, stderr: stderr, getenv: getenv, log: logger}
	app := &cli.App{
		Name:  "skillgap",
		Usage: "see what product-management jobs ask for, where you stand, and plan what to learn next",
		Description: "skillgap crawls public product-management job postings, extracts the skills they ask for\n" +
			"into a trend index, compares that demand with your skill inventory, and writes a SMART\n" +
			"development plan that fits the hours you have.\n\n" +
			"Try it offline first:  skillgap demo",
		Writer:               stdout,
		ErrWriter:            stderr,
		EnableBashCompletion: true,
		ExitErrHandler:       func(*cli.Context, error) {}, // main decides exit codes
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return usageError{err}
		},
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "verbose", Aliases: []string{"v"}, Usage: "log what happens (to stderr)"},
		},
		Before: func(c *cli.Context) error {
			if c.Bool("verbose") {
				e.log = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
			}
			return nil
		},
		Commands: []*cli.Command{
			demoCommand(e),
			crawlCommand(e),
			trendsCommand(e),
			searchCommand(e),
			extractCommand(e),
			reindexCommand(e),
			inventoryCommand(e),
			gapCommand(e),
			postingsCommand(e),
			fitCommand(e),
			planCommand(e),
			reviewCommand(e),
		},
	}
	for _, cmd := range app.Commands {
		cmd.OnUsageError = app.OnUsageError
		for _, sub := range append([]*cli.Command{cmd}, cmd.Subcommands...) {
			sub.Before = flagsFirst(sub.Before)
		}
	}
	return app
}

// flagsFirst refuses a flag written after the command's arguments: urfave/cli
// stops reading flags at the first argument, so "search payments --limit 2"
// would otherwise search for the words "--limit 2".
func flagsFirst(next cli.BeforeFunc) cli.BeforeFunc {
	return func(c *cli.Context) error {
		for _, a := range c.Args().Slice() {
			name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
			if strings.HasPrefix(a, "-") && len(a) > 1 && slices.ContainsFunc(c.Command.Flags, func(f cli.Flag) bool {
				return slices.Contains(f.Names(), name)
			}) {
				return usagef("%s: put flags before the arguments (%q came after %q)", c.Command.Name, a, c.Args().First())
			}
		}
		if next != nil {
			return next(c)
		}
		return nil
	}
}

// dataFlag is the --data flag every command that touches the index takes.
func dataFlag() cli.Flag {
	return &cli.StringFlag{
		Name:    "data",
		Usage:   "data directory (index, crawl state, sources.yaml, skills.yaml)",
		EnvVars: []string{"SKILLGAP_DATA"},
	}
}

// jsonFlag is the --json flag of commands whose output is data.
func jsonFlag() cli.Flag {
	return &cli.BoolFlag{Name: "json", Usage: "print the result as JSON"}
}

// dataDir resolves --data: flag > SKILLGAP_DATA > $XDG_DATA_HOME/skillgap > ~/.local/share/skillgap.
func (e *env) dataDir(c *cli.Context) (string, error) {
	if d := c.String("data"); d != "" {
		return d, nil
	}
	if x := e.getenv("XDG_DATA_HOME"); x != "" {
		return filepath.Join(x, "skillgap"), nil
	}
	home := e.getenv("HOME")
	if home == "" {
		h, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("find data directory: set --data or SKILLGAP_DATA: %w", err)
		}
		home = h
	}
	return filepath.Join(home, ".local", "share", "skillgap"), nil
}
