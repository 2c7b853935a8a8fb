package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"
)

// helpCommand replaces urfave's help command, which answers a mistyped topic
// ("skillgap help crwal") with "No help topic" and exit 3: here it is a usage
// error naming the nearest command. It also takes a subcommand
// ("skillgap help inventory check").
func helpCommand() *cli.Command {
	return &cli.Command{
		Name:      "help",
		Aliases:   []string{"h"},
		Usage:     "show the commands, or one command's help",
		ArgsUsage: "[COMMAND [SUBCOMMAND]]",
		Action: func(c *cli.Context) error {
			args := c.Args().Slice()
			if len(args) == 0 {
				return cli.ShowAppHelp(c)
			}
			cmds, help := c.App.Commands, "skillgap --help"
			var path []string
			for _, a := range args {
				i := slices.IndexFunc(cmds, func(x *cli.Command) bool { return x.Name != "help" && x.HasName(a) })
				if i < 0 {
					return notACommand(strings.Join(path, " "), a, help, cmds)
				}
				path = append(path, cmds[i].Name)
				cmds = cmds[i].Subcommands
				help = "skillgap " + strings.Join(path, " ") + " --help"
			}
			// The same text as `skillgap PATH --help`, which sets up what the
			// help templates read (subcommand lists, the --help flag).
			return c.App.RunContext(c.Context, append(append([]string{c.App.Name}, path...), "--help"))
		},
	}
}

// notACommand is the usage error for got, which is none of cmds: it names the
// nearest one and lists them all. where names the parent command ("inventory"),
// empty for the app's; help is how to see them.
func notACommand(where, got, help string, cmds []*cli.Command) error {
	var names []string
	for _, cmd := range cmds {
		if cmd.Name != "help" {
			names = append(names, cmd.Name)
		}
	}
	hint := ""
	if n, ok := nearestName(got, names); ok {
		hint = fmt.Sprintf("; did you mean %q?", n)
	}
	if where != "" {
		where += ": "
	}
	return usagef("%sunknown command %q%s (%s lists them: %s)", where, got, hint, help, strings.Join(names, ", "))
}

// argsKey holds the command line in the app's Metadata.
const argsKey = "args"

// flagHint names the flag a mistyped one most likely meant ("did you mean
// --limit?"), or lists the command's flags. urfave/cli reports an unknown
// flag without saying which command's flags it looked in; the words the
// command was given are its parent's arguments.
func flagHint(c *cli.Context) string {
	flags := c.App.Flags
	if c.Command != nil && c.Command.Name != "" && c.Command.Name != c.App.Name {
		flags = c.Command.Flags
	}
	var names []string
	for _, f := range flags {
		names = append(names, f.Names()...)
	}
	var words []string
	if l := c.Lineage(); len(l) > 1 && l[1] != nil {
		words = l[1].Args().Slice()
	}
	if args, ok := c.App.Metadata[argsKey].([]string); ok && len(words) == 0 && len(args) > 0 {
		words = args[1:] // the app's own flags: urfave keeps no parent context for them
	}
	for _, w := range words {
		if w == "--" {
			break
		}
		name, _, _ := strings.Cut(strings.TrimLeft(w, "-"), "=")
		if !strings.HasPrefix(w, "-") || name == "" || slices.Contains(names, name) {
			continue
		}
		if n, ok := nearestName(name, names); ok && len(name) > 2 { // any letter is one edit from -v
			return fmt.Sprintf("did you mean %s?", dashed(n))
		}
		var all []string
		for _, f := range flags {
			all = append(all, dashed(f.Names()[0]))
		}
		return "the flags are " + strings.Join(all, ", ")
	}
	return ""
}

// dashed writes a flag name as it is typed: -v, --limit.
func dashed(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}
