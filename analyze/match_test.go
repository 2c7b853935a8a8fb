package analyze

import (
	"fmt"
	"testing"
)

func TestCaseForm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"API", "API"},
		{"APIs", "API"},
		{"API's", "API"},
		{"SDKs", "SDK"},
		{"B2Bs", "B2B"},
		{"HRIS", "HRIS"},
		{"SaaS", "SaaS"},
		{"Segments", "Segments"},
		{"As", "As"},
		{"C++", "C++"},
		{"A/B", "AB"},
	}
	for _, tt := range tests {
		if got := string(caseForm(nil, tt.in)); got != tt.want {
			t.Errorf("caseForm(%q): got %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestVocab(t *testing.T) {
	var v vocab
	if got := v.lookup([]byte("x")); got != -1 {
		t.Fatalf("lookup in empty vocab: got %d; want -1", got)
	}
	const n = 5000 // enough to grow the table several times
	for i := range n {
		if got := v.intern(fmt.Sprintf("w%d", i)); got != int32(i) {
			t.Fatalf("intern w%d: got id %d; want %d", i, got, i)
		}
	}
	for i := range n {
		w := fmt.Sprintf("w%d", i)
		if got := v.intern(w); got != int32(i) {
			t.Fatalf("intern %s again: got id %d; want %d", w, got, i)
		}
		if got := v.lookup([]byte(w)); got != int32(i) {
			t.Fatalf("lookup %s: got %d; want %d", w, got, i)
		}
	}
	for _, w := range []string{"", "w", "w5000", "w12345678901"} {
		if got := v.lookup([]byte(w)); got != -1 {
			t.Errorf("lookup %q: got %d; want -1", w, got)
		}
	}
}

func TestTrie(t *testing.T) {
	var tr trie
	next := int32(1)
	want := map[[2]int32]int32{}
	for node := int32(0); node < 300; node += 3 {
		for id := int32(0); id < 20; id += 2 {
			tr.put(node, id, next)
			want[[2]int32{node, id}] = next
			next++
		}
	}
	for node := int32(0); node < 300; node++ {
		for id := int32(-1); id < 21; id++ {
			if got := tr.child(node, id); got != want[[2]int32{node, id}] {
				t.Fatalf("child(%d, %d): got %d; want %d", node, id, got, want[[2]int32{node, id}])
			}
		}
	}
	if tr.starts(-1) || tr.starts(1) || !tr.starts(2) {
		t.Errorf("starts(-1, 1, 2): got %v %v %v; want false false true", tr.starts(-1), tr.starts(1), tr.starts(2))
	}
}
