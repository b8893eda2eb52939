package classify

// SOGo's own sentences for a refused web login, a locked account and its
// send failures, in every locale of Alinto/sogo (commit ee2ebbb8,
// UI/<module>/<Language>.lproj/Localizable.strings), each phrase the
// distinctive fixed part of one published translation:
//
//   - UI/MainUI: "Wrong username or password." and the password policy's
//     messages (UI/WebServerResources/js/Common/Authentication.service.js,
//     UI/Templates/MainUI/SOGoRootPage.wox): an account locked after too
//     many failed attempts (auth_temporary), locked because the password
//     expired, a password expired or too weak to log in with (auth);
//   - UI/MailerUI: SoObjects/SOGo/SOGoMailer.m's "(smtp) all recipients
//     discarded", "(smtp) - recipients discarded" (recipient) and "(smtp)
//     error when connecting" (transient).
//
// testdata/catalogs/client_l10n_webmail.jsonl holds every translation; the
// comment above each group lists the locales whose text needed a phrase here
// (the other locales' texts were already classified as labelled).

// sogoEarlyRules come before languageRules, whose words for an account
// blocked by its provider ("compte a été bloqué", "konto wurde gesperrt")
// would otherwise take SOGo's lock, which the password policy lifts.
var sogoEarlyRules = []rule{
	{id: "l10n_sogo_locked_attempts", class: ClassAuthTemporary, anyOf: p(
		// locked-failed-attempts ("Your account was locked due to too many failed attempts."): ar, eu, bs, ca, zh_CN, hr, cs, da, nl, fi, fr, gl, de, he, hu, id, it, ja, kk, ko, lv, lt, mk, cnr, nb, nn, pl, ro, ru, sr, sr_Latn, sk, sl, es_AR, es, sv, th, tr, uk, cy
		"تم وقف الدخول على حسابك بسبب الكثير من المحاولات الفاشلة", "zure kontua blokeatuta dago saiakera oker gehiegi egiteagatik", "vaš račun je zaključan zbog više neuspješnih prijava",
		"el vostre compte ha estat bloquejat per un excés d'intents fallits", "错误次数上限，您的账户已被锁定。请联系管理员解锁。", "vaš korisnički račun je zaključan zbog previše neuspjelih pokušaja",
		"váš účet byl zablokován z důvodu mnoha neúspěšných pokusů o přihlášení", "din konto er låst på grund af for mange mislykkede forsøg", "uw account is geblokkeerd wegens te veel mislukte pogingen",
		"tilisi on lukittu liian monen epäonnistuneen yrityksen vuoksi", "votre compte a été bloqué suite à un nombre élevé de tentatives d'authentification infructueuses", "a súa conta foi bloqueada debido a un número excesivo de erros de conexión",
		"ihr konto wurde wegen zu vieler fehlgeschlagener anmeldeversuche gesperrt", "חשבונכם נחסם עקב ניסיונות התחברות שגויים מרובים", "a fiókja zárolva lett a túl sok sikertelen belépési kísérlet miatt",
		"akun anda terkunci karena terlalu banyak usaha yang gagal", "account bloccato a causa di troppi tentativi falliti", "ログインの失敗の回数が多すぎるためアカウントをロックしました。",
		"сіздің аккаунтыңыз сәтсіз әрекеттердің тым көп болуына байланысты бұғатталды", "너무 많은 로그인 시도 실패로 계정이 잠겼습니다", "jūsu konts ir bloķēts, jo tika veikti pārāk daudz nesekmīgu mēģinājumu",
		"jūsų paskyra užblokuota dėl daugelio klaidingų prisijungimų", "вашиот налог е блокиран поради премногу погрешни обиди", "vaš nalog je zaključan zbog više neuspješnih pokušaja prijave",
		"din konto har blitt låst på grunn av for mange mislykkede innlogginger", "din konto har blitt låst på grunn av for mange misslykkete innlogginger", "twoje konto zostało zablokowane wkutek zbyt wielu nieudanych prób logowania",
		"contul dvs. a fost blocat din cauza prea multe încercări nereușite de conectare", "ваш аккаунт был заблокирован из-за слишком большого числа неудачных попыток", "ваш налог је закључан због више неуспешних покушаја пријаве",
		"vaš nalog je zaključan zbog više neuspešnih pokušaja prijave", "váš účet bol zablokovaný z dôvodu mnohých neúspešných pokusov o prihlásenie", "tvoj račun je zaklenjen zaradi preveč neuspelih poskusov",
		"su cuenta ha sido bloqueada debido a un número excesivo de errores de conexión", "ditt konto är spärrat pga för många misslyckade inloggningsförsök", "บัญชีของคุณถูกล็อกเนื่องจากมีการลองเข้าสู่ระบบผิดพลาดหลายครั้ง",
		"çok fazla başarısız giriş denemesi nedeniyle hesabınız kitlendi", "ваш обліковий запис заблоковано через велику кількість невдалих спроб авторизації", "cafodd eich cyfrif ei gloi oherwydd gormod o gynigion aflwyddiannus",
	),
		doc: "SOGo says in the owner's language that the account was locked after too many failed logins (the LDAP password policy's lockout): a lock that lifts, escalating if it repeats"},
	{id: "l10n_sogo_locked_password_expired", class: ClassAuth, anyOf: p(
		// locked-password-expired ("Your account was locked due to an expired password."): en, ar, pt_BR, zh_CN, cs, da, nl, fr, gl, he, hu, id, it, ja, kk, ko, lt, mk, cnr, nb, nn, pl, pt, ro, ru, sr, sr_Latn, sk, sl, es_AR, es, sv, tr, uk, cy
		"your account was locked due to an expired password", "تم وقف الدخول على حسابك بسبب إنتهاء صلاحية كلمة السر", "sua conta foi bloqueada devido a uma senha expirada",
		"您的账户因密码到期而锁定。", "váš účet byl zablokován z důvodu expirovaného hesla", "din konto er låst på grund af en udløbet adgangskode",
		"uw account is geblokkeerd wegens een verlopen wachtwoord", "votre compte a été bloqué car votre mot de passe est expiré", "a súa conta foi bloqueada debido a un contrasinal caducado",
		"חשבונכם נחסם עקב סיסמה אשר תוקפה פג", "a fiókja zárolva lett a lejért jelszó miatt", "akun anda terkunci karena sandi kadaluarsa",
		"account bloccato per password scaduta", "パスワードの期限切れのためアカウントをロックしています。", "сіздің аккаунтыңыз парольдің жарамдылық мерзімінің өтуіне байланысты бұғатталды",
		"비밀번호 만료로 인해 계정이 잠겼습니다", "jūsų paskyra užblokuota nes baigėsi slaptažodžio galiojimo laikas", "вашата сметка е блокирана поради истечена лозинка",
		"vaš nalog je zaključan zbog istekle lozinke", "din konto har blitt låst fordi ditt passord er utløpt", "twoje konto zostało zblokowane z powodu wygaśnięcia ważności hasła",
		"a sua conta foi bloqueada devido a uma palavra-passe expirada", "contul dvs. a fost blocat din cauza că parola a expirat", "ваш аккаунт был заблокирован в связи с истечение срока действия пароля",
		"ваш налог је закључан због истекле лозинке", "váš účet bol zablokovaný z dôvodu vypršania platnosti hesla", "tvoj račun je zaklenjen zaradi pretečenega gesla",
		"su cuenta ha sido bloqueada debido a una contraseña caducada", "ditt konto är spärrat pga att lösenordet har slutat gälla", "hesabınız parolanızın süresi dolduğu için kilitlendi",
		"ваш обліковий запис заблоковано, оскільки закінчився термін дії пароля", "cafodd eich cyfrif ei gloi oherwydd cyfrinair a ddaeth i ben",
	),
		doc: "SOGo says in the owner's language that the account is locked because its password expired: the owner must set a new password"},
}

// sogoRules come right after trojitaRules: a reply SOGo quotes decides
// before its sentence, and the refused-login rule takes no text that also
// says temporary, later, network, connection or recipient.
var sogoRules = []rule{
	{id: "l10n_sogo_login_refused", class: ClassAuth, anyOf: p(
		// wrong-credentials ("Wrong username or password."): ar, bg, cs, fr, id, lt, pl, pt, ru, uk
		"اسم المستخدم أو كلمة المرور خطأ", "грешен потребител или парола", "špatné uživatelské jméno nebo heslo",
		"mauvais nom d'utilisateur ou mot de passe", "username atau password salah", "blogas vartotojo vardas arba slaptažodis",
		"zła nazwa użytkownika lub hasło", "utilizador ou palavra-passe errada", "неправильный логин или пароль",
		"неправильний лоґін та/або пароль",
		// password-expired ("Your password has expired, please enter a new one below"): ar, pt_BR, bg, zh_CN, cs, da, he, hu, id, it, ja, kk, ko, lt, mk, nb, nn, pl, pt, ro, ru, sr, es_AR, es, sv, tr, uk, cy
		"كلمة السر الخاصة بك قد انتهت صلاحيتها، الرجاء إدخال واحدة", "sua senha expirou, por favor, informe uma nova abaixo", "паролата ви изтече, моля въведете новата долу",
		"密码过期, 请输入新密码", "vaše heslo expirovalo, prosím zadejte nové", "din adgangskode er udløbet, indtast venligst et nyt nedenfor",
		"סיסמתכם פגה תוקף", "a jelszava lejárt, kérem adjon meg egy újat", "kata sandi anda kadaluarsa, silahkan masukan yang baru di",
		"la tua password è scaduta, prego inserire la nuova password", "パスワードの期限が切れています、以下から新しいパスワードを入力してください", "сіздің пароліңіз ескірді, төменге жаңасын енгізіңіз",
		"비밀번호가 만료되었습니다", "jūsų slaptažodžio galiojimo laikas baigėsi, žemiau prašome", "вашата лозинка е истечена",
		"ditt passord har utløpt, vennligst fyll ut et nytt under", "ważność twojego hasła wygasła, wprowadź niżej nowe hasło", "a sua palavra-passe expirou, por favor insira uma nova",
		"parola a expirat, vă rugăm să introduceți una nouă mai jos", "ваш пароль истек, введите новый ниже", "ваша лозинка је истекла, молимо унесите нову испод",
		"su contraseña ha caducado, por favor, introduzca una nueva", "ditt lösenord har slutat gälla, mata in ett nytt lösenord", "parolanızın süresi dolmuş",
		"закінчився термін дії вашого пароля, будь ласка, введіть", "mae eich cyfrinair wedi dod i ben",
		// password-too-weak ("Your password is too weak. Please choose a stronger password to enhance your security"): en, pt_BR, cs, da, nl, fr, de, ko, nb, pl, pt, th, tr
		"your password is too weak. please choose a stronger password to enhance your security", "sua senha é muito fraca. favor escolher uma senha mais forte para aumentar sua segurança", "heslo je příliš slabé. zvolte raději silnější heslo",
		"din adgangskode er for svag. vælg venligst en stærkere adgangskode for at forbedre din sikkerhed", "uw wachtwoord is te zwak. kies een sterker wachtwoord om uw veiligheid te verbeteren", "votre mot de passe est trop faible. veuillez choisir un mot de passe plus sécurisé pour renforcer votre",
		"ihr passwort ist zu schwach. bitte wählen sie ein stärkeres passwort, um ihre sicherheit zu erhöhen", "비밀번호가 너무 약합니다. 보안 강화를 위해 더 강력한 비밀번호를 선택하십시오", "passordet ditt er for svakt. vennligst velg et sterkere passord for å forbedre sikkerheten din",
		"twoje hasło jest za słabe. wybierz silniejsze hasło, by poprawić bezpieczeństwo", "a sua palavra-passe é muito fraca. por favor escolha uma palavra-passe mais forte para melhorar a sua", "รหัสผ่านของคุณไม่แข็งแรงพอ กรุณาเลือกใช้รหัสผ่านที่แข็งแกร่งขึ้นเพื่อเพิ่มความปลอดภัย",
		"parolanız çok zayıf. lütfen güvenliğinizi artırmak için daha güçlü bir parola seçin",
	),
		noneOf: l10nClientNotRefused,
		doc:    "SOGo says in the owner's language that the user name or password was wrong, or that the password expired or is too weak and must be changed before the login succeeds"},
	{id: "l10n_sogo_recipients_discarded", class: ClassRecipient, anyOf: p(
		// all-recipients-discarded ("Cannot send message: all recipients are invalid."): en, ar, eu, bs, pt_BR, bg, ca, zh_CN, zh_TW, hr, cs, da, nl, fi, fr, gl, de, he, hu, is, id, it, ja, kk, ko, lv, lt, mk, cnr, nb, pl, pt, ro, ru, sr, sr_Latn, sk, sl, es_AR, es, sv, th, tr, uk, cy
		"cannot send message: all recipients are invalid", "لا يمكن إرسال الرسالة: جميع العناوين خاطئة", "ezin izan da mezua bidali: jasotzaile guztiak baliogabeak",
		"nije moguće poslati poruku: sve primaoci se neispravni", "não é possível enviar a mensagem: todos os destinatários", "не може да се изпрати съобщение: всички получатели са",
		"no s'ha pogut enviar el missatge: tots els destinataris són", "无法发送： 所有收件人都无效", "無法寄送信件: 所有收件者帳號都無效",
		"poruka se ne može poslati: svi su primatelji nevažeći", "zprávu nelze odeslat: adresy všech příjemců jsou neplatné", "kan ikke sende besked: alle modtagere er ugyldige",
		"kan bericht niet versturen: alle ontvangers zijn ongeldig", "viestiä ei voi lähettää: kaikki vastaanottajat ovat", "le message n'a pas pu être envoyé car aucune adresse n'est",
		"non se pode enviar a mensaxe: (smtp) todos os destinatarios", "kann nachricht nicht versenden: alle empfänger sind ungültig", "לא ניתן לשלוח הודעה, הנמענים לא תקינים",
		"az üzenetet nem lehetett elküldeni: az összes címzett", "ekki var hægt að senda tölvubréfið: enginn gildur móttakandi", "tidak dapat mengirim pesan: semua penerima tidak valid",
		"impossibile inviare il messaggio: nessun destinatario valido", "メッセージを送信できません: すべての宛先が無効です", "хатты жіберу мүмкін емес: барлық алушыларға, алушылардың",
		"메시지를 보낼 수 없음: 모든 수신자가 유효하지 않습니다", "nevar nosūtīt ziņu: visi adresāti ir nederīgi", "negalima siųsti žinutės: visi gavėjai yra neteisingi",
		"не моѓам да ја пратам пораката: сите приматели се невалидни", "ne mogu poslati poruku: ni jedan primalac nije validan", "kan ikke sende melding: alle mottakeradresser er ugyldige",
		"nie można wysłać wiadomości - wszyscy odbiorcy zostali", "mesajul nu poate fi trimis: toate adresele destinatar sunt", "не удается отправить сообщение: всем получателям, все",
		"не могу послати поруку: ни један прималац није валидан", "správa sa nedá odoslať: žiadny príjemca nie je platný", "ne morem poslati sporočila: vsi prejemniki so napačni",
		"no se puede enviar el mensaje: ninguno de los destinatarios", "no se puede enviar el mensaje: (smtp) todos los", "meddelandet kan inte skickas: alla mottagaradresserna är",
		"ไม่สามารถส่งข้อความได้: ผู้รับทั้งหมดไม่ถูกต้อง", "ileti gönderilemedi: tüm alıcılar geçersiz", "помилка під час відправлення повідомлення: некоректні",
		"methu anfon y neges: mae'r holl dderbynwyr yn annilys",
		// recipients-discarded ("Cannot send message. The following addresses are invalid"): en, ar, eu, bs, pt_BR, bg, ca, zh_CN, zh_TW, hr, cs, da, nl, fi, fr, gl, de, he, hu, is, id, it, ja, kk, ko, lv, lt, mk, cnr, nb, pl, pt, ro, ru, sr, sr_Latn, sk, sl, es_AR, es, sv, th, tr, uk, cy
		"the following addresses are invalid", "العناوين التالية غير صالحة", "ondorengo jasotzaileak ez dira baliozkoak",
		"sljedeće e-mail adrese su neispravne", "os seguintes endereços estão inválidos", "следните получатели са невалидни",
		"les següents adreces són incorrectes", "下列帐号无法发送", "以下的收件者帳號無效",
		"sljedeće su adrese neispravne", "následující adresy jsou neplatné", "følgende adresser er ugyldige",
		"de volgende adressen zijn ongeldig", "seuraavat osoitteet ovat virheellisiä", "le message n'a pas pu être envoyé car les adresses suivantes sont",
		"(smtp) destinatarios descartados", "die folgenden adressen sind ungültig", "הכתובות הבאות לא תקינות",
		"az alábbi címzettek érvénytelenek", "eftirfarandi móttakendur eru ógildir", "alamat berikut tidak valid",
		"i seguenti indirizzi non sono validi", "以下のアドレスが無効です", "келесі мекенжайлар қате",
		"다음 주소는 유효하지 않습니다", "šī adrese ir nederīga", "įvestas adresas yra neteisingas",
		"следните адреси се невалидни", "sljedeće adrese nisu validne", "følgende mottakeradresser er ugyldige",
		"nie można wysłać wiadomości - poniżsi odbiorcy zostali odrzuceni", "os seguintes endereços são inválidos", "următoarea adrese sunt invalide",
		"следующие адреса неверны", "следеће адресе нису валидне", "sledeće adrese nisu validne",
		"nasledujúci príjemcovia nemajú platnú adresu", "naslednji naslovi so napačni", "las siguientes direcciones no son válidas",
		"följande mottagaradresser är felaktiga", "ไม่สามารถส่งข้อความได้ ที่อยู่ต่อไปนี้ไม่ถูกต้อง", "şu adresler geçersiz",
		"такі адреси некоректні", "mae'r cyfeiriadau canlynol yn annilys",
	),
		doc: "SOGo's words for an SMTP server that refused all or some recipients (SOGoMailer.m)"},
	{id: "l10n_sogo_smtp_unreachable", class: ClassTransient, anyOf: p(
		// smtp-connect-error ("Cannot send message: error when connecting to the SMTP server."): en, eu, bs, pt_BR, ca, zh_CN, zh_TW, hr, da, nl, fi, fr, gl, de, he, hu, id, ja, ko, lv, lt, nb, pt, ro, sk, sl, sv, uk, cy
		"cannot send message: error when connecting to the smtp server", "ezin izan da mezua bidali: errorea smtp zerbitzarira konektatzean", "nije moguće poslati poruku: greška pri spajanju na smtp server",
		"não é possível enviar a mensagem: erro ao conectar ao servidor smtp", "no s'ha pogut enviar el missatge. error al connectar amb el servidor smtp", "无法发送： smtp服务器接续失败。",
		"無法寄送郵件: 連接 smtp伺服器時發生錯誤。", "poruka se ne može poslati: pogreška prilikom spajanja na smtp poslužitelj", "kan ikke sende besked: fejl ved oprettelse til smtp-server",
		"kan bericht niet versturen: fout bij verbinden met de smtp server", "viestiä ei voi lähettää: virhe yhdistettäessä smtp -palvelimeen", "le message n'a pas pu être envoyé: une erreur est survenue en tentant de rejoindre le serveur smtp",
		"non se pode enviar a mensaxe: (smtp) erro de conexión", "kann nachricht nicht versenden: fehler beim verbinden mit dem smtp-server", "לא ניתן לשלוח הודעה: שגיאה בהתחברות לשרת smtp",
		"az üzenetet nem lehetett elküldeni: hiba az smtp kiszolgálóhoz történő csatlakozáskor", "tidak dapat megirim pesan: kesalahan saat menghubungkan ke server smtp", "メッセージを送信できません: smtpサーバーへの接続中にエラーが発生しました。",
		"메시지를 보낼 수 없음: smtp 서버에 연결할 때 오류가 발생했습니다", "nevar nosūtīt ziņu: kļūda, veidojot savienojumu ar smtp serveri", "negalima išsiųsti žinutes: klaida besijungiant prie smtp serverio",
		"kan ikke sende melding: tilkoblingsproblem med smtp-tjener", "não é possível enviar a mensagem: erro ao ligar ao servidor smtp", "mesajul nu poate fi trimis: eroare de conectare la serverul smtp",
		"správa sa nedá odoslať: chyba pri pripájaní na smtp server", "ne morem poslati sporočila: napaka pri povezavi s smtp strežnikom", "meddelandet kan inte skickas: ett fel uppstod i uppkopplingen mot smtp servern",
		"неможливо відправити повідомлення: помилка при з'єднанні з сервером smtp", "methu anfon y neges: gwall wrth gysylltu â'r gweinydd smtp",
	),
		doc: "SOGo's words for a failed connection to the SMTP server (SOGoMailer.m)"},
}
