package drivertest

import (
	"fmt"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gmailBadCredentials is Gmail's reply to a rejected password, as an SMTP
// client logs it; Google's help page for it is
// https://support.google.com/mail/?p=BadCredentials.
const gmailBadCredentials = "535-5.7.8 Username and Password not accepted. For more information, go to\n" +
	"535 5.7.8  https://support.google.com/mail/?p=BadCredentials d2-20020a05600c4b0200b00d4 - gsmtp"

// incidentRecorder collects OnIncident calls from every Machine.
type incidentRecorder struct {
	mu  sync.Mutex
	got []reconnect.Incident
}

func (r *incidentRecorder) add(i reconnect.Incident) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.got = append(r.got, i)
}

func (r *incidentRecorder) all() []reconnect.Incident {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]reconnect.Incident(nil), r.got...)
}

// guardMachines opens n Stores on one database, each with its own *sql.DB
// (as n application instances have), and a Machine with the default incident
// guard (10 workspaces, half of those seen, 10 minutes) on each. Mailbox
// mbNN of workspace customerNN is a Gmail mailbox, registered through the
// first Machine.
func guardMachines(t *testing.T, open opener, n, mailboxes int, rec *incidentRecorder) []*reconnect.Machine {
	t.Helper()
	now := func() time.Time { return t0 }
	var ms []*reconnect.Machine
	for i := 0; i < n; i++ {
		s := open.must(t)
		ms = append(ms, reconnect.New(s, &reconnect.Options{Now: now, OnIncident: rec.add}))
	}
	for i := 0; i < mailboxes; i++ {
		id := fmt.Sprintf("mb%02d", i)
		_, err := ms[0].Register(ctx, reconnect.Record{Mailbox: reconnect.Mailbox{ID: id, Email: id + "@gmail.com",
			SMTPHost: "smtp.gmail.com", AuthMethod: provider.MethodAppPassword, Status: reconnect.StatusActive,
			WarmupStatus: reconnect.WarmupActive}, Workspace: fmt.Sprintf("customer%02d", i)})
		require.NoError(t, err)
	}
	return ms
}

// TestIncidentGuardAcrossInstances: failures reported through two instances
// (two *sql.DB on one database) trip the provider incident guard exactly as
// the same failures reported through one instance do. With the guard's
// default settings (10 workspaces and half of those that reported, within 10
// minutes), 14 customers whose Gmail mailboxes fail with the same rule and
// nothing else reported: the first 9 are flagged, the 10th trips the guard,
// and the 10th to 14th are held back as suspect. Before the SQL store shared
// the counts, each instance saw 7 customers and the guard never tripped.
func TestIncidentGuardAcrossInstances(t *testing.T) {
	const customers = 14
	want := make([]bool, customers) // suspect, per report in order
	for i := 9; i < customers; i++ {
		want[i] = true
	}
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			for _, instances := range []int{1, 2} {
				t.Run(fmt.Sprintf("%d instances", instances), func(t *testing.T) {
					var rec incidentRecorder
					ms := guardMachines(t, b.fresh(t), instances, customers, &rec)
					got := make([]bool, customers)
					for i := range got {
						out, err := ms[i%instances].ReportFailureText(ctx, fmt.Sprintf("mb%02d", i), reconnect.SourceSend, gmailBadCredentials)
						require.NoError(t, err)
						got[i] = out.Suspect
						assert.Equal(t, !out.Suspect, out.Flagged, "report %d: flagged or held back, not both", i)
					}
					assert.Equal(t, want, got)
					incidents := rec.all()
					require.Len(t, incidents, 1, "one instance reports the incident")
					assert.Equal(t, reconnect.Incident{Provider: provider.Gmail, Rule: "google_bad_credentials",
						Failing: 10, Seen: 10, Since: t0}, utcIncident(incidents[0]))
					for i, m := range ms {
						open, err := m.Incidents(ctx)
						require.NoError(t, err)
						require.Len(t, open, 1, "instance %d sees the incident", i)
						assert.Equal(t, customers, open[0].Failing)
					}
				})
			}
		})
	}
}

// TestIncidentGuardConcurrentInstances: the same 24 failures reported at once
// from both instances, 12 goroutines each. Each observation counts every one
// committed before it, so the counts the reports see are 1 to 24 in some
// order, and exactly the reports that counted 10 or more are held back (15),
// whatever the interleaving; one incident is opened. Counting without the
// fleet's lock (each transaction seeing only its own new row under READ
// COMMITTED) gives some reports the same count and holds back fewer.
func TestIncidentGuardConcurrentInstances(t *testing.T) {
	const customers = 24
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			var rec incidentRecorder
			ms := guardMachines(t, b.fresh(t), 2, customers, &rec)
			var (
				wg      sync.WaitGroup
				mu      sync.Mutex
				suspect int
				start   = make(chan struct{})
			)
			for i := 0; i < customers; i++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					out, err := ms[i%2].ReportFailureText(ctx, fmt.Sprintf("mb%02d", i), reconnect.SourceSend, gmailBadCredentials)
					if !assert.NoError(t, err) {
						return
					}
					if out.Suspect {
						mu.Lock()
						suspect++
						mu.Unlock()
					}
				}()
			}
			close(start)
			wg.Wait()
			assert.Equal(t, customers-9, suspect)
			assert.Len(t, rec.all(), 1, "one instance reports the incident")
			open, err := ms[1].Incidents(ctx)
			require.NoError(t, err)
			require.Len(t, open, 1)
			assert.Equal(t, customers, open[0].Failing)
			assert.Equal(t, customers, open[0].Seen)
		})
	}
}

// TestIncidentObservationsAreSerialised: concurrent observations of one
// fleet, half through each of two *sql.DB, each see every observation
// committed before them: the failing counts they return are exactly 1 to n.
func TestIncidentObservationsAreSerialised(t *testing.T) {
	const n = 32
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			open := b.fresh(t)
			stores := []*Store{open.must(t), open.must(t)}
			counts := make([]int, n)
			var wg sync.WaitGroup
			start := make(chan struct{})
			for i := 0; i < n; i++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					inc, err := stores[i%2].ObserveIncident(ctx, reconnect.Observation{Provider: provider.Custom,
						Host: "mail.example.net", Workspace: fmt.Sprint("w", i), Rule: "r", At: t0.Add(time.Duration(i) * time.Millisecond)}, 10*time.Minute)
					assert.NoError(t, err)
					counts[i] = inc.Failing
				}()
			}
			close(start)
			wg.Wait()
			sort.Ints(counts)
			for i, c := range counts {
				assert.Equal(t, i+1, c, "the %d-th observation's count", i+1)
			}
		})
	}
}

// utcIncident returns inc with its time in UTC, for comparing with ==.
func utcIncident(inc reconnect.Incident) reconnect.Incident {
	inc.Since = inc.Since.UTC()
	return inc
}

// BenchmarkObserveIncident: one failure report of the incident guard (one
// transaction) in a fleet where 1,000 workspaces reported within the window,
// a tenth of them failing with the rule; the report times advance by a
// millisecond, so each observation also prunes what left the window.
func BenchmarkObserveIncident(b *testing.B) {
	for _, be := range backends() {
		b.Run(be.name, func(b *testing.B) {
			s := be.fresh(b).must(b)
			const window = 10 * time.Minute
			at := t0
			for i := 0; i < 1000; i++ {
				rule := ""
				if i%10 == 0 {
					rule = "google_bad_credentials"
				}
				at = at.Add(time.Millisecond)
				_, err := s.ObserveIncident(ctx, reconnect.Observation{Provider: provider.Gmail, Workspace: fmt.Sprint("w", i), Rule: rule, At: at}, window)
				require.NoError(b, err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				at = at.Add(time.Millisecond)
				if _, err := s.ObserveIncident(ctx, reconnect.Observation{Provider: provider.Gmail, Workspace: fmt.Sprint("w", i%1000),
					Rule: "google_bad_credentials", At: at}, window); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
