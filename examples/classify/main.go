// Command classify reads logged mailbox errors on standard input, one per line,
// and writes one JSON verdict per line, in input order.
//
// A line is either a plain logged error string, or a JSON object
//
//	{"text": "...", "code": 535, "enhanced": "5.7.8", "host": "smtp.gmail.com", "protocol": "smtp"}
//
// in which every field but text is optional. A line that is not such an object is
// classified as plain text; in plain text, the two characters \n stand for a line
// break, so multi-line replies fit on one line. Output objects have the keys
// class, reason, needs_reconnect, provider, code, enhanced and rule.
//
//	go run ./examples/classify < testdata/samples.txt
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/mailreconnect/sdk/classify"
)

// input is one JSON line.
type input struct {
	Text     *string `json:"text"`
	Code     int     `json:"code"`
	Enhanced string  `json:"enhanced"`
	Host     string  `json:"host"`
	Protocol string  `json:"protocol"`
}

// output is one verdict line.
type output struct {
	Class          classify.Class  `json:"class"`
	Reason         classify.Reason `json:"reason"`
	NeedsReconnect bool            `json:"needs_reconnect"`
	Provider       string          `json:"provider"`
	Code           int             `json:"code"`
	Enhanced       string          `json:"enhanced"`
	Rule           string          `json:"rule"`
}

func main() {
	if err := run(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "classify:", err)
		os.Exit(1)
	}
}

func run(r io.Reader, w io.Writer) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4<<20)
	out := bufio.NewWriter(w)
	enc := json.NewEncoder(out)
	for sc.Scan() {
		if err := enc.Encode(classifyLine(sc.Text())); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return out.Flush()
}

// classifyLine decides one input line.
func classifyLine(line string) output {
	var in input
	trimmed := strings.TrimSpace(line)
	var v classify.Verdict
	if strings.HasPrefix(trimmed, "{") && json.Unmarshal([]byte(trimmed), &in) == nil && in.Text != nil {
		text := unescape(*in.Text)
		switch {
		case in.Protocol == "oauth":
			v = classify.Text(text)
			if in.Code != 0 && v.Code == 0 {
				v = classify.OAuth(in.Code, "", text)
			}
		case in.Code != 0 || in.Enhanced != "":
			v = classify.Reply(in.Code, in.Enhanced, text)
		default:
			v = classify.Text(text)
		}
		v = v.WithHost(in.Host)
	} else {
		v = classify.Text(unescape(line))
	}
	return output{
		Class: v.Class, Reason: v.Reason, NeedsReconnect: v.NeedsReconnect,
		Provider: v.Provider, Code: v.Code, Enhanced: v.Enhanced, Rule: v.Rule,
	}
}

// unescape turns the two characters \n into a line break, for multi-line
// replies pasted on one line.
func unescape(s string) string {
	return strings.ReplaceAll(s, `\n`, "\n")
}
