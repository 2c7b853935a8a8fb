package index

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/klauspost/compress/flate"
)

func TestScratchLevels(t *testing.T) {
	if os.Getenv("SCRATCH") == "" {
		t.Skip()
	}
	next := benchSource(t, 3000)
	var jss [][]byte
	for i := 0; i < 3000; i++ {
		ps := next()
		js, _ := json.Marshal(stored{Posting: ps[0]})
		jss = append(jss, js)
	}
	for _, lvl := range []int{1, 2, 3, 4, 5, 6} {
		w, _ := flate.NewWriterDict(nil, lvl, []byte(storedDict))
		n := 0
		start := time.Now()
		for rep := 0; rep < 3; rep++ {
			for _, js := range jss {
				var buf bytes.Buffer
				w.Reset(&buf)
				w.Write(js)
				w.Close()
				n += buf.Len()
			}
		}
		t.Logf("level %d: %.1f B, %v per posting", lvl, float64(n)/9000, time.Since(start)/9000)
	}
}
