package classify

import "testing"

// Round 38's missing or invalid mail settings (classify/round38_settings.go):
// the round's own texts, sibling messages of the same products (other keys,
// other locales) the round does not hold, and refused logins that must keep
// their reading.
func TestRound38SettingsFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Apache Hop: the SMTP server not set, in the round's locales and in
		// those it does not hold, and the Mail transform's server fields.
		{"Unable to send the mail because the mail-server (SMTP host) is not specified", ClassConfig, "settings_server_not_set"},
		{"没有指定邮件服务器 (SMTP host)", ClassConfig, "settings_server_not_set"},
		{"메일서버(SMTP 호스트)를 지정하지 않아 메일을 보낼 수 없습니다", ClassConfig, "settings_server_not_set"},
		{"Veuillez svp renseigner l'hôte SMTP!", ClassConfig, "settings_server_not_set"},
		{"Não foi possível enviar o e-mail porque o servidor de e-mail (host SMTP) não é especificado", ClassConfig, "settings_server_not_set"},
		{"SMTP Server nicht gesetzt!", ClassConfig, "settings_server_not_set"},
		{"服务器地址为空", ClassConfig, "settings_server_not_set"},
		// Other products' server settings.
		{`The SMTP "host" parameter is required.`, ClassConfig, "settings_server_not_set"},
		{`The SMTP "port" parameter is required.`, ClassConfig, "settings_server_not_set"},
		{"Error: No hostname provided.", ClassConfig, "settings_server_not_set"},
		{"SMTP server must be provided", ClassConfig, "settings_server_not_set"},
		{"Email configuration is not set.", ClassConfig, "settings_server_not_set"},
		{"Email configuration settings not available", ClassConfig, "settings_server_not_set"},
		{"SMTP Server name is a required field.", ClassConfig, "settings_server_not_set"},
		{"scanning IMAP args failed", ClassConfig, "settings_server_not_set"},
		{"there's a problem with your mail settings, check that the global mail settings are properly defined (line {})", ClassConfig, "settings_server_not_set"},
		{"SMTP configurations invalid", ClassConfig, "settings_server_not_set"},
		{"smtp host cannot be empty", ClassConfig, "settings_server_not_set"},
		{"smtp port must be greater than 0", ClassConfig, "settings_server_not_set"},
		// The sender address not set.
		{"Sender e-mail address is not filled in", ClassConfig, "settings_sender_not_set"},
		{"Die Emailadresse des Absenders ist nicht gesetzt", ClassConfig, "settings_sender_not_set"},
		{"没有填写发件人邮件地址", ClassConfig, "settings_sender_not_set"},
		{"From address must be provided", ClassConfig, "settings_sender_not_set"},
		{"smtp from address cannot be empty", ClassConfig, "settings_sender_not_set"},
		// The login name or password not set: no login was attempted.
		{"No password error", ClassConfig, "settings_login_not_set"},
		{"You must set the 'user' parameter for the IMAP widget.", ClassConfig, "settings_login_not_set"},
		{"{self.config_path}: username is required for security type '{security}'", ClassConfig, "settings_login_not_set"},
		{"Gnome Keyring Error", ClassConfig, "settings_login_not_set"},
		{"Authentication password is empty!", ClassConfig, "settings_login_not_set"},
		{"La password di autenticazione è vuota!", ClassConfig, "settings_login_not_set"},
		{"验证用户名为空", ClassConfig, "settings_login_not_set"},
		{"smtp password cannot be empty", ClassConfig, "settings_login_not_set"},
		{"smtp username cannot be empty", ClassConfig, "settings_login_not_set"},
		// Security type, mechanism, TLS and OAuth2 account settings.
		{"{self.config_path}: unrecognized security type: '{security}'", ClassConfig, "settings_security_mismatch"},
		{"SSL Error: {err}", ClassConfig, "settings_security_mismatch"},
		{"Error: Server did not offer TLS", ClassConfig, "settings_security_mismatch"},
		{"could not find any suitable auth mechanism", ClassConfig, "settings_security_mismatch"},
		{"email_send:failed to send: unencrypted connected", ClassConfig, "settings_security_mismatch"},
		{"The connected account is not an OAuth2 provider", ClassConfig, "settings_security_mismatch"},
		{"Failed to load the connected account", ClassConfig, "settings_security_mismatch"},
		{"Failed to load the connected service extension", ClassConfig, "settings_security_mismatch"},
		{"unsupported token type: %s", ClassConfig, "settings_security_mismatch"},
		{"Failed to parse authentication information", ClassConfig, "settings_security_mismatch"},
		{"xoauth2: version mismatch", ClassConfig, "tools_oauth_client_setup"}, // round38_tools.go reads it first, the same class,
		{`You have selected "Disable Outbound Email". A test email can not be sent.`, ClassConfig, "settings_security_mismatch"},
		{`You have selected "Redirect to Database". A test email can not be sent.`, ClassConfig, "settings_security_mismatch"},
		{"gomail: unencrypted connection", ClassConfig, ""},
		// The same products' refused logins keep their reading.
		{"{host}:{port} failed to authenticate user '{self.config.username}': {err}", ClassAuth, ""},
		{"smtp.example.com:587 failed to authenticate user 'me': (535, b'5.7.8 Username and Password not accepted')", ClassAuth, ""},
		{"Error: Login failed", ClassAuth, ""},
		{"SSL Error: 535 5.7.8 Authentication credentials invalid", ClassAuth, ""},
		{"password error", ClassAuth, ""},
	})
	assertNotClasses(t, []string{
		"No password error",
		"Authentication password is empty!",
		"Authentication username is empty!",
		"Senha não informada !",
		"smtp password cannot be empty",
		"Failed to parse authentication information",
		"Username and XOAUTH access token must be ASCII",
		"If your SMTP server requires authentication please provide a valid user name.",
		"Gnome Keyring Error",
	}, ClassAuth, ClassRevoked, ClassBlocked)
}
