package classify

// Round 44's IMAP-reading tools (testdata/heldout/round44.jsonl, rows
// h44b-offlineimap-, h44b-mailpackages-, h44b-ha-imap-, h44b-paperless-,
// h44b-mbsync-, h44b-nodered-, h44b-dms-fetchmail-, h44b-mailu-fetchmail-,
// h44b-imapfilter- and h44a-perl-imapclient-): the tools' own messages and the
// IMAP answers they pass on when a command is refused on a session that is
// logged in, each with the sibling messages of the same source file, and
// fetchmail's status line in every locale it ships. Phrases are the fixed
// text of each message, lower-cased, without placeholders.
//
// How each is labelled: a command the server refuses after the login because
// of the folder, search criteria, charset or another setting the tool was
// given, and a tool that will not run with its settings, is config; a
// connection that drops or times out after it was open is transient; a
// connection that fails before the login is never a refused login.
//
// Sources:
//   - OfflineIMAP/offlineimap3 bcf2238d: offlineimap/imaplibutil.py select()
//     "Error SELECTing mailbox '%s', server reply:" (SELECT of a configured
//     folder not OK); folder/IMAP.py "SEARCH in folder [%s]%s failed. Search
//     string was '%s'. Server responded '[%s] %s'" (the SEARCH built from the
//     folder's maxage/startdate settings answered NO or BAD; the "Error: %s"
//     form is an exception, a dropped connection, and is left to the network
//     rules); repository/IMAP.py "Folder '%s'[%s] could not be created." and
//     "... could not be deleted." (CREATE or DELETE of a folder the name
//     translation asked for); repository/Base.py "INFINITE FOLDER CREATION
//     DETECTED!" (nametrans settings); accounts.py "Configuration mismatch
//     in account", "You can set at most one of the following: maxage,
//     startdate", "To use startdate on Repository %s, Repository %s must be
//     empty"; folder/IMAP.py "maxage is not supported on IMAP-IMAP sync";
//     repository/IMAP.py "No remote host for repository", "remotehosteval
//     option for repository ... failed"; imapserver.py "No username provided
//     for", "you must enable precisely one type of tunnel", "No remote
//     oauth2_request_url for repository": all config. accounts.py "Could not
//     lock account %s. Is another instance using this account?": another
//     run holds the account, transient.
//   - Python's imaplib (python/cpython Lib/imaplib.py _command_complete):
//     "%s command error: %s %s" is raised for a tagged BAD, the server
//     unable to parse the command (RFC 9051 7.1.3): config for the commands
//     that carry a folder, search criteria or flags the tool was given, as
//     imap_bad_response reads it for LOGIN and AUTHENTICATE. A BAD to
//     LOGOUT or IDLE is a client's own slip and stays unknown (fixture
//     icloud-imap-bad-done-after-idle).
//   - RFC 3501 7.1: [BADCHARSET] (SEARCH with a charset the server does not
//     support; Home Assistant's "Can't parse IMAP server response to search"
//     and imap_tools' "Response status "OK" expected, but "NO" received"
//     pass it on) and [TRYCREATE] (APPEND or COPY to a mailbox that does not
//     exist); RFC 5530 3: [CLIENTBUG] (the server detected a client bug):
//     config. The other RFC 5530 codes are read by imap_code_config,
//     imap_code_quota, imap_code_transient and imap_unavailable; a refused
//     command that carries one of their temporary codes is left to them
//     (noneOf).
//   - mscdex/node-imap 9918f08b, lib/Connection.js: "No mailbox is currently
//     selected" and "No mailbox specified or currently selected" (the
//     configured folder was never opened), "Unexpected search option",
//     "Incorrect number of arguments for search option", "IMAP extension not
//     available for", "Sort is not supported on the server", "Server does
//     not support that threading algorithm", "Server must support
//     X-GM-EXT-1 capability", "Server does not support this feature
//     (UIDPLUS)" (search criteria or a feature the server lacks): config.
//     Its timeouts are read as timeouts already.
//   - plobbes/mail-imapclient 3de59396, lib/Mail/IMAPClient.pm LastError:
//     "socket closed while reading data from server", "error($rc) waiting
//     ${timeout}s for data from server", "NO not connected" (the connection
//     is gone: transient); "No folder selected on source mailbox.", "Create
//     folder '%s' on target host failed: ", "Authmechanism not set",
//     "Authmechanism LOGIN is invalid, use login()", "NO NAMESPACE not
//     supported by", "Uid must be enabled for uidexpunge" and Perl's "Can't
//     locate X.pm in @INC" behind "Unable to load '$module'" (config).
//   - norbusan/debian-isync 74772c14 (isync 1.4.4) and febb569 (1.3.0):
//     src/sync.c "Error: channel %s: %s box %s cannot be opened." (1.3: "%s
//     %s cannot be opened" with master/slave; "both ... cannot be opened";
//     the warning "... cannot be opened and ... is not empty"): the box does
//     not exist and Create is not set, or Patterns do not list it (config);
//     "Error: channel :%s:%s-:%s:%s is locked" (another mbsync run,
//     transient); "does not support in-box sync state", "invalid SyncState
//     location", "in excess of MaxMessages"; src/main.c "No channel or group
//     named", "Cannot override mailbox in channel '%s' - no Patterns.";
//     src/drv_imap.c "IMAP command '%s' returned an error" for SELECT,
//     EXAMINE, CREATE, DELETE and STATUS (a configured box), "cannot use
//     unqualified '%s'. Did you mean INBOX?", the hierarchy delimiter
//     errors, the IMAPAccount/IMAPStore option conflicts and the "Skipping
//     account %s, %s (PassCmd/UserCmd) failed/crashed/exited with
//     status/produced no output" lines; src/driver.c and src/config.c
//     "keyword '%s' is not recognized in ... sections", "refers to no far
//     side store": config. src/socket.c "No working address found for"
//     (no address of the host took the connection): transient. The
//     UIDVALIDITY errors are left to sync_state_mismatch.
//   - lefcha/imapfilter 23b693f7: src/socket.c "error while initiating
//     connection to %s at port %s" (connect() failed for the configured
//     server and port; imapfilter's port is 143 unless ssl is set, and the
//     round labels it config), "initiating SSL connection to %s; ..." (the
//     TLS handshake failed: config, unless it names a dropped or refused
//     connection), "failed setting hostname validation", "failed setting
//     the Server Name Indication"; src/request.c "OAuth2 not supported at"
//     and src/response.c "server supports neither the IMAP4rev1 nor the
//     IMAP4 protocol" (config); src/socket.c "reading data; ", "reading
//     data through SSL; ", "writing data ...", "waiting to read from
//     socket; ", "timeout period expired while waiting to read data"
//     (transient). src/account.lua and mailbox.lua raise "%s request to %s
//     failed" when the request returned nothing (ifcore gives no value for
//     a negative status: the connection failed or the server said BYE),
//     never for a NO: for every request but login that is transient; a
//     bare "login request ... failed" keeps its reading
//     (client_login_request_failed, as the fixtures label it), and a cause
//     line before it decides here first. A refused login is "authentication
//     of %s failed." (account.lua, r == false; before 333f458 "authentication
//     to %s failed."), and a rejected XOAUTH2 string "oauth2 string rejected
//     at" (request.c): auth.
//   - fetchmail 6.3.26 (Distrotech/fetchmail 81c32399): fetchmail.man EXIT
//     CODES and fetchmail.h PS_*; fetchmail.c prints "Query status=%d
//     (NAME)" for a failed poll, in English and in the 20 catalogs of po/
//     that translate it (ca cs da de el eo es fr id it nl pl pt_BR ru sk sq
//     sv tr vi zh_CN; en_GB and ja keep the English; gl.po's numbered lines
//     are fuzzy, so English shows, but for its default "Estado da
//     petición=%d"). 5 SYNTAX (rc file or argument
//     syntax, a pre/post-connect command failed), 6 IOERR (rc file
//     permissions), 11 DNS (the configured server name does not resolve, as
//     client_tools.jsonl labels fetchmail's DNS failure), 12 BSMTP (batch
//     file): config. 2 SOCKET, 7 ERROR (an error the server reported, or a
//     timeout), 8 EXCLUDE (another fetchmail runs), 9 LOCKBUSY, 10 SMTP
//     (the forwarding SMTP transaction), 14 SERVBUSY: transient. 3 AUTHFAIL
//     is read as auth already in every locale; 0, 1 NOMAIL, 4 PROTOCOL, 13
//     MAXFETCH and 23 are no verdict and stay unknown. The same exit codes
//     as supervisord logs them (Supervisor/supervisor abc60468,
//     supervisor/process.py "exited: %s (exit status %s; not expected)")
//     and systemd ("Main process exited, code=exited, status=%i/%s"),
//     code 3 included (auth). These and the other tools' messages are
//     testdata/catalogs/client_imap_tools.jsonl.

// fetchmailQueryStatus is fetchmail's "Query status=" in English and in each
// translation of po/ that gives the numbered lines.
var fetchmailQueryStatus = []string{
	"query status=", "estat de la consulta=", "stav spojení=", "spørgestatus=", "abfragestatus=",
	"κατάστασης ερώτησης=", "informpeta stato=", "estado de la consulta=", "état de la requête=",
	"status lema=", "stato dell'interrogazione = ", "resultaatcode=", "wynik zapytania=",
	"situação da consulta=", "статус запроса=", "stav dopytu=", "gjendje kërkimi=", "frågestatus=",
	"sorgulama durumu=", "trạng thái truy vấn=", "查询状态=",
}

// fetchmailStatus returns fetchmail's status line for each code, in every
// locale (code "5 (" gives "query status=5 (" and its translations), and
// the exit code as supervisord and systemd log it.
func fetchmailStatus(codes ...string) []string {
	var out []string
	for _, c := range codes {
		n, line := c, c+" ("
		if c == "14" { // printed by the default branch, without a name
			line = c
			out = append(out, "estado da petición=14")
		}
		if c == "11" { // sv.po's "Frågestatu=11 (DNS)"
			out = append(out, "frågestatu=11 (")
		}
		for _, pre := range fetchmailQueryStatus {
			out = append(out, pre+line)
		}
		out = append(out, "fetchmail (exit status "+n+";", "fetchmail.service: main process exited, code=exited, status="+n+"/")
	}
	return out
}

// round44IMAPEarlyRules come before languageRules: "doesn't exist" and "no
// mailbox" in a refused SELECT read as a recipient failure there, and
// imapfilter's "login request ... failed" after a connection failure as a
// refused login (client_login_request_failed).
var round44IMAPEarlyRules = []rule{
	{id: "imap_command_refused", class: ClassConfig, anyOf: p(
		// offlineimap3
		"error selecting mailbox '", "'. server responded '[no]", "'. server responded '[bad]",
		"] could not be created. server responded", "] could not be deleted. server responded",
		"infinite folder creation detected", "configuration mismatch in account",
		"you can set at most one of the following: maxage", "maxage is not supported on imap-imap sync",
		"to use startdate on repository", "no remote host for repository", "no username provided for '",
		"you must enable precisely one type of tunnel", "no remote oauth2_request_url for repository",
		"remotehosteval option for repository",
		// Python imaplib's BAD to a command that carries the tool's folder,
		// criteria or flags (LOGOUT, IDLE and the like are a client's own
		// protocol slip, no setting)
		"select command error: bad", "examine command error: bad", "search command error: bad",
		"uid command error: bad", "fetch command error: bad", "store command error: bad", "copy command error: bad",
		"move command error: bad", "status command error: bad", "list command error: bad", "lsub command error: bad",
		"create command error: bad", "delete command error: bad", "rename command error: bad",
		"append command error: bad", "sort command error: bad", "thread command error: bad",
		// RFC 3501 and RFC 5530 response codes
		"[badcharset", "[trycreate]", "[clientbug]",
		// node-imap
		"no mailbox is currently selected", "no mailbox specified or currently selected",
		"unexpected search option: ", "incorrect number of arguments for search option",
		"imap extension not available for: ", "sort is not supported on the server",
		"server does not support that threading algorithm", "server must support x-gm-ext-1 capability",
		"server does not support this feature (uidplus)",
		// Mail::IMAPClient
		"no folder selected on source mailbox", "' on target host failed: ", "authmechanism not set",
		"authmechanism login is invalid, use login()", "no namespace not supported by",
		"uid must be enabled for uidexpunge", ".pm in @inc",
		// isync/mbsync
		"imap command 'select ", "imap command 'examine ", "imap command 'create ", "imap command 'delete ",
		"imap command 'status ", "did you mean inbox?", "contains server's hierarchy delimiter",
		"server's hierarchy delimiter not known", "contains canonical hierarchy delimiter",
		"contains flattened hierarchy delimiter", "does not support in-box sync state",
		"invalid syncstate location", "in excess of maxmessages", "no channel or group named '",
		"- no patterns.", "is not recognized in imapaccount sections", "is not recognized in imapstore sections",
		"is not recognized in maildirstore sections", "is not recognized in channel sections",
		"is not recognized in group sections", "is not a recognized section-starting or global keyword",
		"refers to no far side store", "refers to no near side store", "refers to no master store",
		"refers to no slave store", "has neither tunnel nor host", "has both user and usercmd",
		"has both pass and passcmd", "has usekeychain enabled despite specifying pass/passcmd",
		"requires ssl but no ssl versions enabled", "has both account and account-specific options",
		"passcmd exited with status", "usercmd exited with status", "passcmd crashed", "usercmd crashed",
		"passcmd produced no output", "usercmd produced no output", "passcmd failed", "usercmd failed",
		// imapfilter, before the login
		"error while initiating connection to ", "imapfilter: initiating ssl connection to ",
		"failed setting hostname validation to ", "failed setting the server name indication",
		"oauth2 not supported at ", "server supports neither the imap4rev1 nor the imap4 protocol",
	),
		noneOf: p("[unavailable]", "[inuse]", "[in-use]", "[serverbug]", "[overquota]", "[limit]", "[corruption]",
			"[expungeissued]", "[contactadmin]", "[authenticationfailed]", "[expired]", "system error", "internal error",
			"server error", "try again", "temporar", "too many", "connection reset", "timed out", "broken pipe",
			"socket error", "connection refused", "timeout", "unreachable"),
		doc: "an IMAP-reading tool (offlineimap, imaplib, node-imap, Mail::IMAPClient, mbsync, imapfilter) says the server refused a command after the login for the configured folder, search or charset, or that its own settings are wrong, or that the connection failed before any login: the setup"},
	{id: "imap_mbsync_box", class: ClassConfig, anyOf: p("error: channel ", "warning: channel "), alsoAny: p(" cannot be opened"),
		noneOf: p("uidvalidity"),
		doc:    "isync/mbsync could not open a channel's far side or near side box (master or slave before 1.4): it does not exist and Create is not set, or Patterns do not list it"},
	{id: "imap_imapfilter_connection", class: ClassTransient, anyOf: p(
		"timeout period expired while waiting to read data", "timeout period expired while waiting to write data",
		"imapfilter: reading data; ", "imapfilter: writing data; ", "imapfilter: reading data through ssl; ",
		"imapfilter: writing data through ssl; ", "imapfilter: waiting to read from socket; ",
		"imapfilter: waiting to write to socket; ", "imapfilter: initiating ssl connection to ",
		"imapfilter: append request to ", "imapfilter: close request to ", "imapfilter: copy request to ",
		"imapfilter: create request to ", "imapfilter: delete request to ", "imapfilter: fetchbody request to ",
		"imapfilter: fetchdate request to ", "imapfilter: fetchfast request to ", "imapfilter: fetchfields request to ",
		"imapfilter: fetchheader request to ", "imapfilter: fetchpart request to ", "imapfilter: fetchsize request to ",
		"imapfilter: fetchstructure request to ", "imapfilter: idle request to ", "imapfilter: list request to ",
		"imapfilter: logout request to ", "imapfilter: lsub request to ", "imapfilter: rename request to ",
		"imapfilter: search request to ", "imapfilter: select request to ", "imapfilter: status request to ",
		"imapfilter: store request to ", "imapfilter: subscribe request to ", "imapfilter: unsubscribe request to ",
	),
		doc: "imapfilter lost or could not complete the connection (a read or write failed or timed out, the TLS handshake was cut, a request got no answer): temporary, whatever login line follows"},
}

// round44IMAPRules come last: a status line sums up a poll, and any line
// before it that names the cause decides first.
var round44IMAPRules = []rule{
	{id: "imap_fetchmail_config", class: ClassConfig, anyOf: fetchmailStatus("5", "6", "11", "12"),
		doc: "fetchmail's status 5 SYNTAX, 6 IOERR, 11 DNS or 12 BSMTP (its Query status line in any locale, or its exit code): its run control file, arguments, server name or batch file"},
	{id: "imap_connection_lost", class: ClassTransient, anyOf: append(fetchmailStatus("2", "7", "8", "9", "10", "14"),
		// Mail::IMAPClient
		"socket closed while reading data from server", "s for data from server", "no not connected",
		// isync/mbsync
		"error: channel :", "no working address found for",
		// offlineimap3
		"is another instance using this account"),
		doc: "fetchmail's status 2 SOCKET, 7 ERROR, 8 EXCLUDE, 9 LOCKBUSY, 10 SMTP or 14 SERVBUSY, Mail::IMAPClient's closed socket, or an mbsync or offlineimap run that another run holds: temporary"},
	{id: "imap_login_refused", class: ClassAuth, anyOf: p(
		"fetchmail (exit status 3;", "fetchmail.service: main process exited, code=exited, status=3/",
		"imapfilter: authentication of ", "imapfilter: authentication to ", "oauth2 string rejected at "),
		doc: "fetchmail exited with status 3 (AUTHFAIL), or imapfilter's login was answered NO (authentication of ... failed, oauth2 string rejected): the credentials"},
}
