// Package wire is the code the mailbox testers (smtpcheck, imapcheck,
// oauthcheck) and reconnect share on the wire: one secret [Scrubber], one
// XOAUTH2 client ([XOAuth2]), one deadline-bound connection ([Conn]), one
// rule for endpoints' zero values ([Resolve], [DefaultServer]) and one error
// message shape ([Message]).
//
// It imports nothing of this module but provider, so reconnect itself can use
// it.
package wire
