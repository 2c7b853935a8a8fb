package index

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestStoredRoundTrip(t *testing.T) {
	ps, _ := synthPostings(300, 3, 0)
	c := newCodec()
	var plain, packed int
	for i, p := range ps {
		s := stored{Posting: p}
		if i%7 == 0 {
			s.DupOf = "gh:other:1"
		}
		b, err := c.encode(s)
		if err != nil {
			t.Fatal(err)
		}
		got, err := c.decode(p.ID, b, nil)
		if err != nil {
			t.Fatal(err)
		}
		js, _ := json.Marshal(s)
		back, _ := json.Marshal(got)
		if string(js) != string(back) {
			t.Fatalf("posting %s: got %s; want %s", p.ID, back, js)
		}
		plain, packed = plain+len(js), packed+len(b)
	}
	if packed*2 > plain {
		t.Errorf("stored %d bytes for %d of JSON; want less than half", packed, plain)
	}
}

// TestDecodeVersion1: mapping version 1 kept plain JSON, the description apart.
func TestDecodeVersion1(t *testing.T) {
	p := posting("gh:acme:1", "acme", "PM")
	p.Description = ""
	js, _ := json.Marshal(stored{Posting: p, DupOf: "x"})
	got, err := newCodec().decode(p.ID, js, []byte("Own the roadmap."))
	p.Description = "Own the roadmap."
	if err != nil || !reflect.DeepEqual(got, stored{Posting: p, DupOf: "x"}) {
		t.Errorf("got %+v, %v; want %+v", got, err, p)
	}
	if _, err := newCodec().decode(p.ID, []byte{storedDeflate, 0xff, 0x00}, nil); err == nil {
		t.Error("corrupt deflate: got no error")
	}
}

// TestGroupHead: the fields duplicate detection decodes alone are the
// posting's own (their JSON names must follow skillgap.Posting's).
func TestGroupHead(t *testing.T) {
	ps, _ := synthPostings(20, 9, 0)
	c := newCodec()
	for _, p := range ps {
		b, err := c.encode(stored{Posting: p, DupOf: "x:1"})
		if err != nil {
			t.Fatal(err)
		}
		var g groupHead
		if err := c.decodeInto(p.ID, b, &g); err != nil {
			t.Fatal(err)
		}
		want := groupHead{Source: p.Source, Company: p.Company, Title: p.Title, Locations: p.Locations,
			Posted: p.Posted, FirstSeen: p.FirstSeen, DupOf: "x:1"}
		g.Posted, g.FirstSeen = g.Posted.UTC(), g.FirstSeen.UTC()
		want.Posted, want.FirstSeen = want.Posted.UTC(), want.FirstSeen.UTC()
		if !reflect.DeepEqual(g, want) {
			t.Errorf("got %+v; want %+v", g, want)
		}
	}
}
