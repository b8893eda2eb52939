package reconnect

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// MaxIDLen is the longest mailbox ID or workspace a Store accepts, in bytes.
// It keeps every key within what a database index holds (a PostgreSQL B-tree
// entry is limited to about a third of a page, 2,704 bytes on the default 8 kB
// page; see the PostgreSQL documentation's "B-Tree Indexes" chapter) with room
// for the other columns of an index.
const MaxIDLen = 255

// ErrInvalidID means a mailbox ID or workspace is empty (IDs only), longer
// than MaxIDLen bytes, not valid UTF-8, or holds a NUL byte. Stores return it,
// possibly wrapped; callers check with errors.Is.
var ErrInvalidID = errors.New("reconnect: invalid mailbox ID or workspace")

// ValidateID reports whether id may name a mailbox in a Store: not empty, at
// most MaxIDLen bytes, valid UTF-8, no NUL byte. Every Store applies it (and
// ValidateWorkspace) the same way, so an ID one store accepts, all do.
func ValidateID(id string) error {
	if id == "" {
		return fmt.Errorf("%w: the ID is empty", ErrInvalidID)
	}
	return validKey("ID", id)
}

// ValidateWorkspace reports whether ws may be a record's workspace: at most
// MaxIDLen bytes, valid UTF-8, no NUL byte. The empty workspace is valid.
func ValidateWorkspace(ws string) error { return validKey("workspace", ws) }

func validKey(what, s string) error {
	switch {
	case len(s) > MaxIDLen:
		return fmt.Errorf("%w: the %s is %d bytes long, more than %d", ErrInvalidID, what, len(s), MaxIDLen)
	case !utf8.ValidString(s):
		return fmt.Errorf("%w: the %s is not valid UTF-8", ErrInvalidID, what)
	case strings.IndexByte(s, 0) >= 0:
		return fmt.Errorf("%w: the %s holds a NUL byte", ErrInvalidID, what)
	}
	return nil
}

// ValidateRecord applies ValidateID to rec's ID and ValidateWorkspace to its
// workspace; stores call it at the top of Put.
func ValidateRecord(rec Record) error {
	if err := ValidateID(rec.ID); err != nil {
		return err
	}
	return ValidateWorkspace(rec.Workspace)
}
