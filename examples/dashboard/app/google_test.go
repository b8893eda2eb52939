package app

import (
	"context"
	"net/url"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// googleMailbox is the seeded Google Workspace mailbox whose refresh token
// Google refused with invalid_grant "Token has been expired or revoked."
const googleMailbox = "mb13"

// signInWithGoogle walks "Sign in with Google" for the Google Workspace
// mailbox: a cancelled consent and a sign-in as another account change
// nothing and say why; then a sign-in as the mailbox's own account, done with
// the keyboard alone, clears the badge.
func signInWithGoogle(t *testing.T, ctx context.Context, a *App) {
	open := func(t *testing.T) {
		do(t, ctx, "open the Google Workspace mailbox",
			chromedp.Navigate(a.URL+"/mailboxes/"+googleMailbox),
			chromedp.WaitVisible(chromedp.CSS(`#badge[data-state="needs"]`)),
		)
	}
	toProvider := func(t *testing.T) {
		do(t, ctx, "Sign in with Google", chromedp.Click(chromedp.CSS("#oauth")), chromedp.WaitVisible(chromedp.CSS("#allow")))
		// The stand-in is Google's because the sign-in asks for Gmail's scope
		// (developers.google.com/gmail/imap/xoauth2-protocol).
		assert.Equal(t, "Sign in with Google", text(t, ctx, "h1"))
		assert.Contains(t, text(t, ctx, "#scopes"), "https://mail.google.com/")
	}

	t.Run("GoogleGrantRevoked", func(t *testing.T) {
		open(t)
		assert.Equal(t, "Sign in with Google", text(t, ctx, "#oauth"))
		assert.Contains(t, get(t, ctx, chromedp.TextContent(chromedp.CSS("#status pre"))), "Token has been expired or revoked.", "Google's own reply is shown")
		screenshot(t, ctx, "google-grant-revoked")
	})

	t.Run("ConsentCancelled", func(t *testing.T) {
		open(t)
		before := snapshot(t, a, googleMailbox)
		toProvider(t)
		do(t, ctx, "cancel at the provider", chromedp.Click(chromedp.CSS("#cancel")), chromedp.WaitVisible(chromedp.CSS("#failure")))
		// Google answers a denied consent with error=access_denied
		// (developers.google.com/identity/protocols/oauth2/web-server#handlingresponse).
		f := text(t, ctx, "#failure")
		assert.Contains(t, f, "nothing was changed")
		assert.Contains(t, f, "cancelled")
		assert.Equal(t, "needs", get(t, ctx, chromedp.AttributeValue(chromedp.CSS("#badge"), "data-state")).Value, "still flagged")
		assert.Equal(t, "Sign in with Google", text(t, ctx, "#oauth"), "the owner can start again")
		assert.Equal(t, before, snapshot(t, a, googleMailbox), "a cancelled consent changes nothing")
		screenshot(t, ctx, "google-cancelled")
	})

	t.Run("WrongAccountRefused", func(t *testing.T) {
		const other = "grace.kim@gmail.com"
		open(t)
		before := snapshot(t, a, googleMailbox)
		toProvider(t)
		do(t, ctx, "choose another account and allow",
			chromedp.Click(chromedp.CSS(`input[value="`+other+`"]`)),
			chromedp.Click(chromedp.CSS("#allow")),
			chromedp.WaitVisible(chromedp.CSS("#failure")),
		)
		f := text(t, ctx, "#failure")
		assert.Contains(t, f, other, "names the account that signed in")
		assert.Contains(t, f, "grace@northwind.example", "names the mailbox")
		assert.Contains(t, f, "Nothing was saved")
		assert.Equal(t, "needs", get(t, ctx, chromedp.AttributeValue(chromedp.CSS("#badge"), "data-state")).Value)
		assert.Equal(t, before, snapshot(t, a, googleMailbox), "nothing stored for the wrong account")
		screenshot(t, ctx, "google-wrong-account")
	})

	t.Run("SignInWithGoogleByKeyboard", func(t *testing.T) {
		open(t)
		tabTo(t, ctx, "oauth")
		do(t, ctx, "Enter on Sign in with Google", chromedp.KeyEvent(kb.Enter), chromedp.WaitVisible(chromedp.CSS("#allow")))
		assert.True(t, eval[bool](t, ctx, `document.querySelector('input[value="grace@northwind.example"]').checked`), "the mailbox's account is preselected (login_hint)")
		tabTo(t, ctx, "allow")
		do(t, ctx, "Enter on Allow", chromedp.KeyEvent(kb.Enter), chromedp.WaitVisible(chromedp.CSS(`#badge[data-state="ok"]`)))
		assert.Contains(t, text(t, ctx, ".notice"), "connected again")
		u, err := url.Parse(get(t, ctx, chromedp.Location()))
		require.NoError(t, err)
		assert.Equal(t, "/mailboxes/"+googleMailbox, u.Path)
		assert.Equal(t, "done=saved", u.RawQuery, "no code or token left in the address")
		assert.NotContains(t, text(t, ctx, "#holds"), "paused at", "inbox sync resumed")
		after := snapshot(t, a, googleMailbox)
		assert.False(t, after.Flagged)
		assert.NotEmpty(t, after.RefreshToken, "Google's new refresh token is stored")
		screenshot(t, ctx, "google-reconnected")
	})
}

// mailboxState is what a refused sign-in must leave as it was.
type mailboxState struct {
	Flagged                   bool
	Status, PauseReason       string
	Events                    int
	AccessToken, RefreshToken string
}

func snapshot(t *testing.T, a *App, id string) mailboxState {
	t.Helper()
	ctx := context.Background()
	rec, err := a.lib.store.Get(ctx, id)
	require.NoError(t, err)
	evs, err := a.lib.store.History(ctx, id)
	require.NoError(t, err)
	c, err := a.lib.vault.Credentials(ctx, id)
	require.NoError(t, err)
	return mailboxState{Flagged: rec.Flagged(), Status: string(rec.Status), PauseReason: string(rec.PauseReason), Events: len(evs),
		AccessToken: c.AccessToken.Reveal(), RefreshToken: c.RefreshToken.Reveal()}
}

// tabTo presses Tab until the element with this id has the focus: it is
// reachable from the keyboard.
func tabTo(t *testing.T, ctx context.Context, id string) {
	t.Helper()
	for range 60 {
		do(t, ctx, "Tab", chromedp.KeyEvent(kb.Tab))
		if eval[string](t, ctx, `document.activeElement ? document.activeElement.id : ""`) == id {
			return
		}
	}
	t.Fatalf("#%s not reached with Tab", id)
}
