// Package index is skillgap's trend index: job postings kept in a bleve index
// with an explicit mapping, upserted one source at a time, and queried as
// faceted counts over skill ids, filtered and bucketed by date.
//
// Only this package imports bleve; callers see *Index and domain types.
package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/skillgap/skillgap"
)

// ErrNoIndex is returned by OpenReadOnly when the data directory holds no index.
var ErrNoIndex = errors.New("no index")

// ErrMapping is returned when the index on disk was written with another mapping.
var ErrMapping = errors.New("index was built by another version of skillgap: run skillgap reindex")

// Internal keys.
const (
	keyMapping    = "mapping_version"
	keyValidator  = "validator:"
	keyCategories = "categories"
)

// boltTimeout bounds how long Open waits for another process holding the index.
const boltTimeout = "2s"

// maxSegmentDocs caps how many postings scorch merges into one segment. Merges
// of the whole index would touch (and map into memory) every file at once; with
// the cap a 100,000-posting index stays a handful of segments and a build stays
// well under 500 MB.
const maxSegmentDocs = 20000

// config is the scorch configuration of an index on disk; read-only and the
// bolt timeout are added by the caller.
func config(extra map[string]any) map[string]any {
	c := map[string]any{
		"bolt_timeout":           boltTimeout,
		"scorchMergePlanOptions": map[string]any{"MaxSegmentSize": maxSegmentDocs},
	}
	for k, v := range extra {
		c[k] = v
	}
	return c
}

// Index is the trend index. It is safe for concurrent readers; writes
// (ApplySource, Put) must not run concurrently with each other.
type Index struct {
	bi    bleve.Index
	codec *codec
	// legacyCategories maps skill ids to categories in data directories
	// written before mentions carried their category (SkillMention.Category):
	// a stored posting rewritten from such a directory keeps its categories.
	// Nil for the others.
	legacyCategories map[string]string

	// The writer's generations (generation.go): the data directory ("" for
	// an index that commits nothing: in memory, read-only, being rebuilt),
	// the last generation committed and when, whether a write is not
	// committed yet, and how many writes this Open made.
	dataDir   string
	gen       int
	committed time.Time
	dirty     bool
	writes    int
	failed    error // the first batch that failed; nothing is committed after it
}

// Dir is where Open keeps the index inside a data directory.
func Dir(dataDir string) string { return filepath.Join(dataDir, "index") }

// Open opens the index in dataDir/index for reading and writing, creating it
// when missing and rebuilding it when it was written with an earlier mapping
// (migrate). Writes are durable and committed: a write returns once it is on
// disk and readers opening after it see it (generation.go). Only one process
// opens it at a time (the index's own lock; callers also hold LockDir).
func Open(dataDir string) (*Index, error) {
	path := Dir(dataDir)
	if err := restoreMigration(path); err != nil {
		return nil, fmt.Errorf("open index %s: restore the index a migration left: %w", path, err)
	}
	_, err := os.Stat(filepath.Join(path, "index_meta.json"))
	fresh := errors.Is(err, fs.ErrNotExist)
	switch {
	case fresh:
		if err := create(dataDir, path); err != nil {
			return nil, fmt.Errorf("create index %s: %w", path, err)
		}
	case err != nil:
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	idx, err := open(path, config(nil))
	if errors.Is(err, errMigrate) {
		if err := migrate(context.Background(), dataDir, path); err != nil {
			return nil, fmt.Errorf("migrate index %s to mapping %s: %w", path, mappingVersion, err)
		}
		idx, err = open(path, config(nil))
	}
	if err != nil {
		return nil, err
	}
	if err := idx.startGenerations(dataDir, fresh); err != nil {
		idx.bi.Close()
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	return idx, nil
}

// create makes a new, empty index at path. It builds it beside path and renames
// it into place once bleve has persisted its metadata and mapping, so that a
// process killed half-way (kill -9) never leaves a directory that looks like an
// index but cannot be opened.
func create(dataDir, path string) error {
	if err := os.MkdirAll(dataDir, 0o755); err != nil {
		return err
	}
	tmp := path + ".new"
	// Left by a creation that was killed: neither holds any posting.
	if err := errors.Join(os.RemoveAll(tmp), os.RemoveAll(path)); err != nil {
		return err
	}
	bi, err := bleve.NewUsing(tmp, newMapping(), scorch.Name, scorch.Name, config(nil))
	if err != nil {
		return err
	}
	if err := bi.SetInternal([]byte(keyMapping), []byte(mappingVersion)); err != nil {
		bi.Close()
		return err
	}
	if err := bi.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	return syncDir(dataDir)
}

// OpenReadOnly opens the last committed state of the index in dataDir for
// reading, also while a writer writes: the generation CURRENT names, held
// until Close. It fails with an error wrapping ErrNoIndex when there is
// none.
func OpenReadOnly(dataDir string) (*Index, error) {
	for attempt := 1; ; attempt++ {
		gen, err := readCurrent(dataDir)
		if err != nil {
			return nil, err
		}
		if gen == "" {
			return openUncommitted(dataDir)
		}
		idx, err := open(filepath.Join(committedDir(dataDir), gen), config(map[string]any{"read_only": true}))
		if err == nil {
			return idx, nil
		}
		// The writer may have superseded and removed gen since CURRENT was
		// read: read it again.
		if now, cerr := readCurrent(dataDir); cerr != nil || now == gen || attempt == 5 {
			return nil, err
		}
	}
}

// openUncommitted opens the working index of a data directory that has no
// committed generation: written by an earlier version of skillgap, or being
// created by a writer that has not committed yet (ErrInUse, naming its pid).
func openUncommitted(dataDir string) (*Index, error) {
	if err := checkNotWriting(dataDir); err != nil {
		return nil, err
	}
	path := Dir(dataDir)
	if _, err := os.Stat(filepath.Join(path, "index_meta.json")); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%w in %s: run skillgap crawl or skillgap demo first", ErrNoIndex, dataDir)
		}
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	return open(path, config(map[string]any{"read_only": true}))
}

func open(path string, config map[string]any) (*Index, error) {
	bi, err := bleve.OpenUsing(path, config)
	if err != nil {
		return nil, fmt.Errorf("open index %s (is another skillgap writing to it?): %w", path, err)
	}
	v, err := bi.GetInternal([]byte(keyMapping))
	if err != nil {
		bi.Close()
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	switch string(v) {
	case mappingVersion:
	case "1", "2", "3":
		bi.Close()
		return nil, fmt.Errorf("open index %s: mapping %s: %w", path, v, errMigrate)
	default:
		bi.Close()
		return nil, fmt.Errorf("open index %s: mapping %q, want %q: %w", path, v, mappingVersion, ErrMapping)
	}
	idx := &Index{bi: bi, codec: newCodec()}
	if c, err := bi.GetInternal([]byte(keyCategories)); err == nil && len(c) > 0 {
		if err := json.Unmarshal(c, &idx.legacyCategories); err != nil {
			bi.Close()
			return nil, fmt.Errorf("open index %s: read categories: %w", path, err)
		}
	}
	return idx, nil
}

// NewMemOnly returns an empty index held in memory, for tests. It uses the same
// engine (scorch) as Open, so facets and batches behave the same.
func NewMemOnly() (*Index, error) {
	bi, err := bleve.NewUsing("", newMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("create memory index: %w", err)
	}
	if err := bi.SetInternal([]byte(keyMapping), []byte(mappingVersion)); err != nil {
		bi.Close()
		return nil, fmt.Errorf("create memory index: %w", err)
	}
	return &Index{bi: bi, codec: newCodec()}, nil
}

// Close commits what is not committed yet and releases the index. After
// writes it commits in any case, so that the committed generation holds the
// segments merged since the last commit rather than keeping their parts.
func (idx *Index) Close() error {
	var err error
	if idx.dirty || idx.writes > 0 {
		err = idx.commit(nil, 0)
	}
	if cerr := idx.bi.Close(); cerr != nil {
		err = errors.Join(err, cerr)
	}
	if err != nil {
		return fmt.Errorf("close index: %w", err)
	}
	if idx.dataDir != "" {
		idx.removeGenerations(idx.gen)
	}
	return nil
}

// Get returns the posting with the given id; ok is false when there is none.
func (idx *Index) Get(id string) (p skillgap.Posting, ok bool, err error) {
	s, ok, err := idx.getStored(id)
	return s.Posting, ok, err
}

func (idx *Index) getStored(id string) (stored, bool, error) {
	doc, err := idx.bi.Document(id)
	if err != nil {
		return stored{}, false, fmt.Errorf("get posting %s: %w", id, err)
	}
	if doc == nil {
		return stored{}, false, nil
	}
	var js, desc []byte
	doc.VisitFields(func(f bindex.Field) {
		switch f.Name() {
		case fJSON:
			js = f.Value()
		case fDescription:
			desc = f.Value()
		}
	})
	s, err := idx.codec.decode(id, js, desc)
	return s, err == nil, err
}

// Each calls fn with every stored posting, duplicates and closed ones included,
// in id order. It stops at the first error fn returns.
func (idx *Index) Each(ctx context.Context, fn func(skillgap.Posting) error) error {
	return idx.walk(ctx, bleve.NewMatchAllQuery(), []string{"_id"}, true, 500, fn)
}

// walk calls fn with every posting q matches, in the order sortBy gives
// (which must end in "_id", so that pages follow on), page postings a
// request; with description it reads each posting's description too. It
// stops at the first error fn returns.
func (idx *Index) walk(ctx context.Context, q query.Query, sortBy []string, description bool, page int, fn func(skillgap.Posting) error) error {
	fields := []string{fJSON}
	if description {
		fields = append(fields, fDescription)
	}
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(q, page, 0, false)
		req.SortBy(sortBy)
		req.Fields = fields
		req.Score = "none"
		if after != nil {
			req.SearchAfter = after
		}
		res, err := idx.bi.SearchInContext(ctx, req)
		if err != nil {
			return fmt.Errorf("list postings: %w", err)
		}
		for _, h := range res.Hits {
			js, _ := h.Fields[fJSON].(string)
			desc, _ := h.Fields[fDescription].(string)
			s, err := idx.codec.decode(h.ID, []byte(js), []byte(desc))
			if err != nil {
				return err
			}
			if err := fn(s.Posting); err != nil {
				return err
			}
		}
		if len(res.Hits) < page {
			return nil
		}
		after = res.Hits[len(res.Hits)-1].Sort
	}
}

// Latest returns the latest posting date in the index (duplicates excluded):
// the "as of" date that trend windows are relative to. It is zero when the
// index is empty.
func (idx *Index) Latest(ctx context.Context) (time.Time, error) {
	t, err := idx.edgeDate(ctx, Filter{}, true)
	if err != nil {
		return time.Time{}, fmt.Errorf("latest posting date: %w", err)
	}
	return t, nil
}

// edgeDate returns the latest (or earliest) posting date among postings
// matching f. Sorting every posting by date costs a pass over all of them, so
// it walks the month terms from the edge instead and sorts within the first
// month that has a match.
func (idx *Index) edgeDate(ctx context.Context, f Filter, latest bool) (time.Time, error) {
	months, err := idx.terms(fMonth)
	if err != nil {
		return time.Time{}, err
	}
	if latest {
		slices.Reverse(months)
	}
	base := f.query()
	for _, m := range months {
		req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(base, termQ(fMonth, m)), 1, 0, false)
		if latest {
			req.SortBy([]string{"-" + fDate, "_id"})
		} else {
			req.SortBy([]string{fDate, "_id"})
		}
		req.Fields = []string{fJSON}
		req.Score = "none"
		res, err := idx.bi.SearchInContext(ctx, req)
		if err != nil {
			return time.Time{}, err
		}
		if len(res.Hits) == 0 {
			continue
		}
		js, _ := res.Hits[0].Fields[fJSON].(string)
		s, err := idx.codec.decode(res.Hits[0].ID, []byte(js), nil)
		if err != nil {
			return time.Time{}, err
		}
		return s.Date().UTC(), nil
	}
	return time.Time{}, nil
}

// terms lists the terms of field in the index, in order. Terms of deleted
// postings may linger until segments merge; callers check with a query.
func (idx *Index) terms(field string) ([]string, error) {
	d, err := idx.bi.FieldDict(field)
	if err != nil {
		return nil, fmt.Errorf("read terms of %s: %w", field, err)
	}
	defer d.Close()
	var out []string
	for {
		e, err := d.Next()
		if err != nil {
			return nil, fmt.Errorf("read terms of %s: %w", field, err)
		}
		if e == nil {
			return out, nil
		}
		out = append(out, e.Term)
	}
}

// CrawlDays returns how many distinct days postings were first seen on: 1
// means the index holds a single snapshot, whose spread of posting dates is
// the postings' age, not a trend. Postings indexed before the field existed
// count on no day.
func (idx *Index) CrawlDays(ctx context.Context) (int, error) {
	days, err := idx.terms(fSeenDay)
	if err != nil {
		return 0, fmt.Errorf("crawl days: %w", err)
	}
	n := 0
	for _, d := range days {
		req := bleve.NewSearchRequestOptions(termQ(fSeenDay, d), 0, 0, false)
		req.Score = "none"
		res, err := idx.bi.SearchInContext(ctx, req)
		if err != nil {
			return 0, fmt.Errorf("crawl days: %w", err)
		}
		if res.Total > 0 {
			n++
		}
	}
	return n, nil
}
