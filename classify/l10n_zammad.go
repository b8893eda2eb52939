package classify

// Zammad's own sentences for a mailbox that fails to connect, in every
// language Zammad ships (zammad/zammad; the mapping table read in commit
// bfa96f03, lib/email_helper/probe.rb, the same table as commit 59c2e0fe whose
// i18n/zammad.<locale>.po files give the translations). Where the code raises
// each key:
//
//   - lib/email_helper/probe.rb EmailHelper::Probe.translations turns the
//     exception of Channel::Driver::Imap/Pop3/Smtp (inbound/outbound probe,
//     shown by the email channel wizard as message_human) into a sentence:
//     'authentication failed' and 'Username and Password not accepted' give
//     "Authentication failed.", 'Incorrect username' and 'Lookup failed' give
//     "Authentication failed due to incorrect username.", 'Invalid
//     credentials' gives "Authentication failed due to incorrect
//     credentials." (auth: the server refused the login); 'authentication not
//     enabled' (Net::SMTP, no AUTH offered) gives "Authentication not possible
//     (not offered by the service)" (config); 'getaddrinfo: ...' gives "The
//     hostname could not be found." (transient, as the held-out row of Zammad
//     issue 1871 labels the older "Hostname not found!"); 'No route to host',
//     'execution expired' (a timeout) and 'Connection refused' give "There is
//     no route to this host.", "This host cannot be reached." and "The
//     connection was refused." (transient);
//   - look-alikes that never concern a mailbox: "Login failed. Have you
//     double-checked your credentials and completed the email verification
//     step?" (app/controllers/application_controller/authenticates.rb and
//     app/graphql/gql/mutations/login.rb, a person signing in to Zammad
//     itself), "The provided credentials are invalid."
//     (app/controllers/import_{freshdesk,kayako,zendesk}_controller.rb, the
//     source helpdesk's API token of an import) and "Invalid BasicAuth
//     credentials" (authenticates.rb, a REST API call to Zammad): unknown;
//   - app/assets/javascripts/app/controllers/_channel/email.coffee (read in
//     commit 59c2e0fe): "The server settings could not be automatically
//     detected. Please configure them manually." when the full probe found no
//     working configuration, and "Email sending and receiving could not be
//     verified. Please check your settings." when the verification mail was
//     not fetched after the retries: config, the wizard sends the admin back
//     to the settings.
//
// Each phrase is the fixed text of one translation, lower-cased, without its
// trailing full stop. Only translations the earlier rules did not already
// classify as labelled have a phrase; the comment above each group names
// their locales. testdata/catalogs/client_l10n_zammad.jsonl holds every
// translation.

// zammadRules come right after odooRules, before languageRules: the probe
// shows only its own sentence (no server reply follows it), and the generic
// login words of languageRules, textRules and the l10n word rules would read
// the look-alikes as a refused mailbox login before the sentence decides.
var zammadRules = []rule{
	{id: "l10n_zammad_own_login", class: ClassUnknown, anyOf: p(
		// Zammad's own sign-in: en, cs, de-de, fa-ir, hr, hu, it-it, nl-nl, no-no, pl, pt-br, pt-pt, sr-cyrl-rs, sv-se, tr, zh-cn, zh-tw
		"have you double-checked your credentials and completed the email verification step",
		"zkontrolovali jste své pověření a dokončili jste krok ověření e-mailu",
		"haben sie ihre anmeldedaten überprüft und den e-mail-verifizierungsschritt abgeschlossen",
		"آیا مرحله تایید از طریق ایمیل را تکمیل نمودید",
		"jeste li provjerili svoje pristupne podatke i dovršili korak potvrde e-mailom",
		"ellenőrizte a hitelesítő adatokat és elvégezte az e-mail ellenőrző lépést",
		"hai ricontrollato le tue credenziali e completato il processo di verifica via email",
		"heeft u logingegevens gecontroleerd en de activitatie link in de mail gebruikt",
		"har du dobbeltsjekket legitimasjonen og fullført e-postbekreftelse",
		"czy sprawdziłeś swoje dane uwierzytelniające i zakończyłeś etap weryfikacji adresu e-mail",
		"você verificou suas credenciais e concluiu a etapa de verificação de e-mail",
		"por gentileza, cheque suas credenciais ou valide o seu e-mail para acessar",
		"да ли сте проверили ваше креденцијале и потврдили имејл адресу",
		"har du dubbelkontrollerat dina uppgifter och slutfört verifieringssteget för e-post",
		"kimlik bilgilerinizi iki kez kontrol ettiniz ve e-posta doğrulama adımını tamamladınız mı",
		"您是否仔细检查了凭据并完成了电子邮件验证步骤",
		"您是否仔細檢查了您的憑證並完成郵件驗證步驟",
	),
		doc: "Zammad's own sign-in failed (\"Login failed. Have you double-checked your credentials and completed the email verification step?\"): a person logging in to the helpdesk, no mailbox"},
	{id: "l10n_zammad_import_credentials", class: ClassUnknown, anyOf: p(
		// import controllers (Freshdesk, Kayako, Zendesk API token): en, cs, de-de, pt-br
		"the provided credentials are invalid", "poskytnuté pověření je neplatné",
		"die angegebenen zugangsdaten sind ungültig", "as credenciais fornecidas são inválidas",
		// es-co: read once "no son válidas" joined the refusal words (round 125)
		"las credenciales proporcionadas no son válidas",
	),
		doc: "Zammad's importer says the source helpdesk's API credentials are invalid (\"The provided credentials are invalid.\"): no mailbox"},
	{id: "l10n_zammad_basicauth", class: ClassUnknown, anyOf: p(
		// a REST API call to Zammad with a wrong Basic password: en, cs, de-de, it-it, pt-br
		"invalid basicauth credentials", "neplatné pověření základní autentizace", "ungültige basicauth-zugangsdaten",
		"credenziali basicauth non valide", "credenciais basicauth inválidas",
		// es-co and es-es (round 125, as above)
		"credenciales de autenticación básica no válidas", "credenciales basicauth no válidas",
	),
		doc: "Zammad's own REST API refused HTTP Basic credentials (\"Invalid BasicAuth credentials\"): no mailbox"},
	{id: "l10n_zammad_login_refused", class: ClassAuth, anyOf: p(
		// probe 'Authentication failed.' family: sv-se (two keys), tr (incorrect credentials)
		"autentiseringen misslyckades", // sv-se: the whole sentence of both keys begins with it
		"yanlış kimlik bilgilerinden dolayı yetkilendirme başarısız",
	),
		doc: "Zammad's email probe says the mail server refused the login (\"Authentication failed due to incorrect username.\", \"... incorrect credentials.\")"},
	{id: "l10n_zammad_auth_not_offered", class: ClassConfig, anyOf: p(
		// probe 'authentication not enabled': every shipped locale
		"authentication not possible (not offered by the service)",
		"autentizace není možná (služba ji neposkytuje)",
		"authentifizierung ist nicht möglich (nicht vom dienst angeboten)",
		"la autenticación no es posible (no ofrecido por el servicio)",
		"autenticación no es posible (no es ofrecida por el servicio)",
		"تصدیق هویت امکان‌پذیر نیست",
		"authentification impossible (désactivé par le service tiers)",
		"autentifikacija nije moguća (nije ponuđena)",
		"hitelesítés nem lehetséges (a szolgáltatás nem biztosítja)",
		"autenticazione non possibile (non fornita dal servizio)",
		"authenticatie niet mogelijk (niet beschikbaar in de service)",
		"autentisering er ikke mulig (tilbys ikke av tjenesten)",
		"uwierzytelnianie niemożliwe (nie jest oferowane przez usługę)",
		"autenticação não disponível (não oferecida pelo serviço)",
		"аутентификация невозможна (не предлагается службой)",
		"аутентификација није могућа (услуга је не подржава)",
		"autentisering är inte möjlig (erbjuds inte av tjänsten)",
		"ไม่สามารถตรวจสอบได้ (ไม่มีให้บริการ)",
		"无法进行身份验证（服务不提供）",
	),
		doc: "Zammad's email probe says the server offers no authentication on this connection (\"Authentication not possible (not offered by the service)\"): the port or security setting"},
	{id: "l10n_zammad_server_unreachable", class: ClassTransient, anyOf: p(
		// probe 'getaddrinfo' (hostname), 'No route to host', 'execution expired', 'Connection refused': every locale with a translation
		"the hostname could not be found", "název hostitele nebyl nalezen", "der hostname konnte nicht gefunden werden",
		"no se pudo localizar el nombre de host", "server nije pronađen", "a gazdagép nevét nem sikerült megtalálni",
		"impossibile trovare il nome host", "de hostnaam kan niet worden gevonden", "nie można znaleźć nazwy hosta",
		"o nome do host não pôde ser encontrado", "не удалось найти имя хоста", "није пронађен сервер",
		"there is no route to this host", "neexistuje cesta k tomuto hostiteli", "es existiert keine route zu diesem host",
		"no existe una ruta accesible para este host", "ne postoji ruta do ovog servera", "nincs útvonal ehhez a gazdagéphez",
		"nessuna rotta per questo host", "er is geen route naar deze host", "nie ma trasy do tego hosta",
		"não há rota para este host", "маршрут к этому хосту отсутствует", "не постоји рута до овог сервера",
		"this host cannot be reached", "tohoto hostitele se nedaří kontaktovat", "der host kann nicht erreicht werden",
		"este host no está disponible", "nije moguće dohvatiti server", "ez a gazdagép nem érhető el",
		"impossibile raggiungere l'host", "deze host is niet bereikbaar", "este host não pode ser alcançado",
		"није било могуће остварити везу са овим сервером",
		"the connection was refused", "připojení bylo odmítnuto", "die verbindung wurde abgelehnt", "veza je odbijena",
		"a kapcsolat visszautasításra került", "в подключении было отказано", "веза је одбијена",
	),
		doc: "Zammad's email probe says the mail server could not be reached (\"The hostname could not be found.\", \"There is no route to this host.\", \"This host cannot be reached.\", \"The connection was refused.\")"},
	{id: "l10n_zammad_settings", class: ClassConfig, anyOf: p(
		// email.coffee, probe found no settings: every shipped locale
		"the server settings could not be automatically detected",
		"nastavení serveru se nepodařilo automaticky detekovat",
		"die servereinstellungen konnten nicht automatisch erkannt werden",
		"la configuración del servidor no se pudo detectar automáticamente",
		"los ajustes del servidor no se han detectado automáticamente",
		"les paramètres du serveur n'ont pas pu être détectés automatiquement",
		"postavke servera nije moguće automatski otkriti",
		"a kiszolgáló beállításait nem sikerült automatikusan felismerni",
		"impossibile identificare automaticamente l'impostazione del server",
		"de serverinstellingen kunnen niet automatisch worden gedetecteerd",
		"ustawienia serwera nie mogły zostać wykryte automatycznie",
		"as configurações do servidor não puderam ser detectadas automaticamente",
		"настройки сервера не могут быть определены автоматически",
		"подешавања сервера се не могу аутоматски детектовати",
		"ไม่สามารถตรวจพบการตั้งค่าเซิร์ฟเวอร์โดยอัตโนมัติ",
		// email.coffee, the verification mail never came back: every shipped locale
		"email sending and receiving could not be verified",
		"odesílání a přijímání e-mailů se nepodařilo ověřit",
		"versand und empfang von e-mails konnte nicht verifiziert werden",
		"no se pudo verificar el envío y la recepción de correo electrónico",
		"no se ha podido verificar el envío y recepción de correos electrónicos",
		"l'envoi et la réception de courriels n'a pas pu être vérifiée",
		"slanje i primanje mailova nije moguće potvrditi",
		"az e-mail küldése és fogadása nem volt ellenőrizhető",
		"impossibile verificare l'invio e la ricezione dell'email",
		"verzenden en ontvangen van e-mails kon niet geverifieerd worden",
		"nie można zweryfikować wysyłania i odbierania wiadomości e-mail",
		"o envio e recebimento de e-mail não pôde ser verificado",
		"не удалось проверить отправку и получение электронной почты",
		"није било могуће проверити слање и примање имејл порука",
		"ไม่สามารถยืนยันการส่งและรับอีเมล",
	),
		doc: "Zammad's email channel wizard could not detect or verify the account (\"The server settings could not be automatically detected. Please configure them manually.\", \"Email sending and receiving could not be verified. Please check your settings.\"): the admin must check the settings, no login verdict"},
}
