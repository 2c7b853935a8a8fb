package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// demoCommand is a placeholder until the command is built.
func demoCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "demo",
		Usage: "(not built yet)",
		Action: func(c *cli.Context) error {
			return errors.New("demo: not built yet")
		},
	}
}
