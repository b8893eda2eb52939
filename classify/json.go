package classify

import (
	"encoding/json"
	"errors"
	"math"
	"time"
)

// verdictFields is Verdict without its methods, so its field tags encode it.
type verdictFields Verdict

// verdictJSON is the wire form of a Verdict.
type verdictJSON struct {
	verdictFields
	RetryAfterSeconds int64 `json:"retry_after_seconds"`
}

// MarshalJSON encodes v as a JSON object with the keys class, reason,
// needs_reconnect, code, enhanced, provider, rule and retry_after_seconds.
// RetryAfter becomes retry_after_seconds, a whole number of seconds rounded up,
// so a suggested wait never shortens on the wire; 0 means no suggestion.
func (v Verdict) MarshalJSON() ([]byte, error) {
	secs := int64(0)
	if v.RetryAfter > 0 {
		secs = int64(math.Ceil(v.RetryAfter.Seconds()))
	}
	return json.Marshal(verdictJSON{verdictFields(v), secs})
}

// UnmarshalJSON decodes the form [Verdict.MarshalJSON] writes. A missing
// retry_after_seconds means no suggested wait; a negative one is an error.
func (v *Verdict) UnmarshalJSON(data []byte) error {
	var w verdictJSON
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	if w.RetryAfterSeconds < 0 || w.RetryAfterSeconds > math.MaxInt64/int64(time.Second) {
		return errors.New("classify: retry_after_seconds out of range")
	}
	*v = Verdict(w.verdictFields)
	v.RetryAfter = time.Duration(w.RetryAfterSeconds) * time.Second
	return nil
}
