package classify

// Open-Xchange App Suite's own display messages for a mail account whose
// connection fails, in every language read from open-xchange/appsuite-middleware
// (l10n/backend.<locale>.po: de_DE commit 3417684e, fr_FR 514f3c28, es_ES
// 4a15aae4, it_IT 7e9d8649, nl_NL c82b60a0, ja_JP 71263b3a, zh_CN c66324eb,
// pl_PL ffd9071e, pt_BR 291bb42b, ru_RU 61916b50; the English msgids,
// and the newer English wording of the MimeMailExceptionMessage.java revision
// with the AGPL-3.0 header), and from aravindb26/middleware commit 3f2b9682, a
// copy of that repository whose l10n/backend.<locale>.po files (translations of
// 2023) hold the same keys: bg_BG, ca_ES, cs_CZ, da_DK, el_GR, en_GB, et_EE,
// fi_FI, fr_CA, hu_HU, lv_LV, nb_NO, ro_RO, sk_SK, sv_SE, th_TH, tr_TR
// and zh_TW, the newer keys in the ten languages above, and a key's older
// wording from the file's obsolete (#~) entry where the newer replaced it.
// Where the middleware raises each key:
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
		// login-failed fi_FI
		"ongelma varmennuksessa. tämä voi johtua äskettäin suoritetusta salanan vaihtamisesta.",
	),
		doc: "Open-Xchange says in the owner's language that the mail or transport server refused the account's login data (MSG-1000, MSG-1001, MSG-1030, the account check and the account status)"},
	{id: "l10n_openxchange_temporary_login_early", class: ClassAuthTemporary, anyOf: p(
		// temporary-auth-failure en
		"a temporary failure occurred during login. please try again later",
		// temporary-auth-failure bg_BG
		"възникна временна повреда по време на влизането.",
		// temporary-auth-failure cs_CZ
		"došlo k chybě při přihlašování. zkuste to, prosím, později",
		// temporary-auth-failure da_DK
		"der opstod en midlertidig fejl under log-ind.  prøv venligst igen senere",
		// temporary-auth-failure de_DE
		"beim anmelden trat ein temporärer fehler auf. bitte versuchen sie es später erneut",
		// temporary-auth-failure el_GR
		"προέκυψε προσωρινή αποτυχία κατά τη σύνδεση.",
		// temporary-auth-failure es_ES
		"se ha producido un fallo temporal al iniciar sesión. por favor, inténtelo de nuevo más tarde",
		// temporary-auth-failure et_EE
		"sisselogimise ajal tekkis ajutine tõrge. palun proovige hiljem uuesti",
		// temporary-auth-failure fi_FI
		"sisäänkirjautuminen epäonnistui hetkellisesti. yritä myöhemmin uudelleen",
		// temporary-auth-failure hu_HU
		"a bejelentkezés során átmeneti hiba történt. kérlek, próbálja újra később",
		// temporary-auth-failure it_IT
		"si è verificato un errore temporaneo durante l'accesso. riprova più tardi",
		// temporary-auth-failure ja_JP
		"ログイン中に一時エラーが発生しました。後でもう一度やり直してくだ",
		// temporary-auth-failure lv_LV
		"reģistrētas īslaicīgas pieslēgšanās problēmas. mēģiniet vēlreiz vēlāk",
		// temporary-auth-failure nl_NL
		"er is een tijdelijke fout opgetreden tijdens het aanmelden. probeer het later nog een keer",
		// temporary-auth-failure pl_PL
		"podczas logowania wystąpił błąd tymczasowy. spróbuj ponownie później",
		// temporary-auth-failure pt_BR
		"ocorreu uma falha temporária durante o login. tente novamente mais tarde",
		// temporary-auth-failure ro_RO
		"a apărut o eroare temporară în timpul autentificării. încercați din nou mai târziu",
		// temporary-auth-failure ru_RU
		"временный сбой авторизации. повторите попытку позже",
		// temporary-auth-failure sk_SK
		"počas prihlásenia sa vyskytla dočasná chyba. prosím, skúste to znova neskôr",
		// temporary-auth-failure sv_SE
		"ett tillfälligt misslyckande uppstod vid inloggning. försök igen senare",
		// temporary-auth-failure tr_TR
		"giriş sırasında geçici bir hata oluştu. lütfen daha sonra yeniden deneyin",
		// temporary-auth-failure zh_CN
		"登录时发生一个临时失败。请稍后重试 。",
		// temporary-auth-failure zh_TW
		"登入時發生暫時性的失敗，請稍候再試。",
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
		// secure-port-nossl-mail cs_CZ
		"je specifikovaný bezpečný port, ale ssl není povoleno. zkontrolujte to, prosím, je-li",
		// host-not-allowed cs_CZ, whose "není povolené" l10n_words_imap_off reads as a
		// service the administrator disabled: the sentence's head up to the opening quote
		// (17 characters) is the fixed text before the host name.
		"jméno hostitele „",
	),
		doc: "Open-Xchange points at the account's settings: TLS/SSL and port, host name, authentication type, privacy (TLS) required"},
	{id: "l10n_openxchange_connection_early", class: ClassTransient, anyOf: p(
		// folder-closed-new fr_FR and fr_CA (the same text)
		"connexion au serveur de courrier perdue. votre requête a probablement mis trop de temps.",
		// folder-closed hu_HU
		"mappa bezárva. valószínűleg a kérés túl sokáig tartott",
		// folder-closed-ext hu_HU
		"levélkiszolgálón. valószínűleg a kérés túl sokáig tartott",
		// folder-closed-new hu_HU
		"elveszett a kapcsolat a levélkiszolgálóval. lehetséges, hogy a kérés túl sokáig",
		// folder-closed-ext-new hu_HU
		"levélkiszolgálóval. lehetséges, hogy a kérés túl sokáig tartott. próbálja meg később",
	),
		doc: "Open-Xchange says the connection to the mail server was lost because the request took too long (MSG-1003), in languages whose sentence l10n_words_limits would read as a limit"},
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
		// validate-credentials bg_BG
		"провали поради невалидни идентификационни данни",
		// login-failed bg_BG
		"имаше проблем при удостоверяване. това може да се",
		// transport-invalid-credentials bg_BG
		"моля, проверете настройките / идентификационните",
		// status-credentials-rejected bg_BG
		"въведената информация за удостоверяване или",
		// login-data-wrong bg_BG
		"предоставените данни за вход изглежда да са",
		// login-data-wrong-ext bg_BG
		"предоставените данни за вход за достъп до",
		// password-expired bg_BG
		"достъпът до пощенския сървър вече не е разрешен с",
		// login-failed ca_ES
		"hi ha hagut un problema en autenticar. pot ser per mor d'algun canvi recent de",
		// invalid-credentials ca_ES
		"la informació d'inici de sessió proporcionada sembla estar malament. per favor, provau-ho de nou",
		// invalid-credentials-ext ca_ES
		"la informació d'inici de sessió proporcionada per a accedir al servidor de correu",
		// transport-invalid-credentials ca_ES
		"falten o són errònies. per favor, comprovau els ajustaments i credencials del compte",
		// login-failed cs_CZ
		"došlo k problému při autentizaci. může to být způsobeno nedávnou změnou hesla.",
		// invalid-credentials cs_CZ
		"zadané přihlašovací údaje jsou patrně chybné. zkuste to, prosím, znovu",
		// invalid-credentials-ext cs_CZ
		"zadané přihlašovací údaje pro přístup k serveru",
		// transport-invalid-credentials cs_CZ
		"chybné nebo chybějící přihlašovací údaje pro přístup k transportnímu serveru",
		// status-credentials-rejected cs_CZ
		"zadané přístupové údaje nefungují nebo je poskytovatel již neakceptuje. změňte je, prosím",
		// login-data-wrong cs_CZ
		"zadané přihlašovací údaje jsou patrně chybné. opravte je, prosím",
		// password-expired cs_CZ
		"vaše heslo již nelze použít pro přístup k poštovnímu serveru. zadejte, prosím, nové heslo",
		// login-failed da_DK
		"der var problemer med at autentificere. dette kan skyldes at du har ændret adgangskode",
		// invalid-credentials-ext da_DK
		"den givet information til at opnå adgang til mail-serveren",
		// status-credentials-rejected da_DK
		"den indtastede autentificeringskode virker ikke eller accepteres ikke længere af",
		// login-data-wrong da_DK
		"de givne log-in-data ser ud til at være forkerte.  ret dem venligst",
		// login-data-wrong-ext da_DK
		"de givne log-in-data til at tilgå e-mail-serveren",
		// password-expired da_DK
		"der er ikke længere adgang til postserveren med din adgangskode.  anskaf venligst en ny",
		// status-credentials-rejected de_DE
		"die eingegebenen anmeldeinformationen oder authentifizierungsinformationen funktionieren",
		// password-expired de_DE
		"der zugriff auf den mailserver ist mit ihrem passwort nicht mehr zulässig. bitte",
		// validate-credentials el_GR
		"απέτυχε λόγω μη έγκυρων διαπιστευτηρίων",
		// login-failed el_GR
		"προέκυψε ζήτημα κατά την ταυτοποίηση. αυτό",
		// transport-invalid-credentials el_GR
		"λανθασμένα ή ελλιπή δεδομένα σύνδεσης για",
		// status-credentials-rejected el_GR
		"οι εισαχθείσες πληροφορίες διαπιστευτηρίων ή",
		// login-data-wrong el_GR
		"τα παρεχόμενα δεδομένα σύνδεσης φαίνονται να",
		// login-data-wrong-ext el_GR
		"τα παρεχόμενα δεδομένα σύνδεσης για πρόσβαση",
		// password-expired el_GR
		"δεν επιτρέπεται πλέον με τον κωδικό πρόσβασής σας",
		// transport-invalid-credentials en_GB
		"wrong or missing login data to access e-mail transport server",
		// password-expired en_GB
		"access to email server is no longer permitted using your password. please obtain a new one",
		// status-credentials-rejected es_ES
		"la información de las credenciales o autenticación introducida no funciona o ya no son",
		// login-data-wrong es_ES
		"los datos de inicio de sesión proporcionados parecen no ser correctos. por favor, corríjalos",
		// login-data-wrong-ext es_ES
		"los datos de inicio de sesión proporcionados para acceder al servidor de correo",
		// password-expired es_ES
		"el acceso al servidor de correo ya no está permitido usando su contraseña. por favor",
		// validate-credentials et_EE
		"valideerimine ebaõnnestus kehtetu mandaadi tõttu",
		// login-failed et_EE
		"autentimisel tekkis probleem. põhjuseks võib olla hiljuti muudetud parool. jätkamiseks",
		// invalid-credentials et_EE
		"esitatud sisselogimisteave näib olevat vale. palun proovige uuesti",
		// invalid-credentials-ext et_EE
		"esitatud sisselogimisteave juurdepääsuks e-posti serverile",
		// transport-invalid-credentials et_EE
		"valed või puuduvad sisselogimisandmed juurdepääsuks e-posti transpordiserverile",
		// status-credentials-rejected et_EE
		"sisestatud mandaat või autentimisteave ei toimi või ei ole enam pakkuja jaoks",
		// login-data-wrong et_EE
		"sisestatud kasutajatunnuse/parooli kombinatsioon on vale. palun parandage",
		// login-data-wrong-ext et_EE
		"sisestatud kasutajatunnuse/parooli kombinatsioon ligipääsuks",
		// password-expired et_EE
		"juurdepääs postiserverile ei ole teie parooliga enam lubatud. palun hankige uus",
		// validate-credentials fi_FI
		"validointi epäonnistui virheellisten valtuuksien vuoksi",
		// invalid-credentials fi_FI
		"annetut kirjautumistiedot vaikuttavat olevan väärin. yritä uudelleen",
		// transport-invalid-credentials fi_FI
		"ole hyvä ja tarkista  toimintoon liittyvän tilin asetukset/valtuudet",
		// status-credentials-rejected fi_FI
		"annetut pääsytiedot tai varmistustiedot eivät toimi tai toimittaja ei hyväksy niitä. vaihda ne",
		// login-data-wrong fi_FI
		"annetut sisäänkirjautumistiedot näyttävät olevan virheelliset. korjaa ne",
		// login-data-wrong-ext fi_FI
		"annetut sisäänkirjautumistiedot postipalvelimelle",
		// password-expired fi_FI
		"postipalvelimeen ei enää pääse salasanallasi. hanki uusi salasana",
		// validate-credentials fr_CA
		"pour cause d'autorisation non valide",
		// status-credentials-rejected fr_FR and fr_CA (the same text)
		"les informations d'identification ou d'authentification saisies ne fonctionnent pas ou ne",
		// login-data-wrong fr_FR and fr_CA (the same text)
		"les données d'identification fournies semblent erronées. veuillez les corriger",
		// login-data-wrong-ext fr_FR and fr_CA (the same text)
		"les données d'identification fournies pour accéder au serveur de courrier",
		// password-expired fr_FR and fr_CA (the same text)
		"impossible d'accéder au serveur de courrier électronique avec ce mot de passe. veuillez",
		// login-failed hu_HU
		"hiba történt a hitelesítéskor. ezt egy nem régi jelszóváltoztatás okozhatja. a",
		// status-credentials-rejected hu_HU
		"a megadott hitelesítési adatok vagy bejelentkezési információk nem működnek vagy",
		// password-expired hu_HU
		"a levélkiszolgáló elérése már nem engedélyezett a jelszó használatával. kérjen egy újat",
		// login-data-wrong it_IT
		"i dati di accesso forniti sembrano essere errati. correggili",
		// login-data-wrong-ext it_IT
		"i dati di accesso forniti per accedere al server di posta",
		// password-expired it_IT
		"l'accesso al server di posta non è più consentito utilizzando la tua password. ottieni",
		// password-expired ja_JP
		"パスワードを使用してのメールサーバーへのアクセスが許可されていま",
		// validate-credentials lv_LV
		"pārbaudes. nepareizi pieslēguma dati",
		// login-failed lv_LV
		"problēma autorizēšanas laikā. iespējamais kļūdas cēlonis ir nesena paroles",
		// invalid-credentials lv_LV
		"noržadītā pieslēgšanās infrmācija nav pareiza. lūdzu mēģiniet vēlāk vēlreiz",
		// invalid-credentials-ext lv_LV
		"norādītā pieslēgšanās informācija pasta serverim",
		// transport-invalid-credentials lv_LV
		"nepareizi vai iztrūkstoši pieslēguma dati pasta transporta serverim",
		// status-credentials-rejected lv_LV
		"norādītā autorizācijas informācija nav pareiza vai nav vairs derīga (resursa",
		// login-data-wrong lv_LV
		"pieslēgšanas dati nav pareizi. lūdzu veiciet nepieciešamos labojumus",
		// login-data-wrong-ext lv_LV
		"nav pareizi. lūdzu veiciet nepieciešamos labojumus",
		// password-expired lv_LV
		"pieslēgšanās izmantojot jūsu esošo paroli nav vairs atļauta. lūdzu iegūstiet jaunu paroli",
		// validate-credentials nb_NO
		"mislyktes på grunn av ugyldig legitimasjon",
		// login-failed nb_NO
		"det var et problem under autentisering. dette kan skyldes en nylig endring av passord. for",
		// invalid-credentials-ext nb_NO
		"den medfølgende påloggingsinformasjonen for å få tilgang e-postserver",
		// status-credentials-rejected nb_NO
		"de oppgitte detaljene fungerer ikke, eller er ikke lenger akseptert av tjenesten.",
		// login-data-wrong-ext nb_NO
		"den angitte informasjonen for å koble til eposttjeneren",
		// validate-credentials nl_NL
		"is mislukt door verkeerde aanmeldgegevens",
		// login-data-wrong nl_NL
		"de opgegeven aanmeldgegevens lijken onjuist te zijn. probeer deze aan te passen",
		// login-data-wrong-ext nl_NL
		"de opgegeven aanmeldgegevens voor de e-mailserver",
		// password-expired nl_NL
		"toegang tot de e-mailserver is niet meer toegestaan met dit wachtwoord. vraag alstublieft",
		// status-credentials-rejected pl_PL
		"wprowadzone poświadczenia lub informacje uwierzytelniające nie działają lub nie są",
		// password-expired pl_PL
		"dostęp do serwera poczty nie jest już dozwolony przy użyciu tego hasła. uzyskaj nowe",
		// status-credentials-rejected pt_BR
		"a credencial inserida ou informação de autenticação não funciona ou não é mais",
		// password-expired pt_BR
		"o acesso ao servidor de e-mail não é mais permitido usando sua senha. obtenha uma nova senha",
		// validate-credentials ro_RO
		"a eșuat din cauza datelor de acces incorecte",
		// login-failed ro_RO
		"a apărut o problemă la autentificare. cauza poate fi modificarea recentă a parolei.",
		// invalid-credentials ro_RO
		"informațiile de autentificare furnizate par eronate. încercați din nou",
		// invalid-credentials-ext ro_RO
		"informațiile de autentificare furnizate pentru accesarea serverului de mail",
		// transport-invalid-credentials ro_RO
		"date de autentificare eronate sau lipsă pentru accesarea serverului de transport de mail",
		// status-credentials-rejected ro_RO
		"informațiile de autentificare introduse nu mai funcționează sau nu mai sunt acceptate",
		// password-expired ro_RO
		"accesul la serverul de mail nu mai este permis cu parola dvs. obțineți o parolă nouă",
		// status-credentials-rejected ru_RU
		"введенные данные идентификации или",
		// login-data-wrong ru_RU
		"регистрационные данные указаны неверно.",
		// password-expired ru_RU
		"ваш пароль больше не может использоваться для",
		// validate-credentials sk_SK
		"zlyhalo z dôvodu neplatného poverenia",
		// login-failed sk_SK
		"nastal problém pri autentifikácii. to môže byť z dôvodu nedávnej zmeny hesla.",
		// invalid-credentials sk_SK
		"zdá sa, že poskytnuté prihlasovacie údaje sú nesprávne. prosím, skúste to znova neskôr",
		// invalid-credentials-ext sk_SK
		"zdá sa, že poskytnuté prihlasovacie údaje na prístup k poštovému serveru",
		// status-credentials-rejected sk_SK
		"zadané prihlasovacie údaje alebo autentifikačné informácie nefungujú alebo ich",
		// password-expired sk_SK
		"prístup k poštovému serveru s vaším heslom už nie je povolený. prosím, získajte nové heslo",
		// validate-credentials sv_SE
		"misslyckades på grund av ogiltiga rättigheter",
		// login-failed sv_SE
		"ett problem uppstod vid bekräftande av ditt e-postlösenord. detta kanske beror på att",
		// status-credentials-rejected sv_SE
		"den angivna inloggnings- eller autentiseringsinformationen fungerar inte eller accepteras",
		// login-data-wrong sv_SE
		"inloggningsuppgifterna verkar inte stämma. justera dem",
		// password-expired sv_SE
		"åtkomst till e-postservern tillåts inte längre med ditt lösenord. skaffa ett nytt lösenord",
		// validate-credentials tr_TR
		"sunucusunun doğrulanması geçersiz kimlik bilgileri nedeniyle başarısız oldu",
		// login-failed tr_TR
		"kimlik doğrulaması sırasında bir sorun oluştu. yakın zamanda parolanızı",
		// transport-invalid-credentials tr_TR
		"e-posta aktarımı sunucusuna erişmek için yanlış veya eksik giriş bilgileri",
		// status-credentials-rejected tr_TR
		"girilen kimlik bilgileri veya kimlik doğrulama bilgileri çalışmıyor veya artık",
		// login-data-wrong tr_TR
		"sağlanan hesap bilgileri yanlış. lütfen düzeltin",
		// login-data-wrong-ext tr_TR
		"e-posta sunucusuna erişmek için sağlanan giriş bilgileri yanlış. lütfen düzeltin",
		// password-expired tr_TR
		"bu parolayı kullanarak e-posta sunucusuna erişmenize izin verilmiyor. lütfen yeni bir",
		// login-data-wrong zh_CN
		"提供的登录数据似乎是错的。请更正它们。",
		// login-data-wrong-ext zh_CN
		"的登录数据似乎是错的。请更正它们。",
		// password-expired zh_CN
		"不再批准使用您的密码访问邮件服务器。请获取新密码。",
		// login-failed zh_TW
		"驗證時出現問題。這可能是您最近更改密碼造成的。要繼續，請立即登出",
		// invalid-credentials zh_TW
		"提供的登入資訊看來有誤。請重試。",
		// status-credentials-rejected zh_TW
		"輸入的帳號密碼或驗證資訊無法使用，或供應商不再接受，請修改。",
		// login-data-wrong zh_TW
		"提供的登入資料看來有誤，請修正。",
		// login-data-wrong-ext zh_TW
		"郵件伺服器登入資料看來有誤，請修正。",
		// password-expired zh_TW
		"您已無法使用目前的密碼存取郵件伺服器。請取得新密碼。",
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
		// in-use bg_BG
		"пощенската кутия вече се използва. моля, опитайте",
		// in-use-ext bg_BG
		"вече се използва от някой от другите ви процеси",
		// folder-closed-new bg_BG
		"изгубена връзка към пощенския сървър. вероятно",
		// folder-closed-ext-new bg_BG
		"вероятно вашето искане отне твърде време. моля",
		// store-closed-new bg_BG
		"изгубена връзка към пощенския сървър. моля",
		// store-closed-ext-new bg_BG
		"връзката е затворена до пощенския сървър",
		// connect-error-new bg_BG
		"бе отхвърлена или изтече, докато се опитвате да",
		// read-timeout bg_BG
		"изтече в очакване на отговора. моля, опитайте",
		// connection-closed bg_BG
		"неочаквано затворена връзка. моля, опитайте",
		// folder-closed ca_ES
		"s'ha tancat. és probable que la petició duràs massa",
		// folder-closed-ext ca_ES
		"és probable que la vostra petició duràs massa",
		// store-closed ca_ES
		"connexió perduda amb el servidor de correu",
		// connect-error ca_ES
		"ha estat rebutjada o s'ha excedit el temps límit quan hi provàveu de connectàveu",
		// in-use ca_ES
		"aquesta bústia de correu ja està en ús. per favor, provau-ho de nou més tard",
		// folder-closed cs_CZ
		"byla zavřena. váš požadavek pravděpodobně trval příliš dlouho",
		// folder-closed-ext cs_CZ
		"zavřena. váš požadavek pravděpodobně trval příliš dlouho",
		// store-closed cs_CZ
		"spojení s poštovním serverem bylo ztraceno",
		// in-use cs_CZ
		"poštovní schránku již používá jiný proces. zkuste to, prosím, později",
		// in-use-ext cs_CZ
		"již používají jiné procesy nebo klienty. zkuste to, prosím, později",
		// send-timed-out cs_CZ
		"při pokusu o zaslání následujícímu příjemci vypršel čas",
		// folder-closed-new cs_CZ
		"spojení s poštovním serverem bylo ztraceno. váš požadavek patrně trval příliš",
		// folder-closed-ext-new cs_CZ
		"bylo ukončeno. váš požadavek patrně trval příliš dlouho. zkuste to, prosím, znovu později",
		// store-closed-new cs_CZ
		"spojení s poštovním serverem bylo ztraceno. zkuste to, prosím, znovu později",
		// store-closed-ext-new cs_CZ
		"bylo ukončeno. zkuste to, prosím, znovu později",
		// read-timeout cs_CZ
		"vypršela lhůta při čekání na reakci. zkuste to, prosím, znovu později",
		// connection-closed cs_CZ
		"nečekaně uzavřel spojení. zkuste to, prosím, znovu později",
		// connection-reset cs_CZ
		"vzdálený server nečekaně přerušil spojení. zkuste to znovu později",
		// subsystem-down da_DK
		"midlertidig fejl på grund af at et delsystem er ude af drift (måske som følge af",
		// folder-closed da_DK
		"er blevet lukket. din forespørgsel tog sandsynligvis for lang tid",
		// folder-closed-ext da_DK
		"din forespørgsel tog sandsynligvis for lang tid",
		// store-closed-ext da_DK
		"forbindelse lukket til mail-ser",
		// connect-error da_DK
		"forbindelse blev nægtet eller udløb under forsøg på at forbinde til fjernserver",
		// in-use da_DK
		"postkasse bruges allerede. prøv venligst igen senere",
		// in-use-ext da_DK
		"bliver allerede brugt af en af dine andre processer eller klienter.  prøv venligst igen senere",
		// temporary-failure da_DK
		"grundet en midlertidig mail-server-fejl kunne beskeden ikke sendes.  prøv venligst igen senere",
		// send-timed-out da_DK
		"tidsudløb under forsøg på at sende til modtageren",
		// folder-closed-ext-new da_DK
		"lukket.  din forespørgsel tog nok for lang tid.  prøv venligst igen senere",
		// send-timed-out-new da_DK
		"det tog for lang tid at sende til den følgende modtager",
		// connection-closed de_DE
		"ist unerwarteterweise abgebrochen. bitte versuchen sie es später erneut",
		// connection-reset de_DE
		"der remote-endpunkt hat die verbindung abrupt abgebrochen. bitte versuchen sie es später erneut",
		// subsystem-down el_GR
		"προέκυψε προσωρινή αποτυχία επειδή ένα",
		// in-use el_GR
		"το γραμματοκιβώτιο χρησιμοποιείται ήδη.",
		// in-use-ext el_GR
		"χρησιμοποιείται ήδη από μία από τις άλλες",
		// temporary-failure el_GR
		"δεν ήταν δυνατή η αποστολή του μηνύματος λόγω",
		// folder-closed-new el_GR
		"απώλεια σύνδεσης με τον διακομιστή email. μάλλον το",
		// store-closed-new el_GR
		"απώλεια σύνδεσης με τον διακομιστή email. παρακαλώ",
		// connect-error-new el_GR
		"απορρίφθηκε ή έληξε το χρονικό της όριο κατά την",
		// read-timeout el_GR
		"έληξε το χρονικό όριο της σύνδεσης με τον",
		// connection-closed el_GR
		"έκλεισα απροσδόκητα τη σύνδεση. παρακαλώ",
		// send-timed-out-new el_GR
		"το χρονικό όριο έληξε κατά την απόπειρα",
		// connection-reset el_GR
		"το απομακρυσμένο τερματικό σημείο ακύρωσε",
		// folder-closed en_GB
		"has been closed. your request probably took too long",
		// folder-closed-new es_ES
		"se perdió la conexión con el servidor de correo. probablemente su petición tardó",
		// folder-closed-ext-new es_ES
		"probablemente su petición tardó demasiado. por favor, inténtelo de nuevo más tarde",
		// store-closed-new es_ES
		"se perdió la conexión con el servidor de correo. por favor, inténtelo de nuevo más tarde",
		// store-closed-ext-new es_ES
		"se cerró la conexión con el servidor de correo",
		// connect-error-new es_ES
		"fue rechazada o caducó mientras se intentaba conectar. por favor, inténtelo de nuevo más tarde",
		// read-timeout es_ES
		"caducó mientras se esperaba la respuesta. por favor, inténtelo de nuevo más tarde",
		// connection-closed es_ES
		"cerró la conexión inesperadamente. por favor, inténtelo de nuevo más tarde",
		// send-timed-out-new es_ES
		"el tiempo se cumplió mientras se intentaba enviar al siguiente destinatario",
		// connection-reset es_ES
		"el extremo remoto interrumpió la conexión repentinamente. por favor, inténtelo de nuevo",
		// folder-closed et_EE
		"on suletud. tõenäoliselt võttis teie taotlus liiga palju aega",
		// in-use et_EE
		"postkast on juba kasutusel. palun proovige hiljem uuesti",
		// in-use-ext et_EE
		"korral on juba kasutusel mõne teie muu protsessi või kliendi poolt. palun proovige hiljem uuesti",
		// temporary-failure et_EE
		"sõnumi saatmine ebaõnnestus e-posti serveri ajutise tõrke tõttu. palun proovige hiljem uuesti",
		// send-timed-out et_EE
		"ajalõpp saatmisel järgnevale adressaadile",
		// send-timed-out-new et_EE
		"toiming aegus, kui prooviti saata järgmisele saajale",
		// subsystem-down fi_FI
		"väliaikainen alijärjestelmän toimintahäiriöstä johtuva vika (voi johtua",
		// folder-closed fi_FI
		"on suljettu. pyyntösi todennäköisesti kesti liian kauan",
		// store-closed fi_FI
		"menetettiin yhteys postipalvelimeen",
		// in-use fi_FI
		"postilaatikko on jo käytössä. yritä uudelleen myöhemmin, ole hyvä",
		// in-use-ext fi_FI
		"on jo toisen prosessisi tai asiakkaasi käytössä",
		// temporary-failure fi_FI
		"viestiä ei voitu lähettää postipalvelimen hetkellisen toimintaongelman vuoksi. yritä",
		// send-timed-out fi_FI
		"aika loppui lähetettäessä seuraavalle vastaanottajalle",
		// folder-closed-new fi_FI
		"yhteys postipalvelimeen katkesi. pyyntösi käsittely kesti todennäköisesti liian",
		// folder-closed-ext-new fi_FI
		"suljettiin. pyyntösi käsittely kesti todennäköisesti liian pitkään. yritä",
		// store-closed-new fi_FI
		"yhteys postipalvelimeen katkesi. yritä myöhemmin uudelleen",
		// read-timeout fi_FI
		"katkesi vastausta odottaessa. yritä myöhemmin uudelleen",
		// connection-closed fi_FI
		"katkaisi odottamattomasti yhteyden. yritä myöhemmin uudelleen",
		// send-timed-out-new fi_FI
		"aikakatkaisu lähetettäessä vastaanottajalle",
		// connection-closed fr_FR and fr_CA (the same text)
		"a clôturé la connexion prématurément. veuillez réessayer ultérieurement",
		// send-timed-out-new fr_FR and fr_CA (the same text)
		"délai dépassé lors de la tentative d'envoi au destinataire suivant",
		// connection-reset fr_FR and fr_CA (the same text)
		"le point de terminaison distant a mis fin à la connexion de manière inattendue. veuillez",
		// store-closed hu_HU
		"elveszett a kapcsolat a levélkiszolgálóhoz",
		// connect-error hu_HU
		"a kapcsolat vissza lett utasítva vagy túllépte az időkorlátot a távoli",
		// in-use hu_HU
		"a postafiók már használatban van. próbálja újra később",
		// in-use-ext hu_HU
		"már használatban van. egy másik folyamat vagy kliens használja. próbálja meg később",
		// temporary-failure hu_HU
		"az üzenet nem küldhető el a levélkiszolgáló átmeneti hibája miatt. próbálja meg később",
		// send-timed-out hu_HU
		"címzettnek történő küldés közben",
		// store-closed-new hu_HU
		"elveszett a kapcsolat a levélkiszolgálóval. próbálja meg később",
		// read-timeout hu_HU
		"kiszolgálóhoz kapcsolódáskor a várakozás túllépte az időkorlátot. próbálja meg később",
		// send-timed-out-new hu_HU
		"címzettnek küldés közben. próbálja meg később",
		// connection-reset hu_HU
		"a távoli végpont hirtelen megszakította a kapcsolatot. próbálja újra később",
		// connection-closed it_IT
		"ha chiuso la connessione in modo inatteso. riprova più tardi",
		// send-timed-out-new it_IT
		"tempo scaduto durante il tentativo di invio al seguente destinatario",
		// connection-reset it_IT
		"il terminatore remoto ha chiuso la connessione improvvisamente. riprova più tardi",
		// connection-closed ja_JP
		"が予期せず接続を切断しました。後でもう一度やり直してください。",
		// connection-reset ja_JP
		"リモートエンドポイントにより接続が突然中止されました。後でもう一",
		// subsystem-down lv_LV
		"īslaicīga kļūda, jo apakšsistēma nav pieejama (iespējams, apkopes dēļ). lūdzu",
		// folder-closed lv_LV
		"ir noslēgta. iespējams, ka pieprasījuma apstrāde ir prasījusi pārāk ilgu laiku",
		// store-closed lv_LV
		"zaudēts pieslēgums pie pasta servera",
		// connect-error lv_LV
		"ir vai nu noliegts vai arī ir iztecējis pieslēgšanās laiks",
		// in-use lv_LV
		"pasta kaste pašreiz tiek izmanta. lūdzu mēģiniet vēlāk vēlreiz",
		// in-use-ext lv_LV
		"pašreiz jau tiek izmantota kāda cita jūsu procesa vai klienta ietvaros. lūdzu",
		// temporary-failure lv_LV
		"ziņojumu pašlaik nevar nosūtīt pasta servera īslaicīgu problēmu dēļ. lūdzu",
		// send-timed-out lv_LV
		"taimauts pie nosūtīšanas mēģinājuma šādiem adresātiem",
		// folder-closed-new lv_LV
		"pazaudēts pieslēgums pasta serverim. iespējams, ka vaicājums ir prasījis pārāk ilgu",
		// folder-closed-ext-new lv_LV
		"ir pārtraukts. iespējams, ka vaicājums ir prasījis pārāk ilgu laiku. mēģiniet",
		// store-closed-new lv_LV
		"pazaudēts pieslēgums pasta serverim. mēģiniet vēlreiz vēlāk",
		// connect-error-new lv_LV
		"ir atteikts vai arī ir iestājies pieslēgšanās laika noilgums. mēģiniet vēlreiz vēlāk",
		// read-timeout lv_LV
		"ir iestājies noilgums. mēģiniet vēlreiz vēlāk",
		// connection-closed lv_LV
		"ir negaidīti pārtraucis pieslēgumu. mēģiniet vēlreiz vēlāk",
		// connection-reset lv_LV
		"attālinātais galapunkts ir negaidīti pārtraucis pieslēgumu. mēģiniet vēlreiz vēlāk",
		// subsystem-down nb_NO
		"en midlertidig feil oppstod fordi et undersystem er utilgjengelig (kanskje på grunn av",
		// folder-closed nb_NO
		"har blitt lukket. sannsynligvis tok forespørselen for lang tid",
		// store-closed nb_NO
		"mistet tilkobling til e-postserveren",
		// store-closed-ext nb_NO
		"tilkobling stengt til e-postserver",
		// in-use nb_NO
		"postboksen er allerede i bruk. prøv igjen senere",
		// in-use-ext nb_NO
		"er allerede i bruk av en annen prosess eller klient. vennligst forsøk igjen senere",
		// temporary-failure nb_NO
		"meldingen kunne ikke sendes på grunn av en midlertidig feil med eposttjeneren. vennligst",
		// send-timed-out nb_NO
		"det oppstod et tidsavbrudd under sending til følgende mottaker",
		// send-timed-out-new nb_NO
		"tidsavbrudd under sending til følgende mottaker",
		// connection-reset nl_NL
		"het eindpunt heeft de verbinding abrupt verbroken. probeer het later opnieuw",
		// connection-closed pl_PL
		"nieoczekiwanie utracił połączenie. spróbuj ponownie później",
		// connection-reset pl_PL
		"zdalny punkt końcowy nagle przerwał połączenie. spróbuj ponownie później",
		// folder-closed-new pt_BR
		"perda de conexão com o servidor de e-mail. provavelmente sua solicitação levou muito",
		// folder-closed-ext-new pt_BR
		"foi fechada. provavelmente sua solicitação levou muito tempo. tente novamente mais tarde",
		// store-closed-new pt_BR
		"perda de conexão com o servidor de e-mail. tente novamente mais tarde",
		// connect-error-new pt_BR
		"foi recusada ou expirou durante a tentativa de conexão. tente novamente mais tarde",
		// read-timeout pt_BR
		"expirou ao aguardar a resposta. tente novamente mais tarde",
		// connection-closed pt_BR
		"encerrou a conexão inesperadamente. tente novamente mais tarde",
		// send-timed-out-new pt_BR
		"tempo esgotado ao tentar enviar para o seguinte destinatário",
		// connection-reset pt_BR
		"o ponto final remoto cancelou abruptamente a conexão. tente novamente mais tarde",
		// subsystem-down ro_RO
		"eroare temporară din cauza unui subsistem inaccesibil (probabil pentru întreținere).",
		// folder-closed ro_RO
		"a fost închis. probabil cererea dumneavoastră a durat prea mult",
		// folder-closed-ext ro_RO
		"probabil cererea dumneavoastră a durat prea mult",
		// in-use ro_RO
		"căsuța poștală este deja utilizată. încercați din nou",
		// in-use-ext ro_RO
		"este deja utilizată de un alt proces sau client. încercați din nou mai târziu",
		// temporary-failure ro_RO
		"mesajul nu a putut fi trimis din cauza unei erori temporare de server. încercați din nou",
		// send-timed-out ro_RO
		"s-a depășit timpul de așteptare la trimiterea către destinatarul",
		// send-timed-out-new ro_RO
		"s-a depășit timpul de așteptare pentru expedierea către următorul destinatar",
		// read-timeout ru_RU
		"истекло.{повторите попытку позже",
		// send-timed-out-new ru_RU
		"время ожидания отправки письма адресату",
		// folder-closed sk_SK
		"bol zatvorený. pravdepodobne vaša požiadavka trvala príliš dlho",
		// store-closed sk_SK
		"spojenie s poštovým serverom bolo stratené",
		// connect-error sk_SK
		"spojenie bolo odmietnuté alebo čas čakania naň vypršal pri pokuse o pripojenie k",
		// in-use sk_SK
		"poštovú schránku už používa iný proces. prosím, skúste to znova neskôr",
		// in-use-ext sk_SK
		"už používa jeden z vašich procesov alebo klientov. prosím, skúste to znova neskôr",
		// send-timed-out sk_SK
		"časový limit vypršal pri pokuse odoslať správu nasledujúcemu príjemcovi",
		// folder-closed-new sk_SK
		"stratilo sa spojenie k poštovému serveru. vaša požiadavka pravdepodobne trvala",
		// folder-closed-ext-new sk_SK
		"bolo zatvorené. vaša požiadavka pravdepodobne trvala príliš dlho. prosím, skúste to",
		// store-closed-new sk_SK
		"stratilo sa spojenie k poštovému serveru. prosím, skúste to znova neskôr",
		// store-closed-ext-new sk_SK
		"bolo zatvorené. prosím, skúste to znova neskôr",
		// connect-error-new sk_SK
		"bolo odmietnuté alebo čas čakania naň vypršal počas pokusu o pripojenie. prosím",
		// read-timeout sk_SK
		"vypršalo počas čakania na odpoveď. prosím, skúste to znova neskôr",
		// connection-closed sk_SK
		"neočakávane zatvoril spojenie. prosím, skúste to znova neskôr",
		// connection-reset sk_SK
		"vzdialený koniec spojenia neočakávane zrušil spojenie. prosím, skúste to znova neskôr",
		// subsystem-down sv_SE
		"ett tillfälligt misslyckande eftersom ett delsystem är nere (kanske för underhåll).",
		// folder-closed sv_SE
		"har stängts. förmodligen tog din begäran för lång tid",
		// folder-closed-ext sv_SE
		"förmodligen tog din begäran för lång tid",
		// in-use sv_SE
		"den brevlådan används just nu. försök igen senare",
		// in-use-ext sv_SE
		"används redan av en av dina andra processer eller klienter. försök igen senare",
		// temporary-failure sv_SE
		"meddelandet kunde inte skickas på grund av ett tillfälligt fel i e-postservern. försök",
		// send-timed-out sv_SE
		"tidsgränsen överskreds vid avsändning till följande mottagare",
		// folder-closed-new sv_SE
		"förlorade anslutning till e-postserver. antagligen tog din begäran för lång tid.",
		// folder-closed-ext-new sv_SE
		"antagligen tog din begäran för lång tid. försök igen senare",
		// store-closed-new sv_SE
		"förlorade anslutning till e-postserver. försök igen senare",
		// store-closed-ext-new sv_SE
		"anslutning stängd till e-postserver",
		// send-timed-out-new sv_SE
		"tidsgränsen överskreds medan du försökte skicka till följande deltagare",
		// in-use tr_TR
		"e-posta kutusu zaten kullanımda. lütfen daha sonra yeniden deneyin",
		// in-use-ext tr_TR
		"hesabına ait posta kutusu, diğer işlemleriniz veya istemcileriniz tarafından",
		// send-timed-out-new tr_TR
		"şu alıcıya göndermeye çalışırken zaman aşımı oluştu",
		// folder-closed-new zh_CN
		"失去了与邮件服务器的连接，可能您的请求需时太长。请稍后再试。",
		// folder-closed-ext-new zh_CN
		"关闭了，可能您的请求需时太久。请稍后再试。",
		// store-closed-new zh_CN
		"失去了与邮件服务器的连接。請稍後再試。",
		// store-closed-ext-new zh_CN
		"已关闭连接。请稍后再试。",
		// connect-error-new zh_CN
		"的连接，已被拒绝或在等候回应时逾时。请稍后再试。",
		// read-timeout zh_CN
		"的连接，在等候回应时逾时。请稍后再试。",
		// connection-closed zh_CN
		"出乎意料地关闭连接。请稍后再试。",
		// connection-reset zh_CN
		"远端终点突然地终止连接。请稍后再试。",
		// subsystem-down zh_TW
		"因為子系統離線（可能正在維護中），發生暫時錯誤。請稍後再試。",
		// folder-closed zh_TW
		"已關閉。或許您的請求用時太長。",
		// folder-closed-ext zh_TW
		"中被關閉。或許您的請求用時太長。",
		// in-use zh_TW
		"信件匣正在使用中，請稍候再試。",
		// in-use-ext zh_TW
		"的信箱已被您的一個其他程序或客戶端占用中，請稍後再試。",
		// temporary-failure zh_TW
		"由於郵件伺服器發生錯誤，暫時無法寄出訊息。請稍後再試。",
		// read-timeout zh_TW
		"回覆時發生超時，請稍候再試。",
		// send-timed-out-new zh_TW
		"嘗試寄信給下列收件者時發生超時",
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
		// no-secure-connection bg_BG
		"не поддържа достъп до него посредством сигурна връзка",
		// auth-type-unsupported bg_BG
		"избраният тип удостоверяване не се поддържа от сървър",
		// secure-connection-required bg_BG
		"моля, променете настройките на пощата и",
		// host-unresolved bg_BG
		"гост не можа да бъде решен",
		// default-port-ssl-mail bg_BG
		"но ssl е активиран. моля, прегледайте, ако е необходимо",
		// secure-port-nossl-mail bg_BG
		"но ssl не е активиран. моля, прегледайте, ако е",
		// authorization-failed bg_BG
		"пощенският сървър отказва достъп",
		// privacy-required bg_BG
		"достъпът до пощенския сървър не е разрешен",
		// no-secure-connection ca_ES
		"no hi admet l'accés emprant una connexió segura",
		// host-unresolved ca_ES
		"no s'ha pogut trobar un servidor",
		// default-port-ssl-mail ca_ES
		"el port predeterminat especificat per al protocol de correu és",
		// secure-port-nossl-mail ca_ES
		"però ssl no està activat. per favor, revisau si és correcte",
		// default-port-ssl-transport ca_ES
		"el port predeterminat especificat per al protocol de transport és",
		// no-secure-connection cs_CZ
		"nepodporuje přístup přes zabezpečené spojení",
		// auth-type-unsupported cs_CZ
		"zvolený druh autentizace server",
		// secure-connection-required cs_CZ
		"upravte, prosím, nastavení pošty a použijte zabezpečené spojení (pokud se",
		// host-unresolved cs_CZ
		"nepodařilo se nalézt hostitele",
		// default-port-ssl-mail cs_CZ
		"je specifikovaný výchozí port, ale je povoleno ssl. zkontrolujte to, prosím, je-li to vhodné",
		// secure-port-nossl-transport cs_CZ
		"je specifikovaný výchozí port, ale ssl není povoleno. zkontrolujte to, prosím, je-li to vhodné",
		// authorization-failed cs_CZ
		"poštovní server odmítl přístup",
		// privacy-required cs_CZ
		"přístup k poštovnímu serveru není povolený kvůli nedostatku soukromí",
		// no-secure-connection da_DK
		"understøtter ikke adgang via en sikker forbindelse",
		// auth-type-unsupported da_DK
		"den valgte autentificering er ikke understøttet af serveren",
		// secure-connection-required da_DK
		"ret venligst e-post-indstillingerne og sæt en sikker forbindelse op.  (hvis der ikke",
		// host-unresolved da_DK
		"en vært kunne ikke slås op",
		// default-port-ssl-mail da_DK
		"men ssl er slået til. revidér venligst hvis nødvendigt",
		// secure-port-nossl-mail da_DK
		"men ssl er ikke slået til. revidér venligst hvis nødvendig",
		// default-port-ssl-transport da_DK
		"men ssl er slået til. revidér venligst hvis nødvendig",
		// authorization-failed da_DK
		"postserver nægter adgang",
		// privacy-required da_DK
		"adgang til postserver ikke tilladt på grund af manglende privatlivsbeskyttelse",
		// auth-type-unsupported de_DE
		"der gewählte authentifizierungstyp wird vom server",
		// secure-connection-required de_DE
		"bitte ändern sie die e-mail-einstellungen und konfigurieren sie eine sichere verbindung",
		// authorization-failed de_DE
		"der mailserver verweigert den zugriff",
		// privacy-required de_DE
		"der zugriff auf den mailserver wird aufgrund mangelnden datenschutzes verweigert",
		// no-secure-connection el_GR
		"δεν υποστηρίζει την πρόσβαση μέσω ασφαλούς σύνδεσης",
		// auth-type-unsupported el_GR
		"ο επιλεγμένος τύπος ταυτοποίησης δεν",
		// secure-connection-required el_GR
		"παρακαλώ αλλάξτε τις ρυθμίσεις αλληλογραφίας",
		// host-unresolved el_GR
		"δεν ήταν δυνατή η ανάλυση κεντρικού υπολογιστή",
		// default-port-ssl-mail el_GR
		"αλλά το ssl είναι ενεργοποιημένο. παρακαλώ ελέγξτε",
		// secure-port-nossl-mail el_GR
		"αλλά το ssl δεν είναι ενεργοποιημένο. παρακαλώ",
		// authorization-failed el_GR
		"ο διακομιστής email αρνείται την πρόσβαση",
		// secure-connection-required en_GB
		"please change e-mail settings and configure a secure connection (if transport layer",
		// authorization-failed en_GB
		"email server denied access",
		// privacy-required en_GB
		"access to email server is not permitted due to a lack of privacy",
		// auth-type-unsupported es_ES
		"el tipo de autenticación seleccionada no está admitida por el servidor",
		// secure-connection-required es_ES
		"por favor, cambie los ajustes del correo y configure una conexión segura (si transport",
		// authorization-failed es_ES
		"acceso denegado al servidor de correo",
		// privacy-required es_ES
		"el acceso al servidor de correo ya no está permitido debido a un problema de privacidad",
		// no-secure-connection et_EE
		"ei toeta juurdepääsu turvalist ühendust kasutades",
		// auth-type-unsupported et_EE
		"valitud autentimise tüübil puudub serveri",
		// secure-connection-required et_EE
		"palun muutke postiseaded ja konfigureerige turvaline ühendus (kui transpordikihi turve",
		// host-unresolved et_EE
		"hosti lahendamine ebaõnnestus",
		// default-port-ssl-mail et_EE
		"korral on määratletud vaikeport, kuid ssl on aktiveeritud. palun vaadake üle, kui see on vajalik",
		// secure-port-nossl-mail et_EE
		"korral on määratletud turvaline port, kuid ssl ei ole aktiveeritud. palun vaadake üle",
		// default-port-ssl-transport et_EE
		"korral on määratletud turvaline port, kuid ssl on aktiveeritud. palun vaadake üle, kui",
		// authorization-failed et_EE
		"postiserver keelab juurdepääsu",
		// privacy-required et_EE
		"juurdepääs postiserverile ei ole lubatud privaatsuse puudumise tõttu",
		// no-secure-connection fi_FI
		"ei tue turvattua yhteyttä",
		// secure-connection-required fi_FI
		"vaihda postiasetuksia ja konfiguroi suojattu yhteys (jos transport layer security (tls) ei",
		// host-unresolved fi_FI
		"isäntäkonetta ei voitu selvittää",
		// default-port-ssl-mail fi_FI
		"mutta ssl on päällä. ole hyvä ja tarkista valintojen tarkoituksenmukaisuus",
		// secure-port-nossl-mail fi_FI
		"mutta ssl ei ole päällä. ole hyvä ja tarkista valintojen tarkoituksenmukaisuus",
		// authorization-failed fi_FI
		"postipalvelin estää pääsyn",
		// privacy-required fi_FI
		"pääsyä postipalvelimeen ei sallita yksityisyyden puutteen vuoksi",
		// auth-type-unsupported fr_FR and fr_CA (the same text)
		"le type d'authentification choisi n'est pas pris en charge par le serveur",
		// secure-port-nossl-transport fr_CA
		"mais ssl n'est pas activé. veuillez vérifier la configuration si nécessaire",
		// authorization-failed fr_FR and fr_CA (the same text)
		"le serveur de courrier refuse l'accès",
		// privacy-required fr_FR and fr_CA (the same text)
		"impossible d'accéder au serveur de courrier électronique pour des manquements à la vie privée",
		// no-secure-connection hu_HU
		"nem támogatja az automatikus bejelentkezést",
		// auth-type-unsupported hu_HU
		"a kiválasztott hitelesítési típust a(z",
		// host-unresolved hu_HU
		"egy gépnév nem oldható fel",
		// default-port-ssl-mail hu_HU
		"levélprotokollhoz, de az ssl be van kapcsolva. ellenőrizze, hogy ez megfelelő-e",
		// secure-port-nossl-mail hu_HU
		"levélprotokollhoz, de az ssl nincs bekapcsolva. ellenőrizze, hogy ez megfelelő-e",
		// default-port-ssl-transport hu_HU
		"átviteli protokollhoz, de az ssl be van kapcsolva. ellenőrizze, hogy ez megfelelő-e",
		// secure-port-nossl-transport hu_HU
		"átviteli protokollhoz, de az ssl nincs bekapcsolva. ellenőrizze, hogy ez megfelelő-e",
		// authorization-failed hu_HU
		"a levélkiszolgáló megtagadja a hozzáférést",
		// privacy-required hu_HU
		"a levélkiszolgáló elérése nincs engedélyezve az adatvédelem miatt",
		// authorization-failed it_IT
		"accesso negato al server di posta",
		// privacy-required it_IT
		"l'accesso al server di posta non è consentito a causa di una carenza di riservatezza",
		// authorization-failed ja_JP
		"メールサーバーがアクセスを拒否しています。",
		// privacy-required ja_JP
		"プライバシーの欠如のためにメールサーバーへのアクセスが許可されて",
		// no-secure-connection lv_LV
		"neatbalsta drošu pieslēgumu",
		// auth-type-unsupported lv_LV
		"neatbalsta norādīto autorizācijas tipu",
		// secure-connection-required lv_LV
		"lūdzu izmainiet pasta iestatījumus un konfigurējiet pieslēgumu (ja netiek izmantota",
		// host-unresolved lv_LV
		"nevar atrisināt resursdatoru",
		// default-port-ssl-mail lv_LV
		"ir norādīts noklusētais ports, bet ssl ir iespējots. lūdzu pārbaudiet",
		// secure-port-nossl-mail lv_LV
		"ir norādīts drošais ports, bet ssl nav iespējots. lūdzu pārbaudiet",
		// authorization-failed lv_LV
		"pasta serveris ir atteicis pieslēgumu",
		// privacy-required lv_LV
		"pieslēgšanās pasta serverim nav atļauta nepietiekama privātuma dēļ",
		// no-secure-connection nb_NO
		"støtter ikke å bli  åpnet ved hjelp av en sikker forbindelse",
		// auth-type-unsupported nb_NO
		"den valgte autentiseringstypen er ikke støttet av tjeneren",
		// secure-connection-required nb_NO
		"vennligst endre epostinnstillingene og konfigurer en sikker tilkobling (hvis transport",
		// host-unresolved nb_NO
		"en vert kan ikke løses",
		// default-port-ssl-mail nb_NO
		"men ssl er aktivert. se igjennom hvis hensiktsmessig",
		// secure-port-nossl-mail nb_NO
		"men ssl er ikke aktivert. se igjennom hvis hensiktsmessig",
		// authorization-failed nl_NL
		"de mailserver weigert toegang",
		// privacy-required nl_NL
		"toegang tot de e-mailserver is niet toegestaan door het gebrek aan privacy",
		// auth-type-unsupported pl_PL
		"wybrany typ uwierzytelniania nie jest obsługiwany przez serwer",
		// secure-connection-required pl_PL
		"zmień ustawienia poczty i skonfiguruj bezpieczne połączenie (jeśli protokół",
		// authorization-failed pl_PL
		"serwer pocztowy odmawia dostępu",
		// privacy-required pl_PL
		"dostęp do serwera poczty jest niedozwolony z powodu braku prywatności",
		// secure-connection-required pt_BR
		"altere as configurações de e-mail e configure uma conexão segura (se o tls não estiver",
		// authorization-failed pt_BR
		"acesso negado ao servidor de e-mail",
		// privacy-required pt_BR
		"o acesso ao servidor de e-mail não é mais permitido devido a falta de privacidade",
		// no-secure-connection ro_RO
		"nu suportă accesul prin conexiune securizată",
		// auth-type-unsupported ro_RO
		"modul de autentificare selectat nu este suportat de serverul",
		// secure-connection-required ro_RO
		"modificați setările poștei electronice și configurați o conexiune securizată (dacă",
		// host-unresolved ro_RO
		"nu s-a putut determina gazda",
		// default-port-ssl-mail ro_RO
		"a fost specificat un port implicit pentru protocolul de mail",
		// secure-port-nossl-mail ro_RO
		"a fost specificat un port de siguranță pentru protocolul de mail",
		// default-port-ssl-transport ro_RO
		"a fost specificat un port implicit pentru protocolul de transport",
		// secure-port-nossl-transport ro_RO
		"a fost specificat un port de siguranță pentru protocolul de transport",
		// authorization-failed ro_RO
		"serverul de mail refuză accesul",
		// privacy-required ro_RO
		"accesul la serverul de mail nu este permis din lipsă de confidențialitate",
		// auth-type-unsupported ru_RU
		"выбранный тип аутентификации не поддерживается",
		// secure-connection-required ru_RU
		"измените почтовые параметры и настройте",
		// authorization-failed ru_RU
		"отказано в доступе к почтовому серверу",
		// privacy-required ru_RU
		"доступ к почтовому серверу запрещен вследствие",
		// no-secure-connection sk_SK
		"nepodporuje prístup pomocou zabezpečeného pripojenia",
		// auth-type-unsupported sk_SK
		"nepodporuje zvolený typ overovania",
		// secure-connection-required sk_SK
		"prosím, zmeňte nastavenia pošty a nastavte zabezpečené pripojenie. ak sa nepoužíva",
		// host-unresolved sk_SK
		"adresu hostiteľa nebolo možné preložiť",
		// default-port-ssl-mail sk_SK
		"bol určený predvolený port, ale protokol ssl je povolený. prosím, skontrolujte, či",
		// secure-port-nossl-mail sk_SK
		"bol určený zabezpečený port, ale protokol ssl nie je povolený. prosím, skontrolujte",
		// authorization-failed sk_SK
		"poštový server zamieta prístup",
		// privacy-required sk_SK
		"prístup k poštovému serveru nie je povolený z dôvodu nedostatku súkromia",
		// no-secure-connection sv_SE
		"har inte stöd för åtkomst över en säker anslutning",
		// auth-type-unsupported sv_SE
		"den valda autentiseringstypen stöds inte av servern",
		// secure-connection-required sv_SE
		"ändra e-postinställningar och anpassa en säker anslutning (om transport layer security",
		// host-unresolved sv_SE
		"en värd kunde inte lösas",
		// default-port-ssl-mail sv_SE
		"men ssl är aktiverat. dubbelkolla det här om det verkar behövas",
		// secure-port-nossl-mail sv_SE
		"men ssl är inte aktiverat. dubbelkolla det här om det verkar behövas",
		// authorization-failed sv_SE
		"e-postservern nekar åtkomst",
		// privacy-required sv_SE
		"åtkomst till e-postservern tillåts inte på grund av brist på integritet",
		// host-unresolved th_TH
		"โฮสต์ไม่สามารถแก้ไข",
		// no-secure-connection tr_TR
		"sunucusu güvenli bir bağlantıyla erişilmeyi desteklemiyor",
		// auth-type-unsupported tr_TR
		"sunucusu tarafından desteklenmiyor",
		// secure-connection-required tr_TR
		"lütfen e-posta ayarlarınızı değiştirip güvenli bir bağlantı yapılandırın",
		// host-unresolved tr_TR
		"ana bilgisayar çözümlenemedi",
		// default-port-ssl-mail tr_TR
		"e-posta protokolü için varsayılan port belirtildi ama ssl etkinleştirilmiş. lütfen",
		// secure-port-nossl-mail tr_TR
		"e-posta protokolü için varsayılan port belirtildi ama ssl devre dışı. lütfen uygun",
		// default-port-ssl-transport tr_TR
		"aktarım protokolü için varsayılan port belirtildi ama ssl etkinleştirilmiş. lütfen",
		// secure-port-nossl-transport tr_TR
		"aktarım protokolü için varsayılan port belirtildi ama ssl devre dışı. lütfen uygun",
		// host-invalid tr_TR
		"şeklindeki ana bilgisayar adı geçersiz",
		// host-not-allowed tr_TR
		"şeklindeki ana bilgisayar adına izin verilmiyor",
		// authorization-failed tr_TR
		"e-posta sunucusu erişimi reddetti",
		// privacy-required tr_TR
		"gizlilik eksikliği nedeniyle e-posta sunucusuna erişim izni verilmiyor",
		// authorization-failed zh_CN
		"不允许访问邮件服务器。",
		// privacy-required zh_CN
		"由于缺乏隐私，因此不批准访问邮件服务器。",
		// no-secure-connection zh_TW
		"伺服器不支援使用安全連線存取。",
		// auth-type-unsupported zh_TW
		"不支援所選的驗證類型",
		// secure-connection-required zh_TW
		"請修改郵件設定，建立安全連線（若並未開啟傳輸層安全性（tls），",
		// host-unresolved zh_TW
		"無法解析主機",
		// default-port-ssl-mail zh_TW
		"指定了預設連接埠，但啟用了 ssl。請檢查是否設定正確。",
		// secure-port-nossl-mail zh_TW
		"指定了安全連接埠，但未啟用 ssl。請檢查是否設定正確。",
		// default-port-ssl-transport zh_TW
		"指定了預設通訊埠，但啟用了 ssl。請確認設定是否正確。",
		// authorization-failed zh_TW
		"郵件伺服器拒絕存取。",
		// privacy-required zh_TW
		"由於缺少隱私，不允許您存取郵件伺服器。",
		// privacy-required el_GR
		"δεν επιτρέπεται λόγω έλλειψης απορρήτου",
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
		// quota-exceeded bg_BG
		"разрешената квота на пощенския сървър е превишена",
		// quota-exceeded-ext bg_BG
		"допуска се разрешената квота на пощенския сървър",
		// quota-exceeded ca_ES
		"s'ha excedit la quota permesa al servidor de correu",
		// quota-exceeded cs_CZ
		"kvóta na poštovním serveru byla překročena",
		// quota-exceeded-ext cs_CZ
		"kvóta na poštovním serveru",
		// storage-limit cs_CZ
		"byl překročen povolený limit pro ukládání dat v rámci vašeho účtu",
		// quota-exceeded da_DK
		"kvote på mail-server overskredet",
		// quota-exceeded-ext da_DK
		"kvote på mail-server",
		// storage-limit da_DK
		"den tilladte lagergrænse for din konto",
		// storage-limit de_DE
		"das zulässige speicherlimit für ihr konto",
		// quota-exceeded el_GR
		"έγινε υπέρβαση του επιτρεπόμενου ορίου στον",
		// storage-limit el_GR
		"έγινε υπέρβαση του επιτρεπόμενου ορίου",
		// quota-exceeded en_GB
		"the allowed quota on e-mail server exceeded",
		// quota-exceeded-ext en_GB
		"the allowed quota on e-mail server",
		// storage-limit es_ES
		"se excedió el límite de almacenamiento permitido para su cuenta",
		// quota-exceeded et_EE
		"e-posti serveri lubatud kvoot on ületatud",
		// storage-limit et_EE
		"lubatud salvestuspiirang on ületatud",
		// quota-exceeded fi_FI
		"kiintiö ylitetty postipalvelimella",
		// storage-limit fi_FI
		"sallittu enimmäiskoko on ylitetty",
		// storage-limit fr_FR and fr_CA (the same text)
		"vous avez dépassé le stockage maximal autorisé pour votre compte",
		// quota-exceeded hu_HU
		"az engedélyezett kvóta túllépve a levélkiszolgálón",
		// quota-exceeded-ext hu_HU
		"az engedélyezett kvóta túllépve a(z",
		// storage-limit hu_HU
		"a felhasználói fiók túllépte az engedélyezett",
		// storage-limit it_IT
		"il limite di archiviazione per il tuo account",
		// storage-limit ja_JP
		"のストレージ容量を超えました。",
		// quota-exceeded lv_LV
		"pārsniegta pasta servera kvota",
		// quota-exceeded-ext lv_LV
		"pārsniegta pasta servera",
		// storage-limit lv_LV
		"tika pārsniegts jūsu kontam atļautais krātuves ierobežojums",
		// quota-exceeded nb_NO
		"den tillatte kvoten på e-postserveren overskredet",
		// storage-limit nl_NL
		"de toegestane opslaglimiet van uw account",
		// storage-limit pl_PL
		"przekroczono limit miejsca w pamięci dla twojego konta",
		// storage-limit pt_BR
		"o limite de armazenamento permitido para sua conta",
		// quota-exceeded ro_RO
		"s-a depășit limita permisă pe serverul de mail",
		// storage-limit ro_RO
		"limita de stocare pentru contul dvs",
		// storage-limit ru_RU
		"пространство, выделенное для аккаунта",
		// quota-exceeded sk_SK
		"kvóta na poštovom serveri bola prekročená",
		// quota-exceeded-ext sk_SK
		"kvóta na poštovom serveri",
		// storage-limit sk_SK
		"bol prekročený limit povolený ukladacieho priestoru konta",
		// quota-exceeded sv_SE
		"kvoten på e-postservern har överskridits",
		// quota-exceeded-ext sv_SE
		"kvoten på e-postservern",
		// storage-limit sv_SE
		"den tillåtna lagringsgränsen för ditt konto",
		// quota-exceeded tr_TR
		"e-posta sunucusunda izin verilen kota aşıldı",
		// storage-limit tr_TR
		"hesabınızın izin verilen depolama sınırı aşıldı",
		// storage-limit zh_CN
		"的允许存储限制。",
		// quota-exceeded zh_TW
		"郵件伺服器上的用量超出配額限制。",
		// quota-exceeded-ext zh_TW
		"上的用量超出配額限制。",
		// storage-limit zh_TW
		"可用的儲存空間。",
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
		// send-failed bg_BG
		"съобщението не можа да бъде изпратено до",
		// send-failed ca_ES
		"no s'ha pogut enviar el missatge als següents destinataris",
		// send-failed cs_CZ
		"zprávu se nepodařilo odeslat následujícím adresátům",
		// send-failed da_DK
		"besked kunne ikke sendes til følgende modtagere",
		// send-failed el_GR
		"δεν ήταν δυνατή η αποστολή του μηνύματος στους",
		// send-failed et_EE
		"ebaõnnestus sõnumi saatmine järgnevatele adressaatidele",
		// send-failed fi_FI
		"viestiä ei voitu lähettää seuraaville vastaanottajille",
		// send-failed hu_HU
		"az üzenet nem küldhető el a következő címzetteknek",
		// send-failed lv_LV
		"ziņojumu nevar nosūtīt sekojošiem saņēmējiem",
		// send-failed nb_NO
		"meldingen kunne ikke sendes til følgende mottakere",
		// send-failed ro_RO
		"mesajul nu a putut fi trimis către următorii destinatari",
		// send-failed sk_SK
		"správu nebolo možné odoslať nasledovným príjemcom",
		// send-failed sv_SE
		"meddelandet kunde inte skickas till följande mottagare",
		// send-failed tr_TR
		"ileti şu alıcılara gönderilemedi",
		// send-failed zh_TW
		"無法將郵件發送到以下收件人",
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
		// message-too-large bg_BG
		"съобщението не можа да бъде изпратено, защото е",
		// message-too-large ca_ES
		"no se'ha pogut enviar el missatge perquè és massa gran",
		// message-too-large cs_CZ
		"zprávu nešlo odeslat, protože je příliš velká",
		// message-rejected cs_CZ
		"zprávu nešlo odeslat, protože byla odmítnuta",
		// message-too-large da_DK
		"besked kunne ikke sendes, fordi den er for stor",
		// message-rejected da_DK
		"beskeden kunne ikke sendes da den blev afvist",
		// message-rejected de_DE
		"die nachricht konnte nicht gesendet werden, da sie abgelehnt wurde",
		// message-rejected el_GR
		"δεν ήταν δυνατή η αποστολή του μηνύματος, επειδή",
		// message-rejected es_ES
		"no se pudo enviar el mensaje porque ha sido rechazado",
		// message-too-large et_EE
		"sõnumi saatmine ebaõnnestus, sest see on liiga suur",
		// message-rejected et_EE
		"sõnumit ei saanud saata, sest see on tagasi lükatud",
		// message-too-large fi_FI
		"viestiä ei voitu lähettää, koska se on liian iso",
		// message-rejected fi_FI
		"viestiä ei voitu lähettää, koska se on hylätty",
		// message-rejected fr_FR and fr_CA (the same text)
		"le courriel n'a pas pu être envoyé car il a été rejeté",
		// message-too-large hu_HU
		"az üzenet nem küldhető el, mert túl nagy",
		// message-rejected hu_HU
		"az üzenetet nem lehetett elküldeni, mert azt elutasították",
		// message-rejected it_IT
		"impossibile inviare il messaggio poiché è stato rifiutato",
		// message-rejected ja_JP
		"メッセージが拒否されたため、送信できませんでした。",
		// message-too-large lv_LV
		"ziņojumu nevar nosūtīt jo tas ir pārāk liels",
		// message-rejected lv_LV
		"paziņojumu nevar nosūtīt, jo tas ir atteikts",
		// message-too-large nb_NO
		"meldingen kunne ikke sendes fordi den er for stor",
		// message-rejected nl_NL
		"kan het bericht niet versturen omdat het is geweigerd",
		// message-rejected pl_PL
		"nie udało się wysłać wiadomości. została odrzucona",
		// message-rejected pt_BR
		"a mensagem não pode ser enviada porque foi rejeitada",
		// message-too-large ro_RO
		"mesajul nu a putut fi trimis pentru că este prea lung",
		// message-rejected ro_RO
		"imposibil de trimis mesajul, deoarece a fost respins",
		// message-rejected ru_RU
		"сообщение не может быть отправлено, потому что",
		// message-too-large sk_SK
		"správu nebolo možné odoslať, pretože je príliš veľká",
		// message-rejected sk_SK
		"správu nebolo možné odoslať, pretože bola odmietnutá",
		// message-too-large sv_SE
		"meddelandet kunde inte skickas eftersom det är för stort",
		// message-rejected sv_SE
		"meddelandet kunde inte skickas eftersom det avslogs",
		// message-too-large tr_TR
		"ileti çok büyük olduğu için gönderilemedi",
		// message-rejected tr_TR
		"ileti reddedildiği için gönderilemedi",
		// message-rejected zh_CN
		"因为消息已被拒绝，所以无法发送。",
		// message-too-large zh_TW
		"無法發送郵件，因為郵件太大。",
		// message-rejected zh_TW
		"訊息被拒絕，無法傳送。",
	),
		doc: "Open-Xchange says the message was refused (too large, or rejected by the outgoing server)"},
	// host-invalid and host-not-allowed (MailAccountExceptionStrings, INVALID_HOST_NAME and the
	// deployment's host blacklist): the host name sits between the fixed words, so the
	// sentence's head and its tail must both occur (ru_RU has a phrase of its own above).
	{id: "l10n_openxchange_host_name", class: ClassConfig, anyOf: p(
		"the given host name", "der angegebene hostname", "der angegebene host-name", "el nombre de servidor suministrado", // en, de_DE, es_ES
		"le nom d'hôte", "il nome host specificato", "入力したホスト名", "de opgegeven servernaam", // fr_FR, it_IT, ja_JP, nl_NL
		"podana nazwa hosta", "o nome da máquina fornecido", "指定的主机名称", // pl_PL, pt_BR, zh_CN
		// host-invalid bg_BG
		"даденото име на хост",
		// host-invalid ca_ES
		"el nom de servidor subministrat",
		// host-invalid cs_CZ
		"jméno hostitele",
		// host-invalid el_GR
		"το συγκεκριμένο όνομα κεντρικού υπολογιστή",
		// host-invalid et_EE
		"esitatud hosti nimi",
		// host-invalid fi_FI
		"annettu nimi",
		// host-not-allowed fi_FI
		"ei ole sallittu",
		// host-invalid hu_HU
		"gépnév érvénytelen",
		// host-not-allowed hu_HU
		"gépnév nem engedélyezett",
		// host-invalid lv_LV
		"norādītais resursa vārds",
		// host-invalid nb_NO
		"det oppgitte vertsnavnet",
		// host-invalid ro_RO
		"specificat este incorect",
		// host-not-allowed ro_RO
		"specificat nu este permis",
		// host-invalid sk_SK
		"zadaný názov hostiteľa",
		// host-invalid sv_SE
		"det givna värdnamnet",
		// host-invalid zh_TW
		"指定的主機名稱",
	),
		alsoAny: p(
			// host-invalid bg_BG
			"е невалидно",
			// host-not-allowed bg_BG
			"не е разрешено",
			// host-invalid ca_ES
			"no és vàlid",
			// host-not-allowed ca_ES
			"no està permès",
			// host-invalid cs_CZ
			"je neplatné",
			// host-not-allowed cs_CZ
			"není povolené",
			// host-invalid el_GR
			"δεν είναι έγκυρο",
			// host-not-allowed el_GR
			"δεν επιτρέπεται",
			// host-invalid et_EE
			"on kehtetu",
			// host-not-allowed et_EE
			"ei ole lubatud",
			// host-invalid fi_FI
			"on epäkelpo",
			// host-not-allowed fi_FI
			"annettu nimi",
			// host-invalid hu_HU
			"a megadott",
			// host-invalid lv_LV
			"ir nepareizs",
			// host-not-allowed lv_LV
			"nav atļauts",
			// host-invalid nb_NO
			"er ugyldig",
			// host-not-allowed nb_NO
			"er ikke tillatt",
			// host-invalid ro_RO
			"numele de gazdă",
			// host-invalid sk_SK
			"je neplatný",
			// host-not-allowed sk_SK
			"nie je povolený",
			// host-invalid sv_SE
			"är ogiltigt",
			// host-not-allowed sv_SE
			"är inte tillåtet",
			// host-invalid zh_TW
			"無效。",
			// host-not-allowed zh_TW
			"不被允許。",
			"is invalid", "is not allowed", "ist ungültig", "ist nicht zulässig", "no es válido", "no está permitido",
			"indiqué est invalide", "indiqué n'est pas autorisé", "non è valido", "non è consentito", "は無効です", "は許可されていません",
			"is ongeldig", "is niet toegestaan", "jest nieprawidłowa", "jest niedozwolona", "é inválido", "não é permitido", "无效", "不允许"),
		doc: "Open-Xchange says the mail account's host name is invalid or not allowed (MailAccountExceptionStrings)"},
	// validate-failed-mail and validate-failed-transport (VALIDATE_FAILED_MAIL/_TRANSPORT,
	// CATEGORY_WARNING): the account check could not connect; the host and login sit
	// between the fixed words. en, de_DE, es_ES, zh_CN (the other languages' texts were
	// already classified as labelled).
	{id: "l10n_openxchange_account_check", class: ClassTransient, anyOf: p(
		"please review your settings", "bitte prüfen sie ihre einstellungen", "por favor, revise sus ajustes", "por favor, revise su configuración", "请检查您的设置",
		// validate-failed-mail bg_BG
		"не можа да се свърже с пощенския сървър",
		// validate-failed-transport bg_BG
		"не можа да се свърже с транспортния сървър",
		// validate-failed-mail cs_CZ
		"se nepodařilo připojit k poštovnímu serveru",
		// validate-failed-transport cs_CZ
		"se nepodařilo připojit k přenosovému serveru",
		// validate-failed-mail da_DK
		"kunne ikke forbinde til e-mail server",
		// validate-failed-transport da_DK
		"kunne ikke forbinde til transportserver",
		// validate-failed-mail el_GR
		"δεν ήταν δυνατή η σύνδεση στον διακομιστή email",
		// validate-failed-transport el_GR
		"δεν ήταν δυνατή η σύνδεση στον διακομιστή μεταφοράς",
		// validate-failed-mail lv_LV
		"nevar pieslēgties pasta serverim",
		// validate-failed-transport lv_LV
		"nevar pieslēgties transporta serverim",
		// validate-failed-transport nb_NO
		"kunne ikke koble til transportserver",
		// validate-failed-mail ro_RO
		"este imposibilă. verificați setările",
		// validate-failed-mail sv_SE
		"kunde inte ansluta till e-postservern",
		// validate-failed-transport sv_SE
		"kunde inte ansluta till transportservern",
	),
		alsoAny: p(
			// validate-failed-mail en_GB
			"could not connect to e-mail server",
			// validate-failed-mail bg_BG
			"моля, прегледайте настройките си",
			// validate-failed-mail cs_CZ
			"zkontrolujte, prosím, své nastavení",
			// validate-failed-mail da_DK
			"gennemse venligst dine indstillinger",
			// validate-failed-mail el_GR
			"παρακαλώ ελέγξτε τις ρυθμίσεις σας",
			// validate-failed-mail lv_LV
			"lūdzu pārbaudiet iestatījumus",
			// validate-failed-transport nb_NO
			"vennligst se gjennom innstillingene",
			// validate-failed-mail ro_RO
			"conectarea la serverul de mail",
			// validate-failed-transport ro_RO
			"conectarea la serverul de transport",
			// validate-failed-mail sv_SE
			"kontrollera dina inställningar",
			"could not connect to mail server", "could not connect to transport server", "die verbindung zum mailserver", "die verbindung zum transport-server",
			"no se pudo conectar con el servidor de correo", "no se pudo conectar con el servidor de transporte", "户口连上"),
		doc: "Open-Xchange's account check could not connect to the mail or transport server (a warning, whatever the cause; not a credential verdict)"},
	// store-closed-ext de_DE, fr_FR, pl_PL and zh_CN (STORE_CLOSED_EXT, MSG-1014), and the
	// same message in the newer wording (... Please try again later.) where the words on
	// either side alone are too common: the server name sits between the fixed words.
	{id: "l10n_openxchange_connection_lost", class: ClassTransient, anyOf: p("die verbindung zum mailserver", "la connexion avec le serveur de courrier", "połączenie z serwerem poczty", "关闭到邮件服务器",
		// cs_CZ, sk_SK, hu_HU (STORE_CLOSED_EXT); da_DK, fi_FI, lv_LV, pt_BR, hu_HU (the newer wording)
		"spojení s poštovním serverem", "spojenie s poštovým serverom", "a kapcsolat lezárva a(z", "forbindelse til postserveren", "yhteys postipalvelimeen", "pieslēgums pasta serverim", "a conexão com o servidor de e-mail", "a kapcsolat lezáródott a(z"),
		alsoAny: p("ist abgebrochen", "a été perdue", "zostało zamknięte", "的连接",
			"bylo zrušeno", "bolo stratené", "levélkiszolgálóhoz", "lukket. prøv venligst igen senere", "suljettiin. yritä myöhemmin uudelleen", "ir pārtraukts. mēģiniet vēlreiz vēlāk", "foi fechada. tente novamente mais tarde", "levélkiszolgálóval. próbálja meg később"),
		doc: "Open-Xchange says the connection to the named mail server was lost (MSG-1014)"},
}
