package crawler

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
)

// demoRobots is the robots.txt of the demo server: everything may be fetched.
const demoRobots = "User-agent: *\nAllow: /\n"

// DemoHandler serves a sample market laid out like the real APIs (paths as the real endpoints,
// query strings ignored), with a permissive robots.txt, ETag headers, correct Content-Types.
//
// A request path maps to a file of fsys by trying, in order, the path itself and
// the path with ".json" and ".xml" appended, so that fsys file
// "v1/boards/acme/jobs.json" answers GET /v1/boards/acme/jobs?content=true; a
// path ending in "/" serves its directory's index.html, and a directory asked for
// without the slash is redirected to it. Only GET and HEAD are allowed;
// If-None-Match is answered with 304 Not Modified.
func DemoHandler(fsys fs.FS) http.Handler { return demoHandler{fsys: fsys} }

type demoHandler struct{ fsys fs.FS }

func (h demoHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, dir := h.resolve(r.URL.Path)
	switch {
	case dir:
		http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
		return
	case name == "" && r.URL.Path == "/robots.txt":
		serveDemoFile(w, r, "robots.txt", []byte(demoRobots))
		return
	case name == "":
		http.NotFound(w, r)
		return
	}
	b, err := fs.ReadFile(h.fsys, name)
	if err != nil {
		http.Error(w, "cannot read "+name, http.StatusInternalServerError)
		return
	}
	serveDemoFile(w, r, name, b)
}

// resolve finds the file that answers urlPath. It returns dir when urlPath names
// a directory with an index.html but lacks the trailing slash, and "" when no
// file answers.
func (h demoHandler) resolve(urlPath string) (name string, dir bool) {
	clean := strings.TrimPrefix(path.Clean("/"+urlPath), "/")
	if clean == "" {
		clean = "."
	}
	if !fs.ValidPath(clean) {
		return "", false
	}
	if strings.HasSuffix(urlPath, "/") {
		if idx := path.Join(clean, "index.html"); h.isFile(idx) {
			return idx, false
		}
		return "", false
	}
	for _, c := range []string{clean, clean + ".json", clean + ".xml"} {
		if h.isFile(c) {
			return c, false
		}
	}
	return "", clean != "." && h.isFile(path.Join(clean, "index.html"))
}

func (h demoHandler) isFile(name string) bool {
	fi, err := fs.Stat(h.fsys, name)
	return err == nil && fi.Mode().IsRegular()
}

// serveDemoFile answers with b, its Content-Type from the name and an ETag from
// its content; http.ServeContent handles HEAD, If-None-Match and ranges.
func serveDemoFile(w http.ResponseWriter, r *http.Request, name string, b []byte) {
	sum := sha256.Sum256(b)
	w.Header().Set("Content-Type", demoContentType(name))
	w.Header().Set("ETag", `"`+hex.EncodeToString(sum[:12])+`"`)
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(b))
}

// demoContentType is the Content-Type the real sources send for a file like name.
func demoContentType(name string) string {
	switch path.Ext(name) {
	case ".json":
		return "application/json; charset=utf-8"
	case ".xml":
		return "application/rss+xml; charset=utf-8"
	case ".html":
		return "text/html; charset=utf-8"
	case ".txt":
		return "text/plain; charset=utf-8"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}
