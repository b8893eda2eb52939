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
// character references (entityAt: a reply shown on a page), and characters
// written in several ways as one (foldVariant: curly quotes, dashes, the
// letters upper case loses). Phrases are normalized the same way, so a phrase
// occurs in the text exactly when its bytes occur in that copy.
//
// Each phrase has an anchor: the four of its bytes in a row that the fewest
// other phrases hold (all three, for a phrase of three). The search reads
// the copy's four bytes at each position, hashes them and tests two bits of
// one word of a filter (32 kB); only where both are set does it look the
// anchor up and compare the phrases anchored there: first the eight bytes
// from the anchor on, kept beside it, then the whole phrase. The anchors are
// filed in buckets by their hash, each bucket's anchors side by side, so a
// position compares only the anchors whose hash it shares. Over the
// project's corpus, one position in ten passes the filter, and about four in
// five of those hold an anchor (with one bit a key, one in seven passed, and
// three in five of those held one). The work is linear in the length of the
// text: a position compares at most the anchors of one bucket (maxBucket).
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
	filter [filterWords]uint64  // filterAt(key)'s two bits set for each anchor's key (a three-byte one's with each byte that can follow it)
	bucket []uint16             // bucket h's anchors are anchors[bucket[h]:bucket[h+1]]
	anchor []anchor             // by bucket
	mask   uint32               // len(bucket)-2: the bucket of a key is slot(key)
	short  [1 << 16 / 64]uint64 // bit k set when a three-byte phrase starts with the two bytes k
	has3   bool                 // some phrase has three bytes
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
	filterBits  = 18 // the filter has 1<<filterBits bits
	filterWords = 1 << filterBits / 64
	hashMul     = 0x9e3779b1 // Knuth's multiplicative hash: 2^32 over the golden ratio
	minPhrase   = 3          // a phrase has at least three bytes
	maxPhrase   = 1024       // and at most this many (scanChunk holds more)
)

// TableBytes returns the memory the matcher's tables take, phrases included.
func (m *matcher) TableBytes() int {
	return 8*filterWords + 8*len(m.short) + 2*len(m.bucket) + int(unsafe.Sizeof(anchor{}))*len(m.anchor) + len(m.text)
}

// hash maps a key to 32 bits, whose high filterBits bits index the filter
// and the buckets.
func hash(w uint32) uint32 { return w * hashMul }

// newMatcher builds the matcher for phrases, which must be normalized and
// distinct, each of minPhrase to maxPhrase bytes. Phrase i is reported as ID
// i.
func newMatcher(phrases []string) *matcher {
	if len(phrases) > maxPhrases {
		panic(fmt.Sprintf("classify: %d phrases, at most %d", len(phrases), maxPhrases))
	}
	// How many phrases hold each four bytes: a phrase is anchored on the
	// four that the fewest others hold (over the corpus, about two in five
	// anchors met in a text belong to a phrase that is there: common words
	// inside unique phrases are common in texts too).
	held := make(map[uint32]int, 8*len(phrases))
	for _, p := range phrases {
		if len(p) < minPhrase || len(p) > maxPhrase {
			panic(fmt.Sprintf("classify: phrase %q: %d bytes, want %d to %d", p, len(p), minPhrase, maxPhrase))
		}
		if strings.IndexByte(p, 0) >= 0 {
			panic(fmt.Sprintf("classify: phrase %q holds a zero byte", p))
		}
		for j := 0; j+4 <= len(p); j++ {
			held[key4(p, j)]++
		}
	}
	size := 1
	for size < len(phrases) {
		size *= 2
	}
	m := &matcher{bucket: make([]uint16, size+1), mask: uint32(size - 1)}
	textLen := 0
	for _, p := range phrases {
		textLen += 2 + len(p)
	}
	m.text = make([]byte, 0, textLen)
	anchors := make([]anchor, 0, len(phrases))
	for id, p := range phrases {
		m.maxLen = max(m.maxLen, len(p))
		m.text = binary.LittleEndian.AppendUint16(m.text, uint16(len(p)))
		a := anchor{id: uint16(id), at: uint32(len(m.text))}
		m.text = append(m.text, p...)
		if len(p) == 3 {
			// Filed under its three bytes, and found through the filter
			// under every four its copy can hold: the three and any byte
			// the copy can hold after them (none is an upper-case letter
			// or a tab or line end; a zero pads the end).
			key := uint32(p[0]) | uint32(p[1])<<8 | uint32(p[2])<<16
			m.has3 = true
			m.short[key&0xffff/64] |= 1 << (key & 63)
			for c := 0; c < 256; c++ {
				if plain[c] == byte(c) || c >= utf8.RuneSelf || c == 0 || c == '\\' || c == '\n' {
					setBit(&m.filter, key|uint32(c)<<24)
				}
			}
		} else {
			best := math.MaxInt
			for j := 0; j+4 <= len(p) && j <= math.MaxUint8; j++ {
				if k := key4(p, j); held[k] < best {
					best = held[k]
					a.off = uint8(j)
				}
			}
			setBit(&m.filter, key4(p, int(a.off)))
		}
		tail := p[a.off:]
		var next [8]byte
		k := copy(next[:], tail)
		a.next8 = binary.LittleEndian.Uint64(next[:])
		a.n8 = uint8(k)
		if a.off == 0 && len(p) <= 8 {
			a.n8 |= whole
		}
		anchors = append(anchors, a)
		m.bucket[m.slot(a.key())+1]++
	}
	// The phrases as strings read from text, now that it no longer grows.
	m.phrase = make([]string, len(phrases))
	for _, a := range anchors {
		m.phrase[a.id] = unsafe.String(&m.text[a.at], len(phrases[a.id]))
	}
	// Counts to starts, then each anchor to its place, in phrase order.
	for h := 1; h < len(m.bucket); h++ {
		m.bucket[h] += m.bucket[h-1]
	}
	m.anchor = make([]anchor, len(anchors))
	next := slices.Clone(m.bucket)
	for _, a := range anchors {
		h := m.slot(a.key())
		m.anchor[next[h]] = a
		next[h]++
	}
	return m
}

// slot is the bucket of key's anchors.
func (m *matcher) slot(key uint32) uint32 { return m.slotOf(hash(key)) }

// slotOf is the bucket of the anchors of a key whose hash is h: the low bits
// of the hash's high filterBits bits.
func (m *matcher) slotOf(h uint32) uint32 { return h >> (32 - filterBits) & m.mask }

// key4 returns the four bytes of p from j on as a key.
func key4(p string, j int) uint32 {
	return uint32(p[j]) | uint32(p[j+1])<<8 | uint32(p[j+2])<<16 | uint32(p[j+3])<<24
}

// filterAt returns the word of the filter and the two bits of it that stand
// for a key whose hash is h: the word and the first bit are the hash's high
// filterBits bits, the second bit the six hash bits below them.
func filterAt(h uint32) (uint32, uint64) {
	return h >> (32 - filterBits + 6), 1<<(h>>(32-filterBits)&63) | 1<<(h>>(32-filterBits-6)&63)
}

func setBit(f *[filterWords]uint64, key uint32) {
	w, bits := filterAt(hash(key))
	f[w] |= bits
}

// search adds to found every phrase that occurs in b[:n]. b holds at least
// eight bytes after n, all zero (no phrase holds a zero byte). The filter
// test and the bucket's anchors are read in the loop itself, with the hash
// worked out once a position; only a phrase longer than its anchor's eight
// bytes is compared in a call (verify).
func (m *matcher) search(b []byte, n int, found *phraseSet) {
	b = b[:n+8]
	filter, bucket, anchors := &m.filter, m.bucket, m.anchor
	for i := 0; i < n-2; i++ {
		w := binary.LittleEndian.Uint32(b[i : i+4 : i+4])
		h := hash(w)
		if fw, bits := filterAt(h); filter[fw]&bits != bits {
			continue
		}
		next8 := binary.LittleEndian.Uint64(b[i:])
		slot := m.slotOf(h)
		for j, end := bucket[slot], bucket[slot+1]; j < end; j++ {
			a := &anchors[j]
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
	h := m.slot(key)
	for j := m.bucket[h]; j < m.bucket[h+1]; j++ {
		if a := &m.anchor[j]; a.key() == key {
			found.add(a.id)
		}
	}
}

// maxBucket returns the most anchors in one bucket: the most a position of
// a text can make the search compare.
func (m *matcher) maxBucket() int {
	most := 0
	for h := 0; h+1 < len(m.bucket); h++ {
		most = max(most, int(m.bucket[h+1]-m.bucket[h]))
	}
	return most
}
