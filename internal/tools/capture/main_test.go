package main

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestEveryCaseHasItsFixture checks, without running any case, that the cases
// and the go- lines of testdata/errors/network.jsonl are the same set, and
// that each fixture names this tool and its case as its source.
func TestEveryCaseHasItsFixture(t *testing.T) {
	f, err := os.Open("../../../testdata/errors/network.jsonl")
	require.NoError(t, err)
	defer f.Close()
	fixtures := map[string]string{} // id -> source
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var fx fixture
		require.NoError(t, json.Unmarshal(sc.Bytes(), &fx))
		if strings.HasPrefix(fx.ID, "go-") {
			fixtures[fx.ID] = fx.Source
		}
	}
	require.NoError(t, sc.Err())

	ids := map[string]bool{}
	for _, c := range cases(makeCerts(t.TempDir()), "127.0.0.1:53") {
		id := "go-" + c.name
		require.False(t, ids[id], "duplicate case %s", c.name)
		ids[id] = true
		require.NotNil(t, c.run, "case %s", c.name)
		src, ok := fixtures[id]
		require.True(t, ok, "case %s has no line in network.jsonl", c.name)
		require.True(t, strings.HasSuffix(src, "internal/tools/capture case "+c.name), "source of %s: %q", id, src)
	}
	for id := range fixtures {
		require.True(t, ids[id], "network.jsonl line %s has no case", id)
	}
}
