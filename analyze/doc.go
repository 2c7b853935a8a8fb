// Package analyze extracts skills from postings, normalises titles, and scores demand, gaps and plans; it works on domain values only.
package analyze
