package market

import (
	"errors"
	"slices"
	"testing"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/index"
)

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open(dir); !errors.Is(err, ErrNoIndex) {
		t.Fatalf("Open of an empty directory: %v; want ErrNoIndex", err)
	}
	w, err := index.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ps := []skillgap.Posting{
		post(1, analyze.RoleProductManager, skillgap.Senior, day0, []string{"payments"}, "sql"),
		post(2, analyze.RoleProductManager, skillgap.Mid, day0, nil, "roadmapping"),
	}
	if err := w.Put(t.Context(), ps); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}

	idx, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	res, err := idx.Search(t.Context(), "", Filter{Seniority: skillgap.Senior}, 10)
	if err != nil || res.Total != 1 || res.Hits[0].ID != ps[0].ID {
		t.Errorf("search for senior postings: %+v, %v; want %s alone", res, err, ps[0].ID)
	}
	if _, err := idx.Search(t.Context(), `title:"unclosed`, Filter{}, 10); !errors.Is(err, ErrQuery) {
		t.Errorf("search with a broken query: %v; want ErrQuery", err)
	}
	total, demand, err := Demand(t.Context(), idx, Filter{}, 0)
	if err != nil || total != 2 || len(demand) != 2 {
		t.Errorf("Demand through Open's handle: %d postings, %d skills, %v; want 2, 2", total, len(demand), err)
	}
	if !slices.Contains(Intervals(), "month") {
		t.Errorf("Intervals() = %v; want month among them", Intervals())
	}
}

func TestSkillPostings(t *testing.T) {
	ps := []skillgap.Posting{
		post(1, analyze.RoleProductManager, skillgap.Senior, day0, nil, "sql"),
		post(2, analyze.RoleProductManager, skillgap.Senior, day0.AddDate(0, 0, 1), nil, "sql", "roadmapping"),
		post(3, analyze.RoleProductManager, skillgap.Senior, day0, nil, "roadmapping"),
	}
	idx := testIndex(t, ps)
	b, ex, err := SkillPostings(t.Context(), idx, Target{Title: "Senior PM", Seniority: skillgap.Senior}, "sql", Options{Min: 1})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range ex {
		ids = append(ids, e.PostingID)
	}
	if b.Total != 3 || !slices.Equal(ids, []string{ps[1].ID, ps[0].ID}) {
		t.Errorf("basis of %d postings, sql asked by %v; want 3 and %s, %s (newest first)", b.Total, ids, ps[1].ID, ps[0].ID)
	}
}
