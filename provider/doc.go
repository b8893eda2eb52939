// Package provider knows the mail providers a connected mailbox can be with, and
// tells its owner exactly how to reconnect it.
//
// # Provider table and detection
//
// [All] and [Lookup] return the provider table: 29 providers with their IMAP and SMTP
// servers, ports and TLS modes, login mechanisms, app-password policy and
// prerequisites, OAuth endpoints and scopes, official help links and the
// sources of these facts. Provider IDs ([Gmail], [Microsoft365], ... [Custom])
// are stored by host applications and never change.
//
// [Detect] names the provider of a mailbox from its SMTP host, its IMAP host,
// its address's domain, and the MX records of that domain through a [Resolver]
// (net.DefaultResolver in production; tests pass a fake). It knows the newer MX
// patterns (Google's single smtp.google.com, Microsoft's *.mx.microsoft) and
// splits the providers that share servers (Gmail and Google Workspace, Microsoft
// 365 and Outlook.com) by the address. What it does not know is [Custom], never a
// guess. [DetectHost], [ParseHost] and [KnownServer] serve the testers.
//
// # Remediation plans
//
// [PlanFor] (from a classify.Verdict) and [PlanForReason] (from a stored pause
// reason) return a [Plan]: the action, who must act, the steps in plain words,
// official links, whether an app password is needed and its prerequisites, what
// will not work, and how soon the flag should clear. Plans follow the facts of
// 2024-2026 (Outlook.com takes no app passwords since September 2024; Google
// revokes app passwords on a password change; Microsoft 365's tenant switch has
// no published propagation time). [Reasons] lists the pause reasons that can
// happen on a provider. Plans are reviewed as golden files in testdata/plans.
//
// Everything here is data behind functions that return copies; it is safe for
// concurrent use.
package provider
