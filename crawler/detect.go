package crawler

import (
	"net/url"
	"strings"

	skillgap "github.com/skillgap/skillgap"
)

// BoardOf recognises the public URL of a Greenhouse, Lever or Ashby job board,
// or of its posting API, and returns a source of that kind with its board
// (unescaped: jobs.ashbyhq.com/Forward%20Financing is the board "Forward
// Financing"); ok is false for any other URL. A scheme may be left out
// ("jobs.lever.co/acme"). Recognised, with optional job paths after the board:
//
//	boards.greenhouse.io/{token}, job-boards.greenhouse.io/{token} (and .eu.),
//	boards.greenhouse.io/embed/job_board?for={token}, boards-api.greenhouse.io/v1/boards/{token}
//	jobs.lever.co/{company} (and jobs.eu.lever.co), api.lever.co/v0/postings/{company}
//	jobs.ashbyhq.com/{name}, api.ashbyhq.com/posting-api/job-board/{name}
func BoardOf(raw string) (src skillgap.Source, ok bool) {
	raw = strings.TrimSpace(raw)
	if !strings.Contains(raw, "://") {
		raw = "https://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil || !isHTTP(u) {
		return skillgap.Source{}, false
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	var segs []string
	for _, s := range strings.Split(u.Path, "/") { // u.Path is unescaped
		if s != "" {
			segs = append(segs, s)
		}
	}
	at := func(i int) string {
		if i < len(segs) {
			return segs[i]
		}
		return ""
	}
	kind, board := "", ""
	switch host {
	case "boards.greenhouse.io", "job-boards.greenhouse.io", "boards.eu.greenhouse.io", "job-boards.eu.greenhouse.io":
		kind, board = skillgap.Greenhouse, at(0)
		if board == "embed" {
			board = u.Query().Get("for")
		}
	case "boards-api.greenhouse.io", "boards-api.eu.greenhouse.io":
		if at(0) == "v1" && at(1) == "boards" {
			kind, board = skillgap.Greenhouse, at(2)
		}
	case "jobs.lever.co", "jobs.eu.lever.co":
		kind, board = skillgap.Lever, at(0)
	case "api.lever.co", "api.eu.lever.co":
		if at(0) == "v0" && at(1) == "postings" {
			kind, board = skillgap.Lever, at(2)
		}
	case "jobs.ashbyhq.com":
		kind, board = skillgap.Ashby, at(0)
	case "api.ashbyhq.com":
		if at(0) == "posting-api" && at(1) == "job-board" {
			kind, board = skillgap.Ashby, at(2)
		}
	}
	if kind == "" || board == "" {
		return skillgap.Source{}, false
	}
	return skillgap.Source{Kind: kind, Board: board}, true
}
