package skillgap

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/skillgap/skillgap"

// importRule is what one package (and the packages under it, unless they have
// a rule of their own) may import besides the standard library: project
// packages by their path in the module ("" is the root), and third-party
// modules by path prefix. any allows everything but the project packages in
// deny.
type importRule struct {
	project    []string
	thirdParty []string
	any        bool
	deny       []string
}

// importRules is the layout table of ../shared/DESIGN.md: the domain at the
// bottom, one outside library in one package (colly only in crawler, bleve
// only in index), other libraries where a package needs them.
var importRules = map[string]importRule{
	"":         {},
	"analyze":  {project: []string{""}},
	"crawler":  {project: []string{""}, thirdParty: []string{"github.com/gocolly/colly/v2", "github.com/PuerkitoBio/goquery", "github.com/mmcdole/gofeed", "github.com/temoto/robotstxt", "golang.org/x/net/", "golang.org/x/text/"}},
	"index":    {project: []string{""}, thirdParty: []string{"github.com/blevesearch/", "golang.org/x/sync/", "golang.org/x/sys/", "github.com/klauspost/compress/"}},
	"market":   {project: []string{"", "index", "analyze"}},
	"ingest":   {project: []string{"", "crawler", "analyze", "index"}, thirdParty: []string{"golang.org/x/sync/"}},
	"reports":  {project: []string{""}, thirdParty: []string{"github.com/wcharczuk/go-chart/v2", "github.com/arran4/golang-ical"}},
	"configs":  {project: []string{""}, thirdParty: []string{"github.com/goccy/go-yaml"}},
	"internal": {}, // helpers for tests (internal/testenv): standard library only
	// cmd reaches the index only through market (reading) and ingest (writing).
	"cmd": {any: true, deny: []string{"index"}},
}

// importExceptions are imports the table forbids that the code still has,
// each with why and what removes it. The test fails when one is no longer
// needed, so the list only shrinks.
var importExceptions = map[[2]string]string{
	{"crawler", "analyze"}: "crawler/titles.go asks analyze.ClassifyTitle whether a title is a product role; issue 14 moves the filter behind a function the caller passes",
}

// TestImportRules checks every non-test Go file of the module against
// importRules, in the manner of depguard.
func TestImportRules(t *testing.T) {
	imports, err := moduleImports(".")
	if err != nil {
		t.Fatal(err)
	}
	if len(imports) < 8 {
		t.Fatalf("found %d packages; want the module's (run from its root)", len(imports))
	}
	used := map[[2]string]bool{}
	for _, v := range checkImports(imports) {
		if why, ok := importExceptions[[2]string{v.pkg, v.imp}]; ok {
			used[[2]string{v.pkg, v.imp}] = true
			t.Logf("known exception: %s imports %s: %s", v.pkg, v.imp, why)
			continue
		}
		t.Errorf("%s imports %s: %s", v.file, v.imp, v.why)
	}
	for e := range importExceptions {
		if !used[e] {
			t.Errorf("%s no longer imports %s: remove the exception", e[0], e[1])
		}
	}
}

// TestImportRulesCatch makes sure the checker can fail: each import below
// breaks a rule.
func TestImportRulesCatch(t *testing.T) {
	bad := map[string]map[string][]string{
		"":             {"skill.go": {"github.com/goccy/go-yaml"}},
		"analyze":      {"gap.go": {module + "/index"}},
		"reports":      {"html.go": {"github.com/blevesearch/bleve/v2"}},
		"market":       {"m.go": {"github.com/gocolly/colly/v2", module + "/crawler"}},
		"newpackage":   {"x.go": {"fmt"}},
		"cmd/skillgap": {"trends.go": {module + "/index"}},
	}
	got := checkImports(bad)
	if len(got) != 7 {
		t.Errorf("got %d violations; want 7: %+v", len(got), got)
	}
	good := map[string]map[string][]string{
		"cmd/skillgap":     {"main.go": {"github.com/urfave/cli/v2", module + "/market", module + "/ingest"}},
		"configs/internal": {"gen.go": {module, "fmt"}},
		"index":            {"index.go": {"github.com/blevesearch/bleve/v2/mapping", module}},
	}
	if got := checkImports(good); len(got) != 0 {
		t.Errorf("got %+v; want no violations", got)
	}
}

type violation struct{ pkg, file, imp, why string }

// checkImports returns every import in imports (package → file → paths) that
// importRules does not allow.
func checkImports(imports map[string]map[string][]string) []violation {
	var out []violation
	for pkg, files := range imports {
		rule, top, ok := ruleFor(pkg)
		for file, paths := range files {
			if !ok {
				out = append(out, violation{pkg, file, "", "package has no row in the import rules (DESIGN.md's layout table)"})
				continue
			}
			for _, imp := range paths {
				if why := rule.forbids(imp); why != "" {
					out = append(out, violation{top, file, projectPath(imp), why})
				}
			}
		}
	}
	return out
}

// ruleFor finds the rule of pkg: its own, else that of its top directory.
func ruleFor(pkg string) (importRule, string, bool) {
	top, _, _ := strings.Cut(pkg, "/")
	r, ok := importRules[top]
	return r, top, ok
}

// forbids says why the rule does not allow imp, or "" when it does.
func (r importRule) forbids(imp string) string {
	first, _, _ := strings.Cut(imp, "/")
	switch {
	case slices.Contains(r.deny, projectPath(imp)) && (imp == module || strings.HasPrefix(imp, module+"/")):
		return "the layout table keeps this package from importing that project package"
	case r.any, !strings.Contains(first, "."):
		return "" // the standard library
	case imp == module || strings.HasPrefix(imp, module+"/"):
		p := projectPath(imp)
		top, _, _ := strings.Cut(p, "/")
		if slices.Contains(r.project, p) || slices.Contains(r.project, top) {
			return ""
		}
		return "the layout table does not let it import that project package"
	}
	for _, tp := range r.thirdParty {
		if imp == strings.TrimSuffix(tp, "/") || strings.HasPrefix(imp, strings.TrimSuffix(tp, "/")+"/") {
			return ""
		}
	}
	return "a third-party import the layout table does not give this package"
}

// projectPath is imp relative to the module ("" for the root).
func projectPath(imp string) string {
	if imp == module {
		return ""
	}
	return strings.TrimPrefix(imp, module+"/")
}

// moduleImports parses the imports of every non-test Go file under root,
// whatever its build constraints, skipping testdata and directories that
// the go command ignores.
func moduleImports(root string) (map[string]map[string][]string, error) {
	out := map[string]map[string][]string{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		pkg := filepath.ToSlash(filepath.Dir(p))
		if pkg == "." {
			pkg = ""
		}
		if out[pkg] == nil {
			out[pkg] = map[string][]string{}
		}
		for _, is := range f.Imports {
			imp, err := strconv.Unquote(is.Path.Value)
			if err != nil {
				return err
			}
			out[pkg][path.Join(pkg, name)] = append(out[pkg][path.Join(pkg, name)], imp)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat("go.mod"); err != nil {
		return nil, err
	}
	return out, nil
}
