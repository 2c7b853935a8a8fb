package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// reviewCommand is a placeholder until the command is built.
func reviewCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "review",
		Usage: "(not built yet)",
		Action: func(c *cli.Context) error {
			return errors.New("review: not built yet")
		},
	}
}
