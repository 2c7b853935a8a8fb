package index

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

// distinct returns n postings that are no duplicates of one another.
func distinct(from, to int) []skillgap.Posting {
	var ps []skillgap.Posting
	for i := from; i < to; i++ {
		ps = append(ps, posting(fmt.Sprintf("gh:acme:%04d", i), "acme", fmt.Sprintf("Product Manager %d", i)))
	}
	return ps
}

// TestPutCancelled: a Put whose context is cancelled while it writes says
// so; it never reports success with postings left unwritten.
func TestPutCancelled(t *testing.T) {
	for range 5 {
		idx := memIndex(t)
		ctx, cancel := context.WithCancel(t.Context())
		ctx = WithWriteTrace(ctx, func(_ int, step WriteStep) {
			if step == StepBatch {
				cancel()
			}
		})
		err := idx.Put(ctx, distinct(0, 4*putBatch))
		cancel()
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Put cancelled after its first batch: %v; want context.Canceled", err)
		}
	}
}

// TestPutKilledKeepsGroupsDecided: a Put killed after its first batch leaves
// every duplicate group decided: a posting that makes an indexed one its
// duplicate is written in the same batch as that change.
func TestPutKilledKeepsGroupsDecided(t *testing.T) {
	idx := memIndex(t)
	day := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	a := posting("gh:acme:a", "acme", "Staff Product Manager")
	a.Posted = day
	if err := idx.Put(t.Context(), []skillgap.Posting{a}); err != nil {
		t.Fatal(err)
	}
	b := posting("lever:acme:b", "acme-lever", "Staff Product Manager") // same job, seen earlier elsewhere
	b.Posted = day.AddDate(0, 0, -3)
	ps := append([]skillgap.Posting{b}, distinct(0, 3*putBatch)...) // b's group is in the first batch
	putKilled(t, idx, ps)
	res, err := idx.Search(t.Context(), `title:"staff product manager"`, Filter{}, 5)
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 {
		t.Errorf("after a Put killed mid-window: the job counts %d times; want once", res.Total)
	}
}

// putKilled runs Put as a process killed right after its first batch would:
// no further batch, no commit (the panic stands for the kill).
func putKilled(t *testing.T, idx *Index, ps []skillgap.Posting) {
	t.Helper()
	ctx := WithWriteTrace(t.Context(), func(_ int, step WriteStep) {
		if step == StepBatch {
			panic("killed")
		}
	})
	defer func() { recover() }()
	idx.Put(ctx, ps)
}
