// Command triage reads mailboxes as JSON, one per line, on standard input and
// writes, for each, one JSON line saying whether it needs reconnecting and what
// its owner must do.
//
// An input line holds the keys of reconnect.Mailbox: id, email, smtp_host,
// imap_host, auth_method, status, last_error, pause_reason, warmup_status. An
// output line is
//
//	{"id": "...", "needs_reconnect": true, "condition": "...", "reason": "...",
//	 "provider": "...", "plan": {"action": "...", "actor": "...",
//	 "app_password_required": false, "steps": [...], "links": [...],
//	 "clear_within": "..."}}
//
// plan is null when no reconnect is needed. The provider is detected from the
// hosts and the address's domain; MX records are looked up only with -mx, and
// a lookup that fails adds "detect_error" to the answer (the provider then
// reads "custom" because nothing better is known, not because the domain was
// found to be custom).
//
// Lines are read strictly: a line that is not one JSON object with only the
// keys above and values of the right types (a misspelled key would otherwise
// read as a healthy mailbox) is answered {"error": "...", "line": N}, and the
// next lines are read as usual. Empty lines are skipped. Answers are flushed
// line by line.
//
// Exit status: 0 when every line was triaged, 1 when some line got an error
// answer, 2 for a bad flag or when reading or writing failed.
//
//	go run ./examples/triage < mailboxes.jsonl
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"time"

	"github.com/mailreconnect/sdk/examples/internal/jsonl"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
)

type planOut struct {
	Action              provider.Action `json:"action"`
	Actor               provider.Actor  `json:"actor"`
	AppPasswordRequired bool            `json:"app_password_required"`
	Steps               []string        `json:"steps"`
	Links               []string        `json:"links"`
	ClearWithin         string          `json:"clear_within"`
}

type result struct {
	ID             string   `json:"id"`
	NeedsReconnect bool     `json:"needs_reconnect"`
	Condition      string   `json:"condition"`
	Reason         string   `json:"reason"`
	Provider       string   `json:"provider"`
	Plan           *planOut `json:"plan"`
	// DetectError is why the provider could not be detected (a failed MX
	// lookup); Provider is then "custom" for want of better.
	DetectError string `json:"detect_error,omitempty"`
}

func main() {
	mx := flag.Bool("mx", false, "look up MX records of custom domains (uses DNS)")
	flag.Usage = func() {
		fmt.Fprint(flag.CommandLine.Output(), `usage: triage [-mx] < mailboxes.jsonl

Reads one mailbox a line as a JSON object with the keys id, email, smtp_host,
imap_host, auth_method, status, last_error, pause_reason and warmup_status, and
writes one JSON answer a line: id, needs_reconnect, rule, reason, provider and
the owner's plan (null when nothing is needed). A line that is not such an
object (a misspelled key, a wrong type, truncated) is answered
{"error": "...", "line": N}. With -mx, a failed MX lookup adds "detect_error".

Exit status: 0 every line was triaged; 1 some line got an error answer;
2 bad flags, or reading or writing failed.

Flags:
`)
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	var r provider.Resolver
	if *mx {
		r = net.DefaultResolver
	}
	switch err := run(os.Stdin, os.Stdout, r); {
	case errors.Is(err, jsonl.ErrRefused):
		os.Exit(1)
	case err != nil:
		fmt.Fprintln(os.Stderr, "triage:", err)
		os.Exit(2)
	}
}

// run answers every non-empty line of in on w. It returns jsonl.ErrRefused
// when some line got an error answer, and any read or write error.
func run(in io.Reader, w io.Writer, r provider.Resolver) error {
	return jsonl.Answer(in, w, func(line []byte) (any, error) {
		if len(bytes.TrimSpace(line)) == 0 {
			return nil, nil
		}
		var m reconnect.Mailbox
		if err := jsonl.Decode(line, &m); err != nil {
			return nil, fmt.Errorf("not a mailbox object: %v", err)
		}
		return triage(m, r), nil
	})
}

// triage decides one mailbox.
func triage(m reconnect.Mailbox, r provider.Resolver) result {
	d := reconnect.NeedsReconnect(m)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	det, err := provider.Detect(ctx, provider.Mailbox{SMTPHost: m.SMTPHost, IMAPHost: m.IMAPHost, Email: m.Email}, r)
	res := result{ID: m.ID, NeedsReconnect: d.Needs, Condition: string(d.Condition), Reason: string(d.Reason), Provider: string(det.ID)}
	if err != nil {
		res.DetectError = err.Error()
	}
	if !d.Needs {
		return res
	}
	method := m.AuthMethod
	var (
		plan provider.Plan
		ok   bool
	)
	switch {
	case d.Verdict.NeedsReconnect && d.Verdict.Reason == d.Reason:
		// The last error explains the stored reason (or there is none): its
		// verdict gives the most precise plan.
		plan, ok = provider.PlanFor(det.ID, method, d.Verdict)
	case d.Reason.Pause():
		plan, ok = provider.PlanForReason(det.ID, method, d.Reason)
	}
	if !ok {
		// Flagged without a known reason: ask for fresh credentials.
		plan, ok = provider.PlanForReason(det.ID, method, "auth_failure")
	}
	if ok {
		res.Plan = &planOut{Action: plan.Action, Actor: plan.Actor, AppPasswordRequired: plan.AppPasswordRequired,
			Steps: plan.Steps, Links: plan.Links, ClearWithin: plan.ClearWithin}
	}
	return res
}
