package classify

// Open-Xchange App Suite's own display messages for a mail account whose
// connection fails, in every language read from open-xchange/appsuite-middleware
// (l10n/backend.<locale>.po: de_DE commit 3417684e, fr_FR 514f3c28, es_ES
// 4a15aae4, it_IT 7e9d8649, nl_NL c82b60a0, ja_JP 71263b3a; the English msgids,
// and the newer English wording of the MimeMailExceptionMessage.java revision
// with the AGPL-3.0 header). Where the middleware raises each key:
//
//   - com.openexchange.server/src/com/openexchange/mail/mime/MimeMailExceptionMessage.java
//     holds the display texts of MimeMailExceptionCode (MimeMailExceptionCode.java),
//     which MimeMailException.handleMessagingException maps from JavaMail's
//     exceptions: LOGIN_FAILED (MSG-1000) and INVALID_CREDENTIALS(_EXT) (MSG-1001)
//     for an AuthenticationFailedException, TRANSPORT_INVALID_CREDENTIALS (MSG-1030)
//     for a refused SMTP login, PASSWORD_EXPIRED for IMAP EXPIRED (auth);
//     TEMPORARY_AUTH_FAILURE for a temporary login failure (auth_temporary);
//     FOLDER_CLOSED (MSG-1003), STORE_CLOSED (MSG-1014), CONNECT_ERROR (MSG-1016),
//     READ_TIMEOUT, CONNECTION_CLOSED, CONNECTION_RESET, IN_USE (IMAP INUSE),
//     TEMPORARY_FAILURE and SEND_TIMED_OUT (transient); QUOTA_EXCEEDED (MSG-1024,
//     IMAP OVERQUOTA, rate_limited as RFC 5530's OVERQUOTA is labelled);
//     SEND_FAILED (MSG-1013, recipient); MESSAGE_TOO_LARGE (MSG-1012) and
//     MESSAGE_REJECTED (rejected); AUTHORIZATION_FAILED ("Mail server denies
//     access.", IMAP AUTHORIZATIONFAILED) and PRIVACY_REQUIRED (config);
//   - com.openexchange.server/src/com/openexchange/mail/MailExceptionStrings.java:
//     the account check's invalid credentials (auth), no secure connection
//     offered, authentication type not supported, secure connection required
//     (config), a subsystem down (IMAP UNAVAILABLE, transient);
//   - com.openexchange.server/src/com/openexchange/mailaccount/MailAccountExceptionStrings.java:
//     VALIDATE_FAILED_MAIL/_TRANSPORT (a warning that connecting failed, for
//     whatever reason: transient), UNKNOWN_HOST_ERROR, INVALID_HOST_NAME, the
//     host blacklist and the four port/SSL warnings (config);
//   - com.openexchange.server/src/com/openexchange/mailaccount/KnownStatusMessage.java:
//     the account status "credentials no longer accepted by provider" (auth).
//
// Each phrase is the fixed text of one translation, lower-cased, without the
// server, login, folder or recipient the code inserts. The comment above each
// phrase names the key and the locales whose text needed it; the other rows
// were already classified as labelled. testdata/catalogs/client_l10n_openxchange.jsonl
// holds every row.

// openxchangeEarlyRules come right before l10nEarlyRules: "Please try again"
// in the English credential messages would otherwise be read by
// temporary_wording, and the French and Italian "secure port ... SSL not
// enabled" by l10n_words_imap_off.
var openxchangeEarlyRules = []rule{
	{id: "l10n_openxchange_login_refused_early", class: ClassAuth, anyOf: p(
		// invalid-credentials en
		"the provided login information seem to be wrong. please try again",
		// invalid-credentials-ext en
		"the provided login information to access mail server",
	),
		doc: "Open-Xchange says in the owner's language that the mail or transport server refused the account's login data (MSG-1000, MSG-1001, MSG-1030, the account check and the account status)"},
	{id: "l10n_openxchange_temporary_login_early", class: ClassAuthTemporary, anyOf: p(
		// temporary-auth-failure en
		"a temporary failure occurred during login. please try again later",
	),
		doc: "Open-Xchange says a temporary failure occurred during login (a subsystem behind the mail server is down)"},
	{id: "l10n_openxchange_settings_early", class: ClassConfig, anyOf: p(
		// secure-port-nossl-mail fr_FR
		"mais ssl n'est pas activé. veuillez vérifier si c'est approprié",
		// secure-port-nossl-mail it_IT
		"ma ssl non è abilitato. verifica che sia corretto",
	),
		doc: "Open-Xchange points at the account's settings: TLS/SSL and port, host name, authentication type, privacy (TLS) required"},
}

// openxchangeRules come right after phpmailerRules, before the generic words of
// languageAuthRules and the later connection rules.
var openxchangeRules = []rule{
	{id: "l10n_openxchange_login_refused", class: ClassAuth, anyOf: p(
		// invalid-credentials es_ES
		"la información de inicio de sesión proporcionada parece estar mal. por favor, inténtelo",
		// invalid-credentials fr_FR
		"les informations de connexion indiquées semblent erronées. veuillez réessayer",
		// invalid-credentials it_IT
		"le informazioni di accesso fornite sembrano essere errate. prova ancora",
		// invalid-credentials nl_NL
		"uw aanmeldgegevens lijken verkeerd. probeer het opnieuw",
		// invalid-credentials-ext de_DE
		"die angegebenen anmelde-informationen zum zugriff auf den mailserver",
		// invalid-credentials-ext es_ES
		"la información de inicio de sesión proporcionada para acceder al servidor de correo",
		// invalid-credentials-ext fr_FR
		"fournies semblent fausses. veuillez réessayer",
		// invalid-credentials-ext it_IT
		"le informazioni fornite per l'accesso al server di posta",
		// invalid-credentials-ext nl_NL
		"te benaderen lijken fout te zijn. probeer het opnieuw",
		// login-failed de_DE
		"bei der authentifizierung trat ein fehler auf. möglicherweise liegt dies an einer",
		// login-failed es_ES
		"hubo un problema al autentificar. esto puede deberse a algún cambio reciente de",
		// login-failed fr_FR
		"il y a eu un problème pendant l'authentification. cela peut être dû à un changement",
		// login-failed it_IT
		"si è verificato un problema in fase di autenticazione. potrebbe essere dovuto a un",
		// login-failed ja_JP
		"認証中に問題が発生しました。最近パスワードを変更したことが原因である可能性があります。続行するには、ログアウトし、最新のパスワードで再度ログインしてください",
		// login-failed nl_NL
		"er trad een probleem op bij het controleren van uw e-mailwachtwoord. dit kan veroorzaakt",
		// password-expired en
		"access to mail server is no longer permitted using your password. please obtain a new one",
		// status-credentials-rejected en
		"the entered credential or authentication information does not work or are no longer",
		// status-credentials-rejected it_IT
		"le credenziali digitate o le informazioni di autenticazione non funzionano o non sono più",
		// status-credentials-rejected ja_JP
		"入力した認証情報が有効でないか、プロバイダによって承諾されません。変更してください",
		// status-credentials-rejected nl_NL
		"de opgegeven aanmeldgegevens werken niet of worden niet meer geaccepteerd door de",
		// transport-invalid-credentials en
		"wrong or missing login data to access mail transport server",
		// transport-invalid-credentials es_ES
		"faltan o son erróneos. por favor, compruebe los ajustes y credenciales de la cuenta",
		// transport-invalid-credentials fr_FR
		"données de connexion incorrectes ou manquantes pour accéder au serveur de transport de",
		// transport-invalid-credentials ja_JP
		"にアクセスするためのログインデータが誤っているか見つかりません。関連付けられているアカウントの設定/認証情報をチェックしてください",
		// transport-invalid-credentials nl_NL
		"controleer alstublieft de instellingen/aanmeldgegevens van het gekoppelde account",
		// validate-credentials es_ES
		"ha fallado debido a credenciales no válidas",
		// validate-credentials fr_FR
		"pour cause d'autorisation non valable",
	),
		doc: "Open-Xchange says in the owner's language that the mail or transport server refused the account's login data (MSG-1000, MSG-1001, MSG-1030, the account check and the account status)"},
	{id: "l10n_openxchange_connection", class: ClassTransient, anyOf: p(
		// connect-error es_ES
		"fue rechazada o excedió el tiempo límite cuando se intentaba conectar",
		// folder-closed de_DE
		"wurde geschlossen. wahrscheinlich dauerte ihre anfrage zu lang",
		// folder-closed en
		"has been closed. probably your request took too long",
		// folder-closed es_ES
		"se ha cerrado. es probable que su petición durase demasiado",
		// folder-closed fr_FR
		"a été fermé.  il est probable que votre requête a mis trop longtemps",
		// folder-closed it_IT
		"è stata chiusa. probabilmente l'operazione ha richiesto troppo tempo",
		// folder-closed ja_JP, folder-closed-ext ja_JP
		"が閉じられました。要求に時間がかかり過ぎた可能性があります",
		// folder-closed nl_NL
		"is gesloten. mogelijk duurde de aanvraag te lang",
		// folder-closed-ext de_DE
		"geschlossen. wahrscheinlich dauerte ihre anfrage zu lang",
		// folder-closed-ext en
		"probably your request took too long",
		// folder-closed-ext es_ES
		"es probable que su petición durase demasiado",
		// folder-closed-ext fr_FR
		"il est probable que votre requête a mis trop longtemps",
		// folder-closed-ext it_IT
		"probabilmente l'operazione ha richiesto troppo tempo",
		// folder-closed-ext nl_NL
		"is gesloten op de e-mailserver. mogelijk duurde de aanvraag te lang",
		// in-use de_DE
		"diese mailbox wird bereits verwendet. bitte versuchen sie es später erneut",
		// in-use es_ES
		"ese buzón de correo ya está en uso. por favor, inténtelo de nuevo más tarde",
		// in-use fr_FR
		"cette boîte aux lettres est déjà en cours d'utilisation. veuillez réessayer plus tard",
		// in-use it_IT
		"la casella di posta è già utilizzata. riprova più tardi",
		// in-use ja_JP
		"このメールボックスは既に使用されています。後でもう一度やり直してください",
		// in-use nl_NL
		"deze mailbox is reeds in gebruik. probeer het later opnieuw",
		// in-use-ext de_DE
		"wird bereits durch einen ihrer anderen prozesse oder clients verwendet. bitte versuchen",
		// in-use-ext es_ES
		"ya está en uso por parte de alguno de sus otros procesos o clientes. por favor, inténtelo",
		// in-use-ext fr_FR
		"est déjà utilisée par l'un de vos autres processus ou clients. veuillez réessayer",
		// in-use-ext it_IT
		"è già utilizzata da uno degli altri tuoi processi o client. riprova più tardi",
		// in-use-ext ja_JP
		"上のメールボックスが他の処理またはクライエントによって既に使用されています。後でもう一度やり直してください",
		// in-use-ext nl_NL
		"is reeds in gebruik door een van uw andere processen of cliënten. probeer het later nog",
		// send-timed-out es_ES
		"tiempo de espera superado al intentar enviar al siguiente destinatario",
		// send-timed-out fr_FR
		"délai dépassé lors de la tentative d'envoi vers le destinataire suivant",
		// send-timed-out it_IT
		"tempo scaduto durante il tentativo di inviare al destinatario seguente",
		// send-timed-out ja_JP
		"次の宛先へ送信中にタイムアウトしました",
		// store-closed de_DE
		"die verbindung zum mailserver ist abgebrochen",
		// store-closed fr_FR
		"la connexion avec le serveur de courrier a été perdue",
		// store-closed-ext ja_JP
		"への接続が失われました",
		// temporary-failure ja_JP
		"メールサーバの一時故障によって、メッセージの送信ができませんでした。後でもう一度やり直してください",
	),
		doc: "Open-Xchange says the connection to the mail server was lost, refused, timed out or the mailbox is busy, or a temporary server failure: try again later"},
	{id: "l10n_openxchange_settings", class: ClassConfig, anyOf: p(
		// auth-type-unsupported en
		"the selected authentication type is not supported by server",
		// auth-type-unsupported it_IT
		"il tipo di autenticazione selezionato non è supportato dal server",
		// auth-type-unsupported ja_JP
		"選択された認証タイプはサーバ",
		// auth-type-unsupported nl_NL
		"het gekozen autorisatietype wordt niet ondersteund door server",
		// authorization-failed en
		"mail server denies access",
		// default-port-ssl-mail de_DE, default-port-ssl-transport de_DE
		"wurde ein standard-port angegeben, jedoch ist ssl aktiviert. bitte überprüfen",
		// default-port-ssl-mail en, default-port-ssl-transport en
		"but ssl is enabled. please review if appropriate",
		// default-port-ssl-mail es_ES
		"el puerto predeterminado especificado para el protocolo de correo es",
		// default-port-ssl-mail fr_FR
		"un port par défaut a été spécifié pour le protocole de courrier",
		// default-port-ssl-mail it_IT
		"porta predefinita specificata per il protocollo di posta",
		// default-port-ssl-mail ja_JP, default-port-ssl-transport ja_JP
		"に指定された既定のポートの ssl が有効になっています。この設定が適切かどうか確認してください",
		// default-port-ssl-mail nl_NL, default-port-ssl-transport nl_NL
		"maar ssl is ingeschakeld. controleer dit alstublieft",
		// default-port-ssl-transport es_ES
		"el puerto predeterminado especificado para el protocolo de trasporte es",
		// default-port-ssl-transport fr_FR
		"un port par défaut a été spécifié pour le protocole de transport",
		// default-port-ssl-transport it_IT
		"porta predefinita specificata per il protocollo di trasporto",
		// host-unresolved de_DE
		"host kann nicht aufgelöst werden:",
		// host-unresolved en
		"a host could not be resolved:",
		// host-unresolved es_ES
		"no se pudo resolver un servidor:",
		// host-unresolved fr_FR
		"impossible de résoudre un nom d'hôte :",
		// host-unresolved it_IT
		"un host non può essere risolto:",
		// host-unresolved ja_JP
		"次のホストが解決できませんでした:",
		// host-unresolved nl_NL
		"servernaam kan niet worden herleid:",
		// no-secure-connection de_DE
		"unterstützt keinen zugriff über eine sichere verbindung",
		// no-secure-connection es_ES
		"no admite el acceso usando una conexión segura",
		// no-secure-connection it_IT
		"non supporta l'accesso tramite una connessione sicura",
		// no-secure-connection ja_JP
		"はセキュリティ保護された接続を使用したアクセスをサポートしていません",
		// privacy-required en
		"access to mail server is not permitted due to a lack of privacy",
		// secure-connection-required en
		"please change mail settings and configure a secure connection (if transport layer",
		// secure-connection-required it_IT
		"cambia le impostazioni di posta e configura una connessione sicura (se non si utilizza",
		// secure-connection-required ja_JP
		"メール設定を変更して、セキュリティ保護された設定にしてください（transport layer security (tls)",
		// secure-port-nossl-mail de_DE, secure-port-nossl-transport de_DE
		"wurde ein sicherer port angegeben, jedoch ist ssl nicht aktiviert. bitte überprüfen",
		// secure-port-nossl-mail en, secure-port-nossl-transport en
		"but ssl is not enabled. please review if appropriate",
		// secure-port-nossl-mail es_ES
		"pero ssl no está activado. por favor, revise si es correcto",
		// secure-port-nossl-mail ja_JP, secure-port-nossl-transport ja_JP
		"に指定されたセキュリティ保護されたポートの ssl が有効になっていません。この設定が適切かどうか確認してください",
		// secure-port-nossl-mail nl_NL, secure-port-nossl-transport nl_NL
		"maar ssl is uitgeschakeld. controleer dit alstublieft",
		// secure-port-nossl-transport es_ES
		"el puerto seguro especificado para el protocolo de transporte es",
		// secure-port-nossl-transport fr_FR
		"mais ssl n'est pas activé. veuillez vérifier si c'est approprié",
		// secure-port-nossl-transport it_IT
		"porta sicura specificata per il protocollo di trasporto",
	),
		doc: "Open-Xchange points at the account's settings: TLS/SSL and port, host name, authentication type, privacy (TLS) required"},
	{id: "l10n_openxchange_quota", class: ClassRateLimited, anyOf: p(
		// quota-exceeded de_DE
		"die zulässige quota auf dem mailserver wurde überschritten",
		// quota-exceeded en
		"the allowed quota on mail server exceeded",
		// quota-exceeded es_ES, quota-exceeded-ext es_ES
		"se ha excedido la cuota permitida en el servidor de correo",
		// quota-exceeded fr_FR
		"le quota autorisé sur le serveur de courrier est dépassé",
		// quota-exceeded it_IT
		"la quota consentita sul server di posta è stata superata",
		// quota-exceeded ja_JP
		"メールサーバ上の割当量を超えました",
		// quota-exceeded nl_NL
		"het quota op de mailserver is overschreden",
		// quota-exceeded-ext de_DE
		"die zulässige quota auf dem mailserver",
		// quota-exceeded-ext en
		"the allowed quota on mail server",
		// quota-exceeded-ext fr_FR
		"le quota autorisé sur le serveur de courrier",
		// quota-exceeded-ext it_IT
		"la quota consentita sul server di posta",
		// quota-exceeded-ext ja_JP
		"上の割当量を超えました",
		// quota-exceeded-ext nl_NL
		"het quota op de mailserver",
		// storage-limit en
		"the allowed storage limit for your account",
	),
		doc: "Open-Xchange says the quota (storage limit) on the owner's mail server is exceeded"},
	{id: "l10n_openxchange_recipients", class: ClassRecipient, anyOf: p(
		// send-failed de_DE
		"das senden der nachricht an folgende empfänger ist fehlgeschlagen",
		// send-failed en
		"message could not be sent to the following recipients",
		// send-failed es_ES
		"no se ha podido enviar el mensaje a los siguientes destinatarios",
		// send-failed fr_FR
		"le message n'a pas pu être envoyé aux destinataires suivants",
		// send-failed it_IT
		"il messaggio non può essere inviato ai seguenti destinatari",
		// send-failed ja_JP
		"次の宛先にメッセージを送信できませんでした",
		// send-failed nl_NL
		"kan bericht niet versturen naar de volgende ontvangers",
	),
		doc: "Open-Xchange says the message could not be sent to the listed recipients"},
	{id: "l10n_openxchange_message_refused", class: ClassRejected, anyOf: p(
		// message-rejected en
		"message could not be sent because it has been rejected",
		// message-too-large de_DE
		"nachricht konnte nicht gesendet werden, da sie zu groß ist",
		// message-too-large es_ES
		"no se ha podido enviar el mensaje porque es demasiado grande",
		// message-too-large fr_FR
		"le message n'a pas pu être envoyé car il est trop volumineux",
		// message-too-large it_IT
		"il messaggio non può essere inviato perché è troppo grande",
		// message-too-large ja_JP
		"メッセージのサイズが大き過ぎるため、送信できませんでした",
		// message-too-large nl_NL
		"kan het bericht niet versturen omdat het te groot is",
	),
		doc: "Open-Xchange says the message was refused (too large, or rejected by the outgoing server)"},
	// host-invalid and host-not-allowed (MailAccountExceptionStrings, INVALID_HOST_NAME and the
	// deployment's host blacklist): the host name sits between the fixed words, so the
	// sentence's head and its tail must both occur.
	{id: "l10n_openxchange_host_name", class: ClassConfig, anyOf: p(
		"the given host name", "der angegebene hostname", "der angegebene host-name", "el nombre de servidor suministrado", // en, de_DE, es_ES
		"le nom d'hôte", "il nome host specificato", "入力したホスト名", "de opgegeven servernaam", // fr_FR, it_IT, ja_JP, nl_NL
	),
		alsoAny: p("is invalid", "is not allowed", "ist ungültig", "ist nicht zulässig", "no es válido", "no está permitido",
			"indiqué est invalide", "indiqué n'est pas autorisé", "non è valido", "non è consentito", "は無効です", "は許可されていません",
			"is ongeldig", "is niet toegestaan"),
		doc: "Open-Xchange says the mail account's host name is invalid or not allowed (MailAccountExceptionStrings)"},
	// validate-failed-mail and validate-failed-transport (VALIDATE_FAILED_MAIL/_TRANSPORT,
	// CATEGORY_WARNING): the account check could not connect; the host and login sit
	// between the fixed words. en, de_DE, es_ES (the other languages' texts were already
	// classified as labelled).
	{id: "l10n_openxchange_account_check", class: ClassTransient, anyOf: p(
		"please review your settings", "bitte prüfen sie ihre einstellungen", "por favor, revise sus ajustes", "por favor, revise su configuración",
	),
		alsoAny: p("could not connect to mail server", "could not connect to transport server", "die verbindung zum mailserver", "die verbindung zum transport-server",
			"no se pudo conectar con el servidor de correo", "no se pudo conectar con el servidor de transporte"),
		doc: "Open-Xchange's account check could not connect to the mail or transport server (a warning, whatever the cause; not a credential verdict)"},
	// store-closed-ext de_DE and fr_FR (STORE_CLOSED_EXT, MSG-1014): the server name sits
	// between the fixed words.
	{id: "l10n_openxchange_connection_lost", class: ClassTransient, anyOf: p("die verbindung zum mailserver", "la connexion avec le serveur de courrier"),
		alsoAny: p("ist abgebrochen", "a été perdue"),
		doc:     "Open-Xchange says the connection to the named mail server was lost (MSG-1014)"},
}
