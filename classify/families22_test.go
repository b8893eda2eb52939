package classify

import "testing"

// The families of round 22's misses (testdata/heldout/README.md), on real
// wordings with their sources and on the look-alikes that bound them.

// Settings a product or device names in its own words, and the OAuth client
// it was set up with.
func TestDeviceAndProductSettings(t *testing.T) {
	assertTextClasses(t, map[string]Class{
		// Google refusing an out-of-band redirect for a web client (Odoo 12,
		// round 22) and its unverified-app screen (SMS Backup+, round 22).
		"The redirect URI in the request, urn:ietf:wg:oauth:2.0:oob, can only be used by a Client ID for native application. It is not allowed for the WEB client type.": ClassPlatform,
		"This app has not yet been verified by Google in order to use Google Sign in.":                                                                                   ClassPlatform,
		// Cisco ESA's and CodeTwo's tenant and client ID checks (round 22).
		"No service namespace named '<tenant_id>' was found in the data store.": ClassPlatform,
		"Tenant '<Tenant ID'> not found.":                                       ClassPlatform,
		"ClientId is not a Guid.":                                               ClassPlatform,
		// Sharp MFP's connection test for a stored OAuth token (round 22).
		"Token update failed. Please delete the token and obtain it again.": ClassRevoked,
		// ERPNext on a refused Gmail password (round 22).
		"Please check your email login credential.": ClassAuth,
		// A host never set, PHP's CA bundle, a TLS mode mismatch, a retired
		// mechanism (round 22).
		"错误:组件请求第三方系统CMSI接口send_mail出错：Invalid URL u'http://://smtp.163.com': No host supplied，请稍后重试或联系组件开发者处理":                                            ClassConfig,
		"Connection could not be established with host smtpdm-ap-southeast-1.aliyun.com :failed loading cafile stream: `/etc/pki/tls/certs/ca-bundle.crt'": ClassConfig,
		"TLS handshake failed":           ClassConfig,
		"Server does not support XOAUTH": ClassConfig,
		// nodemailer's MAIL FROM step: the sender's syntax (RFC 3463 X.1.7).
		"{ Error: Mail command failed: 501 5.1.7 Bad address mailbox syntax.": ClassConfig,
		// Roundcube's login wrapper around a lookup that failed (round 22).
		"IMAP Error: Login failed for root from 192.168.0.150. Could not connect to ssl:993: php_network_getaddresses: getaddrinfo failed": ClassConfig,
		// Gmail IMAP's NO for a folder name (round 22).
		"0001 NO Unknown Mailbox: INBOX/Sales Invoices (Failure)":            ClassConfig,
		"0002 NO Folder name conflicts with existing folder name. (Failure)": ClassConfig,
		// Outlook's dialogs for an IMAP server's UIDs (round 22).
		"Your Server reported a UID that does not comply with the IMAP standard. This typically indicates a Server Bug. Your program may not function properly after this.": ClassTransient,
		"The UID of a message changed unexpectedly": ClassTransient,
		// Look-alikes: RCPT's step stays the recipient's (nodemailer
		// "Recipient command failed", composed with Yandex's reply); a lookup
		// that failed for now stays temporary (composed: PHP's wording), and a
		// connection that timed out under Roundcube's wrapper (composed: its
		// format) is not a refused login.
		"Recipient command failed: 501 5.1.3 Bad recipient address syntax":                                                       ClassRecipient,
		"php_network_getaddresses: getaddrinfo failed: Temporary failure in name resolution":                                     ClassTransient,
		"IMAP Error: Login failed for bob from 192.0.2.1. Could not connect to ssl://imap.example.com:993: Connection timed out": ClassTransient,
	})
}
