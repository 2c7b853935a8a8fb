package index

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/skillgap/skillgap"
)

// mappingVersion changes whenever the mapping or the document layout changes;
// an index written with another version must be rebuilt with skillgap reindex.
const mappingVersion = "1"

// Field names of an indexed posting.
const (
	fTitle       = "title"       // analysed and stored
	fDescription = "description" // stored only; searched through fText
	fText        = "text"        // title, newline, description: the default search field
	fJSON        = "json"        // the posting without its description, stored only

	fSkills    = "skills"
	fRequired  = "skills_required"
	fPreferred = "skills_preferred"
	// fSkillFacet holds one term per skill, "r|id" or "p|id" (required or
	// preferred), with the stated level after the letter when there is one
	// ("r3|id"): one pass over it gives every SkillCount figure.
	fSkillFacet = "skill_facet"
	fCategories = "categories"

	fCompany     = "company"      // lowercased, for filters
	fCompanyName = "company_name" // as written, for facets
	fSeniority   = "seniority"
	fRole        = "role"
	fDomain      = "domain"   // the posting's own domains (taxonomy domain ids)
	fSeenDay     = "seen_day" // first seen, as 2006-01-02: one term per crawl day
	fRemote      = "remote"
	fCountry     = "country"
	fLocation    = "location"      // each location, lowercased, as a keyword
	fLocText     = "location_text" // every location, analysed, for phrase filters
	fSource      = "source"
	fSourceKind  = "source_kind"
	fEmployment  = "employment_type"
	fOpen        = "open" // "true" or "false"

	fCanonical = "canonical" // "true" unless the posting duplicates another source's
	fDupKey    = "dup_key"
	fDupOf     = "dup_of"

	fPosted    = "posted"
	fDate      = "date" // posted, else first seen
	fFirstSeen = "first_seen"
	fLastSeen  = "last_seen"
	fClosed    = "closed"
	fMonth     = "month" // date as 2006-01, for series
	fWeek      = "week"  // Monday of the date's ISO week as 2006-01-02, for series

	fSalaryMin = "salary_min"
	fSalaryMax = "salary_max"
	fYearsMin  = "years_min"
)

const (
	valTrue  = "true"
	valFalse = "false"
)

// newMapping builds the explicit index mapping; nothing is mapped dynamically.
func newMapping() *mapping.IndexMappingImpl {
	doc := mapping.NewDocumentStaticMapping()

	text := func(store, vectors bool) *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Analyzer = "en"
		f.Store = store
		f.IncludeInAll = false
		f.IncludeTermVectors = vectors // phrases and snippets need positions and offsets
		f.DocValues = false
		return f
	}
	keyword := func(store, docValues bool) *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Store = store
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = docValues
		return f
	}
	datetime := func(store, docValues bool) *mapping.FieldMapping {
		f := mapping.NewDateTimeFieldMapping()
		f.Store = store
		f.IncludeInAll = false
		f.DocValues = docValues
		return f
	}
	number := func() *mapping.FieldMapping {
		f := mapping.NewNumericFieldMapping()
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	stored := mapping.NewTextFieldMapping()
	stored.Index = false
	stored.Store = true
	stored.IncludeInAll = false
	stored.IncludeTermVectors = false
	stored.DocValues = false

	doc.AddFieldMappingsAt(fTitle, text(true, true))
	doc.AddFieldMappingsAt(fText, text(false, true))
	doc.AddFieldMappingsAt(fDescription, stored)
	doc.AddFieldMappingsAt(fJSON, stored)
	// Every text is indexed once, in fText; there is no _all field.
	doc.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())
	for _, name := range []string{fSkills, fRequired, fPreferred, fCompany, fLocation,
		fSourceKind, fEmployment, fDupOf, fSeenDay} {
		doc.AddFieldMappingsAt(name, keyword(false, false))
	}
	for _, name := range []string{fSkillFacet, fCategories, fCompanyName, fSeniority, fRole,
		fRemote, fCountry, fSource, fMonth, fWeek, fDomain} {
		doc.AddFieldMappingsAt(name, keyword(false, true))
	}
	doc.AddFieldMappingsAt(fOpen, keyword(false, false))
	doc.AddFieldMappingsAt(fCanonical, keyword(false, false))
	doc.AddFieldMappingsAt(fDupKey, keyword(true, false))
	locText := mapping.NewTextFieldMapping()
	locText.Analyzer = "standard"
	locText.IncludeInAll = false
	locText.IncludeTermVectors = true // phrase queries need positions
	locText.DocValues = false
	doc.AddFieldMappingsAt(fLocText, locText)

	doc.AddFieldMappingsAt(fDate, datetime(false, true))
	for _, name := range []string{fPosted, fFirstSeen, fLastSeen, fClosed} {
		doc.AddFieldMappingsAt(name, datetime(false, false))
	}
	for _, name := range []string{fSalaryMin, fSalaryMax, fYearsMin} {
		doc.AddFieldMappingsAt(name, number())
	}

	m := mapping.NewIndexMapping()
	m.DefaultMapping = doc
	m.DefaultAnalyzer = "en"
	m.DefaultField = fText
	m.IndexDynamic = false
	m.StoreDynamic = false
	m.DocValuesDynamic = false
	return m
}

// stored is how a posting is kept in the json field: without its description,
// which has its own stored field, and with the duplicate mark.
type stored struct {
	skillgap.Posting
	DupOf string `json:"dup_of,omitempty"`
}

// document turns a posting into the field map bleve indexes. dupOf names the
// canonical posting when p duplicates another source's posting; categories maps
// skill ids to taxonomy categories (nil means none are indexed).
func document(p skillgap.Posting, dupOf string, categories map[string]string) (map[string]any, error) {
	desc := p.Description
	p.Description = ""
	js, err := json.Marshal(stored{Posting: p, DupOf: dupOf})
	if err != nil {
		return nil, fmt.Errorf("encode posting %s: %w", p.ID, err)
	}
	d := map[string]any{
		fTitle: p.Title, fDescription: desc, fText: p.Title + "\n" + desc, fJSON: string(js),
		fOpen: boolValue(p.Open()), fCanonical: boolValue(dupOf == ""), fDupKey: dupKey(p),
	}
	setKeyword(d, fCompany, normKeyword(p.Company))
	setKeyword(d, fCompanyName, strings.TrimSpace(p.Company))
	setKeyword(d, fSource, p.Source)
	setKeyword(d, fSourceKind, p.SourceKind)
	setKeyword(d, fSeniority, string(p.Seniority))
	setKeyword(d, fRole, normKeyword(p.Role))
	setKeyword(d, fRemote, string(p.Workplace))
	setKeyword(d, fCountry, strings.ToUpper(p.Country))
	setKeyword(d, fEmployment, p.EmploymentType)
	setKeyword(d, fDupOf, dupOf)
	if len(p.Locations) > 0 {
		locs := make([]string, 0, len(p.Locations))
		for _, l := range p.Locations {
			locs = append(locs, normKeyword(l))
		}
		d[fLocation] = locs
		d[fLocText] = strings.Join(p.Locations, " ; ")
	}
	addSkills(d, p.Skills, categories)
	setTime(d, fPosted, p.Posted)
	setTime(d, fFirstSeen, p.FirstSeen)
	if !p.FirstSeen.IsZero() {
		d[fSeenDay] = p.FirstSeen.UTC().Format(time.DateOnly)
	}
	if len(p.Domains) > 0 {
		d[fDomain] = slices.Clone(p.Domains)
	}
	setTime(d, fLastSeen, p.LastSeen)
	setTime(d, fClosed, p.Closed)
	if date := p.Date(); !date.IsZero() {
		setTime(d, fDate, date)
		d[fMonth] = monthKey(date)
		d[fWeek] = weekKey(date)
	}
	if s := p.Salary; s != nil {
		if s.Min > 0 {
			d[fSalaryMin] = s.Min
		}
		if s.Max > 0 {
			d[fSalaryMax] = s.Max
		}
	}
	if p.YearsMin > 0 {
		d[fYearsMin] = float64(p.YearsMin)
	}
	return d, nil
}

// addSkills indexes the skill mentions: each skill once, at its strongest level.
func addSkills(d map[string]any, mentions []skillgap.SkillMention, categories map[string]string) {
	level := map[string]skillgap.SkillMention{}
	for _, m := range mentions {
		if m.SkillID == "" {
			continue
		}
		old, ok := level[m.SkillID]
		if !ok || m.Level.Stronger(old.Level) || (m.Level == old.Level && m.Expected > old.Expected) {
			level[m.SkillID] = m
		}
	}
	if len(level) == 0 {
		return
	}
	var all, req, pref, facet, cats []string
	for _, id := range slices.Sorted(mapKeys(level)) {
		m := level[id]
		all = append(all, id)
		kind := "p"
		if m.Level == skillgap.Required {
			req, kind = append(req, id), "r"
		} else {
			pref = append(pref, id)
		}
		if m.Expected > 0 {
			kind += strconv.Itoa(min(m.Expected, skillgap.MaxLevel))
		}
		facet = append(facet, kind+"|"+id)
		if c := categories[id]; c != "" && !slices.Contains(cats, c) {
			cats = append(cats, c)
		}
	}
	d[fSkills], d[fSkillFacet] = all, facet
	if req != nil {
		d[fRequired] = req
	}
	if pref != nil {
		d[fPreferred] = pref
	}
	if cats != nil {
		d[fCategories] = cats
	}
}

func mapKeys[K comparable, V any](m map[K]V) func(func(K) bool) {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

func setKeyword(d map[string]any, field, v string) {
	if v != "" {
		d[field] = v
	}
}

func setTime(d map[string]any, field string, t time.Time) {
	if !t.IsZero() {
		d[field] = t.UTC()
	}
}

func boolValue(b bool) string {
	if b {
		return valTrue
	}
	return valFalse
}

// normKeyword lowercases and collapses the spaces of a keyword value.
func normKeyword(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// monthKey is the month bucket key of t.
func monthKey(t time.Time) string { return t.UTC().Format("2006-01") }

// weekKey is the Monday of t's ISO week.
func weekKey(t time.Time) string { return weekStart(t).Format(skillgap.DateLayout) }

// weekStart is midnight UTC of the Monday on or before t.
func weekStart(t time.Time) time.Time {
	d := skillgap.DateOf(t.UTC()).Time
	return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
}
