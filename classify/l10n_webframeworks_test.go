package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWebFrameworksL10n checks the rules of l10n_webframeworks.go on the
// frameworks' own sentences as an application shows them. Labels come from
// the code, not from the rules: each sentence is a failed sign-in to the web
// application itself, never a mailbox.
func TestWebFrameworksL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// laravel/breeze LoginRequest::ensureIsNotRateLimited(): trans('auth.throttle',
		// ['seconds' => RateLimiter::availableIn(...)]) fills :seconds.
		{"Too many login attempts. Please try again in 42 seconds.", ClassUnknown, "l10n_webframeworks_own_login_throttle_early"},
		{"Zu viele Loginversuche. Versuchen Sie es bitte in 42 Sekunden nochmal.", ClassUnknown, "l10n_webframeworks_own_login_throttle"},
		{"Слишком много попыток входа. Пожалуйста, попробуйте ещё раз через 42 секунд.", ClassUnknown, "l10n_webframeworks_own_login_throttle"},
		// The JSON a Laravel API returns for the ValidationException that
		// LoginRequest::authenticate() throws: the exception handler's
		// invalidJson() renders {"message": getMessage(), "errors": errors()},
		// the message being the first (here the only) error.
		{`{"message":"These credentials do not match our records.","errors":{"email":["These credentials do not match our records."]}}`, ClassUnknown, "l10n_webframeworks_own_login"},
		// ConfirmablePasswordController::store(): __('auth.password').
		{"The provided password is incorrect.", ClassUnknown, "l10n_webframeworks_own_login"},
		{"Þessi skilríki passa ekki við skrár okkar.", ClassUnknown, "l10n_webframeworks_own_login"},
		// Gmail's own login limit stays a temporary login refusal: the early
		// rule takes only Laravel's wording.
		{"454 4.7.0 Too many login attempts, please try again later.", ClassAuthTemporary, "too_many_login_attempts"},
		{"Too many login attempts. Please try again later.", ClassAuthTemporary, "too_many_login_attempts"},
	})
	// Look-alikes that must not be read as a refused or revoked mailbox login.
	for _, text := range []string{
		// Django AuthenticationForm.clean() raises invalid_login with
		// params={'username': username_field.verbose_name}; str() of the
		// ValidationError is the repr of its message list.
		"['Please enter a correct username and password. Note that both fields may be case-sensitive.']",
		"Please enter a correct email address and password. Note that both fields may be case-sensitive.",
		// django/contrib/admin/forms.py AdminAuthenticationForm.
		"Please enter the correct username and password for a staff account. Note that both fields may be case-sensitive.",
		"Пожалуйста, введите правильные имя пользователя и пароль. Оба поля могут быть чувствительны к регистру.",
		"Bitte Benutzername und Passwort eingeben. Beide Felder berücksichtigen die Groß-/Kleinschreibung.",
		// Laravel auth.failed, fr and es (Laravel-Lang).
		"Ces identifiants ne correspondent pas à nos enregistrements.",
		"Estas credenciales no coinciden con nuestros registros.",
	} {
		v := Text(text)
		assert.NotEqual(t, ClassAuth, v.Class, text)
		assert.NotEqual(t, ClassRevoked, v.Class, text)
		assert.False(t, v.NeedsReconnect, text)
	}
}
