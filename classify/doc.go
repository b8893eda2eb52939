// Package classify turns a failure seen while using a customer's mailbox into a
// [Verdict]: what kind of failure it is ([Class]), the pause reason to store
// ([Reason]), whether the owner must reconnect, the parsed codes, the provider
// when known, the ID of the rule that decided, and a retry hint for temporary
// failures.
//
// # Inputs
//
//   - [Error] takes a Go error and looks through its whole chain for
//     *smtp.SMTPError (go-smtp), *textproto.Error (net/smtp),
//     *oauth2.RetrieveError (also behind *url.Error or the google package), and
//     otherwise classifies its message; network, DNS, TLS, x509 and context
//     errors are recognised by message and, failing that, by type.
//   - [Reply] takes an SMTP reply as code, enhanced code and text.
//   - [OAuth] takes the [Grant] type of the failed request and a token
//     endpoint's HTTP status, error code and description; a failure outside a
//     refresh (code exchange, client credentials, JWT bearer) is never the
//     mailbox's. Microsoft's AADSTS codes decide by a data table of Microsoft's
//     whole reference, and a reply that is only its enhanced code's IANA title
//     by the IANA registry.
//   - [Text] takes a logged string of any of these kinds. A logged string and
//     the Go value it came from give the same class, and so does the string
//     however an application logged it: after a time stamp, a level or a
//     syslog header, in tab-separated fields, wrapped by Go errors, inside a
//     JSON log line (its escapes, "\n" and "\uXXXX" included, surrogate
//     pairs and a line escaped twice too), quoted by Go's %q, as a Python
//     smtplib tuple, on a page with character references ("Can&#39;t",
//     "&quot;") or a no-break space after the code, with CRLF line ends,
//     typographic quotes or in upper case, and a reply inside a bounce's
//     Diagnostic-Code or Postfix's log line.
//
// This package knows no server hosts: package provider's Refine completes a
// verdict with the host the failure came from (the provider's ID, and
// hostinger_reauth_required for an auth failure on Hostinger).
//
// # Precedence
//
// One ordered table of rules decides (see [Rules] and [Explain]). Provider texts
// that are known exactly come first (Microsoft's 5.7.139 variants, Google's
// 5.7.9 and 5.7.14, OAuth and AADSTS codes), then look-alikes that mention
// "authentication" without being about our credentials (SPF, DKIM and DMARC
// rejections from receiving servers, disabled or full recipient mailboxes,
// blocklists), then generic wording, then enhanced status codes (RFC 3463), and
// last the basic reply code (RFC 5321). A specific text therefore beats a
// generic code. Precision comes first: a false "reconnect" stops a customer's
// campaigns, so wording that is only temporary (454 4.7.0, IMAP [UNAVAILABLE],
// token endpoint 5xx and HTML pages) never flags a mailbox.
//
// After the table, one check can take a reconnect verdict back: a text that
// names a service other than mail (a cloud or its CLI, a CI server, a
// registry, monitoring, a chat, SMS or push gateway, a payment, commerce, AI
// or social API, a CRM, a calendar server, a password manager) and nothing
// about mail (no mail protocol, provider, server, client, SMTP reply code or
// word for e-mail) is that service refusing the product's own key or login,
// and gets [ClassConfig] with the rule other_service_login. It never applies
// with a mail server's reply code, to Google's and Microsoft's grant errors
// (their grant is the mailbox's too) or to identity servers (Keycloak,
// authentik, Okta), which may hold a mailbox's grant.
//
// Last, a text that nothing above recognised (by [Text], [Reply] or
// [OAuth]) is read for the product's own setup: its OAuth client ID or
// secret missing or wrong, its OAuth redirect's state not matching, an
// authorization code it did not get or that was refused, its redirect URI
// or its OAuth set-up named, gets [ClassPlatform] (rules
// oauth_client_unset, oauth_state_failed, oauth_code_invalid,
// oauth_redirect_unset and oauth_setup_unset); an address to send to that
// is not valid, where the text says it is a recipient's, gets
// [ClassRecipient] (recipient_address_invalid); a password or credential the product
// stored and can no longer decrypt (its key changed), a mail password or
// user name left blank, STARTTLS or the encryption mode, a SASL mechanism
// the server does not take, a setting of the product missing, unset or
// invalid ("is not configured", "is required", "invalid option",
// "environment variable", and their like in 25 other languages), the
// sender's From address or the product's configuration file named, or
// something "unsupported" or only one thing "supported" gets [ClassConfig]
// (stored_password_undecryptable, mail_password_unset, mail_username_blank,
// mail_security_setting, mail_mechanism_setting, settings_unset,
// sender_address_setting, config_file_setting, unsupported_setting,
// only_supported_setting). These decide no text another rule read, nor one
// that speaks of a refused login, an expired or revoked grant, a limit, the
// network or a block, nor one that only guesses at the cause ("might not be
// configured").
//
// # Zero values
//
// The zero Verdict means "no error": Error(nil), Error of a typed nil pointer,
// Text("") and Reply(0, "", "") return it. A non-nil input nothing recognises gets [ClassUnknown] and the rule
// "unrecognized". The reason is always [Class.Reason] of the class. A single
// error never gives [ReasonAuthErrors]: that reason is what repeated
// auth_temporary failures escalate to in package reconnect.
//
// # Concurrency and cost
//
// Every function is safe for concurrent use; the rule table is immutable, and
// built once, by the first call that needs it (examples/classify, run on one
// line, takes 0.17 s and 20 MB in all), so importing the package costs nothing
// at start. A text is written out once as the rules read it (lower-cased,
// white space and backticks as one space, quote markers, reply prefixes and
// stack trace lines left out, escapes and character references read as what
// they stand for, a URL-encoded word decoded, a terminal's colour codes
// left out, other scripts folded) into a
// buffer on the stack, and every phrase of the table is found in that copy
// in one pass: a phrase of eight bytes or more is anchored on eight of its
// bytes and looked up through a 128 kB filter, a shorter one (a few hundred of them)
// on four through a 64 kB one, so a text of 88 bytes goes to the anchors'
// buckets about 6 times, 2.9 of them for a long anchor (2.8 of those one it
// holds) and the rest in the short anchors' table, which stays in cache (43,054
// phrases, 3,200 kB of tables with the phrases themselves, at most 14
// anchors in a bucket; TestMatcherSize prints these). The short filter was
// 8 kB before commit 17782c2: a quarter of its bits were set and a text
// passed it 8.8 times, 6 of them for nothing; at 64 kB it passes 3.4 times
// and Text is about 7% faster (alternating runs, 2.69 to 2.80 times the
// floor against 2.89 to 3.12). Eight bytes of plain
// ASCII, and a two-byte character from a table, are written to the copy at
// once. Only the rules whose kind, code, enhanced code and phrases can hold
// are then tried (a rule with phrases only when one of them was found).
// Enhanced codes of the usual shape find the rules they allow, and their
// IANA registry entry, in tables built once. The cost grows with the length
// of the input, not with the number of rules.
//
// Measured on a shared two-core AMD EPYC, whose load makes single timings vary
// twofold; BenchmarkCorpus/ratio therefore times Text and a floor
// (strings.ToLower and one strings.Contains per text) in alternating rounds
// over the texts of testdata/errors and testdata/catalogs (32,348 texts, 2.8
// MB, 64% of them with non-ASCII text). In one run of go test -run '^$' -bench
// 'Corpus' -benchmem -count 3 ./classify (commit 3848005), [Text] costs 0.94
// µs per text, 2.38 to 2.47 times the floor's 0.39 µs (936 to 954 ns against
// 385 to 393 ns), with no allocations (BenchmarkCorpus/text, 0 allocs; a
// URL-encoded or coloured text is rewritten into pooled buffers, and a text's
// phrase set comes from a pool, which a garbage collection empties now and
// then: a few hundred bytes a pass over the corpus). The target of 1.3 times
// the floor is not met. Over 256 texts spread over the corpus and repeated,
// so that the anchors and phrases they read stay in the core's caches
// (BenchmarkCorpus/ratio-hot), the same run gives 1.92 to 1.94 times the floor
// (682 to 687 ns per text). Held-out rounds 59 to 61's families (about 22
// rules and 650 phrases; the non-mail-subject check runs only after a
// reconnect verdict) cost about 5 to 10%: in 4 alternating pairs over the
// same corpus, commit b2903f6's binary took 1,047 to 1,160 ns
// per text (2.58 to 2.75 times the floor) and commit decee77's 1,131 to
// 1,172 (2.72 to 2.77; one pair on a busier moment gave 1,603 and 2.42).
// Rounds 62 to 65's families, after that measure, added 7 rules and about
// 120 phrases (38,856 phrases, 3,004,871 bytes).
// Held-out rounds 55 to 57's families and the
// shared vocabularies written with them (about 90 rules and 5,900
// phrases, many of them in other scripts: 38,074 phrases in 2,972,883 bytes)
// cost about 5 to 10%: in 6 alternating pairs of test binaries over the same
// corpus (38,000 texts), commit ee8ed7b's binary took 1,099 to 1,596 ns per
// text (2.11 to 2.75 times the floor) and commit 4d43286's 1,198 to 1,796
// (2.48 to 2.85); on a machine this loaded, single pairs disagree by more.
// Rounds 50 to 53's families (94 rules, about
// 920 phrases: 32,176 phrases in 2,379,762 bytes) cost about 5%: in 3
// alternating runs over the corpus of commit 705c46a (32,696 texts), commit
// 57167ed's binary took 1,032 to 1,080 ns per text (2.48 to 2.57 times the
// floor), 705c46a's 1,108 to 1,153 (2.57 to 2.59). Held-out round 50's families and three
// vocabularies shared across products (57 rules, about 330 phrases) cost
// about 2%: in 3 alternating pairs over this corpus, commit 57167ed's binary
// took 924 to 957 ns per text, this one 943 to 969. Held-out rounds 47 to
// 49's families (92 rules, about 1,550 phrases) and reading a page's tags
// cost about 4%: in 3 alternating pairs over that stop's corpus, commit
// 57227b1's binary took 880 to 921 ns per text, commit 8dbfa69's 929 to 965.
// At commit b008a8f (30,810 texts) the
// ratio was 2.29 to 2.30 and the hot one 1.78 to 1.83
// (631 to 636 ns per text). Anchoring the long phrases on eight bytes
// instead of four, with the short filter's test written out with its
// constant size, took about 8% off: in 5 alternating pairs of test binaries
// over that corpus, the one with four-byte anchors (commit f85db40's
// match.go) took 963 ns per text at best, 2.40 times the floor, this one 882
// ns, 2.23 times (the long anchors' filter at 64 kB with three bits a key
// gave the same; at 32 kB it passed twice as many positions, most of them
// false). Before: over the
// corpus of commit b2f9f03 (27,523 texts), 2.38 to 2.53 times the floor.
// The 2,447 phrases of held-out round 35's product vocabularies cost about
// 7% (in 8 alternating pairs of test binaries, 1,139 to 1,214 ns per text at
// best). Writing the normalized
// copy costs about a quarter of [Text], finding and checking the anchors about
// half (a lookup that misses the caches is most of it: the table is larger
// than a core's cache, and each text reads other anchors), and the rule walk
// with the reply's codes the rest. The ASCII copy eight bytes at a time, the
// buckets, the filter's second bit, the search's own loop over a bucket and
// the two-byte characters' table each gave a few per cent in alternating
// runs, and so did an anchor that carries where its phrase's bytes are (no
// string header read to check it) with the rules a phrase gates listed as
// indexes (a 640-bit rule set per phrase had taken 1.5 MB): 8% in
// alternating runs. Completing one Verdict in place after the rule walk,
// instead of passing it from step to step by value, took a short text's call
// from about 175 to 125 ns. Tried and not kept: up to eight more of a
// phrase's bytes kept in its anchor, to refuse a false candidate without
// reading the phrase (within the noise, with a table half again as large),
// anchors chosen by a byte-frequency score as well as by how many phrases
// share them (no fewer lookups), a slot's first anchor kept in the slot (no
// faster), the filter's hits gathered before the buckets are read (no
// faster), and a hash of the whole phrase kept in its anchor in place of
// where its bytes are, so that only a candidate whose bytes hash alike reads
// the phrase (over the corpus a text checks 5.7 candidates and finds 2.6; in
// 6 alternating pairs, 1,088 against 1,069 ns per text at best: no faster),
// and the long phrases' table read at every other position only, each phrase
// anchored twice (at two neighbouring offsets, so that one of the two lies at
// a position the search reads): the tables grew from 2.2 to 2.9 MB and in 4
// alternating pairs it was no faster (961 to 1,186 ns per text against 911
// to 1,023 on a busy machine). The set of phrases a call finds comes from a
// pool and is emptied word by word after the call (its summary words say
// which), where a set on the stack was zeroed whole on every call: at
// 65,536 phrases (8 kB) the same speed as the 4 kB set had.
//
// The phrases were found by an Aho-Corasick automaton until this release. In
// alternating runs of both over the same corpus (at commit 4803fd6), the automaton gave 2.68 to
// 3.04 times the floor and the anchors give 2.54 to 2.72; the automaton's
// tables took 4,438 kB (336,765 states) and its first use 0.31 s and 48 MB,
// and each client vocabulary made every byte of every text slower (the last
// fifteen cost it about 17%), where anchors cost a lookup only where a text
// holds a phrase's four bytes. On one long text (BenchmarkTextSize: 64 kB of
// the corpus joined, repeated to 1 MB) the anchors are slower, 11 to 14 ns a
// byte against the automaton's 8 to 10: such a text holds a phrase's anchor
// at every few bytes. The cost per byte stays flat from 64 kB to 1 MB. Tried
// and not kept: anchors chosen to avoid spaces (twice the lookups: the words
// inside phrases are common words), long anchors looked up only where a word
// starts (after a byte no word holds, or on the first byte of a Chinese,
// Japanese or Korean character; 29,061 of 31,589 long phrases have eight
// bytes there, and a text has a word start at 18% of its positions): the
// long filter was read at 16.5 positions a text instead of 85, but the
// anchors at word starts are common words ("authenti" anchored 46 phrases),
// and the phrases left without one needed a third table read at every
// position. In 3 alternating pairs of test binaries against commit ee8ed7b's:
// with a branch per position, 1,243 to 1,388 ns per text against 1,065 to
// 1,234; with the word starts listed first, 1,217 to 1,403 against 1,030 to
// 1,092. And earlier, for the automaton, reading
// a text in two interleaved lanes, states and symbols reordered, and a table
// split by script. [Error] takes 0.6 to 1.3 µs and allocates nothing for
// go-smtp, net/smtp, x/oauth2 and context errors and once for a bare
// *net.OpError or *net.DNSError, whose message it writes into one buffer
// (BenchmarkError).
package classify
