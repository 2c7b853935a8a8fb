package configs

import (
	"encoding"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"

	"github.com/skillgap/skillgap"
)

// The schema walk checks a parsed file against the Go type it will fill before
// go-yaml decodes it. go-yaml stops at the first problem and says it in Go's
// terms ("cannot unmarshal string into Go struct field ... of type int"); the
// walk finds every problem, says it in the user's terms with the field's line
// and column and what would be valid, and prunes what it reported (an unknown
// field is removed, a value of the wrong shape becomes null), so that the file
// still decodes and the loader's own checks can report the rest in the same run.

var (
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	timeType        = reflect.TypeFor[time.Time]()
)

// check walks n, the value at path, against t; it returns false when n cannot
// fill a t and was reported, so that the caller replaces it with null.
func (d *doc) check(n ast.Node, t reflect.Type, path string) bool {
	n = unwrapNode(n)
	if n == nil || n.Type() == ast.NullType || n.Type() == ast.AliasType {
		return true // aliases are resolved by the decoder, within checkAliases' bound
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == timeType || reflect.PointerTo(t).Implements(textUnmarshaler) {
		return d.checkLeaf(n, t, path)
	}
	switch t.Kind() {
	case reflect.Struct:
		return d.checkStruct(n, t, path)
	case reflect.Slice, reflect.Array:
		seq, ok := n.(*ast.SequenceNode)
		if !ok {
			d.addAt(n, path, "want a list (one `- item` a line, or [a, b]), not %s", nodeKind(n))
			return false
		}
		for i, v := range seq.Values {
			if !d.check(v, t.Elem(), fmt.Sprintf("%s[%d]", path, i)) {
				seq.Values[i] = ast.Null(v.GetToken())
			}
		}
		return true
	case reflect.Map:
		values, ok := mapValues(n)
		if !ok {
			d.addAt(n, path, "want a mapping (name: value lines), not %s", nodeKind(n))
			return false
		}
		for _, mv := range values {
			if !d.check(mv.Value, t.Elem(), path+"."+keyName(mv)) {
				mv.Value = ast.Null(mv.Value.GetToken())
			}
		}
		return true
	case reflect.Interface:
		return true
	}
	return d.checkLeaf(n, t, path)
}

// checkStruct checks a mapping against the fields of struct type t. Field names
// match case-insensitively (the key is rewritten to the field's name); an
// unknown one is reported with the nearest known name, or all of them.
func (d *doc) checkStruct(n ast.Node, t reflect.Type, path string) bool {
	fields := yamlFields(t)
	values, ok := mapValues(n)
	if !ok {
		d.addAt(n, path, "want a mapping of fields (%s), not %s", strings.Join(fieldNames(fields), ", "), nodeKind(n))
		return false
	}
	seen := map[string]int{}
	kept := values[:0:0]
	for _, mv := range values {
		if mv.Key.IsMergeKey() {
			kept = append(kept, mv)
			continue
		}
		key := keyName(mv)
		f, ok := lookupField(fields, key)
		at := path + "." + key
		if !ok {
			d.addAt(mv.Key, at, "unknown field %q%s", key, suggestField(key, fieldNames(fields)))
			continue
		}
		if key != f.name {
			renameKey(mv, f.name)
			at = path + "." + f.name
		}
		line := 0
		if tk := mv.Key.GetToken(); tk != nil && tk.Position != nil {
			line = tk.Position.Line
		}
		if first, dup := seen[f.name]; dup {
			d.addAt(mv.Key, at, "%s is given twice (also at line %d); keep one", f.name, first)
			continue
		}
		seen[f.name] = line
		if !d.check(mv.Value, f.typ, at) {
			mv.Value = ast.Null(mv.Value.GetToken())
		}
		kept = append(kept, mv)
	}
	if m, ok := n.(*ast.MappingNode); ok {
		m.Values = kept
		return true
	}
	return len(kept) == len(values) // a lone pair that was pruned: null the mapping
}

// checkLeaf decodes n into a fresh t, as the decoder will, and reports a
// failure in words: what the field wants and what it got.
func (d *doc) checkLeaf(n ast.Node, t reflect.Type, path string) bool {
	if _, ok := n.(*ast.SequenceNode); ok {
		d.addAt(n, path, "want %s, not a list", leafWant(t))
		return false
	}
	if _, ok := mapValues(n); ok {
		d.addAt(n, path, "want %s, not a mapping", leafWant(t))
		return false
	}
	v := reflect.New(t)
	err := yaml.NodeToValue(n, v.Interface())
	var pe yaml.Error
	switch {
	case err == nil:
	case !errors.As(err, &pe) && reflect.PointerTo(t).Implements(textUnmarshaler):
		// The type's own message, which says what it wants.
		d.addAt(n, path, "%v", err)
		return false
	default:
		d.addAt(n, path, "%s: want %s", quoteNode(n), leafWant(t))
		return false
	}
	switch {
	case isIntKind(t.Kind()):
		if f, ok := n.(*ast.FloatNode); ok && f.Value != float64(int64(f.Value)) {
			d.addAt(n, path, "%s: want %s", quoteNode(n), leafWant(t))
			return false
		}
	case t == timeType:
		// go-yaml leaves an unreadable time zero without an error.
		if v.Elem().Interface().(time.Time).IsZero() && strings.TrimSpace(nodeText(n)) != "" {
			d.addAt(n, path, "%s: want %s", quoteNode(n), leafWant(t))
			return false
		}
	}
	return true
}

// leafWant says in words what a value of type t looks like.
func leafWant(t reflect.Type) string {
	if w, ok := reflect.New(t).Interface().(wanter); ok {
		return w.want()
	}
	switch {
	case t == timeType:
		return "a date and time such as 2026-11-15T09:00:00Z"
	case t == reflect.TypeFor[skillgap.Date]():
		return "a date such as 2026-11-15"
	}
	switch k := t.Kind(); {
	case isIntKind(k):
		return "a whole number"
	case k == reflect.Float32 || k == reflect.Float64:
		return "a number"
	case k == reflect.Bool:
		return "true or false"
	case k == reflect.String:
		return "text (quote it if it starts with a special character)"
	}
	return "a " + t.Name()
}

func isIntKind(k reflect.Kind) bool {
	return k >= reflect.Int && k <= reflect.Uint64
}

// yamlField is one field of a struct as YAML names it.
type yamlField struct {
	name string
	typ  reflect.Type
}

// yamlFields lists the fields of t as go-yaml reads them: the yaml tag's name,
// else the json tag's, else the lowercased Go name; inline structs flattened.
func yamlFields(t reflect.Type) []yamlField {
	var out []yamlField
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		tag := sf.Tag.Get("yaml")
		if tag == "" {
			tag = sf.Tag.Get("json")
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "-" {
			continue
		}
		if slices.Contains(strings.Split(opts, ","), "inline") {
			ft := sf.Type
			for ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			out = append(out, yamlFields(ft)...)
			continue
		}
		if name == "" {
			name = strings.ToLower(sf.Name)
		}
		out = append(out, yamlField{name: name, typ: sf.Type})
	}
	return out
}

func fieldNames(fs []yamlField) []string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.name
	}
	return names
}

// lookupField finds key among fs: exactly, else ignoring case and treating
// hyphens as underscores (no field's meaning hangs on either).
func lookupField(fs []yamlField, key string) (yamlField, bool) {
	for _, f := range fs {
		if f.name == key {
			return f, true
		}
	}
	k := strings.ReplaceAll(key, "-", "_")
	for _, f := range fs {
		if strings.EqualFold(f.name, k) {
			return f, true
		}
	}
	return yamlField{}, false
}

// suggestField says which field an unknown key may have meant, or lists them all.
func suggestField(key string, names []string) string {
	if s, ok := nearest(key, names); ok {
		return fmt.Sprintf("; did you mean %q?", s)
	}
	return "; want one of " + strings.Join(names, ", ")
}

// oneOf is the message for an enum value that is not among valid: a did-you-mean
// when one is near, and the valid values.
func oneOf(what, got string, valid []string) string {
	msg := fmt.Sprintf("unknown %s %q; ", what, got)
	if s, ok := nearest(got, valid); ok {
		msg += fmt.Sprintf("did you mean %q? ", s)
	}
	return msg + "want " + orList(valid)
}

// orList writes a, b or c.
func orList(vs []string) string {
	switch len(vs) {
	case 0:
		return "nothing"
	case 1:
		return vs[0]
	}
	return strings.Join(vs[:len(vs)-1], ", ") + " or " + vs[len(vs)-1]
}

// nearest returns the candidate nearest to s by edit distance, ignoring case,
// when it is near enough to be a slip: a third of the letters, at least one.
func nearest(s string, cands []string) (string, bool) {
	ls := strings.ToLower(strings.TrimSpace(s))
	best, bestD := "", max(1, len(ls)/3)+1
	for _, c := range cands {
		lc := strings.ToLower(c)
		d := skillgap.EditDistance(ls, lc)
		if strings.HasPrefix(lc, ls) && len(ls) >= 3 {
			d = min(d, 1)
		}
		if d < bestD {
			best, bestD = c, d
		}
	}
	return best, best != ""
}

// unwrapNode looks through tags and anchors to the value.
func unwrapNode(n ast.Node) ast.Node {
	for {
		switch v := n.(type) {
		case *ast.TagNode:
			n = v.Value
		case *ast.AnchorNode:
			n = v.Value
		case *ast.CommentGroupNode:
			return nil
		default:
			return n
		}
	}
}

// mapValues returns the pairs of a mapping node.
func mapValues(n ast.Node) ([]*ast.MappingValueNode, bool) {
	switch v := n.(type) {
	case *ast.MappingNode:
		return v.Values, true
	case *ast.MappingValueNode:
		return []*ast.MappingValueNode{v}, true
	}
	return nil, false
}

// keyName is a mapping key as text.
func keyName(mv *ast.MappingValueNode) string {
	if tk := mv.Key.GetToken(); tk != nil {
		return tk.Value
	}
	return mv.Key.String()
}

// renameKey makes the key of mv read name.
func renameKey(mv *ast.MappingValueNode, name string) {
	if s, ok := mv.Key.(*ast.StringNode); ok {
		s.Value = name
	}
	if tk := mv.Key.GetToken(); tk != nil {
		tk.Value = name
	}
}

// nodeKind names the shape of n for messages.
func nodeKind(n ast.Node) string {
	switch n.(type) {
	case *ast.SequenceNode:
		return "a list"
	case *ast.MappingNode, *ast.MappingValueNode:
		return "a mapping"
	}
	return quoteNode(n)
}

// nodeText is the text of a scalar node.
func nodeText(n ast.Node) string {
	if s, ok := n.(*ast.StringNode); ok {
		return s.Value
	}
	if tk := n.GetToken(); tk != nil {
		return tk.Value
	}
	return n.String()
}

// quoteNode writes a scalar as the user wrote it, quoted.
func quoteNode(n ast.Node) string { return strconv.Quote(nodeText(n)) }

// addAt records a problem at node n, the value at path.
func (d *doc) addAt(n ast.Node, path, format string, args ...any) {
	e := &Error{File: d.name, Field: fieldOf(path), Msg: fmt.Sprintf(format, args...)}
	e.Line, e.Col = nodePos(n)
	d.reported = append(d.reported, path)
	d.errs = append(d.errs, e)
}

// fieldOf writes a YAML path ($.a[1].b) as people read it (a[1].b).
func fieldOf(path string) string {
	return strings.TrimPrefix(strings.TrimPrefix(path, "$"), ".")
}

// covered reports whether path, or a field it is part of, already has an error
// from the schema walk; the loader's later checks then stay quiet about it, so
// that one mistake gives one message.
func (d *doc) covered(path string) bool {
	for _, p := range d.reported {
		if path == p || strings.HasPrefix(path, p+".") || strings.HasPrefix(path, p+"[") {
			return true
		}
	}
	return false
}

// nodePos is where n starts: for a mapping, its first key (go-yaml's token for a
// block mapping is the first colon).
func nodePos(n ast.Node) (line, col int) {
	if n == nil {
		return 0, 0
	}
	if vs, ok := mapValues(n); ok && len(vs) > 0 {
		n = vs[0].Key
	}
	if tk := n.GetToken(); tk != nil && tk.Position != nil {
		return tk.Position.Line, tk.Position.Column
	}
	return 0, 0
}

// wanter is a type that says in words what a value of it looks like.
type wanter interface{ want() string }
