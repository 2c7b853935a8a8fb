package crawler

import (
	"strings"
	"testing"
)

var htmlCases = []struct {
	name, in, want string
}{
	{"empty", "", ""},
	{"plain text keeps lines", "One line.\n\n\nAnother &amp; more\n• bullet\n\n• next", "One line.\n\nAnother & more\n- bullet\n- next"},
	{"paragraphs", "<p>First   paragraph\n spans lines.</p><p>Second.</p>", "First paragraph spans lines.\n\nSecond."},
	{"heading then list",
		"<h2>Requirements</h2><ul><li>Go</li><li>SQL &amp; dbt</li></ul><p>After.</p>",
		"Requirements\n- Go\n- SQL & dbt\n\nAfter."},
	{"bold-only paragraph is a heading",
		"<p>Intro text.</p><p><strong>What you&rsquo;ll do:</strong></p><p>Build.</p>",
		"Intro text.\n\nWhat you’ll do:\nBuild."},
	{"bold-only line in a div",
		"<div>\n <b>Company Description</b>\n <p>We make paper.</p><b><br>\n Job Description</b><p>Ship.</p></div>",
		"Company Description\nWe make paper.\n\nJob Description\nShip."},
	{"bold lead-in is not a heading",
		"<p><b>Location:</b> Berlin</p>", "Location: Berlin"},
	{"long bold paragraph is not a heading",
		"<p>a</p><p><b>" + strings.Repeat("word ", 30) + "</b></p>",
		"a\n\n" + strings.TrimSpace(strings.Repeat("word ", 30))},
	{"paragraph introduces a list",
		"<p>You will:</p><ul><li><p>Run discovery</p></li><li><p>Write specs</p><p>and review them</p></li></ul>",
		"You will:\n- Run discovery\n- Write specs\n  and review them"},
	{"nested list",
		"<ul><li>Tools<ul><li>Jira</li><li>Figma</li></ul></li><li>Data</li></ul>",
		"- Tools\n  - Jira\n  - Figma\n- Data"},
	{"ordered list", "<ol><li>one</li><li>two</li></ol>", "- one\n- two"},
	{"br is a newline, two are a paragraph",
		"<p>Line one<br>Line two<br><br>New para</p>", "Line one\nLine two\n\nNew para"},
	{"script and style dropped",
		"<style>p{color:red}</style><p>Hi<script>alert(1)</script> there</p><noscript>x</noscript>", "Hi there"},
	{"entities and nbsp", "<p>R&amp;D&nbsp;&nbsp;team &lt;3 &#8211; caf&eacute;</p>", "R&D team <3 – café"},
	{"zero-width and soft hyphen", "<p>prod\u200buct man\u00adager</p>", "product manager"},
	{"inline elements join", "<p>Use <a href=\"x\">SQL</a>, <em>Python</em>and<span> R</span>.</p>", "Use SQL, Pythonand R."},
	{"table rows", "<table><tr><th>Level</th><th>Pay</th></tr><tr><td>Senior</td><td>$1</td></tr></table>", "Level Pay\nSenior $1"},
	{"unclosed tags", "<p>open <b>bold <i>italic", "open bold italic"},
	{"heading with br", "<h3>About<br>us</h3><p>x</p>", "About us\nx"},
	{"li outside ul (Lever lists)", "<li>Own the roadmap</li><li>Talk to users</li>", "- Own the roadmap\n- Talk to users"},
	{"nested list in an empty item", "<li><ul><li >0", "  - 0"},
	{"pre keeps lines", "<pre>a  b\nc</pre>", "a b\nc"},
}

func TestHTMLToText(t *testing.T) {
	for _, c := range htmlCases {
		t.Run(c.name, func(t *testing.T) {
			if got := HTMLToText(c.in); got != c.want {
				t.Errorf("HTMLToText(%q):\ngot  %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

func BenchmarkHTMLToText(b *testing.B) {
	doc := strings.Repeat("<h2>Section</h2><p>Some <b>bold</b> text &amp; more text in a paragraph.</p><ul><li>item one</li><li>item two</li></ul>", 50)
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		HTMLToText(doc)
	}
}
