// Package reconnect decides when a connected mailbox must be reconnected by its
// owner.
//
// [NeedsReconnect] is the predicate a host application runs over the mailbox
// state it stores ([Mailbox]): it implements the four rules of the
// specification, says which one held, and names the pause reason to show. It does
// no I/O and allocates nothing, so it can run over every mailbox of a dashboard.
//
// The library never sends email to ask an owner to reconnect: the state it
// computes is meant for the host application's own interface, which is the only
// place an owner should be asked to act. Anyone asking by email to "reconnect a
// mailbox" should be treated as phishing.
package reconnect
