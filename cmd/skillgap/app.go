package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/skillgap/skillgap"
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
		OnUsageError: func(c *cli.Context, err error, _ bool) error {
			if hint := flagHint(c); hint != "" {
				err = fmt.Errorf("%w; %s", err, hint)
			}
			return usageError{err}
		},
		HideVersion: true, // urfave's --version takes -v, which is --verbose here
		Flags: []cli.Flag{
			verboseFlag(),
			&cli.BoolFlag{Name: "version", Usage: "print the version and exit"},
			cli.HelpFlag, // urfave adds it only with its own help command
		},
		Before: e.verbose(nil),
		Action: func(c *cli.Context) error {
			switch {
			case c.Bool("version"):
				_, err := fmt.Fprintf(stdout, "skillgap %s\n", version())
				return err
			case c.Args().Present():
				return unknownCommand(c)
			}
			return cli.ShowAppHelp(c)
		},
		Commands: []*cli.Command{
			demoCommand(e),
			sourcesCommand(e),
			crawlCommand(e),
			importCommand(e),
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
			helpCommand(),
		},
	}
	for _, cmd := range app.Commands {
		for _, sub := range append([]*cli.Command{cmd}, cmd.Subcommands...) {
			sub.OnUsageError = app.OnUsageError
			// -v works after the command too, as it does before it.
			sub.Flags = append(sub.Flags, verboseFlag())
			sub.Before = e.verbose(flagsFirst(e.datedBySnapshot(sub.Before)))
			if len(sub.Subcommands) > 0 && sub.Action == nil {
				sub.Action = unknownCommand
			}
		}
	}
	return app
}

func verboseFlag() cli.Flag {
	return &cli.BoolFlag{Name: "verbose", Aliases: []string{"v"}, Usage: "log what happens (to stderr)"}
}

// verbose turns on debug logging when -v is given, then runs next.
func (e *env) verbose(next cli.BeforeFunc) cli.BeforeFunc {
	return func(c *cli.Context) error {
		if c.Bool("verbose") {
			e.log = slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
		}
		if next != nil {
			return next(c)
		}
		return nil
	}
}

// unknownCommand is the action of the app and of a command with subcommands:
// without arguments it shows the help; with one, that is not a command, it is a
// usage error naming the nearest command.
func unknownCommand(c *cli.Context) error {
	if !c.Args().Present() {
		if c.Command != nil && c.Command.Name != c.App.Name {
			return cli.ShowSubcommandHelp(c)
		}
		return cli.ShowAppHelp(c)
	}
	cmds, where, help := c.App.Commands, "", "skillgap --help"
	if c.Command != nil && c.Command.Name != c.App.Name && len(c.Command.Subcommands) > 0 {
		cmds, where, help = c.Command.Subcommands, c.Command.Name, c.Command.HelpName+" --help"
	}
	return notACommand(where, c.Args().First(), help, cmds)
}

// nearestName returns the name a slip of the keyboard most likely meant: the
// nearest by edit distance (a swap of neighbours is one edit), within a third
// of its letters.
func nearestName(s string, names []string) (string, bool) {
	best, bestD := "", max(1, len(s)/3)+1
	for _, n := range names {
		if d := skillgap.EditDistance(strings.ToLower(s), n); d < bestD {
			best, bestD = n, d
		}
	}
	return best, best != ""
}

// version is the module version skillgap was built from, with the commit when
// the build recorded one.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := bi.Main.Version
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "+modified"
			}
		}
	}
	if rev != "" {
		v += " (" + rev[:min(12, len(rev))] + modified + ")"
	}
	return v
}

// flagsFirst refuses a flag written after the command's arguments: urfave/cli
// stops reading flags at the first argument, so "search payments --limit 2"
// would otherwise search for the words "--limit 2". The error gives the line
// as it should be written.
func flagsFirst(next cli.BeforeFunc) cli.BeforeFunc {
	return func(c *cli.Context) error {
		args := c.Args().Slice()
		if len(args) > 0 && c.Command.Command(args[0]) != nil {
			return callNext(next, c) // a subcommand, which checks its own
		}
		var flags, rest []string
		for i := 0; i < len(args); i++ {
			a := args[i]
			name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
			k := slices.IndexFunc(c.Command.Flags, func(f cli.Flag) bool { return slices.Contains(f.Names(), name) })
			if !strings.HasPrefix(a, "-") || len(a) < 2 || k < 0 {
				rest = append(rest, a)
				continue
			}
			flags = append(flags, a)
			if f, ok := c.Command.Flags[k].(cli.DocGenerationFlag); ok && f.TakesValue() && !hasValue && i+1 < len(args) {
				i++
				flags = append(flags, args[i])
			}
		}
		if len(flags) > 0 {
			line := append(append([]string{c.Command.HelpName}, flags...), rest...)
			return usagef("%s: put flags before the arguments: %s", c.Command.Name, shellLine(line))
		}
		return callNext(next, c)
	}
}

func callNext(next cli.BeforeFunc, c *cli.Context) error {
	if next != nil {
		return next(c)
	}
	return nil
}

// shellLine writes words as a shell line, quoting those that need it.
func shellLine(words []string) string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w
		if i > 0 && (w == "" || strings.ContainsAny(w, " \t'\"$|&;<>()*?[]#~`\\")) {
			out[i] = "'" + strings.ReplaceAll(w, "'", `'\''`) + "'"
		}
	}
	return strings.Join(out, " ")
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
