package skillgap

// CrawlState is what one crawl of a source leaves for the next: the
// fingerprint of the source's configuration it was crawled with and the
// board's validator. The crawler makes it and decides from it whether a
// board may be fetched conditionally; the index stores it with the source's
// postings, in the same batch.
type CrawlState struct {
	// Fingerprint digests the configuration that decides which postings the
	// source yields (crawler.Fingerprint). A validator stored under another
	// fingerprint is not used. Empty means unknown.
	Fingerprint string `json:"fingerprint,omitempty"`
	// Validator identifies the board's version: an ETag, a Last-Modified
	// date or "sha256:<hex of body>". Empty means fetch the board in full.
	Validator string `json:"validator,omitempty"`
}
