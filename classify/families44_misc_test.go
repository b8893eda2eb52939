package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round 44's resolver and socket errors as other languages' libraries print
// them: getaddrinfo's "not known" (glibc's and BSD's gai_strerror texts)
// after a "does not exist" is a host name that does not resolve (config),
// and Ruby's Errno::* raised by connect(2) ("<strerror> - connect(2) for
// host port N", ext/socket) is the network (transient), EINVAL included.
func TestRound44MiscFamilies(t *testing.T) {
	for _, c := range []struct {
		text string
		want Class
	}{
		// h44a-haskellnet-wrong-host-getaddrinfo
		{"Network.Socket.getAddrInfo: does not exist (nodename nor servname provided, or not known)", ClassConfig},
		{"Network.Socket.getAddrInfo (called with preferred socket type/protocol: AddrInfo {addrFlags = [AI_ADDRCONFIG]}, host name: Just \"smtp.example.con\", service name: Just \"587\"): does not exist (Name or service not known)", ClassConfig},
		// h44c-gitlab-errno-einval-connect-587 and its siblings
		{`Errno::EINVAL (Invalid argument - connect(2) for "calendar.ivpress.com" port 587)`, ClassTransient},
		{`Errno::EINVAL: Invalid argument - connect(2) for "smtp.example.com" port 465`, ClassTransient},
		{`Errno::ECONNREFUSED (Connection refused - connect(2) for "smtp.example.com" port 587)`, ClassTransient},
		{`Errno::EHOSTUNREACH (No route to host - connect(2) for "smtp.example.com" port 587)`, ClassTransient},
		{`Errno::ETIMEDOUT (Connection timed out - connect(2) for "smtp.example.com" port 587)`, ClassTransient},
		// Look-alikes that keep their reading: a mailbox that does not exist,
		// and a client with no host set (Ruby names the empty host).
		{"550 5.1.1 The email account that you tried to reach does not exist.", ClassRecipient},
		{`Errno::ECONNREFUSED (Connection refused - connect(2) for "" port 587)`, ClassConfig},
	} {
		assert.Equal(t, c.want, Text(c.text).Class, "%q", c.text)
	}
}
