package index

import (
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"

	bindex "github.com/blevesearch/bleve_index_api"
	"github.com/klauspost/compress/s2"
)

// Segment files are compressed piece by piece through zap's file callbacks:
// zap hands each piece it writes (a chunk of term locations, of frequencies,
// of doc values, a postings bitmap, a dictionary, a stored document) to
// bleve's WriterHook and each piece it reads to the ReaderHook. Term
// locations are most of an index and compress well: the field number and
// the zeroed offsets (dropOffsets) repeat in every one. A piece is written
// behind a byte that says how: segRaw when it would not shrink (stored
// postings are deflated already), segS2 when s2 shrank it.
//
// Only segments that scorch merges on disk are compressed (persistingNew).
// A segment names its callback in its footer, so raw segments (callback "",
// as every segment was before) are read as they are, and merges rewrite
// them compressed. A skillgap built before this cannot read a compressed
// segment.
const segCompressID = "skillgap-s2"

const (
	segRaw = 0
	segS2  = 1
)

// segMinCompress is the size below which a piece is kept raw: s2 saves
// nothing on a few bytes.
const segMinCompress = 64

// writeRawSegments makes new segments be written as skillgap wrote them
// before it compressed them (tests of reading those).
var writeRawSegments atomic.Bool

func init() {
	bindex.WriterHook = func(context []byte) (string, func([]byte) []byte, error) {
		if !strings.HasSuffix(string(context), ".zap") || writeRawSegments.Load() || persistingNew() {
			return "", nil, nil // as bleve writes it
		}
		return segCompressID, compressPiece, nil
	}
	bindex.ReaderHook = func(id string, context []byte) (func([]byte) ([]byte, error), error) {
		switch id {
		case "":
			return nil, nil
		case segCompressID:
			return decompressPiece, nil
		}
		return nil, fmt.Errorf("index file %s: written by an unknown callback %q (a newer skillgap?)", context, id)
	}
}

func compressPiece(data []byte) []byte {
	if len(data) >= segMinCompress {
		buf := make([]byte, 1+s2.MaxEncodedLen(len(data)))
		if enc := s2.EncodeBetter(buf[1:], data); len(enc) < len(data) {
			buf[0] = segS2
			return buf[:1+len(enc)]
		}
	}
	out := make([]byte, 1+len(data))
	out[0] = segRaw
	copy(out[1:], data)
	return out
}

func decompressPiece(p []byte) ([]byte, error) {
	if len(p) == 0 {
		return p, nil // zap may load an empty chunk it never wrote
	}
	switch p[0] {
	case segRaw:
		return p[1:], nil
	case segS2:
		return s2.Decode(nil, p[1:])
	}
	return nil, fmt.Errorf("index piece: unknown kind %d", p[0])
}

// persistingNew reports whether the caller is scorch persisting new
// batches' segments: one as zap built it in memory, or several merged in
// memory first. Those are written as bleve built them, raw. zap builds a
// batch's segment without the callback, so compressing it meant encoding it
// a second time, and a merge through the callback cannot copy postings
// byte for byte; the file merges that follow write those postings again
// anyway, compressed. This halved what the compression cost a bulk build.
// The check is by name on the call stack; should bleve or zap rename these
// functions, new segments are compressed as they are persisted: still
// correct, only slower.
func persistingNew() bool {
	var pcs [16]uintptr
	n := runtime.Callers(2, pcs[:])
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if strings.HasSuffix(f.Function, ".PersistSegmentBase") ||
			strings.Contains(f.Function, ".mergeAndPersistInMemorySegments") {
			return true
		}
		if !more {
			return false
		}
	}
}
