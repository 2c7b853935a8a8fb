package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// searchCommand is a placeholder until the command is built.
func searchCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "search",
		Usage: "(not built yet)",
		Action: func(c *cli.Context) error {
			return errors.New("search: not built yet")
		},
	}
}
