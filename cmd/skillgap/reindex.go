package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// reindexCommand is a placeholder until the command is built.
func reindexCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "reindex",
		Usage: "(not built yet)",
		Action: func(c *cli.Context) error {
			return errors.New("reindex: not built yet")
		},
	}
}
