package index

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	bdoc "github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/search/query"
	"golang.org/x/sync/errgroup"

	"github.com/skillgap/skillgap"
)

// Change counts what ApplySource did to one source's postings.
type Change struct {
	New       int `json:"new"`       // postings not in the index before
	Updated   int `json:"updated"`   // postings whose content or skills changed
	Unchanged int `json:"unchanged"` // postings seen again as they were
	Reopened  int `json:"reopened"`  // postings that had been closed and reappeared
	Closed    int `json:"closed"`    // open postings the complete crawl no longer saw
}

// SourceUpdate is one crawl of one source, to apply with ApplySources.
type SourceUpdate struct {
	Source   string
	Postings []skillgap.Posting
	// Complete means the listing was read whole: open postings of Source
	// missing from Postings are closed.
	Complete bool
	// State is stored for Source in the same batch as its postings.
	State skillgap.CrawlState
}

// ApplySource applies one crawl of source in one atomic, durable batch:
//
//   - new postings get FirstSeen = now (or the earlier FirstSeen the caller set)
//     and LastSeen = now;
//   - postings already indexed keep their FirstSeen, get LastSeen = now and are
//     reopened when they had been closed;
//   - unchanged postings (same content, skills and derived fields) are rewritten
//     only to move LastSeen to a new day, so a crawl repeated within a day writes
//     nothing for them;
//   - when complete is true, open postings of source missing from postings get
//     Closed = now;
//   - state (the crawl's validator and fingerprint) is stored with the
//     postings (batch internal key), so a crash never leaves a validator that
//     claims postings that were not written.
//
// Callers skip ApplySource entirely when the source answered "not modified".
func (idx *Index) ApplySource(ctx context.Context, source string, postings []skillgap.Posting,
	complete bool, state skillgap.CrawlState, now time.Time) (Change, error) {
	chs, err := idx.ApplySources(ctx, []SourceUpdate{{Source: source, Postings: postings, Complete: complete, State: state}}, now)
	if err != nil {
		return Change{}, err
	}
	return chs[0], nil
}

// ApplySources applies the crawls of several sources as ApplySource applies
// one, all in one atomic, durable batch: one segment to write and merge
// instead of one per source, and every crawl state stored with its postings.
// The changes are in the order of updates; a source may appear once.
func (idx *Index) ApplySources(ctx context.Context, updates []SourceUpdate, now time.Time) ([]Change, error) {
	names := make(map[string]bool, len(updates))
	for _, u := range updates {
		if names[u.Source] {
			return nil, fmt.Errorf("apply source %s: twice in one batch", u.Source)
		}
		names[u.Source] = true
	}
	now = now.UTC()
	w := newWriter()
	chs := make([]Change, len(updates))
	seen := map[string]bool{}
	var complete []string
	for i, u := range updates {
		ch, err := idx.stage(ctx, w, u, now, seen)
		if err != nil {
			return nil, fmt.Errorf("apply source %s: %w", u.Source, err)
		}
		chs[i] = ch
		if u.Complete {
			complete = append(complete, u.Source)
		}
	}
	closed, err := idx.closeMissing(ctx, complete, seen, now, w)
	if err != nil {
		return nil, fmt.Errorf("apply %s: %w", sourceNames(updates), err)
	}
	for i, u := range updates {
		if u.Complete {
			chs[i].Closed = closed[u.Source]
		}
	}
	batch := idx.bi.NewBatch()
	if err := idx.flush(ctx, w, batch); err != nil {
		return nil, fmt.Errorf("apply %s: %w", sourceNames(updates), err)
	}
	for _, u := range updates {
		st, err := encodeState(u.State)
		if err != nil {
			return nil, fmt.Errorf("apply source %s: %w", u.Source, err)
		}
		batch.SetInternal([]byte(keyValidator+u.Source), st)
	}
	trace, n := idx.beginWrite(ctx)
	if err := idx.bi.Batch(batch); err != nil {
		return nil, fmt.Errorf("apply %s: write batch: %w", sourceNames(updates), idx.batchFailed(err))
	}
	idx.batchWritten(trace, n)
	if err := idx.endWrite(trace, n, false); err != nil {
		return nil, fmt.Errorf("apply %s: %w", sourceNames(updates), err)
	}
	return chs, nil
}

// sourceNames names the sources of updates for an error: "source a", "3 sources (a, b, …)".
func sourceNames(updates []SourceUpdate) string {
	if len(updates) == 1 {
		return "source " + updates[0].Source
	}
	names := make([]string, 0, 3)
	for _, u := range updates[:min(len(updates), 2)] {
		names = append(names, u.Source)
	}
	if len(updates) > 2 {
		names = append(names, "…")
	}
	return fmt.Sprintf("%d sources (%s)", len(updates), strings.Join(names, ", "))
}

// stage adds one source's crawl to w, adds its posting ids to seen and counts
// what it changes; closing what a complete crawl no longer saw is left to
// closeMissing.
func (idx *Index) stage(ctx context.Context, w *writer, u SourceUpdate, now time.Time, seen map[string]bool) (Change, error) {
	var ch Change
	for _, p := range dedupeIDs(u.Postings) {
		if err := ctx.Err(); err != nil {
			return Change{}, err
		}
		if p.ID == "" {
			return Change{}, fmt.Errorf("posting %q has no id", p.Title)
		}
		if p.Source == "" {
			p.Source = u.Source
		}
		seen[p.ID] = true
		old, ok, err := idx.current(w, p.ID)
		if err != nil {
			return Change{}, err
		}
		switch {
		case !ok:
			if p.FirstSeen.IsZero() || p.FirstSeen.After(now) {
				p.FirstSeen = now
			}
			p.LastSeen, p.Closed = now, time.Time{}
			ch.New++
		case !old.Open():
			p.FirstSeen, p.LastSeen, p.Closed = old.FirstSeen, now, time.Time{}
			ch.Reopened++
		case sameContent(old.Posting, p):
			ch.Unchanged++
			if sameDay(old.LastSeen, now) {
				continue
			}
			p = old.Posting
			p.LastSeen = now
		default:
			p.FirstSeen, p.LastSeen, p.Closed = old.FirstSeen, now, time.Time{}
			ch.Updated++
		}
		w.add(p, ok, dupKey(old.Posting))
	}
	return ch, nil
}

// current returns the posting as the batch being built would leave it: the
// one w holds, else the stored one.
func (idx *Index) current(w *writer, id string) (stored, bool, error) {
	if p, ok := w.pending[id]; ok {
		return stored{Posting: p}, true, nil
	}
	return idx.getStored(id)
}

// Put writes the postings as given, replacing any with the same id (used by
// reindex and by tests). Seen dates are kept as the postings say. It writes in
// batches of putBatch postings; each batch is atomic and durable. The
// batches are committed together when Put returns, unless the last commit is
// less than a second old (a bulk build calling Put in a row): then the next
// write or Close commits them.
//
// Duplicates are decided for PutWindow postings at a time, and their
// batches written as a pipeline: the next batch is encoded and mapped while
// bleve writes the one before. Callers building a large index pass postings
// PutWindow at a time or more.
func (idx *Index) Put(ctx context.Context, ps []skillgap.Posting) error {
	ps = dedupeIDs(ps)
	for _, p := range ps {
		if p.ID == "" {
			return fmt.Errorf("put postings: posting %q has no id", p.Title)
		}
	}
	trace, n := idx.beginWrite(ctx)
	for start := 0; start < len(ps); start += PutWindow {
		if err := idx.putWindow(ctx, ps[start:min(start+PutWindow, len(ps))], trace, n); err != nil {
			return fmt.Errorf("put postings: %w", err)
		}
	}
	if err := idx.endWrite(trace, n, true); err != nil {
		return fmt.Errorf("put postings: %w", err)
	}
	return nil
}

// PutWindow is how many postings Put decides duplicates for at a time: its
// pipeline drains at the end of each window.
const PutWindow = 5000

// putBatch is how many postings Put writes per batch; it bounds memory.
const putBatch = 500

// putWindow writes ps, whose ids are distinct, in batches of putBatch.
func (idx *Index) putWindow(ctx context.Context, ps []skillgap.Posting, trace WriteTrace, n int) error {
	w := newWriter()
	for start := 0; start < len(ps); start += putBatch {
		chunk := ps[start:min(start+putBatch, len(ps))]
		oldKeys, err := idx.storedKeys(ctx, chunk)
		if err != nil {
			return err
		}
		for _, p := range chunk {
			key, ok := oldKeys[p.ID]
			w.add(p, ok, key)
		}
	}
	groups, err := idx.decide(ctx, w)
	if err != nil {
		return err
	}
	// A goroutine maps (and analyses) batch k+1 while this one writes batch
	// k: bleve builds a batch's segment on one core, and waits for the disk.
	// The writes (and their trace steps) stay on the caller's goroutine.
	ctx, cancel := context.WithCancel(ctx)
	batches := make(chan *bleve.Batch, 1)
	var mapErr error
	go func() {
		defer close(batches)
		for _, docs := range inBatches(groups, putBatch) {
			batch := idx.bi.NewBatch()
			if mapErr = idx.mapAll(ctx, docs, batch); mapErr != nil {
				return
			}
			select {
			case batches <- batch:
			case <-ctx.Done():
				mapErr = ctx.Err()
				return
			}
		}
	}()
	defer func() {
		cancel()
		for range batches { // let the goroutine end
		}
	}()
	for batch := range batches {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := idx.bi.Batch(batch); err != nil {
			return fmt.Errorf("write batch: %w", idx.batchFailed(err))
		}
		idx.batchWritten(trace, n)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return mapErr // set before batches closed
}

// inBatches packs groups into batches of about size postings. A group is
// never split: each batch leaves every duplicate group it touches decided,
// whatever happens to the batches after it.
func inBatches(groups [][]toWrite, size int) [][]toWrite {
	var out [][]toWrite
	var cur []toWrite
	for _, g := range groups {
		if len(cur) > 0 && len(cur)+len(g) > size {
			out = append(out, cur)
			cur = nil
		}
		cur = append(cur, g...)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// dedupeIDs keeps the last posting of each id, in first-seen order.
func dedupeIDs(ps []skillgap.Posting) []skillgap.Posting {
	at := make(map[string]int, len(ps))
	out := make([]skillgap.Posting, 0, len(ps))
	for _, p := range ps {
		if i, ok := at[p.ID]; ok {
			out[i] = p
			continue
		}
		at[p.ID] = len(out)
		out = append(out, p)
	}
	return out
}

// sameContent reports whether b says what a said, seen dates aside.
func sameContent(a, b skillgap.Posting) bool {
	return bytes.Equal(contentBytes(a), contentBytes(b))
}

func contentBytes(p skillgap.Posting) []byte {
	p.FirstSeen, p.LastSeen, p.Closed = time.Time{}, time.Time{}, time.Time{}
	b, _ := json.Marshal(p) // a Posting always encodes
	return b
}

func sameDay(a, b time.Time) bool {
	return skillgap.DateOf(a.UTC()) == skillgap.DateOf(b.UTC())
}

// closeMissing marks open postings of sources that are not in seen as
// closed, and counts them by source. One query covers every source of a batch.
func (idx *Index) closeMissing(ctx context.Context, sources []string, seen map[string]bool,
	now time.Time, w *writer) (map[string]int, error) {
	closed := map[string]int{}
	for start := 0; start < len(sources); start += perQuery {
		var qs []query.Query
		for _, src := range sources[start:min(start+perQuery, len(sources))] {
			qs = append(qs, termQ(fSource, src))
		}
		q := bleve.NewConjunctionQuery(bleve.NewDisjunctionQuery(qs...), termQ(fOpen, valTrue))
		ids, err := idx.ids(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("list open postings: %w", err)
		}
		for _, id := range ids {
			if seen[id] || w.hasPending(id) { // pending: another source of the batch has it now
				continue
			}
			old, ok, err := idx.getStored(id)
			if err != nil || !ok {
				return nil, fmt.Errorf("close posting %s: %w", id, err)
			}
			p := old.Posting
			p.Closed = now
			w.add(p, true, dupKey(old.Posting))
			closed[p.Source]++
		}
	}
	return closed, nil
}

// perQuery bounds the terms of one disjunction.
const perQuery = 256

// ids returns the ids of every document matching q.
func (idx *Index) ids(ctx context.Context, q query.Query) ([]string, error) {
	const page = 1000
	var out []string
	for from := 0; ; from += page {
		req := bleve.NewSearchRequestOptions(q, page, from, false)
		req.SortBy([]string{"_id"})
		req.Score = "none"
		res, err := idx.bi.SearchInContext(ctx, req)
		if err != nil {
			return nil, err
		}
		for _, h := range res.Hits {
			out = append(out, h.ID)
		}
		if len(res.Hits) < page {
			return out, nil
		}
	}
}

// storedKeys returns the dup keys of those postings that are already indexed.
func (idx *Index) storedKeys(ctx context.Context, ps []skillgap.Posting) (map[string]string, error) {
	ids := make([]string, 0, len(ps))
	for _, p := range ps {
		ids = append(ids, p.ID)
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = []string{fJSON}
	req.Score = "none"
	res, err := idx.bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("look up stored postings: %w", err)
	}
	out := make(map[string]string, len(res.Hits))
	for _, h := range res.Hits {
		js, _ := h.Fields[fJSON].(string)
		s, err := idx.codec.decode(h.ID, []byte(js), nil)
		if err != nil {
			return nil, err
		}
		out[h.ID] = dupKey(s.Posting)
	}
	return out, nil
}

// writer collects the postings of one batch before duplicates are decided.
type writer struct {
	pending map[string]skillgap.Posting
	order   []string
	keys    map[string]bool // dup keys whose groups must be recomputed
	// linked joins dup keys whose groups must be written together: a
	// posting that moves from one key to another leaves the first group
	// and joins the second (a union-find over keys).
	linked map[string]string
}

func newWriter() *writer {
	return &writer{pending: map[string]skillgap.Posting{}, keys: map[string]bool{}, linked: map[string]string{}}
}

// root is the key that stands for k's linked keys.
func (w *writer) root(k string) string {
	for {
		up, ok := w.linked[k]
		if !ok || up == k {
			return k
		}
		k = up
	}
}

// add queues p; existed and oldKey say whether it replaces an indexed posting
// and under which dup key that one was grouped.
func (w *writer) add(p skillgap.Posting, existed bool, oldKey string) {
	if _, ok := w.pending[p.ID]; !ok {
		w.order = append(w.order, p.ID)
	}
	w.pending[p.ID] = p
	k := dupKey(p)
	w.keys[k] = true
	if existed {
		w.keys[oldKey] = true
		if a, b := w.root(k), w.root(oldKey); a != b {
			w.linked[b] = a
		}
	}
}

// flush decides duplicates for every group the pending postings touch and adds
// the pending postings, plus any indexed posting whose duplicate mark changes,
// to batch.
func (idx *Index) flush(ctx context.Context, w *writer, batch *bleve.Batch) error {
	groups, err := idx.decide(ctx, w)
	if err != nil {
		return err
	}
	return idx.mapAll(ctx, slices.Concat(groups...), batch)
}

// toWrite is a posting to write and its duplicate mark.
type toWrite struct {
	p     skillgap.Posting
	dupOf string
}

// decide decides duplicates for every group the pending postings touch and
// returns what to write, group by group: each group's pending postings, in
// the order they were added, then its indexed postings whose duplicate mark
// changes. Groups come in the order of their first pending posting.
func (idx *Index) decide(ctx context.Context, w *writer) ([][]toWrite, error) {
	groups, err := idx.groups(ctx, slices.Sorted(mapKeys(w.keys)))
	if err != nil {
		return nil, err
	}
	for _, p := range w.pending {
		k := dupKey(p)
		groups[k] = append(groups[k], groupMember{ID: p.ID, Source: p.Source, Date: p.Date(), pending: true})
	}
	dupOf := map[string]string{}
	changed := map[string][]toWrite{}
	for k, members := range groups {
		var ms []dupMember
		for _, m := range members {
			if !m.pending && w.hasPending(m.ID) {
				continue // replaced, possibly under another key
			}
			ms = append(ms, dupMember{ID: m.ID, Source: m.Source, Date: m.Date})
		}
		assigned := assignDups(ms)
		for _, m := range members {
			d, ok := assigned[m.ID]
			if !ok || (!m.pending && w.hasPending(m.ID)) {
				continue
			}
			if m.pending {
				dupOf[m.ID] = d
				continue
			}
			if d != m.DupOf { // an indexed posting changes duplicate status
				old, found, err := idx.getStored(m.ID)
				if err != nil || !found {
					return nil, fmt.Errorf("reread posting %s: %w", m.ID, err)
				}
				changed[k] = append(changed[k], toWrite{old.Posting, d})
			}
		}
	}
	var out [][]toWrite
	at := map[string]int{} // dup key (a root of linked keys) → its group in out
	for _, id := range w.order {
		p := w.pending[id]
		k := w.root(dupKey(p))
		i, ok := at[k]
		if !ok {
			i = len(out)
			at[k] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], toWrite{p, dupOf[id]})
	}
	for _, k := range slices.Sorted(mapKeys(changed)) {
		ch := changed[k]
		slices.SortFunc(ch, func(a, b toWrite) int { return strings.Compare(a.p.ID, b.p.ID) })
		if i, ok := at[w.root(k)]; ok {
			out[i] = append(out[i], ch...)
		} else {
			at[w.root(k)] = len(out)
			out = append(out, ch)
		}
	}
	return out, nil
}

// mapAll maps docs to bleve documents, on every core (encoding a posting
// and mapping it are most of a write's own work), and adds them to batch.
func (idx *Index) mapAll(ctx context.Context, docs []toWrite, batch *bleve.Batch) error {
	mapped := make([]*bdoc.Document, len(docs))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, d := range docs {
		g.Go(func() error {
			if err := gctx.Err(); err != nil {
				return err
			}
			var err error
			mapped[i], err = idx.mapped(d.p, d.dupOf)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	for _, d := range mapped {
		if err := batch.IndexAdvanced(d); err != nil {
			return fmt.Errorf("index posting %s: %w", d.ID(), err)
		}
	}
	return nil
}

func (w *writer) hasPending(id string) bool { _, ok := w.pending[id]; return ok }

// mapped is the bleve document of p. It is safe for concurrent use.
func (idx *Index) mapped(p skillgap.Posting, dupOf string) (*bdoc.Document, error) {
	fields, err := document(p, dupOf, idx.legacyCategories, idx.codec)
	if err != nil {
		return nil, err
	}
	d := bdoc.NewDocument(p.ID)
	if err := idx.bi.Mapping().MapDocument(d, fields); err != nil {
		return nil, fmt.Errorf("index posting %s: %w", p.ID, err)
	}
	// Analysed here, by the caller's workers, not inside bleve's Batch: Put
	// analyses batch k+1 while bleve builds batch k's segment, which it does
	// on one core.
	for i, f := range d.Fields {
		if f.Options().IsIndexed() {
			f.Analyze()
			if f.Options().IncludeTermVectors() {
				dropOffsets(f)
			}
			d.Fields[i] = analysed{f}
		}
	}
	return d, nil
}

// dropOffsets zeroes the byte offsets of a text field's term locations and
// keeps their positions. Phrases need only positions; a snippet finds its
// offsets from positions in the hit's own text (spansAt). A zero takes one
// byte on disk where an offset into a description takes two or three: the
// description's term vectors are a third of the index.
func dropOffsets(f bdoc.Field) {
	for _, tf := range f.AnalyzedTokenFrequencies() {
		for _, l := range tf.Locations {
			l.Start, l.End = 0, 0
		}
	}
}

// analysed is a field whose Analyze has run: bleve's Batch calls it again,
// and then it does nothing.
type analysed struct{ bdoc.Field }

func (analysed) Analyze() {}

// groupMember is what deciding duplicates needs of a posting.
type groupMember struct {
	ID, Source string
	Date       time.Time // posted, else first seen
	DupOf      string
	pending    bool
}

// groupHead is the part of a stored posting that groups reads: decoding
// only it skips building the description, the skills and the rest.
type groupHead struct {
	Source    string    `json:"source"`
	Company   string    `json:"company"`
	Title     string    `json:"title"`
	Locations []string  `json:"locations"`
	Posted    time.Time `json:"posted"`
	FirstSeen time.Time `json:"first_seen"`
	DupOf     string    `json:"dup_of"`
}

// groups loads the indexed postings under each dup key.
func (idx *Index) groups(ctx context.Context, keys []string) (map[string][]groupMember, error) {
	out := map[string][]groupMember{}
	for start := 0; start < len(keys); start += perQuery {
		var qs []query.Query
		asked := map[string]bool{}
		for _, k := range keys[start:min(start+perQuery, len(keys))] {
			qs = append(qs, termQ(fDupKey, dupTerm(k)))
			asked[k] = true
		}
		q := bleve.NewDisjunctionQuery(qs...)
		const page = 2000
		for from := 0; ; from += page {
			req := bleve.NewSearchRequestOptions(q, page, from, false)
			req.SortBy([]string{"_id"})
			req.Fields = []string{fJSON}
			req.Score = "none"
			res, err := idx.bi.SearchInContext(ctx, req)
			if err != nil {
				return nil, fmt.Errorf("load duplicate groups: %w", err)
			}
			for _, h := range res.Hits {
				js, _ := h.Fields[fJSON].(string)
				var g groupHead
				if err := idx.codec.decodeInto(h.ID, []byte(js), &g); err != nil {
					return nil, err
				}
				p := skillgap.Posting{ID: h.ID, Source: g.Source, Company: g.Company, Title: g.Title,
					Locations: g.Locations, Posted: g.Posted, FirstSeen: g.FirstSeen}
				if k := dupKey(p); asked[k] { // not another key of the same digest
					out[k] = append(out[k], groupMember{ID: h.ID, Source: g.Source, Date: p.Date(), DupOf: g.DupOf})
				}
			}
			if len(res.Hits) < page {
				break
			}
		}
	}
	return out, nil
}

func termQ(field, term string) *query.TermQuery {
	q := bleve.NewTermQuery(term)
	q.SetField(field)
	return q
}
