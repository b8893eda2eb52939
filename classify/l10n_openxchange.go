package classify

// Open-Xchange App Suite's own display messages for a mail account whose
// connection fails, in every language read from open-xchange/appsuite-middleware
// (l10n/backend.<locale>.po: de_DE commit 3417684e, fr_FR 514f3c28, es_ES
// 4a15aae4, it_IT 7e9d8649, nl_NL c82b60a0, ja_JP 71263b3a, zh_CN c66324eb,
// pl_PL ffd9071e, pt_BR 291bb42b, ru_RU 61916b50; the English msgids,
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
// temporary_wording, the French, Italian, Polish, Portuguese and Russian "secure
// port ... SSL not enabled" by l10n_words_imap_off, and the Chinese credential
// messages, whose translator wrote 证书 (certificate) for "credentials", by
// l10n_words_certificate.
var openxchangeEarlyRules = []rule{
	{id: "l10n_openxchange_login_refused_early", class: ClassAuth, anyOf: p(
		// invalid-credentials en
		"the provided login information seem to be wrong. please try again",
		// invalid-credentials-ext en
		"the provided login information to access mail server",
		// transport-invalid-credentials zh_CN
		"的登入数据错误或缺少。请检查关联户口的设置/证书",
		// validate-credentials zh_CN
		"因为无效证书，所以验证服务器",
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
		// secure-port-nossl-mail pl_PL
		"ale protokół ssl nie jest włączony. sprawdź ustawienia, jeśli to konieczne",
		// secure-port-nossl-mail pt_BR
		"uma porta segura foi especificada para o protocolo de e-mail",
		// secure-port-nossl-mail ru_RU
		"определен защищенный порт, но функции ssl не включены. проверьте настройки",
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
		// invalid-credentials pl_PL
		"podane poświadczenia do serwera poczty są nieprawidłowe. spróbuj ponownie",
		// invalid-credentials pt_BR
		"a informação de login fornecida parece estar errada. tente novamente",
		// invalid-credentials ru_RU
		"неверные регистрационные данные. повторите попытку",
		// invalid-credentials zh_CN
		"提供的登录信息可能是错的，请再试",
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
		// invalid-credentials-ext pl_PL
		"podane poświadczenia do serwera poczty",
		// invalid-credentials-ext pt_BR
		"a informação de login fornecida para acessar o servidor de e-mail",
		// invalid-credentials-ext ru_RU
		"неверные данные доступа к почтовому серверу",
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
		// login-failed pl_PL
		"wystąpił problem z uwierzytelnieniem użytkownika. być może jest to spowodowane niedawno",
		// login-failed pt_BR
		"houve um problema durante sua autenticação. isto pode ser devido a uma recente alteração",
		// login-failed zh_CN
		"认证时出现问题，这可能是最近的密码更改导致；要继续请在登出后，以您最新的密码登入",
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
		// status-credentials-rejected zh_CN
		"输入的凭据或身份验证信息不能使用或不再被提供者接受。请更改它们",
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
		// validate-credentials pl_PL
		"nie powiodła się z powodu nieprawidłowych poświadczeń",
		// validate-credentials ru_RU
		"завершилась неудачей: неверные учетные данные",
	),
		doc: "Open-Xchange says in the owner's language that the mail or transport server refused the account's login data (MSG-1000, MSG-1001, MSG-1030, the account check and the account status)"},
	{id: "l10n_openxchange_connection", class: ClassTransient, anyOf: p(
		// connect-error es_ES
		"fue rechazada o excedió el tiempo límite cuando se intentaba conectar",
		// connect-error pl_PL
		"zostało odrzucone lub upłynął czas oczekiwania",
		// connect-error pt_BR
		"foi recusada ou expirou ao tentar conectar",
		// connect-error ru_RU
		"или время ожидания истекло",
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
		// folder-closed pl_PL
		"został zamknięty. prawdopodobnie przetwarzanie twojego żądania trwało zbyt długo",
		// folder-closed pt_BR
		"foi fechada. provavelmente sua requisição demorou muito",
		// folder-closed ru_RU
		"была закрыта. возможно, время ожидания запроса истекло",
		// folder-closed zh_CN, folder-closed-ext zh_CN
		"大概您的请求花费太长时间",
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
		// folder-closed-ext pl_PL
		"prawdopodobnie realizacja otrzymanego żądania trwała zbyt długo",
		// folder-closed-ext pt_BR
		"provavelmente sua requisição demorou muito",
		// folder-closed-ext ru_RU
		"закрыта. возможно, время ожидания запроса истекло",
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
		// in-use pl_PL
		"ta skrzynka pocztowa jest już używana. spróbuj ponownie później",
		// in-use pt_BR
		"a caixa de e-mail já está em uso. tente novamente mais tarde",
		// in-use ru_RU
		"почтовый ящик уже используется. повторите попытку позже",
		// in-use zh_CN
		"邮箱已经被使用，请稍后再试",
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
		// in-use-ext pl_PL
		"jest już używana przez inny proces lub innego klienta. spróbuj ponownie później",
		// in-use-ext pt_BR
		"já está em uso por algum de seus outros processos ou clientes. tente mais tarde",
		// in-use-ext ru_RU
		"уже используется одним из ваших процессов или клиентов. повторите попытку позже",
		// in-use-ext zh_CN
		"）的邮箱，正被您其他的进程或客户端使用。请稍后再试",
		// send-timed-out es_ES
		"tiempo de espera superado al intentar enviar al siguiente destinatario",
		// send-timed-out fr_FR
		"délai dépassé lors de la tentative d'envoi vers le destinataire suivant",
		// send-timed-out it_IT
		"tempo scaduto durante il tentativo di inviare al destinatario seguente",
		// send-timed-out ja_JP
		"次の宛先へ送信中にタイムアウトしました",
		// send-timed-out pl_PL
		"upłynął limit czasu próby wysłania do następującego adresata",
		// send-timed-out pt_BR
		"tempo excedido ao tentar enviar para o seguinte destinatário",
		// send-timed-out ru_RU
		"истекло время ожидания отправки письма адресату",
		// send-timed-out zh_CN
		"尝试发送给以下收件人时逾时",
		// store-closed de_DE
		"die verbindung zum mailserver ist abgebrochen",
		// store-closed fr_FR
		"la connexion avec le serveur de courrier a été perdue",
		// store-closed pl_PL
		"stracono połączenie z serwerem poczty",
		// store-closed pt_BR
		"conexão com o servidor de e-mail perdida",
		// store-closed zh_CN
		"丢失到邮件服务器的连接",
		// store-closed-ext ja_JP
		"への接続が失われました",
		// subsystem-down zh_CN
		"因为子系统故障 （可能是维护缘故），所以暂时失败。请稍后再试",
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
		// auth-type-unsupported zh_CN
		"选定的验证类型不被服务器",
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
		// default-port-ssl-mail pl_PL, default-port-ssl-transport pl_PL
		"ale protokół ssl jest włączony. sprawdź ustawienia, jeśli to konieczne",
		// default-port-ssl-mail pt_BR
		"porta padrão especificada para o protocolo de e-mail",
		// default-port-ssl-mail ru_RU, default-port-ssl-transport ru_RU
		"определен стандартный порт, но функции ssl включены. проверьте настройки",
		// default-port-ssl-mail zh_CN, default-port-ssl-transport zh_CN
		"指定默认端口，可是打开了 ssl。请检阅",
		// default-port-ssl-transport es_ES
		"el puerto predeterminado especificado para el protocolo de trasporte es",
		// default-port-ssl-transport fr_FR
		"un port par défaut a été spécifié pour le protocole de transport",
		// default-port-ssl-transport it_IT
		"porta predefinita specificata per il protocollo di trasporto",
		// default-port-ssl-transport pt_BR
		"uma porta padrão foi especificada para o protocolo de transporte",
		// host-invalid ru_RU, host-not-allowed ru_RU
		"недопустимое имя узла:",
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
		// host-unresolved pl_PL
		"nie można określić hosta:",
		// host-unresolved pt_BR
		"máquina não pôde ser resolvida:",
		// host-unresolved ru_RU
		"не удалось определить хост:",
		// host-unresolved zh_CN
		"无法解析主机：",
		// no-secure-connection de_DE
		"unterstützt keinen zugriff über eine sichere verbindung",
		// no-secure-connection es_ES
		"no admite el acceso usando una conexión segura",
		// no-secure-connection it_IT
		"non supporta l'accesso tramite una connessione sicura",
		// no-secure-connection ja_JP
		"はセキュリティ保護された接続を使用したアクセスをサポートしていません",
		// no-secure-connection pl_PL
		"nie obsługuje dostępu przy użyciu zabezpieczonego połączenia",
		// no-secure-connection pt_BR
		"não suporta ser acessado usando uma conexão segura",
		// no-secure-connection ru_RU
		"не поддерживает безопасное подключение",
		// no-secure-connection zh_CN
		"不支持经由一个安全的连接访问",
		// privacy-required en
		"access to mail server is not permitted due to a lack of privacy",
		// secure-connection-required en
		"please change mail settings and configure a secure connection (if transport layer",
		// secure-connection-required it_IT
		"cambia le impostazioni di posta e configura una connessione sicura (se non si utilizza",
		// secure-connection-required ja_JP
		"メール設定を変更して、セキュリティ保護された設定にしてください（transport layer security (tls)",
		// secure-connection-required zh_CN
		"请更改邮件设置和配置一个安全的连接 （如果未使用传输层安全性 (tls)，客户端可以尝试 starttls）",
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
		// secure-port-nossl-mail zh_CN, secure-port-nossl-transport zh_CN
		"指定安全端口，可是没有打开 ssl。请检阅",
		// secure-port-nossl-transport es_ES
		"el puerto seguro especificado para el protocolo de transporte es",
		// secure-port-nossl-transport fr_FR
		"mais ssl n'est pas activé. veuillez vérifier si c'est approprié",
		// secure-port-nossl-transport it_IT
		"porta sicura specificata per il protocollo di trasporto",
		// secure-port-nossl-transport pl_PL
		"ale protokół ssl nie jest włączony. sprawdź ustawienia, jeśli to konieczne",
		// secure-port-nossl-transport pt_BR
		"uma porta segura foi especificada para o protocolo de transporte",
		// secure-port-nossl-transport ru_RU
		"определен защищенный порт, но функции ssl не включены. проверьте настройки",
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
		// quota-exceeded pl_PL
		"przydział miejsca na serwerze poczty został przekroczony",
		// quota-exceeded pt_BR
		"a cota permitida no servidor de e-mail foi excedida",
		// quota-exceeded ru_RU, quota-exceeded-ext ru_RU
		"превышена квота на почтовом сервере",
		// quota-exceeded zh_CN
		"超出邮件服务器上允许的配额",
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
		// quota-exceeded-ext pl_PL
		"przydział miejsca na serwerze poczty",
		// quota-exceeded-ext pt_BR
		"a cota permitida no servidor de e-mail",
		// quota-exceeded-ext zh_CN
		"上允许的配额",
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
		// send-failed pl_PL
		"nie można wysłać wiadomości do następujących odbiorców",
		// send-failed pt_BR
		"a mensagem não pôde ser enviada para os seguintes destinatários",
		// send-failed ru_RU
		"не удалось отправить сообщение следующим адресатам",
		// send-failed zh_CN
		"无法将消息发送到以下收件人",
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
		// message-too-large pl_PL
		"nie można wysłać wiadomości. jest ona za duża",
		// message-too-large pt_BR
		"a mensagem não pôde ser enviada, pois é muito grande",
		// message-too-large ru_RU
		"сообщение не может быть отправлено, так как его размер превышает допустимый",
		// message-too-large zh_CN
		"因为消息太大，所以无法发送",
	),
		doc: "Open-Xchange says the message was refused (too large, or rejected by the outgoing server)"},
	// host-invalid and host-not-allowed (MailAccountExceptionStrings, INVALID_HOST_NAME and the
	// deployment's host blacklist): the host name sits between the fixed words, so the
	// sentence's head and its tail must both occur (ru_RU has a phrase of its own above).
	{id: "l10n_openxchange_host_name", class: ClassConfig, anyOf: p(
		"the given host name", "der angegebene hostname", "der angegebene host-name", "el nombre de servidor suministrado", // en, de_DE, es_ES
		"le nom d'hôte", "il nome host specificato", "入力したホスト名", "de opgegeven servernaam", // fr_FR, it_IT, ja_JP, nl_NL
		"podana nazwa hosta", "o nome da máquina fornecido", "指定的主机名称", // pl_PL, pt_BR, zh_CN
	),
		alsoAny: p("is invalid", "is not allowed", "ist ungültig", "ist nicht zulässig", "no es válido", "no está permitido",
			"indiqué est invalide", "indiqué n'est pas autorisé", "non è valido", "non è consentito", "は無効です", "は許可されていません",
			"is ongeldig", "is niet toegestaan", "jest nieprawidłowa", "jest niedozwolona", "é inválido", "não é permitido", "无效", "不允许"),
		doc: "Open-Xchange says the mail account's host name is invalid or not allowed (MailAccountExceptionStrings)"},
	// validate-failed-mail and validate-failed-transport (VALIDATE_FAILED_MAIL/_TRANSPORT,
	// CATEGORY_WARNING): the account check could not connect; the host and login sit
	// between the fixed words. en, de_DE, es_ES, zh_CN (the other languages' texts were
	// already classified as labelled).
	{id: "l10n_openxchange_account_check", class: ClassTransient, anyOf: p(
		"please review your settings", "bitte prüfen sie ihre einstellungen", "por favor, revise sus ajustes", "por favor, revise su configuración", "请检查您的设置",
	),
		alsoAny: p("could not connect to mail server", "could not connect to transport server", "die verbindung zum mailserver", "die verbindung zum transport-server",
			"no se pudo conectar con el servidor de correo", "no se pudo conectar con el servidor de transporte", "户口连上"),
		doc: "Open-Xchange's account check could not connect to the mail or transport server (a warning, whatever the cause; not a credential verdict)"},
	// store-closed-ext de_DE, fr_FR, pl_PL and zh_CN (STORE_CLOSED_EXT, MSG-1014): the server
	// name sits between the fixed words.
	{id: "l10n_openxchange_connection_lost", class: ClassTransient, anyOf: p("die verbindung zum mailserver", "la connexion avec le serveur de courrier", "połączenie z serwerem poczty", "关闭到邮件服务器"),
		alsoAny: p("ist abgebrochen", "a été perdue", "zostało zamknięte", "的连接"),
		doc:     "Open-Xchange says the connection to the named mail server was lost (MSG-1014)"},
}
