package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/market"
	"github.com/urfave/cli/v2"
)

// filterFlags are the posting filters trends and search share.
func filterFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "role", Usage: "role family, e.g. \"product manager\""},
		&cli.StringFlag{Name: "seniority", Usage: "seniority: " + seniorityList()},
		&cli.StringFlag{Name: "company", Usage: "company name"},
		&cli.StringFlag{Name: "location", Usage: "country code (GB) or place (\"London\")"},
		&cli.StringFlag{Name: "remote", Usage: "remote, hybrid or onsite"},
		&cli.StringFlag{Name: "since", Usage: "postings dated on or after `DATE` (YYYY-MM-DD or YYYY-MM)"},
		&cli.StringFlag{Name: "until", Usage: "postings dated up to and including `DATE` (YYYY-MM-DD or YYYY-MM)"},
		&cli.StringFlag{Name: "query", Usage: "free text over title and description (bleve query syntax)"},
		&cli.BoolFlag{Name: "open", Usage: "only postings still open at the last crawl"},
		&cli.StringFlag{Name: "source", Usage: "only postings from this configured source"},
	}
}

func seniorityList() string {
	var s []string
	for _, x := range skillgap.Seniorities() {
		s = append(s, string(x))
	}
	return strings.Join(s, ", ")
}

// filterFromFlags reads filterFlags into an market.Filter; mistakes are usage errors.
func filterFromFlags(c *cli.Context) (market.Filter, error) {
	f := market.Filter{
		Role: c.String("role"), Company: c.String("company"), Location: c.String("location"),
		Query: c.String("query"), OpenOnly: c.Bool("open"), Source: c.String("source"),
		Seniority: skillgap.Seniority(strings.ToLower(c.String("seniority"))),
		Remote:    skillgap.Workplace(strings.ToLower(c.String("remote"))),
	}
	if f.Seniority != "" && f.Seniority.Rank() < 0 {
		return f, usagef("--seniority %q: want one of %s", f.Seniority, seniorityList())
	}
	switch f.Remote {
	case "", skillgap.Remote, skillgap.Hybrid, skillgap.Onsite:
	default:
		return f, usagef("--remote %q: want remote, hybrid or onsite", f.Remote)
	}
	var err error
	if f.Since, err = parseDay(c.String("since"), false); err != nil {
		return f, usagef("--since: %v", err)
	}
	if f.Until, err = parseDay(c.String("until"), true); err != nil {
		return f, usagef("--until: %v", err)
	}
	if !f.Since.IsZero() && !f.Until.IsZero() && !f.Since.Before(f.Until) {
		return f, usagef("--since %s is not before --until %s", c.String("since"), c.String("until"))
	}
	return f, nil
}

// parseDay reads YYYY-MM-DD or YYYY-MM. As an end (inclusive on the command
// line) it returns the start of the next day or month, since Filter.Until is exclusive.
func parseDay(s string, end bool) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		if end {
			t = t.AddDate(0, 0, 1)
		}
		return t, nil
	}
	t, err := time.Parse("2006-01", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q: want YYYY-MM-DD or YYYY-MM", s)
	}
	if end {
		t = t.AddDate(0, 1, 0)
	}
	return t, nil
}

// parseWindow reads a window length: N followed by d (days), w (weeks),
// m (months of 30.44 days) or y (years). Empty means six months.
func parseWindow(s string) (time.Duration, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	if s == "" {
		return market.DefaultWindow, nil
	}
	unit := map[byte]float64{'d': 1, 'w': 7, 'm': 365.25 / 12, 'y': 365.25}[s[len(s)-1]]
	n, err := strconv.Atoi(s[:len(s)-1])
	if unit == 0 || err != nil || n <= 0 {
		return 0, fmt.Errorf("window %q: want a number and d, w, m or y, e.g. 6m", s)
	}
	days := math.Round(float64(n) * unit)
	return time.Duration(days) * 24 * time.Hour, nil
}

// handleQueryErr turns a query that does not parse into a usage error.
func handleQueryErr(err error) error {
	if errors.Is(err, market.ErrQuery) {
		return usageError{err}
	}
	return err
}
