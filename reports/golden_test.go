package reports

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test ./reports -update): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test ./reports -update and review the diff\ngot:\n%s", name, got)
	}
}

func TestGolden(t *testing.T) {
	full := sampleReport()
	gapOnly := sampleReport()
	gapOnly.Plan = nil
	planOnly := sampleReport()
	planOnly.Gap, planOnly.Taxonomy = nil, nil
	tests := []struct {
		name   string
		render func(*bytes.Buffer) error
	}{
		{"report.md.golden", func(b *bytes.Buffer) error { return Markdown(b, full) }},
		{"gap-only.md.golden", func(b *bytes.Buffer) error { return Markdown(b, gapOnly) }},
		{"plan-only.md.golden", func(b *bytes.Buffer) error { return Markdown(b, planOnly) }},
		{"report.json.golden", func(b *bytes.Buffer) error { return JSON(b, full) }},
		{"plan-only.json.golden", func(b *bytes.Buffer) error { return JSON(b, planOnly) }},
		{"plan.ics.golden", func(b *bytes.Buffer) error { return ICS(b, full.Plan) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.render(&b); err != nil {
				t.Fatalf("render: %v", err)
			}
			golden(t, tt.name, b.Bytes())
		})
	}
}

// TestHTMLSample writes the sample HTML report for a person to look at.
// TestHTMLSample compares the HTML report of the sample with
// testdata/sample.html, which is also what the browser test and the README's
// screenshot show.
func TestHTMLSample(t *testing.T) {
	var b bytes.Buffer
	if err := HTML(&b, sampleReport()); err != nil {
		t.Fatalf("HTML: %v", err)
	}
	golden(t, "sample.html", b.Bytes())
}
