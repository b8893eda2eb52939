package classify

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// neteaseCode finds NetEase's code in a catalog entry's text.
var neteaseCode = regexp.MustCompile(`\b[A-Z]{2}:[A-Z]{3}\b`)

// TestNetEaseTable checks the table against the catalog it follows
// (testdata/catalogs/netease_smtp.jsonl, NetEase's published tables): every
// code of the table appears in the catalog, every code of the catalog is in
// the table, and the table's class for the entry's basic code is the
// catalog's label.
func TestNetEaseTable(t *testing.T) {
	catalog := loadCatalogs(t)["netease_smtp"]
	require.NotEmpty(t, catalog)
	inCatalog := map[string]bool{}
	for _, e := range catalog {
		tag := strings.ToLower(neteaseCode.FindString(e.Text))
		if tag == "" {
			continue
		}
		inCatalog[tag] = true
		digit := byte('0' + e.Code/100)
		var class Class
		for _, row := range neteaseTable {
			if row.tag == tag && (row.digit == 0 || row.digit == digit) {
				class = row.class
				break
			}
		}
		assert.Equal(t, e.WantClass, class, "%s: %s", e.ID, tag)
	}
	seen := map[[2]string]bool{}
	for _, row := range neteaseTable {
		key := [2]string{string(row.digit), row.tag}
		assert.False(t, seen[key], "%s repeated", row.tag)
		seen[key] = true
		assert.True(t, inCatalog[row.tag], "%s is in the table but in no catalog entry", row.tag)
		assert.NotEmpty(t, neteaseRuleIDs[row.class], "no rule for class %s", row.class)
	}
	// Every code of NetEase's two tables: 30 codes, DT:SPM with two rows.
	assert.Len(t, inCatalog, 30)
	assert.Len(t, neteaseTable, 31)
}

// NetEase's codes as its servers send them, with the server's own words
// around them, and texts that only look like a code.
func TestNetEaseReplies(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		class      Class
		rule       string
	}{
		// testdata/errors/netease.jsonl (jumpserver/jumpserver#644): NetEase's
		// table, DT:SPM = content judged spam.
		{"554 DT:SPM with server id", "554 DT:SPM 163 smtp14,EsCowAC3XkffVJ1ZcxWrFQ--.5037S2 1503483104,please see http://mail.163.com/help/help_spam_16.htm?ip=101.95.108.90&hostid=smtp14&time=1503483104", ClassRejected, "netease_rejected"},
		// The 451 form is the temporary refusal: retry in two minutes.
		{"451 DT:SPM", "451 DT:SPM 163 smtp14,EsCowAC3XkffVJ1ZcxWrFQ--.5037S2 1503483104,please try again", ClassTransient, "netease_transient"},
		{"lower case", "550 mi:dma dmarc check failed", ClassRejected, "netease_rejected"},
		{"daily limit", "554 MI:STC 163 smtp3,GdxpCgDnjP7c 1600000000", ClassRateLimited, "netease_rate_limited"},
		{"sender mismatch", "Mail command failed: 554 DT:SUM envelope sender mismatch", ClassConfig, "netease_config"},
		// Composed: NetEase's codes after an enhanced status code.
		{"after enhanced code", "554 5.7.3 HL:ITC", ClassRateLimited, "netease_rate_limited"},
		{"421 after enhanced code", "421 4.4.5 HL:ICC", ClassRateLimited, "netease_rate_limited"},
		// Unknown code of the same shape: the general rules decide.
		{"unknown code", "421 HL:ZZZ", ClassTransient, "code_421"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Text(tc.text)
			assert.Equal(t, tc.class, v.Class)
			assert.Equal(t, tc.rule, v.Rule)
		})
	}
	// Letters glued to the code: not NetEase's code.
	for _, s := range []string{"550 xhl:ifc", "550 hl:ifcx", "554 rp:trc1"} {
		assert.Nil(t, neteaseRule(550, s), s)
	}
	assert.NotNil(t, neteaseRule(550, "550 RP:TRC"))
	assert.NotNil(t, neteaseRule(550, "RP:TRC"), "a code at the end of the text")
}
