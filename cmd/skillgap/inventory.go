package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// inventoryCommand is a placeholder until the command is built.
func inventoryCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "inventory",
		Usage: "(not built yet)",
		Action: func(c *cli.Context) error {
			return errors.New("inventory: not built yet")
		},
	}
}
