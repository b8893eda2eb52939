package classify

// Outlook and Outlook Express report a failed send or receive with an error
// number of their mail transport, in every language they are translated to
// ("Task 'Sending' reported error (0x800CCC0E): ..."; "タスク ... はエラー
// (0x800CCC78) を報告しました"). The numbers are the IXP_E_* codes of the
// Internet Mail transport, FACILITY_INTERNET with 0xCCxx: for the general
// and SMTP codes the public definitions are those of Wine's copy of the
// interface (wine-mirror/wine include/imnxport.idl), read 2026-12-03.
//
// A number that names a fact of the connection or of the account's settings
// (no route to the server, a dropped connection, a failed TLS or SPA logon)
// decides over the words around it: the words are often a general sentence
// of the client or of the server that says "authentication" or "password"
// while the number says what failed (outlookNumberRules, tried first). A
// number that stands for a class of SMTP replies ("550", "rejected sender")
// only decides when no rule read the words: the server's own reply, quoted
// in the same dialog, says more (outlookReplyNumberRules, tried last).

// outlookNumberRules are the transport's error numbers that decide.
var outlookNumberRules = []rule{
	{id: "outlook_number_connection", class: ClassTransient, anyOf: p(
		"0x800ccc04", // IXP_E_CONN
		"0x800ccc05", // IXP_E_NOT_CONNECTED
		"0x800ccc06", // IXP_E_CONN_SEND
		"0x800ccc09", // IXP_E_CONN_RECV
		"0x800ccc0a", // IXP_E_INCOMPLETE: a message's download did not complete
		"0x800ccc0b", // IXP_E_BUSY: the server or maildrop is busy
		"0x800ccc0e", // IXP_E_FAILED_TO_CONNECT
		"0x800ccc0f", // IXP_E_CONNECTION_DROPPED
		"0x800ccc12", // IXP_E_SOCKET_READ_ERROR
		"0x800ccc13", // IXP_E_SOCKET_WRITE_ERROR
		"0x800ccc14", // IXP_E_SOCKET_INIT_ERROR
		"0x800ccc15", // IXP_E_SOCKET_CONNECT_ERROR
		"0x800ccc19", // IXP_E_TIMEOUT
	),
		doc: "Outlook's transport could not reach the server, lost the connection or timed out (IXP_E_FAILED_TO_CONNECT, IXP_E_CONNECTION_DROPPED, IXP_E_TIMEOUT, socket errors): a network or server problem"},
	{id: "outlook_number_host", class: ClassConfig, anyOf: p(
		"0x800ccc0d", // IXP_E_CANT_FIND_HOST
	),
		doc: "Outlook's transport cannot find the server's host name (IXP_E_CANT_FIND_HOST): the account's server name"},
	{id: "outlook_number_security", class: ClassConfig, anyOf: p(
		"0x800ccc00", // IXP_E_LOAD_SICILY_FAILED: Secure Password Authentication did not load
		"0x800ccc01", // IXP_E_INVALID_CERT_CN
		"0x800ccc02", // IXP_E_INVALID_CERT_DATE
		"0x800ccc18", // IXP_E_SICILY_LOGON_FAILED: the Secure Password Authentication logon failed
		"0x800ccc1a", // IXP_E_SECURE_CONNECT_FAILED
		"0x800ccc7c", // IXP_E_SMTP_530_STARTTLS_REQUIRED
		"0x800ccc7d", // IXP_E_SMTP_NO_STARTTLS_SUPPORT
		"0x800ccc7f", // IXP_E_SMTP_454_STARTTLS_FAILED
	),
		doc: "Outlook's transport failed a TLS connection or certificate, or a logon by Secure Password Authentication (IXP_E_SECURE_CONNECT_FAILED, IXP_E_SICILY_LOGON_FAILED, the STARTTLS codes): the account's encryption or SPA setting"},
}

// outlookReplyNumberRules are the transport's numbers for classes of SMTP
// replies, read when nothing else was.
var outlookReplyNumberRules = []rule{
	{id: "outlook_number_reply_temporary", class: ClassTransient, anyOf: p(
		"0x800ccc67", // IXP_E_SMTP_421_NOT_AVAILABLE
		"0x800ccc68", // IXP_E_SMTP_450_MAILBOX_BUSY
		"0x800ccc6a", // IXP_E_SMTP_451_ERROR_PROCESSING
		"0x800ccc6c", // IXP_E_SMTP_452_NO_SYSTEM_STORAGE
	),
		doc: "Outlook's transport got a temporary SMTP reply (421, 450, 451, 452) and quotes no words the rules read"},
	{id: "outlook_number_reply_recipient", class: ClassRecipient, anyOf: p(
		"0x800ccc10", // IXP_E_INVALID_ADDRESS: address not known on the server
		"0x800ccc11", // IXP_E_INVALID_ADDRESS_LIST
		"0x800ccc69", // IXP_E_SMTP_550_MAILBOX_NOT_FOUND
		"0x800ccc6b", // IXP_E_SMTP_551_USER_NOT_LOCAL
		"0x800ccc6d", // IXP_E_SMTP_552_STORAGE_OVERFLOW
		"0x800ccc6e", // IXP_E_SMTP_553_MAILBOX_NAME_SYNTAX
		"0x800ccc79", // IXP_E_SMTP_REJECTED_RECIPIENTS
	),
		doc: "Outlook's transport got a recipient's SMTP reply (550 mailbox not found, 551, 552, 553, rejected recipients) and quotes no words the rules read"},
	{id: "outlook_number_reply_setup", class: ClassConfig, anyOf: p(
		"0x800ccc61", // IXP_E_SMTP_UNKNOWN_RESPONSE_CODE
		"0x800ccc62", // IXP_E_SMTP_500_SYNTAX_ERROR
		"0x800ccc63", // IXP_E_SMTP_501_PARAM_SYNTAX
		"0x800ccc64", // IXP_E_SMTP_502_COMMAND_NOTIMPL
		"0x800ccc65", // IXP_E_SMTP_503_COMMAND_SEQ
		"0x800ccc66", // IXP_E_SMTP_504_COMMAND_PARAM_NOTIMPL
		"0x800ccc78", // IXP_E_SMTP_REJECTED_SENDER
		"0x800ccc7a", // IXP_E_SMTP_NO_SENDER
		"0x800ccc7b", // IXP_E_SMTP_NO_RECIPIENTS
		"0x800ccc7e", // IXP_E_SMTP_NO_DSN_SUPPORT
	),
		doc: "Outlook's transport got an SMTP reply about its own commands or its sender address (500 to 504, a rejected sender) and quotes no words the rules read: the account's settings"},
}
