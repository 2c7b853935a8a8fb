package analyze

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Python (primary)", "python primary"},
		{"A/B testing", "a b testing"},
		{"AB tests", "ab test"},
		{"KPIs and OKRs", "kpi and okr"},
		{"APIs", "api"},
		{"data analysis", "data analysis"},
		{"Prioritise", "prioritize"},
		{"prioritisation", "prioritization"},
		{"analysing", "analyzing"},
		{"organisations", "organization"},
		{"behaviour", "behavior"},
		{"modelling", "modeling"},
		{"centres", "center"},
		{"companies", "company"},
		{"processes", "process"},
		{"status", "status"},
		{"you’ll", "youll"},
		{"company's", "company"},
		{"C++ and C#", "c++ and c#"},
		{"5+ years", "5 year"},
		{"Café résumé", "cafe resume"},
		{"ﬁnance", "finance"},
		{"Ｐｙｔｈｏｎ", "python"},
		{"e‑commerce", "e commerce"},
		{"go‐to‐market", "go to market"},
		{"soft\u00adware", "software"},
		{"“quoted”", "quoted"},
		{"ʼ@", ""}, // a leading modifier apostrophe is no word (this once looped forever)
		{"ʼs and dʼs", "s and d"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q): got %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestLexerGlue(t *testing.T) {
	tests := []struct {
		in   string
		want []bool // glued flags per word
	}{
		{"A/B testing", []bool{false, true, false}},
		{"e-commerce site", []bool{false, true, false}},
		{"Python / SQL", []bool{false, false}},
		{"end. Next", []bool{false, false}},
		{"node.js", []bool{false, true}},
	}
	for _, tt := range tests {
		lx := lexer{text: tt.in}
		var got []bool
		for lx.next() {
			got = append(got, lx.glued)
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: got %v; want %v", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: got %v; want %v", tt.in, got, tt.want)
				break
			}
		}
	}
}

func TestLexerSentenceBreak(t *testing.T) {
	tests := []struct {
		in   string
		want int // sentences
	}{
		{"Ship it. Then learn.", 2},
		{"A regulated industry (e.g. banking, insurance).", 1},
		{"Examples, e.g., banking; or i.e. this.", 2}, // the ";" ends one
		{"Tools etc. are fine", 1},
		{"We ship weekly. Etc. is a word.", 2},
		{"Vs. the rest", 1},
		{"Used apps. Then left.", 2}, // "apps" is no abbreviation
	}
	for _, tt := range tests {
		lx := lexer{text: tt.in}
		n := 0
		for first := true; lx.next(); first = false {
			if first || lx.sentBreak {
				n++
			}
		}
		if n != tt.want {
			t.Errorf("%q: got %d sentences; want %d", tt.in, n, tt.want)
		}
	}
}

// TestScanASCIIEightAtATime checks the lexer's eight-bytes-at-a-time copy
// against a byte-by-byte reference, on every byte value at every place of a
// word and on random text, buffer sizes and offsets.
func TestScanASCIIEightAtATime(t *testing.T) {
	ref := func(text string, pos int, buf []byte, n int) (int, int) {
		for ; pos < len(text) && n < len(buf); pos++ {
			switch c := text[pos]; {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				buf[n] = c
			case 'A' <= c && c <= 'Z':
				buf[n] = c + 'a' - 'A'
			default:
				return pos, n
			}
			n++
		}
		return pos, n
	}
	check := func(text string, pos, size, n int) {
		t.Helper()
		want := make([]byte, size)
		wantPos, wantN := ref(text, pos, want, n)
		lx := lexer{text: text, pos: pos, nRaw: n}
		lx.bufs[lx.cur] = make([]byte, size)
		lx.scanASCII()
		got := lx.bufs[lx.cur]
		if lx.pos != wantPos || lx.nRaw != wantN || !bytes.Equal(got[n:lx.nRaw], want[n:wantN]) {
			t.Fatalf("scanASCII(%q from %d, buffer %d at %d): got %d %d %q; want %d %d %q",
				text, pos, size, n, lx.pos, lx.nRaw, got[n:lx.nRaw], wantPos, wantN, want[n:wantN])
		}
	}
	for c := range 256 {
		for at := range 9 {
			w := []byte("AbcDefGhiJklMnoP")
			w[at] = byte(c)
			check(string(w), 0, 32, 0)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	const some = "aZz09AMm/@[`{:-' \xff\x80\xc3\xa9\x7f\x00"
	for range 200000 {
		w := make([]byte, r.IntN(40))
		for i := range w {
			switch r.IntN(3) {
			case 0:
				w[i] = byte(r.IntN(256))
			case 1:
				w[i] = some[r.IntN(len(some))]
			default:
				w[i] = byte('a' + r.IntN(26))
			}
		}
		size := r.IntN(48)
		check(string(w), r.IntN(len(w)+1), size, r.IntN(size+1))
	}
}

// TestMayFold checks that the lexer's shortcut skips only words that no
// suffix rule changes.
func TestMayFold(t *testing.T) {
	// With the right last byte, each prefix makes a word that a rule changes.
	for _, w := range []string{"", "a", "ab", "abc", "abcd", "kpi", "organis", "organisatio", "organisin",
		"organise", "colou", "enro", "whils", "gre", "travelle", "catalogu"} {
		for c := range 256 {
			word := append([]byte(w), byte(c))
			if keep, add := foldStep(word); !mayFold(word) && (keep != len(word) || add != "") {
				t.Errorf("mayFold(%q) = false; but foldStep changes it (%d, %q)", word, keep, add)
			}
		}
	}
}
