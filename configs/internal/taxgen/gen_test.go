package main

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/skillgap/skillgap/configs"
)

// shipped is the committed taxonomy, relative to this package.
const shipped = "../../skills.yaml"

func TestShippedFileIsGenerated(t *testing.T) {
	var b bytes.Buffer
	if err := render(&b, build(definitions())); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(shipped)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, b.Bytes()) {
		t.Fatalf("configs/skills.yaml is out of date with its definitions; run: go generate ./configs")
	}
}

func TestRenderRoundTrip(t *testing.T) {
	want := build(definitions())
	var b bytes.Buffer
	if err := render(&b, want); err != nil {
		t.Fatal(err)
	}
	got, err := configs.LoadTaxonomy(&b, "generated")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("got %d skills; want %d", len(got), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("skill %s: got %+v; want %+v", want[i].ID, got[i], want[i])
		}
	}
}

func TestDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := render(&a, build(definitions())); err != nil {
		t.Fatal(err)
	}
	if err := render(&b, build(definitions())); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two renders differ")
	}
}

func TestHandWrittenRubrics(t *testing.T) {
	n := 0
	for _, x := range definitions() {
		if x.lv == nil && x.ev == nil && x.pr == nil {
			continue
		}
		n++
		if len(x.lv) != 4 || len(x.ev) != 4 || len(x.pr) < 3 || len(x.pr) > 5 {
			t.Errorf("%s: got %d levels, %d evidence, %d practice; want 4, 4, 3–5",
				x.id, len(x.lv), len(x.ev), len(x.pr))
		}
	}
	if n < 60 {
		t.Errorf("got %d skills with hand-written rubrics; want at least 60", n)
	}
}

func TestTemplatesFilled(t *testing.T) {
	for _, s := range build(definitions()) {
		for _, text := range append(append(append([]string{}, s.Levels...), s.Evidence...), s.Practice...) {
			// {resource} is left for the plan, which picks a resource within the budget.
			if strings.ContainsAny(strings.ReplaceAll(text, "{resource}", ""), "{}") {
				t.Errorf("%s: unfilled placeholder in %q", s.ID, text)
			}
		}
	}
}

func TestRunWritesFile(t *testing.T) {
	out := t.TempDir() + "/skills.yaml"
	if err := run(out, nil); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(shipped)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("run -o wrote something other than the shipped file")
	}
}

func TestMoreAliasesKnown(t *testing.T) {
	ids := map[string]bool{}
	for _, x := range definitions() {
		ids[x.id] = true
	}
	for id := range moreAliases() {
		if !ids[id] {
			t.Errorf("moreAliases names unknown skill %q", id)
		}
	}
}
