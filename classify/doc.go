// Package classify turns a failure seen while using a customer's mailbox into a
// verdict: what kind of failure it is, whether the owner must reconnect, and why.
package classify
