package index

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/skillgap/skillgap"
)

// mappingVersion changes whenever the mapping or the document layout changes.
// Version 2 indexes only what queries read, the title and the description
// each in its own field, dates as ordered text, and keeps each posting
// deflated in one stored field (stored.go). Open rebuilds a
// version 1 index (migrate.go); read-only opens ask for skillgap reindex.
// Version 3 analyses the texts with textAnalyzer, which folds plurals only
// (version 2 used bleve's "en", whose Porter stemmer made "experiment" match
// "experience"); Open rebuilds a version 2 index too.
// Version 4 indexes pay (pay.go): the annual range as numbers, its currency
// and period, the equity and bonus flags; Open rebuilds a version 3 index.
const mappingVersion = "4"

// textAnalyzer analyses the title and the description: bleve's English
// analyzer (possessives, lower case, stop words) with a light stemmer that
// folds plurals ("experiments", "companies") and nothing else, so that words
// which only share a stem ("experiment", "experience", "experimentation")
// stay apart.
const textAnalyzer = "en_plural"

// Field names of an indexed posting. Only what a query reads is indexed.
const (
	fTitle       = "title"       // analysed
	fDescription = "description" // analysed (mapping version 1 stored it here, unanalysed)
	fJSON        = "json"        // the posting, stored only (stored.go)

	fSkills = "skills"
	// fSkillFacet holds one term per skill, "r|id" or "p|id" (required or
	// preferred), with the stated level after the letter when there is one
	// ("r3|id"): one pass over it gives every SkillCount figure.
	fSkillFacet = "skill_facet"
	fCategories = "categories"

	fCompany     = "company"      // lowercased, for filters
	fCompanyName = "company_name" // as written, for facets
	fSeniority   = "seniority"
	fRole        = "role"
	fDomain      = "domain"        // the posting's own domains (taxonomy domain ids)
	fSeenDay     = "seen_day"      // first seen, as 2006-01-02: one term per crawl day
	fRemote      = "remote"        // the workplace
	fCountry     = "country"       // ISO code, upper case
	fLocText     = "location_text" // every location, analysed, for phrase filters
	fSource      = "source"
	fOpen        = "open" // "true" or "false"

	fCanonical = "canonical" // "true" unless the posting duplicates another source's
	fDupKey    = "dup_key"   // a digest of the dup key (dupTerm)

	// Pay (pay.go): only postings with an annual range have fPay "true" and
	// the range; the flags are indexed whenever the posting states pay.
	fPay         = "pay"          // "true" when the posting states an annual range
	fPayMin      = "pay_min"      // annual minimum, in fPayCurrency (numeric)
	fPayMax      = "pay_max"      // annual maximum, in fPayCurrency (numeric)
	fPayCurrency = "pay_currency" // ISO 4217, upper case
	fPayPeriod   = "pay_period"   // the period as stated: year, month, week, day, hour
	fPayEquity   = "pay_equity"   // "true" or "false"
	fPayBonus    = "pay_bonus"    // "true" or "false"

	fDate  = "date"  // posted, else first seen: its day, as dateKey (ordered as text)
	fMonth = "month" // date as 2006-01, for series
	fWeek  = "week"  // Monday of the date's ISO week as 2006-01-02, for series
)

const (
	valTrue  = "true"
	valFalse = "false"
)

// newMapping builds the explicit index mapping; nothing is mapped dynamically.
func newMapping() *mapping.IndexMappingImpl {
	doc := mapping.NewDocumentStaticMapping()

	text := func(analyzer string) *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = true // phrases and snippets need positions and offsets
		f.DocValues = false
		return f
	}
	keyword := func(docValues bool) *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = docValues // counted by visiting doc values (visit.go)
		return f
	}
	stored := mapping.NewTextFieldMapping()
	stored.Index = false
	stored.Store = true
	stored.IncludeInAll = false
	stored.IncludeTermVectors = false
	stored.DocValues = false

	// Each text is indexed once, in its own field; a query clause without a
	// field searches both (textQuery). There is no _all field.
	doc.AddFieldMappingsAt(fTitle, text(textAnalyzer))
	doc.AddFieldMappingsAt(fDescription, text(textAnalyzer))
	doc.AddFieldMappingsAt(fLocText, text("standard"))
	doc.AddFieldMappingsAt(fJSON, stored)
	doc.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())
	for _, name := range []string{fSkills, fCompany, fSeenDay, fOpen, fCanonical, fDupKey, fPay} {
		doc.AddFieldMappingsAt(name, keyword(false))
	}
	for _, name := range []string{fSkillFacet, fCategories, fCompanyName, fSeniority, fRole,
		fRemote, fCountry, fSource, fMonth, fWeek, fDomain, fPayCurrency, fPayPeriod, fPayEquity, fPayBonus} {
		doc.AddFieldMappingsAt(name, keyword(true))
	}
	// A date is a day as a keyword, not a datetime: a datetime is indexed as 16
	// numeric terms, where one term ordered as text serves sorting, and ranges
	// together with the month terms (dateRange).
	doc.AddFieldMappingsAt(fDate, keyword(true))
	addPayMappings(doc)

	m := mapping.NewIndexMapping()
	// Built from parts bleve registers itself: an error is a broken build.
	if err := m.AddCustomAnalyzer(textAnalyzer, map[string]any{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []string{en.PossessiveName, lowercase.Name, en.StopName, en.PluralStemmerName},
	}); err != nil {
		panic("index: define analyzer " + textAnalyzer + ": " + err.Error())
	}
	m.DefaultMapping = doc
	m.DefaultAnalyzer = textAnalyzer
	m.DefaultField = fDescription
	m.IndexDynamic = false
	m.StoreDynamic = false
	m.DocValuesDynamic = false
	return m
}

// stored is how a posting is kept in the json field (stored.go): whole, with
// its duplicate mark.
type stored struct {
	skillgap.Posting
	DupOf string `json:"dup_of,omitempty"`
}

// document turns a posting into the field map bleve indexes. dupOf names the
// canonical posting when p duplicates another source's posting. Each skill
// mention's category is indexed; legacy gives the category of mentions
// stored before they carried one (nil: none).
func document(p skillgap.Posting, dupOf string, legacy map[string]string, c *codec) (map[string]any, error) {
	js, err := c.encode(stored{Posting: p, DupOf: dupOf})
	if err != nil {
		return nil, err
	}
	d := map[string]any{
		fTitle: p.Title, fDescription: p.Description, fJSON: string(js),
		fOpen: boolValue(p.Open()), fCanonical: boolValue(dupOf == ""), fDupKey: dupTerm(dupKey(p)),
	}
	setKeyword(d, fCompany, normKeyword(p.Company))
	setKeyword(d, fCompanyName, strings.TrimSpace(p.Company))
	setKeyword(d, fSource, p.Source)
	setKeyword(d, fSeniority, string(p.Seniority))
	setKeyword(d, fRole, normKeyword(p.Role))
	setKeyword(d, fRemote, string(p.Workplace))
	setKeyword(d, fCountry, strings.ToUpper(p.Country))
	if len(p.Locations) > 0 {
		d[fLocText] = strings.Join(p.Locations, " ; ")
	}
	addSkills(d, p.Skills, legacy)
	addPay(d, p.Salary)
	if !p.FirstSeen.IsZero() {
		d[fSeenDay] = p.FirstSeen.UTC().Format(time.DateOnly)
	}
	if len(p.Domains) > 0 {
		d[fDomain] = slices.Clone(p.Domains)
	}
	if date := p.Date(); !date.IsZero() {
		d[fDate] = dateKey(date)
		d[fMonth] = monthKey(date)
		d[fWeek] = weekKey(date)
	}
	return d, nil
}

// addSkills indexes the skill mentions: each skill once, at its strongest level.
func addSkills(d map[string]any, mentions []skillgap.SkillMention, legacy map[string]string) {
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
	var all, facet, cats []string
	for _, id := range slices.Sorted(mapKeys(level)) {
		m := level[id]
		all = append(all, id)
		kind := "p"
		if m.Level == skillgap.Required {
			kind = "r"
		}
		if m.Expected > 0 {
			kind += strconv.Itoa(min(m.Expected, skillgap.MaxLevel))
		}
		facet = append(facet, kind+"|"+id)
		c := m.Category
		if c == "" {
			c = legacy[id]
		}
		if c != "" && !slices.Contains(cats, c) {
			cats = append(cats, c)
		}
	}
	d[fSkills], d[fSkillFacet] = all, facet
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

// dateKey is the fDate term of t: its day in UTC, 2006-01-02, so that text
// order is time order.
func dateKey(t time.Time) string { return t.UTC().Format(time.DateOnly) }

// dupTerm is the fDupKey term of a dup key: a digest, shorter than the key
// (company, title and locations). Postings that share a digest but not a key
// are told apart by their keys.
func dupTerm(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:8])
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
