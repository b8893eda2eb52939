package classify

import (
	"testing"
)

// Round 43's document and CRM products (round43_docs.go): the round's texts,
// their sibling sentences in the same code or locale files, and look-alikes
// that must keep their reading.
func TestRound43DocsFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// OpenKM's user mail account form, the three locales it ships.
		{"Password must not be empty on mail account creation", ClassConfig, "docs_mail_source_settings"},
		{"La clave de correo no puede estar vacía en la creación", ClassConfig, "docs_mail_source_settings"},
		{"Le mot de passe mail ne doit pas être vide", ClassConfig, "docs_mail_source_settings"},
		{"All fields are obligatory to set the mail configurations", ClassConfig, "docs_mail_source_settings"},
		{"Todos los campos son obligatorios para configurar el correo", ClassConfig, "docs_mail_source_settings"},
		{"Tous les champs sont obligatoires pour la configuration du mail", ClassConfig, "docs_mail_source_settings"},
		// OCA fetchmail_attach_from_folder: the round's folder open and
		// search, and the archive folder creation in English and Italian.
		{"Could not open folder %(folder)s on server %(server)s", ClassConfig, "docs_fetchmail_folder"},
		{"Impossibile aprire la cartella %(folder)s nel server %(server)s", ClassConfig, "docs_fetchmail_folder"},
		{"Could not search folder INBOX.Invoices on server imap.example.com", ClassConfig, "docs_fetchmail_folder"},
		{"Impossibile cercare la cartella INBOX.Fatture nel server imap.example.com", ClassConfig, "docs_fetchmail_folder"},
		{"Could not create archive folder INBOX/Archive on server imap.example.com", ClassConfig, "docs_fetchmail_folder"},
		{"Impossibile creare la cartella INBOX/Archivio nel server imap.example.com", ClassConfig, "docs_fetchmail_folder"},
		// Mayan EDMS IMAP source: the round's mailbox selection and its
		// siblings after the login (search, store, copy).
		{"Error selecting mailbox: {}; {}", ClassConfig, "docs_mail_source_settings"},
		{"Error selecting mailbox: INBOX2; SELECT command error: BAD [b'Mailbox does not exist']", ClassConfig, "docs_mail_source_settings"},
		{"Error executing search command; SEARCH command error: BAD [b'Error in IMAP command UID SEARCH: Unknown argument FOO']", ClassConfig, "docs_mail_source_settings"},
		{"Error executing IMAP store command \"+FLAGS (\\Deleted)\" on message uid 5; STORE command error: BAD [b'Invalid flag']", ClassConfig, "docs_mail_source_settings"},
		{"Error copying message uid 5 to mailbox Processed; COPY command error: NO [b'[TRYCREATE] Mailbox does not exist']", ClassConfig, "docs_mail_source_settings"},
		// Zurmo's connection catch-alls carry no verdict, in every locale.
		{"Could not connect to IMAP server.", ClassUnknown, "docs_zurmo_imap_connect"},
		{"Impossibile connettersi al server IMAP.", ClassUnknown, "docs_zurmo_imap_connect"},
		{"Failed to connect to mailbox", ClassUnknown, "docs_zurmo_imap_connect"},
		{"Verbindung zur Mailbox ist fehlgeschlagen", ClassUnknown, "docs_zurmo_imap_connect"},
		{"Error al conectarse al buzón de correo", ClassUnknown, "docs_zurmo_imap_connect"},
		{"Problème de connexion à votre serveur de messagerie", ClassUnknown, "docs_zurmo_imap_connect"},
		{"Problema di connessione al server di posta", ClassUnknown, "docs_zurmo_imap_connect"},
		{"IMAP-Konto fehlgeschlagen.", ClassUnknown, ""},
		{"Verificación de la cuenta IMAP ha fallado.", ClassUnknown, ""},
		{"La vérification du compte IMAP a échoué.", ClassUnknown, ""},
		// Look-alikes: other products' connection lines keep their
		// reading, and a reason after Zurmo's words decides.
		{"Could not connect to IMAP server; Type g to reconnect", ClassTransient, ""},
		{"Impossibile connettersi al server IMAP", ClassTransient, ""},
		{"Impossibile connettersi al server IMAP: imap.example.com:993", ClassTransient, ""},
		{"Could not connect to IMAP server. Connection refused", ClassTransient, ""},
		{"Failed to connect to mailbox: Connection timed out", ClassTransient, ""},
		{"Failed to connect to mailbox: AUTHENTICATE failed.", ClassAuth, ""},
		// OpenKM's test heading stays unknown.
		{"Mail configuration error", ClassUnknown, ""},
		{"Configuración de correo incorrecta", ClassUnknown, ""},
	})
	// Look-alikes that must not read as a refused login or a revoked grant.
	assertNotClasses(t, []string{
		"Error: passwords are diferent",
		"Erreur: mots de passe différents",
		"Error: las claves son distintas",
		"Could not fetch 42 in folder INBOX on server imap.example.com",
		"Error fetching message uid: 5; socket error: EOF",
		"Invalid folder INBOX/Foo!",
	}, ClassAuth, ClassRevoked)
}
