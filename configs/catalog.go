package configs

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/skillgap/skillgap"
)

//go:embed catalog.yaml
var catalogYAML []byte

// CatalogBoard is one public job board of the shipped catalogue.
type CatalogBoard struct {
	Kind  string // greenhouse, lever or ashby
	Board string // the board's name as its ATS writes it in the API path
	// Name is the display name, derived from Board (see DisplayName).
	Name string
	// Tags are derived from crawled postings (see CatalogTags); nil until
	// skillgap sources tag has seen the board's postings.
	Tags *BoardTags
}

// catalogFile is catalog.yaml: board names by kind.
type catalogFile struct {
	Ashby      []string `yaml:"ashby"`
	Greenhouse []string `yaml:"greenhouse"`
	Lever      []string `yaml:"lever"`
}

// Catalog returns the shipped board catalogue, ordered by kind (ashby,
// greenhouse, lever) and then as the file lists them. The boards carry no tags.
func Catalog() ([]CatalogBoard, error) {
	return loadCatalog(catalogYAML, "catalog.yaml (shipped)")
}

func loadCatalog(data []byte, name string) ([]CatalogBoard, error) {
	var f catalogFile
	d, err := decode(bytes.NewReader(data), name, &f)
	if err != nil {
		return nil, err
	}
	var out []CatalogBoard
	seen := map[string]string{}
	for _, k := range []struct {
		kind   string
		field  string
		boards []string
	}{{skillgap.Ashby, "ashby", f.Ashby}, {skillgap.Greenhouse, "greenhouse", f.Greenhouse}, {skillgap.Lever, "lever", f.Lever}} {
		for i, b := range k.boards {
			at := fmt.Sprintf("$.%s[%d]", k.field, i)
			key := boardKey(k.kind, b)
			switch problem := boardProblem(k.kind, b); {
			case b == "":
				d.addf(at, "empty board name")
			case problem != "":
				d.addf(at, "%q: %s", b, problem)
			case seen[key] != "":
				d.addf(at, "%q is listed twice (first at %s)", b, seen[key])
			default:
				seen[key] = at
				out = append(out, CatalogBoard{Kind: k.kind, Board: b, Name: DisplayName(b)})
			}
		}
	}
	return out, d.err()
}

// DisplayName derives a company's display name from its board name without
// guessing: words split at hyphens, underscores and spaces; a word written all
// in lower case gets a capital first letter, any other word is kept as written
// ("forward-financing" → "Forward Financing", "Rose Rocket" and "AtomicSemi"
// stay, "1password" stays as it is).
func DisplayName(board string) string {
	words := strings.FieldsFunc(board, func(r rune) bool { return r == '-' || r == '_' || unicode.IsSpace(r) })
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && strings.ToLower(w) == w {
			words[i] = string(unicode.ToUpper(r)) + w[n:]
		}
	}
	if len(words) == 0 {
		return board
	}
	return strings.Join(words, " ")
}

// CatalogFilter selects boards of the catalogue. Zero values select all.
type CatalogFilter struct {
	Kind string // greenhouse, lever or ashby
	// Tag keeps the boards whose derived tags include it (an industry or a
	// product domain asked); boards not tagged yet never match a tag.
	Tag string
	Max int // at most this many boards; zero means no limit
}

// SelectCatalog returns the boards of cat that f selects, in catalogue order.
func SelectCatalog(cat []CatalogBoard, f CatalogFilter) []CatalogBoard {
	var out []CatalogBoard
	for _, b := range cat {
		if f.Max > 0 && len(out) == f.Max {
			break
		}
		if f.Kind != "" && b.Kind != f.Kind {
			continue
		}
		if f.Tag != "" && (b.Tags == nil || !b.Tags.Has(f.Tag)) {
			continue
		}
		out = append(out, b)
	}
	return out
}

// CatalogKinds lists the kinds a catalogue board may have.
func CatalogKinds() []string { return []string{skillgap.Ashby, skillgap.Greenhouse, skillgap.Lever} }

// CheckCatalogKind returns an error naming the valid kinds when kind is not
// one of them; "" is valid (all kinds).
func CheckCatalogKind(kind string) error {
	if kind == "" || slices.Contains(CatalogKinds(), kind) {
		return nil
	}
	return errors.New(oneOf("kind", kind, CatalogKinds()))
}
