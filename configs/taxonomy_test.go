package configs

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/skillgap/skillgap"
)

// shippedTaxonomy loads the shipped taxonomy once for all tests, which only read it.
var shippedTaxonomy = sync.OnceValues(Taxonomy)

func TestTaxonomyFastPath(t *testing.T) {
	fast, err := shippedTaxonomy()
	if err != nil {
		t.Fatal(err)
	}
	slow, err := LoadTaxonomy(bytes.NewReader(skillsYAML), "skills.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fast, slow) {
		t.Error("Taxonomy and LoadTaxonomy of the shipped file differ")
	}
}

func TestTaxonomyShipped(t *testing.T) {
	skills, err := shippedTaxonomy()
	if err != nil {
		t.Fatal(err)
	}
	if len(skills) < 200 {
		t.Errorf("got %d skills; want at least 200", len(skills))
	}
	perCat := map[string]int{}
	for _, s := range skills {
		perCat[s.Category]++
		if len(s.Levels) != 5 {
			t.Errorf("%s: got %d levels; want 5", s.ID, len(s.Levels))
		}
		if len(s.Evidence) != 4 {
			t.Errorf("%s: got %d evidence entries; want 4", s.ID, len(s.Evidence))
		}
		if n := len(s.Practice); n < 3 || n > 5 {
			t.Errorf("%s: got %d practice entries; want 3–5", s.ID, n)
		}
		if s.HoursPerLevel <= 0 {
			t.Errorf("%s: got hours_per_level %d; want it set", s.ID, s.HoursPerLevel)
		}
		if s.Expected < 1 || s.Expected > skillgap.MaxLevel {
			t.Errorf("%s: got expected %d; want 1–4", s.ID, s.Expected)
		}
		if (s.Category == "certifications") != (s.Kind == skillgap.KindCertification) {
			t.Errorf("%s: category %s with kind %s", s.ID, s.Category, s.Kind)
		}
		if (s.Category == "domain") != (s.Kind == skillgap.KindDomain) {
			t.Errorf("%s: category %s with kind %s", s.ID, s.Category, s.Kind)
		}
	}
	for _, c := range skillgap.Categories() {
		if perCat[c] < 8 {
			t.Errorf("category %s: got %d skills; want at least 8", c, perCat[c])
		}
	}
}

// looseKey is a stricter sameness than validation's: it also folds plurals,
// punctuation, "&" and common UK/US spellings, the way the extractor may.
func looseKey(s string) string {
	s = strings.NewReplacer("&", " and ", "/", " ", ".", " ", "!", "", "(", " ", ")", " ", "_", " ").Replace(taxAliasKey(s))
	words := strings.Fields(s)
	for i, w := range words {
		w = strings.NewReplacer("isation", "ization", "modelling", "modeling", "behaviour", "behavior",
			"centre", "center", "judgement", "judgment", "programme", "program").Replace(w)
		if strings.HasSuffix(w, "ise") {
			w = strings.TrimSuffix(w, "ise") + "ize"
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = strings.TrimSuffix(w, "s")
		}
		words[i] = w
	}
	return strings.Join(words, " ")
}

func TestTaxonomyAliasesDistinctLoosely(t *testing.T) {
	skills, err := shippedTaxonomy()
	if err != nil {
		t.Fatal(err)
	}
	owner := map[string]string{}
	for _, s := range skills {
		for _, a := range append([]string{s.Name}, s.Aliases...) {
			k := looseKey(a)
			if o, ok := owner[k]; ok && o != s.ID {
				t.Errorf("alias %q of %s folds to %q, which %s also claims", a, s.ID, k, o)
			}
			owner[k] = s.ID
		}
	}
}

func TestTaxonomyGuards(t *testing.T) {
	skills, err := shippedTaxonomy()
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]skillgap.Skill{}
	for _, s := range skills {
		byID[s.ID] = s
	}
	tests := []struct {
		id, alias     string
		caseSensitive bool
		near, notNear string // one word each guard must list; "" means none required
	}{
		{"segment", "Segment", true, "cdp", "market segment"},
		{"snowflake", "Snowflake", true, "warehouse", ""},
		{"looker", "Looker", true, "", ""},
		{"amplitude", "Amplitude", true, "analytics", ""},
		{"heap", "Heap", true, "analytics", "memory"},
		{"linear", "Linear", true, "jira", "regression"},
		{"notion", "Notion", true, "confluence", ""},
		{"pendo", "Pendo", true, "in-app", ""},
		{"ai-ml", "AI", true, "", ""},
		{"golang", "Go", true, "programming", "go-to-market"},
		{"r-language", "R", true, "statistics", ""},
		{"aipmm-cpm", "CPM", true, "aipmm", "cost per mille"},
		{"excel", "Excel", true, "", "excel at"},
		{"scrum", "Scrum", false, "", "scrum master"},
		{"kafka", "Kafka", true, "streaming", ""},
		{"confluence", "Confluence", true, "", "confluence of"},
		{"aha", "Aha!", true, "roadmap", "aha moment"},
	}
	for _, tt := range tests {
		t.Run(tt.alias, func(t *testing.T) {
			s, ok := byID[tt.id]
			if !ok {
				t.Fatalf("no skill %q", tt.id)
			}
			i := slices.IndexFunc(s.Guards, func(g skillgap.Guard) bool { return g.Alias == tt.alias })
			if i < 0 {
				t.Fatalf("%s: no guard for %q; got %+v", tt.id, tt.alias, s.Guards)
			}
			g := s.Guards[i]
			if g.CaseSensitive != tt.caseSensitive {
				t.Errorf("got case_sensitive %v; want %v", g.CaseSensitive, tt.caseSensitive)
			}
			if tt.near != "" && !slices.Contains(g.Near, tt.near) {
				t.Errorf("got near %q; want it to contain %q", g.Near, tt.near)
			}
			if tt.notNear != "" && !slices.Contains(g.NotNear, tt.notNear) {
				t.Errorf("got not_near %q; want it to contain %q", g.NotNear, tt.notNear)
			}
		})
	}
}

func loadTaxFile(t *testing.T, name string) ([]skillgap.Skill, error) {
	t.Helper()
	f, err := os.Open("testdata/taxonomy/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return LoadTaxonomy(f, name)
}

func TestLoadTaxonomyErrors(t *testing.T) {
	tests := []struct {
		file string
		want []string // every error, in order
	}{
		{"dup_id.yaml", []string{`dup_id.yaml:6:9: skills[1].id: duplicate id "sql" (also at line 2)`}},
		{"alias_clash.yaml", []string{
			`alias_clash.yaml:11:35: skills[1].aliases[1]: alias "Split-Testing" is also claimed by skill "ab-testing" (also at line 6)`,
		}},
		{"bad_category.yaml", []string{
			`bad_category.yaml:4:15: skills[0].category: unknown category "marketing"; want strategy, discovery, analytics, delivery, technical, go-to-market, leadership, domain, tools or certifications`,
			`bad_category.yaml:9:11: skills[1].kind: unknown kind "software"; want skill, knowledge, tool, certification, domain or soft`,
		}},
		{"bad_guard.yaml", []string{
			`bad_guard.yaml:10:16: skills[0].guards[1].alias: guard alias "segment cdp" is not among the skill's aliases`,
			`bad_guard.yaml:12:9: skills[0].guards[2]: guard has no effect (set case_sensitive, near or not_near)`,
		}},
		{"many.yaml", []string{
			`many.yaml:2:5: skills[0].id: missing id`,
			`many.yaml:5:9: skills[1].id: id "Bad_Slug" is not a slug (lowercase letters and digits joined by single hyphens)`,
			`many.yaml:10:11: skills[2].name: missing name`,
			`many.yaml:13:11: skills[2].onet: onet "2-A-2" is not an O*NET element id such as 2.A.2.a`,
			`many.yaml:14:11: skills[2].esco: esco "https://example.com/skill" is not an ESCO concept URI (http://data.europa.eu/esco/...)`,
			`many.yaml:15:13: skills[2].levels: has 3 levels; want 5 (levels 0–4)`,
			`many.yaml:16:15: skills[2].evidence: has 5 entries; want at most 4 (levels 1–4)`,
			`many.yaml:17:15: skills[2].expected: expected 7 is out of range 1–4`,
			`many.yaml:18:22: skills[2].hours_per_level: hours_per_level -5 is negative`,
			`many.yaml:19:22: skills[2].certifications[0]: unknown certification id "cspo"`,
			`many.yaml:19:28: skills[2].certifications[1]: skill "rubric" is of kind "knowledge", not certification`,
		}},
		{"unknown_field.yaml", []string{`unknown_field.yaml:6:5: skills[0].alias: unknown field "alias"; did you mean "aliases"?`}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got, err := loadTaxFile(t, tt.file)
			if err == nil {
				t.Fatalf("got %d skills and no error; want %d errors", len(got), len(tt.want))
			}
			if msgs := strings.Split(err.Error(), "\n"); !slices.Equal(msgs, tt.want) {
				t.Errorf("got errors\n%s\nwant\n%s", strings.Join(msgs, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestLoadTaxonomyErrorTypes(t *testing.T) {
	_, err := loadTaxFile(t, "many.yaml")
	var es Errors
	if !errors.As(err, &es) || len(es) != 11 {
		t.Fatalf("got %T with %v; want Errors with 11 entries", err, err)
	}
	if es[0].File != "many.yaml" || es[0].Line != 2 || es[0].Field != "skills[0].id" {
		t.Errorf("got %+v; want many.yaml line 2 field skills[0].id", es[0])
	}
	if _, err := LoadTaxonomy(strings.NewReader("skills: []\n"), "empty.yaml"); err == nil {
		t.Error("got no error for a taxonomy without skills")
	}
}

func TestMergeTaxonomyFile(t *testing.T) {
	base, err := loadTaxFile(t, "good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	before := slices.Clone(base)
	f, err := os.Open("testdata/taxonomy/override.yaml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := MergeTaxonomyFile(base, f, "override.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(base, before) {
		t.Error("merge modified base")
	}
	ids := make([]string, len(got))
	for i, s := range got {
		ids[i] = s.ID
	}
	if want := []string{"ab-testing", "go-lang", "experiment-cert", "pricing"}; !slices.Equal(ids, want) {
		t.Fatalf("got ids %v; want %v", ids, want)
	}
	ab := got[0]
	if want := []string{"ab tests", "controlled experiments"}; !slices.Equal(ab.Aliases, want) {
		t.Errorf("got aliases %q; want %q", ab.Aliases, want)
	}
	if ab.Expected != 4 {
		t.Errorf("got expected %d; want 4", ab.Expected)
	}
	if ab.Name != "A/B testing" || ab.HoursPerLevel != 60 || len(ab.Levels) != 5 {
		t.Errorf("got %+v; want unset fields kept from base", ab)
	}
	if got[3].Category != "go-to-market" {
		t.Errorf("got category %q; want go-to-market", got[3].Category)
	}
}

func TestMergeTaxonomyFileErrors(t *testing.T) {
	base, err := loadTaxFile(t, "good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/taxonomy/override_bad.yaml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	_, err = MergeTaxonomyFile(base, f, "override_bad.yaml")
	want := []string{
		`override_bad.yaml:4:15: skills[0].category: unknown category "marketing"; want strategy, discovery, analytics, delivery, technical, go-to-market, leadership, domain, tools or certifications`,
		`override_bad.yaml:6:15: skills[0].aliases[0]: alias "golang" is also claimed by skill "go-lang" (in the base taxonomy)`,
		`override_bad.yaml:8:15: skills[1].expected: expected 9 is out of range 1–4`,
	}
	if err == nil {
		t.Fatal("got no error")
	}
	if got := strings.Split(err.Error(), "\n"); !slices.Equal(got, want) {
		t.Errorf("got errors\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestMergeTaxonomy(t *testing.T) {
	base := []skillgap.Skill{
		{ID: "sql", Name: "SQL", Category: "analytics", Kind: skillgap.KindSkill, Aliases: []string{"queries"}},
		{ID: "jira", Name: "Jira", Category: "tools", Kind: skillgap.KindTool},
	}
	tests := []struct {
		name    string
		over    []skillgap.Skill
		wantIDs []string
		wantErr string
	}{
		{"override", []skillgap.Skill{{ID: "sql", HoursPerLevel: 30}}, []string{"sql", "jira"}, ""},
		{"add", []skillgap.Skill{{ID: "figma", Name: "Figma", Category: "tools", Kind: skillgap.KindTool}},
			[]string{"sql", "jira", "figma"}, ""},
		{"clash", []skillgap.Skill{{ID: "figma", Name: "Figma", Category: "tools", Kind: skillgap.KindTool, Aliases: []string{"Queries"}}},
			nil, `over.yaml: skills[0].aliases[0]: alias "Queries" is also claimed by skill "sql" (in the base taxonomy)`},
		{"twice", []skillgap.Skill{{ID: "jira", Expected: 2}, {ID: "jira", Expected: 3}},
			nil, `over.yaml: skills[1].id: duplicate id "jira" (also at skills[0].id)`},
		{"no id", []skillgap.Skill{{Name: "Nameless"}},
			nil, "over.yaml: skills[0].id: missing id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := MergeTaxonomy(base, tt.over, "over.yaml")
			if tt.wantErr != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) {
					t.Fatalf("got %v; want error starting %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, s := range got {
				ids = append(ids, s.ID)
			}
			if !slices.Equal(ids, tt.wantIDs) {
				t.Errorf("got ids %v; want %v", ids, tt.wantIDs)
			}
		})
	}
	if base[0].HoursPerLevel != 0 {
		t.Error("merge modified base")
	}
}

func TestMergeTaxonomyOverShipped(t *testing.T) {
	base, err := shippedTaxonomy()
	if err != nil {
		t.Fatal(err)
	}
	got, err := MergeTaxonomy(base, []skillgap.Skill{
		{ID: "sql", Expected: 3},
		{ID: "clojure", Name: "Clojure", Category: "technical", Kind: skillgap.KindSkill},
	}, "mine.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(base)+1 {
		t.Errorf("got %d skills; want %d", len(got), len(base)+1)
	}
	tax := skillgap.NewTaxonomy(got)
	if s, ok := tax.Skill("sql"); !ok || s.Expected != 3 {
		t.Errorf("got sql %+v; want expected 3", s)
	}
}

func FuzzLoadTaxonomy(f *testing.F) {
	for _, name := range []string{"good.yaml", "dup_id.yaml", "alias_clash.yaml", "bad_guard.yaml", "many.yaml", "override.yaml"} {
		data, err := os.ReadFile("testdata/taxonomy/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("skills:\n  - id: x\n    name: X\n    category: tools\n    kind: tool\n    guards: [{alias: X, near: [y]}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		skills, err := LoadTaxonomy(strings.NewReader(string(data)), "fuzz.yaml")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.yaml") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		ids := map[string]bool{}
		for _, s := range skills {
			if s.ID == "" || ids[s.ID] {
				t.Fatalf("accepted missing or duplicate id %q", s.ID)
			}
			ids[s.ID] = true
			if len(s.Levels) != 0 && len(s.Levels) != 5 {
				t.Fatalf("accepted %d levels", len(s.Levels))
			}
		}
	})
}

// TestVocabIDMap keeps testdata/taxonomy/vocab_idmap.tsv, the map from our ids
// to the coarse vocabulary of the hand-labelled real postings, in step with the
// taxonomy.
func TestVocabIDMap(t *testing.T) {
	skills, err := shippedTaxonomy()
	if err != nil {
		t.Fatal(err)
	}
	tax := skillgap.NewTaxonomy(skills)
	data, err := os.ReadFile("testdata/taxonomy/vocab_idmap.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		id, vocab, ok := strings.Cut(line, "\t")
		if !ok || vocab == "" {
			t.Errorf("line %d: got %q; want id<TAB>vocab-id", i+1, line)
			continue
		}
		if _, ok := tax.Skill(id); !ok {
			t.Errorf("line %d: unknown skill id %q", i+1, id)
		}
	}
}
