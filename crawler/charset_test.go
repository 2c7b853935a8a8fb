package crawler

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestToUTF8(t *testing.T) {
	latin1 := "Z\xfcrich, Se\xf1or" // ISO-8859-1 bytes
	utf16le := "\xff\xfeZ\x00\xfc\x00r\x00i\x00c\x00h\x00"
	utf16be := "\xfe\xff\x00Z\x00\xfc\x00r\x00i\x00c\x00h"
	tests := []struct {
		name, body, contentType, want string
	}{
		{"utf-8 as is", "Zürich", "text/html", "Zürich"},
		{"utf-8 bom stripped", "\ufeff{\"a\":\"Zürich\"}", "application/json", `{"a":"Zürich"}`},
		{"utf-16le bom", utf16le, "text/html", "Zürich"},
		{"utf-16be bom", utf16be, "", "Zürich"},
		{"declared utf-8, stray bytes", "Z\xfcrich Zürich", "text/html; charset=utf-8", "Z\uFFFDrich Zürich"},
		{"declared, bom dropped", "\ufeffZürich", "text/html; charset=utf-8", "Zürich"},
		{"xml latin1", `<?xml version="1.0" encoding="ISO-8859-1"?><a>` + latin1 + `</a>`, "application/rss+xml",
			`<?xml version="1.0" encoding="UTF-8"?><a>Zürich, Señor</a>`},
		{"xml declared by header too", `<?xml version='1.0' encoding='iso-8859-1'?><a>Zürich</a>`, "application/xml; charset=utf-8",
			`<?xml version='1.0' encoding='UTF-8'?><a>Zürich</a>`},
		{"xml utf-8, stray byte", `<?xml version="1.0" encoding="utf-8"?><a>Z` + "\xfc" + `rich</a>`, "text/xml",
			`<?xml version="1.0" encoding="utf-8"?><a>Z` + "\uFFFD" + `rich</a>`},
		{"xml unknown label", `<?xml version="1.0" encoding="x-klingon"?><a>` + latin1 + `</a>`, "text/xml",
			`<?xml version="1.0" encoding="UTF-8"?><a>Zürich, Señor</a>`},
		{"meta charset", `<meta charset="windows-1252"><p>` + "\x80 \x93q\x94 " + latin1, "text/html", `<meta charset="windows-1252"><p>€ “q” Zürich, Señor`},
		{"meta http-equiv", `<html><head><meta http-equiv="content-type" content="text/html; charset=ISO-8859-1">` + latin1, "",
			`<html><head><meta http-equiv="content-type" content="text/html; charset=ISO-8859-1">Zürich, Señor`},
		{"meta utf-16 means utf-8", `<meta charset="utf-16"><p>Zürich`, "text/html", `<meta charset="utf-16"><p>Zürich`},
		{"meta in json ignored", `{"html": "<meta charset=\"koi8-r\">Zürich"}`, "application/json", `{"html": "<meta charset=\"koi8-r\">Zürich"}`},
		{"meta after 1024 bytes ignored", strings.Repeat(" ", 1100) + `<meta charset="koi8-r">Zürich`, "text/html",
			strings.Repeat(" ", 1100) + `<meta charset="koi8-r">Zürich`},
		{"undeclared latin1", latin1, "text/html", "Zürich, Señor"},
		{"undeclared utf-8 with stray bytes", "Zürich \xff\xfe end", "", "Zürich \uFFFD end"},
		{"empty", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(toUTF8([]byte(tc.body), tc.contentType)); got != tc.want {
				t.Errorf("toUTF8 = %q; want %q", got, tc.want)
			}
		})
	}
}

func TestHeaderCharset(t *testing.T) {
	tests := []struct {
		name, contentType, body string
		wantType, wantBody      string
	}{
		{"latin1 decoded", "text/html; charset=ISO-8859-1", "Z\xfcrich", "text/html; charset=utf-8", "Zürich"},
		{"quoted label", `application/json; charset="windows-1252"`, "\x80", "application/json; charset=utf-8", "€"},
		{"bom beats the header", "text/html; charset=iso-8859-1", "\xef\xbb\xbfZürich", "text/html; charset=utf-8", "Zürich"},
		{"utf-8 untouched", "text/html; charset=UTF-8", "Z\xfcrich", "text/html; charset=utf-8", "Z\xfcrich"},
		{"unknown label dropped", "text/html; charset=x-bogus", "Zürich", "text/html", "Zürich"},
		{"malformed type cut", "text/html; charset", "Zürich", "text/html", "Zürich"},
		{"no charset", "application/json", "Z\xfcrich", "application/json", "Z\xfcrich"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := http.Header{"Content-Type": {tc.contentType}}
			body, err := io.ReadAll(headerCharset(h, io.NopCloser(strings.NewReader(tc.body))))
			if err != nil {
				t.Fatal(err)
			}
			if got := h.Get("Content-Type"); got != tc.wantType {
				t.Errorf("Content-Type = %q; want %q", got, tc.wantType)
			}
			if string(body) != tc.wantBody {
				t.Errorf("body = %q; want %q", body, tc.wantBody)
			}
		})
	}
}

// FuzzToUTF8 checks that every body comes out as valid UTF-8, whatever it
// and its Content-Type hold.
func FuzzToUTF8(f *testing.F) {
	f.Add([]byte("Z\xfcrich"), "text/html")
	f.Add([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?><a>Z`+"\xfc"+`</a>`), "")
	f.Add([]byte(`<meta charset="shift_jis">`+"\x82\xa0"), "text/html")
	f.Add([]byte("\xff\xfeZ\x00\xfc"), "text/plain; charset=utf-8")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		h := http.Header{"Content-Type": {contentType}}
		raw, err := io.ReadAll(headerCharset(h, io.NopCloser(strings.NewReader(string(body)))))
		if err != nil {
			t.Skip() // a decoder error is reported as a failed fetch
		}
		if got := toUTF8(raw, h.Get("Content-Type")); !utf8.Valid(got) {
			t.Errorf("toUTF8(%q, %q) = %q; not valid UTF-8", body, contentType, got)
		}
	})
}
