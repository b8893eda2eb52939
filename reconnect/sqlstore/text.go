package sqlstore

import (
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Provider replies are untrusted bytes: a failure text may be Latin-1 or hold
// a NUL byte, and an inbox-sync cursor is whatever the host's sync keeps.
// PostgreSQL's text and jsonb refuse both (text must be valid in the database
// encoding and cannot hold NUL: https://www.postgresql.org/docs/current/datatype-character.html),
// and encoding/json replaces invalid UTF-8 with U+FFFD. So every string is
// stored through storeText, on both engines alike: a valid UTF-8 string with
// no NUL byte that does not begin with textMark is stored as itself; any other
// is stored as textMark followed by its Go-quoted form (strconv.Quote: ASCII
// escapes such as \xe9 and \x00), which loadText reverses byte for byte.

// textMark starts a string stored in quoted form. ESC (U+001B) never begins
// a provider reply, an address or a host name.
const textMark = "\x1b"

// storeText returns the form of s the database holds.
func storeText(s string) string {
	if utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 && !strings.HasPrefix(s, textMark) {
		return s
	}
	return textMark + strconv.Quote(s)
}

// loadText reverses storeText. A marked string that does not unquote (written
// by hand, say) is returned as stored.
func loadText(s string) string {
	if !strings.HasPrefix(s, textMark) {
		return s
	}
	if u, err := strconv.Unquote(s[len(textMark):]); err == nil {
		return u
	}
	return s
}

// jsonHoldsMark reports whether JSON text may hold a string in stored form:
// whether it escapes textMark, which JSON must escape (RFC 8259, section 7).
func jsonHoldsMark(s string) bool {
	return strings.Contains(s, `\u001b`) || strings.Contains(s, `\u001B`)
}

// mapStrings applies f to every exported string reachable from v, which must
// be addressable, copying slices and pointed-to values before changing them so
// the caller's values are never written to.
func mapStrings(v reflect.Value, f func(string) string) {
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() {
			v.SetString(f(v.String()))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				mapStrings(v.Field(i), f)
			}
		}
	case reflect.Pointer:
		if !v.IsNil() && v.CanSet() {
			cp := reflect.New(v.Elem().Type())
			cp.Elem().Set(v.Elem())
			v.Set(cp)
			mapStrings(cp.Elem(), f)
		}
	case reflect.Slice:
		if !v.IsNil() && v.CanSet() {
			cp := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
			reflect.Copy(cp, v)
			v.Set(cp)
			for i := 0; i < cp.Len(); i++ {
				mapStrings(cp.Index(i), f)
			}
		}
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			mapStrings(v.Index(i), f)
		}
	}
}

// storeStrings returns a copy of *p with every string in stored form.
func storeStrings[T any](v T) T {
	mapStrings(reflect.ValueOf(&v).Elem(), storeText)
	return v
}

// loadStrings turns every string of *p back from its stored form.
func loadStrings[T any](p *T) { mapStrings(reflect.ValueOf(p).Elem(), loadText) }
