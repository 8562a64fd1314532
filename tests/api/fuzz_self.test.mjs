// The fuzzer's own parts, without a server: generated valid bodies match
// their schema, each invalid variant breaks it, and the answer checks flag
// what they must.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { HUGE_NUMBER, invalidBodies, toJsonText, validArb } from './arbitraries.mjs';
import { Checker } from './check.mjs';
import { phaseOf, plan } from './fuzz.mjs';

const code = { type: 'string', pattern: '^[A-Za-z0-9_-]{1,50}$' };
const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['org', 'year', 'kind'],
  properties: {
    org: code,
    year: { type: 'integer', minimum: 2000, maximum: 2100 },
    kind: { type: 'string', enum: ['a', 'b'] },
    on: { type: 'string', format: 'date' },
    note: { type: 'string' },
    ok: { type: 'boolean' },
    people: { type: 'array', items: { type: 'object', required: ['female'], properties: { female: { type: 'integer', minimum: 0, maximum: 100 } } } },
  },
};
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const isValid = ajv.compile(schema);
const hints = { org: ['THCS-TANMY', 'SGD-AL'] };

test('valid bodies match their schema', () => {
  fc.assert(fc.property(validArb(schema, hints), (b) => isValid(b) || assert.fail(JSON.stringify(ajv.errorsText(isValid.errors)))), { numRuns: 300 });
});

test('each invalid variant breaks the schema or the facts', () => {
  fc.assert(
    fc.property(validArb(schema, hints), fc.nat(), (b, rnd) => {
      const variants = invalidBodies(schema, b, rnd, hints);
      assert.ok(variants.length >= 5, `only ${variants.length} variants`);
      for (const v of variants) {
        if (v.text !== undefined) {
          assert.throws(() => JSON.parse(v.text), `${v.kind}: ${v.text}`);
        } else if (v.kind.startsWith('unknown code')) {
          assert.ok(!hints.org.includes(v.body.org));
        } else if (v.kind.startsWith('1e400')) {
          assert.match(toJsonText(v.body), /:1e400[,}]/);
          assert.ok(JSON.stringify(v.body).includes(HUGE_NUMBER));
        } else {
          assert.ok(!isValid(v.body), `${v.kind} still valid: ${JSON.stringify(v.body)}`);
        }
      }
    }),
    { numRuns: 200 },
  );
});

// A closed object that is nullable may be null in a valid body: an unknown
// field goes only into objects the body holds (the plan's signer was null).
test('an unknown field goes into closed objects that are there', () => {
  const nested = {
    type: 'object',
    additionalProperties: false,
    properties: { signer: { type: 'object', nullable: true, additionalProperties: false, properties: { name: { type: 'string' } } } },
  };
  for (let rnd = 0; rnd < 8; ++rnd) {
    const variants = invalidBodies(nested, { signer: null }, rnd);
    const unknown = variants.filter((v) => v.kind.startsWith('unknown field'));
    assert.equal(unknown.length, 1);
    assert.deepEqual(unknown[0].body, { signer: null, truong_la: 1 });
  }
});

test('answer checks flag 5xx, undocumented statuses, content types, schemas and accepted invalid input', () => {
  const op = {
    responses: {
      200: { description: 'ok', content: { 'application/json': { schema: { type: 'object', required: ['n'], properties: { n: { type: 'integer' } } } } } },
      400: { description: 'bad' },
    },
  };
  const c = new Checker({ openapi: '3.0.3' });
  const checks = (res, opts = {}) => c.problems(op, { invalid: false, strictStatus: true, ...opts }, res).map((p) => p.check);
  assert.deepEqual(checks({ status: 200, contentType: 'application/json', text: '{"n":7}' }), []);
  assert.deepEqual(checks({ status: 200, contentType: 'application/json; charset=utf-8', text: '{"n":7.5}' }), ['schema']);
  assert.deepEqual(checks({ status: 200, contentType: 'text/html', text: '<p>' }), ['content type']);
  assert.deepEqual(checks({ status: 200, contentType: 'application/json', text: '{' }), ['schema']);
  assert.deepEqual(checks({ status: 500, contentType: 'application/json', text: '{}' }), ['5xx', 'undocumented status']);
  assert.deepEqual(checks({ status: 404, contentType: 'application/json', text: '{}' }, { strictStatus: false }), ['note: undocumented status']);
  assert.deepEqual(checks({ status: 200, contentType: 'application/json', text: '{"n":1}' }, { invalid: true }), ['invalid accepted']);
  assert.deepEqual(checks({ status: 400, contentType: 'text/plain', text: 'x' }, { invalid: true }), []);
});

test('operations that can end sessions or lock logins run last', () => {
  const o = (method, path) => ({ method, path });
  assert.equal(phaseOf(o('GET', '/api/v1/users')), 0);
  assert.equal(phaseOf(o('POST', '/api/v1/users')), 1);
  assert.equal(phaseOf(o('DELETE', '/api/v1/orgunits/{code}')), 2);
  assert.equal(phaseOf(o('POST', '/api/v1/users/{id}/password')), 2);
  assert.equal(phaseOf(o('POST', '/api/v1/logout')), 2);
  assert.equal(phaseOf(o('POST', '/api/v1/login')), 3);
});

test('integers written as floats, wrong reason phrases and altered text are flagged', () => {
  const op = {
    responses: {
      201: { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { n: { type: 'integer' }, share: { type: 'number' }, title: { type: 'string' } } } } } },
      429: { description: 'slow down' },
    },
  };
  const c = new Checker({ openapi: '3.0.3' });
  const checks = (res, sent) => c.problems(op, { invalid: false, strictStatus: true, sent }, { contentType: 'application/json', ...res }).map((p) => p.check);
  assert.deepEqual(checks({ status: 201, statusText: 'Created', text: '{"n":7,"share":7.0}' }), []);
  assert.deepEqual(checks({ status: 201, statusText: 'Created', text: '{"n":7.0}' }), ['integer as float']);
  assert.deepEqual(checks({ status: 429, statusText: 'OK', text: '' }), ['reason phrase']);
  assert.deepEqual(checks({ status: 201, statusText: 'Created', text: '{"title":"a b"}' }, { title: 'a\u0000b' }), ['text altered']);
  assert.deepEqual(checks({ status: 201, statusText: 'Created', text: '{"item":{"title":"\u202eabc"}}' }, { title: '\u202eabc' }), []);
  assert.deepEqual(checks({ status: 201, statusText: 'Created', text: '{"item":{"title":"abc"}}' }, { title: '\u202eabc' }), ['text altered']);
});

test('an operation gets every kind of invalid request at least once', () => {
  const o = {
    id: 'POST /api/v1/things/{code}',
    method: 'POST',
    path: '/api/v1/things/{code}',
    op: { security: [{ bearer: [] }], requestBody: { content: { 'application/json': { schema } } }, responses: {} },
    parameters: [
      { name: 'code', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'year', in: 'query', required: true, schema: { type: 'integer' } },
    ],
  };
  const p = plan(o, { examples: 3, seed: 5, hints, poolFor: () => ['THCS-TANMY'], hugeMb: 1 });
  assert.equal(p.valid.length, 3);
  for (const v of p.valid) assert.ok(isValid(v.body) && v.path.code === 'THCS-TANMY' && Number.isInteger(v.query.year));
  const kinds = p.invalid.map((r) => r.kind.replace(/ [\w.]+$/, ''));
  for (const k of ['bad path parameter', 'missing query', 'query year not a', 'body of wrong', 'malformed', 'missing required', 'wrong type for',
    '1e400 in', 'not in enum', 'pattern broken', 'unknown code in', 'unknown field in', 'wrong content', '1 MB', 'no', 'session cookie without CSRF'])
    assert.ok(kinds.some((x) => x.startsWith(k)), `no "${k}" in ${JSON.stringify(kinds)}`);
});
