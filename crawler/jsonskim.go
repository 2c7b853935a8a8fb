package crawler

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// A board document is mostly job descriptions, and most jobs are not product
// roles. So a board is not decoded whole: it is skimmed once for the bounds of
// each job and the few members the title filter needs, and only the jobs the
// filter keeps are decoded (and validated) with encoding/json. Skimming finds a
// string's end with bytes.IndexByte instead of stepping encoding/json's scanner
// through every byte, and copies nothing.

// errNoJobs: the document has no list of jobs where the kind keeps it.
var errNoJobs = errors.New("no jobs list in response")

// maxSkimDepth bounds nesting, as encoding/json does.
const maxSkimDepth = 10000

// boardSkim says where a board document keeps its jobs and what to pick out.
type boardSkim struct {
	// Key is the member of the top-level object that holds the jobs array;
	// empty means the document is the array itself (Lever).
	Key string
	// Top names other members of the top-level object whose raw values each
	// returns.
	Top []string
	// Head names members of each job whose raw values fn is given.
	Head []string
}

// each calls fn with every element of the jobs array: its bytes and the raw
// values of s.Head in it (nil when absent; the last one when repeated; names
// match case-insensitively, as encoding/json matches fields). fn must not keep
// head. A job for which fn fails is skipped, so that one odd job does not cost
// the whole board; each fails when the document is not JSON, has no jobs list,
// or has jobs and fn failed for every one. top holds the raw values of s.Top.
func (s boardSkim) each(body []byte, fn func(job []byte, head [][]byte) error) (top [][]byte, err error) {
	sk := &skimmer{b: body}
	top = make([][]byte, len(s.Top))
	found := false
	sk.ws()
	if s.Key == "" {
		found = true
		err = sk.jobs(s.Head, fn)
	} else {
		err = sk.topLevel(s, top, fn, &found)
	}
	if err == nil {
		if sk.ws(); sk.i < len(body) {
			err = sk.errorf("data after the top-level value")
		}
	}
	var syntax *skimError
	if errors.As(err, &syntax) {
		// Not JSON: encoding/json says why, in its own words and type.
		if jerr := json.Unmarshal(body, new(json.RawMessage)); jerr != nil {
			return nil, jerr
		}
		return nil, err
	}
	if err == nil && !found {
		err = errNoJobs
	}
	return top, err
}

// topLevel skims the top-level object, reading the jobs under s.Key.
func (sk *skimmer) topLevel(s boardSkim, top [][]byte, fn func([]byte, [][]byte) error, found *bool) error {
	if err := sk.begin('{'); err != nil {
		return err
	}
	for more := !sk.end('}'); more; {
		key, err := sk.key()
		if err != nil {
			return err
		}
		start := sk.i
		switch {
		case nameIs(key, s.Key) && sk.at('['):
			*found = true
			err = sk.jobs(s.Head, fn)
		case nameIs(key, s.Key) && !sk.at('n'):
			return fmt.Errorf("%s is not a list", s.Key)
		default:
			err = sk.value()
		}
		if err != nil {
			return err
		}
		for i, name := range s.Top {
			if nameIs(key, name) {
				top[i] = sk.b[start:sk.i]
			}
		}
		if more, err = sk.after('}'); err != nil {
			return err
		}
	}
	return nil
}

// jobs skims the jobs array at sk.i and calls fn for each element.
func (sk *skimmer) jobs(head []string, fn func([]byte, [][]byte) error) error {
	if err := sk.begin('['); err != nil {
		return err
	}
	var first error
	n, ok := 0, 0
	vals := make([][]byte, len(head))
	for more := !sk.end(']'); more; n++ {
		clear(vals)
		start := sk.i
		if err := sk.job(head, vals); err != nil {
			return err
		}
		if err := fn(sk.b[start:sk.i], vals); err == nil {
			ok++
		} else if first == nil {
			first = fmt.Errorf("job %d: %w", n, err)
		}
		var err error
		if more, err = sk.after(']'); err != nil {
			return err
		}
	}
	if ok == 0 && first != nil {
		return first
	}
	return nil
}

// job skims one element of the jobs array, picking out the head members.
func (sk *skimmer) job(head []string, vals [][]byte) error {
	if !sk.at('{') {
		return sk.value()
	}
	if err := sk.begin('{'); err != nil {
		return err
	}
	for more := !sk.end('}'); more; {
		key, err := sk.key()
		if err != nil {
			return err
		}
		start := sk.i
		if err := sk.value(); err != nil {
			return err
		}
		for i, name := range head {
			if nameIs(key, name) {
				vals[i] = sk.b[start:sk.i]
			}
		}
		if more, err = sk.after('}'); err != nil {
			return err
		}
	}
	return nil
}

// nameIs reports whether key, a raw JSON string, is name.
func nameIs(key []byte, name string) bool {
	return len(key) == len(name)+2 && bytes.EqualFold(key[1:len(key)-1], []byte(name))
}

// skimmer walks JSON text without decoding it.
type skimmer struct {
	b     []byte
	i     int
	depth int
}

// skimError is a document that is not JSON.
type skimError struct {
	msg    string
	offset int
}

func (e *skimError) Error() string { return fmt.Sprintf("%s at byte %d", e.msg, e.offset) }

func (s *skimmer) errorf(format string, args ...any) error {
	return &skimError{msg: fmt.Sprintf(format, args...), offset: s.i}
}

func (s *skimmer) ws() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

func (s *skimmer) at(c byte) bool { return s.i < len(s.b) && s.b[s.i] == c }

// begin enters the object or array that opens with c at s.i.
func (s *skimmer) begin(c byte) error {
	if !s.at(c) {
		return s.errorf("want %q", c)
	}
	if s.depth++; s.depth > maxSkimDepth {
		return s.errorf("exceeded max depth")
	}
	s.i++
	s.ws()
	return nil
}

// end leaves the container when close is next (an empty one).
func (s *skimmer) end(close byte) bool {
	if !s.at(close) {
		return false
	}
	s.i++
	s.depth--
	return true
}

// after reads what follows a member or element: a comma (more follows) or
// close (the container ends).
func (s *skimmer) after(close byte) (more bool, err error) {
	s.ws()
	switch {
	case s.at(','):
		s.i++
		s.ws()
		return true, nil
	case s.end(close):
		return false, nil
	}
	return false, s.errorf("want ',' or %q", close)
}

// key reads an object key and its colon; it returns the key with its quotes.
func (s *skimmer) key() ([]byte, error) {
	if !s.at('"') {
		return nil, s.errorf("want an object key")
	}
	start := s.i
	if err := s.str(); err != nil {
		return nil, err
	}
	key := s.b[start:s.i]
	if s.ws(); !s.at(':') {
		return nil, s.errorf("want ':'")
	}
	s.i++
	s.ws()
	return key, nil
}

// value skips one value.
func (s *skimmer) value() error {
	if s.i >= len(s.b) {
		return s.errorf("unexpected end")
	}
	switch c := s.b[s.i]; {
	case c == '{':
		return s.container('{', '}')
	case c == '[':
		return s.container('[', ']')
	case c == '"':
		return s.str()
	case c == 't':
		return s.literal("true")
	case c == 'f':
		return s.literal("false")
	case c == 'n':
		return s.literal("null")
	case c == '-' || ('0' <= c && c <= '9'):
		for s.i++; s.i < len(s.b); s.i++ {
			if c := s.b[s.i]; !('0' <= c && c <= '9') && c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-' {
				break
			}
		}
		return nil
	default:
		return s.errorf("invalid character %q", c)
	}
}

// container skips an object or an array.
func (s *skimmer) container(open, close byte) error {
	if err := s.begin(open); err != nil {
		return err
	}
	for more := !s.end(close); more; {
		if open == '{' {
			if _, err := s.key(); err != nil {
				return err
			}
		}
		if err := s.value(); err != nil {
			return err
		}
		var err error
		if more, err = s.after(close); err != nil {
			return err
		}
	}
	return nil
}

func (s *skimmer) literal(lit string) error {
	if !bytes.HasPrefix(s.b[s.i:], []byte(lit)) {
		return s.errorf("invalid literal")
	}
	s.i += len(lit)
	return nil
}

// str skips a string, finding its end quote by searching, not stepping.
func (s *skimmer) str() error {
	for i := s.i + 1; ; {
		j := bytes.IndexByte(s.b[i:], '"')
		if j < 0 {
			return s.errorf("unterminated string")
		}
		i += j
		backslashes := 0
		for k := i - 1; k > s.i && s.b[k] == '\\'; k-- {
			backslashes++
		}
		i++
		if backslashes%2 == 0 {
			s.i = i
			return nil
		}
	}
}
