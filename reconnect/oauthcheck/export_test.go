package oauthcheck

// OnJoin sets a function called (under the Refresher's lock) each time a
// caller of Refresh has joined or started its mailbox's flight: the sync
// point a test waits on before letting the token endpoint answer.
func OnJoin(r *Refresher, f func()) { r.joined = f }
