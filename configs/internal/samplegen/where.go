package main

import (
	"fmt"
	"strconv"
	"strings"
)

// where sets the locations and the workplace.
func (g *gen) where(p *posting) {
	c := p.Co
	ws := make([]float64, len(c.Offices))
	for i := range ws {
		ws[i] = 1
	}
	ws[0] = 2
	i := g.weighted(ws)
	p.Place = c.Offices[i]
	p.Places = []place{p.Place}
	switch x := g.rng.Float64(); {
	case x < c.Remote:
		p.Workplace = "remote"
	case x < c.Remote+c.Onsite:
		p.Workplace = "onsite"
	default:
		p.Workplace = "hybrid"
	}
	if p.Workplace != "remote" && len(c.Offices) > 1 && g.chance(0.15) {
		for _, j := range g.rng.Perm(len(c.Offices))[:2] {
			if j != i {
				p.Places = append(p.Places, c.Offices[j])
			}
		}
	}
}

// salary decides whether the posting states pay and how much.
func (g *gen) salary(p *posting) {
	factor := map[string]float64{"US": 1, "CA": 0.7, "GB": 0.6, "DE": 0.4}[p.Place.Country]
	if !p.Product || p.Employment == "internship" || !g.chance(p.Co.Salary*factor) {
		return
	}
	band := map[string][2]int{"associate": {95, 130}, "mid": {125, 165}, "senior": {155, 205}, "staff": {190, 250},
		"lead": {185, 240}, "director": {210, 280}, "vp": {250, 340}, "cpo": {290, 400}}[p.Seniority]
	cur, scale, step := map[string]string{"US": "USD", "CA": "CAD", "GB": "GBP", "DE": "EUR"}[p.Place.Country], 1.0, 5000
	switch cur {
	case "CAD":
		scale = 0.9
	case "GBP":
		scale, step = 0.55, 1000
	case "EUR":
		scale, step = 0.58, 1000
	}
	jitter := 0.9 + 0.2*g.rng.Float64()
	round := func(v float64) int { return int(v*1000*scale*jitter/float64(step)+0.5) * step }
	p.Pay = &pay{Min: round(float64(band[0])), Max: round(float64(band[1])), Currency: cur}
}

// ids gives the posting the id its board would use, and a page slug.
func (g *gen) ids(p *posting, i int) {
	switch p.Co.Kind {
	case "greenhouse":
		for {
			n := 4000000 + g.rng.IntN(5000000)
			if !g.ghIDs[n] {
				g.ghIDs[n] = true
				p.ID = strconv.Itoa(n)
				break
			}
		}
	case "lever", "ashby":
		p.ID = g.uuid()
	default:
		p.ID = fmt.Sprintf("%s-%04d", strings.ToUpper(p.Co.Slug[:3]), 1000+i*7+g.rng.IntN(7))
	}
	p.Slug = slugify(p.Title) + "-" + strings.ToLower(p.ID[len(p.ID)-4:])
}

func (g *gen) uuid() string {
	var b [16]byte
	for i := range b {
		b[i] = byte(g.rng.UintN(256))
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}

func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func capitalise(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// lowerFirst lowercases the first letter unless the word is an acronym such as SQL or CSPO.
func lowerFirst(s string) string {
	if len(s) > 1 && s[1] >= 'A' && s[1] <= 'Z' {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
