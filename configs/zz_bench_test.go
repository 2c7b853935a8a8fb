package configs

import (
	"bytes"
	"testing"
)

func BenchmarkZZTaxonomy(b *testing.B) {
	for b.Loop() {
		Taxonomy()
	}
}
func BenchmarkZZLoad(b *testing.B) {
	for b.Loop() {
		LoadTaxonomy(bytes.NewReader(skillsYAML), "x")
	}
}
