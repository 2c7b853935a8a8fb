package configs

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/goccy/go-yaml"
)

// CatalogTags is DATA/catalog-tags.yaml: tags of catalogue boards derived from
// the postings crawled from them, written by skillgap sources tag and read
// beside the shipped catalogue, which itself holds no tags.
type CatalogTags struct {
	// Derived is the day the tags were derived (YYYY-MM-DD).
	Derived string `yaml:"derived"`
	// Rule says how a tag is derived, in words, for whoever reads the file.
	Rule   string      `yaml:"rule"`
	Boards []BoardTags `yaml:"boards"`
}

// BoardTags are one board's derived tags and the postings they rest on.
type BoardTags struct {
	Kind  string `yaml:"kind"`
	Board string `yaml:"board"`
	// Postings is how many product postings of the board the tags rest on.
	Postings int `yaml:"postings"`
	// Industry holds the postings' own domains (what the company and product
	// are), as taxonomy domain ids.
	Industry []string `yaml:"industry,omitempty"`
	// Asked holds the product domains the postings ask of candidates, as
	// taxonomy domain ids.
	Asked []string `yaml:"asked,omitempty"`
}

// Has reports whether tag is one of t's industries or domains asked, ignoring case.
func (t *BoardTags) Has(tag string) bool {
	for _, v := range t.All() {
		if strings.EqualFold(v, tag) {
			return true
		}
	}
	return false
}

// All returns t's tags, industries first, without repeats.
func (t *BoardTags) All() []string {
	var out []string
	for _, v := range slices.Concat(t.Industry, t.Asked) {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// LoadCatalogTags reads a catalog-tags.yaml.
func LoadCatalogTags(r io.Reader, name string) (CatalogTags, error) {
	var t CatalogTags
	d, err := decode(r, name, &t)
	if err != nil {
		return CatalogTags{}, err
	}
	for i, b := range t.Boards {
		at := fmt.Sprintf("$.boards[%d]", i)
		if !slices.Contains(CatalogKinds(), b.Kind) {
			d.addf(at+".kind", "%s", oneOf("kind", b.Kind, CatalogKinds()))
		}
		if b.Board == "" {
			d.addf(at, "board is missing")
		}
		if b.Postings < 0 {
			d.addf(at+".postings", "%d is negative", b.Postings)
		}
	}
	return t, d.err()
}

// WriteCatalogTags writes t as catalog-tags.yaml, with a comment saying it is
// derived and how to refresh it.
func WriteCatalogTags(w io.Writer, t CatalogTags) error {
	if t.Boards == nil {
		t.Boards = []BoardTags{}
	}
	b, err := yaml.MarshalWithOptions(t, yaml.IndentSequence(true))
	if err != nil {
		return fmt.Errorf("write catalogue tags: %w", err)
	}
	head := "# Tags of catalogue boards, DERIVED from the postings crawled from them (never guessed).\n" +
		"# Written by `skillgap sources tag`; run it again after a crawl to refresh. Edits are overwritten.\n"
	if _, err := io.WriteString(w, head); err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Apply returns cat with each board's derived tags from t attached.
func (t CatalogTags) Apply(cat []CatalogBoard) []CatalogBoard {
	by := make(map[string]*BoardTags, len(t.Boards))
	for i := range t.Boards {
		by[boardKey(t.Boards[i].Kind, t.Boards[i].Board)] = &t.Boards[i]
	}
	out := slices.Clone(cat)
	for i := range out {
		out[i].Tags = by[boardKey(out[i].Kind, out[i].Board)]
	}
	return out
}

// boardKey identifies a board: the kind and the board's name, ignoring case,
// so that a name written in another case never counts as another board.
func boardKey(kind, board string) string { return kind + "\x00" + strings.ToLower(board) }
