package main

import (
	"strings"
	"testing"

	"github.com/skillgap/skillgap"
)

// TestEveryActivityHasEffort checks that each practice activity of every skill
// has its own estimate, that hand-written practice lists have hand-written
// estimates, and that recurring activities say how often.
func TestEveryActivityHasEffort(t *testing.T) {
	n := 0
	for _, x := range definitions() {
		if x.pr != nil && x.kind != cert {
			if _, ok := practiceEffort[x.id]; !ok {
				t.Errorf("%s: hand-written practice without its own effort in practiceEffort", x.id)
			}
		}
	}
	for _, s := range build(definitions()) {
		if len(s.Effort) != len(s.Practice) {
			t.Errorf("%s: %d efforts for %d practice activities", s.ID, len(s.Effort), len(s.Practice))
			continue
		}
		for i, e := range s.Effort {
			n++
			switch {
			case e.Hours <= 0 || e.Hours > 40:
				t.Errorf("%s: activity %d %q: %g h per occurrence; want 0–40", s.ID, i, s.Practice[i], e.Hours)
			case (e.Every == skillgap.Once) != (e.Times == 0):
				t.Errorf("%s: activity %d: every %q times %d; want both or neither", s.ID, i, e.Every, e.Times)
			}
		}
	}
	t.Logf("%d activities with effort estimates", n)
}

// TestPrerequisitesKnownAndAcyclic checks every prerequisite names a skill and
// that no skill is, through its prerequisites, its own prerequisite.
func TestPrerequisitesKnownAndAcyclic(t *testing.T) {
	ids := map[string]bool{}
	for _, x := range definitions() {
		ids[x.id] = true
	}
	for id, pre := range prerequisites {
		if !ids[id] {
			t.Errorf("prerequisites of unknown skill %q", id)
		}
		for _, p := range pre {
			if !ids[p] {
				t.Errorf("%s: unknown prerequisite %q", id, p)
			}
		}
	}
	var visit func(id string, path []string)
	visit = func(id string, path []string) {
		for _, p := range path {
			if p == id {
				t.Fatalf("prerequisite cycle: %s", strings.Join(append(path, id), " → "))
			}
		}
		for _, p := range prerequisites[id] {
			visit(p, append(path, id))
		}
	}
	for id := range prerequisites {
		visit(id, nil)
	}
}

// TestResourcesForResourcePractice checks that every skill whose practice
// names "{resource}" has a resource to put there.
func TestResourcesForResourcePractice(t *testing.T) {
	for _, s := range build(definitions()) {
		for _, p := range s.Practice {
			if strings.Contains(p, "{resource}") && len(s.Resources) == 0 {
				t.Errorf("%s: practice %q names a resource; the skill has none", s.ID, p)
			}
		}
		for _, r := range s.Resources {
			if r.Name == "" || r.Kind == "" || strings.ContainsAny(r.Name, "{}") || r.Cost < 0 {
				t.Errorf("%s: resource %+v", s.ID, r)
			}
		}
	}
}

// TestStandaloneRewrites checks that each rewrite replaces an activity that exists.
func TestStandaloneRewrites(t *testing.T) {
	defs := map[string]def{}
	for _, x := range definitions() {
		defs[x.id] = x
	}
	for id, over := range standalone {
		x, ok := defs[id]
		if !ok || x.pr == nil {
			t.Errorf("standalone rewrite for %q, which has no hand-written practice", id)
			continue
		}
		for i := range over {
			if i >= len(x.pr) {
				t.Errorf("%s: rewrite of activity %d; it has %d", id, i, len(x.pr))
			}
		}
	}
}
