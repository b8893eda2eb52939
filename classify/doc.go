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
//     syslog header, wrapped by Go errors, inside a JSON log line (its
//     escapes, "\n" and "\uXXXX" included), as a Python smtplib tuple, with
//     CRLF line ends, typographic quotes or in upper case.
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
// built once, by the first call that needs it (about a third of a second),
// so importing the package costs nothing at start. A text
// is scanned once by an Aho-Corasick automaton holding every phrase of the table,
// so the cost grows with the length of the input, not with the number of rules;
// only the rules whose kind, code, enhanced code and phrases can hold are then
// tried. The automaton is a double array: full rows for the shallow states,
// trie edges and failure links below (8,438 phrases: 336,765 states, 84
// symbols, non-ASCII bytes as two; a 4,438 kB table; TestAutomatonSize prints
// these). Text in other scripts is folded outside the ASCII fast path: a
// two-byte character from a table, a three-byte character of a block without
// case (CJK, kana, Hangul) as written, any other decoded. Escapes (a reply
// logged inside a JSON or Python string) and stack trace lines are read on
// the same slow path, at a line end or a backslash. Enhanced codes of the
// usual shape find the rules they allow, and their IANA registry entry, in
// tables built once. The rule walk reads only the words of the found-phrase
// set that hold a phrase, and checks of a rule only the conditions its
// narrowing left.
//
// Measured on a shared two-core AMD EPYC, whose load makes single timings vary
// twofold; BenchmarkCorpus/ratio therefore times Text and a floor
// (strings.ToLower and one strings.Contains per text) in alternating rounds
// over the texts of testdata/errors and testdata/catalogs (10,539 texts, 929
// kB, 58% of them with non-ASCII text). In one run of go test -run '^$' -bench
// 'Corpus/ratio' -benchmem -count 5 ./classify on a quiet machine, [Text]
// costs 1.25 to 1.31 µs per text, 2.33 to 2.47 times the floor's 0.52 to 0.54
// µs, with no allocations. Most of the table is the mail clients' and
// products' own sentences in every language each ships (Roundcube, FairEmail,
// GNOME Online Accounts, Delta Chat, Thunderbird, Evolution, Geary, KDE's
// KIMAP, KSMTP and Akonadi resources, Trojitá, SOGo, SnappyMail, Mailspring,
// Nextcloud Mail, Horde, Cypht, Zimbra, mailcow, Mailu, EspoCRM, RainLoop,
// Claws Mail): in alternating runs over the same corpus, the table of 1,839
// kB gives 2.23 to 2.45 and this one 2.58 to 2.91, so the last fifteen
// clients' vocabularies cost about 17%. About 55 to 65% of the
// cost is the scan, which reads one table entry per byte, each entry's
// address depending on the last; splitting the table by script would spare
// ASCII text about 10% of its scan (measured: 0.96 against 1.09 µs a text
// with only the ASCII phrases' 841 kB automaton), and texts with other
// scripts would need both. The target of 1.3 times the floor is not met, and
// this design cannot meet it: the scan alone costs about the floor. Tried and
// not kept, each measured against the commit before it in alternating runs:
// reading a text in two interleaved lanes (9 to 30% slower over the corpus),
// placing the states ASCII text reaches first (2%, within the noise), symbols
// numbered by frequency, a phrase's outputs kept beside its row, a full row
// for fewer or more shallow states, and an inner loop that calls nothing (6%
// fewer instructions in cachegrind, more mispredicted branches, no gain in
// time). A text's cost per byte stays flat from 64 KB to 1 MB of the same
// text, 7.6 to 9.2 ns a byte (BenchmarkTextSize). [Error] takes 0.44 to 0.90
// µs and allocates nothing for go-smtp, net/smtp, x/oauth2 and context
// errors and once for a bare *net.OpError or *net.DNSError, whose message it
// writes into one buffer (BenchmarkError).
package classify
