package main

import (
	"fmt"
	"html"
	"strings"
)

// section is one part of a posting: a heading, paragraphs and list items.
type section struct {
	Key     string // about, role, resp, req, nice, pay, benefits, eeo
	Heading string
	Paras   []string
	Items   []string
}

// sections lays out the posting the way its company writes postings.
func (g *gen) sections(p *posting) []section {
	h := headingsFor(*p.Co)
	about := section{Key: "about", Heading: h.About, Paras: p.Co.Blurb[:]}
	var ss []section
	if !h.AboutLast {
		ss = append(ss, about)
	}
	ss = append(ss, section{Key: "role", Heading: h.Role, Paras: p.Intro},
		section{Key: "resp", Heading: h.Resp, Items: p.Resp},
		section{Key: "req", Heading: h.Req, Items: p.Req})
	if len(p.Nice) > 0 {
		ss = append(ss, section{Key: "nice", Heading: h.Nice, Items: p.Nice})
	}
	if h.AboutLast {
		ss = append(ss, about)
	}
	if p.Pay != nil {
		ss = append(ss, section{Key: "pay", Heading: h.Pay, Paras: []string{payText(p)}})
	}
	ss = append(ss, section{Key: "benefits", Heading: h.Benefits, Items: benefitsFor(p)},
		section{Key: "eeo", Paras: []string{strings.ReplaceAll(eeoTexts()[p.Co.Style%len(eeoTexts())], "{company}", p.Co.Name)}})
	return ss
}

// benefitsFor lists four or five of the benefits of the posting's country, the same for every posting of a company.
func benefitsFor(p *posting) []string {
	all := benefitsByCountry()[p.Place.Country]
	n := 4 + p.Co.Style%2
	out := make([]string, 0, n)
	for i := range n {
		out = append(out, all[(p.Co.Style*3+i)%len(all)])
	}
	return out
}

func money(cur string, v int) string {
	sym := map[string]string{"USD": "$", "CAD": "CA$", "GBP": "£", "EUR": "€"}[cur]
	s := fmt.Sprint(v)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return sym + b.String()
}

func payText(p *posting) string {
	lo, hi := money(p.Pay.Currency, p.Pay.Min), money(p.Pay.Currency, p.Pay.Max)
	switch p.Co.Style % 3 {
	case 0:
		return fmt.Sprintf("The base salary range for this role is %s–%s %s. Final pay depends on location, experience and skills.", lo, hi, p.Pay.Currency)
	case 1:
		return fmt.Sprintf("%s - %s per year, plus equity.", lo, hi)
	default:
		return fmt.Sprintf("We expect to pay between %s and %s a year for this role, depending on experience.", lo, hi)
	}
}

// markup is one way of writing headings, paragraphs and lists in HTML.
type markup struct {
	Heading func(string) string
	Para    func(string) string
	Item    func(string) string
}

func markupFor(style int) markup {
	esc := html.EscapeString
	forms := []markup{
		{func(s string) string { return "<h3>" + esc(s) + "</h3>" }, func(s string) string { return "<p>" + esc(s) + "</p>" }, func(s string) string { return "<li>" + esc(s) + "</li>" }},
		{func(s string) string { return "<p><strong>" + esc(s) + "</strong></p>" }, func(s string) string { return "<p>" + esc(s) + "</p>" }, func(s string) string { return "<li><p>" + esc(s) + "</p></li>" }},
		{func(s string) string { return "<h2>" + esc(s) + "</h2>" }, func(s string) string { return "<p>" + esc(s) + "</p>" }, func(s string) string { return "<li>" + esc(s) + "</li>" }},
		{func(s string) string { return "<div><b>" + esc(s) + "</b></div>" }, func(s string) string { return "<div>" + esc(s) + "</div>" }, func(s string) string { return "<li>" + esc(s) + "</li>" }},
		{func(s string) string {
			return `<p><span style="font-size: 12pt;"><strong>` + esc(s) + `</strong></span></p>`
		}, func(s string) string { return `<p><span style="font-size: 12pt;">` + esc(s) + `</span></p>` }, func(s string) string {
			return `<li><span style="font-size: 12pt;">` + esc(s) + `</span></li>`
		}},
	}
	return forms[style%len(forms)]
}

// htmlOf writes sections as HTML in the given markup.
func htmlOf(ss []section, m markup) string {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString(sectionHTML(s, m))
	}
	return b.String()
}

func sectionHTML(s section, m markup) string {
	var b strings.Builder
	if s.Heading != "" {
		b.WriteString(m.Heading(s.Heading))
	}
	for _, p := range s.Paras {
		b.WriteString(m.Para(p))
	}
	if len(s.Items) > 0 {
		b.WriteString("<ul>" + itemsHTML(s.Items, m) + "</ul>")
	}
	return b.String()
}

func itemsHTML(items []string, m markup) string {
	var b strings.Builder
	for _, it := range items {
		b.WriteString(m.Item(it))
	}
	return b.String()
}

// plainOf writes sections as plain text: headings on their own line, blank lines
// between blocks, list items on their own line after bullet.
func plainOf(ss []section, bullet string) string {
	var blocks []string
	for _, s := range ss {
		if s.Heading != "" {
			blocks = append(blocks, s.Heading)
		}
		blocks = append(blocks, s.Paras...)
		if len(s.Items) > 0 {
			blocks = append(blocks, bullet+strings.Join(s.Items, "\n"+bullet))
		}
	}
	return strings.Join(blocks, "\n\n")
}

// pick sections by key, in order.
func only(ss []section, keys ...string) []section {
	var out []section
	for _, s := range ss {
		for _, k := range keys {
			if s.Key == k {
				out = append(out, s)
			}
		}
	}
	return out
}

// entityEscape escapes HTML the way Greenhouse sends its content field.
func entityEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// locationLabel is how a board writes the posting's location.
func locationLabel(p *posting, style int) string {
	if p.Workplace == "remote" {
		return p.Place.remoteLabel(style)
	}
	labels := make([]string, len(p.Places))
	for i, pl := range p.Places {
		labels[i] = pl.label()
	}
	return strings.Join(labels, "; ")
}
