package sqlstore

import "testing"

func TestSQLiteDSNKeepsCallerSettings(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"/tmp/x.db", "/tmp/x.db?_pragma=busy_timeout%2810000%29&_txlock=immediate"},
		{"file:x.db?_pragma=busy_timeout(50)&_txlock=deferred", "file:x.db?_pragma=busy_timeout%2850%29&_txlock=deferred"},
		{"x.db?_journal_mode=DELETE", "x.db?_journal_mode=DELETE&_pragma=busy_timeout%2810000%29&_txlock=immediate"},
	} {
		if got := sqliteDSN(c.in, DefaultBusyTimeout); got != c.want {
			t.Errorf("sqliteDSN(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
