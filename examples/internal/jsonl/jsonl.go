// Package jsonl is the line handling the example commands share: lines of any
// length read one at a time, strict decoding of a line that holds a JSON
// object, and one answer written (and flushed) per line, so a long run that
// fails part way keeps every answer already given.
package jsonl

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// MaxLine is the longest line the commands answer, in bytes. A longer line gets
// an error answer; the lines after it are read as usual.
const MaxLine = 16 << 20

// ErrTooLong is the error for a line longer than MaxLine.
var ErrTooLong = fmt.Errorf("jsonl: line longer than %d bytes", MaxLine)

// Reader reads lines (ending in "\n" or at the end of input) of any length.
type Reader struct {
	r    *bufio.Reader
	line int
	buf  []byte
}

// NewReader returns a Reader over r.
func NewReader(r io.Reader) *Reader { return &Reader{r: bufio.NewReaderSize(r, 64<<10)} }

// Next returns the next line without its line ending ("\n" or "\r\n") and its
// number, from 1. At the end of input it returns io.EOF. A line longer than
// MaxLine is consumed whole and returned as nil with ErrTooLong; any other
// error is a read error.
func (r *Reader) Next() (line []byte, n int, err error) {
	r.buf = r.buf[:0]
	tooLong := false
	for {
		chunk, err := r.r.ReadSlice('\n')
		if !tooLong {
			if len(r.buf)+len(chunk) > MaxLine+2 { // room for "\r\n"
				tooLong, r.buf = true, r.buf[:0]
			} else {
				r.buf = append(r.buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err == io.EOF && (len(r.buf) > 0 || tooLong) {
			err = nil
		} else if err != nil {
			return nil, r.line, err
		}
		r.line++
		if tooLong {
			return nil, r.line, ErrTooLong
		}
		b := bytes.TrimSuffix(r.buf, []byte("\n"))
		return bytes.TrimSuffix(b, []byte("\r")), r.line, nil
	}
}

// Decode decodes line, a JSON object, into v strictly: a key v does not have,
// a value of the wrong type, a truncated object or anything after the object is
// an error.
func Decode(line []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(line))
	d.DisallowUnknownFields()
	if err := d.Decode(v); err != nil {
		return err
	}
	if _, err := d.Token(); err != io.EOF {
		return errors.New("unexpected data after the JSON object")
	}
	return nil
}

// LooksLikeObject reports whether line, less its leading white space, starts
// with "{": such a line is meant as a JSON object and is decoded strictly.
func LooksLikeObject(line []byte) bool {
	b := bytes.TrimLeft(line, " \t")
	return len(b) > 0 && b[0] == '{'
}

// Writer writes one JSON value a line and flushes it at once.
type Writer struct {
	w   *bufio.Writer
	enc *json.Encoder
}

// NewWriter returns a Writer to w.
func NewWriter(w io.Writer) *Writer {
	bw := bufio.NewWriter(w)
	return &Writer{w: bw, enc: json.NewEncoder(bw)}
}

// Write writes v as one line and flushes it.
func (w *Writer) Write(v any) error {
	if err := w.enc.Encode(v); err != nil {
		return err
	}
	return w.w.Flush()
}

// LineError is the answer for a line that could not be answered.
type LineError struct {
	Error string `json:"error"`
	Line  int    `json:"line"`
}

// ErrRefused is what Answer returns when some line got an error answer.
var ErrRefused = errors.New("some lines were not understood")

// Answer reads r line by line and writes one answer a line to w, flushed at
// once. answer gives the value for one line; a nil value with a nil error
// skips the line, and an error is written as a [LineError] naming the line,
// as is a line longer than MaxLine. Answer returns ErrRefused when some line
// got an error answer, and any read or write error, which ends the run with
// every answer already given written.
func Answer(r io.Reader, w io.Writer, answer func(line []byte) (any, error)) error {
	lines, out := NewReader(r), NewWriter(w)
	refused := false
	for {
		line, n, err := lines.Next()
		if err == io.EOF {
			break
		}
		var v any
		switch {
		case errors.Is(err, ErrTooLong):
		case err != nil:
			return err
		default:
			v, err = answer(line)
		}
		if err != nil {
			v, refused = LineError{Error: err.Error(), Line: n}, true
		}
		if v == nil {
			continue
		}
		if err := out.Write(v); err != nil {
			return err
		}
	}
	if refused {
		return ErrRefused
	}
	return nil
}
