package skillgap

import (
	"encoding/json"
	"fmt"
)

// MarshalJSON writes the day as "2006-01-02" ("" for the zero Date). Without
// it, encoding/json would use the MarshalJSON promoted from the embedded
// time.Time and write a full RFC 3339 time.
func (d Date) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON reads a day written as "2006-01-02" (an RFC 3339 time is
// accepted and truncated; "" and null mean the zero Date).
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("date %s: want a string YYYY-MM-DD", b)
	}
	return d.UnmarshalText([]byte(s))
}
