package analyze

import "encoding/binary"

// vocab interns words to dense ids 0, 1, 2…: an open-addressing hash table
// over the bytes of the words, probed without converting them to strings and
// cheaper than a Go map on the lexer's hot path.
type vocab struct {
	slots []vslot // a power of two, at most half full
	offs  []int32 // per id: where its word starts in text; the last entry ends it
	text  []byte  // the words, back to back
	shift uint    // 32 - log2(len(slots))
}

// vslot is one slot of vocab: the word's hash, its id plus one (0 marks an
// empty slot) and where it is in text, so that a probe reads one slot.
type vslot struct {
	hash   uint32
	id1    int32
	off, n int32
}

// hashWord hashes w eight bytes at a time.
func hashWord(w []byte) uint32 {
	h := uint64(len(w)) * 0x9e3779b97f4a7c15
	for len(w) >= 8 {
		h = (h ^ binary.LittleEndian.Uint64(w)) * 0xff51afd7ed558ccd
		w = w[8:]
	}
	var t uint64
	for i, c := range w {
		t |= uint64(c) << (8 * i)
	}
	h = (h ^ t) * 0xc4ceb9fe1a85ec53
	return uint32(h >> 32)
}

// size returns the number of words.
func (v *vocab) size() int { return max(0, len(v.offs)-1) }

// word returns the word with id.
func (v *vocab) word(id int32) []byte { return v.text[v.offs[id]:v.offs[id+1]] }

// lookup returns the id of w, or -1.
func (v *vocab) lookup(w []byte) int32 {
	if len(v.slots) == 0 {
		return -1
	}
	h := hashWord(w)
	mask := len(v.slots) - 1
	for i := int(h >> v.shift); ; i = (i + 1) & mask {
		s := v.slots[i]
		if s.id1 == 0 {
			return -1
		}
		if s.hash == h && int(s.n) == len(w) && string(v.text[s.off:s.off+s.n]) == string(w) {
			return s.id1 - 1
		}
	}
}

// intern returns the id of w, adding it if new.
func (v *vocab) intern(w string) int32 {
	if id := v.lookup([]byte(w)); id >= 0 {
		return id
	}
	if len(v.offs) == 0 {
		v.offs = append(v.offs, 0)
	}
	id := int32(v.size())
	v.text = append(v.text, w...)
	v.offs = append(v.offs, int32(len(v.text)))
	if 2*(id+1) > int32(len(v.slots)) {
		v.grow()
	} else {
		v.place(hashWord([]byte(w)), id)
	}
	return id
}

// place puts id with hash h in a free slot.
func (v *vocab) place(h uint32, id int32) {
	mask := len(v.slots) - 1
	i := int(h >> v.shift)
	for v.slots[i].id1 != 0 {
		i = (i + 1) & mask
	}
	v.slots[i] = vslot{hash: h, id1: id + 1, off: v.offs[id], n: v.offs[id+1] - v.offs[id]}
}

// grow doubles the table (to 256 slots at first) and places every word again.
func (v *vocab) grow() {
	size := max(256, 2*len(v.slots))
	v.slots = make([]vslot, size)
	v.shift = 32
	for s := size; s > 1; s >>= 1 {
		v.shift--
	}
	for id := range int32(v.size()) {
		v.place(hashWord(v.word(id)), id)
	}
}

// trie holds the edges of a word trie. Every word probes the root, so the
// root's children sit in a dense array by word id; deeper edges, which few
// words reach, sit in an open-addressing hash table, cheaper than a Go map.
// Node 0 is the root, so child 0 means no edge.
type trie struct {
	top   []int32  // top[id]: the root's child by word id, 0 if none
	keys  []uint64 // parent<<32 | word id
	vals  []int32  // child per slot; 0 marks an empty slot
	n     int      // edges in the hash table
	shift uint     // 64 - log2(len(vals))
}

// root returns the root's child by word id, 0 if none or if id is negative.
func (t *trie) root(id int32) int32 {
	if uint32(id) < uint32(len(t.top)) {
		return t.top[id]
	}
	return 0
}

// starts reports whether some phrase starts with word id.
func (t *trie) starts(id int32) bool { return t.root(id) != 0 }

// child returns the child of node by word id, 0 if none.
func (t *trie) child(node, id int32) int32 {
	if node == 0 {
		return t.root(id)
	}
	if len(t.vals) == 0 || id < 0 {
		return 0
	}
	k := uint64(node)<<32 | uint64(uint32(id))
	mask := len(t.vals) - 1
	for i := int((k * 0x9e3779b97f4a7c15) >> t.shift); ; i = (i + 1) & mask {
		if v := t.vals[i]; v == 0 || t.keys[i] == k {
			return v
		}
	}
}

// put adds the edge node → child by word id (id ≥ 0, child > 0).
func (t *trie) put(node, id, child int32) {
	if node == 0 {
		for int(id) >= len(t.top) {
			t.top = append(t.top, 0)
		}
		t.top[id] = child
		return
	}
	if 2*(t.n+1) > len(t.vals) {
		t.grow()
	}
	t.insert(uint64(node)<<32|uint64(uint32(id)), child)
	t.n++
}

func (t *trie) insert(k uint64, v int32) {
	mask := len(t.vals) - 1
	i := int((k * 0x9e3779b97f4a7c15) >> t.shift)
	for t.vals[i] != 0 && t.keys[i] != k {
		i = (i + 1) & mask
	}
	t.keys[i], t.vals[i] = k, v
}

// grow doubles the hash table (to 64 slots at first) and rehashes it.
func (t *trie) grow() {
	keys, vals := t.keys, t.vals
	size := max(64, 2*len(vals))
	t.keys, t.vals = make([]uint64, size), make([]int32, size)
	t.shift = 64
	for s := size; s > 1; s >>= 1 {
		t.shift--
	}
	for i, v := range vals {
		if v != 0 {
			t.insert(keys[i], v)
		}
	}
}
