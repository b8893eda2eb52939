package classify

import (
	"os"
	"sync"
	"testing"
)

// TestMain builds the rule table first: the package's tests read it
// directly, not only through the functions that build it on first use.
func TestMain(m *testing.M) {
	load()
	os.Exit(m.Run())
}

// The table is built on first use, not when the package is imported: before
// load nothing is built, and every function that reads the table builds it.
// (This runs after TestMain's load, so it checks the functions' own calls on
// a fresh sync.Once.)
func TestLoadOnFirstUse(t *testing.T) {
	saved, savedWalk, savedNetEase, savedSubject, savedSteps := table, walk, neteaseFamilies, otherSubjectSteps, settingsSteps
	t.Cleanup(func() {
		table, walk, neteaseFamilies, otherSubjectSteps, settingsSteps = saved, savedWalk, savedNetEase, savedSubject, savedSteps
	})
	for name, call := range map[string]func(){
		"Text":      func() { Text("535 5.7.8 authentication failed") },
		"Reply":     func() { Reply(535, "5.7.8", "authentication failed") },
		"OAuth":     func() { OAuth(GrantRefresh, 400, "invalid_grant", "") },
		"Error":     func() { Error(os.ErrDeadlineExceeded) },
		"Rules":     func() { Rules() },
		"Explain":   func() { Explain("code_535") },
		"Providers": func() { Providers() },
	} {
		if raceBuild && name != "Text" && name != "Error" { // see race_on_test.go
			continue
		}
		table, walk, neteaseFamilies, loadOnce = nil, nil, nil, sync.Once{}
		call()
		if table == nil || walk == nil || neteaseFamilies == nil {
			t.Errorf("%s did not build the rule table", name)
		}
	}
}

// Many goroutines that classify at once, before the table exists, build it
// once and all get the same verdict (run with -race).
func TestLoadConcurrentFirstUse(t *testing.T) {
	saved, savedWalk, savedNetEase, savedSubject, savedSteps := table, walk, neteaseFamilies, otherSubjectSteps, settingsSteps
	t.Cleanup(func() {
		table, walk, neteaseFamilies, otherSubjectSteps, settingsSteps = saved, savedWalk, savedNetEase, savedSubject, savedSteps
	})
	table, walk, neteaseFamilies, loadOnce = nil, nil, nil, sync.Once{}
	const n = 8
	got := make([]Verdict, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = Text("535 5.7.8 Username and Password not accepted")
		}()
	}
	wg.Wait()
	for i := range n {
		if got[i].Class != ClassAuth || got[i] != got[0] {
			t.Fatalf("goroutine %d: %+v, goroutine 0: %+v", i, got[i], got[0])
		}
	}
}
