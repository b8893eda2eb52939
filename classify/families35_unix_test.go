package classify

import "testing"

// Round 35's families for the Unix mail programs (classify/round35_unix.go):
// for each key a missed row holds, the round's text and a translation of the
// same key in a locale the round does not hold, then look-alikes (setup
// sentences that mention logins or passwords, an unknown login error, a
// skipped poll) that must not read as a refused login or a revoked grant.
func TestRound35UnixFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		{"התקבל קוד %d מתגובת HTTP. כנראה משום ששם המשתמש או הססמה שלך ב-GMail אינה נכונים.", ClassAuth, ""},
		// lo: "Received HTTP response code %d.  The most likely reason for this is that your GMail username or password is incorrect."
		{"ໄດ້ຮັບລະຫັດການຕອບສະໜອງ HTTP 401. ສາເຫດທີ່ເປັນໄປໄດ້ຫຼາຍທີ່ສຸດແມ່ນ ຊື່ຜູ້ໃຊ້ ຫຼື ລະຫັດຜ່ານ GMail ຂອງທ່ານບໍ່ຖືກຕ້ອງ.", ClassAuth, "unixmail_login_refused"},
		{"Güvenli IMAP yok ve IMAP sunucusu düz metin girişlerini desteklememektedir.", ClassConfig, ""},
		// kk: "Secure IMAP is not available, and the IMAP server does not support plaintext logins."
		{"Қауіпсіз IMAP қолжетімді емес және IMAP сервері ашық мәтіндік кіруді қолдамайды.", ClassConfig, "mailwatch_setup"},
		{"تم طلب الأمان بدء TLS، ولكن هذا الخادم لا يدعمه.", ClassConfig, ""},
		// kk: "STARTTLS security was requested, but this server does not support it."
		{"STARTTLS қауіпсіздігі сұралды, бірақ бұл сервер оны қолдамайды.", ClassConfig, "mailwatch_setup"},
		{"TLS el sıkışması başarısız: %s", ClassConfig, ""},
		// kk: "TLS handshake failed: %s"
		{"TLS қол алмасу қатесі: mail.example.com", ClassConfig, "mailwatch_setup"},
		{"فشل في الحصول على البيانات: %s", ClassTransient, ""},
		// ko: "Failed to receive data: %s"
		{"데이터를 전송받는데 실패했습니다: mail.example.com", ClassTransient, "unixmail_connection_failed"},
		{"Gagal sambung ke pelayan \"%s\": %s", ClassTransient, ""},
		// nb: "Failed to connect to server \"%s\": %s"
		{"Klarte ikke koble til tjener «mail.example.com»: mail.example.com", ClassTransient, "unixmail_connection_failed"},
		{"Hitelesítés meghiúsult. Lehet, hogy rosszul adta meg a felhasználónevét vagy jelszavát?", ClassAuth, ""},
		// ug: "Authentication failed.  Perhaps your username or password is incorrect?"
		{"كىملىك دەلىللەش مەغلۇپ بولدى. ئىشلەتكۈچى ئاتى ياكى ئىم خاتا ئەمەستۇ؟", ClassAuth, "unixmail_login_refused"},
		{"Nie je nastavený názov servera alebo používateľského mena.", ClassConfig, ""},
		// kk: "No server or username is set."
		{"Сервер немесе пайдаланушы аты орнатылмаған.", ClassConfig, "mailwatch_setup"},
		{"Lỗi đăng nhập hay xác thực không rõ trên %s@%s", ClassAuthTemporary, ""},
		// ja: "Unknown login or authentication error on %s@%s"
		{"mail.example.com@mail.example.com に対する不明なログイン又は認証のエラーです。\n", ClassAuthTemporary, "fetchmail_auth_unknown"},
		{"Gặp lỗi kiểu khoá-bận trên %s@%s", ClassTransient, ""},
		// ja: "Lock-busy error on %s@%s"
		{"アカウント mail.example.com@mail.example.com が Lock-busy 状態です。\n", ClassTransient, "unixmail_connection_failed"},
		{"Gặp lỗi kiểu máy phục vụ bận trên %s@%s", ClassTransient, ""},
		// ja: "Server busy error on %s@%s"
		{"mail.example.com@mail.example.com のサーバが busy 状態です。\n", ClassTransient, "unixmail_connection_failed"},
		{"việc thăm dò %s bị bỏ qua (xác thực đã thất bại hoặc quá giờ quá nhiều lần)", ClassAuthTemporary, ""},
		// it: "poll of %s skipped (failed authentication or too many timeouts)"
		{"interrogazione di mail.example.com omessa (autenticazione fallita o troppe situazioni di tempo scaduto)\n", ClassAuthTemporary, "fetchmail_auth_unknown"},
		{"Khả năng LOGIN (đăng nhập) cần thiết không được hỗ trợ bởi máy phục vụ", ClassConfig, ""},
		// it: "Required LOGIN capability not supported by server"
		{"La capacità LOGIN richiesta non è supportata dal server\n", ClassConfig, "fetchmail_setup"},
		{"Hết các bộ xác thực được phép nên không thể tiếp tục.", ClassConfig, ""},
		// it: "We've run out of allowed authenticators and cannot continue."
		{"Impossibile continuare, esauriti i metodi di autenticazione permessi.\n", ClassConfig, "fetchmail_setup"},
		{"%s: việc nâng cấp lên TLS gặp lỗi.", ClassConfig, ""},
		// it: "%s: upgrade to TLS failed."
		{"mail.example.com: aggiornamento a TLS fallito.\n", ClassConfig, "fetchmail_setup"},
		{"Tên Chung máy phục vụ không khớp: %s != %s", ClassConfig, ""},
		// it: "Server CommonName mismatch: %s != %s"
		{"Errore di corrispondenza del nome comune del server: mail.example.com != mail.example.com\n", ClassConfig, "fetchmail_setup"},
		{"Usaha untuk mendapatkan otorisasi gagal.\nIni mungkin berarti bahwa sandi lewat anda tidak sah, tapi beberapa\nserver memiliki mode gagal lain yang fetchmail tak dapat kenali\nkarena server tidak mengirim pesan galat yang berguna pada kegagalan\nlog masuk.", ClassAuth, ""},
		// it: "The attempt to get authorization failed."
		{"Il tentativo di ottenere l'autorizzazione è fallito.\nQuesto è probabilmente dovuto a password non valida, ma taluni server\nhanno altre modalità d'errore che il programma non può distinguere da\nquesta in quanto non inviano messaggi d'errore utili su errori di accesso.\n\nIl demone di Fetchmail rimane in esecuzione e continuerà a tentare di\ncollegarsi ad ogni ciclo. Nessuna ulteriore notifica sarà inviata finché il\nservizio non sarà stato ripristinato.", ClassAuth, "unixmail_login_refused"},
		{"Status lema=3 (AUTHFAIL)", ClassAuth, ""},
		// it: "Query status=3 (AUTHFAIL)"
		{"Stato dell'interrogazione = 3 (AUTHFAIL)\n", ClassAuth, "unixmail_login_refused"},
		{"Kết nối SSL đã thất bại.", ClassConfig, ""},
		// ja: "SSL connection failed."
		{"SSL による接続に失敗しました。\n", ClassConfig, "fetchmail_setup"},
		{"fetchmail: không tìm thấy mật khẩu cho %s@%s.", ClassConfig, ""},
		// it: "fetchmail: can't find a password for %s@%s."
		{"fetchmail: impossibile trovare una password per mail.example.com@mail.example.com.\n", ClassConfig, "fetchmail_setup"},
		{"Bắt buộc phải sử dụng TLS trong phiên chạy này mà trình phục vụ đã từ chối lệnh CAPA.", ClassConfig, ""},
		// it: "TLS is mandatory for this session, but server refused CAPA command."
		{"TLS è obbligatorio per questa sessione, ma il server rifiuta il comando CAPA.\n", ClassConfig, "fetchmail_setup"},
		{"Trình phục vụ SMTP yêu cầu STARTTLS, vẫn giữ thư.", ClassConfig, ""},
		// fr: "SMTP server requires STARTTLS, keeping message."
		{"Le serveur SMTP exige STARTTLS, on conserve le message.\n", ClassConfig, "fetchmail_setup"},
		{"Bộ lắng nghe %cMTP không chấp nhận địa chỉ người nhận “%s”", ClassRecipient, ""},
		// it: "%cMTP listener doesn't like recipient address `%s'"
		{"L'ascoltatore mail.example.comMTP non gradisce l'indirizzo di destinatario «mail.example.com»\n", ClassRecipient, "fetchmail_recipient_refused"},
		{"khoá bận ! Có phiên chạy khác hoạt động không?", ClassTransient, ""},
		// it: "lock busy!  Is another session active?"
		{"Il blocco è occupato. Controllare se un'altra sessione è attiva.\n", ClassTransient, "unixmail_connection_failed"},
		{"waktu habis setelah %d detik menunggu tersambung ke server %s.", ClassTransient, ""},
		// gl: "timeout after %d seconds waiting to connect to server %s."
		{"tempo esgotado tras 401 segundos agardando a conexión ó servidor mail.example.com.\n", ClassTransient, "unixmail_connection_failed"},
		{"На сервері POP3 не передбачено способу розпізнавання %s", ClassConfig, ""},
		// ro: "POP3 server does not support authentication method %s"
		{"serverul POP3 nu acceptă metoda de autentificare mail.example.com", ClassConfig, "mpop_msmtp_setup"},
		{"не удалось задействовать безопасный метод аутентификации", ClassConfig, ""},
		// pt_BR: "cannot use a secure authentication method"
		{"não foi possível usar um método seguro de autenticação", ClassConfig, "mpop_msmtp_setup"},
		{"метод аутентификации %s требует указать пароль", ClassConfig, ""},
		// ro: "authentication method %s needs a password"
		{"metoda de autentificare mail.example.com necesită o parolă", ClassConfig, "mpop_msmtp_setup"},
		{"на сервері POP3 не передбачено підтримки TLS на основі команди STLS", ClassConfig, ""},
		// fr: "the POP3 server does not support TLS via the STLS command"
		{"le serveur POP3 ne supporte pas TLS via la commande STLS", ClassConfig, "mpop_msmtp_setup"},
		{"nu se poate găsi o metodă de autentificare utilizabilă", ClassConfig, ""},
		// pt_BR: "cannot find a usable authentication method"
		{"não foi possível encontrar um método usável de autenticação", ClassConfig, "mpop_msmtp_setup"},
		{"åtgärdens tidsgräns uppnåddes", ClassTransient, ""},
		// pt_BR: "the operation timed out"
		{"a operação esgotou por tempo", ClassTransient, "unixmail_connection_failed"},
		{"conexiune reinițiată de către mașina de la distanță", ClassTransient, ""},
		// fr: "connection reset by peer"
		{"connexion réinitialisée par le correspondant", ClassTransient, "unixmail_connection_failed"},
		{"värd hittades inte (auktoritativ)", ClassConfig, ""},
		// pt_BR: "host not found (authoritative)"
		{"host não encontrado (autoritativo)", ClassConfig, "mpop_msmtp_setup"},
		{"suportul pentru TLS nu este compilat în", ClassConfig, ""},
		// pt_BR: "support for TLS is not compiled in"
		{"o suporte a TLS não está compilado", ClassConfig, "mpop_msmtp_setup"},
		{"TLS கைகுலுக்கல் தோல்வியுற்றது", ClassConfig, ""},
		// ru: "TLS handshake failed"
		{"Сбой при инициализации TLS", ClassConfig, "mpop_msmtp_setup"},
		{"TLS இணைப்பிலிருந்து படிக்க இயலவில்லை", ClassTransient, ""},
		// pt_BR: "cannot read from TLS connection"
		{"não foi possível ler da conexão TLS", ClassTransient, "unixmail_connection_failed"},
		{"Authentikasi CRAM-MD5 gagal.", ClassAuth, ""},
		// hu: "CRAM-MD5 authentication failed."
		{"CRAM-MD5 azonosítás nem sikerült.", ClassAuth, "unixmail_login_refused"},
		{"Authentikasi APOP gagal.", ClassAuth, ""},
		// hu: "APOP authentication failed."
		{"APOP azonosítás sikertelen.", ClassAuth, "unixmail_login_refused"},
		{"LOGIN tidak diaktifkan di server ini.", ClassConfig, ""},
		// gl: "LOGIN disabled on this server."
		{"LOGIN deshabilitado neste servidor.", ClassConfig, "mutt_setup"},
		{"SSL gagal: %s", ClassConfig, ""},
		// ga: "SSL failed: %s"
		{"Theip ar SSL: mail.example.com", ClassConfig, "mutt_setup"},
		{"Tidak bisa berhubungan ke %s (%s)", ClassTransient, ""},
		// it: "Could not connect to %s (%s)."
		{"Impossibile connettersi a mail.example.com (mail.example.com).", ClassTransient, "unixmail_connection_failed"},
		{"Server menutup hubungan!", ClassTransient, ""},
		// ja: "Server closed connection!"
		{"サーバが接続を切った!", ClassTransient, "unixmail_connection_failed"},
		{"Hubungan terputus. Hubungi kembali server POP?", ClassTransient, ""},
		// ko: "Connection lost. Reconnect to POP server?"
		{"연결이 끊어짐. POP 서버와 다시 연결 할까요?", ClassTransient, "unixmail_connection_failed"},
		{"Authentikasi SMTP membutuhkan SASL", ClassConfig, ""},
		// it: "SMTP authentication requires SASL"
		{"L'autenticazione SMTP richiede SASL", ClassConfig, "mutt_setup"},
		{"IMAP server ini sudah kuno. Mutt tidak bisa menggunakannya.", ClassConfig, ""},
		// hu: "This IMAP server is ancient. Mutt does not work with it."
		{"Ez az IMAP kiszolgáló nagyon régi. A Mutt nem tud együttműködni vele.", ClassConfig, "mutt_setup"},
	})
	assertNotClasses(t, []string{
		"Secure IMAP nun ta disponible, y el sirvidor IMAP nun sofita anicios de sesión en testu planu.",     // ast
		"Solicitóse l'usu de seguridá STARTTLS, pero esti sirvidor nun lo sofita.",                           // ast
		"فشلت مصافحة TLS: mail.example.com",                                                                  // ar
		"لم يتم تعيين خادم أو اسم مستخدم.",                                                                   // ar
		"Error no identificat de login o autenticació per a mail.example.com@mail.example.com\n",             // ca
		"s'ha omès la consulta de mail.example.com (error d'autenticació o massa temps d'espera excedits)\n", // ca
		"El servidor no suporta la capacitat per LOGIN requerida\n",                                          // ca
		"S'han esgotat els autenticadors permesos i no es pot continuar.\n",                                  // ca
		"mail.example.com: la promoció a TLS a fallat.\n",                                                    // ca
		"El nom comú del servidor no coincideix: mail.example.com != mail.example.com\n",                     // ca
		"La conexió SSL ha fallat.\n",                                                                        // ca
		"fetchmail: no s'ha trobat cap contrasenya per a mail.example.com@mail.example.com.\n",               // ca
		"Aquesta sessió requereix TLS, però el servidor no admet l'ordre CAPA.\n",                            // ca
		"El servidor SMTP requereix STARTTLS, es manté el missatge.\n",                                       // ca
		"POP3-Server unterstützt Authentifizierungsmethode mail.example.com nicht",                           // de
		"sichere Authentifizierungsmethode kann nicht benutzt werden",                                        // de
		"Authentifizierungsmethode mail.example.com braucht ein Passwort",                                    // de
		"der POP3-Server unterstützt über den STLS-Befehl kein TLS",                                          // de
		"keine benutzbare Authentifizierungsmethode verfügbar",                                               // de
		"Host nicht gefunden (endgültig)",                                                                    // de
		"Unterstützung für TLS ist nicht einkompiliert worden",                                               // de
		"TLS-Aushandlung fehlgeschlagen",                                                                     // de
		"LOGIN е изключен на този сървър.",                                                                   // bg
		"Неуспешен SSL: mail.example.com",                                                                    // bg
		"Връзката пропадна. Желаете ли да се включите отново към POP сървъра?",                               // bg
		"L’autenticació SMTP necessita SASL.",                                                                // ca
		"Този IMAP-сървър е остарял. Mutt няма да работи с него.",                                            // bg
	}, ClassAuth, ClassRevoked)
}
