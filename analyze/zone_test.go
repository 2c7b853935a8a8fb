package analyze

import "testing"

func TestZones(t *testing.T) {
	e := smallExtractor(t)
	tests := []struct {
		line string
		want zone
		head bool
	}{
		{"What you'll do", zoneResp, true},
		{"Responsibilities:", zoneResp, true},
		{"About the role", zoneResp, true},
		{"Who you are", zoneReq, true},
		{"What we're looking for:", zoneReq, true},
		{"Requirements", zoneReq, true},
		{"Minimum Qualifications", zoneReq, true},
		{"Preferred Qualifications", zoneNice, true},
		{"Nice to have", zoneNice, true},
		{"Bonus points:", zoneNice, true},
		{"Pluses", zoneNice, true},
		{"About Acme", zoneCompany, true},
		{"About us", zoneCompany, true},
		{"Our mission", zoneCompany, true},
		{"Benefits & Perks", zoneBenefits, true},
		{"What we offer", zoneBenefits, true},
		{"Equal Opportunity Employer", zoneLegal, true},
		{"EEO statement", zoneLegal, true},
		{"Tech stack:", zoneNone, true},
		{"OUR VALUES", zoneCompany, true},
		{"WHAT VALUES YOU NEED TO LIVE BY", zoneReq, true},
		{"Learning and development", zoneBenefits, true},
		{"- Requirements", zoneNone, false},
		{"Strong SQL skills", zoneNone, false},
		{"We are a team of builders working on the future of payments.", zoneNone, false},
	}
	for _, tt := range tests {
		d := e.scan(tt.line)
		if len(d.lines) == 0 {
			t.Fatalf("%q: no lines", tt.line)
		}
		ln := d.lines[0]
		hits, _, _ := e.matchLine(d, ln, nil, nil)
		text, start := d.lineText(ln)
		z, head, _ := e.c.headingOf(text, start, d.words[ln.w0:ln.w1], len(hits) > 0)
		if z != tt.want || head != tt.head {
			t.Errorf("%q: got %v heading=%v; want %v heading=%v", tt.line, z, head, tt.want, tt.head)
		}
	}
}
