package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// crawlCommand is a placeholder until the command is built.
func crawlCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "crawl",
		Usage: "(not built yet)",
		Action: func(c *cli.Context) error {
			return errors.New("crawl: not built yet")
		},
	}
}
