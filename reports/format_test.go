package reports

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestFormatters(t *testing.T) {
	tests := []struct {
		name, got, want string
	}{
		{"percent", Percent(0.41), "41%"},
		{"percent rounds", Percent(0.126), "13%"},
		{"percent small", Percent(0.083), "8%"},
		{"percent tiny", Percent(0.004), "<1%"},
		{"percent zero", Percent(0), "0%"},
		{"percent whole", Percent(1), "100%"},
		{"points up", Points(29.04), "+29 points"},
		{"points decimal", Points(4.14), "+4.1 points"},
		{"points down", Points(-4.46), "-4.5 points"},
		{"points zero", Points(0.04), "0 points"},
		{"points negative zero", Points(-0.04), "0 points"},
		{"points one", Points(1), "+1 point"},
		{"hours whole", Hours(3), "3"},
		{"hours half", Hours(1.5), "1.5"},
		{"hours quarter", Hours(0.25), "0.25"},
		{"hours rounding", Hours(2.3333), "2.33"},
		{"thousands", Thousands(12345), "12,345"},
		{"thousands small", Thousands(999), "999"},
		{"thousands million", Thousands(-1234567), "-1,234,567"},
		{"p tiny", PValue(0.0001), "p<0.001"},
		{"p", PValue(0.0123), "p=0.012"},
		{"p at the line", PValue(0.0499), "p<0.05"},
		{"day", Day(time.Date(2026, 3, 31, 15, 0, 0, 0, time.UTC)), "2026-03-31"},
		{"day zero", Day(time.Time{}), "—"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q; want %q", tt.name, tt.got, tt.want)
		}
	}
}

func TestWriteJSONIndents(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, map[string]int{"a": 1}); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "{\n  \"a\": 1\n}\n"; got != want {
		t.Errorf("got %q; want %q", got, want)
	}
}

// TestWriteFileAtomic: a render that fails leaves the old file whole and no
// temporary file behind; one that succeeds replaces it.
func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.md")
	if err := os.WriteFile(path, []byte("old report\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := WriteFile(path, func(w io.Writer) error {
		io.WriteString(w, "half a new rep")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("got %v; want the render's error", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old report\n" {
		t.Errorf("after a failed render the file holds %q; want the old report", b)
	}
	if err := WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, "new report\n"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new report\n" {
		t.Errorf("got %q; want the new report", b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d files; want only the report (no temporary files left)", len(entries))
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v (%v); want 0644", fi.Mode().Perm(), err)
	}
	if err := WriteFile(filepath.Join(dir, "missing", "x.md"), func(io.Writer) error { return nil }); err == nil {
		t.Error("got no error writing into a missing directory")
	}
}
