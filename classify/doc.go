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
// Every function is safe for concurrent use; the rule table is immutable. A text
// is scanned once by an Aho-Corasick automaton holding every phrase of the table,
// so the cost grows with the length of the input, not with the number of rules;
// only the rules whose kind, code, enhanced code and phrases can hold are then
// tried. The automaton is a double array: full rows for the shallow states,
// trie edges and failure links below (4,075 phrases: 68,423 states, 81
// symbols, non-ASCII bytes as two; a 1,052 kB table; TestAutomatonSize prints
// these). Text in other scripts is folded outside the ASCII fast path: a
// two-byte character from a table, a three-byte character of a block without
// case (CJK, kana, Hangul) as written, any other decoded. Escapes (a reply
// logged inside a JSON or Python string) and stack trace lines are read on
// the same slow path, at a line end or a backslash. Enhanced codes of the
// usual shape find the rules they allow, and their IANA registry entry, in
// tables built once.
//
// Measured on a shared two-core AMD EPYC, whose load makes single timings vary
// twofold; BenchmarkCorpus/ratio therefore times Text and a floor
// (strings.ToLower and one strings.Contains per text) in alternating rounds
// over the texts of testdata/errors and testdata/catalogs. In one run of
// go test -run '^$' -bench 'Corpus' -benchmem -count 5 ./classify, [Text]
// costs 1.57 to 1.71 µs per text, 2.55 to 2.92 times the floor's 0.56 to
// 0.63 µs, with no allocations. The ratio was 2.26 to 2.38 with 2,335
// phrases; the word families of 31 more languages and the phrases of held-out
// rounds 11 to 14 took the table from 590 to 859 kB, and a table that no
// longer fits the second-level cache costs every byte more. Later tables
// (Outlook's transport numbers, mail tools' messages, and the client
// vocabularies of Thunderbird's, Claws Mail's and Horde's translations) took
// it to 1,052 kB; the timings here were measured at 859 kB. The phrases in
// other scripts cost ASCII text about 10% (scanning the corpus's ASCII texts
// with only the ASCII phrases' automaton takes 650 ns a text, with the whole
// table 722 ns). Folding non-ASCII text without decoding took the ratio from
// 2.22 to 2.05 on the phrase table of its time (before the double array it
// was 4.8 to 5.8). About 55% of the cost is the scan, which reads one table
// entry per byte, each entry's address depending on the last: 4.6 ns a byte
// over ASCII text, where the same loop over a table that fits the
// first-level cache takes 2.3 ns and the floor 3.7 ns. The target of 1.3
// times the floor is not met, and this design cannot meet it: the scan alone
// costs about the floor, and the rule walk, the reply parser and the AADSTS
// and NetEase lookups (about 0.6 µs) cannot fit in the remaining 0.3 times.
// Reading a text in two interleaved lanes was tried: 27% faster on a
// megabyte that matches nothing, 9 to 30% slower over the corpus (124 bytes
// a text on average), so the scan stays one lane; placing the states that
// ASCII text reaches before the others gained 2%, within the noise. A text's
// cost per byte stays flat from 1 KB to 1 MB, 7.1 to 8.1 ns a byte
// (BenchmarkTextSize). [Error] takes 0.5 to 1 µs and allocates nothing for
// go-smtp, net/smtp, x/oauth2 and context errors and once for a bare
// *net.OpError or *net.DNSError, whose message it writes into one buffer
// (BenchmarkError).
package classify
