// fast-check arbitraries derived from the JSON schemas of the OpenAPI
// document: valid values (validArb) and deliberately invalid mutations of a
// valid body (invalidBodies).
//
// `hints` maps a property or parameter name to values that exist in the
// database under test (unit codes, periods, element codes), so that valid
// examples reach the code behind validation, not only its first refusal.
import fc from 'fast-check';

/** Placeholder replaced in the JSON text by a raw number too large for a double. */
export const HUGE_NUMBER = '__fuzz_1e400__';
export const RAW_HUGE = '1e400';

const VI_WORDS = ['Bình đẳng giới', 'Tập huấn', 'Trường THCS Tân Mỹ', 'Nữ', 'Nam', 'Ngày Phụ nữ Việt Nam 20/10'];
// Text that a client may legitimately send: the server refuses it with a
// message or keeps it as sent (issue 12, defect 7), never a 5xx.
const AWKWARD = ['\u0000', 'a\u0000b', '\u202eabc', '\t\r\n', '\u0007', '\uffff', '😀', "' OR 1=1 --", '<script>', '%s%n'];

const typeOf = (schema) => {
  if (!schema || typeof schema !== 'object') return undefined;
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null');
  if (schema.type) return schema.type;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return undefined;
};

const dateArb = () =>
  fc
    .record({ y: fc.integer({ min: 2020, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

function stringArb(schema, name, hints) {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const known = hints[name];
  const options = [];
  if (known?.length) options.push({ weight: 6, arbitrary: fc.constantFrom(...known) });
  if (schema.example !== undefined && typeof schema.example === 'string')
    options.push({ weight: 2, arbitrary: fc.constant(schema.example) });
  if (schema.format === 'date') options.push({ weight: 4, arbitrary: dateArb() });
  else if (schema.pattern) options.push({ weight: 4, arbitrary: fc.stringMatching(new RegExp(schema.pattern)) });
  else {
    const minLength = schema.minLength ?? 0;
    const maxLength = Math.max(minLength, schema.maxLength ?? 40);
    options.push({ weight: 3, arbitrary: fc.string({ minLength, maxLength, unit: 'grapheme' }) });
    options.push({
      weight: 3,
      arbitrary: fc.constantFrom(...VI_WORDS).filter((s) => s.length >= minLength && s.length <= maxLength),
    });
    if (minLength <= 1)
      options.push({ weight: 1, arbitrary: fc.constantFrom(...AWKWARD).filter((s) => s.length <= maxLength) });
  }
  return fc.oneof(...options);
}

function numberArb(schema, name, hints, integer) {
  const known = hints[name];
  const min = schema.minimum ?? (integer ? -5 : -1000);
  const max = schema.maximum ?? (name === 'year' ? 2030 : integer ? 1000 : 1000);
  const base = integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));
  if (name === 'year') return fc.integer({ min: Math.max(min, 2020), max: Math.min(max, 2030) });
  if (known?.length) return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: base });
  return base;
}

/** An arbitrary of values valid for `schema` (a dereferenced JSON schema). */
export function validArb(schema, hints = {}, name = '', depth = 0) {
  if (!schema || typeof schema !== 'object' || Object.keys(schema).length === 0 || schema.description && !typeOf(schema)) {
    // Anything goes (e.g. a data value: number, text, boolean, null).
    const known = hints[name];
    const any = fc.oneof(fc.integer({ min: 0, max: 500 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), fc.boolean(), fc.constant(null), fc.string({ maxLength: 20 }));
    return known?.length ? fc.oneof(fc.constantFrom(...known), any) : any;
  }
  if (schema.oneOf || schema.anyOf) return fc.oneof(...(schema.oneOf ?? schema.anyOf).map((s) => validArb(s, hints, name, depth)));
  if (schema.allOf) return validArb(Object.assign({}, ...schema.allOf), hints, name, depth);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const nullable = schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes('null'));
  let arb;
  switch (typeOf(schema)) {
    case 'string': arb = stringArb(schema, name, hints); break;
    case 'integer': arb = numberArb(schema, name, hints, true); break;
    case 'number': arb = numberArb(schema, name, hints, false); break;
    case 'boolean': arb = fc.boolean(); break;
    case 'array':
      arb = fc.array(validArb(schema.items ?? {}, hints, singular(name), depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 3, depth > 1 ? 1 : 3),
      });
      break;
    case 'object': {
      const props = schema.properties ?? {};
      const model = {};
      for (const [k, s] of Object.entries(props)) model[k] = validArb(s, hints, k, depth + 1);
      arb = fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => k in props) });
      break;
    }
    default: arb = fc.constant(null);
  }
  return nullable ? fc.oneof({ weight: 5, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) }) : arb;
}

const singular = (name) => (name.endsWith('s') ? name.slice(0, -1) : name);

/** A value of a JSON type other than `type` (string, integer, number, boolean, array, object). */
function wrongTypeValue(type, rnd) {
  const byType = {
    string: [12345, true, { a: 1 }, ['x']],
    integer: ['abc', 2.5, true, { a: 1 }, '12'],
    number: ['abc', true, [1], '1.5'],
    boolean: ['yes', 1, 1.0, 'true', null],
    array: ['x', 7, { a: 1 }],
    object: ['x', 7, [1, 2]],
  };
  const list = byType[type] ?? ['x'];
  return list[rnd % list.length];
}

/** Every (path, schema) of the properties of `schema`, nested ones included (JSON-pointer-like paths). */
function propertyPaths(schema, value, path = []) {
  const out = [];
  if (typeOf(schema) === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, s] of Object.entries(schema.properties ?? {})) {
      out.push({ path: [...path, k], schema: s, present: k in value, parent: schema });
      if (k in value) out.push(...propertyPaths(s, value[k], [...path, k]));
    }
  } else if (typeOf(schema) === 'array' && Array.isArray(value) && value.length > 0) {
    out.push(...propertyPaths(schema.items ?? {}, value[0], [...path, 0]));
  }
  return out;
}

const clone = (v) => structuredClone(v);
function setAt(obj, path, v) {
  let o = obj;
  for (const k of path.slice(0, -1)) o = o[k];
  o[path.at(-1)] = v;
}
function deleteAt(obj, path) {
  let o = obj;
  for (const k of path.slice(0, -1)) o = o[k];
  delete o[path.at(-1)];
}

/**
 * Deliberately invalid variants of the valid body `body` for `schema`, each
 * {kind, body} (body a JS value, HUGE_NUMBER standing for the raw 1e400) or
 * {kind, text} (raw text). `rnd` picks among choices, so that a run's
 * examples differ.
 */
export function invalidBodies(schema, body, rnd, hints = {}) {
  const out = [];
  const props = propertyPaths(schema, body);
  const pick = (list) => list[rnd % list.length];
  // A body of the wrong JSON type, and text that is not JSON at all.
  out.push({ kind: 'body of wrong type', body: wrongTypeValue(typeOf(schema) ?? 'object', rnd) });
  out.push({ kind: 'malformed JSON', text: pick(['{"', '{"a":1,}', '{"a":01}', "{'a':1}", '[1,2', '\u0000', '{"a":1}{']) });
  // A required property left out (top level or nested).
  const required = props.filter((p) => p.present && (p.parent.required ?? []).includes(p.path.at(-1)));
  if (required.length) {
    const p = pick(required);
    const b = clone(body);
    deleteAt(b, p.path);
    out.push({ kind: `missing required ${p.path.join('.')}`, body: b });
  }
  const typed = props.filter((p) => p.present && typeOf(p.schema));
  if (typed.length) {
    const p = pick(typed);
    const b = clone(body);
    setAt(b, p.path, wrongTypeValue(typeOf(p.schema), rnd >> 3));
    out.push({ kind: `wrong type for ${p.path.join('.')}`, body: b });
    const q = typed[(rnd >> 5) % typed.length];
    const c = clone(body);
    setAt(c, q.path, HUGE_NUMBER);
    out.push({ kind: `1e400 in ${q.path.join('.')}`, body: c });
  }
  const ranged = props.filter((p) => p.present && (p.schema.maximum !== undefined || p.schema.minimum !== undefined));
  if (ranged.length) {
    const p = pick(ranged);
    const b = clone(body);
    setAt(b, p.path, p.schema.maximum !== undefined ? p.schema.maximum + 1 : p.schema.minimum - 1);
    out.push({ kind: `out of range ${p.path.join('.')}`, body: b });
  }
  const enums = props.filter((p) => p.present && p.schema.enum);
  if (enums.length) {
    const p = pick(enums);
    const b = clone(body);
    setAt(b, p.path, 'khong_co_trong_danh_sach');
    out.push({ kind: `not in enum ${p.path.join('.')}`, body: b });
  }
  const patterned = props.filter((p) => p.present && p.schema.pattern);
  if (patterned.length) {
    const p = pick(patterned);
    const b = clone(body);
    setAt(b, p.path, pick(['có dấu cách', 'x'.repeat(51), 'a/b', '']));
    out.push({ kind: `pattern broken ${p.path.join('.')}`, body: b });
  }
  // A unit (or other) code that does not exist.
  const coded = props.filter((p) => p.present && hints[p.path.at(-1)]?.length && typeOf(p.schema) === 'string' && !p.schema.enum);
  if (coded.length) {
    const p = pick(coded);
    const b = clone(body);
    setAt(b, p.path, 'KHONG-TON-TAI-' + (rnd % 1000));
    out.push({ kind: `unknown code in ${p.path.join('.')}`, body: b });
  }
  // Closed objects that the body holds (a nullable one may be null).
  const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  const at = (b, path) => path.reduce((o, k) => o?.[k], b);
  const closed = [{ path: [], schema }, ...props.filter((p) => p.present)].filter(
    (p) => p.schema.additionalProperties === false && typeOf(p.schema) === 'object' && isObject(at(body, p.path)),
  );
  if (closed.length) {
    const p = pick(closed);
    const b = clone(body);
    at(b, p.path).truong_la = 1;
    out.push({ kind: `unknown field in ${p.path.join('.') || 'body'}`, body: b });
  }
  return out;
}

/** JSON text of `value`, with HUGE_NUMBER written as the raw number 1e400. */
export function toJsonText(value) {
  return JSON.stringify(value).replaceAll(`"${HUGE_NUMBER}"`, RAW_HUGE);
}
