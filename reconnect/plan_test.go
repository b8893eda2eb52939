package reconnect_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStoredDataHoldsNoPlanProse flags a mailbox and checks that neither its
// record nor its history, as JSON, holds any sentence of the plan: only
// references (provider, auth method, verdict, action, actor) are stored, and
// the plan is rendered on read.
func TestStoredDataHoldsNoPlanProse(t *testing.T) {
	f := newFixture(t, nil)
	f.register(t, "mb1", nil)
	_, err := f.m.ReportFailure(ctx, "mb1", reconnect.SourceSend, gmailBadCredentials)
	require.NoError(t, err)
	r := f.get(t, "mb1")
	h, err := f.store.History(ctx, "mb1")
	require.NoError(t, err)
	plan, ok := r.Plan()
	require.True(t, ok)
	require.NotEmpty(t, plan.Steps)
	stored, err := json.Marshal(struct {
		R reconnect.Record
		H []reconnect.Event
	}{r, h})
	require.NoError(t, err)
	for _, s := range append(append(plan.Steps, plan.Links...), plan.WillNotWork...) {
		assert.NotContains(t, string(stored), s)
	}
	assert.Contains(t, string(stored), `"action":"update_app_password"`)
	assert.NotContains(t, string(stored), `"steps"`)
}

// TestOldEventsRenderTodaysPlan builds an event as an older version of the
// library would have stored it (references only) and checks that Plan renders
// exactly what the provider package says today.
func TestOldEventsRenderTodaysPlan(t *testing.T) {
	v := classify.Text("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.")
	e := reconnect.Event{Kind: reconnect.EventFlagged, Reason: classify.ReasonTenantSMTPDisabled, Verdict: v,
		Provider: provider.Microsoft365, AuthMethod: provider.MethodOAuth,
		Action: provider.ActionAdminEnableSMTPAuth, Actor: provider.ActorAdmin}
	got, ok := e.Plan()
	require.True(t, ok)
	want, ok := provider.PlanFor(provider.Microsoft365, provider.MethodOAuth, v)
	require.True(t, ok)
	assert.Equal(t, want, got)
	// https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission:
	// an administrator turns SMTP AUTH back on.
	assert.Equal(t, provider.ActorAdmin, got.Actor)

	e.Action = ""
	_, ok = e.Plan()
	assert.False(t, ok, "an event without a plan reference renders none")
}

// TestEscalatedFlagRendersTheAuthErrorsPlan: an escalation's verdict is a
// temporary failure (whose own plan is to wait), but the flag's reason is
// auth_errors, and its plan is that reason's.
func TestEscalatedFlagRendersTheAuthErrorsPlan(t *testing.T) {
	f := newFixture(t, nil)
	f.register(t, "mb1", nil)
	for i := 0; i < reconnect.DefaultEscalateAfter; i++ {
		_, err := f.m.ReportFailure(ctx, "mb1", reconnect.SourceSend, gmailTooMany)
		require.NoError(t, err)
		f.clock.Add(5 * time.Minute) // apart: a repeat within a minute is a duplicate
	}
	r := f.get(t, "mb1")
	require.Equal(t, classify.ReasonAuthErrors, r.Flag.Reason)
	got, ok := r.Plan()
	require.True(t, ok)
	want, _ := provider.PlanForReason(provider.Gmail, r.AuthMethod, classify.ReasonAuthErrors)
	assert.Equal(t, want, got)
	assert.NotEqual(t, provider.ActionWaitAndRetry, got.Action)
	h, err := f.store.History(ctx, "mb1")
	require.NoError(t, err)
	var escalated []reconnect.Event
	for _, e := range h {
		if e.Kind == reconnect.EventEscalated {
			escalated = append(escalated, e)
		}
	}
	require.Len(t, escalated, 1)
	ep, ok := escalated[0].Plan()
	require.True(t, ok)
	assert.Equal(t, want, ep)
	assert.Equal(t, want.Action, r.Flag.Action)
}
