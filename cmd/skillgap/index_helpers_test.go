package main

import "github.com/skillgap/skillgap/index"

// openIndex opens the index in dir for a test to write postings into; cmd
// itself reaches the index only through market and ingest.
func openIndex(dir string) (*index.Index, error) { return index.Open(dir) }
