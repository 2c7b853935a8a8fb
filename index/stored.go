package index

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"fmt"
	"io"
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

// storedDict is the preset dictionary of storedDeflate. It must never change:
// postings on disk were deflated with it. A new dictionary needs a new format
// byte. Deflate looks back at most 32 KiB, and prefers what is near the end.
const storedDict = `Responsibilities Requirements Qualifications Benefits About the role About us What you will do ` +
	`What we are looking for Nice to have Preferred qualifications Bonus points You will Work closely with ` +
	`engineering, design, data science, marketing, sales and customer success teams. Define the product vision, ` +
	`strategy and roadmap. Own the product lifecycle from discovery through launch and iteration. Partner with ` +
	`stakeholders across the business. Drive alignment and prioritization. Write clear requirements and user ` +
	`stories. Analyze data and metrics to make decisions. Conduct user research and customer interviews. ` +
	`years of experience in product management experience with strong communication skills Experience with ` +
	`Familiarity with a plus ability to bachelor's degree in computer science, engineering or a related field ` +
	`We offer competitive salary, equity, health insurance, paid time off, parental leave, remote work and a ` +
	`learning budget. We are an equal opportunity employer and welcome applicants from all backgrounds. ` +
	`"level":"preferred","evidence":"` +
	`{"id":"greenhouse:","source":"","source_kind":"greenhouse","board":"","job_id":"","company":"","title":` +
	`"Senior Product Manager","department":"Product","role":"product manager","seniority":"senior","locations":` +
	`["Remote"],"country":"US","workplace":"remote","employment_type":"full-time","salary":{"min":100000,` +
	`"max":150000,"currency":"USD","period":"year"},"url":"https://jobs.","description":"","posted":"2025-01-01T00:00:00Z",` +
	`"first_seen":"2025-01-01T00:00:00Z","last_seen":"2025-01-01T00:00:00Z","closed":"2025-01-01T00:00:00Z",` +
	`"skills":[{"id":"","level":"required","evidence":"Experience with ","expected":3}],"domains":[""],"years_min":5,"dup_of":""}`

// storedLevel is the deflate level: the fastest level that uses the
// dictionary (level 1 ignores it), about 40% smaller than level 1 on postings.
const storedLevel = 2

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
	if len(js) == 0 {
		return stored{}, fmt.Errorf("decode posting %s: nothing stored", id)
	}
	if js[0] == storedDeflate {
		plain, err := c.inflate(js[1:])
		if err != nil {
			return stored{}, fmt.Errorf("decode posting %s: inflate: %w", id, err)
		}
		js = plain
	}
	var s stored
	if err := json.Unmarshal(js, &s); err != nil {
		return stored{}, fmt.Errorf("decode posting %s: %w", id, err)
	}
	if len(desc) > 0 {
		s.Description = string(desc)
	}
	return s, nil
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

// decodeStored is codec.decode without reuse, for occasional reads.
func decodeStored(id string, js, desc []byte) (stored, error) {
	return newCodec().decode(id, js, desc)
}
