package provider

import "github.com/mailreconnect/sdk/classify"

// Refine completes verdict v with the server host the failure came from, such as
// "smtp.hostinger.com". When this package knows host (as [DetectHost] does), the
// verdict's Provider becomes that provider's ID; an empty or unknown host keeps
// the provider the verdict already names (package classify names some from the
// text). Then, if the verdict's class is auth and its provider is Hostinger, the
// reason becomes [classify.ReasonHostingerReauth]: after a suspension Hostinger
// has the owner change the password of every mailbox of the domain
// (https://www.hostinger.com/support/1583452-i-was-suspended-for-mass-mail).
// Every other field is kept. The zero Verdict stays zero.
func Refine(v classify.Verdict, host string) classify.Verdict {
	if v.Class == "" {
		return v
	}
	if id := hostProvider(host); id != "" {
		v.Provider = string(id)
	}
	if v.Class == classify.ClassAuth {
		v.Reason = reasonOn(v.Class, ID(v.Provider))
	}
	return v
}

// reasonOn returns the pause reason of class c on provider id: the class's
// reason ([classify.Class.Reason]), except that rejected credentials on
// Hostinger are [classify.ReasonHostingerReauth].
func reasonOn(c classify.Class, id ID) classify.Reason {
	if c == classify.ClassAuth && id == Hostinger {
		return classify.ReasonHostingerReauth
	}
	return c.Reason()
}
