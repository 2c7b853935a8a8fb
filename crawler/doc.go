// Package crawler fetches job postings from the sources a user configures
// (Greenhouse, Lever and Ashby board APIs, schema.org JobPosting JSON-LD pages,
// and RSS/Atom/JSON feeds) and turns them into skillgap.Posting values.
//
// Parsing is kept apart from fetching: ParseGreenhouse, ParseLever, ParseAshby,
// ParseJSONLD and ParseFeed are pure functions over a response body, HTMLToText
// turns posting HTML into structured plain text, JobLinks lists the links a
// career page offers, and TitleFilter keeps product-management titles. A crawl
// applies the title filter to a board API's jobs as it skims the response,
// before any description is decoded or converted from HTML.
package crawler
