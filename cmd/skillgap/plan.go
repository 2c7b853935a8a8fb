package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// planCommand is a placeholder until the command is built.
func planCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "plan",
		Usage: "(not built yet)",
		Action: func(c *cli.Context) error {
			return errors.New("plan: not built yet")
		},
	}
}
