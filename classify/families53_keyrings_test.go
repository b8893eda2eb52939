package classify

import (
	"testing"
)

// Round 53's local credential stores (round53_keyrings.go): the words of
// the keyring, password store or GnuPG key a mail client or tool keeps the
// mailbox password or OAuth token in, said before any mail server is asked.
// The catalog local_credential_stores.jsonl holds each library's own
// messages once; here are the forms apps log them in, and look-alikes (the
// servers' own refusals, other D-Bus objects, other "decryption failed"
// and a stale errno) that must keep their reading.
func TestRound53KeyringsFamilies(t *testing.T) {
	assertCatalogClasses(t, "local_credential_stores")

	assertTextRules(t, []textCase{
		// Secret Service, libsecret, GNOME Keyring, as apps wrap them.
		{"Failed to store credentials: Couldn't access platform secure storage: Secret Service: no result found", ClassConfig, "keyrings_secret_service"},
		{"Error: Couldn't access platform secure storage: Secret Service: object locked", ClassConfig, "keyrings_secret_service"},
		{"Gkr-Message: secret service operation failed: Did not receive a reply. Possible causes include: the remote application did not send a reply, the message bus security policy blocked the reply, the reply timeout expired, or the network connection was broken.", ClassConfig, "keyrings_secret_service"},
		{"Failed to obtain access token from address “https://login.microsoftonline.com/common/oauth2/v2.0/token”: Object does not exist at path “/org/freedesktop/secrets/collection/login”", ClassConfig, "keyrings_secret_service"},
		{"Failed to save password: GDBus.Error:org.freedesktop.Secret.Error.IsLocked: Cannot create an item in a locked collection", ClassConfig, "keyrings_secret_service"},
		{"(node:2211) UnhandledPromiseRejectionWarning: Error: Cannot autolaunch D-Bus without X11 $DISPLAY", ClassConfig, "keyrings_secret_service"},
		{"keytar: Error: No such secret collection at path: /", ClassConfig, "keyrings_secret_service"},
		{"secret-tool: Cannot create an item in a locked collection", ClassConfig, "keyrings_secret_service"},

		// Python keyring and the other wrappers.
		{"Traceback (most recent call last):\n  File \"/usr/lib/python3/dist-packages/keyring/core.py\", line 56, in get_password\nkeyring.errors.KeyringLocked: Failed to unlock the collection!", ClassConfig, "keyrings_keyring_libraries"},
		{"getmail: error: NoKeyringError: No recommended backend was available.", ClassConfig, "keyrings_keyring_libraries"},
		{"could not get password: secret not found in keyring", ClassConfig, "keyrings_keyring_libraries"},
		{"Error: Error while decrypting the ciphertext provided to safeStorage.decryptString.", ClassConfig, "keyrings_keyring_libraries"},
		{"imap login: No matching entry found in secure storage", ClassConfig, "keyrings_keyring_libraries"},

		// macOS Keychain and Windows Credential Manager.
		{"security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.", ClassConfig, "keyrings_macos_keychain"},
		{"Couldn't read the mailbox password: User interaction is not allowed.", ClassConfig, "keyrings_macos_keychain"},
		{"SecKeychainFindGenericPassword: The user name or passphrase you entered is not correct.", ClassConfig, "keyrings_macos_keychain"},
		{"CredWrite failed: A specified logon session does not exist. It may already have been terminated.", ClassConfig, "keyrings_windows_credentials"},
		{"Win32Exception (0x80004005): Element not found. at CredRead", ClassConfig, "keyrings_windows_not_found"},

		// pass, GnuPG and pinentry under a password command.
		{"gpg: signing failed: Inappropriate ioctl for device\ngpg: signing failed: Inappropriate ioctl for device", ClassConfig, "keyrings_gnupg"},
		{"gpg: decryption failed: No secret key\nsendmail: cannot read output of 'pass mail/example.com'", ClassConfig, "keyrings_gnupg"},
		{"msmtp: cannot read output of 'pass show mail/smtp': gpg: decryption failed: No pinentry", ClassConfig, "keyrings_gnupg"},
		{"mbsync: Error: PassCmd produced no output\ngpg: public key decryption failed: Inappropriate ioctl for device", ClassConfig, ""},
		{"Error: email/anna@example.com is not in the password store.", ClassConfig, "keyrings_pass_gcm"},
		{"fatal: No credential store has been selected.", ClassConfig, "keyrings_pass_gcm"},

		// Look-alikes: the servers' own refusals keep their reading.
		{"535 5.7.8 Error: authentication failed: authentication failure", ClassAuth, ""},
		{"534-5.7.9 Application-specific password required. Learn more at https://support.google.com/mail/?p=InvalidSecondFactor", ClassAuth, ""},
		{"[AUTHENTICATIONFAILED] Invalid credentials (Failure)", ClassAuth, ""},
		{"NO [AUTHENTICATIONFAILED] Authentication failed.", ClassAuth, ""},
		{"Failed to store credentials: 535 5.7.8 Username and Password not accepted.", ClassAuth, ""},
		{"Login failed: the password you entered is not correct", ClassAuth, ""},
		// Other D-Bus objects, other decryptions, a stale errno and an
		// OpenPGP key of the mailbox itself are no keyring.
		{"IDX10603: Decryption failed. Keys tried: '[PII of type 'System.String' is hidden.]'", ClassPlatform, ""},
		{"Can't connect to smtp.example.com:25: Inappropriate ioctl for device", ClassTransient, ""}, // the connection (round 119)
		{`2022/01/18 13:46:20 warning: failed to unlock key "anna@protonmail.com" [secret key]: openpgp: invalid data: private key checksum failure`, ClassAuth, ""},
	})
}
