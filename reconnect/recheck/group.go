package recheck

import (
	"strings"

	"github.com/mailreconnect/sdk/reconnect"
)

// A tenant (one domain of one provider) whose mailboxes share a policy with
// Group set is probed through one representative mailbox.

// groupKey is the tenant of a record: its provider and its address's domain.
func groupKey(r reconnect.Record) string {
	_, domain, ok := strings.Cut(r.Email, "@")
	if !ok || domain == "" {
		return ""
	}
	return string(r.Provider) + "/" + strings.ToLower(domain)
}

// handOver makes another member of e's tenant its representative, one whose
// credentials no probe refused if there is one, due when e was. It reports
// false when e has no other member.
func (s *Scheduler) handOver(e *entry) bool {
	var next *entry
	for _, m := range s.groups[e.group] {
		if m != e && (next == nil || next.refused && !m.refused) {
			next = m
		}
	}
	if next == nil {
		return false
	}
	s.reps[e.group] = next
	if next.index < 0 && !next.running && !next.refused {
		s.push(next, e.due)
		s.signal()
	}
	return true
}
