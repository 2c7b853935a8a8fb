package reports

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// validator checks a JSON value against the subset of JSON Schema 2020-12
// that schema.json uses: type, required, properties, additionalProperties,
// items, $ref to $defs, enum, const, pattern, minimum, maximum, and the
// date-time format.
type validator struct {
	defs map[string]any
	errs []string
}

func (v *validator) errorf(path, format string, args ...any) {
	v.errs = append(v.errs, path+": "+fmt.Sprintf(format, args...))
}

func (v *validator) check(path string, schema map[string]any, val any) {
	if ref, ok := schema["$ref"].(string); ok {
		name := strings.TrimPrefix(ref, "#/$defs/")
		def, ok := v.defs[name].(map[string]any)
		if !ok {
			v.errorf(path, "unknown $ref %s", ref)
			return
		}
		v.check(path, def, val)
	}
	if types, ok := schema["type"]; ok && !v.hasType(types, val) {
		v.errorf(path, "got %T %v; want type %v", val, val, types)
		return
	}
	if c, ok := schema["const"]; ok && fmt.Sprint(c) != fmt.Sprint(val) {
		v.errorf(path, "got %v; want %v", val, c)
	}
	if enum, ok := schema["enum"].([]any); ok && !slices.Contains(enum, val) {
		v.errorf(path, "got %v; want one of %v", val, enum)
	}
	switch x := val.(type) {
	case string:
		if p, ok := schema["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(x) {
			v.errorf(path, "got %q; want it to match %s", x, p)
		}
		if schema["format"] == "date-time" {
			if _, err := time.Parse(time.RFC3339, x); err != nil {
				v.errorf(path, "got %q; want an RFC 3339 time", x)
			}
		}
	case float64:
		if m, ok := schema["minimum"].(float64); ok && x < m {
			v.errorf(path, "got %v; want at least %v", x, m)
		}
		if m, ok := schema["maximum"].(float64); ok && x > m {
			v.errorf(path, "got %v; want at most %v", x, m)
		}
	case []any:
		if items, ok := schema["items"].(map[string]any); ok {
			for i, e := range x {
				v.check(fmt.Sprintf("%s[%d]", path, i), items, e)
			}
		}
	case map[string]any:
		v.object(path, schema, x)
	}
}

func (v *validator) object(path string, schema map[string]any, obj map[string]any) {
	for _, r := range asList(schema["required"]) {
		if _, ok := obj[r.(string)]; !ok {
			v.errorf(path, "missing required field %q", r)
		}
	}
	props, _ := schema["properties"].(map[string]any)
	for k, val := range obj {
		if p, ok := props[k].(map[string]any); ok {
			v.check(path+"."+k, p, val)
			continue
		}
		switch extra := schema["additionalProperties"].(type) {
		case bool:
			if !extra {
				v.errorf(path, "field %q is not in the schema", k)
			}
		case map[string]any:
			v.check(path+"."+k, extra, val)
		}
	}
}

func (v *validator) hasType(types, val any) bool {
	for _, t := range asList(types) {
		switch t {
		case "null":
			if val == nil {
				return true
			}
		case "object":
			if _, ok := val.(map[string]any); ok {
				return true
			}
		case "array":
			if _, ok := val.([]any); ok {
				return true
			}
		case "string":
			if _, ok := val.(string); ok {
				return true
			}
		case "boolean":
			if _, ok := val.(bool); ok {
				return true
			}
		case "number":
			if _, ok := val.(float64); ok {
				return true
			}
		case "integer":
			if f, ok := val.(float64); ok && f == math.Trunc(f) {
				return true
			}
		}
	}
	return false
}

func asList(x any) []any {
	switch x := x.(type) {
	case []any:
		return x
	case nil:
		return nil
	}
	return []any{x}
}

// validate checks data against schema.json.
func validate(t *testing.T, data []byte) {
	t.Helper()
	var schema map[string]any
	if err := json.Unmarshal(Schema(), &schema); err != nil {
		t.Fatalf("parse schema.json: %v", err)
	}
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("parse report: %v", err)
	}
	v := &validator{defs: schema["$defs"].(map[string]any)}
	v.check("$", schema, doc)
	for _, e := range v.errs {
		t.Error(e)
	}
}

func TestJSONSchema(t *testing.T) {
	var schema map[string]any
	if err := json.Unmarshal(Schema(), &schema); err != nil {
		t.Fatalf("schema.json is not JSON: %v", err)
	}
	if got := schema["$schema"]; got != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("got $schema %v; want draft 2020-12", got)
	}
	full := sampleReport()
	gapOnly := sampleReport()
	gapOnly.Plan = nil
	planOnly := sampleReport()
	planOnly.Gap, planOnly.Taxonomy = nil, nil
	empty := Report{Gap: sampleGap(), Plan: samplePlan()}
	empty.Gap.Gaps, empty.Gap.Strength, empty.Gap.Trends = nil, nil, nil
	empty.Plan.Goals = nil
	tests := []struct {
		name string
		r    Report
	}{
		{"full", full}, {"gap only", gapOnly}, {"plan only", planOnly}, {"empty lists", empty},
		{"hostile", hostileReport()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := JSON(&b, tt.r); err != nil {
				t.Fatalf("JSON: %v", err)
			}
			validate(t, b.Bytes())
		})
	}
}

// TestSchemaCatchesDrift makes sure the validator rejects what it should, so
// that a passing TestJSONSchema means something.
func TestSchemaCatchesDrift(t *testing.T) {
	tests := []struct{ name, doc string }{
		{"missing title", `{"version":1}`},
		{"unknown field", `{"version":1,"title":"t","extra":1}`},
		{"gap without gaps", `{"version":1,"title":"t","gap":{"target":"","role":"","seniority":"","postings":1,"reliable":true,"strengths":[]}}`},
		{"bad status", `{"version":1,"title":"t","plan":{"version":1,"created":"2026-01-01T00:00:00Z","target_role":"x","hours_per_week":1,"start":"2026-01-01","market":{"postings":0},"goals":[{"id":"g","title":"t","kind":"skill","horizon":"short","specific":"","measurable":"","hours":1,"achievable":"","relevant":"","start":"","deadline":"","tasks":[{"id":"t","title":"t","hours":1,"start":"","due":"2026-13","status":"later"}]}]}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var schema map[string]any
			if err := json.Unmarshal(Schema(), &schema); err != nil {
				t.Fatal(err)
			}
			var doc any
			if err := json.Unmarshal([]byte(tt.doc), &doc); err != nil {
				t.Fatal(err)
			}
			v := &validator{defs: schema["$defs"].(map[string]any)}
			v.check("$", schema, doc)
			if len(v.errs) == 0 {
				t.Errorf("got no errors; want the document rejected")
			}
		})
	}
}
