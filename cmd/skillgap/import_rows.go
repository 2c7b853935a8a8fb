package main

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/skillgap/skillgap"
)

// jobSpyColumns are the columns of JobSpy's CSV that import reads, named as
// JobSpy writes them (desired_order in jobspy/util.py of speedyapply/JobSpy:
// id, site, job_url, job_url_direct, title, company, location, date_posted,
// job_type, salary_source, interval, min_amount, max_amount, currency,
// is_remote, job_level, job_function, listing_type, emails, description,
// company_*, …). The others are ignored. The JSON-lines format uses the same
// names as object keys.
var jobSpyColumns = []string{"id", "site", "job_url", "job_url_direct", "title", "company", "location",
	"date_posted", "job_type", "interval", "min_amount", "max_amount", "currency", "is_remote", "description"}

// importRow is one row read: its posting and site, or why it was skipped.
type importRow struct {
	site    string
	posting skillgap.Posting
	err     error // "file:line: field: what is wrong"
}

// rowError is a bad row: where and which field.
type rowError struct {
	File  string
	Line  int
	Field string
	Err   error
}

func (e *rowError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s:%d: %s: %v", e.File, e.Line, e.Field, e.Err)
}

func (e *rowError) Unwrap() error { return e.Err }

// readJobSpyCSV reads a CSV with a header row naming JobSpy's columns. The
// header must have title and job_url; a row that does not parse is skipped
// with its line (the line where the record starts).
func readJobSpyCSV(r io.Reader, file string) ([]importRow, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s:1: header: %w", file, err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	for _, need := range []string{"title", "job_url"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("%s:1: header: no %s column (want JobSpy's columns: %s)", file, need, strings.Join(jobSpyColumns, ", "))
		}
	}
	var rows []importRow
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		var line int
		var pe *csv.ParseError
		switch {
		case err == nil:
			line, _ = cr.FieldPos(0)
		case !errors.As(err, &pe):
			return rows, fmt.Errorf("read %s: %w", file, err)
		case pe.Err != csv.ErrFieldCount:
			// a broken quote makes the rest of the file unreadable
			return rows, &rowError{File: file, Line: pe.StartLine, Err: pe.Err}
		default:
			line = pe.StartLine // a row of the wrong width is judged by its fields
		}
		get := func(name string) string {
			if i, ok := col[name]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		rows = append(rows, rowOf(get, file, line))
	}
}

// readJSONLines reads one JSON object per line with JobSpy's field names;
// blank lines are skipped. Numbers may be JSON numbers or strings.
func readJSONLines(r io.Reader, file string) ([]importRow, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	var rows []importRow
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var obj map[string]any
		if err := json.Unmarshal(b, &obj); err != nil {
			rows = append(rows, importRow{err: &rowError{File: file, Line: line, Err: fmt.Errorf("not a JSON object: %w", err)}})
			continue
		}
		get := func(name string) string {
			switch v := obj[name].(type) {
			case string:
				return strings.TrimSpace(v)
			case float64:
				return strconv.FormatFloat(v, 'f', -1, 64)
			case bool:
				return strconv.FormatBool(v)
			}
			return ""
		}
		rows = append(rows, rowOf(get, file, line))
	}
	if err := sc.Err(); err != nil {
		return rows, fmt.Errorf("read %s: %w", file, err)
	}
	return rows, nil
}

// rowOf builds the posting of one row from its fields.
func rowOf(get func(string) string, file string, line int) importRow {
	bad := func(field string, err error) importRow {
		return importRow{err: &rowError{File: file, Line: line, Field: field, Err: err}}
	}
	site := strings.ToLower(get("site"))
	title := get("title")
	if title == "" {
		return bad("title", errors.New("empty"))
	}
	u := cmp.Or(get("job_url"), get("job_url_direct"))
	if u == "" {
		return bad("job_url", errors.New("empty"))
	}
	if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
		return bad("job_url", fmt.Errorf("%q is not an http(s) URL", u))
	}
	src := importSource(site)
	p := skillgap.Posting{
		ID:          skillgap.PostingID("import", site, get("id"), u),
		Source:      src,
		SourceKind:  "import",
		Board:       site,
		JobID:       get("id"),
		Company:     get("company"),
		Title:       title,
		URL:         u,
		Description: get("description"),
	}
	if loc := get("location"); loc != "" {
		p.Locations = []string{loc}
	}
	if d := get("date_posted"); d != "" {
		t, err := parseImportDate(d)
		if err != nil {
			return bad("date_posted", err)
		}
		p.Posted = t
	}
	if strings.EqualFold(get("is_remote"), "true") {
		p.Workplace = skillgap.Remote
	}
	pay, err := payOf(get)
	if err != nil {
		return bad(err.(*rowError).Field, err.(*rowError).Err)
	}
	p.Salary = pay
	return importRow{site: site, posting: p}
}

// payOf reads min_amount, max_amount, interval and currency; nil without amounts.
func payOf(get func(string) string) (*skillgap.Pay, error) {
	var pay skillgap.Pay
	for _, f := range []struct {
		name string
		to   *float64
	}{{"min_amount", &pay.Min}, {"max_amount", &pay.Max}} {
		v := get(f.name)
		if v == "" || strings.EqualFold(v, "nan") {
			continue
		}
		n, err := strconv.ParseFloat(v, 64)
		if err != nil || n < 0 {
			return nil, &rowError{Field: f.name, Err: fmt.Errorf("%q is not an amount", v)}
		}
		*f.to = n
	}
	if pay.Min == 0 && pay.Max == 0 {
		return nil, nil
	}
	if pay.Max != 0 && pay.Min > pay.Max {
		return nil, &rowError{Field: "min_amount", Err: fmt.Errorf("%v is over max_amount %v", pay.Min, pay.Max)}
	}
	if iv := strings.ToLower(get("interval")); iv != "" {
		period := skillgap.PayPeriod(iv) // JobSpy writes yearly, monthly, weekly, daily, hourly
		if period == "" {
			return nil, &rowError{Field: "interval", Err: fmt.Errorf("%q: want yearly, monthly, weekly, daily or hourly", iv)}
		}
		pay.Period = period
	}
	pay.Currency = strings.ToUpper(get("currency"))
	return &pay, nil
}

// parseImportDate reads JobSpy's date_posted (2026-03-01) or an RFC 3339 time.
func parseImportDate(s string) (time.Time, error) {
	for _, layout := range []string{time.DateOnly, time.RFC3339, "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q: want a date like 2026-03-01", s)
}
