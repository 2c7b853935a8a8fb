package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// extractCommand is a placeholder until the command is built.
func extractCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "extract",
		Usage: "(not built yet)",
		Action: func(c *cli.Context) error {
			return errors.New("extract: not built yet")
		},
	}
}
