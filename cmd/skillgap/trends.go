package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// trendsCommand is a placeholder until the command is built.
func trendsCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "trends",
		Usage: "(not built yet)",
		Action: func(c *cli.Context) error {
			return errors.New("trends: not built yet")
		},
	}
}
