package crawler

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"

	"github.com/skillgap/skillgap"
)

// Fingerprint digests what decides which postings src yields: the source's
// configuration and the crawler's title patterns. A validator stored under
// another fingerprint is not used, so a changed source or title filter is
// fetched afresh instead of being skipped as unchanged.
func (c *Crawler) Fingerprint(src skillgap.Source) string {
	return fingerprint(src, c.opts.Include, c.opts.Exclude)
}

func fingerprint(src skillgap.Source, include, exclude []string) string {
	// The digest is the one skillgap has stored since fingerprints began
	// (then as a "cfg:<hex> " prefix of the validator), so that upgrading
	// does not refetch every board.
	b, _ := json.Marshal(struct {
		Src              skillgap.Source
		Include, Exclude []string
	}{src, include, exclude})
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

// State is what to store for the source's next crawl.
func (r Result) State() skillgap.CrawlState {
	return skillgap.CrawlState{Fingerprint: r.Fingerprint, Validator: r.Validator}
}

// usableValidator returns the validator of prev when it was stored under
// fingerprint fp, else "".
func usableValidator(prev skillgap.CrawlState, fp string) string {
	if prev.Fingerprint != fp {
		return ""
	}
	return prev.Validator
}
