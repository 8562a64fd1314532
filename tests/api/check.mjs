// Loads and validates the OpenAPI document (swagger-parser) and checks each
// answer against it (ajv): status documented, content type documented, body
// matching the documented schema.
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { STATUS_CODES } from 'node:http';

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * Fetches `${url}/api/v1/openapi.json`, validates it with swagger-parser and
 * returns {raw, doc (dereferenced), operations: [{id, method, path, op}]}.
 * Throws when the document is not valid OpenAPI.
 */
export async function loadDocument(url) {
  const res = await fetch(`${url}/api/v1/openapi.json`);
  if (res.status !== 200) throw new Error(`GET /api/v1/openapi.json: ${res.status}`);
  const raw = await res.json();
  const doc = await SwaggerParser.validate(structuredClone(raw));
  const operations = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])];
      operations.push({ id: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path, op, parameters });
    }
  }
  return { raw, doc, operations };
}

/** The media type of a Content-Type header, lower case, without parameters. */
export const mediaType = (ct) => (ct ?? '').split(';')[0].trim().toLowerCase();

/** An operation is complete when it documents a 2xx answer with its content. */
export function isComplete(op) {
  return Object.entries(op.responses ?? {}).some(([s, r]) => /^2/.test(s) && (r.content || s === '204'));
}

/** The documented response object for `status`, or undefined. */
export function documentedResponse(op, status) {
  const r = op.responses ?? {};
  return r[String(status)] ?? r[`${String(status)[0]}XX`] ?? r.default;
}

function contentFor(content, mt) {
  if (content[mt]) return content[mt];
  const [type] = mt.split('/');
  return content[`${type}/*`] ?? content['*/*'];
}

export class Checker {
  constructor(doc) {
    const Klass = String(doc.openapi).startsWith('3.1') ? Ajv2020 : Ajv;
    this.ajv = new Klass({ strict: false, allErrors: true, logger: false, validateFormats: true });
    addFormats(this.ajv);
    this.cache = new Map();
  }

  validator(schema) {
    let v = this.cache.get(schema);
    if (!v) {
      try {
        v = this.ajv.compile(schema);
      } catch (e) {
        v = Object.assign(() => false, { errors: [{ message: `schema does not compile: ${e.message}` }] });
      }
      this.cache.set(schema, v);
    }
    return v;
  }

  /** ajv errors of `value` against `schema`, as short text; '' when valid. */
  errors(schema, value) {
    const v = this.validator(schema);
    if (v(value)) return '';
    return (v.errors ?? []).slice(0, 4).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
  }

  /**
   * Problems of one answer: [{check, detail}], check one of "5xx",
   * "undocumented status", "content type", "schema", "invalid accepted".
   * `strictStatus`: an undocumented status is a failure (otherwise a note).
   */
  problems(op, { invalid, strictStatus, sent }, res) {
    const out = [];
    const { status } = res;
    if (status >= 500) out.push({ check: '5xx', detail: `status ${status}` });
    if (invalid && status >= 200 && status < 300) out.push({ check: 'invalid accepted', detail: `status ${status}` });
    const phrase = STATUS_CODES[status];
    // The names of the status in the RFCs that preceded Node's (e.g. 413
    // "Request Entity Too Large" of RFC 2616) are the same status.
    const alsoRight = { 413: ['request entity too large', 'content too large'], 422: ['unprocessable content'],
                        414: ['request-uri too long'], 416: ['requested range not satisfiable'] }[status] ?? [];
    const reason = (res.statusText ?? '').toLowerCase();
    if (res.statusText !== undefined && phrase && reason !== phrase.toLowerCase() && !alsoRight.includes(reason))
      out.push({ check: 'reason phrase', detail: `"${status} ${res.statusText}", not "${phrase}"` });
    if (!invalid && sent && status >= 200 && status < 300) out.push(...altered(sent, res.text));
    const doc = documentedResponse(op, status);
    if (!doc) {
      const listed = Object.keys(op.responses ?? {}).join(', ');
      out.push({ check: strictStatus ? 'undocumented status' : 'note: undocumented status', detail: `${status} not in [${listed}]` });
      return out;
    }
    if (!doc.content || status === 204 || status === 304) return out;
    const mt = mediaType(res.contentType);
    const media = contentFor(doc.content, mt);
    if (!media) {
      out.push({ check: 'content type', detail: `${mt || '(none)'} not in [${Object.keys(doc.content).join(', ')}]` });
      return out;
    }
    if (media.schema && /json/.test(mt)) {
      let body;
      try {
        body = JSON.parse(res.text);
      } catch {
        out.push({ check: 'schema', detail: 'body is not JSON' });
        return out;
      }
      const errs = this.errors(media.schema, body);
      if (errs) out.push({ check: 'schema', detail: errs });
      const floats = integersAsFloats(media.schema, res.text);
      if (floats) out.push({ check: 'integer as float', detail: floats });
    }
    return out;
  }
}

// Text a client may send that servers are tempted to change: control and
// bidirectional characters. Sent in a valid request and echoed back in the
// answer under the same name, it must come back as sent (issue 12, defect 7).
const AWKWARD_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function altered(sent, text) {
  let answer;
  try {
    answer = JSON.parse(text);
  } catch {
    return [];
  }
  if (!sent || typeof sent !== 'object' || !answer || typeof answer !== 'object') return [];
  const echoes = [answer, ...Object.values(answer).filter((v) => v && typeof v === 'object' && !Array.isArray(v))];
  const out = [];
  for (const [k, v] of Object.entries(sent)) {
    if (typeof v !== 'string' || !AWKWARD_CHARS.test(v)) continue;
    const back = echoes.find((e) => typeof e[k] === 'string');
    if (back && back[k].trim() !== v.trim())
      out.push({ check: 'text altered', detail: `${k}: sent ${JSON.stringify(v)}, stored ${JSON.stringify(back[k])}` });
  }
  return out;
}

/**
 * Names of the properties that `schema` types as integer, anywhere in it,
 * and never as something else (a name typed number elsewhere is left out).
 */
function integerNames(schema) {
  const ints = new Set();
  const others = new Set();
  const seen = new Set();
  const walk = (node) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    for (const [k, s] of Object.entries(node.properties ?? {})) {
      const t = Array.isArray(s?.type) ? s.type : [s?.type];
      (t.includes('integer') ? ints : others).add(k);
      walk(s);
    }
    for (const key of ['items', 'additionalProperties']) if (typeof node[key] === 'object') walk(node[key]);
    for (const key of ['allOf', 'oneOf', 'anyOf']) for (const s of node[key] ?? []) walk(s);
  };
  walk(schema);
  return [...ints].filter((n) => !others.has(n));
}

/**
 * JSON.parse reads 7.0 as 7, so ajv cannot tell that an integer came as a
 * float: look at the text for properties the schema types as integer.
 */
export function integersAsFloats(schema, text) {
  const names = integerNames(schema);
  if (!names.length) return '';
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const m = new RegExp(`"(${escaped})":\\s*(-?\\d+\\.0+)(?![0-9eE])`).exec(text);
  return m ? `"${m[1]}":${m[2]}` : '';
}
