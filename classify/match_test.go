package classify

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// phraseFinder builds a matcher of phrases (normalised in place) and returns
// a function that lists, in the phrases' order, those a text holds.
func phraseFinder(phrases []string) func(string) []string {
	for i := range phrases {
		phrases[i] = normalizePhrase(phrases[i])
	}
	m := newMatcher(phrases)
	return func(s string) []string {
		var f phraseSet
		m.scan(s, &f)
		var out []string
		for i, p := range phrases {
			if f.has(uint16(i)) {
				out = append(out, p)
			}
		}
		return out
	}
}

func TestMatcher(t *testing.T) {
	phrases := []string{"log in via your web browser", "ush", "she", "hers", " eof ", "5.7.8", "[unavailable]"}
	find := phraseFinder(phrases)
	// A phrase spans the lines of a multi-line reply; their prefixes are skipped.
	assert.Equal(t, []string{"log in via your web browser"},
		find("534-5.7.14 Please LOG IN via\n534-5.7.14 your web\tbrowser and try again."))
	// Overlapping phrases are all found.
	assert.Equal(t, []string{"ush", "she", "hers"}, find("USHERS"))
	// Word boundaries come from the virtual spaces around the text.
	assert.Equal(t, []string{" eof "}, find("EOF"))
	assert.Empty(t, find("GEOFF"))
	// Codes inside the text (not at a line start) are still seen.
	assert.Equal(t, []string{"5.7.8"}, find("SMTP error 535: 5.7.8 bad"))
	assert.Equal(t, []string{"[unavailable]"}, find("a1 NO [UNAVAILABLE] try later"))
	assert.Empty(t, find(""))
}

// A three-byte phrase is found before any byte the copy can hold after it:
// a "<" that starts no tag and an "&" that starts no reference are written
// as themselves.
func TestMatcherThreeBytesBeforeMarkup(t *testing.T) {
	find := phraseFinder([]string{"to:", "a&b"})
	assert.Equal(t, []string{"to:"}, find("RCPT TO:<bob@example.org>"))
	assert.Equal(t, []string{"to:"}, find("to:&x"))
	assert.Equal(t, []string{"a&b"}, find("A&B&c"))
}

func TestNormalizePhrase(t *testing.T) {
	assert.Equal(t, "a b c", normalizePhrase("A \t\n B  C"))
	assert.Equal(t, " eof ", normalizePhrase(" EOF "))
}

// Phrases in other scripts match byte for byte after Unicode lower-casing, and
// ASCII letters next to them still fold.
func TestMatcherNonASCII(t *testing.T) {
	phrases := []string{
		"授权码",                // Chinese: authorization code (QQ, 163)
		"неверный пароль",    // Russian: wrong password
		"ungültig",           // German: invalid
		"não atendeu aos",    // Portuguese: did not meet the
		"認証に失敗しました",          // Japanese: authentication failed
		"인증 실패",              // Korean: authentication failure
		"ошибка авторизации", // Russian: authorization error
		"ü ok",
		"kimlik doğrulama", // Turkish: authentication
	}
	find := phraseFinder(phrases)
	assert.Equal(t, []string{"授权码"}, find("535 Error: 请使用授权码登录。详情请看"))
	// Cyrillic and Latin-1 capitals fold to the phrase's lower case.
	assert.Equal(t, []string{"неверный пароль"}, find("NO [AUTHENTICATIONFAILED] НЕВЕРНЫЙ ПАРОЛЬ"))
	assert.Equal(t, []string{"ungültig"}, find("535 Passwort UNGÜLTIG"))
	assert.Equal(t, []string{"não atendeu aos"}, find("O usuário NÃO ATENDEU AOS critérios"))
	assert.Equal(t, []string{"認証に失敗しました"}, find("535 認証に失敗しました。"))
	// A phrase spans the lines of a multi-line reply, and a no-break space or an
	// ideographic space is white space.
	assert.Equal(t, []string{"인증 실패"}, find("535-5.7.8 인증\n535 5.7.8 실패"))
	assert.Equal(t, []string{"인증 실패"}, find("인증\u3000실패"))
	assert.Equal(t, []string{"ошибка авторизации"}, find("Ошибка\u00a0\tАвторизации"))
	assert.Equal(t, []string{"ü ok"}, find("Ü OK"))
	// A capital that folds to an ASCII letter (U+0130 to i) reads as that letter.
	assert.Equal(t, []string{"kimlik doğrulama"}, find("535 KİMLİK DOĞRULAMA başarısız"))
	// Broken UTF-8 around a phrase neither hides it nor panics; a phrase cut
	// short by a broken character does not match.
	assert.Equal(t, []string{"授权码"}, find("\xe6\x8e授权码\xff"))
	assert.Empty(t, find("授权\xe7\xa0"))
	assert.Empty(t, find("\xff\xfe\xfd\x80\xc3"))
	// Case folding does not invent matches: similar letters of other scripts
	// stay apart (Latin "o" is not Cyrillic "о").
	assert.Empty(t, find("Heвepный пapoль"))
}

func TestNormalizePhraseNonASCII(t *testing.T) {
	assert.Equal(t, "ошибка авторизации", normalizePhrase("ОШИБКА  АВТОРИЗАЦИИ"))
	assert.Equal(t, "ungültig ä ö ß", normalizePhrase("UNGÜLTIG\u00a0Ä Ö ß"))
	assert.Equal(t, "\xff", normalizePhrase("\xff"))
}

// Upper-case Turkish and Greek lose letters their lower case has: dotless ı
// upper-cases to I, final ς to Σ, and Greek capitals drop the tonos. Both
// forms read the same.
func TestMatcherUpperCaseLetters(t *testing.T) {
	find := phraseFinder([]string{"başarısız", "αποτυχία σύνδεσης"})
	assert.Equal(t, []string{"başarisiz"}, find("Oturum açma BAŞARISIZ"))
	assert.Equal(t, []string{"αποτυχια συνδεσησ"}, find("ΑΠΟΤΥΧΙΑ ΣΥΝΔΕΣΗΣ"))
	assert.Equal(t, []string{"αποτυχια συνδεσησ"}, find("Αποτυχία σύνδεσης"))
	assert.Empty(t, find("başarılı")) // successful: a different word
}

// Logs escape what they quote: a JSON or Python string writes line ends as
// "\n", quotes as \", and Python's json.dumps every non-ASCII character as
// "\uXXXX". The scan reads the escapes as what they stand for: a reply
// prefix after an escaped line end is skipped like a real one's.
func TestMatcherEscapes(t *testing.T) {
	phrases := []string{"not accepted. learn more", `"error":"invalid_grant"`, "认证失败", "ews api"}
	find := phraseFinder(phrases)
	assert.Equal(t, []string{"not accepted. learn more"}, find(`{"error":"535-5.7.8 Username and Password not accepted.\n535-5.7.8 Learn more at"}`))
	assert.Equal(t, []string{"not accepted. learn more"}, find(`(535, b'5.7.8 Username and Password not accepted.\r\n5.7.8 Learn more')`))
	assert.Equal(t, []string{`"error":"invalid_grant"`}, find(`msg="{\"error\":\"invalid_grant\"}"`))
	assert.Equal(t, []string{"认证失败"}, find(`{"error": "535 \u8ba4\u8bc1\u5931\u8d25"}`))
	assert.Equal(t, []string{"认证失败"}, find(`535 \u8BA4\u8BC1\u5931\u8D25`))
	// A backslash that escapes nothing is skipped, and so is a broken or
	// surrogate escape's: the rest is read as written.
	assert.Equal(t, []string{"ews api"}, find(`EWS\ API`))
	assert.Empty(t, find(`\u8ba4\u8bc1\u5931\u8d2`))
	assert.Equal(t, []string{"认证失败"}, find(`\ud83d\u8ba4\u8bc1\u5931\u8d25`))
	assert.Empty(t, find(`not accepted.\x learn more`))
}

// Pages and XML bodies write characters as references ("Can&#39;t",
// "&quot;"), and the scan reads them as what they stand for, as it reads a
// log's escapes. An ampersand that starts no reference is itself.
func TestMatcherEntities(t *testing.T) {
	phrases := []string{"can't authenticate", `"invalid credentials"`, "at&t", "<error>", "认证失败", "5.7.8 learn more"}
	find := phraseFinder(phrases)
	assert.Equal(t, []string{"can't authenticate"}, find("Can&#39;t authenticate: the password isn&#39;t correct"))
	assert.Equal(t, []string{"can't authenticate"}, find("Can&#x27;t authenticate"))
	assert.Equal(t, []string{"can't authenticate"}, find("Can&apos;t&nbsp;authenticate"))
	assert.Equal(t, []string{`"invalid credentials"`}, find("The server said: &quot;Invalid credentials&quot;"))
	assert.Equal(t, []string{"at&t"}, find("AT&T mail"))
	assert.Equal(t, []string{"at&t"}, find("AT&amp;T mail"))
	assert.Equal(t, []string{"<error>"}, find("&lt;error&gt;"))
	assert.Equal(t, []string{"认证失败"}, find("535 &#35748;&#35777;&#22833;&#36133;"))
	// A line end written "&#10;" is one: the next line's reply prefix goes.
	assert.Equal(t, []string{"5.7.8 learn more"}, find("535-5.7.8 Not accepted. 5.7.8&#10;535-5.7.8 Learn more"))
	// Broken references are read as written; "&amp;lt;" is "&lt;", once.
	assert.Empty(t, find("Can&#39t authenticate"))
	assert.Empty(t, find("Can&#xZZ;t authenticate"))
	assert.Empty(t, find("&amp;lt;error&amp;gt;"))
}

// An "any of" list keeps only the phrases that hold no other phrase of the
// list once normalized: the list means the same with fewer states.
func TestShortest(t *testing.T) {
	assert.Equal(t, []string{"b"}, shortest([]string{"abc", "b"}))
	assert.Equal(t, []string{"Login  FAILED"}, shortest([]string{"Login  FAILED", "login failed", "the login failed for this account"}))
	assert.Equal(t, []string{"password", "contraseña"}, shortest([]string{"password", "contraseña"}))
	assert.Empty(t, shortest(nil))
}

// plain8 copies eight bytes exactly as the scan loop's one-byte path would,
// and declines every word that path would treat specially: words drawn from
// the bytes around each boundary its tests draw.
func TestPlain8(t *testing.T) {
	alphabet := []byte{0, '\t', '\n', '\r', 0x1f, ' ', '!', '@', 'A', 'M', 'Z', '[', '\\', ']', '`', 'a', 'z', '{', 0x7f, 0x80, 0xc3, 0xff}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		var word [8]byte
		for k := range word {
			word[k] = alphabet[rng.IntN(len(alphabet))]
		}
		last := alphabet[rng.IntN(len(alphabet))]
		// The one-byte path: each byte's plain form. Declined: what it sends
		// to rare (plain is 0), a space after a space, control bytes (a tab
		// or CR it writes as a space, which might follow one) and a
		// backtick (written as a space too).
		want, simple := [8]byte{}, true
		prev := last
		for k, c := range word {
			p := plain[c]
			if p == 0 || c < ' ' || c == '`' || (p == ' ' && prev == ' ') {
				simple = false
				break
			}
			want[k], prev = p, p
		}
		got, ok := plain8(binary.LittleEndian.Uint64(word[:]), last)
		require.Equal(t, simple, ok, "%q after %q", word, last)
		if ok {
			require.Equal(t, binary.LittleEndian.Uint64(want[:]), got, "%q after %q", word, last)
		}
	}
}

// A phrase set is reused from a pool: clear must empty every word the text
// set, in every part of the ID range, or a phrase of one text would decide
// the next.
func TestPhraseSetClear(t *testing.T) {
	var p phraseSet
	r := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 100; round++ {
		for k := r.IntN(200); k > 0; k-- {
			p.add(uint16(r.IntN(maxPhrases)))
		}
		p.add(0)
		p.add(maxPhrases - 1)
		p.clear()
		require.Equal(t, phraseSet{}, p, "round %d", round)
	}
}

// Two texts in a row on one goroutine (which takes back the set the first
// returned): the second's verdict is its own.
func TestPhraseSetReuse(t *testing.T) {
	want := Text("connect: connection refused")
	for i := 0; i < 100; i++ {
		Text("535 5.7.8 Username and Password not accepted")
		require.Equal(t, want, Text("connect: connection refused"))
	}
}

// tagLen reads the tags of the elements a page sets an error in, and
// nothing else that starts with '<'.
func TestTagLen(t *testing.T) {
	for s, want := range map[string]int{
		"<br>": 4, "<BR/>": 5, "<br />": 6, "</pre>": 6, "<p>": 3, "<code>": 6,
		`<span class="err">`: 18, "<h3 id=x>": 9,
		"<b@example.org>": 0, "<user@example.org>": 0, "<brand>": 0, "<br": 0,
		"<pre class=x\n>": 0, "< br>": 0, "<>": 0, "</>": 0, "<p<b>": 0,
	} {
		assert.Equal(t, want, tagLen(s, 0), "%q", s)
	}
	// A text in tags reads as its words; an address in angle brackets is kept.
	find := phraseFinder([]string{"password not accepted", "<b@example.org>"})
	assert.Equal(t, []string{"password not accepted"}, find("<p>535 5.7.8 Password<br/>not accepted</p>"))
	assert.Equal(t, []string{"<b@example.org>"}, find("from <b@example.org>"))
	// The same when a page or a log escaped the markup once more, or a
	// wrapped log ended a line after a tag's name.
	assert.Equal(t, len("<pre\n  class=x>"), tagLen("<pre\n  class=x>", 0))
	for _, s := range []string{
		"535 5.7.8 Password&lt;br&gt;not accepted",
		"535 5.7.8 Password&lt;a href=&#34;/help&#34;&gt;not accepted&lt;/a&gt;",
		`{"error":"535 5.7.8 Password\u003cbr /\u003enot accepted"}`,
		`{"log":"{\"error\":\"535 5.7.8 Password\\u003ca href=\\\"/help\\\"\\u003enot accepted\"}"}`,
		"535 5.7.8 Password <span\n    class=\"err\">not accepted</span>",
	} {
		assert.Equal(t, []string{"password not accepted"}, find(s), "%q", s)
	}
	assert.Equal(t, []string{"<b@example.org>"}, find("from &lt;b@example.org&gt;"))
	assert.Equal(t, []string{"<b@example.org>"}, find(`from \u003cb@example.org\u003e`))
}
