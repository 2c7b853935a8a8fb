// Command taxgen writes configs/skills.yaml, the shipped skill taxonomy, from the
// compact definitions in this directory: each skill's id, name, category, kind,
// aliases, guards and references are written by hand, and so are the level,
// evidence and practice texts of the most-asked skills; the rest get texts from
// per-kind templates filled in with the skill's name and a concrete activity.
// The output is deterministic.
//
// Run it through go generate in configs:
//
//	go generate ./configs
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	out := flag.String("o", "", "write to `file` instead of standard output")
	flag.Parse()
	if err := run(*out, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "taxgen:", err)
		os.Exit(1)
	}
}

func run(out string, stdout io.Writer) error {
	var b bytes.Buffer
	if err := render(&b, build(definitions())); err != nil {
		return fmt.Errorf("render taxonomy: %w", err)
	}
	if out == "" {
		_, err := stdout.Write(b.Bytes())
		return err
	}
	if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write taxonomy: %w", err)
	}
	return nil
}
