package configs

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

func TestCatalog(t *testing.T) {
	cat, err := Catalog()
	if err != nil {
		t.Fatal(err)
	}
	byKind := map[string]int{}
	for _, b := range cat {
		byKind[b.Kind]++
		if b.Tags != nil {
			t.Errorf("%s %q carries tags in the shipped catalogue; tags are only derived", b.Kind, b.Board)
		}
	}
	// The facts in ../shared/realworld/board-lists: 449 Ashby boards, 526 Greenhouse.
	if byKind[skillgap.Ashby] != 449 || byKind[skillgap.Greenhouse] != 526 || byKind[skillgap.Lever] != 0 {
		t.Errorf("got %v boards by kind; want ashby 449, greenhouse 526", byKind)
	}
	found := false
	for _, b := range cat {
		if b.Board == "Forward Financing" {
			found = b.Kind == skillgap.Ashby && b.Name == "Forward Financing"
		}
	}
	if !found {
		t.Error("the Ashby board \"Forward Financing\" (a name with a space) is missing or misnamed")
	}
}

func TestLoadCatalogRefuses(t *testing.T) {
	_, err := loadCatalog([]byte("ashby:\n  - acme\n  - ACME\ngreenhouse:\n  - \"a b\"\n  - \"x/y\"\n"), "c.yaml")
	for _, want := range []string{`c.yaml:3:5: ashby[1]: "ACME" is listed twice`, `c.yaml:5:5: greenhouse[0]: "a b": ' '`, `c.yaml:6:5: greenhouse[1]: "x/y": '/'`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("got %v; want it to contain %q", err, want)
		}
	}
}

func TestDisplayName(t *testing.T) {
	for _, tc := range []struct{ board, want string }{
		{"forward-financing", "Forward Financing"},
		{"Forward Financing", "Forward Financing"},
		{"AtomicSemi", "AtomicSemi"},
		{"1password", "1password"},
		{"hims_and_hers", "Hims And Hers"},
		{"Commure-Athelas", "Commure Athelas"},
		{"deepL", "deepL"},
	} {
		if got := DisplayName(tc.board); got != tc.want {
			t.Errorf("DisplayName(%q) = %q; want %q", tc.board, got, tc.want)
		}
	}
}

func TestSelectCatalog(t *testing.T) {
	cat := []CatalogBoard{{Kind: "ashby", Board: "a"}, {Kind: "greenhouse", Board: "b"}, {Kind: "ashby", Board: "c"}, {Kind: "ashby", Board: "d"}}
	tags := CatalogTags{Boards: []BoardTags{{Kind: "ashby", Board: "C", Postings: 3, Industry: []string{"fintech"}}, {Kind: "greenhouse", Board: "b", Postings: 1, Asked: []string{"payments"}}}}
	cat = tags.Apply(cat)
	for _, tc := range []struct {
		name string
		f    CatalogFilter
		want string
	}{
		{"all", CatalogFilter{}, "a b c d"},
		{"kind", CatalogFilter{Kind: "ashby"}, "a c d"},
		{"max", CatalogFilter{Kind: "ashby", Max: 2}, "a c"},
		{"industry tag", CatalogFilter{Tag: "FinTech"}, "c"},
		{"asked tag", CatalogFilter{Tag: "payments"}, "b"},
		{"tag and kind", CatalogFilter{Tag: "payments", Kind: "ashby"}, ""},
	} {
		var got []string
		for _, b := range SelectCatalog(cat, tc.f) {
			got = append(got, b.Board)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%s: got %q; want %q", tc.name, got, tc.want)
		}
	}
}

func TestCatalogTagsRoundTrip(t *testing.T) {
	in := CatalogTags{Derived: "2026-12-06", Rule: "r", Boards: []BoardTags{{Kind: "ashby", Board: "Rose Rocket", Postings: 4, Industry: []string{"logistics"}, Asked: []string{"b2b-saas"}}}}
	var buf bytes.Buffer
	if err := WriteCatalogTags(&buf, in); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "# Tags of catalogue boards, DERIVED") {
		t.Errorf("got %q; want the derived-tags comment first", buf.String())
	}
	out, err := LoadCatalogTags(&buf, "catalog-tags.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if out.Boards[0].Board != "Rose Rocket" || out.Boards[0].Asked[0] != "b2b-saas" || out.Derived != in.Derived {
		t.Errorf("got %+v; want %+v", out, in)
	}
	if _, err := LoadCatalogTags(strings.NewReader("boards:\n  - {kind: lever2, board: x, postings: 1}\n"), "t.yaml"); err == nil || !strings.Contains(err.Error(), `t.yaml:2:`) {
		t.Errorf("got %v; want an error at line 2 for the bad kind", err)
	}
}

// TestWriteCatalogSources writes the whole catalogue as a sources.yaml and
// reads it back: valid, every board once, comments with the time estimate.
func TestWriteCatalogSources(t *testing.T) {
	cat, err := Catalog()
	if err != nil {
		t.Fatal(err)
	}
	cat = CatalogTags{Boards: []BoardTags{{Kind: "ashby", Board: "Forward Financing", Postings: 2, Industry: []string{"fintech"}}}}.Apply(cat)
	var buf bytes.Buffer
	if err := WriteCatalogSources(&buf, cat, CatalogSourcesOptions{}); err != nil {
		t.Fatal(err)
	}
	text := buf.String()
	s, err := LoadSources(strings.NewReader(text), "sources.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Sources) != len(cat) {
		t.Fatalf("got %d sources; want %d", len(s.Sources), len(cat))
	}
	for i, src := range s.Sources {
		if src.Kind != cat[i].Kind || src.Board != cat[i].Board || src.Company != cat[i].Name {
			t.Errorf("sources[%d] = %+v; want board %q of kind %s named %q", i, src, cat[i].Board, cat[i].Kind, cat[i].Name)
		}
	}
	for _, want := range []string{
		"ashby       449 boards × 1s ≈ 7.5 minutes",
		"greenhouse  526 boards × 1s ≈ 8.8 minutes",
		"least about 8.8 minutes",
		`board: Forward Financing, company: Forward Financing}` + "\n    # derived from 2 postings: fintech\n",
		"delay: 1s",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the file lacks %q", want)
		}
	}
	if s.Settings.DelayDuration() != time.Second {
		t.Errorf("got delay %v; want 1s", s.Settings.DelayDuration())
	}
}

func TestAppendSource(t *testing.T) {
	src := skillgap.Source{Name: "forward-financing", Kind: "ashby", Board: "Forward Financing", Company: "Forward Financing"}
	entry := `{name: forward-financing, kind: ashby, board: Forward Financing, company: Forward Financing}`
	for _, tc := range []struct{ name, in, want string }{
		{"example layout",
			"# mine\nsettings:\n  delay: 2s # slow\nsources:\n  # first\n  - {name: a, kind: lever, board: a}\n  - name: b\n    kind: feed\n    url: https://x.test/feed\n\n# trailing note\n",
			"# mine\nsettings:\n  delay: 2s # slow\nsources:\n  # first\n  - {name: a, kind: lever, board: a}\n  - name: b\n    kind: feed\n    url: https://x.test/feed\n  # added\n  - " + entry + "\n\n# trailing note\n"},
		{"sources first, unindented items",
			"sources:\n- {name: a, kind: lever, board: a}\nsettings:\n  delay: 1s\n",
			"sources:\n- {name: a, kind: lever, board: a}\n# added\n- " + entry + "\nsettings:\n  delay: 1s\n"},
		{"no sources key, no final newline",
			"settings:\n  delay: 1s",
			"settings:\n  delay: 1s\nsources:\n  # added\n  - " + entry + "\n"},
		{"empty sources key",
			"sources:\nsettings: {}\n",
			"sources:\n  # added\n  - " + entry + "\nsettings: {}\n"},
	} {
		got, err := AppendSource([]byte(tc.in), src, "added")
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if string(got) != tc.want {
			t.Errorf("%s: got\n%s\nwant\n%s", tc.name, got, tc.want)
		}
		if _, err := LoadSources(bytes.NewReader(got), tc.name); err != nil {
			t.Errorf("%s: the result does not load: %v", tc.name, err)
		}
	}
	if _, err := AppendSource([]byte("sources: [{name: a, kind: lever, board: a}]\n"), src, ""); err != ErrFlowSources {
		t.Errorf("flow list: got %v; want ErrFlowSources", err)
	}
	// The shipped example keeps every byte and gains one entry.
	ex := SourcesExample()
	got, err := AppendSource(ex, src, "")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(got, ex[:bytes.LastIndex(ex, []byte("  - name: wwr-product"))]) || !bytes.HasSuffix(got, []byte("remote-product-jobs.rss\n  - "+entry+"\n")) {
		t.Errorf("appended to the example:\n%s", got[len(got)-300:])
	}
	s, err := LoadSources(bytes.NewReader(got), "example")
	if err != nil || s.Sources[len(s.Sources)-1].Board != "Forward Financing" {
		t.Errorf("got %v %v; want the new board last", err, s.Sources[len(s.Sources)-1])
	}
}

func TestFlowScalar(t *testing.T) {
	for in, want := range map[string]string{
		"acme": "acme", "1password": `"1password"`, "Forward Financing": "Forward Financing", "yes": `"yes"`,
		"a: b": `"a: b"`, "x,y": `"x,y"`, "https://a.test/x?y=1": `"https://a.test/x?y=1"`, "Zoë": `"Zoë"`,
	} {
		if got := flowScalar(in); got != want {
			t.Errorf("flowScalar(%q) = %s; want %s", in, got, want)
		}
	}
}
