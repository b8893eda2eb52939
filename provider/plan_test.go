package provider_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/plans")

// officialDomains are the domains plan links may point at (and their
// subdomains): the providers' own sites only.
var officialDomains = []string{
	"google.com",
	"microsoft.com", "office.com",
	"apple.com",
	"yahoo.com", "aol.com",
	"zoho.com", "zoho.eu", "zoho.in", "zoho.com.au", "zoho.jp", "zoho.com.cn", "zoho.sa", "zohocloud.ca",
	"hostinger.com", "titan.email",
	"fastmail.com", "fastmail.help",
	"godaddy.com",
	"yandex.com", "yandex.ru",
	"mail.ru", "qq.com", "163.com",
	"gmx.net", "gmx.com", "web.de", "ionos.com", "ionos.de",
	"rackspace.com", "namecheap.com", "proton.me",
	"aws.amazon.com", "amazon.com",
	"twilio.com", "sendgrid.com", "mailgun.com", "postmarkapp.com", "brevo.com",
}

// officialLink reports whether link is https on an official provider domain.
func officialLink(link string) bool {
	u, err := url.Parse(link)
	if err != nil || u.Scheme != "https" || u.User != nil || u.Port() != "" {
		return false
	}
	host := strings.ToLower(u.Hostname())
	for _, d := range officialDomains {
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return false
}

func TestOfficialLink(t *testing.T) {
	for link, want := range map[string]bool{
		"https://myaccount.google.com/apppasswords": true,
		"https://support.apple.com/102654":          true,
		"http://support.apple.com/102654":           false,
		"https://google.com.evil.example/":          false,
		"https://notgoogle.com/":                    false,
		"https://aka.ms/smtp_auth_disabled":         false,
		"mailto:help@google.com":                    false,
	} {
		assert.Equal(t, want, officialLink(link), link)
	}
}

var allMethods = []provider.AuthMethod{provider.MethodPassword, provider.MethodAppPassword, provider.MethodOAuth}

// checkPlan asserts what every plan must satisfy.
func checkPlan(t *testing.T, p provider.Plan, id provider.ID, r classify.Reason) {
	t.Helper()
	assert.Equal(t, id, p.Provider)
	assert.Equal(t, r, p.Reason)
	assert.True(t, p.Action.Valid(), "action %q", p.Action)
	assert.True(t, p.Actor.Valid(), "actor %q", p.Actor)
	assert.NotEmpty(t, p.Steps)
	assert.NotEmpty(t, p.ClearWithin)
	assert.Equal(t, p.AppPasswordRequired, p.Action == provider.ActionUpdateAppPassword,
		"app_password_required goes with update_app_password")
	for _, l := range p.Links {
		assert.True(t, officialLink(l), "link %q is not an official https page", l)
	}
	texts := slices.Concat(p.Steps, p.Prerequisites, p.WillNotWork, []string{p.ClearWithin})
	for _, s := range texts {
		assert.NotEmpty(t, s)
		assert.NotContains(t, s, "{", "unfilled placeholder")
		assert.NotContains(t, s, "mailto:")
		assert.NotContains(t, s, "@"+"example", "no example addresses")
		lower := strings.ToLower(s)
		assert.NotContains(t, lower, "send an email", "never ask the owner to email anyone")
		assert.NotContains(t, lower, "email us")
	}
	for _, s := range slices.Concat(p.Steps, p.WillNotWork, []string{p.ClearWithin}) {
		assert.True(t, strings.HasSuffix(s, "."), "sentence without a full stop: %q", s)
	}
}

func TestPlanForReasonCoversEveryProvider(t *testing.T) {
	for _, in := range provider.All() {
		reasons := provider.Reasons(in.ID)
		require.NotEmpty(t, reasons, in.ID)
		for _, r := range classify.Reasons() {
			for _, m := range append(slices.Clone(allMethods), "", "carrier_pigeon") {
				p, ok := provider.PlanForReason(in.ID, m, r)
				if slices.Contains(reasons, r) {
					require.True(t, ok, "%s %s %s", in.ID, r, m)
				}
				if ok {
					checkPlan(t, p, in.ID, r)
				}
			}
		}
	}
}

func TestReasons(t *testing.T) {
	everywhere := []classify.Reason{classify.ReasonAuthFailure, classify.ReasonAuthErrors, classify.ReasonProviderBlock}
	for _, in := range provider.All() {
		got := provider.Reasons(in.ID)
		for _, r := range everywhere {
			assert.Contains(t, got, r, in.ID)
		}
		assert.Equal(t, in.ID == provider.Hostinger, slices.Contains(got, classify.ReasonHostingerReauth), in.ID)
		assert.Equal(t, in.OAuth != nil, slices.Contains(got, classify.ReasonMailboxDisconnected), in.ID)
		for _, r := range got {
			assert.True(t, r.Pause())
		}
	}
	for _, id := range []provider.ID{provider.Microsoft365, provider.GoogleWorkspace, provider.Gmail} {
		assert.Contains(t, provider.Reasons(id), classify.ReasonTenantSMTPDisabled, id)
	}
	for _, id := range []provider.ID{provider.Yahoo, provider.Hostinger, provider.AmazonSES, provider.Custom} {
		assert.NotContains(t, provider.Reasons(id), classify.ReasonTenantSMTPDisabled, id)
	}
	assert.Equal(t, provider.Reasons(provider.Custom), provider.Reasons("no_such_provider"))
}

func TestHostingerReauthOnlyOnHostinger(t *testing.T) {
	for _, in := range provider.All() {
		_, ok := provider.PlanForReason(in.ID, "", classify.ReasonHostingerReauth)
		assert.Equal(t, in.ID == provider.Hostinger, ok, in.ID)
	}
	p, ok := provider.PlanForReason(provider.Hostinger, provider.MethodPassword, classify.ReasonHostingerReauth)
	require.True(t, ok)
	assert.Equal(t, provider.ActionUpdatePassword, p.Action)
	assert.Contains(t, strings.Join(p.Steps, " "), "every mailbox")
	assert.Contains(t, strings.Join(p.Steps, " "), "titan.email")
	p, _ = provider.PlanForReason(provider.Hostinger, provider.MethodAppPassword, classify.ReasonHostingerReauth)
	assert.Equal(t, provider.ActionUpdateAppPassword, p.Action)
}

func TestPlanForReasonRejectsNonPauseReasons(t *testing.T) {
	for _, r := range []classify.Reason{"", "no_such_reason"} {
		_, ok := provider.PlanForReason(provider.Gmail, provider.MethodPassword, r)
		assert.False(t, ok, r)
	}
}

func TestOutlookPersonalNeverSuggestsAppPasswords(t *testing.T) {
	for _, r := range classify.Reasons() {
		for _, m := range append(slices.Clone(allMethods), "") {
			p, ok := provider.PlanForReason(provider.OutlookPersonal, m, r)
			if !ok {
				continue
			}
			assert.False(t, p.AppPasswordRequired, r)
			assert.NotEqual(t, provider.ActionUpdateAppPassword, p.Action, r)
			assert.NotEqual(t, provider.ActionUpdatePassword, p.Action, r)
			for _, s := range p.Steps {
				assert.NotContains(t, strings.ToLower(s), "app password", "step %q", s)
			}
			if r == classify.ReasonAuthFailure {
				assert.Equal(t, provider.ActionReconnectOAuth, p.Action)
				assert.Contains(t, strings.Join(p.WillNotWork, " "), "16 September 2024")
			}
		}
	}
}

func TestGmailAuthFailureNeedsAppPassword(t *testing.T) {
	for _, id := range []provider.ID{provider.Gmail, provider.GoogleWorkspace} {
		for _, m := range []provider.AuthMethod{provider.MethodPassword, provider.MethodAppPassword, ""} {
			p, ok := provider.PlanForReason(id, m, classify.ReasonAuthFailure)
			require.True(t, ok)
			assert.Equal(t, provider.ActionUpdateAppPassword, p.Action, id)
			assert.True(t, p.AppPasswordRequired)
			assert.Contains(t, p.Prerequisites, "2-Step Verification on")
			assert.Contains(t, p.Links, "https://myaccount.google.com/apppasswords")
			assert.Contains(t, strings.Join(p.WillNotWork, " "), "password change")
		}
		p, _ := provider.PlanForReason(id, provider.MethodOAuth, classify.ReasonAuthFailure)
		assert.Equal(t, provider.ActionReconnectOAuth, p.Action)
	}
	p, _ := provider.PlanForReason(provider.GoogleWorkspace, provider.MethodAppPassword, classify.ReasonAuthFailure)
	assert.Contains(t, p.Prerequisites, "admin policy allows app passwords")
	assert.Contains(t, strings.Join(p.Steps, " "), "Sign in with Google is the only way")
}

func TestMicrosoft365(t *testing.T) {
	for _, m := range allMethods {
		p, ok := provider.PlanForReason(provider.Microsoft365, m, classify.ReasonTenantSMTPDisabled)
		require.True(t, ok)
		assert.Equal(t, provider.ActionAdminEnableSMTPAuth, p.Action)
		assert.Equal(t, provider.ActorAdmin, p.Actor)
		steps := strings.Join(p.Steps, " ")
		assert.Contains(t, steps, "Manage email apps")
		assert.Contains(t, steps, "Authenticated SMTP")
		assert.Contains(t, p.ClearWithin, "up to an hour")
		assert.Contains(t, p.ClearWithin, "30 seconds")
		assert.NotContains(t, p.ClearWithin, "under a minute")
		assert.NotEmpty(t, p.WillNotWork)
	}
	p, _ := provider.PlanForReason(provider.Microsoft365, provider.MethodPassword, classify.ReasonAuthFailure)
	assert.Equal(t, provider.ActionUpdatePassword, p.Action)
	assert.Contains(t, strings.Join(p.WillNotWork, " "), "December 2026")
	p, _ = provider.PlanForReason(provider.Microsoft365, "", classify.ReasonProviderBlock)
	assert.Equal(t, provider.ActorAdmin, p.Actor)
	assert.Contains(t, p.Links, "https://security.microsoft.com/restrictedentities")
}

func TestMethodInference(t *testing.T) {
	for _, in := range provider.All() {
		for _, r := range provider.Reasons(in.ID) {
			inferred, _ := provider.PlanForReason(in.ID, "", r)
			var want provider.AuthMethod
			switch {
			case in.ID == provider.OutlookPersonal:
				want = provider.MethodOAuth
			case in.AppPasswords == provider.AppPasswordRequired:
				want = provider.MethodAppPassword
			default:
				want = provider.MethodPassword
			}
			explicit, _ := provider.PlanForReason(in.ID, want, r)
			assert.Equal(t, explicit, inferred, "%s %s", in.ID, r)
		}
	}
	// An unknown provider is Custom.
	p, ok := provider.PlanForReason("no_such_provider", provider.MethodPassword, classify.ReasonAuthFailure)
	require.True(t, ok)
	assert.Equal(t, provider.Custom, p.Provider)
}

func TestPlanForClasses(t *testing.T) {
	cases := []struct {
		name   string
		v      classify.Verdict
		ok     bool
		action provider.Action
		actor  provider.Actor
	}{
		{"transient", classify.Verdict{Class: classify.ClassTransient, RetryAfter: 5 * time.Minute}, true, provider.ActionWaitAndRetry, provider.ActorOwner},
		{"rate_limited", classify.Verdict{Class: classify.ClassRateLimited}, true, provider.ActionWaitAndRetry, provider.ActorOwner},
		{"auth_temporary", classify.Verdict{Class: classify.ClassAuthTemporary}, true, provider.ActionWaitAndRetry, provider.ActorOwner},
		{"config", classify.Verdict{Class: classify.ClassConfig, Rule: "starttls_required"}, true, provider.ActionFixConfiguration, provider.ActorOwner},
		{"config by the product", classify.Verdict{Class: classify.ClassConfig, Rule: "netease_unsafe_login"}, true, provider.ActionFixConfiguration, provider.ActorOperator},
		{"platform", classify.Verdict{Class: classify.ClassPlatform, Rule: "oauth_invalid_client"}, true, provider.ActionContactSupport, provider.ActorOperator},
		{"recipient", classify.Verdict{Class: classify.ClassRecipient}, false, "", ""},
		{"rejected", classify.Verdict{Class: classify.ClassRejected}, false, "", ""},
		{"unknown", classify.Verdict{Class: classify.ClassUnknown}, false, "", ""},
		{"no error", classify.Verdict{}, false, "", ""},
		{"auth without reason", classify.Verdict{Class: classify.ClassAuth}, true, provider.ActionUpdateAppPassword, provider.ActorOwner},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, in := range provider.All() {
				p, ok := provider.PlanFor(in.ID, "", tc.v)
				require.Equal(t, tc.ok, ok, in.ID)
				if !ok {
					assert.Equal(t, provider.Plan{}, p)
					continue
				}
				checkPlan(t, p, in.ID, p.Reason)
				if tc.v.Class.Reconnect() {
					continue
				}
				assert.Equal(t, classify.Reason(""), p.Reason)
				assert.Equal(t, tc.action, p.Action, in.ID)
				assert.Equal(t, tc.actor, p.Actor, in.ID)
			}
			if tc.v.Class.Reconnect() {
				p, _ := provider.PlanFor(provider.Gmail, "", tc.v)
				assert.Equal(t, tc.action, p.Action)
				assert.Equal(t, classify.ReasonAuthFailure, p.Reason)
				p, _ = provider.PlanFor(provider.Hostinger, "", tc.v)
				assert.Equal(t, classify.ReasonHostingerReauth, p.Reason)
			}
		})
	}
}

func TestPlanForRealReplies(t *testing.T) {
	cases := []struct {
		name     string
		id       provider.ID
		method   provider.AuthMethod
		v        classify.Verdict
		action   provider.Action
		actor    provider.Actor
		contains string // in the steps
	}{
		{"m365 tenant switch", provider.Microsoft365, provider.MethodOAuth,
			classify.Reply(535, "5.7.139", "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information."),
			provider.ActionAdminEnableSMTPAuth, provider.ActorAdmin, "Authenticated SMTP"},
		{"m365 basic auth off", provider.Microsoft365, provider.MethodPassword,
			classify.Reply(535, "5.7.139", "Authentication unsuccessful, basic authentication is disabled."),
			provider.ActionReconnectOAuth, provider.ActorOwner, "Sign in with Microsoft"},
		{"m365 security defaults", provider.Microsoft365, provider.MethodPassword,
			classify.Reply(535, "5.7.139", "Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator."),
			provider.ActionReconnectOAuth, provider.ActorOwner, "Security defaults"},
		{"gmail web login", provider.Gmail, provider.MethodAppPassword,
			classify.Reply(534, "5.7.14", "<https://accounts.google.com/signin/continue> Please log in via your web browser and then try again."),
			provider.ActionUpdateAppPassword, provider.ActorOwner, "accounts.google.com"},
		{"workspace imap off", provider.GoogleWorkspace, provider.MethodAppPassword,
			classify.Text("NO [ALERT] IMAP access is disabled for your domain. Please contact your domain administrator for questions about this feature. (Failure)"),
			provider.ActionAdminEnableSMTPAuth, provider.ActorAdmin, "POP and IMAP"},
		{"hostinger", provider.Hostinger, provider.MethodPassword,
			provider.Refine(classify.Text("535 5.7.8 Error: authentication failed"), "smtp.hostinger.com"),
			provider.ActionUpdatePassword, provider.ActorOwner, "every mailbox"},
		{"m365 restricted sender", provider.Microsoft365, provider.MethodOAuth,
			classify.Reply(550, "5.1.8", "Access denied, bad outbound sender"),
			provider.ActionUnblockAtProvider, provider.ActorAdmin, "Restricted entities"},
		{"revoked google grant", provider.Gmail, provider.MethodOAuth,
			classify.OAuth(classify.GrantRefresh, 400, "invalid_grant", "Token has been expired or revoked."),
			provider.ActionReconnectOAuth, provider.ActorOwner, "same Google account"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			require.True(t, tc.v.Reason.Pause(), "fixture no longer classifies as a pause: %+v", tc.v)
			p, ok := provider.PlanFor(tc.id, tc.method, tc.v)
			require.True(t, ok)
			checkPlan(t, p, tc.id, tc.v.Reason)
			assert.Equal(t, tc.action, p.Action)
			assert.Equal(t, tc.actor, p.Actor)
			assert.Contains(t, strings.Join(p.Steps, " "), tc.contains)
		})
	}
}

// goldenPlan is one plan in a golden file.
type goldenPlan struct {
	Reason   classify.Reason     `json:"reason"`
	Method   provider.AuthMethod `json:"method"`
	Expected bool                `json:"expected"` // the reason is in Reasons(provider)
	Plan     provider.Plan       `json:"plan"`
}

func TestGoldenPlans(t *testing.T) {
	for _, in := range provider.All() {
		t.Run(string(in.ID), func(t *testing.T) {
			var plans []goldenPlan
			expected := provider.Reasons(in.ID)
			for _, r := range classify.Reasons() {
				for _, m := range allMethods {
					if p, ok := provider.PlanForReason(in.ID, m, r); ok {
						plans = append(plans, goldenPlan{r, m, slices.Contains(expected, r), p})
					}
				}
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			require.NoError(t, enc.Encode(plans))
			path := filepath.Join("..", "testdata", "plans", string(in.ID)+".json")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test ./provider -update to create it")
			assert.Equal(t, string(want), buf.String(), "plans changed; review them, then run go test ./provider -update")
		})
	}
}

func TestPlanForHostingerReasonElsewhere(t *testing.T) {
	v := provider.Refine(classify.Text("535 5.7.8 Error: authentication failed"), "smtp.hostinger.com")
	require.Equal(t, classify.ReasonHostingerReauth, v.Reason)
	p, ok := provider.PlanFor(provider.Custom, provider.MethodPassword, v)
	require.True(t, ok)
	want, _ := provider.PlanForReason(provider.Custom, provider.MethodPassword, classify.ReasonAuthFailure)
	want.Reason = classify.ReasonHostingerReauth
	assert.Equal(t, want, p)
	// An unknown id takes the verdict's provider.
	p, _ = provider.PlanFor("", "", v)
	assert.Equal(t, provider.Hostinger, p.Provider)
}
