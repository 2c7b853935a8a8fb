package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// gapCommand is a placeholder until the command is built.
func gapCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "gap",
		Usage: "(not built yet)",
		Action: func(c *cli.Context) error {
			return errors.New("gap: not built yet")
		},
	}
}
