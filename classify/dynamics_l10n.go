package classify

// Dynamics 365 server-side synchronization alerts in the owner's language.
// Microsoft publishes its troubleshooting articles translated, and each
// quotes the alert as the product shows it in that language; the class is the
// English article's (dynamics.go). Read from the translated articles on
// learn.microsoft.com/<locale>/troubleshoot/ (power-platform/dataverse/
// email-exchange-synchronization/ and the older dynamics-365/sales/ paths) and
// their copies on support.microsoft.com/<locale>/topic/; the URLs are in
// testdata/catalogs/dynamics365_ssync_l10n.jsonl. Each phrase is the longest
// fixed part of one translated alert, never a placeholder such as the
// mailbox's name.
var dynamicsL10nRules = []rule{
	// "Http server returned 401 Unauthorized exception" and its three alerts
	// (exception-when-using-server-side-sync, KB 3212785): the alert asks to
	// check the mailbox's credentials, but every cause the article lists is a
	// setting (address mismatch, Hybrid profile, no license, other tenant,
	// Basic authentication off for EWS). Mailbox configured in another
	// Dynamics 365 organization, and PrivilegeDenied (KB 4015092, the user's
	// security role), are settings too.
	{id: "dynamics_l10n_product_setting", class: ClassConfig, anyOf: p(
		// zh-CN
		"http 服务器返回 401 未授权异常", "中指定的凭据正确,并且有足够的权限发送电子邮件", "中指定的凭据正确且具有足够的权限", "无法同步约会、联系人和任务。 确保邮箱", "请确保在此邮箱中指定的凭据正确并且具有的权限足以接收电子邮件",
		// de-DE
		`http-server hat die ausnahme "401 nicht autorisiert" zurückgegeben`, "angegebenen anmeldeinformationen korrekt sind und über ausreichende berechtigungen",
		"können nicht synchronisiert werden. stellen sie sicher, dass die im postfach", // the alert up to the mailbox name, when the rest is cut off
		// fr-FR
		"sont correctes et disposez des autorisations suffisantes pour envoyer un e-mail", "sont correctes et disposent d'autorisations suffisantes",
		"vérifiez les informations d'identification de la boîte aux lettres et les autorisations pour la réception du courrier électronique",
		// ja-JP
		"で指定された資格情報が正しく、電子メールを送信するための十分なアクセス許可があることを確認します", "で指定された資格情報が正しく、十分なアクセス許可があることを確認します",
		"メールボックスで指定されている資格情報が正しいこと、電子メールを受信するためのアクセス許可があることを確認してください",
		"別の組織で構成されているためです", // the mailbox syncs with another organization
		// cs-CZ
		"http server vrátil výjimku 401 neoprávněný", "jsou správné a nemáte dostatečná oprávnění pro odesílání e-mailu", "jsou správné a nemáte dostatečná oprávnění pro příjem e-mailu",
		"poté povolte poštovní schránku pro schůzky, kontakty a úlohy synchronizace",
		// PrivilegeDenied: the code is the same in every language
		"crm.80040220.privilegedenied"),
		doc: "Dynamics 365 server-side sync, translated: a 401 whose causes are all settings, a mailbox bound to another organization, or a missing security-role privilege"},
	// The mailbox's address awaits approval by an Office 365 (Global or
	// Exchange) administrator.
	{id: "dynamics_l10n_approval_needed", class: ClassAdmin, anyOf: p(
		// it-IT
		"richiede un'approvazione da un amministratore di office 365", "non viene approvato l'indirizzo di posta elettronica della cassetta postale da un amministratore di office 365"),
		doc: "Dynamics 365 server-side sync, translated: the mailbox's address awaits an Office 365 administrator's approval"},
	// Exchange.server returned 203 (KB 4504933): a warning that can usually
	// be ignored; synchronization is not affected and the system retries.
	{id: "dynamics_l10n_harmless_warning", class: ClassTransient, anyOf: p(
		"exchange.server zwrócił błąd 203"), // pl-PL
		doc: "Dynamics 365 server-side sync, translated: Exchange.server returned 203, a warning that does not stop synchronization"},
}
