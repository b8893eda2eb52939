package classify

// Two groupware products' own sentences about a mailbox login, in every
// language they ship.
//
//   - grommunio Web: grommunio/grommunio-web at commit 353ea1ae,
//     server/language/<locale>.UTF-8/LC_MESSAGES/grommunio_web.po (fuzzy and
//     empty entries are not used by gettext and are not taken). Where the
//     code raises each key:
//       - "Logon failed. Please verify your credentials and try again.":
//         server/includes/core/class.webappauthentication.php
//         getErrorMessage(), for MAPI_E_LOGON_FAILED, ecUnknownUser and
//         MAPI_E_UNCONFIGURED: Gromox refused the mailbox's credentials (auth);
//       - "Cannot connect to Gromox.": the same function, MAPI_E_NETWORK_ERROR
//         (transient);
//       - "Login did not work due to a duplicate session. ...": the same
//         function, MAPI_E_INVALID_WORKSTATION_ACCOUNT, already cleared by the
//         code, so logging in again works (transient, a look-alike);
//       - "The session has expired, reauthentication is required.":
//         client/zarafa/Zarafa.js onConnectionParalyze(),
//         ParalyzeReason.SESSION_EXPIRED: the product's own browser session
//         (unknown, a look-alike);
//       - "Unauthorized. Wrong username or password.": the files plugin's
//         backends (plugins/files/php/Files/Backend/Webdav/class.backend.php,
//         plugins/filesbackendDefault, plugins/filesbackendSeafile) for a 401
//         or CURLE_BAD_PASSWORD_ENTERED from the file server (unknown, a
//         look-alike);
//       - "Your password is wrong or you have insufficient permission to
//         change password": plugins/passwd/php/class.passwdmodule.php, the
//         password change form (unknown, a look-alike).
//   - Group-Office: Intermesh/groupoffice at commit 63bb0bc3,
//     www/modules/email/language/<lang>.php:
//       - "Authentication failed for user \"%username\"." followed by
//         "Please enter try with a different IMAP password.":
//         www/modules/email/AccountsTree.js _handleFailedIMAPConnections(),
//         for an account whose IMAP login threw
//         ImapAuthenticationFailedException (www/go/base/mail/Imap.php),
//         with a password field (auth);
//       - "Your token has possibly expired. A new window will be opened in
//         which you can renew your token.": www/modules/email/EmailClient.js,
//         when loading the messages fails with feedback naming OAuth2; it
//         opens oauth2client's authenticate page (revoked).
//
// Each phrase is the fixed text of one published translation, lower-cased,
// without its closing full stop and without the user name that the code
// puts in. Only the translations that an other rule misread have a phrase;
// the comment above each list names their locales. The other locales'
// texts already classified as labelled. testdata/catalogs/client_l10n_groupware2.jsonl
// holds every translation taken.

// groupware2EarlyRules come right after webframeworksEarlyRules, before
// msCodeRules and apiRules: "insufficient permission" of api_wrong_audience,
// and the generic login words of languageRules, textRules and the l10n word
// rules would read the look-alikes as a refused mailbox login or a platform
// fault, and l10nEarlyRules would read zh-TW's refused logon as a
// certificate. grommunio Web shows these sentences alone, never around a server's
// reply.
var groupware2EarlyRules = []rule{
	{id: "l10n_groupware2_logon_failed_early", class: ClassAuth, anyOf: p(
		// zh_TW: "憑證" is the word for credentials here, and
		// l10n_words_certificate of l10nEarlyRules reads it as a certificate
		"登入失敗。請驗證您的憑證並重試",
	),
		doc: "grommunio Web's MAPI logon to the Gromox mailbox was refused (MAPI_E_LOGON_FAILED), in Traditional Chinese, whose word for the credentials is also the word for a certificate"},
	{id: "l10n_groupware2_session_expired", class: ClassUnknown, anyOf: p(
		// en, fa_IR, fi_FI, ja_JP, ko_KR, nl_NL
		"جلسه منقضی شده است، احراز هویت مجدد لازم است",
		"istunto on vanhentunut, uudelleenautentikointi on pakollinen",
		"セッションが切れました。再認証が必要です",
		"세션이 만료되었으므로 재인증이 필요합니다",
		"de sessie is verlopen, u moet opnieuw aanmelden",
		"the session has expired, reauthentication is required",
	),
		doc: "grommunio Web's own browser session expired (Zarafa.js, ParalyzeReason.SESSION_EXPIRED): it reads like a mailbox asking to sign in again but the mailbox's credentials were not refused"},
	{id: "l10n_groupware2_files_unauthorized", class: ClassUnknown, anyOf: p(
		// ca_ES, cs_CZ, da_DK, de_CH, de_DE, el_GR, en, es_ES, et_EE, fi_FI, fr_CA, fr_FR, he_IL, hr_HR, is_IS, it_IT, ja_JP, ko_KR, nb_NO, nl_NL, pl_PL, pt_BR, pt_PT, ru_RU, sl_SI, sv_SE, tr_TR, uk_UA, zh_CN, zh_TW
		"no autoritzat. nom d'usuari o contrasenya incorrectes",
		"neoprávněné. špatné uživatelské jméno nebo heslo",
		"uautoriseret. forkert brugernavn eller adgangskode",
		"nicht angemeldet. benutzername oder passwort falsch",
		"μη εξουσιοδοτημένο. λάθος όνομα χρήστη ή κωδικός πρόσβασης",
		"no autorizado. nombre de usuario o contraseña incorrectos",
		"ligipääs puudub. vale kasutajanimi või salasõna",
		"luvaton. väärä käyttäjätunnus tai salasana",
		"non autorisé. mauvais nom d'utilisateur ou mot de passe",
		"לא מורשה. שם משתמש או סיסמה שגויים",
		"neovlašteno. pogrešno korisničko ime ili lozinka",
		"aðgangur óheimill. rangt notandanafn eða lykilorð",
		"non autorizzato. nome utente o password non validi",
		"認証に失敗しました.ユーザ名かパスワードが違います",
		"승인되지 않음. 사용자 아이디 또는 비밀번호가 잘못되었습니다",
		"ikke autentisert. feil brukernavn eller passord",
		"niet geauthoriseerd. onjuiste gebruikersnaam of wachtwoord",
		"nieautoryzowany. nieprawidłowa nazwa użytkownika lub hasło",
		"não autorizado. usuário ou senha errada",
		"não autorizado. utilizador ou palavra-passe errada",
		"доступ запрещен. неверное имя пользователя или пароль",
		"nepooblaščeno. napačno uporabniško ime ali geslo",
		"obehörig. fel användarnamn eller lösenord",
		"yetkisiz. yanlış kullanıcı adı veya şifre",
		"несанкціонований доступ. неправильне ім'я користувача або пароль",
		"未授权。用户名或密码错误",
		"未經授權。錯誤的使用者名稱或密碼",
		"unauthorized. wrong username or password",
	),
		doc: "grommunio Web's files plugin was refused by the file server (WebDAV or Seafile backend, HTTP 401 or CURLE_BAD_PASSWORD_ENTERED): a file storage account, no mailbox"},
	{id: "l10n_groupware2_passwd_wrong", class: ClassUnknown, anyOf: p(
		// ar_DZ, ar_SA, ca_ES, de_CH, de_DE, en, he_IL, is_IS, ja_JP, ko_KR, nb_NO, nl_NL, pt_BR, sv_SE, tr_TR, zh_TW
		"كلمة مرورك غير صحيحة أو لا تملك الأذونات الكافية لتغيير كلمة المرور",
		"la teva contrasenya és incorrecta o no tens permisos suficients per canviar la contrasenya",
		"das passwort ist falsch oder sie haben keine berechtigung, passwörter zu ändern",
		"הסיסמה שלך שגויה או שאין לך הרשאה מספקת לשנות את הסיסמה",
		"notandanafn þitt er rangt eða þú hefur ekki nægilega heimild til að breyta lykilorði",
		"パスワードが間違っているか、パスワードの変更権限が不足しています",
		"비밀번호가 잘못되었거나 비밀번호를 변경할 수 있는 권한이 부족합니다",
		"passordet ditt er feil, eller du har ikke tilstrekkelig tillatelse til å endre passord",
		"uw wachtwoord is verkeerd of u hebt onvoldoende toestemming om uw wachtwoord te wijzigen",
		"sua senha está incorreta ou você não tem permissão suficiente para alterar a senha",
		"ditt lösenord är fel eller så har du otillräcklig behörighet att byta lösenord",
		"şifreniz yanlış veya şifre değiştirmek için yeterli izniniz yok",
		"您的密碼不正確，或您沒有足夠的權限來變更密碼",
		"your password is wrong or you have insufficient permission to change password",
	),
		doc: "grommunio Web's passwd plugin could not change the password (the current password entered was wrong or the user may not change it): a form in the product, no failed mailbox connection"},
	{id: "l10n_groupware2_duplicate_session", class: ClassTransient, anyOf: p(
		// ar_DZ, ar_SA, ca_ES, de_CH, de_DE, en, et_EE, fa_IR, he_IL, hr_HR, is_IS, it_IT, ko_KR, nb_NO, nl_NL, pl_PL, pt_BR, pt_PT, sv_SE, tr_TR, uk_UA, zh_CN, zh_TW
		"لم يتم تسجيل الدخول بسبب وجود جلسة عمل مكررة. تم حل المشكلة تلقائيًا، يرجى تسجيل الدخول مرة أخرى",
		"l'inici de sessió no ha funcionat a causa d'una sessió duplicada. el problema s'ha resolt automàticament, si us plau, inicieu la sessió de nou",
		"die anmeldung ist aufgrund einer bereits bestehenden sitzung fehlgeschlagen. das problem wurde automatisch behoben, bitte erneut anmelden",
		"sisselogimine ei toiminud dubleeritud seansi tõttu. probleem lahendati automaatselt, palun logige uuesti sisse",
		"ورود به دلیل وجود یک جلسه تکراری انجام نشد. مشکل به‌طور خودکار حل شد، لطفاً دوباره وارد شوید",
		"הכניסה לא הצליחה עקב כפילויות בפעילות. הבעיה נפתרה באופן אוטומטי, אנא התחבר שוב",
		"prijava nije uspjela zbog duplirane sesije. problem je automatski riješen, molimo prijavite se ponovno",
		"innskráning mistókst vegna tvöfaldrar setu. þessi villa var sjálfvirkt löguð, vinsamlegast reyndu að skrá þig inn aftur",
		"l'accesso non ha funzionato a causa di una sessione duplicata. il problema è stato risolto automaticamente, effettua nuovamente l'accesso",
		"중복 세션으로 인해 로그인할 수 없습니다. 문제가 자동으로 해결되었으니 다시 로그인하세요",
		"på grunn av en allerede eksisterende pålogging, så var det ikke muli8g å logge inn. dette har blitt løst automatisk, forsøk å logge inn igjen",
		"inloggen is niet gelukt vanwege een dubbele sessie. de issue is automatisch opgelost, graag opnieuw inloggen",
		"logowanie nie działało z powodu podwójnej sesji. problem został automatycznie rozwiązany, proszę się ponownie zalogować",
		"o login não funcionou devido a uma sessão duplicada. o problema foi resolvido automaticamente. faça login novamente",
		"falhou o início de sessão devido a uma sessão duplicada. a situação foi resolvida automaticamente, por favor inicie sessão novamente",
		"inloggningen fungerade inte på grund av en dubblettsession. problemet löstes automatiskt, logga in igen",
		"yinelenen bir oturum nedeniyle giriş çalışmadı. sorun otomatik olarak çözüldü, lütfen tekrar giriş yapın",
		"не вдалося увійти через дублювання сесії. проблема була автоматично вирішена, будь ласка, увійдіть ще раз",
		"由于会话重复，登录功能无法正常运行。该问题已自动解决，请重新登录",
		"由於會話重複，登入失敗。此問題已自動解決，請重新登入",
		"login did not work due to a duplicate session. the issue was automatically resolved, please log in again",
	),
		doc: "grommunio Web's logon ended in MAPI_E_INVALID_WORKSTATION_ACCOUNT, a duplicate session the code has already cleared: logging in again works, a passing failure"},
}

// groupware2Rules come right after phpmailerRules: they name the failure in
// the product's own sentence, and the generic words of languageAuthRules,
// the l10n word rules and l10n_words_connection (es-ES "Error de conexión")
// would decide otherwise.
var groupware2Rules = []rule{
	{id: "l10n_groupware2_logon_failed", class: ClassAuth, anyOf: p(
		// el_GR, es_ES, fr_CA, fr_FR, ko_KR, ru_RU (zh_TW in l10n_groupware2_logon_failed_early)
		"η σύνδεση απέτυχε. παρακαλούμε επαληθεύστε τα διαπιστευτήριά σας και προσπαθήστε ξανά",
		"error de conexión. por favor, verifique sus credenciales e inténtelo de nuevo",
		"échec de l'ouverture de session. veuillez vérifier vos informations d'identification et réessayer à nouveau",
		"로그온하지 못했습니다. 자격 증명을 확인한 후 다시 시도하세요",
		"вход в систему не удался. пожалуйста, проверьте свои учетные данные и повторите попытку",
	),
		doc: "grommunio Web's MAPI logon to the Gromox mailbox was refused (MAPI_E_LOGON_FAILED, ecUnknownUser, MAPI_E_UNCONFIGURED): the mailbox's username or password"},
	{id: "l10n_groupware2_cannot_connect", class: ClassTransient, anyOf: p(
		// ca_ES, cs_CZ, de_CH, de_DE, el_GR, en, fa_IR, fr_CA, fr_FR, he_IL, hr_HR, hu_HU, it_IT, ja_JP, ko_KR, nb_NO, nl_NL, pl_PL, pt_BR, pt_PT, sv_SE
		"no es pot connectar a gromox",
		"nelze se připojit ke službě gromox",
		"konnte keine verbindung zum grommunio-server aufbauen",
		"δεν μπορεί να συνδεθεί στο gromox",
		"نمی توان به gromox متصل شد",
		"ne peut pas se connecter à gromox",
		"לא ניתן להתחבר ל-gromox",
		"ne mogu se spojiti na gromox",
		"nem sikerült csatlakozni a grommunio szerverhez",
		"impossibile connettersi con il server",
		"gromoxに接続できない",
		"gromox에 연결할 수 없습니다",
		"kunne ikke koble til gromox",
		"kan niet verbinden met gromox",
		"nie może się połączyć z gromox",
		"não é possível conectar-se ao gromox",
		"não é possível ligar ao gromox",
		"kan inte ansluta till gromox",
		"cannot connect to gromox",
	),
		doc: "grommunio Web could not reach the Gromox mailbox server (MAPI_E_NETWORK_ERROR)"},
	{id: "l10n_groupware2_imap_login_refused", class: ClassAuth, anyOf: p(
		// bg, bn_bd, cs, de, en, es, fr, hr, hu, id, it, ja, lt, mn, nb, nl, pl, pt_br, pt_pt, ro, sl, sv, th
		"моля въведете различна imap парола",
		"নামের ব্যবহারকারির জন্য যাচাইকরণ ব্যর্থ",
		"ভিন্ন একটি imap কূটশব্দ প্রদান করে পূনঃরায় চেষ্টা করুন",
		"nepovedlo se přihlasit uživatele",
		"prosím zkuste vložit jiné imap heslo",
		"authentifikation für den nutzer",
		"versuchen sie ein alternatives imap-kennwort einzugeben",
		"por favor, inténtelo con una contraseña imap diferente",
		"veuillez entrer un mot de passe imap différent",
		"provjera autentičnosti nije uspjela za korisnika",
		"pokušajte ponovno sam drugom imap lozinkom",
		"kérjük, próbálkozzon egy másik imap-jelszóval",
		"masukkan percobaan dengan kata sandi imap yang berbeda",
		"prova a digitare una password imap diversa",
		"別の imap パスワードで試してください",
		"autentifikavimas nepavyko vartotojo",
		"bandykite su kitu imap slaptažodžiu",
		"өөр imap нууц үгээ оруулна уу",
		"autensitering feilet for bruker",
		"forsøk et annet imap passord",
		"authententicatie mislukt voor gebruiker",
		"probeert u het a.u.b. met een andere imap wachtwoord",
		"autentyfikacja nie przebiegła pomyślnie dla",
		"proszę spróbować z innym hasłem imap",
		"tente com outra senha para o servidor imap",
		"tente com outra palavra-passe para o servidor imap",
		"încercați cu o altă parolă imap",
		"vnesite poskusite z drugim geslom imap",
		"vänligen ange ett annat imap-lösenord",
		"การพิสูจน์สิทธิ์ล้มเหลวสำหรับผู้ใช้",
		"กรุณากรอกรหัสผ่านที่มีความแตกต่างรหัสผ่านของ imap",
		"please enter try with a different imap password",
	),
		doc: "Group-Office's email module says the IMAP server refused the account's password (ImapAuthenticationFailedException) and asks for another IMAP password"},
	{id: "l10n_groupware2_oauth2_token_expired", class: ClassRevoked, anyOf: p(
		// cs, de, en, es, ja, lt, nl, pl, sl
		"váš token je asi neplatný. v nově otevřeném okně můžete váš token obnovit",
		"ihr token ist möglicherweise abgelaufen. es wird ein neues fenster geöffnet, in dem sie ihren token erneuern können",
		"es posible que tu token haya caducado. se abrirá una nueva ventana en la que podrá renovar su token",
		"トークンの有効期限が切れている可能性があります。トークンを更新すると新しい期間が設定されます",
		"jūsų žetonas galbūt pasibaigė. bus atidarytas naujas langas, kuriame galėsite atnaujinti savo žetoną",
		"um token is mogelijk verlopen. er wordt een nieuw venster geopend waarbinnen u uw token kunt vernieuwen",
		"sesja prawdobodobnie wygasła. zostanie otwarte nowe okno",
		"vaš žeton je morda potekel. odprto bo novo okno, v katerem lahko obnovite svoj žeton",
		"your token has possibly expired. a new window will be opened in which you can renew your token",
	),
		doc: "Group-Office's email module says the account's OAuth2 token has possibly expired and opens a window to renew it: the owner must authorize the mailbox again"},
}
