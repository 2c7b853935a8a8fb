package main

import (
	"encoding/json"
	"fmt"
	"html"
	"strings"
	"time"
)

// jsonldPosting is the schema.org JobPosting of p, shaped by the site's layout.
func (g *gen) jsonldPosting(p *posting, withDate bool) map[string]any {
	c := p.Co
	jp := map[string]any{
		"@context":    "https://schema.org",
		"@type":       "JobPosting",
		"title":       p.Title,
		"description": htmlOf(only(g.sections(p), "about", "role", "resp", "req", "nice", "pay", "benefits"), markupFor(c.Style)),
		"hiringOrganization": map[string]any{
			"@type": "Organization", "name": c.Name, "sameAs": "https://" + c.Site + "/", "logo": "https://" + c.Site + "/logo.png",
		},
		"identifier":     map[string]any{"@type": "PropertyValue", "name": c.Name, "value": p.ID},
		"url":            "https://" + c.Site + "/careers/jobs/" + p.Slug,
		"directApply":    false,
		"employmentType": map[string]string{"full-time": "FULL_TIME", "part-time": "PART_TIME", "contract": "CONTRACTOR", "internship": "INTERN"}[p.Employment],
	}
	if withDate {
		jp["datePosted"] = g.jsonldDate(c, p.Date)
		jp["validThrough"] = p.Date.AddDate(0, 0, 60).UTC().Format("2006-01-02T15:04:05Z")
	}
	var places []any
	for _, pl := range p.Places {
		places = append(places, map[string]any{"@type": "Place", "address": map[string]any{
			"@type": "PostalAddress", "addressLocality": pl.City, "addressRegion": pl.Region, "addressCountry": pl.Country}})
	}
	switch {
	case c.Layout == "typearray" || (c.Layout == "array" && len(places) > 1):
		jp["jobLocation"] = places
	default:
		jp["jobLocation"] = places[0]
	}
	if p.Workplace == "remote" {
		jp["jobLocationType"] = "TELECOMMUTE"
		jp["applicantLocationRequirements"] = map[string]any{"@type": "Country", "name": p.Place.CountryName}
	}
	if p.Pay != nil {
		jp["baseSalary"] = map[string]any{"@type": "MonetaryAmount", "currency": p.Pay.Currency, "value": map[string]any{
			"@type": "QuantitativeValue", "minValue": p.Pay.Min, "maxValue": p.Pay.Max, "unitText": "YEAR"}}
	}
	if c.Layout == "typearray" {
		jp["@context"] = "http://schema.org"
		jp["@type"] = []string{"JobPosting"}
		jp["employmentType"] = []string{jp["employmentType"].(string)}
	}
	return jp
}

// jsonldDate writes the posted date in the site's own format.
func (g *gen) jsonldDate(c *company, t time.Time) string {
	switch c.Layout {
	case "plain":
		return t.Format("2006-01-02")
	case "graph":
		return t.UTC().Format("2006-01-02T15:04:05.000Z")
	case "array":
		return t.In(time.FixedZone("CET", 3600)).Format("2006-01-02T15:04:05-07:00")
	default:
		return t.UTC().Format(time.RFC3339)
	}
}

// scriptJSON is v encoded for a <script> element: "<" and ">" are escaped so
// that the HTML inside descriptions cannot close the element.
func scriptJSON(v any) (string, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("encode json-ld: %w", err)
	}
	return `<script type="application/ld+json">` + string(b) + "</script>", nil
}

// jobPage is the HTML page of one job on a jsonld career site. With quirk, a page
// of the "plain" site carries an extra malformed JSON-LD block and a page of the
// "graph" site has no datePosted.
func (g *gen) jobPage(p *posting, quirk bool) (string, error) {
	c := p.Co
	jp := g.jsonldPosting(p, !(c.Layout == "graph" && quirk))
	var blocks []string
	switch c.Layout {
	case "plain":
		if quirk {
			blocks = append(blocks, `<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Careers",}]</script>`)
		}
		org, err := scriptJSON(map[string]any{"@context": "https://schema.org", "@type": "Organization", "name": c.Name, "url": "https://" + c.Site + "/"})
		if err != nil {
			return "", err
		}
		blocks = append(blocks, org)
		s, err := scriptJSON(jp)
		if err != nil {
			return "", err
		}
		blocks = append(blocks, s)
	case "graph":
		delete(jp, "@context")
		s, err := scriptJSON(map[string]any{"@context": "https://schema.org", "@graph": []any{
			map[string]any{"@type": "Organization", "@id": "https://" + c.Site + "/#org", "name": c.Name},
			map[string]any{"@type": "WebPage", "@id": "https://" + c.Site + "/careers/jobs/" + p.Slug, "name": p.Title},
			jp,
		}})
		if err != nil {
			return "", err
		}
		blocks = append(blocks, s)
	case "array":
		s, err := scriptJSON([]any{jp, map[string]any{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": []any{
			map[string]any{"@type": "ListItem", "position": 1, "name": "Jobs", "item": "https://" + c.Site + "/careers/"},
			map[string]any{"@type": "ListItem", "position": 2, "name": p.Title},
		}}})
		if err != nil {
			return "", err
		}
		blocks = append(blocks, s)
	default:
		s, err := scriptJSON(jp)
		if err != nil {
			return "", err
		}
		blocks = append(blocks, s)
	}
	where := locationLabel(p, c.Style)
	body := htmlOf(g.sections(p), markupFor(c.Style))
	return fmt.Sprintf(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>%s – %s Careers</title>
<link rel="canonical" href="https://%s/careers/jobs/%s">
%s
</head>
<body>
<header><a href="%s">All open roles</a> · <a href="https://%s/">%s</a></header>
<main>
<h1>%s</h1>
<p class="meta">%s · %s</p>
<div class="description">%s</div>
<p><a class="apply" href="https://%s/apply/%s">Apply for this job</a></p>
</main>
</body>
</html>
`, html.EscapeString(p.Title), html.EscapeString(c.Name), c.Site, p.Slug, strings.Join(blocks, "\n"),
		listingHref(c, "", true), c.Site, html.EscapeString(c.Name), html.EscapeString(p.Title),
		html.EscapeString(where), capitalise(p.Workplace), body, c.Site, p.ID), nil
}

// listingHref links to the listing page (job == "") or a job page: relative on
// the "array" site, absolute paths elsewhere.
func listingHref(c *company, job string, fromJob bool) string {
	if job == "" {
		if fromJob && c.Layout == "array" {
			return "../"
		}
		return "/careers/" + c.Slug + "/"
	}
	if c.Layout == "array" {
		return "jobs/" + job + ".html"
	}
	return "/careers/" + c.Slug + "/jobs/" + job + ".html"
}

// listingPage is a career site's start page: links to every open job, a benefits
// page without JSON-LD, an external link, and an Organization block.
func (g *gen) listingPage(c *company, ps []*posting) (string, error) {
	org, err := scriptJSON(map[string]any{"@context": "https://schema.org", "@type": "Organization", "name": c.Name, "url": "https://" + c.Site + "/"})
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, p := range newestFirst(ps) {
		fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a> <span class=\"loc\">%s</span></li>\n", listingHref(c, p.Slug, false),
			html.EscapeString(p.Title), html.EscapeString(locationLabel(p, c.Style)))
	}
	return fmt.Sprintf(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Careers at %s</title>
%s
</head>
<body>
<h1>Join %s</h1>
<p>%s</p>
<p><a href="/careers/%s/benefits.html">Benefits and culture</a> · <a href="https://%s/">Our website</a></p>
<h2>Open roles</h2>
<ul class="jobs">
%s</ul>
</body>
</html>
`, html.EscapeString(c.Name), org, html.EscapeString(c.Name), html.EscapeString(c.Blurb[0]), c.Slug, c.Site, b.String()), nil
}

// benefitsPage is a page of the career site that carries no JobPosting.
func benefitsPage(c *company, country string) string {
	var b strings.Builder
	for _, s := range benefitsByCountry()[country] {
		b.WriteString("<li>" + html.EscapeString(s) + "</li>")
	}
	return fmt.Sprintf(`<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Benefits at %s</title></head>
<body><h1>Life at %s</h1><p>%s</p><ul>%s</ul><p><a href="/careers/%s/">See open roles</a></p></body>
</html>
`, html.EscapeString(c.Name), html.EscapeString(c.Name), html.EscapeString(c.Blurb[1]), b.String(), c.Slug)
}

// xmlEscape escapes text for an XML element.
func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// feed writes an RSS 2.0 job feed whose items are titled "Company: Role".
func (g *gen) feed(title, host string, ps []*posting) string {
	var b strings.Builder
	end := g.win.Start.AddDate(0, 0, g.win.Days-1).Add(18 * time.Hour)
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>%s</title>
    <link>https://%s/</link>
    <description>Remote product management jobs, posted by the companies that hire.</description>
    <language>en-US</language>
    <ttl>60</ttl>
    <lastBuildDate>%s</lastBuildDate>
    <atom:link href="https://%s/feed.xml" rel="self" type="application/rss+xml"/>
`, xmlEscape(title), host, end.Format(time.RFC1123Z), host)
	for _, p := range newestFirst(ps) {
		c := p.Co
		region := map[string]string{"US": "USA Only", "GB": "Europe Only", "DE": "Europe Only", "CA": "North America Only"}[p.Place.Country]
		if g.chance(0.2) {
			region = "Anywhere in the World"
		}
		head := fmt.Sprintf(`<p><strong>Headquarters:</strong> %s<br /><strong>URL:</strong> <a href="https://%s/">https://%s/</a></p>`,
			html.EscapeString(c.Offices[0].label()), c.Site, c.Site)
		desc := head + htmlOf(g.sections(p), markupFor(c.Style))
		link := fmt.Sprintf("https://%s/remote-jobs/%s-%s", host, c.Slug, p.Slug)
		fmt.Fprintf(&b, `    <item>
      <title>%s: %s</title>
      <region>%s</region>
      <country>%s</country>
      <category>%s</category>
      <type>%s</type>
      <description>%s</description>
      <pubDate>%s</pubDate>
      <guid isPermaLink="true">%s</guid>
      <link>%s</link>
    </item>
`, xmlEscape(c.Name), xmlEscape(p.Title), region, p.Place.CountryName, map[bool]string{true: "Product", false: "All Other Remote"}[p.Product],
			map[string]string{"full-time": "Full-Time", "part-time": "Part-Time", "contract": "Contract", "internship": "Internship"}[p.Employment],
			xmlEscape(desc), p.Date.Format(time.RFC1123Z), link, link)
	}
	b.WriteString("  </channel>\n</rss>\n")
	return b.String()
}
