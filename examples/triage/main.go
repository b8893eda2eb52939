// Command triage reads mailboxes as JSON, one per line, on standard input and
// writes, for each, one JSON line saying whether it needs reconnecting and what
// its owner must do.
//
// An input line holds the keys of reconnect.Mailbox: id, email, smtp_host,
// imap_host, auth_method, status, last_error, pause_reason, warmup_status. An
// output line is
//
//	{"id": "...", "needs_reconnect": true, "rule": "...", "reason": "...",
//	 "provider": "...", "plan": {"action": "...", "actor": "...",
//	 "app_password_required": false, "steps": [...], "links": [...],
//	 "clear_within": "..."}}
//
// plan is null when no reconnect is needed. A line that is not a JSON object
// gets {"error": "..."} and processing goes on. The provider is detected from
// the hosts and the address's domain; MX records are looked up only with -mx.
//
//	go run ./examples/triage < mailboxes.jsonl
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"time"

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
	Rule           string   `json:"rule"`
	Reason         string   `json:"reason"`
	Provider       string   `json:"provider"`
	Plan           *planOut `json:"plan"`
}

type failure struct {
	Error string `json:"error"`
}

func main() {
	mx := flag.Bool("mx", false, "look up MX records of custom domains (uses DNS)")
	flag.Parse()
	var r provider.Resolver
	if *mx {
		r = net.DefaultResolver
	}
	if err := run(os.Stdin, os.Stdout, r); err != nil {
		fmt.Fprintln(os.Stderr, "triage:", err)
		os.Exit(1)
	}
}

func run(in io.Reader, w io.Writer, r provider.Resolver) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), 4<<20)
	out := bufio.NewWriter(w)
	enc := json.NewEncoder(out)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var v any
		var m reconnect.Mailbox
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			v = failure{Error: fmt.Sprintf("line %d: %v", line, err)}
		} else {
			v = triage(m, r)
		}
		if err := enc.Encode(v); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return out.Flush()
}

// triage decides one mailbox.
func triage(m reconnect.Mailbox, r provider.Resolver) result {
	d := reconnect.NeedsReconnect(m)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	det, _ := provider.Detect(ctx, provider.Mailbox{SMTPHost: m.SMTPHost, IMAPHost: m.IMAPHost, Email: m.Email}, r)
	res := result{ID: m.ID, NeedsReconnect: d.Needs, Rule: string(d.Rule), Reason: string(d.Reason), Provider: string(det.ID)}
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
