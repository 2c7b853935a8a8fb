package crawler

import (
	"slices"
	"testing"
)

func TestJobLinks(t *testing.T) {
	page := `<html><head><title>Careers</title></head><body>
<a href="/jobs/1">PM</a>
<a href="jobs/2#apply">Relative</a>
<a href="https://careers.example/jobs/1#top">Same as first</a>
<a href="HTTPS://careers.example/jobs/3">Upper-case scheme</a>
<a href="http://careers.example/jobs/4">Other scheme</a>
<a href="https://other.example/jobs/5">Other host</a>
<a href="https://careers.example:8443/jobs/6">Other port</a>
<a href="mailto:jobs@careers.example">Mail</a>
<a href="javascript:void(0)">JS</a>
<a href="data:text/html,hi">Data</a>
<a href="file:///etc/passwd">File</a>
<a href="#section">Fragment only</a>
<a>No href</a>
<a href="  /jobs/7  ">Spaces</a>
<area href="/jobs/8">
<a href="//careers.example/jobs/9">Scheme-relative</a>
</body></html>`
	got := JobLinks([]byte(page), "https://careers.example/open/")
	want := []string{
		"https://careers.example/jobs/1",
		"https://careers.example/open/jobs/2",
		"https://careers.example/jobs/3",
		"https://careers.example/jobs/7",
		"https://careers.example/jobs/8",
		"https://careers.example/jobs/9",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q;\nwant %q", got, want)
	}
}

func TestJobLinksBase(t *testing.T) {
	page := `<head><base href="https://careers.example/board/"></head><a href="pm">x</a><a href="/abs">y</a>`
	got := JobLinks([]byte(page), "https://careers.example/index.html")
	want := []string{"https://careers.example/board/pm", "https://careers.example/abs"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q; want %q", got, want)
	}
}

func TestJobLinksBadPage(t *testing.T) {
	for _, u := range []string{"", "/relative", "mailto:x@y", "ftp://h/x", "::"} {
		if got := JobLinks([]byte(`<a href="/a">a</a>`), u); got != nil {
			t.Errorf("JobLinks(page %q) = %q; want nil", u, got)
		}
	}
}
