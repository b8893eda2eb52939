package provider

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/mailreconnect/sdk/classify"
)

// This file holds the plans of verdicts without a pause reason: temporary
// failures wait, configuration errors get their settings fixed, and faults of
// the integrating product's OAuth app go to its team.

// classPlan is the plan of a verdict without a pause reason.
func classPlan(in Info, v classify.Verdict) (Plan, bool) {
	m := methodFor(in, "")
	var p Plan
	switch v.Class {
	case classify.ClassAuthTemporary:
		p = build(in, m, "", topicWaitAuth)
	case classify.ClassRateLimited:
		p = build(in, m, "", topicWaitRate)
	case classify.ClassTransient:
		p = build(in, m, "", topicWait)
	case classify.ClassConfig:
		t := configTopic(v.Rule)
		p = build(in, m, "", t)
		if s := serverStep(in); s != "" && (t == topicConfig || t == topicConfigTLS) {
			// before the last step, which saves the settings
			p.Steps = slices.Insert(p.Steps, len(p.Steps)-1, s)
		}
		return p, true
	case classify.ClassPlatform:
		p = build(in, m, "", topicPlatform)
		if n, ok := findContent(in.ID, topic("note:"+v.Rule), m); ok {
			p.Steps = append(p.Steps, fillIn(n.steps, in)...)
		}
		return p, true
	default:
		return Plan{}, false
	}
	if v.RetryAfter > 0 {
		p.Steps = append(p.Steps, "The next attempt is due in about "+approx(v.RetryAfter)+".")
	}
	return p, true
}

// configTopic sorts the rules of class config by who can fix them.
func configTopic(rule string) topic {
	switch rule {
	case "starttls_required", "tls_wrong_port", "tls_certificate", "enhanced_5.7.10",
		"enhanced_5.7.11", "code_538", "dns_not_found":
		return topicConfigTLS
	case "ms_send_as_denied", "sender_not_owned", "relay_denied", "enhanced_5.7.60",
		"enhanced_5.7.18", "enhanced_5.1.7":
		return topicConfigSender
	case "netease_unsafe_login", "auth_mechanism_unsupported", "enhanced_534_x.7.9",
		"tls_handshake", "enhanced_5.5.x_protocol", "code_50x", "ms_client_not_authenticated",
		"enhanced_5.7.57", "auth_required_first", "code_530", "enhanced_5.7.4":
		return topicConfigOperator
	}
	return topicConfig
}

// serverStep names the provider's preferred SMTP server, when the table
// knows one that is the same for every account.
func serverStep(in Info) string {
	if len(in.SMTP) == 0 {
		return ""
	}
	s := in.SMTP[0]
	if strings.Contains(s.Host, "{") || s.Host == "127.0.0.1" {
		return ""
	}
	sec := "STARTTLS"
	if s.Security == ImplicitTLS {
		sec = "SSL/TLS"
	}
	return fmt.Sprintf("%s sends through %s on port %d with %s.", in.Name, s.Host, s.Port, sec)
}

// approx words a retry delay for people: "15 minutes", "an hour", "24 hours".
func approx(d time.Duration) string {
	switch {
	case d < 90*time.Second:
		return "a minute"
	case d < 55*time.Minute:
		return fmt.Sprintf("%d minutes", int(d.Round(time.Minute)/time.Minute))
	case d < 90*time.Minute:
		return "an hour"
	}
	return fmt.Sprintf("%d hours", int(d.Round(time.Hour)/time.Hour))
}

// classPlans is the generic content of plans without a pause reason.
func classPlans() []entry {
	return []entry{
		{topic: topicWait, c: content{
			action: ActionWaitAndRetry, actor: ActorOwner,
			steps:       lines("Nothing to do: {name} reported a temporary problem, and this mailbox tries again on its own."),
			clearWithin: clearOnItsOwn,
		}},
		{topic: topicWaitAuth, c: content{
			action: ActionWaitAndRetry, actor: ActorOwner,
			steps: lines(
				"Nothing to do yet: {name} refused sign-ins for a short while, for example after too many attempts.",
				"This mailbox tries again later on its own; if the refusals go on, it is flagged with the steps to fix it.",
			),
			clearWithin: clearOnItsOwn,
		}},
		{topic: topicWaitRate, c: content{
			action: ActionWaitAndRetry, actor: ActorOwner,
			steps: lines(
				"Nothing to do now: {name} is limiting how much this mailbox sends for a while.",
				"Sending resumes on its own; if this happens often, send fewer messages a day from this mailbox.",
			),
			clearWithin: clearOnItsOwn,
		}},
		{topic: topicConfig, c: content{
			action: ActionFixConfiguration, actor: ActorOwner,
			steps: lines(
				"Open this mailbox's connection settings.",
				"Compare the server names, ports and security settings with the ones {name} publishes.",
				"Correct what differs and save.",
			),
			links:       lines("{help}"),
			willNotWork: lines("A new password: the sign-in details are not the problem."),
			clearWithin: clearSettings,
		}},
		{topic: topicConfigTLS, c: content{
			action: ActionFixConfiguration, actor: ActorOwner,
			steps: lines(
				"Open this mailbox's connection settings.",
				"Check the server name against the one {name} publishes.",
				"Match the port to the security setting: port 465 uses SSL/TLS, and port 587 uses STARTTLS.",
				"Save the corrected settings.",
			),
			links:       lines("{help}"),
			willNotWork: lines("A new password: the connection fails before the password is ever checked."),
			clearWithin: clearSettings,
		}},
		{topic: topicConfigSender, c: content{
			action: ActionFixConfiguration, actor: ActorOwner,
			steps: lines(
				"Open this mailbox's settings.",
				"Make the sender address the same as the address you sign in with, or one that {name} lets you send from.",
				"Save, then send a test message.",
			),
			links:       lines("{help}"),
			willNotWork: lines("A new password: sign-in works, but {name} does not let this account send as that address."),
			clearWithin: clearSettings,
		}},
		{topic: topicConfigOperator, c: content{
			action: ActionFixConfiguration, actor: ActorOperator,
			steps: lines(
				"Nothing to change on your side: this product talks to {name} in a way the server does not accept.",
				"The product team has to fix it; until then, mail from this mailbox waits.",
			),
			willNotWork: lines("A new password or new settings: the fault is in how the product connects."),
			clearWithin: clearOperator,
		}},
		{topic: topicPlatform, c: content{
			action: ActionContactSupport, actor: ActorOperator,
			steps: lines(
				"Nothing to change on your side: this product's own sign-in setup with {name} has a fault.",
				"The product team must fix its app registration with {name}; your mailbox and password are fine.",
				"If it is not fixed within a day, report it through this product's in-app support.",
			),
			willNotWork: lines("Reconnecting, or entering a new password: the fault is in the product's own app, not in your mailbox."),
			clearWithin: clearOperator,
		}},
		{topic: "note:oauth_invalid_client", c: content{
			steps: lines("For the product team: {name} does not accept the product's OAuth client (its ID, secret, or allowed grant and scopes)."),
		}},
	}
}
