package drivertest

import (
	"archive/zip"
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The pseudo-version the test publishes the core module at.
const (
	coreModule  = "github.com/mailreconnect/sdk"
	coreVersion = "v0.0.0-20260101000000-000000000000"
)

// TestImportedFromAnOutsideModule publishes this checkout of the core module
// at a pseudo-version in a file-system module proxy, then, in a module of its
// own with no replace directive and an empty module cache, runs go get for
// sqlstore and the SQLite driver the program chooses, builds a program that
// opens a store, runs it, and checks that no PostgreSQL driver was linked.
//
// Third-party modules come from the local module cache's download directory
// (served as a file proxy) and then from the default GOPROXY; the test skips
// when go get cannot reach what it needs.
func TestImportedFromAnOutsideModule(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program in a fresh module cache")
	}
	root, err := filepath.Abs("../../..")
	require.NoError(t, err)
	proxy := t.TempDir()
	publish(t, root, filepath.Join(proxy, coreModule, "@v"))

	goEnv := func(k string) string {
		out, err := exec.Command("go", "env", k).Output()
		require.NoError(t, err)
		return strings.TrimSpace(string(out))
	}
	proxies := []string{"file://" + filepath.ToSlash(proxy)}
	if cache := goEnv("GOMODCACHE"); cache != "" {
		proxies = append(proxies, "file://"+filepath.ToSlash(filepath.Join(cache, "cache", "download")))
	}
	if def := goEnv("GOPROXY"); def != "" && def != "off" {
		proxies = append(proxies, def)
	}
	sqliteVersion := requiredVersion(t, "modernc.org/sqlite")

	app := t.TempDir()
	writeFile(t, filepath.Join(app, "go.mod"), "module example.com/outside\n\ngo 1.26.0\n")
	writeFile(t, filepath.Join(app, "main.go"), `package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/sqlstore"
	_ "modernc.org/sqlite"
)

func main() {
	ctx := context.Background()
	store, err := sqlstore.OpenSQLite(ctx, filepath.Join(os.Args[1], "app.db"), nil)
	if err != nil {
		panic(err)
	}
	defer store.Close()
	rec := reconnect.Record{Mailbox: reconnect.Mailbox{ID: "mb_1", Email: "ana@example.com", Status: reconnect.StatusActive}}
	if _, err := store.Put(ctx, rec); err != nil {
		panic(err)
	}
	n, err := store.Count(ctx, reconnect.Filter{})
	if err != nil {
		panic(err)
	}
	fmt.Println(n, "mailbox in", store.Table("mailboxes"))
}
`)
	env := append(os.Environ(),
		"GOPROXY="+strings.Join(proxies, ","),
		"GOMODCACHE="+t.TempDir(),
		"GOFLAGS=-mod=mod -modcacherw",
		"GONOSUMDB="+coreModule, // the pseudo-version exists only here
		"GONOPROXY=", "GOPRIVATE=", "GOWORK=off", "GOTOOLCHAIN=local",
	)
	run := func(args ...string) string {
		cmd := exec.Command("go", args...)
		cmd.Dir, cmd.Env = app, env
		out, err := cmd.CombinedOutput()
		if err != nil && args[0] == "get" && unreachable(string(out)) {
			t.Skipf("go %s cannot reach a module proxy or checksum database: %s", strings.Join(args, " "), out)
		}
		require.NoError(t, err, "go %s:\n%s", strings.Join(args, " "), out)
		return string(out)
	}
	run("get", coreModule+"/reconnect/sqlstore@"+coreVersion)
	run("get", "modernc.org/sqlite@"+sqliteVersion)
	bin := filepath.Join(app, "outside")
	run("build", "-o", bin, ".")
	out, err := exec.Command(bin, t.TempDir()).CombinedOutput()
	require.NoError(t, err, "%s", out)
	require.Equal(t, "1 mailbox in mailreconnect_mailboxes\n", string(out))

	gomod, err := os.ReadFile(filepath.Join(app, "go.mod"))
	require.NoError(t, err)
	require.NotContains(t, string(gomod), "replace")
	require.Contains(t, string(gomod), coreModule+" "+coreVersion)
	deps := run("version", "-m", bin)
	require.Contains(t, deps, "modernc.org/sqlite")
	require.NotContains(t, deps, "github.com/jackc/pgx", "a program that chose SQLite links no PostgreSQL driver")
}

// publish writes the core module at coreVersion into dir, a module proxy's
// @v directory: its .info, .mod and .zip (files under module@version/, the
// nested modules' directories and .git left out, as go mod download makes).
func publish(t *testing.T, root, dir string) {
	require.NoError(t, os.MkdirAll(dir, 0o755))
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	require.NoError(t, err)
	writeFile(t, filepath.Join(dir, coreVersion+".mod"), string(gomod))
	writeFile(t, filepath.Join(dir, coreVersion+".info"), `{"Version":"`+coreVersion+`","Time":"2026-01-01T00:00:00Z"}`)
	writeFile(t, filepath.Join(dir, "list"), coreVersion+"\n")
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			if d.Name() == ".git" || d.Name() == "vendor" {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil && rel != "." {
				return filepath.SkipDir // a nested module
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		w, err := zw.Create(coreModule + "@" + coreVersion + "/" + filepath.ToSlash(rel))
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	})
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	writeFile(t, filepath.Join(dir, coreVersion+".zip"), buf.String())
}

// requiredVersion returns the version of module path this module requires.
func requiredVersion(t *testing.T, path string) string {
	b, err := os.ReadFile("go.mod")
	require.NoError(t, err)
	m := regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(path) + `\s+(v\S+)`).FindStringSubmatch(string(b))
	require.NotNil(t, m, "go.mod requires no %s", path)
	return m[1]
}

// unreachable reports whether go's output says a proxy or the checksum
// database could not be reached.
func unreachable(out string) bool {
	for _, s := range []string{"dial tcp", "no such host", "connection refused", "i/o timeout", "network is unreachable",
		"GOPROXY=off", "module lookup disabled", "TLS handshake timeout"} {
		if strings.Contains(out, s) {
			return true
		}
	}
	return false
}

func writeFile(t *testing.T, path, content string) {
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
}
