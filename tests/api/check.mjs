// Loads and validates the OpenAPI document (swagger-parser) and checks each
// answer against it (ajv): status documented, content type documented, body
// matching the documented schema.
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

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
  problems(op, { invalid, strictStatus }, res) {
    const out = [];
    const { status } = res;
    if (status >= 500) out.push({ check: '5xx', detail: `status ${status}` });
    if (invalid && status >= 200 && status < 300) out.push({ check: 'invalid accepted', detail: `status ${status}` });
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
    }
    return out;
  }
}
