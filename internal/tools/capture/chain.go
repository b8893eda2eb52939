package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/textproto"
	"net/url"
	"os"
	"strings"
	"syscall"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"golang.org/x/oauth2"
)

// typeChain describes the Go values behind err, outermost first.
func typeChain(err error) string {
	var parts []string
	for err != nil {
		s := fmt.Sprintf("%T", err)
		switch e := err.(type) {
		case *net.OpError:
			s += fmt.Sprintf("{Op:%q Net:%q}", e.Op, e.Net)
		case *os.SyscallError:
			s += fmt.Sprintf("{Syscall:%q}", e.Syscall)
		case syscall.Errno:
			s += fmt.Sprintf("(%d %s)", uintptr(e), errnoName(e))
		case *url.Error:
			s += fmt.Sprintf("{Op:%q URL:%q}", e.Op, e.URL)
		case *oauth2.RetrieveError:
			s += fmt.Sprintf("{Response.StatusCode:%d ErrorCode:%q ErrorDescription:%q ErrorURI:%q}", e.Response.StatusCode, e.ErrorCode, e.ErrorDescription, e.ErrorURI)
		case *smtp.SMTPError:
			s += fmt.Sprintf("{Code:%d EnhancedCode:%v Message:%q}", e.Code, e.EnhancedCode, e.Message)
		case *textproto.Error:
			s += fmt.Sprintf("{Code:%d Msg:%q}", e.Code, e.Msg)
		case *net.DNSError:
			s += fmt.Sprintf("{Err:%q Name:%q Server:%q IsTimeout:%v IsTemporary:%v IsNotFound:%v}", e.Err, e.Name, e.Server, e.IsTimeout, e.IsTemporary, e.IsNotFound)
		case *sasl.OAuthBearerError:
			s += fmt.Sprintf("{Status:%q Schemes:%q Scope:%q}", e.Status, e.Schemes, e.Scope)
		case *tls.CertificateVerificationError:
			s += fmt.Sprintf("{len(UnverifiedCertificates):%d}", len(e.UnverifiedCertificates))
		case x509.HostnameError:
			s += fmt.Sprintf("{Host:%q}", e.Host)
		case x509.CertificateInvalidError:
			s += fmt.Sprintf("{Reason:%d Detail:%q}", e.Reason, e.Detail)
		case x509.UnknownAuthorityError:
			s += "{hintErr set: " + fmt.Sprint(strings.Contains(e.Error(), "possibly because")) + "}"
		case tls.RecordHeaderError:
			s += fmt.Sprintf("{Msg:%q}", e.Msg)
		case textproto.ProtocolError:
			s += fmt.Sprintf("(%q)", string(e))
		}
		if err == io.EOF {
			s += " (io.EOF)"
		} else if err == io.ErrUnexpectedEOF {
			s += " (io.ErrUnexpectedEOF)"
		} else if err == context.Canceled {
			s += " (context.Canceled)"
		} else if err == context.DeadlineExceeded {
			s += " (context.DeadlineExceeded)"
		} else if err == os.ErrDeadlineExceeded {
			s += " (os.ErrDeadlineExceeded)"
		} else if err == net.ErrClosed {
			s += " (net.ErrClosed)"
		}
		if ne, ok := err.(net.Error); ok {
			s += fmt.Sprintf(" [net.Error Timeout()=%v]", ne.Timeout())
		}
		parts = append(parts, s)
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			var subs []string
			for _, e := range j.Unwrap() {
				subs = append(subs, typeChain(e))
			}
			parts = append(parts, "join["+strings.Join(subs, " | ")+"]")
			break
		}
		err = errors.Unwrap(err)
	}
	return strings.Join(parts, " -> ")
}

func errnoName(e syscall.Errno) string {
	switch e {
	case syscall.ECONNREFUSED:
		return "ECONNREFUSED"
	case syscall.ECONNRESET:
		return "ECONNRESET"
	case syscall.EPIPE:
		return "EPIPE"
	case syscall.ETIMEDOUT:
		return "ETIMEDOUT"
	}
	return "errno"
}
