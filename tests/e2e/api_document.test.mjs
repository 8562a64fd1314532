// The OpenAPI document against the real server: the document is valid
// (swagger-parser), and every operation is called on the demo data, as an
// administrator, school staff, a viewer and an anonymous client. Every answer
// must be in the document: its status, its content type and (JSON) its
// schema, checked with ajv. About 150 requests; a few seconds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { startServer } from './helpers.mjs';
import { apiScenario } from './api_scenario.mjs';

/** A client with its own session cookie and CSRF token. */
function client(url, check) {
  let cookie = '';
  let csrf = '';
  const call = async (method, template, path, { json, body, type, expect } = {}) => {
    const headers = {};
    if (cookie) headers.cookie = cookie;
    if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
    let payload = body;
    if (json !== undefined) {
      payload = JSON.stringify(json);
      headers['content-type'] = 'application/json';
    } else if (type) {
      headers['content-type'] = type;
    }
    const res = await fetch(url + path, { method, headers, body: payload, redirect: 'manual' });
    const bytes = Buffer.from(await res.arrayBuffer());
    const setCookie = res.headers.get('set-cookie') ?? '';
    const m = /bd_session=([^;]*)/.exec(setCookie);
    if (m) cookie = m[1] ? `bd_session=${m[1]}` : '';
    const answer = { status: res.status, type: res.headers.get('content-type') ?? '', bytes };
    if (answer.type.startsWith('application/json') && bytes.length) answer.json = JSON.parse(bytes.toString('utf8'));
    check(method, template, path, answer, expect);
    return answer;
  };
  return {
    call,
    async login(username, password) {
      const r = await call('POST', '/api/v1/login', '/api/v1/login', { json: { username, password } });
      assert.equal(r.status, 200, `login ${username}`);
      csrf = r.json.csrf_token;
      return r;
    },
  };
}

test('every operation answers as the OpenAPI document says', async () => {
  const server = await startServer({ demo: true });
  try {
    const doc = await (await fetch(server.url + '/api/v1/openapi.json')).json();
    await SwaggerParser.validate(structuredClone(doc));

    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ components: doc.components }, 'doc');
    const validators = new Map();
    const validator = (ref) => {
      if (!validators.has(ref)) validators.set(ref, ajv.compile({ $ref: 'doc' + ref }));
      return validators.get(ref);
    };

    const problems = [];
    const called = new Set();
    const statuses = new Map();
    const check = (method, template, path, answer, expect) => {
      const where = `${method} ${path} → ${answer.status}`;
      const op = doc.paths[template]?.[method.toLowerCase()];
      if (!op) return problems.push(`${where}: ${template} is not in the document`);
      called.add(`${method} ${template}`);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status >= 500) problems.push(`${where}: server error ${answer.bytes.toString().slice(0, 200)}`);
      if (expect !== undefined && ![expect].flat().includes(answer.status))
        problems.push(`${where}: expected ${expect}: ${answer.bytes.toString().slice(0, 300)}`);
      const resp = op.responses[String(answer.status)];
      if (!resp) return problems.push(`${where}: status not documented`);
      if (!answer.bytes.length) return;
      const type = answer.type.split(';')[0].trim();
      const media = resp.content?.[type];
      if (!media) return problems.push(`${where}: content type ${type} not documented`);
      if (type !== 'application/json') return;
      const validate = validator(media.schema.$ref);
      if (!validate(answer.json))
        problems.push(`${where}: ${ajv.errorsText(validate.errors, { separator: '; ' })}`.slice(0, 600));
    };

    const as = async (username) => {
      const c = client(server.url, check);
      await c.login(username, server.adminPassword);
      return c;
    };
    const count = await apiScenario({ doc, server, as, anonymous: () => client(server.url, check) });

    const operations = [];
    for (const [path, item] of Object.entries(doc.paths))
      for (const method of Object.keys(item)) operations.push(`${method.toUpperCase()} ${path}`);
    const missed = operations.filter((o) => !called.has(o));
    console.log(
      `api document: ${operations.length} operations, ${called.size} called, ${count} requests; statuses ` +
        JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0]))),
    );
    assert.deepEqual(missed, [], 'operations never called');
    assert.deepEqual(problems, []);
  } finally {
    await server.stop();
  }
});
