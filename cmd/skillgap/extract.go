package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
)

// extractOptions are the options of `skillgap extract`.
type extractOptions struct {
	JSON     bool     // one JSON object per input per line
	Title    string   // job title of every input; empty means none
	Taxonomy string   // taxonomy file merged over the shipped one; empty means none
	DataDir  string   // data directory whose skills.yaml is merged if present; empty means none
	Files    []string // inputs; none or "-" means standard input
}

// maxExtractInput bounds one input, in bytes.
const maxExtractInput = 16 << 20

func extractCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "print the skills a posting's text asks for, with evidence",
		ArgsUsage: "[FILE...]",
		Description: "Reads posting text from each FILE (or standard input) and prints the skills found,\n" +
			"required or preferred, with the sentence that says so, plus seniority, role family and\n" +
			"years of experience. For checking the taxonomy and for scripts.\n\n" +
			"Example:\n  skillgap extract --title 'Senior Product Manager' posting.txt\n" +
			"  curl -s … | skillgap extract --json --title 'Product Manager'",
		Flags: []cli.Flag{
			dataFlag(),
			jsonFlag(),
			&cli.StringFlag{Name: "title", Usage: "job title of the posting(s), for seniority and role"},
			&cli.StringFlag{Name: "taxonomy", Usage: "skills `FILE` merged over the shipped taxonomy"},
		},
		Action: func(c *cli.Context) error {
			dir, err := e.dataDir(c)
			if err != nil {
				return err
			}
			opts := extractOptions{JSON: c.Bool("json"), Title: c.String("title"), Taxonomy: c.String("taxonomy"),
				DataDir: dir, Files: c.Args().Slice()}
			return runExtract(c.Context, opts, os.Stdin, e.stdout)
		},
	}
}

// runExtract extracts skills from each input of opts and writes them to stdout.
func runExtract(ctx context.Context, opts extractOptions, stdin io.Reader, stdout io.Writer) error {
	tax, err := readTaxonomy(opts.Taxonomy, opts.DataDir)
	if err != nil {
		return err
	}
	x, err := analyze.NewExtractor(tax.Skills)
	if err != nil {
		return fmt.Errorf("compile taxonomy: %w", err)
	}
	files := opts.Files
	if len(files) == 0 {
		files = []string{"-"}
	}
	for i, name := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		text, err := readInput(name, stdin)
		if err != nil {
			return err
		}
		ex := x.Extract(opts.Title, text)
		if opts.JSON {
			err = writeExtractJSON(stdout, tax, ex)
		} else {
			if i > 0 {
				fmt.Fprintln(stdout)
			}
			err = writeExtractTable(stdout, name, tax, ex)
		}
		if err != nil {
			return fmt.Errorf("write extraction of %s: %w", name, err)
		}
	}
	return nil
}

// readInput reads the file name, or stdin for "-".
func readInput(name string, stdin io.Reader) (string, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return "", fmt.Errorf("open posting: %w", err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxExtractInput+1))
	if err != nil {
		return "", fmt.Errorf("read posting %s: %w", name, err)
	}
	if len(data) > maxExtractInput {
		return "", fmt.Errorf("read posting %s: larger than %d MiB", name, maxExtractInput>>20)
	}
	return string(data), nil
}

// extractJSON is the JSON form of one extraction.
type extractJSON struct {
	Skills    []skillJSON `json:"skills"`
	YearsMin  *int        `json:"years_min"`
	Seniority string      `json:"seniority"`
	Role      string      `json:"role"`
}

type skillJSON struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Category string `json:"category"`
	Kind     string `json:"kind"`
	Level    string `json:"level"`
	Expected int    `json:"expected,omitempty"`
	Evidence string `json:"evidence"`
}

func writeExtractJSON(w io.Writer, tax *skillgap.Taxonomy, ex analyze.Extraction) error {
	out := extractJSON{Skills: []skillJSON{}, Seniority: string(ex.Seniority), Role: ex.Role}
	if ex.YearsMin > 0 {
		out.YearsMin = &ex.YearsMin
	}
	for _, m := range ex.Skills {
		s := skillJSON{ID: m.SkillID, Level: string(m.Level), Expected: m.Expected, Evidence: m.Evidence}
		if sk, ok := tax.Skill(m.SkillID); ok {
			s.Name, s.Category, s.Kind = sk.Name, sk.Category, string(sk.Kind)
		}
		out.Skills = append(out.Skills, s)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// excerptLen bounds the evidence column of the table, in runes.
const excerptLen = 70

func writeExtractTable(w io.Writer, name string, tax *skillgap.Taxonomy, ex analyze.Extraction) error {
	years := "not stated"
	if ex.YearsMin > 0 {
		years = fmt.Sprintf("%d+", ex.YearsMin)
	}
	fmt.Fprintf(w, "%s: %s; seniority %s, role %s, years %s\n",
		inputName(name), skillgap.Plural(len(ex.Skills), "skill"), orDash(string(ex.Seniority)), orDash(ex.Role), years)
	if len(ex.Skills) == 0 {
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	// ASKED is required or preferred; LEVEL the level the wording implies.
	fmt.Fprintln(tw, "SKILL\tASKED\tLEVEL\tCATEGORY\tEVIDENCE")
	for _, m := range ex.Skills {
		sname, cat := m.SkillID, ""
		if sk, ok := tax.Skill(m.SkillID); ok {
			sname, cat = sk.Name, sk.Category
		}
		level := "—"
		if m.Expected > 0 {
			level = fmt.Sprintf("%d %s", m.Expected, skillgap.LevelName(m.Expected))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", sname, m.Level, level, cat, excerpt(m.Evidence, excerptLen))
	}
	return tw.Flush()
}

func inputName(name string) string {
	if name == "-" {
		return "stdin"
	}
	return name
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// excerpt shortens s to n runes, marking a cut with "…".
func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
