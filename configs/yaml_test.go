package configs

import (
	"strings"
	"testing"
)

type yamlTestDoc struct {
	Items []struct {
		Name string `yaml:"name"`
		N    int    `yaml:"n"`
	} `yaml:"items"`
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"unknown field", "items:\n  - name: a\n    nme: b\n", "f.yaml:3:"},
		{"type mismatch", "items:\n  - name: a\n    n: lots\n", "f.yaml:3:"},
		{"syntax", "items: [\n", "f.yaml:"},
		{"binary", "a\x00b", "binary"},
		{"huge", "items:\n" + strings.Repeat("  - name: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n", MaxFileBytes/40+10), "larger than"},
		{"bomb", "a: &a [x]\n" + strings.Repeat("b: [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\n", 20), "aliases"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v yamlTestDoc
			d, err := decode(strings.NewReader(tt.in), "f.yaml", &v)
			if err == nil {
				err = d.err()
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v; want error containing %q", err, tt.want)
			}
		})
	}
}

func TestValidationErrorLine(t *testing.T) {
	var v yamlTestDoc
	d, err := decode(strings.NewReader("items:\n  - name: a\n  - name: b\n    n: 3\n"), "f.yaml", &v)
	if err != nil {
		t.Fatal(err)
	}
	d.addf("$.items[1].n", "must be below 3")
	got := d.err().Error()
	if want := "f.yaml:4:8: items[1].n: must be below 3"; got != want {
		t.Fatalf("got %q; want %q", got, want)
	}
}
