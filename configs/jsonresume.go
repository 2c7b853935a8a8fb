package configs

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/skillgap/skillgap"
)

// JSONResumeHoursPerWeek is the development time assumed for a JSON Resume, which
// has no field for it; `skillgap plan` says so and the user can edit the plan.
const JSONResumeHoursPerWeek = 5

// jsonResume is the part of a JSON Resume (jsonresume.org schema v1) that
// skillgap reads.
type jsonResume struct {
	Basics struct {
		Name     string `json:"name"`
		Label    string `json:"label"`
		Location struct {
			City        string `json:"city"`
			Region      string `json:"region"`
			CountryCode string `json:"countryCode"`
		} `json:"location"`
	} `json:"basics"`
	Work []struct {
		Name       string   `json:"name"`
		Position   string   `json:"position"`
		StartDate  string   `json:"startDate"`
		EndDate    string   `json:"endDate"`
		Highlights []string `json:"highlights"`
	} `json:"work"`
	Skills []struct {
		Name     string   `json:"name"`
		Level    string   `json:"level"`
		Keywords []string `json:"keywords"`
	} `json:"skills"`
	Certificates []struct {
		Name string `json:"name"`
		Date string `json:"date"`
	} `json:"certificates"`
}

// jsonResumeLevels maps JSON Resume's free-text skill levels to 1–4.
var jsonResumeLevels = map[string]int{
	"novice": 1, "beginner": 1, "basic": 1, "elementary": 1,
	"intermediate": 2, "working": 2, "competent": 2,
	"advanced": 3, "proficient": 3, "experienced": 3,
	"master": 4, "expert": 4, "fluent": 4,
}

// loadJSONResume reads a JSON Resume as an inventory. A skills entry counts when
// its name or a keyword is a taxonomy skill; entries that match nothing are
// ignored, because JSON Resume skill names are often group labels ("Web
// Development"). A missing level means 2 (working). Roles and hours come from
// `skillgap plan --target` and JSONResumeHoursPerWeek.
func loadJSONResume(data []byte, name string, tax *skillgap.Taxonomy) (skillgap.Inventory, error) {
	var jr jsonResume
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&jr); err != nil {
		return skillgap.Inventory{}, jsonError(data, name, err)
	}
	d := &doc{name: name}
	res := newResolver(tax)
	inv := skillgap.Inventory{
		Name: strings.TrimSpace(jr.Basics.Name), CurrentRole: strings.TrimSpace(jr.Basics.Label),
		HoursPerWeek: JSONResumeHoursPerWeek,
		Location:     strings.Trim(strings.Join([]string{jr.Basics.Location.City, jr.Basics.Location.CountryCode}, ", "), ", "),
	}
	seen := map[string]bool{}
	for i, s := range jr.Skills {
		level := 2
		if lv := strings.ToLower(strings.TrimSpace(s.Level)); lv != "" {
			l, ok := jsonResumeLevels[lv]
			if !ok && len(lv) == 1 && lv[0] >= '0' && lv[0] <= '4' {
				l, ok = int(lv[0]-'0'), true
			}
			if !ok {
				d.addf(fmt.Sprintf("$.skills[%d].level", i), "unknown level %q; want Beginner, Intermediate, Advanced, Expert or Master", s.Level)
				continue
			}
			level = l
		}
		for _, n := range append([]string{s.Name}, s.Keywords...) {
			id, err := res.resolve(n)
			if err != nil || seen[id] {
				continue
			}
			seen[id] = true
			inv.Skills = append(inv.Skills, skillgap.InventorySkill{Skill: id, Level: level, Evidence: "JSON Resume: " + s.Name})
		}
	}
	for i, w := range jr.Work {
		p := fmt.Sprintf("$.work[%d]", i)
		d.partialDate(p+".startDate", w.StartDate)
		d.partialDate(p+".endDate", w.EndDate)
		inv.Experience = append(inv.Experience, skillgap.Experience{
			Role: w.Position, Company: w.Name, Start: w.StartDate, End: w.EndDate, Highlights: w.Highlights,
		})
		if inv.CurrentRole == "" && w.EndDate == "" {
			inv.CurrentRole = w.Position
		}
	}
	for i, c := range jr.Certificates {
		d.partialDate(fmt.Sprintf("$.certificates[%d].date", i), c.Date)
		inv.Certifications = append(inv.Certifications, skillgap.Certification{Name: c.Name, Date: c.Date})
	}
	if err := d.err(); err != nil {
		return skillgap.Inventory{}, err
	}
	return inv, nil
}

// jsonError locates a JSON syntax or type error by line.
func jsonError(data []byte, name string, err error) error {
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	field := ""
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off, field = te.Offset, te.Field
	}
	e := &Error{File: name, Field: field, Msg: "JSON Resume: " + err.Error()}
	if off >= 0 && off <= int64(len(data)) {
		e.Line = bytes.Count(data[:off], []byte("\n")) + 1
	}
	return e
}
