package classify

import (
	"testing"
)

// Round 42's families for mailbox providers' own apps (round42_apps.go):
// the round's texts, other locales and sibling keys of each message from the
// same strings files (Proton Mail's two Android apps, Infomaniak Mail's iOS
// and Android apps), and look-alikes that must not read as a refused login
// or a revoked grant.
func TestRound42AppsFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// The round's texts.
		{"E-Mail oder Passwort ungültig", ClassAuth, ""},                                                                                          // h42c-infomaniak-kmail-invalid-credentials-de
		{"E-mail ou mot de passe invalide", ClassAuth, ""},                                                                                        // h42c-infomaniak-kmail-invalid-credentials-fr
		{"Email o password non valide", ClassAuth, ""},                                                                                            // h42c-infomaniak-kmail-invalid-credentials-it
		{"Correo electrónico o contraseña no válidos", ClassAuth, ""},                                                                             // h42c-infomaniak-kmail-invalid-credentials-es
		{"Ongeldige e-mail of wachtwoord", ClassAuth, ""},                                                                                         // h42c-infomaniak-kmail-invalid-credentials-nl
		{"Cette adresse est bloquée", ClassBlocked, ""},                                                                                           // h42c-infomaniak-kmail-mailbox-locked-fr
		{"Ta skrzynka pocztowa jest zablokowana", ClassBlocked, ""},                                                                               // h42c-infomaniak-kmail-mailbox-locked-pl
		{"Der Zugriff auf Ihre E-Mail-Adresse ist derzeit gesperrt.\nFür weitere Informationen, FAQ lesen.", ClassBlocked, ""},                    // h42c-infomaniak-kmail-access-blocked-de
		{"L’accesso al tuo indirizzo e-mail è attualmente bloccato.\nPer ulteriori informazioni, leggi le FAQ.", ClassBlocked, ""},                // h42c-infomaniak-kmail-access-blocked-it
		{"El acceso a su dirección de correo electrónico está bloqueado.\nPara más información, lea las preguntas frecuentes.", ClassBlocked, ""}, // h42c-infomaniak-kmail-access-blocked-es
		{"Ein Administrator hat den Nachrichtenversand deaktiviert", ClassAdmin, ""},                                                              // h42c-infomaniak-kmail-admin-disabled-sending-de
		{"Un administrateur a désactivé l’envoi de message", ClassAdmin, ""},                                                                      // h42c-infomaniak-kmail-admin-disabled-sending-fr
		{"Un amministratore ha disabilitato l’invio di messaggi", ClassAdmin, ""},                                                                 // h42c-infomaniak-kmail-admin-disabled-sending-it
		{"Versandlimit erreicht", ClassRateLimited, ""},                                                                                           // h42c-infomaniak-kmail-send-limit-de
		{"Limite d’invio raggiunto", ClassRateLimited, ""},                                                                                        // h42c-infomaniak-kmail-send-limit-it
		{"Du wurdest abgemeldet. Bitte erneut anmelden.", ClassRevoked, ""},                                                                       // h42c-proton-android-signed-out-de
		{"サインアウトされています。もう一度サインインしてください。", ClassRevoked, ""},                                                                                       // h42c-proton-android-signed-out-ja
		{"Вы вышли из системы. Пожалуйста, войдите заново.", ClassRevoked, ""},                                                                    // h42c-proton-android-signed-out-ru
		{"A sua sessão foi encerrada. Digite sua senha de acesso para iniciar sessão novamente.", ClassRevoked, ""},                               // h42c-proton-android-signed-out-pt-rbr
		{"Vous êtes déconnecté, connectez-vous à nouveau.", ClassRevoked, ""},                                                                     // h42c-proton-android-signed-out-fr
		{"L'accès à ce compte est désactivé en raison d’un défaut de paiement. Nous vous invitons à vous connecter via proton.me pour régler votre facture impayée.", ClassBlocked, ""}, // h42c-proton-android-delinquent-fr
		{"L'accesso a questo account è disabilitato a causa di mancato pagamento. Accedi su proton.me per pagare la fattura in sospeso.", ClassBlocked, ""},                             // h42c-proton-android-delinquent-it
		{"此账户因欠费已被停用。请登录 proton.me 续费。", ClassBlocked, ""},                                                                                                                              // h42c-proton-android-delinquent-zh-rcn
		{"Dostęp do tego konta jest wyłączony z powodu braku płatności. Zaloguj się za pomocą proton.me, aby zapłacić zaległe faktury.", ClassBlocked, ""},                              // h42c-proton-android-delinquent-pl
		{"Die Sitzung konnte nicht geladen werden.  Bitte überprüfe deine Verbindung und versuche es erneut.", ClassTransient, ""},                                                      // h42c-proton-android-session-load-failed-de
		{"Le chargement de la session n'a pas abouti. Veuillez vérifier votre connexion et réessayer.", ClassTransient, ""},                                                             // h42c-proton-android-session-load-failed-fr
		{"セッションの読み込みに失敗しました。接続状況を確認してもう一度お試しください。", ClassTransient, ""},                                                                                                                 // h42c-proton-android-session-load-failed-ja
		{"Не удалось загрузить сеанс.  Пожалуйста, проверьте подключение и попробуйте еще раз.", ClassTransient, ""},                                                                    // h42c-proton-android-session-load-failed-ru
		{"L'adresse e-mail est désactivée ou n'est pas valide. Veuillez vérifier que l'adresse est valide et active.", ClassConfig, ""},                                                 // h42c-proton-android-invalid-sender-fr
		{"Sei stato disconnesso. Effettua nuovamente l'accesso.", ClassRevoked, ""},                                                                                                     // h42c-proton-android-signed-out-it
		{"Zostałeś wylogowany. Zaloguj się ponownie.", ClassRevoked, ""},                                                                                                                // h42c-proton-android-signed-out-pl
		{"Oturumunuzu kapattınız. Lütfen yeniden oturum açın.", ClassRevoked, ""},                                                                                                       // h42c-proton-android-signed-out-tr
		// Other locales and sibling keys the round does not hold.
		{"You have been signed out. Please sign in again.", ClassRevoked, "apps_proton_signed_out"},                                                                                             // logged_out_description values
		{"Has sido desconectado. Inicia sesión nuevamente.", ClassRevoked, "apps_proton_signed_out"},                                                                                            // logged_out_description values-es
		{"U bent uitgelogd. Log opnieuw in.", ClassRevoked, "apps_proton_signed_out"},                                                                                                           // logged_out_description values-nl
		{"您已退出账户，请重新登录。", ClassRevoked, "apps_proton_signed_out"},                                                                                                                               // logged_out_description values-zh-rCN
		{"Έχετε αποσυνδεθεί. Παρακαλούμε συνδεθείτε ξανά.", ClassRevoked, "apps_proton_signed_out"},                                                                                             // logged_out_description values-el
		{"Ви вийшли з системи. Будь ласка, увійдіть знову.", ClassRevoked, "apps_proton_signed_out"},                                                                                            // logged_out_description values-uk
		{"Access to this account is disabled due to non-payment. Please sign in through proton.me to pay your unpaid invoice.", ClassBlocked, "apps_proton_delinquent"},                         // delinquency_subtitle values
		{"Der Zugang zu diesem Konto ist wegen Nichtbezahlung gesperrt. Bitte melde dich über proton.me an, um deine unbezahlte Rechnung zu bezahlen.", ClassBlocked, "apps_proton_delinquent"}, // delinquency_subtitle values-de
		{"未払いのため、このアカウントへのアクセスはできません。 未払いの請求書をお支払いいただくには、proton.me からログインしてください。", ClassBlocked, "apps_proton_delinquent"},                                                                      // delinquency_subtitle values-ja
		{"Доступ к этому аккаунту отключен из-за неуплаты. Пожалуйста, войдите через proton.me, чтобы оплатить неоплаченный счет.", ClassBlocked, "apps_proton_delinquent"},                     // delinquency_subtitle values-ru
		{"O acesso a esta conta foi desativado devido à falta de pagamento. Acesse o proton.me para pagar sua fatura pendente.", ClassBlocked, "apps_proton_delinquent"},                        // delinquency_subtitle values-pt-rBR
		{"Unable to load session.  Please check your connection and try again.", ClassTransient, "apps_proton_session_load"},                                                                    // mailbox_error_message_user_session values
		{"No se pudo cargar la sesión. Revisa tu conexión e inténtalo de nuevo.", ClassTransient, "apps_proton_session_load"},                                                                   // mailbox_error_message_user_session values-es-rES
		{"Não foi possível carregar a sessão. Verifique sua conexão e tente novamente.", ClassTransient, "apps_proton_session_load"},                                                            // mailbox_error_message_user_session values-pt-rBR
		{"无法加载会话，请检查您的连接并重试。", ClassTransient, "apps_proton_session_load"},                                                                                                                      // mailbox_error_message_user_session values-zh-rCN
		{"Caricamento della sessione non riuscito", ClassTransient, "apps_proton_session_load"},                                                                                                 // mailbox_error_message_user_session values-it
		{"Disabled or invalid email address. Check that the address is valid and active.", ClassConfig, "apps_proton_sender_disabled"},                                                          // composer_error_send_draft_invalid_sender values
		{"Deaktivierte oder ungültige E-Mail-Adresse. Überprüfe, ob die Adresse gültig und aktiv ist.", ClassConfig, "apps_proton_sender_disabled"},                                             // composer_error_send_draft_invalid_sender values-de
		{"無効なメールアドレスです。アドレスが有効でアクティブであることを確認してください。", ClassConfig, "apps_proton_sender_disabled"},                                                                                               // composer_error_send_draft_invalid_sender values-ja
		{"邮箱地址被禁用或无效，请确认地址有效且可用。", ClassConfig, "apps_proton_sender_disabled"},                                                                                                                  // composer_error_send_draft_invalid_sender values-zh-rCN
		{"Unable to save draft - This sender address is disabled", ClassConfig, "apps_proton_sender_disabled"},                                                                                  // composer_error_store_draft_address_disabled values
		{"L'enregistrement du brouillon n'a pas abouti. L'adresse de l'expéditeur a été désactivée.", ClassConfig, "apps_proton_sender_disabled"},                                               // composer_error_store_draft_address_disabled values-fr
		{"Entwurf konnte nicht gespeichert werden – Diese Absenderadresse ist deaktiviert", ClassConfig, "apps_proton_sender_disabled"},                                                         // composer_error_store_draft_address_disabled values-de
		{"Invalid email or password", ClassAuth, "apps_kmail_invalid_credentials"},                                                                                                              // errorInvalidCredentials en
		{"Ugyldig e-mail eller adgangskode", ClassAuth, "apps_kmail_invalid_credentials"},                                                                                                       // errorInvalidCredentials da
		{"Nieprawidłowy e-mail lub hasło", ClassAuth, "apps_kmail_invalid_credentials"},                                                                                                         // errorInvalidCredentials pl
		{"Ogiltig e-postadress eller lösenord", ClassAuth, "apps_kmail_invalid_credentials"},                                                                                                    // errorInvalidCredentials sv
		{"E-mail ou palavra-passe inválida", ClassAuth, "apps_kmail_invalid_credentials"},                                                                                                       // errorInvalidCredentials pt
		{"This mailbox is locked", ClassBlocked, "apps_kmail_mailbox_locked"},                                                                                                                   // errorMailboxLocked en
		{"Diese Mailbox ist gesperrt", ClassBlocked, "apps_kmail_mailbox_locked"},                                                                                                               // errorMailboxLocked de
		{"Dit mailbox is vergrendeld", ClassBlocked, "apps_kmail_mailbox_locked"},                                                                                                               // errorMailboxLocked nl
		{"Questo indirizzo e-mail è bloccato", ClassBlocked, "apps_kmail_mailbox_locked"},                                                                                                       // errorMailboxLocked it
		{"Access to your mailbox is currently blocked.\nFor further information, please read FAQ.", ClassBlocked, "apps_kmail_mailbox_locked"},                                                  // lockedMailboxBottomSheetDescription en
		{"L’accès à votre adresse mail est actuellement bloqué.\nPour plus d’informations, consultez les FAQ.", ClassBlocked, ""},                                                               // lockedMailboxBottomSheetDescription fr
		{"De toegang tot uw mailbox is momenteel geblokkeerd.\nVoor meer informatie, raadpleeg de FAQ.", ClassBlocked, "apps_kmail_mailbox_locked"},                                             // lockedMailboxBottomSheetDescription nl
		{"Some of your mailboxes are blocked", ClassBlocked, "apps_kmail_mailbox_locked"},                                                                                                       // lockedMailboxViewTitle en
		{"Einige Ihrer Mailboxen sind blockiert", ClassBlocked, "apps_kmail_mailbox_locked"},                                                                                                    // lockedMailboxViewTitle de
		{"An administrator has disabled message sending", ClassAdmin, "apps_kmail_admin_disabled_sending"},                                                                                      // snackbarAdminDisabledMessageSending en
		{"Un administrador ha deshabilitado el envío de mensajes", ClassAdmin, "apps_kmail_admin_disabled_sending"},                                                                             // snackbarAdminDisabledMessageSending es
		{"Een beheerder heeft het verzenden van berichten uitgeschakeld", ClassAdmin, "apps_kmail_admin_disabled_sending"},                                                                      // snackbarAdminDisabledMessageSending nl
		{"An administrator has disabled email sending from this address", ClassAdmin, "apps_kmail_admin_disabled_sending"},                                                                      // snackbarAdminDisabledEmailSendingFromAddress en
		{"Ein Administrator hat das Senden von E-Mails von dieser Adresse deaktiviert", ClassAdmin, "apps_kmail_admin_disabled_sending"},                                                        // snackbarAdminDisabledEmailSendingFromAddress de
		{"Un administrateur a désactivé l’envoi par e-mail depuis cette adresse", ClassAdmin, "apps_kmail_admin_disabled_sending"},                                                              // snackbarAdminDisabledEmailSendingFromAddress fr
		{"Sending limit reached", ClassRateLimited, ""},                                                                                                                                         // errorSendLimitExceeded en
		{"Limite d’envoi atteinte", ClassRateLimited, ""},                                                                                                                                       // errorSendLimitExceeded fr
		{"Límite de envío alcanzado", ClassRateLimited, ""},                                                                                                                                     // errorSendLimitExceeded es
		{"Osiągnięto limit wysyłania", ClassRateLimited, "apps_kmail_send_limit"},                                                                                                               // errorSendLimitExceeded pl
		{"Verzendlimiet bereikt", ClassRateLimited, "apps_kmail_send_limit"},                                                                                                                    // errorSendLimitExceeded nl
	})
	// A server's mailbox lock held by another session is no blocked mailbox.
	assertNotClasses(t, []string{
		"-ERR This mailbox is locked by another session, try again later",
		"-ERR [IN-USE] This mailbox is locked by another POP3 session",
	}, ClassBlocked, ClassRevoked)
	// Look-alikes: the account disabled for non-payment asks to sign in,
	// the session that could not load and the disabled sender address name
	// a session and a disabled address, the locked mailbox and the
	// administrator's policy name access: none is a refused login or a
	// revoked grant.
	assertNotClasses(t, []string{
		"Access to this account is disabled due to non-payment. Please sign in through proton.me to pay your unpaid invoice.",
		"O acesso a esta conta foi desativado devido à falta de pagamento. Acesse o proton.me para pagar sua fatura pendente.",
		"Unable to load session.  Please check your connection and try again.",
		"Não foi possível carregar a sessão. Verifique sua conexão e tente novamente.",
		"Unable to save draft - This sender address is disabled",
		"Access to your mailbox is currently blocked.\nFor further information, please read FAQ.",
		"An administrator has disabled email sending from this address",
	}, ClassAuth, ClassRevoked)
}
