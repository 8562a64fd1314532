// Findings of the API fuzzer that belong to open work of issue 12 (another
// branch fixes them). Each entry matches findings by check ("5xx", "invalid
// accepted", "undocumented status", "content type", "schema", "reason
// phrase", "text altered", "integer as float", "connection"), operation
// (string or RegExp) and optionally the kind of input and the detail.
// Matched findings are listed as known and do not fail the run; remove an
// entry as soon as its fix lands, so that the fuzzer guards it.
export const KNOWN_FAILURES = [
  // Issue 12, defect 1: a count sent as 2.5, 1500.0 or 1e3 is stored ×10 or
  // more (tests/api/roundtrip.mjs writes and reads back).
  { check: 'read back differs', op: 'POST /api/v1/datavalues', why: 'issue 12 defect 1: decimal numbers stored ×10 on counts' },
  { check: 'invalid accepted', op: 'POST /api/v1/datavalues', kind: /^count /, why: 'issue 12 defect 1: a count accepts a fraction' },
  // Issue 12, defect 6: the server sends every status with the reason "OK"
  // ("404 OK", "429 OK").
  { check: 'reason phrase', op: /./, detail: /"\d{3} OK"/, why: 'issue 12 defect 6: reason phrase always "OK"' },
  // Issue 12, defect 6: counts and booleans come back as floats (7.0, 1.0).
  { check: 'integer as float', op: /./, why: 'issue 12 defect 6: counts written as floats' },
  // Issue 12, defect 7: a NUL becomes a space, other control characters and
  // U+202E are dropped, without a word.
  { check: 'text altered', op: /./, why: 'issue 12 defect 7: control characters silently altered' },
  // Issue 12, defect 3: a 20 MB body resets the connection instead of a 413
  // (only with API_FUZZ_HUGE_MB=20, as in make api-fuzz).
  { check: 'connection', op: /./, kind: /^(\d{2,}) MB string$/, why: 'issue 12 defect 3: huge body resets the connection' },
];
