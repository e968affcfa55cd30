/**
 * What route handlers receive, and the helpers they share: body parsing with SR's content-type
 * rules, absolute URLs on the fake's origin for HATEOAS `actions`, event emission.
 */
import type { AssessmentEngine } from './assessments.js';
import type { AuthRegistry, Credential } from './auth.js';
import type { FakeClock } from './clock.js';
import { badRequest, notFound, srError, unsupportedMediaType } from './errors.js';
import { fromUtf8, type RouteResponse } from './http.js';
import { applyJsonPatch, JsonPatchError, type JsonPatchOperation, validateJsonPatch } from './json-patch.js';
import type { Query } from './query.js';
import type { FakeState } from './state.js';
import type { WebhookEngine } from './webhooks.js';

/** Behaviour switches the routes read (resolved options). */
export interface RouteConfig {
  /** What `POST /candidates` and `POST /jobs/{jobId}/candidates` do on an existing email + last name. */
  onDuplicateCandidate: 'merge' | 'conflict';
  /** Largest accepted attachment, bytes. */
  maxAttachmentBytes: number;
  /** Fake time a report file of `rows` rows takes to generate, ms. */
  reportGenerationMs: (rows: number) => number;
}

/** Shared services. */
export interface CoreServices {
  /** Everything the fake stores. */
  state: FakeState;
  /** The fake's clock ("now" for timestamps, expiries and rate limits). */
  clock: FakeClock;
  /** API keys, OAuth clients, grants and tokens. */
  auth: AuthRegistry;
  /** Webhook handshakes and deliveries. */
  webhooks: WebhookEngine;
  /** Assessment partners: configurations, integrations, calls to partners. */
  assessments: AssessmentEngine;
  /** Behaviour switches the routes read. */
  config: RouteConfig;
  /** Base URL of the fake (origin plus optional path), without a trailing slash. */
  baseUrl(): string;
}

/** One request as a handler sees it. */
export interface HandlerContext {
  /** The HTTP method, upper case. */
  method: string;
  /** The request path, without the fake's base path and the query string. */
  path: string;
  /** The query string's parameters. */
  query: Query;
  /** The request's headers. */
  headers: Headers;
  /** The raw request body (empty when none). */
  body: Uint8Array;
  /** The path template's parameters (`{id}` -> value), decoded. */
  params: Record<string, string>;
  /** Who made the request. */
  credential: Credential;
  /** The fake's state and engines. */
  services: CoreServices;
}

/** A route declaration. */
export interface RouteDef {
  /** The HTTP method, upper case. */
  method: string;
  /** SR path template, e.g. `/candidates/{id}/jobs/{jobId}`. */
  path: string;
  /** OAuth scopes that grant access (any one); API keys always pass. */
  scopes: readonly string[];
  /** Answers the request. */
  handler: (ctx: HandlerContext) => RouteResponse | Promise<RouteResponse>;
  /** No credential needed and no rate limiting (the token endpoint). */
  public?: boolean;
  /**
   * SmartRecruiters takes OAuth 2.0 tokens only here (the Assessment Partner API): an API key is
   * refused with 401.
   */
  oauthOnly?: boolean;
  /**
   * The answer to a credential without one of `scopes`, where SmartRecruiters documents its own
   * (SmartOnboard: 401 `NOT_AUTHORIZED_TO_ACCESS_RESOURCE`). Default: 403 `OAuthPermissionsException`.
   */
  scopeDenied?: () => Error;
}

/** Declares a route. */
export function route(
  method: string,
  path: string,
  scopes: readonly string[],
  handler: RouteDef['handler'],
): RouteDef {
  return { method, path, scopes, handler };
}

/** A path parameter (always present for a matched template). */
export function param(ctx: HandlerContext, name: string): string {
  const value = ctx.params[name];
  if (value === undefined) throw new Error(`route has no parameter '${name}'`);
  return value;
}

/** An absolute URL on the fake's origin. */
export function absoluteUrl(ctx: HandlerContext | CoreServices, path: string): string {
  const services = 'services' in ctx ? ctx.services : ctx;
  return `${services.baseUrl()}${path}`;
}

/** A HATEOAS action `{ url, method }`. */
export function action(ctx: HandlerContext, path: string, method = 'GET'): { url: string; method: string } {
  return { url: absoluteUrl(ctx, path), method };
}

/** The media type of the request, lowercase, without parameters. */
export function mediaType(headers: Headers): string | null {
  const value = headers.get('content-type');
  if (!value) return null;
  return value.split(';')[0]?.trim().toLowerCase() || null;
}

function parseBody(ctx: HandlerContext): unknown {
  if (ctx.body.length === 0) throw badRequest('Request body is required', 'MISSING_BODY');
  try {
    return JSON.parse(fromUtf8(ctx.body));
  } catch {
    throw badRequest('Malformed JSON in request body', 'MALFORMED_JSON');
  }
}

/** Reads a JSON body; 415 unless `Content-Type: application/json`, 400 when empty or malformed. */
export function readJson(ctx: HandlerContext): unknown {
  const type = mediaType(ctx.headers);
  if (type !== 'application/json')
    throw unsupportedMediaType('application/json', ctx.headers.get('content-type'));
  return parseBody(ctx);
}

/**
 * Reads a JSON Patch body: 415 unless `Content-Type: application/json-patch+json` (plain
 * `application/json` included), 400 when it is not a valid RFC 6902 document.
 */
export function readJsonPatch(ctx: HandlerContext): JsonPatchOperation[] {
  const type = mediaType(ctx.headers);
  if (type !== 'application/json-patch+json') {
    throw unsupportedMediaType(
      'application/json-patch+json (RFC 6902 JSON Patch)',
      ctx.headers.get('content-type'),
    );
  }
  const body = parseBody(ctx);
  try {
    validateJsonPatch(body);
  } catch (error) {
    throw badRequest(`Invalid JSON Patch: ${(error as Error).message}`, 'INVALID_JSON_PATCH');
  }
  return body;
}

/** Applies a JSON Patch to a document; 400 `INVALID_JSON_PATCH` on failure. */
export function patchDocument<T>(document: T, patch: JsonPatchOperation[], writable: readonly string[]): T {
  for (const op of patch) {
    for (const pointer of 'from' in op ? [op.path, op.from] : [op.path]) {
      const top = pointer.split('/')[1] ?? '';
      if (op.op !== 'test' && !writable.includes(top)) {
        throw badRequest(`Invalid JSON Patch: path '${pointer}' cannot be modified`, 'INVALID_JSON_PATCH');
      }
    }
  }
  try {
    return applyJsonPatch(document, patch);
  } catch (error) {
    if (error instanceof JsonPatchError)
      throw badRequest(`Invalid JSON Patch: ${error.message}`, 'INVALID_JSON_PATCH');
    throw error;
  }
}

/**
 * SR's 404 code for each kind of record, as SR's specification names them
 * (https://developers.smartrecruiters.com/docs/error-handling); other records answer `NOT_FOUND`.
 */
const NOT_FOUND_CODES: Readonly<Record<string, string>> = {
  Candidate: 'CANDIDATE_NOT_FOUND',
  'Candidate property': 'CANDIDATE_PROPERTY_NOT_FOUND',
  Department: 'DEPARTMENT_NOT_FOUND',
  Interview: 'INTERVIEW_NOT_FOUND',
  Job: 'JOB_NOT_FOUND',
  'New hire': 'NEW_HIRE_NOT_FOUND',
  'Onboarding process': 'ONBOARDING_PROCESS_NOT_FOUND',
  'Job application': 'JOB_APPLICATION_NOT_FOUND',
  'Job property': 'JOB_PROPERTY_NOT_FOUND',
  Review: 'REVIEW_NOT_FOUND',
  Source: 'SOURCE_NOT_FOUND',
  'Source type': 'SOURCE_TYPE_NOT_FOUND',
  User: 'USER_NOT_FOUND',
};

/**
 * 404 unless the record exists: with `code`, or SR's code for that kind of record (`NOT_FOUND` for
 * the others).
 */
export function found<T>(value: T | undefined, what: string, code?: string): T {
  if (value === undefined) throw notFound(`${what} not found`, code ?? NOT_FOUND_CODES[what] ?? 'NOT_FOUND');
  return value;
}

/** Emits a webhook event to every active subscription that lists it. */
export function emit(
  ctx: HandlerContext,
  name: string,
  payload: Record<string, string>,
  selfPath: string,
): void {
  ctx.services.webhooks.emit(name, payload, selfPath);
}

/** 409 in SR's shape. */
export function conflict(code: string, message: string): Error {
  return srError(409, code, message);
}

/** Drops `undefined` and `null` values (SR omits absent fields). */
export function compact(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) if (value !== undefined && value !== null) out[key] = value;
  return out;
}
