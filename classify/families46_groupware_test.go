package classify

import "testing"

// Round 46's groupware and webmail family (classify/round46_groupware.go):
// every message labelled from sonicle-webtop/webtop-core 2ccaa030, offsoc/kolab
// 61ed2499, sicherha/pykolab cf7712fc, linagora/tmail-flutter e9b412db and
// zentyal/zentyal 08030fe9, in every locale each ships, and look-alikes from
// other products that must keep their reading.
func TestRound46GroupwareFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// WebTop core login page (tpl.login.error.*), every locale
		{"Kein administratives Konto. Bitte wiederholen.", ClassTransient, ""},            // webtop tpl.login.error.maintenance de
		{"Authentifizierungsfehler. Bitte wiederholen.", ClassUnknown, ""},                // webtop tpl.login.error.failure de
		{"Authentication failed.\nPlease contact the administrator.", ClassAdmin, ""},     // webtop tpl.login.error.disabled de
		{"Non administrative account. Please try again.", ClassTransient, ""},             // webtop tpl.login.error.maintenance en
		{"Authentication failed. Please try again.", ClassUnknown, ""},                    // webtop tpl.login.error.failure en
		{"Cuenta no administrativa. Reintentar.", ClassTransient, ""},                     // webtop tpl.login.error.maintenance es
		{"Autenticación fallida. Reintentar.", ClassUnknown, ""},                          // webtop tpl.login.error.failure es
		{"Compte non administrateur. Veuillez réessayer.", ClassTransient, ""},            // webtop tpl.login.error.maintenance fr
		{"Authentification échouée. Veuillez réessayer.", ClassUnknown, ""},               // webtop tpl.login.error.failure fr
		{"To nije administratorski račun. Molimo pokušajte ponovno.", ClassTransient, ""}, // webtop tpl.login.error.maintenance hr
		{"Neuspješna prijava. Molimo pokušajte ponovno.", ClassUnknown, ""},               // webtop tpl.login.error.failure hr
		{"Nem adminisztrációs felhasználó. Kérjük próbálja újra.", ClassTransient, ""},    // webtop tpl.login.error.maintenance hu
		{"Bejelentkezés sikertelen. Kérjük próbálja újra.", ClassUnknown, ""},             // webtop tpl.login.error.failure hu
		{"Utente non amministrativo. Riprovare.", ClassTransient, ""},                     // webtop tpl.login.error.maintenance it
		{"Autenticazione fallita. Riprovare.", ClassUnknown, ""},                          // webtop tpl.login.error.failure it
		{"Autenticazione fallita.\nContattare l'amministratore.", ClassAdmin, ""},         // webtop tpl.login.error.disabled it
		// Kolab 4 (DAV migrator, auth.php)
		{"Invalid DAV credentials or server.", ClassUnknown, ""},               // kolab dav
		{"Connection to IMAP failed", ClassUnknown, ""},                        // kolab imap
		{"Failed to connect to LDAP", ClassTransient, ""},                      // kolab ldap
		{"Failed to bind to LDAP", ClassUnknown, ""},                           // kolab ldap bind
		{"Failed to create an authentication token for DAV", ClassUnknown, ""}, // kolab dav token
		{"Invalid username or password.", ClassAuth, ""},                       // kolab auth.failed en
		{"Nom d'utilisateur et mot de passe invalide.", ClassAuth, ""},         // kolab auth.failed fr
		{"Failed to list folders on the DAV server", ClassUnknown, ""},         // kolab dav list
		// pykolab and wallace log lines, with their de and fr translations
		{"Could not connect to Cyrus IMAP server %r", ClassTransient, ""},                              // pykolab en
		{"Verbindung zum Cyrus IMAP-Server %r nicht möglich", ClassTransient, ""},                      // pykolab de
		{"Impossible de se connecter au serveur Cyrus IMAP %r", ClassTransient, ""},                    // pykolab fr
		{"Could not connect to Dovecot IMAP server %r", ClassTransient, ""},                            // pykolab dovecot
		{"Could not connect to Cyrus IMAP server 'imaps://localhost:993'", ClassTransient, ""},         // pykolab en expanded
		{"Verbindung zum Cyrus IMAP-Server 'imaps://localhost:993' nicht möglich", ClassTransient, ""}, // pykolab de expanded
		{"SMTP sendmail error: %r", ClassUnknown, ""},                                                  // pykolab
		{"SMTP sendmail-Fehler: %r", ClassUnknown, ""},                                                 // pykolab de
		{"IMAP proxy authentication failed: %r", ClassUnknown, ""},                                     // pykolab proxy
		{"IMAP-Proxy Authentifizierung fehlgeschlagen: %r", ClassUnknown, ""},                          // pykolab proxy de
		{"Could not connect to LDAP, is it running?", ClassTransient, ""},                              // pykolab ldap
		{"Konnte nicht zu LDAP verbinden, läuft es?", ClassTransient, ""},                              // pykolab ldap de
		{" Impossible de se connecter au LDAP, est-il en cours d'exécution?", ClassTransient, ""},      // pykolab ldap fr
		{"Connection error: %r; re-connecting...", ClassTransient, ""},                                 // pykolab wap
		{"smtplib - Unknown error occurred: %r", ClassUnknown, ""},                                     // pykolab smtplib
		{"SMTP Connect Error, %r", ClassTransient, ""},                                                 // wallace
		{"SMTP Server Disconnected Error, %r", ClassTransient, ""},                                     // wallace
		{"Authentication failed, LDAP server unavailable", ClassTransient, ""},                         // pykolab auth ldap
		{"Authentifizierung fehlgeschlagen, LDAP-Server nicht erreichbar", ClassTransient, ""},         // pykolab auth ldap de
		// Twake Mail AuthorizationInterceptors log lines
		{"AuthorizationInterceptors: auth_error_type=token_endpoint_400 | will_logout=true — error=$refreshError", ClassRevoked, ""},                                                                                                                                                                                                  // tw
		{"AuthorizationInterceptors::_handleRefreshErrorOnWeb: will_logout=true — error=$error", ClassRevoked, ""},                                                                                                                                                                                                                    // tw
		{"AuthorizationInterceptors::_handleRefreshErrorOnWeb: will_logout=false — error=$error", ClassUnknown, ""},                                                                                                                                                                                                                   // tw
		{"AuthorizationInterceptors::_handleRefreshErrorOnWeb: web refresh network/transient failure, keeping session — error=$error", ClassTransient, ""},                                                                                                                                                                            // tw
		{"AuthorizationInterceptors: auth_error_type=token_endpoint_other | statusCode=${refreshError.response?.statusCode} | will_logout=false — error=$refreshError", ClassUnknown, ""},                                                                                                                                             // tw
		{"AuthorizationInterceptors: auth_error_type=token_refresh_platform_network_failure | platformCode=${e.code} | will_logout=false — error=$e", ClassTransient, ""},                                                                                                                                                             // tw
		{"AuthorizationInterceptors: auth_error_type=forced_logout_401_after_refresh_attempted | will_logout=true | authType=AuthenticationType.oidc | hasConfig=true | hasToken=true | hasRefreshToken=true | tokenExpired=false | hasAttemptedRefresh=true | statusCode=401 | url=https://jmap.example.com/jmap", ClassRevoked, ""}, // tw
		{"AuthorizationInterceptors: auth_error_type=forced_logout_401_retry_rejected | will_logout=true | authType=AuthenticationType.oidc | statusCode=401", ClassRevoked, ""},                                                                                                                                                      // tw
		{"AuthorizationInterceptors: auth_error_type=forced_logout_401_refreshed_token_duplicated | will_logout=true | statusCode=401", ClassRevoked, ""},                                                                                                                                                                             // tw
		{"AuthorizationInterceptors: auth_error_type=forced_logout_401_refresh_preconditions_unmet | will_logout=true | statusCode=401", ClassRevoked, ""},                                                                                                                                                                            // tw
		{"AuthorizationInterceptors: auth_error_type=forced_logout_401_non_oidc_session | will_logout=true | authType=AuthenticationType.basic | statusCode=401", ClassAuth, ""},                                                                                                                                                      // tw
		{"AuthorizationInterceptors: auth_error_type=forced_logout_401_oidc_config_missing | will_logout=true | statusCode=401", ClassUnknown, ""},                                                                                                                                                                                    // tw
		{"Refresh token failed with status 400. Session invalid or revoked.", ClassRevoked, ""},                                                                                                                                                                                                                                       // tw
		// Twake Mail l10n (lib/l10n/intl_*.arb)
		{"عنوان URL للخادم غير صالح ، يرجى المحاولة مرة أخرى", ClassConfig, ""},                                                                                    // twake wrongUrlMessage ar
		{"لا يوجد اتصال بالإنترنت", ClassTransient, ""},                                                                                                            // twake no_internet_connection ar
		{"تم حفظ الرسالة في قائمة انتظار الإرسال.", ClassTransient, ""},                                                                                            // twake messageHasBeenSavedToTheSendingQueue ar
		{"فشل في ارسال رسالتك.", ClassUnknown, ""},                                                                                                                 // twake sendMessageFailure ar
		{"لا يمكن الحصول على رمز ، يرجى مراجعة مسؤول النظام الخاص بك", ClassUnknown, ""},                                                                           // twake canNotGetToken ar
		{"فشل في إرسال رسالتك لأنها كبيرة جدًا.", ClassRejected, ""},                                                                                               // twake sendMessageFailureWithSetErrorTypeTooLarge ar
		{"Falsche Anmeldedaten", ClassAuth, ""},                                                                                                                    // twake badCredentials de
		{"Server-URL ist nicht gültig, bitte versuchen Sie es erneut", ClassConfig, ""},                                                                            // twake wrongUrlMessage de
		{"Keine Internetverbindung", ClassTransient, ""},                                                                                                           // twake no_internet_connection de
		{"Keine Internetverbindung, versuche es später.", ClassTransient, ""},                                                                                      // twake no_internet_connection_try_again_later de
		{"Vorübergehendes Netzwerkproblem. Nachrichten stehen in der Warteschlange für einen erneuten Versuch, wenn eine Verbindung besteht.", ClassTransient, ""}, // twake messageHasBeenSavedToTheSendingQueue de
		{"Sie sind offline. Es sieht so aus, als ob Sie nicht verbunden sind.", ClassTransient, ""},                                                                // twake youAreOffline de
		{"Fehler beim Senden Ihrer Nachricht.", ClassUnknown, ""},                                                                                                  // twake sendMessageFailure de
		{"Das Senden der Nachricht ist fehlgeschlagen.\nEin Fehler ist beim Versenden der E-Mail aufgetreten.", ClassUnknown, ""},                                  // twake warningMessageWhenSendEmailFailure de
		{"Token kann nicht abgerufen werden, bitte wenden Sie sich an Ihren Systemadministrator", ClassUnknown, ""},                                                // twake canNotGetToken de
		{"Fehler beim Senden Ihrer Nachricht, da sie zu groß ist.", ClassRejected, ""},                                                                             // twake sendMessageFailureWithSetErrorTypeTooLarge de
		{"Server URL is not valid, please try again", ClassConfig, ""},                                                                                             // twake wrongUrlMessage en
		{"No internet connection", ClassTransient, ""},                                                                                                             // twake no_internet_connection en
		{"Temporary network issue. Messages queued for retry when connected.", ClassTransient, ""},                                                                 // twake messageHasBeenSavedToTheSendingQueue en
		{"Failure to send your message.", ClassUnknown, ""},                                                                                                        // twake sendMessageFailure en
		{"Can not get token, please check with your system administrator", ClassUnknown, ""},                                                                       // twake canNotGetToken en
		{"Failure to send your message, because it is too large.", ClassRejected, ""},                                                                              // twake sendMessageFailureWithSetErrorTypeTooLarge en
		{"Sen Interreta konekto", ClassTransient, ""},                                                                                                              // twake no_internet_connection eo
		{"Identifiants invalides", ClassAuth, ""},                                                                                                                  // twake badCredentials fr
		{"L'URL du serveur n'est pas valide, veuillez réessayer", ClassConfig, ""},                                                                                 // twake wrongUrlMessage fr
		{"Erreur client lors de la liaison : {errorMessage}", ClassConfig, ""},                                                                                     // twake handshakeException fr
		{"Aucune connexion Internet", ClassTransient, ""},                                                                                                          // twake no_internet_connection fr
		{"Connexion Internet indisponible, réessayez plus tard.", ClassTransient, ""},                                                                              // twake no_internet_connection_try_again_later fr
		{"Problème de réseau temporaire. Les messages ont été mis en file d'attente pour une nouvelle tentative une fois connecté.", ClassTransient, ""},           // twake messageHasBeenSavedToTheSendingQueue fr
		{"Vous êtes hors ligne. Veuillez vérifier votre connexion.", ClassTransient, ""},                                                                           // twake youAreOffline fr
		{"Impossible d'envoyer votre message.", ClassUnknown, ""},                                                                                                  // twake sendMessageFailure fr
		{"L'envoi du message a échoué.\nUne erreur s'est produite lors de l'envoi du message.", ClassUnknown, ""},                                                  // twake warningMessageWhenSendEmailFailure fr
		{"Impossible d'obtenir le jeton, veuillez contacter votre administrateur système", ClassUnknown, ""},                                                       // twake canNotGetToken fr
		{"Échec de l'envoi de votre message, car il est trop volumineux.", ClassRejected, ""},                                                                      // twake sendMessageFailureWithSetErrorTypeTooLarge fr
		{"Dintiúir dona", ClassAuth, ""},                                                                                                                           // twake badCredentials ga
		{"Níl URL an fhreastalaí bailí, bain triail eile as", ClassConfig, ""},                                                                                     // twake wrongUrlMessage ga
		{"Earráid chroitheadh láimhe sa chliant: {errorMessage}", ClassConfig, ""},                                                                                 // twake handshakeException ga
		{"Gan nasc idirlín", ClassTransient, ""},                                                                                                                   // twake no_internet_connection ga
		{"Gan nasc idirlín, bain triail eile as níos déanaí.", ClassTransient, ""},                                                                                 // twake no_internet_connection_try_again_later ga
		{"Eisiúint shealadach líonra. Cuireadh teachtaireachtaí i scuaine le haghaidh atriail nuair a bhíonn siad ceangailte.", ClassTransient, ""},                // twake messageHasBeenSavedToTheSendingQueue ga
		{"Tá tú as líne. Tá an chuma ar an scéal nach bhfuil tú ceangailte.", ClassTransient, ""},                                                                  // twake youAreOffline ga
		{"Teip ar do theachtaireacht a sheoladh.", ClassUnknown, ""},                                                                                               // twake sendMessageFailure ga
		{"Theip ar sheoladh na teachtaireachta.\nTharla earráid agus post á sheoladh.", ClassUnknown, ""},                                                          // twake warningMessageWhenSendEmailFailure ga
		{"Ní féidir comhartha a fháil, seiceáil le do riarthóir córais le do thoil", ClassUnknown, ""},                                                             // twake canNotGetToken ga
		{"Teip ar do theachtaireacht a sheoladh, toisc go bhfuil sé ró-mhór.", ClassRejected, ""},                                                                  // twake sendMessageFailureWithSetErrorTypeTooLarge ga
		{"L'URL del server non è valido, si prega di riprovare", ClassConfig, ""},                                                                                  // twake wrongUrlMessage it
		{"Nessuna connessione internet", ClassTransient, ""},                                                                                                       // twake no_internet_connection it
		{"Impossibile inviare il messaggio.", ClassUnknown, ""},                                                                                                    // twake sendMessageFailure it
		{"Impossibile ottenere il token, chiedi un consiglio all'amministratore di sistema", ClassUnknown, ""},                                                     // twake canNotGetToken it
		{"Impossibile inviare il messaggio perché è troppo grande.", ClassRejected, ""},                                                                            // twake sendMessageFailureWithSetErrorTypeTooLarge it
		{"Bad credentials", ClassAuth, ""},                                                                                                                         // twake badCredentials messages
		{"Handshake error in client: {errorMessage}", ClassConfig, ""},                                                                                             // twake handshakeException messages
		{"No internet connection, try again later.", ClassTransient, ""},                                                                                           // twake no_internet_connection_try_again_later messages
		{"You are offline. It looks like you are not connected.", ClassTransient, ""},                                                                              // twake youAreOffline messages
		{"Sending of the message failed.\nAn error occurred while sending mail.", ClassUnknown, ""},                                                                // twake warningMessageWhenSendEmailFailure messages
		{"Нэвтрэх мэдээлэл буруу байна", ClassAuth, ""},                                                                                                            // twake badCredentials mn
		{"Серверийн URL хүчингүй байна, дахин оролдоно уу", ClassConfig, ""},                                                                                       // twake wrongUrlMessage mn
		{"Клиент дэх гарын холбооны алдаа: {errorMessage}", ClassConfig, ""},                                                                                       // twake handshakeException mn
		{"Интернэт холболт алга", ClassTransient, ""},                                                                                                              // twake no_internet_connection mn
		{"Интернэт холболт алга, дараа дахин оролдоно уу.", ClassTransient, ""},                                                                                    // twake no_internet_connection_try_again_later mn
		{"Сүлжээний түр зуурын алдаа. Холбогдох үед дахин илгээхээр мессежийг дараалалд оруулав.", ClassTransient, ""},                                             // twake messageHasBeenSavedToTheSendingQueue mn
		{"Та офлайн байна. Интернэтэд холбогдоогүй байх шиг байна.", ClassTransient, ""},                                                                           // twake youAreOffline mn
		{"Таны мессежийг илгээж чадсангүй.", ClassUnknown, ""},                                                                                                     // twake sendMessageFailure mn
		{"Мессеж илгээхэд алдаа гарлаа.\nИмэйл илгээхэд алдаа гарлаа.", ClassUnknown, ""},                                                                          // twake warningMessageWhenSendEmailFailure mn
		{"Токен авч чадсангүй, системийн администратортайгаа шалгана уу", ClassUnknown, ""},                                                                        // twake canNotGetToken mn
		{"Хэт том тул таны мессежийг илгээж чадсангүй.", ClassRejected, ""},                                                                                        // twake sendMessageFailureWithSetErrorTypeTooLarge mn
		{"Credenciais incorretas", ClassAuth, ""},                                                                                                                  // twake badCredentials pt
		{"Erro de handshake no cliente: {errorMessage}", ClassConfig, ""},                                                                                          // twake handshakeException pt
		{"Sem conexão à Internet", ClassTransient, ""},                                                                                                             // twake no_internet_connection pt
		{"Sem conexão à internet, tente novamente mais tarde.", ClassTransient, ""},                                                                                // twake no_internet_connection_try_again_later pt
		{"Неверные учетные данные", ClassAuth, ""},                                                                                                                 // twake badCredentials ru
		{"URL-адрес сервера неверен, пожалуйста, попробуйте еще раз", ClassConfig, ""},                                                                             // twake wrongUrlMessage ru
		{"Сбой рукопожатия в клиенте: {errorMessage}", ClassConfig, ""},                                                                                            // twake handshakeException ru
		{"Подключение к Интернету отсутствует", ClassTransient, ""},                                                                                                // twake no_internet_connection ru
		{"Отсутствует подключение к интернету, попробуйте позже.", ClassTransient, ""},                                                                             // twake no_internet_connection_try_again_later ru
		{"Временные проблемы с сетью. Сообщения будут отправлены, когда соединение восстановится.", ClassTransient, ""},                                            // twake messageHasBeenSavedToTheSendingQueue ru
		{"Вы не в сети. Кажется, вы не подключены к интернету.", ClassTransient, ""},                                                                               // twake youAreOffline ru
		{"Не удалось отправить сообщение.", ClassUnknown, ""},                                                                                                      // twake sendMessageFailure ru
		{"Не удалось отправить сообщение.\nВ процессе отправки произошла ошибка.", ClassUnknown, ""},                                                               // twake warningMessageWhenSendEmailFailure ru
		{"Не удается получить токен, обратитесь к системному администратору", ClassUnknown, ""},                                                                    // twake canNotGetToken ru
		{"Не удалось отправить сообщение, так как превышена его максимальная длина.", ClassRejected, ""},                                                           // twake sendMessageFailureWithSetErrorTypeTooLarge ru
		{"சேவையக முகவரி செல்லுபடியாகாது, தயவுசெய்து மீண்டும் முயற்சிக்கவும்", ClassConfig, ""}, // twake wrongUrlMessage ta
		{"இணைய இணைப்பு இல்லை", ClassTransient, ""},                                   // twake no_internet_connection ta
		{"இணைய இணைப்பு இல்லை, பின்னர் மீண்டும் முயற்சிக்கவும்.", ClassTransient, ""}, // twake no_internet_connection_try_again_later ta
		{"தற்காலிக பிணைய சிக்கல். இணைக்கப்படும்போது மீண்டும் முயற்சித்த செய்திகள் வரிசைப்படுத்தப்பட்டுள்ளன.", ClassTransient, ""}, // twake messageHasBeenSavedToTheSendingQueue ta
		{"நீங்கள் ஆஃப்லைனில் இருக்கிறீர்கள். நீங்கள் இணைக்கப்படவில்லை என்று தெரிகிறது.", ClassTransient, ""},                      // twake youAreOffline ta
		{"உங்கள் செய்தியை அனுப்பத் தவறியது.", ClassUnknown, ""},                                                                   // twake sendMessageFailure ta
		{"செய்தியை அனுப்புவது தோல்வியடைந்தது.\n அஞ்சல் அனுப்பும் போது பிழை ஏற்பட்டது.", ClassUnknown, ""},                         // twake warningMessageWhenSendEmailFailure ta
		{"கிள்ளாக்கு பெற முடியாது, தயவுசெய்து உங்கள் கணினி நிர்வாகியுடன் சரிபார்க்கவும்", ClassUnknown, ""},                       // twake canNotGetToken ta
		{"உங்கள் செய்தியை அனுப்பத் தவறியது, ஏனெனில் அது மிகப் பெரியது.", ClassRejected, ""},                                       // twake sendMessageFailureWithSetErrorTypeTooLarge ta
		{"Недійсні облікові дані", ClassAuth, ""},                                                                                     // twake badCredentials uk
		{"URL-адреса сервера недійсна, спробуйте ще раз", ClassConfig, ""},                                                            // twake wrongUrlMessage uk
		{"Помилка рукостискання в клієнті: {errorMessage}", ClassConfig, ""},                                                          // twake handshakeException uk
		{"Немає підключення до Інтернету", ClassTransient, ""},                                                                        // twake no_internet_connection uk
		{"Немає інтернет-з’єднання, спробуйте пізніше.", ClassTransient, ""},                                                          // twake no_internet_connection_try_again_later uk
		{"Тимчасова проблема з мережею. Повідомлення поставлені в чергу для повторної спроби після підключення.", ClassTransient, ""}, // twake messageHasBeenSavedToTheSendingQueue uk
		{"Ви офлайн. Схоже, ви не підключені.", ClassTransient, ""},                                                                   // twake youAreOffline uk
		{"Не вдалося надіслати ваше повідомлення.", ClassUnknown, ""},                                                                 // twake sendMessageFailure uk
		{"Не вдалося надіслати повідомлення.\nПід час надсилання пошти сталася помилка.", ClassUnknown, ""},                           // twake warningMessageWhenSendEmailFailure uk
		{"Не вдається отримати токен, зверніться до системного адміністратора", ClassUnknown, ""},                                     // twake canNotGetToken uk
		{"Не вдалося надіслати ваше повідомлення, оскільки воно занадто велике.", ClassRejected, ""},                                  // twake sendMessageFailureWithSetErrorTypeTooLarge uk
		{"Tài khoản không hợp lệ", ClassAuth, ""},                                                                                     // twake badCredentials vi
		{"Đường dẫn máy chủ không hợp lệ, hãy thử lại", ClassConfig, ""},                                                              // twake wrongUrlMessage vi
		{"Không có kết nối", ClassTransient, ""},                                                                                      // twake no_internet_connection vi
		{"Không có kết nối mạng, thử lại sau.", ClassTransient, ""},                                                                   // twake no_internet_connection_try_again_later vi
		{"Sự cố mạng tạm thời. Tin nhắn được lưu vào hàng đợi để gửi lại khi được kết nối.", ClassTransient, ""},                      // twake messageHasBeenSavedToTheSendingQueue vi
		{"Bạn đang ngoại tuyến.", ClassTransient, ""},                                                                                 // twake youAreOffline vi
		{"Không thể gửi tin nhắn của bạn.", ClassUnknown, ""},                                                                         // twake sendMessageFailure vi
		{"Gửi thư không thành công.\nCó lỗi trong quá trình gửi thư.", ClassUnknown, ""},                                              // twake warningMessageWhenSendEmailFailure vi
		{"Không thể lấy được token, hãy liên hệ với quản trị hệ thống", ClassUnknown, ""},                                             // twake canNotGetToken vi
		{"Không thể gửi tin nhắn của bạn, vì nó quá lớn.", ClassRejected, ""},                                                         // twake sendMessageFailureWithSetErrorTypeTooLarge vi
		{"凭据错误", ClassAuth, ""},                     // twake badCredentials zh_Hans
		{"服务器 URL 无效，请重试", ClassConfig, ""},         // twake wrongUrlMessage zh_Hans
		{"客户端握手错误：{errorMessage}", ClassConfig, ""}, // twake handshakeException zh_Hans
		{"未连接到互联网", ClassTransient, ""},             // twake no_internet_connection zh_Hans
		{"未连接到互联网，请稍后重试。", ClassTransient, ""},      // twake no_internet_connection_try_again_later zh_Hans
		{"临时网络问题。连接后排队等待重试邮件。", ClassTransient, ""}, // twake messageHasBeenSavedToTheSendingQueue zh_Hans
		{"您已离线，您似乎没有连接。", ClassTransient, ""},       // twake youAreOffline zh_Hans
		{"邮件发送失败。", ClassUnknown, ""},               // twake sendMessageFailure zh_Hans
		{"邮件发送失败。\n发送邮件时出错。", ClassUnknown, ""},     // twake warningMessageWhenSendEmailFailure zh_Hans
		{"无法获取令牌，请与系统管理员联系", ClassUnknown, ""},      // twake canNotGetToken zh_Hans
		{"邮件发送失败，因为它太大了。", ClassRejected, ""},       // twake sendMessageFailureWithSetErrorTypeTooLarge zh_Hans
		// Zentyal mail log events (Mail.pm) and their po translations
		{"Maximum message size exceeded", ClassRejected, ""},                  // zentyal en
		{"User quota exceeded", ClassRecipient, ""},                           // zentyal en
		{"Relay access denied", ClassConfig, ""},                              // zentyal en
		{"Account does not exist", ClassRecipient, ""},                        // zentyal en
		{"Host unreachable", ClassTransient, ""},                              // zentyal en
		{"Authentication error", ClassAuth, ""},                               // zentyal en
		{"Greylisted", ClassTransient, ""},                                    // zentyal en
		{"Relay rejected by the smarthost", ClassUnknown, ""},                 // zentyal en
		{"Other events", ClassUnknown, ""},                                    // zentyal en
		{"Tamaño masimo de mensache eszedito", ClassRejected, ""},             // zentyal Maximum message size exceeded an
		{"Aczeso de Relay denegato", ClassConfig, ""},                         // zentyal Relay access denied an
		{"A maquina no puede adubir-se", ClassTransient, ""},                  // zentyal Host unreachable an
		{"Error d'autenticazión", ClassAuth, ""},                              // zentyal Authentication error an
		{"Atros ebentos", ClassUnknown, ""},                                   // zentyal Other events an
		{"Mida màxima del missatge superat", ClassRejected, ""},               // zentyal Maximum message size exceeded ca
		{"Accés de relleu denegat", ClassConfig, ""},                          // zentyal Relay access denied ca
		{"Amfitrió inassolible", ClassTransient, ""},                          // zentyal Host unreachable ca
		{"Error d'autenticació", ClassAuth, ""},                               // zentyal Authentication error ca
		{"Llista gris", ClassTransient, ""},                                   // zentyal Greylisted ca
		{"Retransmisió denegada pel smarthost", ClassUnknown, ""},             // zentyal Relay rejected by the smarthost ca
		{"Altres events", ClassUnknown, ""},                                   // zentyal Other events ca
		{"Maximální velikost zprávy překročena", ClassRejected, ""},           // zentyal Maximum message size exceeded cs
		{"Relay access zakázán", ClassConfig, ""},                             // zentyal Relay access denied cs
		{"Stroj není nedosažitelný", ClassTransient, ""},                      // zentyal Host unreachable cs
		{"Chyba při ověřování", ClassAuth, ""},                                // zentyal Authentication error cs
		{"Pozdrženo (greylist)", ClassTransient, ""},                          // zentyal Greylisted cs
		{"Přeposílač odmítnut smarthostem", ClassUnknown, ""},                 // zentyal Relay rejected by the smarthost cs
		{"Další události", ClassUnknown, ""},                                  // zentyal Other events cs
		{"Maximum medddelelses størrelse overskredet", ClassRejected, ""},     // zentyal Maximum message size exceeded da
		{"Host udenfor rækkevidde", ClassTransient, ""},                       // zentyal Host unreachable da
		{"Godkendelses fejl", ClassAuth, ""},                                  // zentyal Authentication error da
		{"Andre handlinger", ClassUnknown, ""},                                // zentyal Other events da
		{"Maximale Nachrichtengröße überschritten", ClassRejected, ""},        // zentyal Maximum message size exceeded de
		{"Hostrechner nicht erreichbar", ClassTransient, ""},                  // zentyal Host unreachable de
		{"Authentifizierungsfehler", ClassAuth, ""},                           // zentyal Authentication error de
		{"Graugelistet", ClassTransient, ""},                                  // zentyal Greylisted de
		{"Übermittlung durch den smarthost verweigert", ClassUnknown, ""},     // zentyal Relay rejected by the smarthost de
		{"Andere Ereignisse", ClassUnknown, ""},                               // zentyal Other events de
		{"Tamaño máximo de mensaje excedido", ClassRejected, ""},              // zentyal Maximum message size exceeded es
		{"Acceso de retransmisión denegado", ClassConfig, ""},                 // zentyal Relay access denied es
		{"Máquina inalcanzable", ClassTransient, ""},                          // zentyal Host unreachable es
		{"Error de autenticación", ClassAuth, ""},                             // zentyal Authentication error es
		{"Incorporado a la lista gris", ClassTransient, ""},                   // zentyal Greylisted es
		{"Reenvío denegado por el smarthost", ClassUnknown, ""},               // zentyal Relay rejected by the smarthost es
		{"Otros eventos", ClassUnknown, ""},                                   // zentyal Other events es
		{"Maksimaalse suuruse ületanud sõnumid", ClassRejected, ""},           // zentyal Maximum message size exceeded et
		{"Masin kättesaamatu", ClassTransient, ""},                            // zentyal Host unreachable et
		{"Autentimise viga", ClassAuth, ""},                                   // zentyal Authentication error et
		{"Greylistis", ClassTransient, ""},                                    // zentyal Greylisted et
		{"Muud sündmused", ClassUnknown, ""},                                  // zentyal Other events et
		{"Taille maximale de message dépassée", ClassRejected, ""},            // zentyal Maximum message size exceeded fr
		{"Accès au relai refusé", ClassConfig, ""},                            // zentyal Relay access denied fr
		{"Hôte injoignable", ClassTransient, ""},                              // zentyal Host unreachable fr
		{"Erreur d'authentification", ClassAuth, ""},                          // zentyal Authentication error fr
		{"En liste grise (Greylisted)", ClassTransient, ""},                   // zentyal Greylisted fr
		{"Autres événements", ClassUnknown, ""},                               // zentyal Other events fr
		{"Túllépte a megengedett levélméretet", ClassRejected, ""},            // zentyal Maximum message size exceeded hu
		{"Levéltovábbítás elérése megtiltva", ClassConfig, ""},                // zentyal Relay access denied hu
		{"A gép nem érhető el", ClassTransient, ""},                           // zentyal Host unreachable hu
		{"Hitelesítési hiba", ClassAuth, ""},                                  // zentyal Authentication error hu
		{"Szürkelistára téve", ClassTransient, ""},                            // zentyal Greylisted hu
		{"A továbbítást visszautasította a levéltovábbító", ClassUnknown, ""}, // zentyal Relay rejected by the smarthost hu
		{"Más események", ClassUnknown, ""},                                   // zentyal Other events hu
		{"Dimensione massima del messaggio in eccesso", ClassRejected, ""},    // zentyal Maximum message size exceeded it
		{"Accesso relay negato", ClassConfig, ""},                             // zentyal Relay access denied it
		{"Host non raggiungibile", ClassTransient, ""},                        // zentyal Host unreachable it
		{"Errore di autenticazione", ClassAuth, ""},                           // zentyal Authentication error it
		{"In greylist", ClassTransient, ""},                                   // zentyal Greylisted it
		{"Altri eventi", ClassUnknown, ""},                                    // zentyal Other events it
		{"メッセージサイズ最大値を超えています", ClassRejected, ""},                             // zentyal Maximum message size exceeded ja
		{"リレーアクセスが拒否されました", ClassConfig, ""},                                  // zentyal Relay access denied ja
		{"ホストに到達できません", ClassTransient, ""},                                   // zentyal Host unreachable ja
		{"認証エラー", ClassAuth, ""},                                              // zentyal Authentication error ja
		{"グレイリスト", ClassTransient, ""},                                        // zentyal Greylisted ja
		{"スマートホストで拒否されたリレーは", ClassUnknown, ""},                               // zentyal Relay rejected by the smarthost ja
		{"その他のイベント", ClassUnknown, ""},                                        // zentyal Other events ja
		{"Pasiektas maksimalus laiško dydis", ClassRejected, ""},              // zentyal Maximum message size exceeded lt
		{"Perdavimo prieiga draudžiama", ClassConfig, ""},                     // zentyal Relay access denied lt
		{"Mazgas nepasiekiamas", ClassTransient, ""},                          // zentyal Host unreachable lt
		{"Autentifikacijos klaida", ClassAuth, ""},                            // zentyal Authentication error lt
		{"Perdavimas atmestas pagal smarthost", ClassUnknown, ""},             // zentyal Relay rejected by the smarthost lt
		{"Kiti įvykiai", ClassUnknown, ""},                                    // zentyal Other events lt
		{"Maksimal meldingsstørrelse overskredet", ClassRejected, ""},         // zentyal Maximum message size exceeded nb
		{"Videresendingstilgang avvist", ClassConfig, ""},                     // zentyal Relay access denied nb
		{"Kan ikke nå vert", ClassTransient, ""},                              // zentyal Host unreachable nb
		{"Autentiseringsfeil", ClassAuth, ""},                                 // zentyal Authentication error nb
		{"Grå listet", ClassTransient, ""},                                    // zentyal Greylisted nb
		{"Andre hendelser", ClassUnknown, ""},                                 // zentyal Other events nb
		{"Rozmiar wiadomości przekroczony", ClassRejected, ""},                // zentyal Maximum message size exceeded pl
		{"Host nieosiągalny", ClassTransient, ""},                             // zentyal Host unreachable pl
		{"Błąd autentykacji", ClassAuth, ""},                                  // zentyal Authentication error pl
		{"Dodano do Greylisty", ClassTransient, ""},                           // zentyal Greylisted pl
		{"Inne zdarzenia", ClassUnknown, ""},                                  // zentyal Other events pl
		{"Tamanho máximo da mensagem excedido", ClassRejected, ""},            // zentyal Maximum message size exceeded pt
		{"Acesso ao encaminhamento negado", ClassConfig, ""},                  // zentyal Relay access denied pt
		{"Não é possível alcançar a máquina", ClassTransient, ""},             // zentyal Host unreachable pt
		{"Erro de autenticação", ClassAuth, ""},                               // zentyal Authentication error pt
		{"Colocado na Greylist", ClassTransient, ""},                          // zentyal Greylisted pt
		{"Outros eventos", ClassUnknown, ""},                                  // zentyal Other events pt
		{"Tamanho máximo de mensagem excedido", ClassRejected, ""},            // zentyal Maximum message size exceeded pt_BR
		{"Host inalcançável", ClassTransient, ""},                             // zentyal Host unreachable pt_BR
		{"Adicionado na lista cinza", ClassTransient, ""},                     // zentyal Greylisted pt_BR
		{"Relay rejeitado pelo smarthost", ClassUnknown, ""},                  // zentyal Relay rejected by the smarthost pt_BR
		{"Превышен максимальный размер сообщения", ClassRejected, ""},         // zentyal Maximum message size exceeded ru
		{"Доступ к пересылке отклонен", ClassConfig, ""},                      // zentyal Relay access denied ru
		{"Узел недоступен", ClassTransient, ""},                               // zentyal Host unreachable ru
		{"Ошибка аутентификации", ClassAuth, ""},                              // zentyal Authentication error ru
		{"Серый список", ClassTransient, ""},                                  // zentyal Greylisted ru
		{"Другие события", ClassUnknown, ""},                                  // zentyal Other events ru
		{"Maximal meddelandestorlek överskriden", ClassRejected, ""},          // zentyal Maximum message size exceeded sv
		{"Relä åtkomst nekad", ClassConfig, ""},                               // zentyal Relay access denied sv
		{"Värd ej nåbar", ClassTransient, ""},                                 // zentyal Host unreachable sv
		{"Autentiseringsfel", ClassAuth, ""},                                  // zentyal Authentication error sv
		{"Grålistad", ClassTransient, ""},                                     // zentyal Greylisted sv
		{"Övriga händelser", ClassUnknown, ""},                                // zentyal Other events sv
		{"İleti boyutu üst sınırı aşıldı", ClassRejected, ""},                 // zentyal Maximum message size exceeded tr
		{"Posta iletme erişimi engellendi", ClassConfig, ""},                  // zentyal Relay access denied tr
		{"Ana makine ulaşılamaz durumda", ClassTransient, ""},                 // zentyal Host unreachable tr
		{"Diğer olaylar", ClassUnknown, ""},                                   // zentyal Other events tr
		{"超出消息大小最大值", ClassRejected, ""},                                      // zentyal Maximum message size exceeded zh_CN
		{"转发访问拒绝", ClassConfig, ""},                                           // zentyal Relay access denied zh_CN
		{"站点不可达", ClassTransient, ""},                                         // zentyal Host unreachable zh_CN
		{"身份验证发生错误", ClassAuth, ""},                                           // zentyal Authentication error zh_CN
		{"灰名单", ClassTransient, ""},                                           // zentyal Greylisted zh_CN
		{"转发被 smarthost 拒绝", ClassUnknown, ""},                                // zentyal Relay rejected by the smarthost zh_CN
		{"其他事件", ClassUnknown, ""},                                            // zentyal Other events zh_CN
		{"超過最大郵件大小", ClassRejected, ""},                                       // zentyal Maximum message size exceeded zh_TW
		{"禁止 relay 存取", ClassConfig, ""},                                      // zentyal Relay access denied zh_TW
		{"主機無法連線", ClassTransient, ""},                                        // zentyal Host unreachable zh_TW
		{"Smarthost 拒絕轉送", ClassUnknown, ""},                                  // zentyal Relay rejected by the smarthost zh_TW

		// Look-alikes: other products' wording and the family's catch-alls keep their class.
		{"Authentication failed", ClassAuth, ""},
		{"Authentication failed.", ClassAuth, ""},
		{"Authentication failed: invalid credentials", ClassAuth, ""},
		{"535 5.7.8 Error: authentication failed: authentication failure", ClassAuth, ""},
		{"Authentification échouée", ClassAuth, ""},
		{"Autenticazione fallita", ClassAuth, ""},
		{"Autenticación fallida", ClassAuth, ""},
		{"Authentifizierungsfehler", ClassAuth, ""},
		{"Invalid credentials", ClassAuth, ""},
		{"Connection to IMAP failed", ClassUnknown, ""},
		{"Could not connect to IMAP server", ClassTransient, ""},
		{"Relay rejected by the smarthost", ClassUnknown, ""},
		{"Reenvío denegado por el smarthost", ClassUnknown, ""},
		{"SMTP sendmail error: %r", ClassUnknown, ""},
		{"SMTP sendmail-Fehler: %r", ClassUnknown, ""},
		{"AuthorizationInterceptors: auth_error_type=token_endpoint_other | statusCode=${refreshError.response?.statusCode} | will_logout=false — error=$refreshError", ClassUnknown, ""},
		{"AuthorizationInterceptors::_handleRefreshErrorOnWeb: will_logout=false — error=$error", ClassUnknown, ""},
		{"Refresh token failed with status $code. Session invalid or revoked.", ClassRevoked, ""},
		{"Error while ensuring imap connection", ClassUnknown, ""},
		{"Could not authenticate. Reason: {}", ClassAuth, ""},
		{"Error initializing Sieve client [{}, {}, {}]", ClassUnknown, ""},
		{"Authentication failed. Please check your password and try again.", ClassAuth, ""},
		{"Login failed. Please try again.", ClassAuth, ""},
		{"Please contact the administrator.", ClassUnknown, ""},
		{"554 5.7.1 <a@example.com>: Relay access denied", ClassConfig, ""},
		{"Relay access denied", ClassConfig, ""},
		{"Host unreachable", ClassTransient, ""},
		{"No route to host", ClassTransient, ""},
		{"Falsche Anmeldedaten", ClassAuth, ""},
		{"Identifiants invalides", ClassAuth, ""},
		{"Nom d'utilisateur et mot de passe invalide.", ClassAuth, ""},
		{"Invalid username or password.", ClassAuth, ""},
		{"Sending of the message failed.\nAn error occurred while sending mail.", ClassUnknown, ""},
		{"Temporary network issue. Messages queued for retry when connected.", ClassTransient, ""},
		{"Could not connect to Dovecot IMAP server %r", ClassTransient, ""},
		{"Could not connect to Cyrus IMAP server %r", ClassTransient, ""},
		{"Impossible de se connecter au serveur Cyrus IMAP %r", ClassTransient, ""},
		{"Server URL is required", ClassUnknown, ""},
		{"Invalid DAV credentials", ClassAuth, ""},
		{"Failed to bind to LDAP", ClassUnknown, ""},
		{"Connection error", ClassUnknown, ""},
		{"Greylisted, please try again later", ClassTransient, ""},
		{"552 5.3.4 Message size exceeds fixed limit", ClassRejected, ""},
		{"Failure to send your message, because it is over quota.", ClassRecipient, ""},
		{"Can not get token, please check with your system administrator", ClassUnknown, ""},
	})
}
