package classify

// Horde IMP's own sentence for a refused login to a remote mail account, in
// every locale of horde/imp that translates it (commit fd9212ca,
// locale/<locale>/LC_MESSAGES/imp.po), each phrase the distinctive fixed
// part of one published translation (never the %s placeholder for the
// account's name):
//
//   - lib/Ajax/Application/Handler/Remote.php: "Could not authenticate to
//     %s.", when IMP_Remote_Account's login answers LOGIN_BAD (auth).
//
// testdata/catalogs/client_l10n_apps.jsonl holds every translation; the
// comment above each group lists the locales whose text needed a phrase here
// (the other locales' texts were already classified as labelled).

// hordeRules come right after nextcloudRules: a reply IMP quotes decides
// before its sentence, and the refused-login rule takes no text that also
// says temporary, later, network, connection or recipient.
var hordeRules = []rule{
	{id: "l10n_horde_remote_login_refused", class: ClassAuth, anyOf: p(
		// could-not-authenticate ("Could not authenticate to %s."): da, el, es, it, pt_BR, sk, uk
		"kunne ikke godkende (login)", "δεν ήταν δυνατή η ταυτοποίηση", "no se pudo autentificar",
		"impossibile autenticare", "impossível autenticar", "nepodarilo sa prihlásiť do schránky",
		"не можу аутентикуватися",
	),
		noneOf: l10nClientNotRefused,
		doc:    "Horde IMP says in the owner's language that it could not authenticate to a remote mail account: the remote server refused the login"},
}
