/**
 * Checks what the fake answers against SmartRecruiters' specification (the conformance table):
 * every response body against SR's schema for that operation and status, every request body the
 * fake accepted against SR's request schema, the query parameters sent (names, types, repeated
 * keys for arrays), and every error status and code the fake answers against those SR documents
 * for the operation. A request the fake refuses is consistent when SR's schemas refuse it too;
 * a request SR's schemas accept may be refused only with a status, and code, SR documents for
 * the operation (a rule SR states in prose, an unknown id...).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FakeExchange } from '../../src/testing/observe.js';
import {
  type ConformanceTable,
  loadTable,
  operationsByKey,
  type Schema,
  type TableOperation,
  type TableParameter,
} from './table.js';

// ajv-formats is CommonJS: its default export may arrive wrapped (`{ default }`).
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/** What a finding is about. */
export type FindingKind =
  /** A response body that fails SR's schema for the operation and status. */
  | 'response'
  /** A response carrying fields SR's schema does not define. */
  | 'response-field'
  /** A request body the fake accepted that fails SR's request schema. */
  | 'request'
  /** A query parameter SR does not define, a value its schema refuses, or an array sent another way. */
  | 'query'
  /** A success status SR does not document for the operation. */
  | 'status'
  /** An error status, or an error code, SR does not document for the operation. */
  | 'error';

/** One difference between the fake's traffic and SR's specification. */
export interface Finding {
  kind: FindingKind;
  /** `METHOD /template` of the operation. */
  operation: string;
  status: number;
  /** What differs: a JSON pointer, a parameter name, an error code, a status. */
  detail: string;
  message: string;
}

/** The outcome of checking one exchange. */
export interface ExchangeResult {
  /** The operation, when the fake's route is one of the table's. */
  operation: string | null;
  status: number;
  answeredBy: FakeExchange['answeredBy'];
  /** Whether the response body was validated against a schema of SR's. */
  responseValidated: boolean;
  /** Whether a request body was validated against a schema of SR's. */
  requestValidated: boolean;
  findings: Finding[];
}

/**
 * Statuses SR's gateway may answer to any operation whatever its specification lists
 * (https://developers.smartrecruiters.com/docs/error-handling): authentication, payload limits,
 * rate limits and server errors. The fake's 501 marks an operation it does not serve.
 */
export const ANY_OPERATION_STATUSES = new Set([401, 413, 415, 429, 500, 501, 502, 503, 504]);

const JSON_TYPES = new Set(['application/json', 'application/json-patch+json']);

function mediaType(value: string | null | undefined): string {
  return (value?.split(';')[0] ?? '').trim().toLowerCase();
}

/** Rewrites `#/schemas/X` references into the registered document `id`. */
function rebase(schema: unknown, id: string): unknown {
  if (Array.isArray(schema)) return schema.map((item) => rebase(item, id));
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] = key === '$ref' && typeof value === 'string' ? `${id}${value}` : rebase(value, id);
  }
  return out;
}

/**
 * A copy of the component schemas for one direction: in requests, `readOnly` properties are not
 * required; in responses, `writeOnly` ones are not (OpenAPI 3.0).
 */
function forDirection(schemas: Record<string, Schema>, direction: 'request' | 'response'): Schema {
  const skip = direction === 'request' ? 'readOnly' : 'writeOnly';
  const visit = (schema: unknown): unknown => {
    if (Array.isArray(schema)) return schema.map(visit);
    if (typeof schema !== 'object' || schema === null) return schema;
    const source = schema as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(source)) out[key] = visit(value);
    const props = source.properties as Record<string, Record<string, unknown>> | undefined;
    if (Array.isArray(source.required) && props) {
      out.required = source.required.filter((name) => props[name as string]?.[skip] !== true);
    }
    return out;
  };
  return { schemas: visit(schemas) };
}

/** Names of the properties a schema defines, or `null` when it takes any (no closed object). */
function knownProperties(
  schema: Schema,
  schemas: Record<string, Schema>,
  seen = new Set<Schema>(),
): Set<string> | null {
  if (seen.has(schema)) return new Set();
  seen.add(schema);
  if (typeof schema.$ref === 'string') {
    const target = schemas[schema.$ref.slice('#/schemas/'.length)];
    return target ? knownProperties(target, schemas, seen) : null;
  }
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) return null;
  const names = new Set<string>();
  let closed = false;
  if (schema.properties && typeof schema.properties === 'object') {
    closed = true;
    for (const name of Object.keys(schema.properties)) names.add(name);
  }
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    const list = schema[key];
    if (!Array.isArray(list)) continue;
    for (const member of list as Schema[]) {
      const inner = knownProperties(member, schemas, seen);
      if (inner === null) {
        if (key === 'allOf') continue;
        return null;
      }
      closed = true;
      for (const name of inner) names.add(name);
    }
  }
  return closed ? names : null;
}

/** Fields of `value` that `schema` does not define, as JSON pointers (objects and arrays walked). */
export function undefinedFields(
  value: unknown,
  schema: Schema,
  schemas: Record<string, Schema>,
  pointer = '',
  out: string[] = [],
): string[] {
  if (out.length >= 20) return out;
  const resolved = resolve(schema, schemas);
  if (Array.isArray(value)) {
    const items = resolved.items;
    if (items && typeof items === 'object') {
      value.forEach((item, i) => {
        undefinedFields(item, items as Schema, schemas, `${pointer}/${i}`, out);
      });
    }
    return out;
  }
  if (typeof value !== 'object' || value === null) return out;
  const known = knownProperties(resolved, schemas);
  const props = collectProperties(resolved, schemas);
  for (const [key, child] of Object.entries(value)) {
    if (known && !known.has(key)) {
      out.push(`${pointer}/${key}`);
      continue;
    }
    const childSchema = props.get(key);
    if (childSchema) undefinedFields(child, childSchema, schemas, `${pointer}/${key}`, out);
    else if (!known && resolved.additionalProperties && typeof resolved.additionalProperties === 'object') {
      undefinedFields(child, resolved.additionalProperties as Schema, schemas, `${pointer}/${key}`, out);
    }
  }
  return out;
}

function resolve(schema: Schema, schemas: Record<string, Schema>): Schema {
  let current = schema;
  for (let i = 0; i < 10 && typeof current.$ref === 'string'; i++) {
    current = schemas[current.$ref.slice('#/schemas/'.length)] ?? {};
  }
  return current;
}

/** Every property schema a schema defines, through `allOf` (and `oneOf`/`anyOf`, first wins). */
function collectProperties(
  schema: Schema,
  schemas: Record<string, Schema>,
  out = new Map<string, Schema>(),
  depth = 0,
): Map<string, Schema> {
  if (depth > 10) return out;
  const resolved = resolve(schema, schemas);
  if (resolved.properties && typeof resolved.properties === 'object') {
    for (const [name, prop] of Object.entries(resolved.properties as Record<string, Schema>)) {
      if (!out.has(name)) out.set(name, prop);
    }
  }
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    const list = resolved[key];
    if (Array.isArray(list))
      for (const member of list as Schema[]) collectProperties(member, schemas, out, depth + 1);
  }
  return out;
}

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 3)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}${enumHint(e)}`)
    .join('; ');
}

function enumHint(error: ErrorObject): string {
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
  return Array.isArray(allowed) ? ` (${allowed.slice(0, 8).join(', ')})` : '';
}

function parseJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(bytes)) };
  } catch {
    return { ok: false };
  }
}

/** The error codes of an SR error body (`errors[].code`). */
function errorCodesOf(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const errors = (body as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return [];
  return errors
    .map((e) => (typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined))
    .filter((code): code is string => typeof code === 'string');
}

/** Checks exchanges against the table; compiled schemas are cached. */
export class ExchangeChecker {
  private readonly table: ConformanceTable;
  private readonly byKey: Map<string, TableOperation>;
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(table: ConformanceTable = loadTable()) {
    this.table = table;
    this.byKey = operationsByKey(table);
    this.ajv = new Ajv({ strict: false, allErrors: true, discriminator: false });
    addFormats(this.ajv);
    // SR's own formats (int64, name, address...) carry no checkable rule: accepted as written.
    for (const format of ['int32', 'int64', 'float', 'double', 'binary', 'byte', 'password']) {
      this.ajv.addFormat(format, true);
    }
    const known = new Set(Object.keys((this.ajv.formats as Record<string, unknown>) ?? {}));
    const visit = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (typeof value === 'object' && value !== null) {
        for (const [key, child] of Object.entries(value)) {
          if (key === 'format' && typeof child === 'string' && !known.has(child)) {
            known.add(child);
            this.ajv.addFormat(child, true);
          } else visit(child);
        }
      }
    };
    visit(table);
    this.ajv.addSchema(rebase(forDirection(table.schemas, 'request'), 'sr-request') as object, 'sr-request');
    this.ajv.addSchema(
      rebase(forDirection(table.schemas, 'response'), 'sr-response') as object,
      'sr-response',
    );
  }

  /** The table's operation for a route key (`'GET /candidates/{id}'`). */
  operation(route: string): TableOperation | undefined {
    return this.byKey.get(route);
  }

  private validator(schema: Schema, direction: 'request' | 'response'): ValidateFunction {
    const key = `${direction} ${JSON.stringify(schema)}`;
    let validate = this.validators.get(key);
    if (!validate) {
      const id = direction === 'request' ? 'sr-request' : 'sr-response';
      validate = this.ajv.compile(
        rebase(direction === 'request' ? schema : { ...schema }, id) as Record<string, unknown>,
      );
      this.validators.set(key, validate);
    }
    return validate;
  }

  /** Checks one exchange. */
  async check(exchange: FakeExchange): Promise<ExchangeResult> {
    const result: ExchangeResult = {
      operation: null,
      status: exchange.status,
      answeredBy: exchange.answeredBy,
      responseValidated: false,
      requestValidated: false,
      findings: [],
    };
    if (!exchange.route) return result;
    const op = this.byKey.get(exchange.route);
    if (!op) return result;
    result.operation = op.key;
    // Answers not made by the route (faults, limits, authentication, the router) say nothing of it.
    if (exchange.answeredBy !== 'handler' && exchange.answeredBy !== 'scope') return result;
    const add = (kind: FindingKind, detail: string, message: string) =>
      result.findings.push({ kind, operation: op.key, status: exchange.status, detail, message });
    const queryValid = this.checkQuery(op, exchange, add);
    if (exchange.answeredBy === 'scope') return result;
    const bodyValid = await this.checkRequest(op, exchange, result, add);
    this.checkResponse(op, exchange, result, add, queryValid && bodyValid);
    return result;
  }

  /** Checks the query; false when SR's parameters refuse it (so SR would refuse the request). */
  private checkQuery(
    op: TableOperation,
    exchange: FakeExchange,
    add: (kind: FindingKind, detail: string, message: string) => void,
  ): boolean {
    let valid = true;
    const params = new Map<string, TableParameter>();
    for (const p of op.parameters) if (p.in === 'query') params.set(p.name, p);
    // A test may send anything to see what the fake does; what the SDK sends must be SR's, and
    // what the fake accepts must be what SR's parameters allow.
    const fromSdk = (exchange.request.headers.get('user-agent') ?? '').startsWith('smartrecruiters-sdk/');
    const accepted = exchange.status < 400;
    // An object parameter sent exploded (the Posting API's `customField`: `custom_field.{id}=value`):
    // each key matching its `propertyNames` pattern is one of its members.
    const exploded = [...params.values()].flatMap((p) => {
      const schema = resolve(p.schema, this.table.schemas);
      const pattern = (schema.propertyNames as Schema | undefined)?.pattern;
      return schema.type === 'object' && typeof pattern === 'string'
        ? [
            {
              pattern: new RegExp(pattern),
              values: (schema.additionalProperties as Schema | undefined) ?? {},
            },
          ]
        : [];
    });
    for (const [name, values] of Object.entries(exchange.query)) {
      const param = params.get(name);
      const member = param ? undefined : exploded.find((e) => e.pattern.test(name));
      if (member) {
        const validate = this.validator(member.values, 'request');
        for (const raw of values) {
          if (validate(coerce(raw, resolve(member.values, this.table.schemas)))) continue;
          valid = false;
          if (accepted)
            add(
              'query',
              name,
              `query parameter ${name}=${truncate(raw)}: ${describeErrors(validate.errors)}`,
            );
        }
        continue;
      }
      if (!param) {
        if (fromSdk) {
          add(
            'query',
            name,
            `the SDK sent query parameter ${name}; SR's are ${[...params.keys()].join(', ') || 'none'}`,
          );
        }
        continue;
      }
      // A value SR refuses is the fake's to refuse: only one it accepted is a finding.
      const check = accepted ? add : () => undefined;
      const schema = resolve(param.schema, this.table.schemas);
      const isArray = schema.type === 'array';
      if (!isArray && values.length > 1) {
        valid = false;
        check('query', name, `query parameter ${name} sent ${values.length} times; SR takes one value`);
      }
      if (isArray && param.arrayStyle === 'repeat' && values.some((v) => v.includes(','))) {
        // A comma in a value is legitimate text for most parameters; enumerated ones cannot hold one.
        const items = resolve((schema.items as Schema | undefined) ?? {}, this.table.schemas);
        if (Array.isArray(items.enum)) {
          valid = false;
          check('query', name, `query parameter ${name} sent as a comma-separated list; SR repeats the key`);
        }
      }
      const item = isArray ? ((schema.items as Schema | undefined) ?? {}) : param.schema;
      const validate = this.validator(item, 'request');
      for (const raw of values) {
        const value = coerce(raw, resolve(item, this.table.schemas));
        if (!validate(value)) {
          valid = false;
          check(
            'query',
            name,
            `query parameter ${name}=${truncate(raw)}: ${describeErrors(validate.errors)}`,
          );
        }
      }
    }
    for (const param of params.values()) {
      if (param.required && !(param.name in exchange.query)) {
        valid = false;
        if (accepted)
          add(
            'query',
            param.name,
            `required query parameter ${param.name} missing, yet the fake answered ${exchange.status}`,
          );
      }
    }
    return valid;
  }

  /** Checks the request body; false when SR's request schema refuses it. */
  private async checkRequest(
    op: TableOperation,
    exchange: FakeExchange,
    result: ExchangeResult,
    add: (kind: FindingKind, detail: string, message: string) => void,
  ): Promise<boolean> {
    const body = exchange.request.body;
    const accepted = exchange.status < 400;
    if (!op.requestBody) return true;
    if (body.length === 0) {
      if (op.requestBody.required && accepted)
        add('request', '/', `no body, yet SR requires one and the fake answered ${exchange.status}`);
      return !op.requestBody.required;
    }
    const type = mediaType(exchange.request.headers.get('content-type'));
    const schema = op.requestBody.content[type];
    if (schema === undefined) {
      if (accepted) {
        add(
          'request',
          'content-type',
          `request sent as ${type || '(no content type)'}; SR takes ${Object.keys(op.requestBody.content).join(', ')}`,
        );
      }
      return false;
    }
    let value: unknown;
    if (JSON_TYPES.has(type)) {
      const parsed = parseJson(body);
      if (!parsed.ok) return false;
      value = parsed.value;
    } else if (type === 'multipart/form-data') {
      value = await formFields(body, exchange.request.headers.get('content-type') ?? '');
      if (value === undefined) return false;
    } else return true;
    const validate = this.validator(schema, 'request');
    const valid = validate(value);
    result.requestValidated = true;
    if (accepted && !valid) {
      for (const [detail, message] of eachError(validate.errors)) {
        add('request', detail, `accepted request body fails SR's schema: ${message}`);
      }
    }
    return valid;
  }

  private checkResponse(
    op: TableOperation,
    exchange: FakeExchange,
    result: ExchangeResult,
    add: (kind: FindingKind, detail: string, message: string) => void,
    requestValid: boolean,
  ): void {
    const status = exchange.status;
    // A request SR's schemas refuse, the fake refusing it too: consistent, whatever status and code
    // it chose (SR documents none for a request that breaks its schema).
    if ((status === 400 || status === 422) && !requestValid) return;
    const responses = op.responses;
    if (!responses) return;
    const isError = status >= 400;
    // `default` documents the operation's normal answer, not its errors.
    const documented = responses[String(status)] ?? (isError ? undefined : responses.default);
    if (!documented) {
      if (isError && ANY_OPERATION_STATUSES.has(status)) return;
      const listed = Object.keys(responses).join(', ');
      add(
        isError ? 'error' : 'status',
        String(status),
        `SR documents ${listed} for this operation, not ${status}`,
      );
      return;
    }
    const body = exchange.response.body;
    const type = mediaType(exchange.response.headers['content-type']);
    let value: unknown;
    let parsedJson = false;
    if (body.length > 0 && JSON_TYPES.has(type)) {
      const parsed = parseJson(body);
      if (parsed.ok) {
        value = parsed.value;
        parsedJson = true;
      }
    }
    if (isError && documented.codes && documented.codes.length > 0 && parsedJson) {
      for (const code of errorCodesOf(value)) {
        if (!documented.codes.includes(code)) {
          add('error', code, `error code ${code} on ${status}; SR documents ${documented.codes.join(', ')}`);
        }
      }
    }
    const content = documented.content;
    if (!content || body.length === 0) return;
    const schema = content[type] ?? (JSON_TYPES.has(type) ? content['application/json'] : undefined);
    if (schema === undefined) {
      if (!isError) {
        add(
          'response',
          'content-type',
          `answered ${type || '(no content type)'}; SR answers ${Object.keys(content).join(', ')}`,
        );
      }
      return;
    }
    if (!parsedJson || Object.keys(schema).length === 0) return;
    const validate = this.validator(schema, 'response');
    result.responseValidated = true;
    if (!validate(value)) {
      for (const [detail, message] of eachError(validate.errors)) add('response', detail, message);
    }
    for (const field of new Set(undefinedFields(value, schema, this.table.schemas).map(generalize))) {
      add('response-field', field, `field ${field} is not one of SR's schema`);
    }
  }
}

/** `/content/3/id` -> `/content/*\/id`: one finding per field, not per item. */
function generalize(pointer: string): string {
  return pointer.replace(/\/\d+(?=\/|$)/g, '/*');
}

/**
 * One `[detail, message]` per schema error, items generalized (`/content/*\/id required`), at most
 * ten: the detail names the field and the rule, so an exception can name exactly one.
 */
function eachError(errors: ErrorObject[] | null | undefined): Array<[string, string]> {
  const out = new Map<string, string>();
  for (const error of errors ?? []) {
    // `oneOf`/`anyOf` failures repeat their branches' errors; the branches say more.
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf' || error.keyword === 'if') continue;
    const missing = (error.params as { missingProperty?: string }).missingProperty;
    const pointer = `${generalize(error.instancePath || '')}${missing ? `/${missing}` : ''}` || '/';
    const detail = `${pointer} ${error.keyword}`;
    if (!out.has(detail)) out.set(detail, `${pointer} ${error.message ?? error.keyword}${enumHint(error)}`);
    if (out.size >= 10) break;
  }
  return [...out.entries()];
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** A query value as the type its schema says (query strings are text). */
function coerce(raw: string, schema: Schema): unknown {
  if (schema.type === 'integer' || schema.type === 'number') {
    const n = Number(raw);
    return raw.trim() !== '' && Number.isFinite(n) ? n : raw;
  }
  if (schema.type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

/** A multipart body's fields: text parts as strings, files as their file names. */
async function formFields(
  body: Uint8Array,
  contentType: string,
): Promise<Record<string, string> | undefined> {
  try {
    const form = await new Request('http://conformance.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: body as Uint8Array<ArrayBuffer>,
    }).formData();
    const out: Record<string, string> = {};
    for (const [name, value] of form.entries()) out[name] = typeof value === 'string' ? value : value.name;
    return out;
  } catch {
    return undefined;
  }
}
