package analyze

import (
	"os"
	"testing"

	"github.com/goccy/go-yaml"

	"github.com/skillgap/skillgap"
)

// smallTaxonomy loads testdata/taxonomy-small.yaml.
func smallTaxonomy(t testing.TB) []skillgap.Skill {
	t.Helper()
	data, err := os.ReadFile("testdata/taxonomy-small.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Skills []skillgap.Skill `yaml:"skills"`
	}
	if err := yaml.UnmarshalWithOptions(data, &f, yaml.DisallowUnknownField()); err != nil {
		t.Fatalf("read testdata/taxonomy-small.yaml: %v", err)
	}
	return f.Skills
}

// smallExtractor builds an extractor over the small taxonomy.
func smallExtractor(t testing.TB) *Extractor {
	t.Helper()
	e, err := NewExtractor(smallTaxonomy(t))
	if err != nil {
		t.Fatal(err)
	}
	return e
}
