// Command classify reads logged mailbox errors on standard input, one per line,
// and writes one JSON answer per line, in input order, flushed as it goes.
//
// A line is either a plain logged error string or, when it starts with "{", a
// JSON object
//
//	{"text": "...", "code": 535, "enhanced": "5.7.8", "host": "smtp.gmail.com", "protocol": "smtp"}
//
// in which every field is optional but at least one must be set. protocol is
// "smtp" (the default), "imap", or "oauth" (then code is the token endpoint's
// HTTP status, error its "error" field, and grant the grant_type of the
// request that failed: refresh_token, authorization_code, client_credentials
// or the JWT bearer URN; empty when unknown). In plain text, the two characters
// \n stand for a line break, so multi-line replies fit on one line.
//
// An answer is a verdict with the keys class, reason, needs_reconnect,
// provider, code, enhanced and rule; an empty line answers the zero verdict
// (class ""). A line that starts with "{" but is not such an object (a key
// misspelled, a value of the wrong type, a truncated object), or a line longer
// than 16 MiB, is answered {"error": "...", "line": N} and the next lines are
// read as usual.
//
// Exit status: 0 when every line got a verdict, 1 when some line got an error
// answer, 2 for a bad flag or when reading or writing failed.
//
//	go run ./examples/classify < testdata/samples.txt
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/examples/internal/jsonl"
	"github.com/mailreconnect/sdk/provider"
)

// input is one JSON line.
type input struct {
	Text     *string        `json:"text"`
	Code     int            `json:"code"`
	Enhanced string         `json:"enhanced"`
	Error    string         `json:"error"`
	Grant    classify.Grant `json:"grant"`
	Host     string         `json:"host"`
	Protocol string         `json:"protocol"`
}

// output is one verdict line.
type output struct {
	Class          classify.Class  `json:"class"`
	Reason         classify.Reason `json:"reason"`
	NeedsReconnect bool            `json:"needs_reconnect"`
	Provider       string          `json:"provider"`
	Code           int             `json:"code"`
	Enhanced       string          `json:"enhanced"`
	Rule           string          `json:"rule"`
}

func main() {
	flag.Usage = func() {
		fmt.Fprint(flag.CommandLine.Output(), `usage: classify < errors.txt

Reads one logged mailbox error a line on standard input and writes one JSON
verdict a line: class, reason, needs_reconnect, provider, code, enhanced, rule.

A line is plain text (the two characters \n stand for a line break), or a JSON
object {"text", "code", "enhanced", "error", "grant", "host", "protocol"} when it starts
with "{"; such a line is read strictly, and a misspelled key, a wrong type or a
truncated object is answered {"error": "...", "line": N}.

Exit status: 0 every line got a verdict; 1 some line got an error answer;
2 bad flags, or reading or writing failed.
`)
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	switch err := run(os.Stdin, os.Stdout); {
	case errors.Is(err, jsonl.ErrRefused):
		os.Exit(1)
	case err != nil:
		fmt.Fprintln(os.Stderr, "classify:", err)
		os.Exit(2)
	}
}

// run answers every line of r on w. It returns jsonl.ErrRefused when some
// line got an error answer, and any read or write error.
func run(r io.Reader, w io.Writer) error {
	return jsonl.Answer(r, w, func(line []byte) (any, error) { return classifyLine(string(line)) })
}

// classifyLine decides one input line; it fails only for a line meant as a
// JSON object that is not a valid one.
func classifyLine(line string) (output, error) {
	if !jsonl.LooksLikeObject([]byte(line)) {
		return outputOf(classify.Text(unescape(line))), nil
	}
	var in input
	if err := jsonl.Decode([]byte(line), &in); err != nil {
		return output{}, fmt.Errorf("not a valid input object: %v", err)
	}
	if in == (input{}) {
		return output{}, errors.New("not a valid input object: no field set")
	}
	text := ""
	if in.Text != nil {
		text = unescape(*in.Text)
	}
	var v classify.Verdict
	switch in.Protocol {
	case "oauth":
		if !in.Grant.Valid() {
			return output{}, fmt.Errorf("not a valid input object: unknown grant %q (refresh_token, authorization_code, client_credentials or %s)", in.Grant, classify.GrantJWTBearer)
		}
		v = classify.OAuth(in.Grant, in.Code, in.Error, text)
	case "", "smtp", "imap":
		if in.Error != "" || in.Grant != "" {
			return output{}, errors.New(`not a valid input object: "error" and "grant" go with protocol "oauth"`)
		}
		v = classify.Reply(in.Code, in.Enhanced, text)
	default:
		return output{}, fmt.Errorf("not a valid input object: unknown protocol %q (smtp, imap or oauth)", in.Protocol)
	}
	return outputOf(provider.Refine(v, in.Host)), nil
}

func outputOf(v classify.Verdict) output {
	return output{
		Class: v.Class, Reason: v.Reason, NeedsReconnect: v.NeedsReconnect,
		Provider: v.Provider, Code: v.Code, Enhanced: v.Enhanced, Rule: v.Rule,
	}
}

// unescape turns the two characters \n into a line break, for multi-line
// replies pasted on one line.
func unescape(s string) string {
	return strings.ReplaceAll(s, `\n`, "\n")
}
