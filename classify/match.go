package classify

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// matcher finds every phrase of the rule table in a text. The text is first
// written out as the matcher sees it (scan): lower-cased (ASCII letters, and
// other characters as foldAt says, so phrases in Cyrillic, Greek or Latin-1
// letters fold too, and Chinese, Japanese or Korean phrases match as
// written), every run of white space as one space (a backtick too:
// Markdown's quote around pasted code), with a space before the text and
// after it (so " ok " matches the word ok anywhere), a quote's markers and
// the SMTP reply prefixes at the start of each line left out ("> 535-5.7.8 ",
// so a phrase can span the lines of a multi-line reply, quoted or not), escapes read as what they stand for
// (escapeAt: a reply logged inside a JSON or Python string), and so are
// character references (entityAt: a reply shown on a page), the tags a page
// sets an error in read as line ends (tagLen: "<br />", "<pre>"), and characters
// written in several ways as one (foldVariant: curly quotes, dashes, the
// letters upper case loses). Phrases are normalized the same way, so a phrase
// occurs in the text exactly when its bytes occur in that copy.
//
// Each phrase has an anchor: for a phrase of eight bytes or more (all but
// about 550 of them), the eight of its bytes in a row that the fewest other
// phrases hold; for a shorter one, the four that the fewest short ones hold (all
// three, for a phrase of three). The search reads the copy's eight bytes at
// each position, hashes them and tests two bits of one word of the long
// anchors' filter (128 kB); only where both are set does it look the anchor
// up and compare the eight bytes kept in it, then the whole phrase. It does
// the same with the position's first four bytes in the short anchors' own
// filter (64 kB) and table, where the eight bytes from the anchor on are
// compared first. The short filter holds each three-byte phrase under every
// byte that can follow it (about 9,600 keys for 926 anchors): at 8 kB a
// quarter of its bits were set and a text passed it 8.8 times, 6 of them
// for nothing, each a mispredicted branch and a look at the table; at 64 kB
// 4% are, a text passes it 3.4 times, and the scan is about a tenth faster
// (alternating runs over the corpus). The anchors are filed in buckets by
// their hash, each bucket's anchors side by side, so a position compares
// only the anchors whose hash it shares. Over the project's corpus (88
// positions a text), a text passes the long filter 2.9 times and holds a
// long anchor 2.8 times; with four-byte anchors for every phrase it passed
// one filter 9 times, most of them on four bytes that common words inside
// phrases share. The work is linear in the length of the text: a position
// compares at most the anchors of one bucket in each table (maxBucket).
//
// This replaced an Aho-Corasick automaton over the same normalized text. On
// the corpus it is a little faster (about 8% in alternating runs), and its
// tables take a fifth of the memory and of the time to build, however many
// phrases the clients' vocabularies bring: an automaton's table grows with
// every byte of every phrase, and its cost per byte of text with the table.
//
// A matcher is immutable once built.
type matcher struct {
	phrase []string             // phrase i, read from text (the table holds each phrase's bytes once)
	text   []byte               // the phrases' bytes, each after its length (two bytes, little-endian)
	maxLen int                  // the longest phrase, in bytes
	long   anchors              // phrases of eight bytes or more, anchored on eight of them
	short4 anchors              // shorter phrases, anchored on four bytes (a three-byte one on its three)
	short  [1 << 16 / 64]uint64 // bit k set when a three-byte phrase starts with the two bytes k
	has3   bool                 // some phrase has three bytes
}

// anchors is one table of anchors: a filter of two bits a key, and the
// anchors filed in buckets by their key's hash.
type anchors struct {
	filter []uint64 // filterAt's two bits set for each anchor's key
	bits   uint32   // the filter has 1<<bits bits
	bucket []uint16 // bucket h's anchors are anchor[bucket[h]:bucket[h+1]]
	anchor []anchor // by bucket
	mask   uint32   // len(bucket)-2
}

// anchor is one phrase's anchor: the phrase and where its bytes are in text,
// where in the phrase the anchor starts, and the phrase's eight bytes from
// there on (fewer when it ends first), which settle most candidates without
// reading the phrase. Their first four are the anchor's key (the anchor's
// bytes, little-endian; a three-byte anchor's key has a zero fourth byte).
type anchor struct {
	at    uint32 // the phrase's bytes are text[at:], after their length
	id    uint16
	off   uint8  // where in the phrase the anchor starts
	n8    uint8  // how many bytes of next8 are the phrase's, | whole when they are all of it
	next8 uint64 // the phrase's bytes from off on, at most eight
}

// key returns the anchor's key.
func (a *anchor) key() uint32 { return uint32(a.next8) }

// whole marks an anchor whose next8 is its whole phrase.
const whole = 0x80

// Sizes of the tables.
const (
	longBits  = 20         // the long anchors' filter has 1<<longBits bits
	shortBits = 19         // the short ones'
	hashMul   = 0x9e3779b1 // Knuth's multiplicative hash: 2^32 over the golden ratio
	minPhrase = 3          // a phrase has at least three bytes
	maxPhrase = 1024       // and at most this many (scanChunk holds more)
)

// TableBytes returns the memory the matcher's tables take, phrases included.
func (m *matcher) TableBytes() int {
	size := func(t *anchors) int {
		return 8*len(t.filter) + 2*len(t.bucket) + int(unsafe.Sizeof(anchor{}))*len(t.anchor)
	}
	return size(&m.long) + size(&m.short4) + 8*len(m.short) + len(m.text)
}

// hash8 maps an eight-byte key to 32 bits, whose high bits index the filter
// and the buckets.
func hash8(w uint64) uint32 { return uint32(w * 0x9e3779b97f4a7c15 >> 32) }

// hash maps a key to 32 bits, whose high filterBits bits index the filter
// and the buckets.
func hash(w uint32) uint32 { return w * hashMul }

// newMatcher builds the matcher for phrases, which must be normalized and
// distinct, each of minPhrase to maxPhrase bytes. Phrase i is reported as ID
// i.
func newMatcher(phrases []string) *matcher {
	// A phrase's ID is 16 bits, and so is a bucket's end in a table of
	// anchors: one phrase fewer than a phrase set holds.
	if len(phrases) >= maxPhrases {
		panic(fmt.Sprintf("classify: %d phrases, at most %d", len(phrases), maxPhrases-1))
	}
	// How many phrases hold each eight bytes, and how many short ones each
	// four: a phrase is anchored on the run that the fewest others of its
	// table hold (common words inside unique phrases are common in texts
	// too).
	held8 := make(map[uint64]int, 8*len(phrases))
	held := make(map[uint32]int)
	textLen := 0
	for _, p := range phrases {
		if len(p) < minPhrase || len(p) > maxPhrase {
			panic(fmt.Sprintf("classify: phrase %q: %d bytes, want %d to %d", p, len(p), minPhrase, maxPhrase))
		}
		if strings.IndexByte(p, 0) >= 0 {
			panic(fmt.Sprintf("classify: phrase %q holds a zero byte", p))
		}
		textLen += 2 + len(p)
		for j := 0; j+8 <= len(p); j++ {
			held8[key8(p, j)]++
		}
		for j := 0; len(p) < 8 && j+4 <= len(p); j++ {
			held[key4(p, j)]++
		}
	}
	m := &matcher{text: make([]byte, 0, textLen)}
	var long, short []anchor
	for id, p := range phrases {
		m.maxLen = max(m.maxLen, len(p))
		m.text = binary.LittleEndian.AppendUint16(m.text, uint16(len(p)))
		a := anchor{id: uint16(id), at: uint32(len(m.text))}
		m.text = append(m.text, p...)
		switch {
		case len(p) >= 8:
			best := math.MaxInt
			for j := 0; j+8 <= len(p) && j <= math.MaxUint8; j++ {
				if k := held8[key8(p, j)]; k < best {
					best = k
					a.off = uint8(j)
				}
			}
		case len(p) > 3:
			best := math.MaxInt
			for j := 0; j+4 <= len(p); j++ {
				if k := held[key4(p, j)]; k < best {
					best = k
					a.off = uint8(j)
				}
			}
		}
		tail := p[a.off:]
		var next [8]byte
		k := copy(next[:], tail)
		a.next8 = binary.LittleEndian.Uint64(next[:])
		a.n8 = uint8(k)
		if a.off == 0 && len(p) <= 8 {
			a.n8 |= whole
		}
		if len(p) >= 8 {
			long = append(long, a)
		} else {
			short = append(short, a)
		}
	}
	m.long = fileAnchors(long, longBits, func(a *anchor) uint32 { return hash8(a.next8) })
	m.short4 = fileAnchors(short, shortBits, func(a *anchor) uint32 { return hash(a.key()) })
	// A three-byte phrase is found through the short filter under every
	// four bytes its copy can hold: the three and any byte the copy can
	// hold after them (none is an upper-case letter or a tab or line end;
	// a zero pads the end; a "<" that starts no tag and an "&" that starts
	// no reference are written as themselves).
	for _, a := range short {
		if l := len(phrases[a.id]); l == 3 {
			key := a.key()
			m.has3 = true
			m.short[key&0xffff/64] |= 1 << (key & 63)
			for c := 0; c < 256; c++ {
				if plain[c] == byte(c) || c >= utf8.RuneSelf || c == 0 || c == '\\' || c == '\n' || c == '<' || c == '&' {
					m.short4.set(hash(key | uint32(c)<<24))
				}
			}
		}
	}
	// The phrases as strings read from text, now that it no longer grows.
	m.phrase = make([]string, len(phrases))
	for _, t := range []*anchors{&m.long, &m.short4} {
		for _, a := range t.anchor {
			m.phrase[a.id] = unsafe.String(&m.text[a.at], len(phrases[a.id]))
		}
	}
	return m
}

// fileAnchors builds a table of anchors whose keys hash as hash says, with
// a filter of 1<<bits bits.
func fileAnchors(list []anchor, bits uint32, hash func(*anchor) uint32) anchors {
	size := 2
	for size < len(list) {
		size *= 2
	}
	t := anchors{filter: make([]uint64, 1<<bits/64), bits: bits, bucket: make([]uint16, size+1), mask: uint32(size - 1)}
	for i := range list {
		h := hash(&list[i])
		t.set(h)
		t.bucket[t.slotOf(h)+1]++
	}
	for h := 1; h < len(t.bucket); h++ {
		t.bucket[h] += t.bucket[h-1]
	}
	t.anchor = make([]anchor, len(list))
	next := slices.Clone(t.bucket)
	for i := range list {
		h := t.slotOf(hash(&list[i]))
		t.anchor[next[h]] = list[i]
		next[h]++
	}
	return t
}

// set sets the filter's two bits for a key whose hash is h.
func (t *anchors) set(h uint32) {
	w, bits := filterAt(h, t.bits)
	t.filter[w] |= bits
}

// filterAt returns the word of a filter of 1<<size bits and the two bits of
// it that stand for a key whose hash is h: the word and the first bit are
// the hash's high bits, the second bit the six hash bits below them. The
// search calls it with each filter's constant size, which the compiler
// folds in.
func filterAt(h, size uint32) (uint32, uint64) {
	return h >> (32 - size + 6), 1<<(h>>(32-size)&63) | 1<<(h>>(32-size-6)&63)
}

// filterHas reports whether both of a key's bits are set in filter, a
// filter of 1<<size bits.
func filterHas(filter []uint64, h, size uint32) bool {
	w, bits := filterAt(h, size)
	return filter[w]&bits == bits
}

// slotOf is the bucket of the anchors of a key whose hash is h.
func (t *anchors) slotOf(h uint32) uint32 { return h >> (32 - t.bits) & t.mask }

// key4 returns the four bytes of p from j on as a key.
func key4(p string, j int) uint32 {
	return uint32(p[j]) | uint32(p[j+1])<<8 | uint32(p[j+2])<<16 | uint32(p[j+3])<<24
}

// key8 returns the eight bytes of p from j on as a key.
func key8(p string, j int) uint64 { return binary.LittleEndian.Uint64([]byte(p[j : j+8])) }

// search adds to found every phrase that occurs in b[:n]. b holds at least
// eight bytes after n, all zero (no phrase holds a zero byte). At each
// position the eight bytes from it are looked up among the long phrases'
// anchors and their first four among the short ones': each through its
// filter first, the bucket's anchors read in the loop itself; only a phrase
// longer than its anchor's eight bytes is compared in a call (verify).
func (m *matcher) search(b []byte, n int, found *phraseSet) {
	b = b[:n+8]
	long, short := &m.long, &m.short4
	// The filters as arrays of their constant sizes: a hash's high bits
	// index them with no bounds check.
	lf, lb, la := (*[1 << longBits / 64]uint64)(long.filter), long.bucket, long.anchor
	sf, sb, sa := (*[1 << shortBits / 64]uint64)(short.filter), short.bucket, short.anchor
	for i := 0; i < n-2; i++ {
		next8 := binary.LittleEndian.Uint64(b[i : i+8 : i+8])
		if h := hash8(next8); filterHas(lf[:], h, longBits) {
			slot := h >> (32 - longBits) & long.mask
			for j, end := lb[slot], lb[slot+1]; j < end; j++ {
				if a := &la[j]; a.next8 == next8 {
					if a.n8&whole != 0 {
						found.add(a.id)
					} else {
						m.verify(b, n, i, a, found)
					}
				}
			}
		}
		w := uint32(next8)
		h := hash(w)
		if !filterHas(sf[:], h, shortBits) {
			continue
		}
		slot := h >> (32 - shortBits) & short.mask
		for j, end := sb[slot], sb[slot+1]; j < end; j++ {
			a := &sa[j]
			if next8&(math.MaxUint64>>(64-8*(a.n8&15))) != a.next8 {
				continue
			}
			if a.n8&whole != 0 {
				found.add(a.id)
			} else {
				m.verify(b, n, i, a, found)
			}
		}
		if m.has3 && m.short[w&0xffff/64]&(1<<(w&63)) != 0 {
			m.verify3(b, n, i, w&0xffffff, found)
		}
	}
}

// verify adds a's phrase to found when it occurs in b[:n] with its anchor
// at i (whose first eight bytes were found to match).
func (m *matcher) verify(b []byte, n, i int, a *anchor, found *phraseSet) {
	l := int(binary.LittleEndian.Uint16(m.text[a.at-2:]))
	at := i - int(a.off)
	if at >= 0 && at+l <= n && string(b[at:at+l]) == string(m.text[a.at:int(a.at)+l]) {
		found.add(a.id)
	}
}

// verify3 adds to found each three-byte phrase key (the phrase itself) at i.
func (m *matcher) verify3(b []byte, n, i int, key uint32, found *phraseSet) {
	t := &m.short4
	h := t.slotOf(hash(key))
	for j := t.bucket[h]; j < t.bucket[h+1]; j++ {
		if a := &t.anchor[j]; a.key() == key && a.n8&15 == 3 {
			found.add(a.id)
		}
	}
}

// maxBucket returns the most anchors in one bucket: the most a position of
// a text can make the search compare in each table.
func (m *matcher) maxBucket() int {
	most := 0
	for _, t := range []*anchors{&m.long, &m.short4} {
		for h := 0; h+1 < len(t.bucket); h++ {
			most = max(most, int(t.bucket[h+1]-t.bucket[h]))
		}
	}
	return most
}
