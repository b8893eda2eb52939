package classify

// Two web frameworks' sentences for a failed sign-in to the web application
// itself. Support threads about mail products paste them next to mail errors;
// they read like a refused mailbox login but concern no mailbox, so they are
// look-alikes (unknown), as the products' own logins of l10n_zammad.go and
// l10n_erp.go are.
//
//   - Laravel: lang/en/auth.php of laravel/laravel (tag v9.5.2, commit
//     6092ff46, the last skeleton that ships the lang directory) and the
//     community translations of Laravel-Lang/lang (commit bd286f09,
//     locales/<locale>/php.json, keys "failed", "throttle", "password").
//     The starter kit raises them (laravel/breeze
//     stubs/default/app/Http/Requests/Auth/LoginRequest.php: auth.failed when
//     Auth::attempt() refuses the app's user, auth.throttle with :seconds
//     when its RateLimiter has counted five failures;
//     stubs/default/app/Http/Controllers/Auth/ConfirmablePasswordController.php:
//     auth.password when the signed-in user re-enters a wrong password).
//   - Django: django/contrib/auth/forms.py AuthenticationForm.error_messages
//     invalid_login ("Please enter a correct %(username)s and password. Note
//     that both fields may be case-sensitive.", the placeholder filled with
//     the user model's username field's verbose name) and
//     django/contrib/admin/forms.py AdminAuthenticationForm's invalid_login
//     for the admin site, translated in
//     django/contrib/{auth,admin}/locale/<locale>/LC_MESSAGES/django.po
//     (commit b4068bc6; ar_DZ 6749f131, ky 90b95d29). Every translation of
//     these already classifies as unknown, so none needs a phrase here; the
//     catalog rows keep them so.
//
// Only the sentences an earlier rule misread have a phrase: the fixed text of
// one translation, lower-cased, cut before the :seconds placeholder. Generic
// translations ("Неверное имя пользователя или пароль.", "用户名或密码错误。",
// "Das Passwort ist falsch.") are left out of the catalog and have no phrase:
// mail servers and clients say the same words about a mailbox.
// testdata/catalogs/client_l10n_webframeworks.jsonl holds every translation
// taken.

// webframeworksEarlyRules come right before msCodeRules, whose
// too_many_login_attempts reads Gmail's "454 4.7.0 Too many login attempts,
// please try again later." as auth_temporary: Laravel's throttle sentence
// says "Too many login attempts. Please try again in 60 seconds.", and only
// that wording (a full stop, then a count of seconds) is taken.
var webframeworksEarlyRules = []rule{
	{id: "l10n_webframeworks_own_login_throttle_early", class: ClassUnknown,
		anyOf:   p("too many login attempts. please try again in"),
		alsoAny: p(" seconds"),
		noneOf:  p("4.7.0"),
		doc:     "Laravel's own login form throttles a person signing in to the web application itself (auth.throttle, English): it reads like a mail server's login limit but concerns no mailbox"},
}

// webframeworksRules come right after zammadRules, before languageRules: the
// frameworks show their sentence alone, and the generic login words of
// languageRules, textRules, the l10n word rules and libraryFallbackRules
// would read them as a refused or throttled mailbox login first.
var webframeworksRules = []rule{
	{id: "l10n_webframeworks_own_login", class: ClassUnknown, anyOf: p(
		// Laravel auth.failed: en (laravel/laravel), as, gd, is, sa (Laravel-Lang)
		"these credentials do not match our records",
		"এই প্ৰমাণপত্ৰসমূহ আমাৰ ৰেকৰ্ডৰ সৈতে মিল নাই",
		"chan eil na teisteanasan sin a rèir ar clàran",
		"þessi skilríki passa ekki við skrár okkar",
		"एतानि प्रमाणपत्राणि अस्माकं अभिलेखैः सह न मेलन्ति",
		// Laravel auth.password: en (laravel/laravel), ta (Laravel-Lang)
		"the provided password is incorrect",
		"வழங்கப்பட்ட கடவுச்சொல் தவறானது",
	),
		doc: "Laravel's own login refused a person signing in to the web application itself (auth.failed: the credentials do not match the app's records; auth.password: the password confirmation failed): it reads like a refused mailbox login but concerns no mailbox"},
	{id: "l10n_webframeworks_own_login_throttle", class: ClassUnknown, anyOf: p(
		// Laravel auth.throttle: cs, de, ru (Laravel-Lang)
		"příliš mnoho pokusů o přihlášení. zkuste to prosím znovu za",
		"zu viele loginversuche. versuchen sie es bitte in",
		"слишком много попыток входа. пожалуйста, попробуйте ещё раз через",
	),
		doc: "Laravel's own login form throttles a person signing in to the web application itself (auth.throttle, in the user's language): it reads like a mail server's login limit but concerns no mailbox"},
}
