package index

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/klauspost/compress/flate"
)

// A posting is kept whole in one stored field, fJSON: its JSON, description
// and duplicate mark included, deflated with a preset dictionary of what
// postings share (field names, common values, the words of job ads), behind a
// format byte. A posting of a few kilobytes deflates to about a third, where
// the segment's own snappy compression of two stored fields kept about half.
// Indexes of mapping version 1 hold plain JSON there and the description in a
// stored field of its own; both are read.

// storedDeflate is the format byte of a deflated posting; plain JSON starts
// with '{'.
const storedDeflate = 0x01

// storedDict is the preset dictionary of storedDeflate: the field names and
// common values of a posting's JSON, and common words of job ads (nothing
// taken from a benchmark's postings). It must never change: postings on disk
// were deflated with it; a new dictionary needs a new format byte. What is
// nearer its end is cheaper to refer to.
const storedDict = `Responsibilities Requirements Qualifications Benefits About the role About us ` +
	`What you will do What we are looking for Nice to have Preferred qualifications You will the product team ` +
	`with and of to in for our customers experience years engineering design data strategy roadmap ` +
	`stakeholders analytics research launch metrics business market growth platform mission culture ` +
	`ownership equity compensation leave insurance remote hybrid employer opportunity applicants ` +
	`{"id":"greenhouse:","source":"","source_kind":"greenhouse","board":"","job_id":"","company":"","title":` +
	`"Senior Product Manager","department":"Product","role":"product manager","seniority":"senior","locations":` +
	`["Remote"],"country":"US","workplace":"remote","employment_type":"full-time","salary":{"min":100000,` +
	`"max":150000,"currency":"USD","period":"year"},"url":"https://jobs.","description":"","posted":` +
	`"2025-01-01T00:00:00Z","first_seen":"2025-01-01T00:00:00Z","last_seen":"2025-01-01T00:00:00Z","closed":` +
	`"2025-01-01T00:00:00Z","skills":[{"id":"","level":"required","evidence":"Experience with ","expected":3}],` +
	`"domains":[""],"years_min":5,"dup_of":""}`

// storedLevel is the deflate level. The deflate is klauspost/compress's,
// whose output any inflater reads: on the benchmark's postings its level 5
// is 2.5% smaller than the standard library's level 2 (which mapping
// versions up to 4 wrote) in half the time, and its inflate is faster too.
const storedLevel = 5

// codec deflates and inflates stored postings, reusing its compressors. It
// is safe for concurrent use.
type codec struct {
	writers chan *flate.Writer
	readers chan io.ReadCloser
}

func newCodec() *codec {
	return &codec{writers: make(chan *flate.Writer, 4), readers: make(chan io.ReadCloser, 4)}
}

// encode is the stored form of s.
func (c *codec) encode(s stored) ([]byte, error) {
	js, err := json.Marshal(s)
	if err != nil {
		return nil, fmt.Errorf("encode posting %s: %w", s.ID, err)
	}
	var buf bytes.Buffer
	buf.Grow(len(js)/3 + 64)
	buf.WriteByte(storedDeflate)
	var w *flate.Writer
	select {
	case w = <-c.writers:
		w.Reset(&buf)
	default:
		if w, err = flate.NewWriterDict(&buf, storedLevel, []byte(storedDict)); err != nil {
			return nil, fmt.Errorf("encode posting %s: %w", s.ID, err)
		}
	}
	if _, err = w.Write(js); err == nil {
		err = w.Close()
	}
	if err != nil {
		return nil, fmt.Errorf("encode posting %s: %w", s.ID, err)
	}
	select {
	case c.writers <- w:
	default:
	}
	return buf.Bytes(), nil
}

// decode reads a stored posting: js is the fJSON field, desc the description
// field of mapping version 1 (empty otherwise).
func (c *codec) decode(id string, js, desc []byte) (stored, error) {
	var s stored
	if err := c.decodeInto(id, js, &s); err != nil {
		return stored{}, err
	}
	if len(desc) > 0 {
		s.Description = string(desc)
	}
	return s, nil
}

// decodeInto decodes the stored posting js into v, a stored or a struct
// with some of its fields.
func (c *codec) decodeInto(id string, js []byte, v any) error {
	if len(js) == 0 {
		return fmt.Errorf("decode posting %s: nothing stored", id)
	}
	if js[0] == storedDeflate {
		plain, err := c.inflate(js[1:])
		if err != nil {
			return fmt.Errorf("decode posting %s: inflate: %w", id, err)
		}
		js = plain
	}
	if err := json.Unmarshal(js, v); err != nil {
		return fmt.Errorf("decode posting %s: %w", id, err)
	}
	return nil
}

func (c *codec) inflate(b []byte) ([]byte, error) {
	var r io.ReadCloser
	select {
	case r = <-c.readers:
		if err := r.(flate.Resetter).Reset(bytes.NewReader(b), []byte(storedDict)); err != nil {
			return nil, err
		}
	default:
		r = flate.NewReaderDict(bytes.NewReader(b), []byte(storedDict))
	}
	var out bytes.Buffer
	out.Grow(3 * len(b))
	_, err := out.ReadFrom(r)
	if err == nil {
		err = r.Close()
	}
	if err != nil {
		return nil, err
	}
	select {
	case c.readers <- r:
	default:
	}
	return out.Bytes(), nil
}
