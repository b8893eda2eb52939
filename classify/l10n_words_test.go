package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The word families of l10n_words.go on composed sentences: each says in
// plain words what it means, so the expected class follows from the words.
func TestL10nWords(t *testing.T) {
	for _, tc := range []struct {
		text  string
		class Class
	}{
		{"Das Passwort für das Konto ist falsch.", ClassAuth},                            // de: the password is wrong
		{"Le mot de passe est incorrect.", ClassAuth},                                    // fr
		{"Contraseña incorrecta para la cuenta.", ClassAuth},                             // es
		{"Autenticazione negata dal server.", ClassAuth},                                 // it
		{"Falha na autenticação do servidor SMTP.", ClassAuth},                           // pt
		{"Wachtwoord onjuist.", ClassAuth},                                               // nl
		{"Nieprawidłowe hasło.", ClassAuth},                                              // pl
		{"パスワードが拒否されました。", ClassAuth},                                                    // ja
		{"Mensaje rechazado: el destinatario no existe.", ClassUnknown},                  // es: a recipient, no login word
		{"Usuario rechazado: el destinatario no existe.", ClassUnknown},                  // es: a login word, but a recipient
		{"Connessione al server non riuscita, controllare la rete.", ClassTransient},     // it: the network
		{"Le certificat du serveur a expiré.", ClassConfig},                              // fr: the certificate
		{"El método de autenticación es demasiado débil.", ClassConfig},                  // es: the mechanism
		{"Échec temporaire de l’authentification, réessayez.", ClassAuthTemporary},       // fr: temporary
		{"O token de acesso expirou e ocorreu falha ao renová-lo.", ClassRevoked},        // pt: the token could not be renewed
		{"Der Posteingangsserver hat die Anmeldung abgelehnt.", ClassAuth},               // de: login refused
		{"La dimensione del messaggio supera il limite del server.", ClassRejected},      // it: message size
		{"Impossibile trovare il nome del server smtp.example.com.", ClassConfig},        // it: unknown server
		{"Anmeldung fehlgeschlagen: Zeitüberschreitung der Verbindung.", ClassTransient}, // de: a timeout, not the password
		{"Fel lösenord för kontot.", ClassAuth},                                          // sv: wrong password
		{"Kirjautuminen epäonnistui: tarkista salasana.", ClassAuth},                     // fi: login failed, check the password
		{"Hibás jelszó.", ClassAuth},                                                     // hu: wrong password
		{"Η ταυτοποίηση απέτυχε.", ClassAuth},                                            // el: authentication failed
		{"Đăng nhập thất bại.", ClassAuth},                                               // vi: login failed
		{"Kata sandi salah.", ClassAuth},                                                 // id: wrong password
		{"Det går inte att ansluta: anslutningen misslyckades.", ClassTransient},         // sv: the connection failed
		{"Anmeldung mit UTF-8-Passwort nicht möglich.", ClassConfig},                     // de: the client cannot send it
		{"Gmail IMAP nie jest włączony.", ClassAdmin},                                    // pl: IMAP switched off
		{"SMTP AUTH no está disponible.", ClassConfig},                                   // es: the server offers no SMTP AUTH
		{"Túl sok aktív kapcsolat van a fiókjához.", ClassRateLimited},                   // hu: too many connections
	} {
		assert.Equal(t, tc.class, Text(tc.text).Class, tc.text)
	}
}
