package main

import (
	"bytes"
	"encoding/csv"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/skillgap/skillgap/configs"
	"github.com/urfave/cli/v2"
)

// commandPaths lists every command and subcommand as the words that name it
// ("inventory init"), the app itself first as nil.
func commandPaths() [][]string {
	app := newApp(io.Discard, io.Discard, func(string) string { return "" }, slog.New(slog.DiscardHandler))
	paths := [][]string{nil}
	var walk func(prefix []string, cmds []*cli.Command)
	walk = func(prefix []string, cmds []*cli.Command) {
		for _, c := range cmds {
			if c.Name == "help" {
				continue
			}
			p := append(append([]string(nil), prefix...), c.Name)
			paths = append(paths, p)
			walk(p, c.Subcommands)
		}
	}
	walk(nil, app.Commands)
	return paths
}

// helpText runs `skillgap PATH --help` and returns what it printed.
func helpText(t *testing.T, path []string) string {
	t.Helper()
	code, stdout, stderr := runCLI(t, append(append([]string(nil), path...), "--help")...)
	if code != exitOK {
		t.Fatalf("skillgap %s --help: exit %d; want 0\n%s", strings.Join(path, " "), code, stderr)
	}
	return stdout
}

var exampleHeading = regexp.MustCompile(`^\s*Examples?:\s*$`)

// examples returns the command lines listed under "Example:" or "Examples:" in a
// help text: indented lines, up to the first blank or unindented one.
func examples(help string) []string {
	var out []string
	in := false
	for line := range strings.Lines(help) {
		line = strings.TrimRight(line, "\r\n")
		switch {
		case exampleHeading.MatchString(line):
			in = true
		case in && strings.TrimSpace(line) != "" && strings.HasPrefix(line, " "):
			out = append(out, strings.TrimSpace(line))
		default:
			in = false
		}
	}
	return out
}

func TestHelpEveryCommand(t *testing.T) {
	for _, path := range commandPaths() {
		name := strings.Join(append([]string{"skillgap"}, path...), " ")
		t.Run(name, func(t *testing.T) {
			help := helpText(t, path)
			if len(examples(help)) == 0 && len(path) > 0 {
				t.Errorf("%s --help has no example:\n%s", name, help)
			}
			// Also the help command's way.
			if len(path) > 0 {
				args := append(append([]string{"help"}, path[:len(path)-1]...), path[len(path)-1])
				if len(path) > 1 {
					args = append(append([]string(nil), path[:len(path)-1]...), "help", path[len(path)-1])
				}
				if code, _, stderr := runCLI(t, args...); code != exitOK {
					t.Errorf("skillgap %s: exit %d; want 0\n%s", strings.Join(args, " "), code, stderr)
				}
				// skillgap help inventory check: the same help.
				args = append([]string{"help"}, path...)
				if code, stdout, stderr := runCLI(t, args...); code != exitOK || stdout != help {
					t.Errorf("skillgap %s: exit %d; want 0 and the --help text\n%s%s", strings.Join(args, " "), code, stdout, stderr)
				}
			}
		})
	}
}

// TestHelpExamples runs every example line of every help text against the demo
// data, served and crawled on loopback, and wants each to exit 0. Each line
// runs the way a shell would: words split and unquoted, pipes and redirections
// cut, and only the skillgap part of a pipeline run (with sample text on its
// standard input when something else feeds it).
func TestHelpExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every example against the demo")
	}
	base, stop, err := serveDemo(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	jobs := goodJobSpyRows(t)
	root := t.TempDir()
	t.Chdir(root)
	// The demo's own examples come first: they make ./skillgap-demo, whose
	// data, inventory and plan the other examples read.
	paths := commandPaths()
	var demo []string
	for _, p := range paths {
		if len(p) == 1 && p[0] == "demo" {
			demo = examples(helpText(t, p))
		}
	}
	if len(demo) == 0 || demo[0] != "skillgap demo" {
		t.Fatalf("got demo examples %q; want `skillgap demo` first", demo)
	}
	for _, line := range demo {
		runExample(t, line, nil)
	}
	data := filepath.Join(root, "skillgap-demo", "data")
	t.Setenv("SKILLGAP_DATA", data)
	t.Setenv("XDG_DATA_HOME", "")
	sources := "settings: {delay: 1ms}\nsources:\n"
	for _, s := range configs.DemoSources(base) {
		sources += "  - {name: " + s.Name + ", kind: " + s.Kind + ", board: '" + s.Board + "', url: '" + s.URL + "', base_url: '" + s.BaseURL + "', company: '" + s.Company + "'}\n"
	}
	writeFile(t, filepath.Join(data, "sources.yaml"), sources)
	inv, err := os.ReadFile(filepath.Join(root, "skillgap-demo", "inventory.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	plan, err := os.ReadFile(filepath.Join(root, "skillgap-demo", "plan.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		if len(p) == 0 || p[0] == "demo" {
			continue
		}
		name := strings.Join(p, " ")
		t.Run(name, func(t *testing.T) {
			// Each command starts from the same files, in a directory of its own.
			dir := filepath.Join(root, strings.ReplaceAll(name, " ", "-"))
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			t.Chdir(dir)
			inputs := map[string]string{
				"inventory.yaml":  string(inv),
				"plan.yaml":       string(plan),
				"my-sources.yaml": sources,
				"my-skills.yaml":  "skills:\n  - id: sql\n    aliases: [SQL, structured query language, sequel]\n",
				"posting.txt":     samplePosting,
				"jobs.csv":        jobs,
			}
			for _, line := range examples(helpText(t, p)) {
				runExample(t, line, inputs)
			}
		})
	}
}

// goodJobSpyRows is the import test's JobSpy CSV without its bad rows (a date
// of "last week", a pay of "lots"), for the import example, which should
// import cleanly.
func goodJobSpyRows(t *testing.T) string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "import", "jobspy.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	w := csv.NewWriter(&b)
	for _, r := range rows {
		if r[7] != "last week" && r[11] != "lots" {
			w.Write(r)
		}
	}
	w.Flush()
	return b.String()
}

// samplePosting is posting text written for the tests.
const samplePosting = "Senior Product Manager, Payments. You will own the roadmap for checkout. " +
	"Requirements: 5+ years of product management; strong SQL; experience running A/B tests. " +
	"Nice to have: experience with Stripe or Adyen.\n"

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// runExample runs the skillgap parts of one example line and wants exit 0.
// Before it runs, the files among inputs that the line reads are written, where
// an earlier example has not made them; a file it writes (--out, --report) is not.
func runExample(t *testing.T, line string, inputs map[string]string) {
	t.Helper()
	stages, err := shellPipeline(line)
	if err != nil {
		t.Fatalf("example %q: %v", line, err)
	}
	ran := false
	for i, words := range stages {
		if len(words) == 0 || words[0] != "skillgap" {
			continue
		}
		for j, w := range words {
			text, ok := inputs[w]
			if !ok || (j > 0 && slices.Contains([]string{"--out", "-o", "--report"}, words[j-1])) {
				continue
			}
			if _, err := os.Stat(w); err != nil {
				writeFile(t, w, text)
			}
		}
		var stdin io.Reader = strings.NewReader("")
		if i > 0 {
			stdin = strings.NewReader(samplePosting)
		}
		var out, errb bytes.Buffer
		code := runWithStdin(t, words, stdin, &out, &errb)
		if code != exitOK {
			t.Errorf("example %q: exit %d; want 0\n%s%s", line, code, errb.String(), out.String())
		}
		ran = true
	}
	if !ran {
		t.Errorf("example %q runs no skillgap command", line)
	}
}

// runWithStdin is run with standard input taken from r (extract reads it when
// given no FILE).
func runWithStdin(t *testing.T, args []string, r io.Reader, stdout, stderr io.Writer) int {
	t.Helper()
	f, err := os.CreateTemp(t.TempDir(), "stdin")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(f, r); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	old := os.Stdin
	os.Stdin = f
	defer func() { os.Stdin = old; f.Close() }()
	return run(t.Context(), args, stdout, stderr, os.Getenv)
}

// shellPipeline splits a command line the way sh does for the simple lines in
// help texts: words with '…' and "…" quoting and backslash escapes, stages
// split at an unquoted |, and a redirection (> FILE, 2>&1) dropped.
func shellPipeline(line string) ([][]string, error) {
	var stages [][]string
	var words []string
	var w strings.Builder
	inWord, redirect := false, false
	flush := func() {
		if inWord {
			if redirect {
				redirect = false
			} else {
				words = append(words, w.String())
			}
		}
		w.Reset()
		inWord = false
	}
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == '\'':
			j := strings.IndexByte(line[i+1:], '\'')
			if j < 0 {
				return nil, errUnclosedQuote
			}
			w.WriteString(line[i+1 : i+1+j])
			inWord, i = true, i+1+j
		case c == '"':
			i++
			for ; i < len(line) && line[i] != '"'; i++ {
				if line[i] == '\\' && i+1 < len(line) && strings.IndexByte(`"\$`, line[i+1]) >= 0 {
					i++
				}
				w.WriteByte(line[i])
			}
			if i >= len(line) {
				return nil, errUnclosedQuote
			}
			inWord = true
		case c == '\\' && i+1 < len(line):
			i++
			w.WriteByte(line[i])
			inWord = true
		case c == ' ' || c == '\t':
			flush()
		case c == '|':
			flush()
			stages = append(stages, words)
			words = nil
		case c == '>' || (c == '2' && !inWord && i+1 < len(line) && line[i+1] == '>'):
			flush()
			if c == '2' {
				i++
			}
			if strings.HasPrefix(line[i+1:], "&1") {
				i += 2
				continue
			}
			redirect = true
		case c == '#' && !inWord:
			flush()
			return append(stages, words), nil
		default:
			w.WriteByte(c)
			inWord = true
		}
	}
	flush()
	return append(stages, words), nil
}

var errUnclosedQuote = errorString("unclosed quote")

type errorString string

func (e errorString) Error() string { return string(e) }

func TestShellPipeline(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{`skillgap search --seniority senior '"product discovery" +pricing'`, `[[skillgap search --seniority senior "product discovery" +pricing]]`},
		{`skillgap crawl --json | jq '.sources[] | {name}'`, `[[skillgap crawl --json] [jq .sources[] | {name}]]`},
		{`skillgap trends --csv > by-seniority.csv`, `[[skillgap trends --csv]]`},
		{`curl -s … | skillgap extract --title "Product Manager"`, `[[curl -s …] [skillgap extract --title Product Manager]]`},
		{`skillgap gap --target "a \"b\"" # comment`, `[[skillgap gap --target a "b"]]`},
	}
	for _, tt := range tests {
		got, err := shellPipeline(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		b.WriteString("[")
		for i, s := range got {
			if i > 0 {
				b.WriteString(" ")
			}
			b.WriteString("[" + strings.Join(s, " ") + "]")
		}
		b.WriteString("]")
		if b.String() != tt.want {
			t.Errorf("shellPipeline(%q) = %s; want %s", tt.in, b.String(), tt.want)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"crwal"}, `unknown command "crwal"; did you mean "crawl"?`},
		{[]string{"xyzzy"}, `unknown command "xyzzy" (skillgap --help lists them: demo, sources, crawl`},
		{[]string{"inventory", "chekc"}, `inventory: unknown command "chekc"; did you mean "check"?`},
		{[]string{"help", "crwal"}, `unknown command "crwal"; did you mean "crawl"?`},
		{[]string{"help", "inventory", "chek"}, `inventory: unknown command "chek"; did you mean "check"? (skillgap inventory --help lists them`},
		{[]string{"search", "--limt", "2", "payments"}, `-limt; did you mean --limit?`},
		{[]string{"inventory", "check", "--jsn"}, `-jsn; did you mean --json?`},
		{[]string{"trends", "-x"}, `-x; the flags are --data, --json`},
		{[]string{"--verbos", "trends"}, `-verbos; did you mean --verbose?`},
		{[]string{"search", "payments", "--limit", "2", "--json"}, `put flags before the arguments: skillgap search --limit 2 --json payments`},
		{[]string{"search", "product discovery", "--seniority=senior"}, `put flags before the arguments: skillgap search --seniority=senior 'product discovery'`},
		{[]string{"inventory", "check", "inventory.yaml", "--json"}, `put flags before the arguments: skillgap inventory check --json inventory.yaml`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, stdout, stderr := runCLI(t, tt.args...)
			if code != exitUsage {
				t.Errorf("got exit %d; want %d (usage)\n%s%s", code, exitUsage, stdout, stderr)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("got %q; want it to contain %q", stderr, tt.want)
			}
		})
	}
}

func TestVersionAndVerbose(t *testing.T) {
	code, stdout, stderr := runCLI(t, "--version")
	if code != exitOK || !strings.HasPrefix(stdout, "skillgap ") {
		t.Errorf("--version: got exit %d, %q %q; want 0 and skillgap VERSION", code, stdout, stderr)
	}
	// -v is documented as `skillgap -v COMMAND`; after the command it works too.
	for _, args := range [][]string{{"-v", "inventory", "skills"}, {"inventory", "skills", "-v"}, {"inventory", "-v", "skills"}} {
		if code, _, stderr := runCLI(t, args...); code != exitOK {
			t.Errorf("skillgap %s: exit %d; want 0\n%s", strings.Join(args, " "), code, stderr)
		}
	}
	if code, stdout, _ := runCLI(t); code != exitOK || !strings.Contains(stdout, "COMMANDS:") {
		t.Errorf("skillgap alone: got exit %d; want 0 and the help", code)
	}
}
