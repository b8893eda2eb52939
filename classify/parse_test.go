package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An ASCII-only JSON encoder writes every non-ASCII character as a \u escape;
// the escape before an enhanced code stands for that character, so a fullwidth
// parenthesis or a CJK letter before "5.7.8" leaves the code standing on its
// own, as it does in the UTF-8 text.
func TestFindEnhancedAfterEscape(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"msg": "\u767b\u5f55\u88ab\u62d2\uff085.7.8\uff09"}`, "5.7.8"}, // 登录被拒（5.7.8）
		{`{"msg": "\u62d2\u7edd5.7.139"}`, "5.7.139"},
		{`{"msg": "reply \u003e5.7.1 denied"}`, "5.7.1"},
		{`{"msg": "version\u00a05.7.8"}`, "5.7.8"},
		{`{"msg": "v5.7.8"}`, ""},      // a version, not a code
		{`{"msg": "\u00415.7.8"}`, ""}, // \u0041 is the letter A: "A5.7.8"
		{`{"msg": "ab\\u12"}`, ""},     // a broken escape holds no code
	} {
		assert.Equal(t, tc.want, findEnhanced(tc.in), tc.in)
	}
	assert.Equal(t, ClassAuth, Text(`{"detail": "\u8ba4\u8bc1\u5931\u8d25\uff08AUTH\uff0f5.7.8\uff09"}`).Class)
}
