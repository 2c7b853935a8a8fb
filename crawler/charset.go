package crawler

import (
	"bytes"
	"io"
	"mime"
	"net/http"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Every body the parsers see is UTF-8. The encoding is found as browsers do
// (WHATWG "determining the character encoding"), in this order:
//
//  1. a byte-order mark;
//  2. the charset of the Content-Type header (decoded while streaming, in
//     limitTransport, so that MaxBodyBytes bounds the UTF-8 bytes);
//  3. the encoding of an XML declaration (<?xml … encoding="…"?>);
//  4. a <meta charset> or <meta http-equiv="Content-Type"> in the first 1024
//     bytes of an HTML page;
//  5. otherwise UTF-8 when the body is valid UTF-8 or holds valid multi-byte
//     sequences among stray bytes (those become U+FFFD), else windows-1252 —
//     the web's fallback for undeclared legacy pages.
//
// Unknown labels are ignored (the next rule applies), so toUTF8 always
// returns valid UTF-8. After decoding, an XML
// declaration is rewritten to say UTF-8, so that the feed parser does not
// decode the text a second time.

// prescanBytes is how much of a page is searched for a <meta> charset.
const prescanBytes = 1024

// xmlDecl matches the encoding of an XML declaration at the start of a body.
var xmlDecl = regexp.MustCompile(`^(\s*<\?xml[^>]*?\bencoding\s*=\s*["'])([^"']*)(["'])`)

// headerCharset rewrites the charset parameter of a response's Content-Type:
// a known legacy charset is decoded from body, streaming, and declared as
// utf-8; an unknown one is dropped (the body is then sniffed like an
// undeclared one). Without the rewrite colly would decode the body again
// (guessing windows-1252 for unknown labels).
func headerCharset(hdr http.Header, body io.ReadCloser) io.ReadCloser {
	ct := hdr.Get("Content-Type")
	if !strings.Contains(strings.ToLower(ct), "charset") {
		return body
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		hdr.Set("Content-Type", strings.TrimSpace(strings.Split(ct, ";")[0]))
		return body
	}
	e, name := charset.Lookup(params["charset"])
	switch {
	case e == nil:
		delete(params, "charset")
	case name == "utf-8":
		params["charset"] = "utf-8"
	default:
		params["charset"] = "utf-8"
		body = readCloser{transform.NewReader(body, unicode.BOMOverride(e.NewDecoder())), body}
	}
	hdr.Set("Content-Type", mime.FormatMediaType(mt, params))
	return body
}

type readCloser struct {
	io.Reader
	io.Closer
}

// toUTF8 returns body as valid UTF-8 following the rules above, whatever it
// holds. contentType is the response's Content-Type after headerCharset.
func toUTF8(body []byte, contentType string) []byte {
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		// Decoded in the transport, or declared UTF-8.
		return markUTF8(validUTF8(bytes.TrimPrefix(body, []byte("\ufeff"))))
	}
	if e := bomEncoding(body); e != nil {
		return markUTF8(decode(body, unicode.BOMOverride(e.NewDecoder())))
	}
	label := ""
	if m := xmlDecl.FindSubmatch(body); m != nil {
		label = string(m[2])
	} else {
		label = metaCharset(body)
	}
	if e, name := charset.Lookup(label); e != nil {
		if name == "utf-8" || strings.HasPrefix(name, "utf-16") { // a page in UTF-16 has a BOM
			return markUTF8(validUTF8(body))
		}
		return markUTF8(decode(body, e.NewDecoder()))
	}
	switch {
	case utf8.Valid(body):
		return markUTF8(body)
	case hasMultibyte(body):
		return markUTF8(validUTF8(body))
	}
	return markUTF8(decode(body, charmap.Windows1252.NewDecoder()))
}

// bomEncoding is the encoding a byte-order mark names, or nil.
func bomEncoding(body []byte) encoding.Encoding {
	switch {
	case bytes.HasPrefix(body, []byte{0xef, 0xbb, 0xbf}):
		return unicode.UTF8BOM
	case bytes.HasPrefix(body, []byte{0xfe, 0xff}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	case bytes.HasPrefix(body, []byte{0xff, 0xfe}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	}
	return nil
}

// decode converts body with dec; decoders of legacy charsets never fail, and
// invalid input becomes U+FFFD.
func decode(body []byte, dec transform.Transformer) []byte {
	out, _, err := transform.Bytes(dec, body)
	if err != nil {
		return validUTF8(body)
	}
	return out
}

// validUTF8 replaces each run of invalid bytes with one U+FFFD.
func validUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD"))
}

// hasMultibyte reports whether b holds at least one valid multi-byte UTF-8
// sequence: then stray bytes are errors in a UTF-8 text, not a legacy charset.
func hasMultibyte(b []byte) bool {
	for len(b) > 0 {
		i := bytes.IndexFunc(b, func(r rune) bool { return r >= 0x80 })
		if i < 0 {
			return false
		}
		r, size := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || size > 1 {
			return true
		}
		b = b[i+1:]
	}
	return false
}

// markUTF8 makes an XML declaration at the start of a decoded body say UTF-8.
func markUTF8(body []byte) []byte {
	m := xmlDecl.FindSubmatchIndex(body)
	if m == nil || strings.EqualFold(string(body[m[4]:m[5]]), "utf-8") {
		return body
	}
	out := make([]byte, 0, len(body))
	out = append(out, body[:m[4]]...)
	out = append(out, "UTF-8"...)
	return append(out, body[m[5]:]...)
}

// metaCharset is the charset label a <meta> element declares in the first
// prescanBytes of an HTML page, or "".
func metaCharset(body []byte) string {
	head := bytes.TrimLeft(body[:min(len(body), prescanBytes)], " \t\r\n")
	if !bytes.HasPrefix(head, []byte("<")) {
		return "" // not markup (JSON): a "<meta" inside a string is not a declaration
	}
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			if t.DataAtom != atom.Meta {
				continue
			}
			if cs := attr(t, "charset"); cs != "" {
				return strings.TrimSpace(cs)
			}
			if strings.EqualFold(strings.TrimSpace(attr(t, "http-equiv")), "content-type") {
				if _, params, err := mime.ParseMediaType(attr(t, "content")); err == nil && params["charset"] != "" {
					return params["charset"]
				}
			}
		}
	}
}
