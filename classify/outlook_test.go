package classify

import "testing"

// Outlook's transport error numbers (IXP_E_*, wine-mirror/wine
// include/imnxport.idl): a number that names the connection or a setting
// decides over the words of the dialog; a number for a class of SMTP replies
// decides only when the server's quoted reply says nothing the rules read.
func TestOutlookNumbers(t *testing.T) {
	assertTextClasses(t, map[string]Class{
		// i-do.ne.jp's FAQ (secure.i-do.ne.jp/user/faq/result?bl=2&id=103):
		// the SPA logon failed, in Japanese; its remedy is to turn SPA off.
		// The words say "could not log on with the password".
		"0x800CCC18 「セキュリティで保護されたパスワード認証でサーバーにログオンできませんでした。」": ClassConfig,
		// Outlook's task report for a dropped connection, whatever the server
		// said before it (Microsoft's support pages for 0x800CCC0F).
		"Task 'pop.example.com - Receiving' reported error (0x800CCC0F) : 'The connection to the server was interrupted. Authentication failed.'": ClassTransient,
		// FORPSI's knowledge base (support.forpsi.com/kb/a3898): a rejected
		// sender whose quoted reply says the login failed is the login.
		"Úkol jan.novak@mailtest.cz - odesílání ohlásil chybu (0x800CCC78): Zprávu nelze odeslat. Ověřte, zda je ve vlastnostech účtu zadána správná e-mailová adresa.  Odpověď serveru: 550 5.1.0 piWs1j0010jifNx01iWsdh authentication failed": ClassAuth,
		// The same number with no reply the rules read: the sender setup.
		"Sending reported error (0x800CCC78): Cannot send the message.": ClassConfig,
	})
}
