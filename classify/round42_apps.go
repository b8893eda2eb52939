package classify

// Round 42's mailbox providers' own apps (testdata/heldout/round42.jsonl, rows
// h42c-proton- and h42c-infomaniak-): the account-state and sending messages
// of Proton Mail's and Infomaniak Mail's apps, each in every locale the app
// ships, with their sibling messages in the same strings files. Phrases are
// the fixed text of the string, lower-cased, without placeholders; a text of
// several sentences is held by its first (the rest is the generic "please
// check your connection", "please read FAQ").
//
// Sources, fetched whole:
//   - ProtonMail/proton-mail-android 215edbf4 (the legacy Android app, 28
//     locales): app/src/main/res/values*/strings.xml logged_out_description
//     ("You have been signed out. Please sign in again.": the app's session
//     ended, revoked; hr and is-rIS ship the English) and delinquency_subtitle
//     ("Access to this account is disabled due to non-payment. Please sign in
//     through proton.me ...": Proton disabled the account, blocked);
//   - ProtonMail/android-mail 5a0210ff (the current Android app, 30 locales):
//     mail-mailbox/presentation/src/main/res/values*/strings.xml
//     mailbox_error_message_user_session ("Unable to load session. Please
//     check your connection and try again.": transient; b+es+419 ships a VPN
//     app's sentence there and is left out), and
//     mail-composer/presentation/src/main/res/values*/strings.xml
//     composer_error_send_draft_invalid_sender ("Disabled or invalid email
//     address. Check that the address is valid and active.") with its sibling
//     composer_error_store_draft_address_disabled ("Unable to save draft -
//     This sender address is disabled"): the chosen sender address, config;
//   - Infomaniak/ios-kMail e336d2bc (13 locales),
//     MailResources/Localizable/*.lproj/Localizable.strings, the same keys
//     and texts in Infomaniak/android-kMail 0f061b7f
//     app/src/main/res/values*/strings.xml: errorInvalidCredentials ("Invalid
//     email or password", auth); errorMailboxLocked ("This mailbox is
//     locked"), lockedMailboxBottomSheetDescription ("Access to your mailbox
//     is currently blocked.") and lockedMailboxViewTitle ("Some of your
//     mailboxes are blocked"): Infomaniak blocked the mailbox, blocked (the
//     French lockedMailboxBottomSheetDescription is left to
//     lang_account_blocked, which reads it so already);
//     snackbarAdminDisabledMessageSending ("An administrator has disabled
//     message sending") and snackbarAdminDisabledEmailSendingFromAddress ("An
//     administrator has disabled email sending from this address"): admin;
//     errorSendLimitExceeded ("Sending limit reached"): rate_limited.

// round42AppsEarlyRules come before languageRules: the Brazilian signed-out
// sentence asks for the password ("digite sua senha"), which the localized
// password-prompt rules read as auth; the non-payment sentences ask to sign
// in; the session and sender sentences name a session and a disabled address;
// Infomaniak's "this mailbox is locked" is read as a server's transient
// mailbox lock (the lock held by another session is left to it by noneOf),
// "mailboxes are blocked" as a rejected message, and its administrator's
// sentence as the provider's sending block.
var round42AppsEarlyRules = []rule{
	{id: "apps_proton_signed_out", class: ClassRevoked, anyOf: p(
		"you have been signed out. please sign in again",
		"sesión cerrada. inicie sesión nuevamente",
		"вы выйшлі з сістэмы. увайдзіце яшчэ раз",
		"heu tancat la sessió. torneu a iniciar la sessió",
		"byli jste odhlášeni. přihlaste se prosím znovu",
		"du er blevet logget ud. log ind igen",
		"du wurdest abgemeldet. bitte erneut anmelden",
		"έχετε αποσυνδεθεί. παρακαλούμε συνδεθείτε ξανά",
		"has sido desconectado. inicia sesión nuevamente",
		"vous êtes déconnecté, connectez-vous à nouveau",
		"kijelentkezett. kérjük, jelentkezzen be újra",
		"anda telah keluar dari layanan. silakan masuk kembali",
		"sei stato disconnesso. effettua nuovamente l'accesso",
		"サインアウトされています。もう一度サインインしてください",
		"გამოხვედით. შედით თავიდან",
		"tuffɣeḍ. ma ulac aɣilif, qqen tikelt-nniḍen",
		"u bent uitgelogd. log opnieuw in",
		"zostałeś wylogowany. zaloguj się ponownie",
		"a sua sessão foi terminada. inicie sessão novamente",
		"a sua sessão foi encerrada. digite sua senha de acesso para iniciar sessão novamente",
		"ați fost deconectat. vă rugăm reautentificați-vă",
		"вы вышли из системы. пожалуйста, войдите заново",
		"du har blivit utloggad. logga in igen",
		"oturumunuzu kapattınız. lütfen yeniden oturum açın",
		"ви вийшли з системи. будь ласка, увійдіть знову",
		"您已退出账户，请重新登录",
		"您已登出。請再次登入",
	), doc: "Proton Mail's Android app: the app was signed out and asks to sign in again (logged_out_description, every locale): the session is gone, reconnect"},
	{id: "apps_proton_delinquent", class: ClassBlocked, anyOf: p(
		"access to this account is disabled due to non-payment",
		"el acceso a esta cuenta está deshabilitado por falta de pago",
		"доступ да гэтага ўліковага запісу адключаны па прычыне пратэрмінаванага плацяжу",
		"l'accés a aquest compte està desactivat per falta de pagament",
		"z důvodů neplacení je přístup k tomuto účtu zakázán",
		"adgang til denne konto er deaktiveret grundet manglende betaling",
		"der zugang zu diesem konto ist wegen nichtbezahlung gesperrt",
		"η πρόσβαση σε αυτόν τον λογαριασμό είναι απενεργοποιημένη, λόγω μη πληρωμής",
		"l'accès à ce compte est désactivé en raison d’un défaut de paiement",
		"pristup ovom računu onemogućen je zbog neplaćanja",
		"a fiók elérése számlatartozás miatt le van tiltva",
		"akses ke akun ini telah ditangguhkan karena adanya tagihan yang tertunggak",
		"þessi notandaaðgangur er óvirkur vegna ógreidds reiknings",
		"l'accesso a questo account è disabilitato a causa di mancato pagamento",
		"未払いのため、このアカウントへのアクセスはできません",
		"ანგარიშზე წვდომა გათიშულია გადაუხდელობის გამო",
		"anekcum ar umiḍan-agi yensa ɣef sebba n lexlas mazal",
		"toegang tot dit account is geblokkeerd als gevolg van onbetaalde facturen",
		"dostęp do tego konta jest wyłączony z powodu braku płatności",
		"o acesso a esta conta foi desativado devido ao incumprimento do pagamento",
		"o acesso a esta conta foi desativado devido à falta de pagamento",
		"accesul la acest cont este blocat datorită unei plăți restante",
		"доступ к этому аккаунту отключен из-за неуплаты",
		"åtkomst till detta konto är inaktiverat på grund av utebliven betalning",
		"ödeme yapılmadığı için bu hesaba erişim engellendi",
		"доступ до цього облікового запису вимкнено через несплату",
		"此账户因欠费已被停用",
		"此帳號因有逾期待繳款項暫時停用中",
	), doc: "Proton Mail's Android app: access to the account is disabled for non-payment (delinquency_subtitle, every locale): the provider blocked the account"},
	{id: "apps_proton_session_load", class: ClassTransient, anyOf: p(
		"unable to load session",
		"немагчыма загрузіць сеанс",
		"no es pot carregar la sessió",
		"relaci nelze načíst",
		"kunne ikke indlæse session",
		"die sitzung konnte nicht geladen werden",
		"δεν είναι δυνατή η φόρτωση της συνεδρίας",
		"no se pudo cargar la sesión",
		"istunnon lataaminen epäonnistui",
		"le chargement de la session n'a pas abouti",
		"a munkamenet betöltése nem sikerült",
		"sesi tidak dapat dimuat",
		"caricamento della sessione non riuscito",
		"セッションの読み込みに失敗しました",
		"세션을 불러오지 못했습니다",
		"kan ikke laste økt",
		"kan sessie niet laden",
		"nie można załadować sesji",
		"não foi possível carregar a sessão",
		"nu se poate încărca sesiunea",
		"не удалось загрузить сеанс",
		"nie je možné načítať reláciu",
		"seje ni bilo mogoče naložiti",
		"kan inte ladda session",
		"oturum yüklenemedi",
		"не вдалося завантажити сеанс",
		"无法加载会话",
		"無法載入工作階段",
	), doc: "Proton Mail's Android app: the session could not be loaded, check the connection and retry (mailbox_error_message_user_session, every locale)"},
	{id: "apps_proton_sender_disabled", class: ClassConfig, anyOf: p(
		"disabled or invalid email address",
		"dirección de correo electrónico desactivada o no válida",
		"адключаны або памылковы адрас электроннай пошты",
		"adreça de correu desactivada o no vàlida",
		"deaktivovaná nebo neplatná e-mailová adresa",
		"deaktiveret eller ugyldig e-mailadresse",
		"deaktivierte oder ungültige e-mail-adresse",
		"απενεργοποιημένη ή μη έγκυρη ηλεκτρονική διεύθυνση",
		"dirección de correo electrónico desactivada o inválida",
		"käytöstä poistettu tai virheellinen sähköpostiosoite",
		"l'adresse e-mail est désactivée ou n'est pas valide",
		"letiltott vagy érvénytelen e-mail cím",
		"alamat email ini dinonaktifkan atau tidak valid",
		"indirizzo email non valido o inattivo",
		"無効なメールアドレスです。アドレスが有効でアクティブであることを確認してください",
		"비활성화되었거나 유효하지 않은 이메일 주소입니다",
		"deaktivert eller ugyldig e-postadresse",
		"uitgeschakeld of ongeldig e-mailadres",
		"endereço de e-mail desativado ou inválido",
		"adresă de e-mail dezactivată sau nevalidă",
		"deaktivovaná alebo neplatná emailová adresa",
		"onemogočen ali neveljaven e-poštni naslov",
		"inaktiverad eller ogiltig e-postadress",
		"e-posta adresi kullanımdan kaldırılmış veya geçersiz",
		"вимкнена або недійсна поштова адреса",
		"邮箱地址被禁用或无效",
		"停用或無效的電子郵件地址",
		"unable to save draft - this sender address is disabled",
		"no se puede guardar el borrador - esta dirección de remitente está desactivada",
		"немагчыма захаваць чарнавік. гэты адрас адпраўніка адключаны",
		"no s'ha pogut desar l'esborrany - aquesta adreça de remitent està desactivada",
		"koncept nelze uložit - tato adresa odesílatele je deaktivována",
		"kan ikke gemme udkast - denne afsenderadresse er deaktiveret",
		"entwurf konnte nicht gespeichert werden – diese absenderadresse ist deaktiviert",
		"αδυναμία αποθήκευσης πρόχειρου - αυτή η διεύθυνση αποστολέα είναι απενεργοποιημένη",
		"luonnosta ei voi tallentaa – tämä lähettäjän osoite on poistettu käytöstä",
		"l'enregistrement du brouillon n'a pas abouti. l'adresse de l'expéditeur a été désactivée",
		"draf tidak dapat disimpan - alamat pengirim ini dinonaktifkan",
		"salvataggio della bozza non riuscito. indirizzo mittente attuale non attivo",
		"下書きを保存できません - この差出人アドレスは無効です",
		"초안 저장 불가 - 이 보낸 사람의 주소가 비활성화되었습니다",
		"kan ikke lagre utkast – denne avsenderadressen er deaktivert",
		"kan concept niet opslaan - dit afzenderadres is uitgeschakeld",
		"nie można zapisać szkicu. adres nadawcy jest wyłączony",
		"não foi possível salvar o rascunho - endereço do remetente desativado",
		"ciorna nu se poate salva - această adresă de expeditor este dezactivată",
		"koncept nie je možné uložiť – táto adresa odosielateľa je deaktivovaná",
		"osnutka ni mogoče shraniti – ta naslov pošiljatelja je onemogočen",
		"kan inte spara utkast - denna avsändaradress är inaktiverad",
		"taslak kaydedilemedi. bu gönderici adresi kullanım dışı bırakılmış",
		"неможливо зберегти чернетку: ця адреса відправника вимкнена",
		"无法保存草稿 - 发件人地址已被禁用",
		"無法儲存草稿 - 此寄件者位址已停用",
	), doc: "Proton Mail's Android app: the chosen sender address is disabled or invalid (composer_error_send_draft_invalid_sender, composer_error_store_draft_address_disabled, every locale): choose another From address"},
	{id: "apps_kmail_mailbox_locked", class: ClassBlocked, anyOf: p(
		"denne postkasse er låst",
		"diese mailbox ist gesperrt",
		"αυτό το γραμματοκιβώτιο είναι κλειδωμένο",
		"this mailbox is locked",
		"esta dirección de correo electrónico está bloqueada",
		"tämä sähköpostilaatikko on lukittu",
		"cette adresse est bloquée",
		"questo indirizzo e-mail è bloccato",
		"denne postboksen er låst",
		"dit mailbox is vergrendeld",
		"ta skrzynka pocztowa jest zablokowana",
		"esta caixa de correio está bloqueada",
		"denna postlåda är låst",
		"adgang til din postkasse er i øjeblikket blokeret",
		"der zugriff auf ihre e-mail-adresse ist derzeit gesperrt",
		"η πρόσβαση στο γραμματοκιβώτιό σας είναι αυτή τη στιγμή μπλοκαρισμένη",
		"access to your mailbox is currently blocked",
		"el acceso a su dirección de correo electrónico está bloqueado",
		"pääsy sähköpostilaatikkoosi on tällä hetkellä estetty",
		"l’accesso al tuo indirizzo e-mail è attualmente bloccato",
		"tilgang til postboksen din er for øyeblikket blokkert",
		"de toegang tot uw mailbox is momenteel geblokkeerd",
		"dostęp do twojej skrzynki pocztowej jest obecnie zablokowany",
		"o acesso à sua caixa de correio está atualmente bloqueado",
		"åtkomst till din postlåda är för närvarande blockerad",
		"nogle af dine postkasser er blokeret",
		"einige ihrer mailboxen sind blockiert",
		"ορισμένα από τα γραμματοκιβώτιά σας είναι μπλοκαρισμένα",
		"some of your mailboxes are blocked",
		"algunas de sus direcciones de correo electrónico están bloqueadas",
		"jotkin sähköpostilaatikot ovat estettyjä",
		"certaines de vos adresses mail sont bloquées",
		"alcuni indirizzi e-mail bloccati",
		"noen av postboksene dine er blokkert",
		"sommige van uw mailboxen zijn geblokkeerd",
		"niektóre z twoich skrzynek pocztowych są zablokowane",
		"algumas das suas caixas de correio estão bloqueadas",
		"vissa av dina postlådor är blockerade",
	), noneOf: p("by another", "in use", "try again", "maildrop"),
		doc: "Infomaniak Mail's app: the mailbox is locked, access to it is blocked (errorMailboxLocked, lockedMailboxBottomSheetDescription, lockedMailboxViewTitle, every locale)"},
	{id: "apps_kmail_admin_disabled_sending", class: ClassAdmin, anyOf: p(
		"en administrator har deaktiveret beskedafsendelse",
		"ein administrator hat den nachrichtenversand deaktiviert",
		"ένας διαχειριστής έχει απενεργοποιήσει την αποστολή μηνυμάτων",
		"an administrator has disabled message sending",
		"un administrador ha deshabilitado el envío de mensajes",
		"järjestelmänvalvoja on poistanut viestinlähetyksen käytöstä",
		"un administrateur a désactivé l’envoi de message",
		"un amministratore ha disabilitato l’invio di messaggi",
		"en administrator har deaktivert sending av meldinger",
		"een beheerder heeft het verzenden van berichten uitgeschakeld",
		"administrator wyłączył wysyłanie wiadomości",
		"um administrador desabilitou o envio de mensagens",
		"en administratör har inaktiverat meddelandesändning",
		"en administrator har deaktiveret e-mail-afsendelse fra denne adresse",
		"ein administrator hat das senden von e-mails von dieser adresse deaktiviert",
		"ένας διαχειριστής έχει απενεργοποιήσει την αποστολή email από αυτήν τη διεύθυνση",
		"an administrator has disabled email sending from this address",
		"un administrador ha desactivado el envío de correos electrónicos desde esta dirección",
		"ylläpitäjä on poistanut sähköpostin lähettämisen käytöstä tästä osoitteesta",
		"un administrateur a désactivé l’envoi par e-mail depuis cette adresse",
		"un amministratore ha disabilitato l’invio di email da questo indirizzo",
		"en administrator har deaktivert e-postsending fra denne adressen",
		"een beheerder heeft het verzenden van e-mails vanaf dit adres uitgeschakeld",
		"administrator wyłączył wysyłanie wiadomości e-mail z tego adresu",
		"um administrador desativou o envio de e-mails a partir deste endereço",
		"en administratör har inaktiverat e-postutskick från den här adressen",
	), doc: "Infomaniak Mail's app: an administrator disabled sending for the mailbox or address (snackbarAdminDisabledMessageSending, snackbarAdminDisabledEmailSendingFromAddress, every locale)"},
}

// round42AppsRules are read after the language rules: no earlier rule reads
// these texts otherwise (the English and some other locales of the sending
// limit are read as rate_limited already).
var round42AppsRules = []rule{
	{id: "apps_kmail_invalid_credentials", class: ClassAuth, anyOf: p(
		"ugyldig e-mail eller adgangskode",
		"e-mail oder passwort ungültig",
		"μη έγκυρο email ή κωδικός πρόσβασης",
		"invalid email or password",
		"correo electrónico o contraseña no válidos",
		"virheellinen sähköposti tai salasana",
		"e-mail ou mot de passe invalide",
		"email o password non valide",
		"ugyldig e-post eller passord",
		"ongeldige e-mail of wachtwoord",
		"nieprawidłowy e-mail lub hasło",
		"e-mail ou palavra-passe inválida",
		"ogiltig e-postadress eller lösenord",
	), doc: "Infomaniak Mail's app: invalid e-mail or password (errorInvalidCredentials, every locale)"},
	{id: "apps_kmail_send_limit", class: ClassRateLimited, anyOf: p(
		"afsendelsesgrænse nået",
		"versandlimit erreicht",
		"έχει επιτευχθεί το όριο αποστολής",
		"sending limit reached",
		"lähetysraja saavutettu",
		"limite d’envoi atteinte",
		"limite d’invio raggiunto",
		"sendegrense nådd",
		"verzendlimiet bereikt",
		"osiągnięto limit wysyłania",
		"sändningsgränsen nådd",
		// es "Límite de envío alcanzado" and pt "Limite de envio atingido" are
		// read first, the same class, by l10n_words_limits.
	), doc: "Infomaniak Mail's app: the sending limit is reached (errorSendLimitExceeded, every locale)"},
}
