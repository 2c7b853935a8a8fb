package index

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/skillgap/skillgap"
)

// CrawlState returns the crawl state ApplySource last stored for source (the
// board's validator and the fingerprint of the source's configuration), or
// the zero state when none was stored.
func (idx *Index) CrawlState(source string) (skillgap.CrawlState, error) {
	v, err := idx.bi.GetInternal([]byte(keyValidator + source))
	if err != nil {
		return skillgap.CrawlState{}, fmt.Errorf("read crawl state of %s: %w", source, err)
	}
	st, err := decodeState(v)
	if err != nil {
		return skillgap.CrawlState{}, fmt.Errorf("read crawl state of %s: %w", source, err)
	}
	return st, nil
}

// encodeState is how a crawl state is stored: JSON, always starting with "{"
// (a stored validator before crawl states had a type never does).
func encodeState(st skillgap.CrawlState) ([]byte, error) {
	b, err := json.Marshal(st)
	if err != nil {
		return nil, fmt.Errorf("store crawl state: %w", err)
	}
	return b, nil
}

// decodeState reads a stored crawl state. Data directories written before
// crawl states had a type hold a bare validator, prefixed with
// "cfg:<fingerprint> " once fingerprints were kept: both still read.
func decodeState(b []byte) (skillgap.CrawlState, error) {
	if len(b) == 0 {
		return skillgap.CrawlState{}, nil
	}
	if b[0] == '{' {
		var st skillgap.CrawlState
		err := json.Unmarshal(b, &st)
		return st, err
	}
	legacy := string(b)
	if rest, ok := strings.CutPrefix(legacy, "cfg:"); ok {
		if fp, v, ok := strings.Cut(rest, " "); ok {
			return skillgap.CrawlState{Fingerprint: fp, Validator: v}, nil
		}
	}
	return skillgap.CrawlState{Validator: legacy}, nil
}
