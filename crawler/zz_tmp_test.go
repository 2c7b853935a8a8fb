package crawler

import (
	"bytes"
	"testing"
	"time"

	skillgap "github.com/skillgap/skillgap"
)

func TestZZHostile(t *testing.T) {
	b := bytes.Replace(faultFixture(t, "hostile-jsonld.html"), []byte("HUGE"), bytes.Repeat([]byte("A"), 1<<20), 1)
	t0 := time.Now()
	ps, _ := ParseJSONLD(b, "http://127.0.0.1/jobs", skillgap.Source{Name: "x"})
	t1 := time.Now()
	JobLinks(b, "http://127.0.0.1/jobs")
	t2 := time.Now()
	f, _ := NewTitleFilter(nil, nil)
	keep(ps, f)
	t.Logf("parse %v links %v keep %v", t1.Sub(t0), t2.Sub(t1), time.Since(t2))
}
