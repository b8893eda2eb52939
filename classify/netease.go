package classify

// NetEase (163.com, 126.com, yeah.net, 188.com and NetEase's enterprise mail)
// puts a code of its own after the basic reply code ("554 DT:SPM", "451
// MI:SFQ", "421 HL:ICC") and publishes what each code means. neteaseTable
// gives every code of NetEase's tables a class, and the code decides over the
// words around it (byNetEase, after the rule walk); neteaseRules also hold the
// words of the replies in those tables that carry no code and that the general
// rules would read otherwise. Sources:
//
//   - "企业退信的常见问题？" (bounces for senders into NetEase mail),
//     http://help.163.com/09/1224/17/5RAJ4LMH00753VB8.html; read 2026-12-03 in
//     the whole copy in HuangZhanGuo/HuangZhanGuo.github.io
//     "_posts/2019-11-02-SpringBoot 发送邮件和附件.md" (commit 46009ad1), which
//     matches the page's own HTML as other repositories keep it;
//   - NetEase's newer table on help.mail.163.com (faqDetail.do?code=
//     d7a5dc8471cd0c0e8b4b8f4f8e49998b374173cfe9171305fa1ce630d7f67ac230c558100287331e),
//     read 2026-12-03 in the copy in wenerme/wener "notes/service/email/163.md"
//     (commit cbab2570); it adds HL:IFQ and HL:ITC and other basic codes for
//     the same NetEase codes.
//
// The table agrees with testdata/catalogs/netease_smtp.jsonl, one entry per
// row of those tables (TestNetEaseTable).

// neteaseEntry is one row of neteaseTable.
type neteaseEntry struct {
	digit byte   // first digit of the basic code when the class depends on it, else 0
	tag   string // NetEase's code, in lower case
	class Class
}

// neteaseTable classifies NetEase's codes. A row with a digit comes before the
// row without one for the same code: it is tried first.
var neteaseTable = [...]neteaseEntry{
	// 451 DT:SPM: "temporarily refused; keep the queue and retry in two
	// minutes" (被临时拒收。请保持邮件队列，两分钟后重投邮件). 550 and 554
	// DT:SPM are refusals for content.
	{'4', "dt:spm", ClassTransient},

	// Refused for content, spam, SPF, DMARC, blocklists or the sending IP's
	// behaviour.
	{0, "dt:spm", ClassRejected}, // content with spam features, or not permitted
	{0, "dt:rbl", ClassRejected}, // the sending IP is on one or more RBLs
	{0, "mi:spf", ClassRejected}, // not permitted by the sender domain's SPF
	{0, "mi:dma", ClassRejected}, // not permitted by the sender domain's DMARC
	{0, "hl:rep", ClassRejected}, // the IP mails many non-existent recipients
	{0, "hl:mep", ClassRejected}, // the IP forges many sender domains
	{0, "hl:ihu", ClassRejected}, // the IP is suspended for spam or abnormal connections
	{0, "hl:ipb", ClassRejected}, // the IP is not on NetEase's list of allowed senders
	{0, "wm:bli", ClassRejected}, // the IP is not on NetEase's list of allowed senders
	{0, "wm:blu", ClassRejected}, // the user is not on NetEase's list of allowed senders
	{0, "mi:spb", ClassRejected}, // the user is not on NetEase's list of allowed senders

	// Too many connections, messages or recipients in a connection, in 15
	// minutes, a short time or a day.
	{0, "hl:icc", ClassRateLimited}, // concurrent connections of the IP
	{0, "hl:ifc", ClassRateLimited}, // mail from the IP in a short time
	{0, "hl:ifq", ClassRateLimited}, // mail from the IP in a short time
	{0, "hl:itc", ClassRateLimited}, // mail from the IP in a short time
	{0, "mi:dmc", ClassRateLimited}, // messages in this connection
	{0, "mi:sfq", ClassRateLimited}, // the sender's messages in 15 minutes
	{0, "mi:stc", ClassRateLimited}, // the sender's connections or messages today
	{0, "rp:drc", ClassRateLimited}, // recipients in this connection
	{0, "rp:qrc", ClassRateLimited}, // the sender's recipients in a short time
	{0, "rp:rcl", ClassRateLimited}, // recipients of one mass mailing
	{0, "rp:trc", ClassRateLimited}, // the sender's recipients today

	// The client's protocol use or sender setup.
	{0, "mi:cel", ClassConfig}, // too many erroneous commands; check the sending program
	{0, "rp:cel", ClassConfig}, // too many erroneous commands; check the sending program
	{0, "mi:ccl", ClassConfig}, // more commands than normal; check the sending program
	{0, "rp:ccl", ClassConfig}, // more commands than normal; check the sending program
	{0, "mi:nhd", ClassConfig}, // empty HELO
	{0, "mi:imf", ClassConfig}, // malformed sender address
	{0, "rp:frl", ClassConfig}, // no open relay
	{0, "dt:sum", ClassConfig}, // envelope sender and header sender differ
}

// neteaseRules are the rules NetEase's codes decide by. The codes are looked
// up in neteaseTable (neteaseRule); the phrases are the words of replies in
// NetEase's tables that carry no code.
var neteaseRules = []rule{
	{id: "netease_rejected", class: ClassRejected, byTable: true, provider: "netease",
		// The families of NetEase's codes: a text holding one is looked up.
		anyOf: p("hl:", "mi:", "rp:", "dt:", "wm:"),
		doc:   "NetEase's code (DT:SPM, DT:RBL, MI:SPF, MI:DMA, HL:IPB, ...): refused for content, SPF, DMARC, a blocklist or the sending IP's behaviour"},
	{id: "netease_rate_limited", class: ClassRateLimited, on: kindSMTP, provider: "netease",
		anyOf: p("too much recipient"),
		doc:   "NetEase's code (HL:ICC, HL:IFC, MI:SFQ, MI:STC, RP:TRC, ...) or reply: too many connections, messages or recipients"},
	{id: "netease_config", class: ClassConfig, on: kindSMTP, provider: "netease",
		anyOf: p("null sender is not allowed", "no smtp mx only"),
		doc:   "NetEase's code (MI:NHD, MI:IMF, RP:FRL, DT:SUM, MI:CEL, ...) or reply: the client's commands, HELO, sender or relay"},
	{id: "netease_transient", class: ClassTransient, byTable: true, provider: "netease",
		doc: "NetEase's 451 DT:SPM: temporarily refused, retry in two minutes"},
	{id: "netease_auth_locked", class: ClassAuthTemporary, on: kindSMTP, provider: "netease",
		anyOf: p("auth error limit exceed"),
		doc:   "NetEase: the IP failed authentication too many times and is barred for a while"},
	{id: "netease_recipient_suspended", class: ClassRecipient, on: kindSMTP, provider: "netease",
		anyOf: p("user suspended"),
		doc:   "NetEase: the requested user (the recipient) is disabled or frozen"},
}

// neteaseRuleIDs names the rule reported for each class of neteaseTable.
var neteaseRuleIDs = map[Class]string{
	ClassRejected:    "netease_rejected",
	ClassRateLimited: "netease_rate_limited",
	ClassConfig:      "netease_config",
	ClassTransient:   "netease_transient",
}

// neteaseFamilies are the phrases of NetEase's code families (built by load).
var neteaseFamilies phraseMask

// byNetEase returns v decided by the first NetEase code in text that
// neteaseTable knows, when the text holds one of the codes' families.
func byNetEase(v *Verdict, code int, text string, found *phraseSet) {
	if !found.any(neteaseFamilies) {
		return
	}
	r := neteaseRule(code, text)
	if r == nil {
		return
	}
	decided(v, r)
	v.Provider = "netease"
}

// neteaseRule returns the rule for the first NetEase code in text ("DT:SPM":
// two letters, a colon, three letters, with no letter or digit next to them)
// that neteaseTable knows, or nil.
func neteaseRule(code int, text string) *rule {
	var digit byte
	if code >= 100 && code <= 999 {
		digit = byte('0' + code/100)
	}
	for i := 2; i+3 < len(text); i++ {
		if text[i] != ':' || !isLetter(text[i-2]) || !isLetter(text[i-1]) ||
			!isLetter(text[i+1]) || !isLetter(text[i+2]) || !isLetter(text[i+3]) ||
			(i >= 3 && isAlnum(text[i-3])) || (i+4 < len(text) && isAlnum(text[i+4])) {
			continue
		}
		key := [6]byte{lower(text[i-2]), lower(text[i-1]), ':', lower(text[i+1]), lower(text[i+2]), lower(text[i+3])}
		for _, e := range neteaseTable {
			if e.tag == string(key[:]) && (e.digit == 0 || e.digit == digit) {
				return ruleByID(neteaseRuleIDs[e.class])
			}
		}
	}
	return nil
}

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool { return isLetter(c) || isDigit(c) }
