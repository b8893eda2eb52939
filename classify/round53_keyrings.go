package classify

// Round 53's local credential stores: the errors of the keyring, password
// store or GnuPG key in which a mail client or tool keeps the mailbox
// password or OAuth token, said on the owner's machine before any mail
// server is asked (testdata/heldout/round53.jsonl rows h53t-mailvault-,
// h53t-nylasmaillives-gkr-, h53t-evolution-wsl-, h53t-freegpgmail-,
// h53t-homemanager-msmtp-). Each library's own messages were read in its
// source and are in testdata/catalogs/local_credential_stores.jsonl. All
// read 2026-12-05.
//
// Why config: a locked, missing or unreachable keyring, a password-store
// entry that is not there, a GPG key pinentry cannot unlock, all say that
// the owner's machine did not hand the client its secret. Nothing was sent
// to the mailbox's server, so there is neither a refused password (auth)
// nor a grant to reconnect (revoked); the owner fixes the machine. The
// rules come before languageRules and the text rules, whose generic words
// misread the stores' sentences: credential_words took keyring-rs's
// "Failed to store credentials: ... Secret Service: no result found" and
// "gpg: signing failed: ..." for a refused login, network_timeout took
// libgnome-keyring's D-Bus "did not receive a reply ... timeout",
// recipient_mailbox_disabled took gnome-keyring's "The collection does not
// exist", oauthlibs_code_exchange_failed took Evolution's "Failed to
// obtain access token ... Object does not exist at path
// /org/freedesktop/secrets/...", and credentials_rejected took Python
// keyring's macOS "Security Auth Failure"; oauth_invalid_grant, tried
// before these rules, read errSecInteractionRequired ("User interaction is
// required, but is currently not allowed.") as MSAL's "user interaction is
// required" and now leaves that wording alone. credential_words is left as it
// is: the servers' own refusals ("535 5.7.8 Error: authentication failed",
// "[AUTHENTICATIONFAILED] Invalid credentials (Failure)") keep reading auth.
//
// Sources:
//   - Secret Service (keyrings_secret_service): GNOME/gnome-keyring
//     81a9cc98 daemon/dbus/gkd-secret-objects.c, gkd-secret-service.c and
//     gkd-secret-error.c ("Cannot create an item in a locked collection",
//     "Cannot get secret of a locked object", "The collection does not
//     exist" under org.freedesktop.Secret.Error.IsLocked / NoSuchObject);
//     GNOME/libsecret b57273d0 libsecret/secret-collection.c,
//     secret-item.c, secret-session.c ("No such secret collection at
//     path", "Couldn't communicate with the secret storage", "Received
//     invalid secret from the secret storage"); libgnome-keyring
//     library/gkr-operation.c ("secret service operation failed: %s");
//     GNOME/glib 35066ed6 gio/gdbusaddress.c ("Cannot autolaunch D-Bus
//     without X11 $DISPLAY") and gdbusconnection.c ("Object does not exist
//     at path", matched only with the Secret Service's own object path
//     /org/freedesktop/secrets, so that other D-Bus objects keep their
//     reading); dbus/dbus bus/activation.c (activating
//     org.freedesktop.secrets timed out); mitya57/secretstorage 48ac8295
//     (LockedException "Collection is locked!", PromptDismissedException,
//     "No collection with such alias."); brotskydotcom/dbus-secret-service
//     d739c219 src/error.rs ("Secret Service: object locked", "...: no
//     result found", "...: unlock prompt was dismissed", "No DBus session
//     or Secret Service provider found"); hwchen/secret-service-rs
//     f53e2e7e src/error.rs ("SS Error: object locked", "SS error: prompt
//     dismissed", "no secret service provider or dbus session found");
//     zalando/go-keyring 5c05d186 secret_service/secret_service.go
//     ("failed to unlock correct collection"); 99designs/keyring 929f1783
//     secretservice.go ("The collection does not exist. Please add a key
//     first"); jaraco/keyring 38c04013 keyring/backends/SecretService.py
//     and libsecret.py ("The Secret Service daemon is neither running nor
//     activatable through D-Bus", "Can't open a session to the secret
//     service").
//   - Keyring libraries (keyrings_keyring_libraries): jaraco/keyring
//     38c04013 keyring/errors.py and backends/fail.py, SecretService.py,
//     libsecret.py, kwallet.py, macOS/__init__.py, macOS/api.py
//     (NoKeyringError "No recommended backend was available", KeyringLocked
//     "Failed to unlock the collection!/item!/keyring!", InitError "Failed
//     to create the collection: ..."/"Failed to open keyring: ...",
//     PasswordSetError, "Can't store password on keychain", "Keychain
//     Access Denied", "Security Auth Failure: make sure executable is
//     signed with codesign util"); hwchen/keyring-rs 9d1b02ff src/error.rs
//     ("Platform secure storage failure", "Couldn't access platform secure
//     storage", "No matching entry found in secure storage", "No default
//     credential builder is available"); zalando/go-keyring keyring.go
//     ("secret not found in keyring", "data passed to Set was too big");
//     99designs/keyring keyring.go and pass.go ("The specified item could
//     not be found in the keyring", "Specified keyring backend not
//     available", "The pass program is not available"); electron/electron
//     0601415e shell/browser/api/electron_api_safe_storage.cc ("Error while
//     decrypting the ciphertext provided to safeStorage.decryptString",
//     "Error while encrypting the text provided to ...").
//   - macOS Keychain (keyrings_macos_keychain): the Security framework's
//     messages as keybase/go-keychain 647fd805 keychain.go prints them
//     (derived from `security error`, SecBase.h): errSecItemNotFound "The
//     specified item could not be found in the keychain.",
//     errSecInteractionNotAllowed "User interaction is not allowed.",
//     errSecInteractionRequired, errSecNotAvailable "No keychain is
//     available...", errSecAuthFailed "The user name or passphrase you
//     entered is not correct." (the Keychain's own password, on the
//     machine), errSecDuplicateItem, errSecNoSuchKeychain,
//     errSecNoDefaultKeychain; the security tool's
//     "SecKeychainSearchCopyNext:" prefix.
//   - Windows Credential Manager (keyrings_windows_credentials,
//     keyrings_windows_not_found): CredReadW/CredWriteW's
//     ERROR_NO_SUCH_LOGON_SESSION ("A specified logon session does not
//     exist. It may already have been terminated.") and ERROR_NOT_FOUND
//     ("Element not found.", read only with the credential API's name
//     beside it: the sentence alone is any Win32 lookup), as
//     hwchen/keyring-rs src/windows.rs decodes them and pywin32 raises them
//     for jaraco/keyring backends/Windows.py.
//   - pass and Git Credential Manager (keyrings_pass_gcm):
//     zx2c4/password-store 3ca13cd8 src/password-store.sh ("Error: %s is
//     not in the password store.", "password store is empty", "... before
//     you may use the password store.", "Password encryption aborted.");
//     git-ecosystem/git-credential-manager 1520fda0
//     src/shared/Core/CredentialStore.cs ("No credential store has been
//     selected.", "... credential backing store without a graphical
//     interface present.", "Password store has not been initialized at",
//     "GPG_TTY is not set", "Unable to persist credentials with the
//     'wincredman' credential store.").
//   - GnuPG (keyrings_gnupg): gpg/gnupg 89f65378 g10/mainproc.c
//     ("decryption failed: %s", "public key decryption failed: %s"),
//     g10/sign.c and keyedit.c ("signing failed: %s"), g10/pkclist.c ("%s:
//     skipped: %s"), g10/gpg.c ("%s: encryption failed: %s"),
//     g10/call-agent.c and passphrase.c ("problem with the agent: %s"),
//     agent/gpg-agent.c ("no gpg-agent running in this session"),
//     common/asshelp.c ("can't connect to the %s: %s"); the reasons from
//     gpg/libgpg-error bfdf7b0b src/err-codes.h.in (No secret key, No
//     public key, Bad passphrase, No pinentry, Operation cancelled;
//     ENOTTY, "Inappropriate ioctl for device", when pinentry has no
//     terminal). Bare "Inappropriate ioctl for device" is not matched: it
//     is also a stale errno after a failed connection (Perl's $!).
//
// Left out: Electron's "decryptString is temporarily unavailable. Please
// try again." (a retry, not clearly the owner's setup) and "safeStorage
// cannot be used before app is ready" (the application's own bug).

// round53KeyringsEarlyRules come just after gen51RefusalsEarlyRules, before
// the round-52 OAuth library rules, languageRules and the generic text
// rules (see above).
var round53KeyringsEarlyRules = []rule{
	{id: "keyrings_secret_service", class: ClassConfig, anyOf: p(
		"org.freedesktop.secret.error.", "/org/freedesktop/secrets", "org.freedesktop.secrets",
		"cannot create an item in a locked collection", "cannot get secret of a locked object", "cannot set secret of a locked item",
		"cannot delete a locked item", "cannot set property on a locked object",
		"no such secret collection at path", "no such secret item at path",
		"couldn't communicate with the secret storage", "received invalid secret from the secret storage",
		"secret service operation failed", "cannot autolaunch d-bus without x11",
		"secret service: object locked", "secret service: no result found", "secret service: unlock prompt was dismissed",
		"no dbus session or secret service provider found",
		"ss error: object locked", "ss error: result not returned from ss api", "ss error: prompt dismissed",
		"no secret service provider or dbus session found",
		"secretstorage.exceptions.", "no collection with such alias",
		"the secret service daemon is neither running nor activatable", "unable to initialize secretservice",
		"can't open a session to the secret service",
		"failed to unlock correct collection", "the collection does not exist. please add a key first"),
		doc: "the desktop keyring (Secret Service: GNOME Keyring, libsecret, KeePassXC and their client libraries) is locked, missing or unreachable, so the client did not get the stored password or token: the owner's machine, no mail server was asked"},
	{id: "keyrings_keyring_libraries", class: ClassConfig, anyOf: p(
		"keyring.errors.", "nokeyringerror", "no recommended backend was available", "keyringlocked",
		"failed to unlock the collection", "failed to unlock the item", "failed to unlock the keyring",
		"failed to create the collection:", "failed to open keyring:", "passwordseterror", "passworddeleteerror",
		"keychain access denied", "make sure executable is signed with codesign util",
		"can't store password on keychain", "can't get password from keychain",
		"platform secure storage failure", "couldn't access platform secure storage",
		"no matching entry found in secure storage", "no default credential builder is available",
		"secret not found in keyring", "data passed to set was too big",
		"could not be found in the keyring", "specified keyring backend not available", "the pass program is not available",
		"error while decrypting the ciphertext provided to", "error while encrypting the text provided to"),
		doc: "a credential-store library (Python keyring, Rust keyring, go-keyring, 99designs/keyring, Electron safeStorage) found no store, no stored entry, or a locked or unusable one: the owner's machine, not the mail server"},
	{id: "keyrings_macos_keychain", class: ClassConfig, anyOf: p(
		"could not be found in the keychain", "user interaction is not allowed",
		"user interaction is required, but is currently not allowed", "no keychain is available",
		"the user name or passphrase you entered is not correct", "already exists in the keychain",
		"the specified keychain could not be found", "a default keychain could not be found", "seckeychainsearchcopynext"),
		doc: "the macOS Keychain holds no such item, is locked and may not prompt, is missing, or refused its own password: the owner's Mac, no mail server was asked"},
	{id: "keyrings_windows_credentials", class: ClassConfig, anyOf: p(
		"a specified logon session does not exist", "error_no_such_logon_session",
		"unable to persist credentials with the 'wincredman' credential store"),
		doc: "Windows Credential Manager is not available in this logon session (a service, SSH or scheduled task): the owner's machine, no mail server was asked"},
	{id: "keyrings_windows_not_found", class: ClassConfig, anyOf: p("element not found"),
		alsoAny: p("credread", "credwrite", "creddelete", "credenumerate", "wincred", "credential manager"),
		doc:     "Windows Credential Manager holds no credential for the account (ERROR_NOT_FOUND from CredRead): nothing stored on the machine"},
	{id: "keyrings_pass_gcm", class: ClassConfig, anyOf: p(
		"is not in the password store", "password store is empty", "before you may use the password store", "password encryption aborted",
		"no credential store has been selected", "credential backing store without a graphical interface",
		"password store has not been initialized at", "gpg_tty is not set"),
		doc: "pass has no such entry or no initialised store, or Git Credential Manager has no usable credential store: the owner's setup, no mail server was asked"},
	{id: "keyrings_gnupg", class: ClassConfig, anyOf: p(
		"gpg: decryption failed:", "public key decryption failed:", "gpg: signing failed:",
		"decryption failed: no secret key", "decryption failed: no pinentry", "decryption failed: inappropriate ioctl for device",
		"signing failed: no secret key", "signing failed: no pinentry", "signing failed: inappropriate ioctl for device",
		"encryption failed: no public key", "skipped: no public key", "gpg: problem with the agent:",
		"no gpg-agent running in this session", "gpg: can't connect to the agent", "no pinentry"),
		doc: "GnuPG could not decrypt the stored password or sign with the owner's key (no secret or public key, no pinentry or terminal, a cancelled or wrong passphrase, no agent): the owner's machine, never the mail server's refusal"},
}
