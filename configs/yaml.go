// Package configs holds skillgap's shipped defaults, embedded with go:embed (the
// skill taxonomy, example sources and inventory, the sample market), and reads the
// YAML files users write, with errors that name the file, line and field.
package configs

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// MaxFileBytes bounds every YAML file skillgap reads, so that a huge or binary file
// gets a quick, clear error.
const MaxFileBytes = 8 << 20

// Error is a problem in a YAML file, located by line and column where known.
type Error struct {
	File  string // file name as the user gave it
	Line  int    // 1-based; zero when unknown
	Col   int    // 1-based; zero when unknown
	Field string // dotted path of the field, e.g. sources[2].kind; empty for the whole file
	Msg   string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Errors is every problem found in one file.
type Errors []*Error

func (es Errors) Error() string {
	msgs := make([]string, len(es))
	for i, e := range es {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// doc is a parsed YAML file, kept so that validation errors can name lines.
type doc struct {
	name string
	file *ast.File
	errs Errors
	// reported holds the paths the schema walk found wrong (see covered).
	reported []string
}

// decode reads YAML from r strictly (unknown fields and duplicate keys are errors)
// into v and returns the parsed document for locating later validation errors.
// The returned error is for a file that cannot be read at all (too big, binary,
// not YAML); problems with fields are recorded in the doc, every one of them,
// and v holds the rest of the file, for the loader to check further and return
// with d.err().
func decode(r io.Reader, name string, v any) (d *doc, err error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return nil, &Error{File: name, Msg: "read: " + err.Error()}
	}
	if len(data) > MaxFileBytes {
		return nil, &Error{File: name, Msg: fmt.Sprintf("file is larger than %d MiB", MaxFileBytes>>20)}
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, &Error{File: name, Msg: "file is binary, not YAML"}
	}
	if err := checkAliases(data); err != nil {
		return nil, &Error{File: name, Msg: err.Error()}
	}
	// go-yaml panics on some malformed input (found by fuzzing); a bad file must
	// be an error, never a crash.
	defer func() {
		if p := recover(); p != nil {
			d, err = nil, &Error{File: name, Msg: fmt.Sprintf("malformed YAML (%v)", p)}
		}
	}()
	f, err := parser.ParseBytes(data, 0)
	if err != nil {
		return nil, yamlError(name, err)
	}
	d = &doc{name: name, file: f}
	if len(f.Docs) == 0 || f.Docs[0].Body == nil {
		return d, nil
	}
	if len(f.Docs) > 1 {
		return nil, &Error{File: name, Msg: "several YAML documents in one file; want one"}
	}
	if !d.check(f.Docs[0].Body, reflect.TypeOf(v), "$") {
		return d, nil
	}
	if err := yaml.NodeToValue(f.Docs[0].Body, v, yaml.DisallowUnknownField()); err != nil {
		return nil, yamlError(name, err)
	}
	return d, nil
}

// aliasRe matches a YAML alias (*name) where one may start.
var aliasRe = regexp.MustCompile(`(?m)(?:^|[\s,\[{:-])\*[^\s,\]}]+`)

// checkAliases refuses files with many aliases, the shape of a "billion laughs"
// bomb; hand-written skillgap files need few if any.
func checkAliases(data []byte) error {
	const maxAliases = 100
	if n := len(aliasRe.FindAllIndex(data, maxAliases+1)); n > maxAliases {
		return fmt.Errorf("too many YAML aliases (more than %d)", maxAliases)
	}
	return nil
}

// yamlError turns a go-yaml error into an *Error with its position.
func yamlError(name string, err error) error {
	var pe yaml.Error
	if errors.As(err, &pe) {
		if tk := pe.GetToken(); tk != nil && tk.Position != nil {
			return &Error{File: name, Line: tk.Position.Line, Col: tk.Position.Column, Msg: pe.GetMessage()}
		}
		return &Error{File: name, Msg: pe.GetMessage()}
	}
	return &Error{File: name, Msg: err.Error()}
}

// addf records a validation error at the YAML path (for example
// "$.sources[2].kind"), located at that field or, when the file leaves it out,
// at the nearest field that holds it. A path the schema walk already reported
// gets no second error.
func (d *doc) addf(path string, format string, args ...any) {
	if d.covered(path) {
		return
	}
	line, col := d.locate(path)
	d.errs = append(d.errs, &Error{File: d.name, Line: line, Col: col, Field: fieldOf(path), Msg: fmt.Sprintf(format, args...)})
}

// locate finds the line and column of the node at path, or of its nearest
// ancestor present in the file (a field left out, or taken from a base taxonomy).
func (d *doc) locate(path string) (line, col int) {
	if d.file == nil {
		return 0, 0
	}
	for p := path; p != "$" && p != ""; {
		if yp, err := yaml.PathString(p); err == nil {
			if n, err := yp.FilterFile(d.file); err == nil && n != nil {
				if line, col := nodePos(n); line > 0 {
					return line, col
				}
			}
		}
		cut := max(strings.LastIndexByte(p, '.'), strings.LastIndexByte(p, '['))
		if cut <= 0 {
			break
		}
		p = p[:cut]
	}
	// A field the file leaves out altogether: point at the file's first field.
	if len(d.file.Docs) > 0 {
		return nodePos(unwrapNode(d.file.Docs[0].Body))
	}
	return 0, 0
}

// err returns the validation errors recorded so far in file order, or nil.
func (d *doc) err() error {
	if len(d.errs) == 0 {
		return nil
	}
	sortErrors(d.errs)
	return d.errs
}

// sortErrors orders errors by position; errors without a line go last.
func sortErrors(es Errors) {
	slices.SortStableFunc(es, func(a, b *Error) int {
		switch {
		case a.Line == b.Line:
			return a.Col - b.Col
		case a.Line == 0:
			return 1
		case b.Line == 0:
			return -1
		}
		return a.Line - b.Line
	})
}
