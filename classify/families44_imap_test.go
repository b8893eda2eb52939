package classify

import "testing"

// Round 44's IMAP-reading tools (round44_imap.go): the round's texts, the
// sibling messages of the same tools' sources (offlineimap, Python's imaplib,
// node-imap, Mail::IMAPClient, isync/mbsync, imapfilter, fetchmail in every
// locale it ships), the IMAP response codes a refused command carries, and
// look-alikes that must keep their reading.
func TestRound44IMAPFamilies(t *testing.T) {
	// Each catalog entry, as labelled from the source before any rule.
	assertCatalogClasses(t, "client_imap_tools")

	assertTextRules(t, []textCase{
		// The round's rows.
		{"OfflineImapError: Error SELECTing mailbox 'INBOX.Alerts', server reply:\n('NO', [\"Mailbox doesn't exist: INBOX.Alerts\"])", ClassConfig, "imap_command_refused"},
		{"Error searching emails: SEARCH command error: BAD [b'Could not parse command']", ClassConfig, "imap_command_refused"},
		{"Can't parse IMAP server response to search 'UnSeen UnDeleted': NO / [BADCHARSET (US-ASCII)] The specified charset is not supported.", ClassConfig, "imap_command_refused"},
		{"[2022-04-04 21:57:52,564] [ERROR] [paperless_mail] Rule <RULE-NAME>: Error while processing rule: Response status \"OK\" expected, but \"NO\" received. Data: [b'[BADCHARSET (US-ASCII)] The specified charset is not supported.']", ClassConfig, "imap_command_refused"},
		{"Error: channel user@mail: near side box INBOX/subfolder cannot be opened.", ClassConfig, "imap_mbsync_box"},
		{"No mailbox is currently selected", ClassConfig, "imap_command_refused"},
		{"exited: fetchmail (exit status 5; not expected)", ClassConfig, "imap_fetchmail_config"},
		{"mailu-20-fetchmail-1  | fetchmail: Query status=5 (SYNTAX)", ClassConfig, "imap_fetchmail_config"},
		{"ERROR: socket closed while reading data from server at /usr/share/perl5/vendor_perl/Mail/IMAPClient.pm line 1812.", ClassTransient, "imap_connection_lost"},
		{"imapfilter: error while initiating connection to imap.gmail.com at port 143\nimapfilter: login request to MYMAIL@gmail.com@imap.gmail.com failed", ClassConfig, "imap_command_refused"},

		// offlineimap3 (imaplibutil.py, folder/IMAP.py, repository/IMAP.py,
		// repository/Base.py, accounts.py, imapserver.py): a refused SELECT,
		// SEARCH, CREATE or DELETE of a configured folder, and the
		// repository settings it refuses to run with.
		{"Error SELECTing mailbox 'Archive', server reply:\n('NO', [b'Unknown Mailbox: Archive (Failure)'])", ClassConfig, "imap_command_refused"},
		{"SEARCH in folder [Remote]INBOX failed. Search string was '(UNDELETED SINCE 01-Jan-2024)'. Server responded '[NO] [b'Unknown search criterion']'", ClassConfig, "imap_command_refused"},
		{"SEARCH in folder [Remote]INBOX failed. Search string was '(UNDELETED SINCE 01-Jan-2024)'. Server responded '[BAD] [b'Could not parse command']'", ClassConfig, "imap_command_refused"},
		{"Folder 'Archive/2024'[Remote] could not be created. Server responded: ('NO', [b'Invalid mailbox name'])", ClassConfig, "imap_command_refused"},
		{"Folder 'Old'[Remote] could not be deleted. Server responded: ('NO', [b'Mailbox does not exist'])", ClassConfig, "imap_command_refused"},
		{"INFINITE FOLDER CREATION DETECTED! Folder 'INBOX.Sent' (repository 'Local') would be created as folder 'Sent' (repository 'Remote'). The latter becomes 'INBOX.Sent.Sent' in return, leading to infinite folder creation cycles.", ClassConfig, "imap_command_refused"},
		{"Configuration mismatch in account 'Gmail'. \nAccount setting 'utf8foldernames' and repository setting 'decodefoldernames'\nmay not be used at the same time. This account has not been synchronized.", ClassConfig, "imap_command_refused"},
		{"You can set at most one of the following: maxage, startdate (for the local folder), startdate (for the remote folder)", ClassConfig, "imap_command_refused"},
		{"maxage is not supported on IMAP-IMAP sync", ClassConfig, "imap_command_refused"},
		{"To use startdate on Repository Local, Repository Remote must be empty", ClassConfig, "imap_command_refused"},
		{"No remote host for repository 'Remote' specified.", ClassConfig, "imap_command_refused"},
		{"No username provided for 'Remote'", ClassConfig, "imap_command_refused"},
		{"Remote: you must enable precisely one type of tunnel (preauth or transport), not both", ClassConfig, "imap_command_refused"},
		{"No remote oauth2_request_url for repository 'Remote' specified.", ClassConfig, "imap_command_refused"},
		{"remotehosteval option for repository 'Remote' failed:\nNameError: name 'get_host' is not defined", ClassConfig, "imap_command_refused"},
		{"Could not lock account Gmail. Is another instance using this account?", ClassTransient, "imap_connection_lost"},
		// Python imaplib's BAD to a command after the login ("%s command
		// error: %s %s"), as applications wrap it.
		{"SELECT command error: BAD [b'Error in IMAP command SELECT: Invalid arguments.']", ClassConfig, "imap_command_refused"},
		{"UID command error: BAD [b'Error in IMAP command UID SEARCH: Unknown argument X-GM-RAW']", ClassConfig, "imap_command_refused"},
		{"EXAMINE command error: BAD [b'Invalid mailbox name']", ClassConfig, "imap_command_refused"},
		{"FETCH command error: BAD [b'Error in IMAP command FETCH: Invalid messageset']", ClassConfig, "imap_command_refused"},
		{"STORE command error: BAD [b'Error in IMAP command STORE: Invalid arguments.']", ClassConfig, "imap_command_refused"},
		{"COPY command error: BAD [b'Error in IMAP command COPY: Invalid arguments.']", ClassConfig, "imap_command_refused"},
		{"STATUS command error: BAD [b'Error in IMAP command STATUS: Invalid arguments.']", ClassConfig, "imap_command_refused"},
		{"2022-04-29 10:52:55 ERROR (SyncWorker_3) [custom_components.mail_and_packages.helpers] Error searching emails: SEARCH command error: BAD [b'SEARCH failed. Illegal arguments.']", ClassConfig, ""},
		// Response codes of a refused command (RFC 3501 7.1 BADCHARSET and
		// TRYCREATE, RFC 5530 CLIENTBUG).
		{"a NO [BADCHARSET (US-ASCII)] The specified charset is not supported.", ClassConfig, "imap_command_refused"},
		{"A004 NO [BADCHARSET] Unsupported charset", ClassConfig, "imap_command_refused"},
		{"A003 NO [TRYCREATE] Mailbox does not exist", ClassConfig, "imap_command_refused"},
		{"k2 NO [CLIENTBUG] Done", ClassConfig, ""},
		{"p NO [NONEXISTENT] No such mailbox", ClassConfig, ""},
		{"l NO [CANNOT] Adjacent slashes are not supported", ClassConfig, ""},
		// node-imap (lib/Connection.js): the folder, search criteria or
		// server extension the integration was set to use.
		{"Error: No mailbox is currently selected", ClassConfig, "imap_command_refused"},
		{"No mailbox specified or currently selected", ClassConfig, "imap_command_refused"},
		{"Unexpected search option: UNREAD", ClassConfig, "imap_command_refused"},
		{"Incorrect number of arguments for search option: SINCE", ClassConfig, "imap_command_refused"},
		{"IMAP extension not available for: X-GM-RAW", ClassConfig, "imap_command_refused"},
		{"Sort is not supported on the server", ClassConfig, "imap_command_refused"},
		{"Server does not support that threading algorithm", ClassConfig, "imap_command_refused"},
		{"Server must support X-GM-EXT-1 capability", ClassConfig, "imap_command_refused"},
		{"Server does not support this feature (UIDPLUS)", ClassConfig, "imap_command_refused"},
		{"Error: Timed out while authenticating with server", ClassTransient, ""},
		// Mail::IMAPClient's LastError strings (lib/Mail/IMAPClient.pm).
		{"socket closed while reading data from server", ClassTransient, "imap_connection_lost"},
		{"error while reading data from server: Connection reset by peer", ClassTransient, ""},
		{"error(1) waiting 60s for data from server", ClassTransient, "imap_connection_lost"},
		{"NO not connected", ClassTransient, "imap_connection_lost"},
		{"No folder selected on source mailbox.", ClassConfig, "imap_command_refused"},
		{"Create folder 'Archive' on target host failed: 5 NO Mailbox name is not valid", ClassConfig, "imap_command_refused"},
		{"Authmechanism not set", ClassConfig, "imap_command_refused"},
		{"Authmechanism LOGIN is invalid, use login()", ClassConfig, "imap_command_refused"},
		{"NO NAMESPACE not supported by imap.example.com", ClassConfig, "imap_command_refused"},
		{"Uid must be enabled for uidexpunge", ClassConfig, "imap_command_refused"},
		{"Unable to load 'IO::Socket::SSL': Can't locate IO/Socket/SSL.pm in @INC (you may need to install the IO::Socket::SSL module)", ClassConfig, "imap_command_refused"},
		{"Unable to connect to imap.example.com: Connection refused", ClassTransient, ""},
		// isync/mbsync (src/sync.c, main.c, drv_imap.c, driver.c, socket.c),
		// 1.4 ("far side"/"near side") and 1.3 ("master"/"slave") wording.
		{"Error: channel gmail: far side box [Gmail]/All Mail cannot be opened.", ClassConfig, "imap_mbsync_box"},
		{"Error: channel gmail: both far side INBOX and near side INBOX cannot be opened.", ClassConfig, "imap_mbsync_box"},
		{"Error: channel gmail: master [Gmail]/Trash cannot be opened.", ClassConfig, "imap_mbsync_box"},
		{"Error: channel gmail: slave Trash cannot be opened.", ClassConfig, "imap_mbsync_box"},
		{"Error: channel gmail: both master INBOX and slave INBOX cannot be opened.", ClassConfig, "imap_mbsync_box"},
		{"Warning: channel gmail: near side box Foo cannot be opened and far side box Foo is not empty.", ClassConfig, "imap_mbsync_box"},
		{"Error: channel :gmail-remote:INBOX-:gmail-local:INBOX is locked", ClassTransient, "imap_connection_lost"},
		{"IMAP command 'SELECT \"Foo\"' returned an error: NO Mailbox doesn't exist: Foo", ClassConfig, "imap_command_refused"},
		{"IMAP error: cannot use unqualified 'Inbox'. Did you mean INBOX?", ClassConfig, "imap_command_refused"},
		{"IMAP error: mailbox name Foo/Bar contains server's hierarchy delimiter", ClassConfig, "imap_command_refused"},
		{"IMAP error: server's hierarchy delimiter not known", ClassConfig, "imap_command_refused"},
		{"Error: flattened mailbox name 'a.b' contains canonical hierarchy delimiter", ClassConfig, "imap_command_refused"},
		{"Error: canonical mailbox name 'a.b' contains flattened hierarchy delimiter", ClassConfig, "imap_command_refused"},
		{"Error: store 'gmail-local' does not support in-box sync state", ClassConfig, "imap_command_refused"},
		{"Error: invalid SyncState location '/nonexistent/'", ClassConfig, "imap_command_refused"},
		{"gmail: 1200 unread messages in excess of MaxMessages (1000).\nPlease set MaxMessages to a larger value", ClassConfig, "imap_command_refused"},
		{"No channel or group named 'gmail' defined.", ClassConfig, "imap_command_refused"},
		{"Cannot override mailbox in channel 'gmail' - no Patterns.", ClassConfig, "imap_command_refused"},
		{"/home/u/.mbsyncrc:4: keyword 'SSLType' is not recognized in IMAPAccount sections", ClassConfig, "imap_command_refused"},
		{"IMAPAccount 'gmail' has neither Tunnel nor Host", ClassConfig, "imap_command_refused"},
		{"IMAPAccount 'gmail' has both User and UserCmd", ClassConfig, "imap_command_refused"},
		{"IMAPAccount 'gmail' has both Pass and PassCmd", ClassConfig, "imap_command_refused"},
		{"IMAPAccount 'gmail' has UseKeychain enabled despite specifying Pass/PassCmd", ClassConfig, "imap_command_refused"},
		{"IMAPAccount 'gmail' requires SSL but no SSL versions enabled", ClassConfig, "imap_command_refused"},
		{"IMAPStore 'gmail-remote' has both Account and account-specific options", ClassConfig, "imap_command_refused"},
		{"Skipping account gmail, PassCmd exited with status 1", ClassConfig, "imap_command_refused"},
		{"Skipping account gmail, PassCmd crashed", ClassConfig, "imap_command_refused"},
		{"Skipping account gmail, PassCmd produced no output", ClassConfig, "imap_command_refused"},
		{"Skipping account gmail, UserCmd failed: No such file or directory", ClassConfig, "imap_command_refused"},
		{"Skipping account work, no password", ClassConfig, ""},
		{"No working address found for imap.example.com", ClassTransient, "imap_connection_lost"},
		{"Socket error on imap.gmail.com (142.251.31.108:993): timeout.", ClassTransient, ""},
		{"IMAP command 'LOGIN <user> <pass>' returned an error: NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)", ClassAuth, ""},
		// imapfilter (src/socket.c, request.c, account.lua, mailbox.lua):
		// what fails before the login decides, never the "login request ...
		// failed" that follows.
		{"imapfilter: error while initiating connection to imap.gmail.com at port 143", ClassConfig, "imap_command_refused"},
		{"imapfilter: initiating SSL connection to imap.example.com; protocol version not supported by current build", ClassConfig, "imap_command_refused"},
		{"imapfilter: initiating SSL connection to imap.example.com; the connection has been closed cleanly\nimapfilter: login request to me@imap.example.com failed", ClassConfig, "imap_command_refused"},
		{"imapfilter: initiating SSL connection to imap.example.com; EOF in violation of the protocol\nimapfilter: login request to me@imap.example.com failed", ClassConfig, "imap_command_refused"},
		{"imapfilter: OAuth2 not supported at me@imap.example.com\nimapfilter: authentication of me@imap.example.com failed.", ClassConfig, "imap_command_refused"},
		{"imapfilter: server supports neither the IMAP4rev1 nor the IMAP4 protocol", ClassConfig, "imap_command_refused"},
		{"imapfilter: timeout period expired while waiting to read data\nimapfilter: login request to me@imap.example.com failed", ClassTransient, "imap_imapfilter_connection"},
		{"imapfilter: timeout period expired while waiting to write data", ClassTransient, "imap_imapfilter_connection"},
		{"imapfilter: reading data through SSL; the connection has been closed cleanly\nimapfilter: select request to me@imap.example.com failed", ClassTransient, "imap_imapfilter_connection"},
		{"imapfilter: writing data through SSL; EOF in violation of the protocol", ClassTransient, "imap_imapfilter_connection"},
		{"imapfilter: waiting to read from socket; Interrupted system call", ClassTransient, "imap_imapfilter_connection"},
		{"imapfilter: reading data; Connection reset by peer\nimapfilter: login request to me@imap.example.com failed", ClassTransient, "imap_imapfilter_connection"},
		{"imapfilter: select request to me@imap.example.com failed", ClassTransient, "imap_imapfilter_connection"},
		{"imapfilter: fetchheader request to me@imap.example.com failed", ClassTransient, "imap_imapfilter_connection"},
		{"imapfilter: authentication of me@imap.example.com failed.", ClassAuth, "imap_login_refused"},
		{"imapfilter: authentication to me@imap.example.com failed.", ClassAuth, "imap_login_refused"},
		{"imapfilter: oauth2 string rejected at me@imap.example.com", ClassAuth, "imap_login_refused"},
		{"imapfilter: initiating SSL connection to [redacted] error:14090086:SSL routines:ssl3_get_server_certificate:certificate verify failed\nimapfilter: login request to [redacted] failed", ClassConfig, ""},
		{"imapfilter: login request to damien@imap.mail.me.com failed", ClassAuth, ""},
		// fetchmail: its exit codes as supervisord and systemd log them
		// (composed from fetchmail.man's EXIT CODES), and its "Query status"
		// line in English and every locale of po/ (fetchmail.c).
		{"fetchmail.service: Main process exited, code=exited, status=5/NOTINSTALLED", ClassConfig, "imap_fetchmail_config"},
		{"fetchmail.service: Main process exited, code=exited, status=11/n/a", ClassConfig, "imap_fetchmail_config"},
		{"fetchmail.service: Main process exited, code=exited, status=2/INVALIDARGUMENT", ClassTransient, "imap_connection_lost"},
		{"fetchmail.service: Main process exited, code=exited, status=3/NOTIMPLEMENTED", ClassAuth, "imap_login_refused"},
		{"fetchmail.service: Main process exited, code=exited, status=1/FAILURE", ClassUnknown, ""},
		{"exited: fetchmail (exit status 0; expected)", ClassUnknown, ""},
		{"exited: fetchmail (exit status 3; not expected)", ClassAuth, "imap_login_refused"},
	})
	// Look-alikes: a recipient's missing mailbox at a receiving server, a
	// server's temporary NO to a command, other files that cannot be opened,
	// an account lock, and a login refused.
	assertTextRules(t, []textCase{
		{"550 5.1.1 <bob@example.com>: Recipient address rejected: Mailbox doesn't exist", ClassRecipient, ""},
		{"550 No mailbox here by that name", ClassRecipient, ""},
		{"Mailbox does not exist", ClassRecipient, ""},
		{"Error SELECTing mailbox 'INBOX', server reply:\n('NO', [b'[UNAVAILABLE] Internal error occurred. Refer to server log for more information.'])", ClassTransient, ""},
		{"Error SELECTing mailbox 'INBOX', server reply:\n('NO', [b'[INUSE] Mailbox is locked by another session'])", ClassTransient, ""},
		{"Server 'imap.example.com' closed connection, error on SELECT 'INBOX'. Server said: socket error: EOF", ClassTransient, ""},
		{"SEARCH in folder [Remote]INBOX failed. Search string was '(UNDELETED)'. Error: socket error: [Errno 104] Connection reset by peer", ClassTransient, ""},
		{"ERROR: IMAP server 'remote' failed to fetch messages UID '136358'. Server responded: NO [b'System Error (Failure)']", ClassTransient, ""},
		{"SEARCH command error: BAD [b'[UNAVAILABLE] Temporary failure']", ClassTransient, ""},
		{"LOGIN command error: BAD [b'Login incorrect']", ClassConfig, ""},
		{"imaplib.IMAP4.error: LOGOUT command error: BAD [b'DONE is the only command allowed after IDLE']", ClassUnknown, ""},
		{"The file /tmp/x cannot be opened.", ClassUnknown, ""},
		{"Error: account is locked", ClassBlocked, ""},
		{"Error: channel gmail, far side box INBOX: UIDVALIDITY genuinely changed (at UID 5).", ClassConfig, "sync_state_mismatch"},
		{"Error: Not authenticated", ClassConfig, ""},
		{"exited: postfix (exit status 5; not expected)", ClassUnknown, ""},
		{"Query status=5", ClassUnknown, ""},
		{"The specified charset is not supported.", ClassUnknown, ""},
		{"Error while initiating connection to SMTP server: connection timeout", ClassTransient, ""},
	})
	assertNotClasses(t, []string{
		"imapfilter: error while initiating connection to imap.gmail.com at port 143\nimapfilter: login request to MYMAIL@gmail.com@imap.gmail.com failed",
		"imapfilter: gettaddrinfo; Name or service not known\nimapfilter: login request to me@imap.example.con failed",
		"Query status=4 (PROTOCOL)",
		"Query status=13 (MAXFETCH)",
		"Error: channel gmail: far side box INBOX cannot be opened.",
		"No mailbox is currently selected",
	}, ClassAuth, ClassRevoked, ClassBlocked, ClassRecipient)
}
