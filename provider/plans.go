package provider

import (
	"slices"

	"github.com/mailreconnect/sdk/classify"
)

// Plan content is data: each entry below is the content of one topic for some
// providers and sign-in methods, and [findContent] picks the entry that fits, a
// provider's own before the generic one. Facts come from the provider pages
// each entry's Info.Source lists (table_*.go) and the pages cited next to the
// content; the wording is ours.
//
// Strings may hold placeholders that [fillIn] fills in per provider: {name} (the
// provider's name, "your email provider" for Custom), {help} (Info.HelpURL) and
// {apppw} (Info.AppPasswordURL). A link whose placeholder is empty is dropped.
// Links are official https pages of the provider only.

// content is one plan before a provider fills it in.
type content struct {
	action      Action
	actor       Actor
	steps       []string
	links       []string
	appPassword bool     // the fix needs an app password
	prereqs     []string // nil with appPassword: Info.AppPasswordPrereqs
	willNotWork []string
	clearWithin string
}

// topic names a piece of content: a pause reason, or one of the topics below.
type topic string

// Topics besides the pause reasons.
const (
	topicLockout          topic = "lockout"           // added in front of auth_errors plans built from auth_failure
	topicPasswordOff      topic = "password_off"      // added when the provider turned password sign-in off
	topicWebLogin         topic = "web_login"         // added in front when the provider wants a browser sign-in
	topicIMAPAdmin        topic = "imap_admin"        // an administrator turned IMAP off
	topicSecurityDefaults topic = "security_defaults" // Microsoft Entra security defaults refuse passwords
	topicConsent          topic = "ms_consent"        // a Microsoft 365 admin must approve the app
	topicWait             topic = "wait"              // transient
	topicWaitAuth         topic = "wait_auth"         // auth_temporary
	topicWaitRate         topic = "wait_rate"         // rate_limited
	topicConfig           topic = "config"            // config, fixed by the owner in the settings
	topicConfigTLS        topic = "config_tls"        // config: server, port or security
	topicConfigSender     topic = "config_sender"     // config: sender address not allowed
	topicConfigOperator   topic = "config_operator"   // config the product must fix
	topicPlatform         topic = "platform"          // the product's OAuth app is at fault
	// Topics named "note:<rule ID>" hold operator notes added to platform plans.
)

// How soon flags clear, shared by many plans.
const (
	clearCredentials = "Immediately: the new credentials are tested when you save them, and the flag clears when the test passes."
	clearSignIn      = "Within seconds of signing in: the next health check clears it."
	clearOnItsOwn    = "On its own: nothing needs doing, and the problem clears at the next successful check."
	clearAfterBlock  = "As soon as the provider lifts the block: the next check that passes clears the flag. How long the provider takes is up to it."
	clearSettings    = "Immediately: the corrected settings are tested when you save them, and sending resumes when the test passes."
	clearOperator    = "After the product team deploys its fix: the next check that passes clears it. You may be asked to reconnect once."
	clearAdmin       = "As soon as the administrator allows it: the next check that passes clears the flag."
)

// entry is content for some providers, one topic and some methods.
type entry struct {
	ids     []ID         // nil: any provider
	topic   topic        // a pause reason or one of the topics above
	methods []AuthMethod // nil: any method
	c       content
}

// findContent returns the content of topic t for provider id and method m: the first
// entry that names id, else the first generic entry. An empty m matches only
// entries for any method.
func findContent(id ID, t topic, m AuthMethod) (content, bool) {
	all := planTable
	for _, generic := range []bool{false, true} {
		for _, e := range all {
			if e.topic != t || (e.ids == nil) != generic || (!generic && !slices.Contains(e.ids, id)) {
				continue
			}
			if e.methods != nil && !slices.Contains(e.methods, m) {
				continue
			}
			return e.c, true
		}
	}
	return content{}, false
}

// planTable is every entry, built once. Nothing changes it: fillIn copies the
// content into each Plan.
var planTable = plans()

// plans returns every entry, provider-specific and generic.
func plans() []entry {
	var all []entry
	for _, part := range [][]entry{googlePlans(), microsoftPlans(), consumerPlans(), hostedPlans(), relayPlans(), genericPlans(), classPlans()} {
		all = append(all, part...)
	}
	return all
}

// ids, methods and lines are shorthands for the tables.
func ids(v ...ID) []ID                     { return v }
func methods(v ...AuthMethod) []AuthMethod { return v }
func lines(v ...string) []string           { return v }

// with returns base followed by more, never sharing base's array.
func with(base []string, more ...string) []string {
	return append(slices.Clip(base), more...)
}

// Reason topics.
const (
	tAuth         = topic(classify.ReasonAuthFailure)
	tAuthErrors   = topic(classify.ReasonAuthErrors)
	tTenant       = topic(classify.ReasonTenantSMTPDisabled)
	tBlock        = topic(classify.ReasonProviderBlock)
	tHostinger    = topic(classify.ReasonHostingerReauth)
	tDisconnected = topic(classify.ReasonMailboxDisconnected)
)

// genericPlans is the content for providers without their own.
func genericPlans() []entry {
	pw, apw, oauth := methods(MethodPassword), methods(MethodAppPassword), methods(MethodOAuth)
	return []entry{
		{topic: tAuth, methods: pw, c: content{
			action: ActionUpdatePassword, actor: ActorOwner,
			steps: lines(
				"Sign in to {name} in a web browser to check whether your password still works.",
				"If it does not, reset it with {name}, or ask whoever manages your email to reset it.",
				"Enter the working password in this mailbox's settings here and save.",
			),
			links:       lines("{help}"),
			willNotWork: lines("Saving the same password again: {name} has already refused it."),
			clearWithin: clearCredentials,
		}},
		{topic: tAuth, methods: apw, c: content{
			action: ActionUpdateAppPassword, actor: ActorOwner, appPassword: true,
			steps: lines(
				"Sign in to {name} in a web browser and open its security settings.",
				"Create a new app password for this product and copy it.",
				"Paste it here in place of the old one and save.",
			),
			links: lines("{apppw}", "{help}"),
			willNotWork: lines(
				"Your normal password: with two-step verification on, mail apps need an app password.",
				"Saving the same app password again: {name} has already refused it.",
			),
			clearWithin: clearCredentials,
		}},
		{topic: tAuth, methods: oauth, c: content{
			action: ActionReconnectOAuth, actor: ActorOwner,
			steps: lines(
				"Choose to reconnect this mailbox.",
				"Sign in to {name} with this mailbox's account and allow the access it asks for.",
				"Wait for the confirmation here; there is nothing to type in.",
			),
			willNotWork: lines("Entering a password: this mailbox is connected through {name} sign-in."),
			clearWithin: clearSignIn,
		}},
		{topic: topicLockout, c: content{
			steps:       lines("Sign in to {name} in a web browser first: after repeated failed attempts it may lock sign-ins for a while. If it does, wait until the lock lifts before you save anything here."),
			willNotWork: lines("Retrying again and again: more failed attempts can keep the lock in place."),
		}},
		{topic: topicPasswordOff, c: content{
			willNotWork: lines("A password or an app password: {name} has turned password sign-in off for this mailbox."),
		}},
		{topic: topicWebLogin, c: content{
			steps: lines("First sign in to {name} in a web browser and complete any security check it shows."),
		}},
		{topic: tTenant, c: content{
			action: ActionAdminEnableSMTPAuth, actor: ActorAdmin,
			steps: lines(
				"If you manage this account yourself, look in {name}'s settings for IMAP, SMTP or mail app access and turn it on.",
				"If an organisation manages this mailbox, share these steps with whoever runs its email: they need to allow IMAP and SMTP sign-in for it.",
			),
			links:       lines("{help}"),
			willNotWork: lines("A new password or signing in again: the setting refuses every sign-in until it is changed."),
			clearWithin: clearAdmin,
		}},
		{topic: topicIMAPAdmin, c: content{
			action: ActionAdminEnableSMTPAuth, actor: ActorAdmin,
			steps: lines(
				"If you manage this account yourself, turn IMAP access on in {name}'s settings.",
				"If an organisation manages this mailbox, share these steps with whoever runs its email: they need to turn IMAP access on for it.",
			),
			links:       lines("{help}"),
			willNotWork: lines("A new password or signing in again: IMAP stays off until it is turned on."),
			clearWithin: clearAdmin,
		}},
		{topic: tBlock, c: content{
			action: ActionUnblockAtProvider, actor: ActorOwner,
			steps: lines(
				"Sign in to {name} in a web browser and read any notice about your account being blocked or limited.",
				"Follow the steps it gives to secure the account and lift the block; change your password if it asks you to.",
				"If you changed the password, enter the new one here and save.",
			),
			willNotWork: lines("Entering the same password again: the block is on {name}'s side, not in your settings here."),
			clearWithin: clearAfterBlock,
		}},
		{topic: tDisconnected, methods: oauth, c: content{
			action: ActionReconnectOAuth, actor: ActorOwner,
			steps: lines(
				"Choose to reconnect this mailbox.",
				"Sign in to {name} with the same account as before and allow the access it asks for.",
				"If {name} says the account is disabled or deleted, restore it there first.",
			),
			willNotWork: lines("Entering a password: the sign-in that connected this mailbox was withdrawn or has expired, and only signing in again restores it."),
			clearWithin: clearSignIn,
		}},
		// mailbox_disconnected without OAuth: the account was disabled or deleted.
		{topic: tDisconnected, methods: pw, c: content{
			action: ActionUpdatePassword, actor: ActorOwner,
			steps: lines(
				"Sign in to {name} in a web browser to check that the account still exists and is active.",
				"If it was disabled or deleted, restore it with {name} first.",
				"Enter the mailbox's current password here and save.",
			),
			links:       lines("{help}"),
			willNotWork: lines("Saving the same settings again while the account is disabled: {name} refuses every sign-in until it is restored."),
			clearWithin: clearCredentials,
		}},
		{topic: tDisconnected, methods: apw, c: content{
			action: ActionUpdateAppPassword, actor: ActorOwner, appPassword: true,
			steps: lines(
				"Sign in to {name} in a web browser to check that the account still exists and is active.",
				"If it was disabled or deleted, restore it with {name} first.",
				"Create a new app password, enter it here and save.",
			),
			links:       lines("{apppw}", "{help}"),
			willNotWork: lines("Saving the same settings again while the account is disabled: {name} refuses every sign-in until it is restored."),
			clearWithin: clearCredentials,
		}},
	}
}
