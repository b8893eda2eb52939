package classify

import "testing"

// Round 57's family "prompts" in other languages (round57_prompts.go): the
// catalog reconnect_prompts_l10n.jsonl holds the products' translations as
// they ship them; here are composed sentences a product would show in the
// same words, and look-alikes that keep another reading.
func TestRound57PromptsFamilies(t *testing.T) {
	assertCatalogClasses(t, "reconnect_prompts_l10n")

	assertTextRules(t, []textCase{
		// A product asks the owner to reconnect the mail account.
		{"La sincronización se detuvo. Por favor, reconecta tu cuenta de Gmail.", ClassRevoked, ""},
		{"No pudimos enviar el correo: reconectá tu cuenta de Outlook desde Ajustes.", ClassRevoked, "prompts_reconnect_l10n"},
		{"Envio pausado. Por favor, reconecte a sua conta do Gmail para continuar.", ClassRevoked, ""},
		{"L'envoi est suspendu : veuillez reconnecter votre boîte Gmail.", ClassRevoked, ""},
		{"Merci de reconnecter ton compte Outlook pour reprendre la synchronisation.", ClassRevoked, "prompts_reconnect_l10n"},
		{"Das Postfach sales@example.com muss erneut verbunden werden.", ClassRevoked, ""},
		{"Die Synchronisierung wurde angehalten. Bitte öffne die Einstellungen, um dein Gmail-Konto erneut zu verbinden.", ClassRevoked, ""},
		{"Invio sospeso: è necessario ricollegare la casella Gmail dalle impostazioni.", ClassRevoked, "prompts_reconnect_l10n"},
		{"Open de instellingen om je Gmail-mailbox opnieuw te koppelen.", ClassRevoked, "prompts_reconnect_l10n"},
		{"Trimiterea a fost oprită: reconectaţi contul Gmail din setări.", ClassRevoked, "prompts_reconnect_l10n"},
		{"Wysyłanie wstrzymane. Musisz ponownie połączyć skrzynkę Gmail.", ClassRevoked, "prompts_reconnect_l10n"},
		{"Odesílání pozastaveno: je třeba znovu připojit účet Google.", ClassRevoked, "prompts_reconnect_l10n"},
		{"Gönderim durduruldu. Lütfen Gmail hesabınızı yeniden bağlayın.", ClassRevoked, ""},
		{"Отправка приостановлена: необходимо переподключить почтовый ящик Gmail.", ClassRevoked, "prompts_reconnect_l10n"},
		{"Надсилання призупинено: щоб повторно підключити скриньку Gmail, відкрийте налаштування.", ClassRevoked, "prompts_reconnect_l10n"},
		{"Synkroniseringen har stoppats. Du måste återansluta ditt Gmail-konto.", ClassRevoked, "prompts_reconnect_l10n"},
		{"Synkroniseringen er stoppet. Gentilslut din Gmail-konto under Indstillinger.", ClassRevoked, "prompts_reconnect_l10n"},
		{"Synkroniseringen er stanset. Åpne innstillingene for å koble til Google-kontoen din på nytt.", ClassRevoked, "prompts_reconnect_l10n"},
		{"Synkronointi pysähtyi: Gmail-tili on yhdistettävä uudelleen.", ClassRevoked, "prompts_reconnect_l10n"},
		{"A szinkronizálás leállt: csatlakoztassa újra a Gmail-fiókját.", ClassRevoked, "prompts_reconnect_l10n"},
		{"Ο συγχρονισμός σταμάτησε. Πρέπει να επανασυνδέσετε τον λογαριασμό σας Gmail.", ClassRevoked, "prompts_reconnect_l10n"},
		{"同期が停止しました。Gmailアカウントを再接続してください。", ClassRevoked, ""},
		{"发送已暂停，请重新连接 Gmail 邮箱。", ClassRevoked, "prompts_reconnect_l10n"},
		{"同步已停止，請重新連結您的 Outlook 帳戶。", ClassRevoked, "prompts_reconnect_l10n"},
		{"동기화가 중지되었습니다. Gmail 계정을 다시 연결해 주세요.", ClassRevoked, ""},
		{"Đồng bộ đã dừng. Vui lòng kết nối lại tài khoản Gmail của bạn.", ClassRevoked, "prompts_reconnect_vi"},
		{"Sinkronisasi berhenti. Silakan hubungkan kembali akun Gmail Anda.", ClassRevoked, "prompts_reconnect_l10n"},
		{"La sincronització s'ha aturat: torna a connectar el teu compte de Gmail.", ClassRevoked, "prompts_reconnect_l10n"},

		// ... or to re-authorize it.
		{"El acceso a Gmail caducó. Tenés que volver a autorizar tu cuenta de correo.", ClassRevoked, "prompts_reauthorize_l10n"},
		{"Veuillez réautoriser l'accès à votre boîte Outlook.", ClassRevoked, "prompts_reauthorize_l10n"},
		{"Bitte das Microsoft-Postfach erneut autorisieren, damit E-Mails wieder gesendet werden.", ClassRevoked, "prompts_reauthorize_l10n"},
		{"Riautorizza l'accesso alla casella Gmail per riprendere l'invio.", ClassRevoked, "prompts_reauthorize_l10n"},
		{"Autorize novamente o acesso à caixa de correio do Outlook.", ClassRevoked, "prompts_reauthorize_l10n"},
		{"Gmail hesabınızı yeniden yetkilendirin.", ClassRevoked, "prompts_reauthorize_l10n"},
		{"Повторите авторизацию почтового ящика Outlook.", ClassRevoked, "prompts_reauthorize_l10n"},
		{"邮箱授权已失效，请重新授权 Gmail 邮箱。", ClassRevoked, ""},
		{"Otorisasi ulang akun Gmail Anda untuk melanjutkan pengiriman.", ClassRevoked, "prompts_reauthorize_l10n"},

		// ... or to sign in and grant the app access to the mailbox again.
		{"Para seguir sincronizando esta cuenta de correo, tienes que iniciar sesión y conceder a la aplicación acceso a tus correos.", ClassRevoked, "prompts_grant_mail_access_l10n"},
		// A mail server integration's expired login.
		{"Die Zimbra-Sitzung für anna@example.org ist abgelaufen. Bitte melden Sie sich erneut in den Einstellungen an.", ClassRevoked, "prompts_mailserver_reauthenticate_l10n"},
		{"La sesión de Zimbra caducó; vuelva a autenticarse en la configuración.", ClassRevoked, "prompts_mailserver_reauthenticate_l10n"},

		// Look-alikes. A calendar-only reconnection:
		{"Bitte verbinden Sie Ihr Google-Konto erneut, um den Kalender zu synchronisieren.", ClassUnknown, ""},
		{"Por favor, reconecta tu cuenta de Google para sincronizar el calendario.", ClassUnknown, "prompts_other_service_scope"},
		{"Veuillez reconnecter votre compte Google pour synchroniser le calendrier.", ClassUnknown, "prompts_other_service_scope"},
		{"请重新连接您的 Google 日历账号。", ClassUnknown, ""},
		{"Googleカレンダーを再接続してください。", ClassUnknown, ""},
		{"Vui lòng kết nối lại tài khoản Google để đồng bộ lịch Google.", ClassUnknown, ""},
		// the product's own login session:
		{"Tu sesión ha expirado. Por favor, vuelve a iniciar sesión.", ClassUnknown, ""},
		{"La sessione del pannello è scaduta. Effettua di nuovo l'accesso.", ClassUnknown, ""},
		{"Vui lòng kiểm tra kết nối mạng rồi kết nối lại để tải email.", ClassTransient, ""},
		// a chat channel's reauthorization:
		{"Tu conexión con WhatsApp expiró. Por favor, reconecta tu cuenta de WhatsApp Business.", ClassUnknown, "prompts_channel_reconnect"},
		{"Ihre Instagram-Verbindung ist abgelaufen. Bitte verbinden Sie Ihr Instagram-Konto erneut verbinden.", ClassUnknown, "prompts_channel_reconnect"},
		{"Telegram-бот отключён. Пожалуйста, переподключите ваш аккаунт Telegram.", ClassUnknown, "prompts_channel_reconnect"},
		{"Facebook sayfanızın bağlantısı sona erdi, lütfen yeniden bağlayın.", ClassUnknown, "prompts_channel_reconnect"},
		// "reconnecting…" and the network:
		{"Reconectando...", ClassUnknown, ""},
		{"Verbindung wird wiederhergestellt...", ClassUnknown, ""},
		{"Gmail ist nicht erreichbar: keine Verbindung zum Netzwerk. Bitte erneut verbinden.", ClassTransient, ""},
		{"Aplikace není připojena k síti. Klikněte na Znovu se připojit.", ClassUnknown, ""},
		{"Sovellus on irti verkosta. Yhdistä uudelleen palauttaaksesi yhteyden.", ClassTransient, "prompts_network_offline_l10n"},
		// a button label and a setup wizard's choice:
		{"Google-fiók újbóli csatlakoztatása", ClassUnknown, ""},
		{"Återanslut Google-kontot", ClassUnknown, ""},
		{"Volver a autorizar una cuenta existente (de lo contrario, crear una nueva cuenta)", ClassUnknown, ""},
		// the contacts' permission:
		{"Um Kontakte zu bearbeiten, müssen Sie den Zugriff auf das Google-Konto erneut autorisieren.", ClassUnknown, "prompts_other_service_scope"},
	})
}
