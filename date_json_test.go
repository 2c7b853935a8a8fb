package skillgap

import (
	"encoding/json"
	"testing"
)

func TestDateJSON(t *testing.T) {
	type doc struct {
		D Date `json:"d"`
		Z Date `json:"z,omitzero"`
	}
	d, err := ParseDate("2026-01-05")
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(doc{D: d})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"d":"2026-01-05"}`; got != want {
		t.Errorf("got %s; want %s", got, want)
	}
	tests := []struct {
		in   string
		want string
	}{
		{`{"d":"2026-01-05"}`, "2026-01-05"},
		{`{"d":"2026-01-05T23:00:00Z"}`, "2026-01-05"},
		{`{"d":""}`, ""},
		{`{"d":null}`, ""},
	}
	for _, tt := range tests {
		var v doc
		if err := json.Unmarshal([]byte(tt.in), &v); err != nil {
			t.Errorf("unmarshal %s: %v", tt.in, err)
			continue
		}
		if got := v.D.String(); got != tt.want {
			t.Errorf("unmarshal %s: got %q; want %q", tt.in, got, tt.want)
		}
	}
	var v doc
	if err := json.Unmarshal([]byte(`{"d":"5 January"}`), &v); err == nil {
		t.Errorf("unmarshal of a bad day succeeded; want an error")
	}
}
