package jsonl

import (
	"io"
	"strings"
	"testing"
)

func TestReader(t *testing.T) {
	long := strings.Repeat("y", 200<<10) // longer than the read buffer, shorter than MaxLine
	r := NewReader(strings.NewReader("a\r\n\n" + long + "\nlast"))
	want := []string{"a", "", long, "last"}
	for i, w := range want {
		line, n, err := r.Next()
		if err != nil || string(line) != w || n != i+1 {
			t.Fatalf("line %d = %.20q, %d, %v; want %.20q", i+1, line, n, err, w)
		}
	}
	if _, _, err := r.Next(); err != io.EOF {
		t.Fatalf("after the last line: %v, want io.EOF", err)
	}
}

func TestDecodeStrict(t *testing.T) {
	var v struct {
		A int `json:"a"`
	}
	for _, bad := range []string{`{"a":"1"}`, `{"b":1}`, `{"a":1`, `{"a":1} x`, `{"a":1}{}`} {
		if err := Decode([]byte(bad), &v); err == nil {
			t.Errorf("Decode(%s) accepted", bad)
		}
	}
	if err := Decode([]byte(` {"a":1} `), &v); err != nil || v.A != 1 {
		t.Errorf("Decode of a valid object: %v, %+v", err, v)
	}
}
