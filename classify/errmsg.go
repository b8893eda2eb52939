package classify

import (
	"bytes"
	"net"
	"net/netip"
	"os"
	"strconv"
)

// appendMessage appends err.Error() to b. For *net.OpError, *net.DNSError and
// *os.SyscallError (and the TCP and UDP addresses inside) it writes the same
// text their Error and String methods build (go/src/net/net.go,
// go/src/net/tcpsock.go, go/src/net/udpsock.go, go/src/net/ip.go,
// go/src/os/error.go) without allocating; other errors are asked for their
// message. TestAppendMessage holds the two to the same text.
func appendMessage(b []byte, err error) []byte {
	switch e := err.(type) {
	case *net.OpError:
		if e == nil {
			return append(b, "<nil>"...)
		}
		b = append(b, e.Op...)
		if e.Net != "" {
			b = append(append(b, ' '), e.Net...)
		}
		if e.Source != nil {
			b = appendAddr(append(b, ' '), e.Source)
		}
		if e.Addr != nil {
			if e.Source != nil {
				b = append(b, "->"...)
			} else {
				b = append(b, ' ')
			}
			b = appendAddr(b, e.Addr)
		}
		return appendMessage(append(b, ": "...), e.Err)
	case *net.DNSError:
		if e == nil {
			return append(b, "<nil>"...)
		}
		b = append(append(b, "lookup "...), e.Name...)
		if e.Server != "" {
			b = append(append(b, " on "...), e.Server...)
		}
		return append(append(b, ": "...), e.Err...)
	case *os.SyscallError:
		return appendMessage(append(append(b, e.Syscall...), ": "...), e.Err)
	}
	return append(b, err.Error()...)
}

// appendAddr appends a.String(), written out for *net.TCPAddr and
// *net.UDPAddr.
func appendAddr(b []byte, a net.Addr) []byte {
	var ip net.IP
	var port int
	var zone string
	switch a := a.(type) {
	case *net.TCPAddr:
		if a == nil {
			return append(b, "<nil>"...)
		}
		ip, port, zone = a.IP, a.Port, a.Zone
	case *net.UDPAddr:
		if a == nil {
			return append(b, "<nil>"...)
		}
		ip, port, zone = a.IP, a.Port, a.Zone
	default:
		return append(b, a.String()...)
	}
	// net.JoinHostPort(ipEmptyString(ip)[+"%"+zone], strconv.Itoa(port))
	var host [64]byte
	h := host[:0]
	switch {
	case len(ip) == 0:
	case len(ip) == net.IPv4len || len(ip) == net.IPv6len:
		if p4 := ip.To4(); len(p4) == net.IPv4len {
			h = netip.AddrFrom4([4]byte(p4)).AppendTo(h)
		} else {
			h = netip.AddrFrom16([16]byte(ip)).AppendTo(h)
		}
	default:
		h = append(h, ip.String()...)
	}
	if zone != "" {
		h = append(append(h, '%'), zone...)
	}
	if bytes.IndexByte(h, ':') >= 0 {
		b = append(append(append(b, '['), h...), ']')
	} else {
		b = append(b, h...)
	}
	return strconv.AppendInt(append(b, ':'), int64(port), 10)
}
