/**
 * The SDK's error hierarchy. Every error the SDK throws is a `SmartRecruitersError`; the HTTP
 * library's own errors never escape. No error carries a token, secret or API key: messages are
 * built from the status, SmartRecruiters' `message` and the request's method and path template.
 */
import { srRequestIdOf } from '../internal/request-id.js';

/** One entry of SmartRecruiters' `errors` array (`{ code, message }`, https://developers.smartrecruiters.com/docs/error-handling). */
export interface APIErrorDetail {
  /** SmartRecruiters' error code (e.g. `CANDIDATE_NOT_FOUND`). */
  code: string;
  /** What went wrong, as SmartRecruiters words it. */
  message?: string | undefined;
}

/** One problem found in the caller's input, in the shape of a zod issue. */
export interface ValidationIssue {
  /** Where the problem is, e.g. `['params', 'id']`. */
  path: ReadonlyArray<string | number>;
  /** What is wrong there. */
  message: string;
  /** The kind of problem (a zod issue code, e.g. `invalid_type`), when known. */
  code?: string | undefined;
}

/**
 * Where an error records the `errorKind` of each class in its chain, so that `instanceof` also
 * recognises it in another copy of the SDK (the ESM and CommonJS builds loaded in one process, or
 * two bundled copies). A registered symbol: every copy reads the same key.
 */
const ERROR_KINDS: unique symbol = Symbol.for('smartrecruiters-sdk.error-kinds') as never;

/** The `errorKind` a class declares itself (an inherited one does not count). */
function ownErrorKind(Class: unknown): string | undefined {
  if (typeof Class !== 'function' || !Object.hasOwn(Class, 'errorKind')) return undefined;
  const kind = (Class as { errorKind?: unknown }).errorKind;
  return typeof kind === 'string' ? kind : undefined;
}

/**
 * Base class of every error thrown by the SDK.
 *
 * `instanceof` works across copies of the SDK: an error thrown by the CommonJS build is an
 * `instanceof` the ESM build's classes too (and the other way round), because each error records
 * its classes' `errorKind`s under a registered symbol and `instanceof` compares those.
 */
export class SmartRecruitersError extends Error {
  /** Always `'SmartRecruitersError'` (the class's name). */
  declare name: string;
  /**
   * Identifies the class across copies of the SDK; every error class declares its own (a literal
   * string, so it survives minification). A subclass without one is matched by its prototype only.
   */
  protected static readonly errorKind: string = 'SmartRecruitersError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    const kinds: string[] = [];
    for (let Class: unknown = new.target; typeof Class === 'function'; Class = Object.getPrototypeOf(Class)) {
      const kind = ownErrorKind(Class);
      if (kind !== undefined) kinds.push(kind);
    }
    // The name is the nearest `errorKind`: each class's own, or the one it inherits.
    this.name = kinds[0] ?? 'SmartRecruitersError';
    Object.defineProperty(this, ERROR_KINDS, { value: Object.freeze(kinds) });
  }

  /**
   * `error instanceof NotFoundError` is true for a `NotFoundError` (or a subclass) of any copy of
   * the SDK, not only this one's.
   */
  static override [Symbol.hasInstance]<T>(
    this: abstract new (
      ...args: never
    ) => T,
    value: unknown,
  ): value is T {
    // `this` is the class on the right of `instanceof`: this one or a subclass.
    // biome-ignore lint/complexity/noThisInStatic: the class checked is `this`, not the base class.
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    if (typeof value !== 'object' || value === null) return false;
    // biome-ignore lint/complexity/noThisInStatic: the class checked is `this`, not the base class.
    const kind = ownErrorKind(this);
    const kinds: unknown = (value as { [ERROR_KINDS]?: unknown })[ERROR_KINDS];
    return kind !== undefined && Array.isArray(kinds) && kinds.includes(kind);
  }

  /** A plain, log-safe representation (no secrets, no request bodies). */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message };
  }
}

/** Input rejected by the SDK before any request was sent. */
export class ValidationError extends SmartRecruitersError {
  /** Always `'ValidationError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'ValidationError';
  /** Every problem found, each with its path. */
  readonly issues: ValidationIssue[];

  constructor(message: string, issues: ValidationIssue[] = []) {
    super(issues.length > 0 ? `${message}: ${formatIssues(issues)}` : message);
    this.issues = issues;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues };
  }
}

function formatIssues(issues: ValidationIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** Where a failed request went: method and path template (ids are not included). */
export interface RequestDescription {
  /** The HTTP method. */
  method: string;
  /** The path as written by the caller, e.g. `/candidates/{id}`; parameter values are left out. */
  path: string;
}

const REDACTED_HEADERS = new Set(['authorization', 'x-smarttoken', 'set-cookie', 'cookie', 'x-hook-secret']);

/** Copies headers into a plain object, dropping any that can carry a credential. */
function safeHeaders(headers: Headers | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  headers?.forEach((value, key) => {
    out[key] = REDACTED_HEADERS.has(key.toLowerCase()) ? '[redacted]' : value;
  });
  return out;
}

/** What an `APIError` is built from: the answer SmartRecruiters gave, and the request it answered. */
export interface APIErrorInit {
  /** HTTP status code. */
  status: number;
  /** The response body: parsed JSON, text, or `undefined`. */
  body: unknown;
  /** The response headers (credential-bearing ones are redacted on the error). */
  headers?: Headers | undefined;
  /** Method and path template of the request. */
  request?: RequestDescription | undefined;
  /** The SDK's id of the request (`APIResponse.requestId`, and the hooks' `requestId`). */
  requestId?: string | undefined;
}

/** SmartRecruiters answered with a non-2xx status. */
export class APIError extends SmartRecruitersError {
  /** Always `'APIError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'APIError';
  /** HTTP status code. */
  readonly status: number;
  /** SmartRecruiters' top-level `message`, when the body had one. */
  readonly srMessage: string | undefined;
  /** SmartRecruiters' `errors[{ code, message }]` (empty when the body had none). */
  readonly errors: APIErrorDetail[];
  /** The first `errors[].code` (e.g. `CANDIDATE_DATA_CONFLICT`), or an OAuth `error` value. */
  readonly code: string | undefined;
  /**
   * The SDK's id of the request, as given to the hooks (`requestId` of `request`, `response`,
   * `retry`): stable across retries. `undefined` only on an error built outside a request.
   */
  readonly requestId: string | undefined;
  /**
   * SmartRecruiters' own id of the answer (its `X-Request-Id` header, or
   * `X-SmartRecruiters-Request-Id` / `X-Correlation-Id`), when it sent one: quote it to
   * SmartRecruiters support.
   */
  readonly srRequestId: string | undefined;
  /** Response headers, with credential-bearing headers redacted. */
  readonly headers: Record<string, string>;
  /** The response body as received: parsed JSON, text (an HTML page from a proxy), or `undefined`. */
  readonly body: unknown;
  /** Method and path template of the request. */
  readonly request: RequestDescription | undefined;

  constructor(init: APIErrorInit) {
    const parsed = parseErrorBody(init.body);
    const where = init.request ? ` (${init.request.method} ${init.request.path})` : '';
    const detail = parsed.message ?? parsed.errors[0]?.message ?? parsed.code;
    super(`${init.status}${detail ? ` ${detail}` : ''}${where}`);
    this.status = init.status;
    this.srMessage = parsed.message;
    this.errors = parsed.errors;
    this.code = parsed.code;
    this.requestId = init.requestId;
    this.srRequestId = srRequestIdOf(init.headers);
    this.headers = safeHeaders(init.headers);
    this.body = init.body;
    this.request = init.request;
  }

  /** Builds the subclass that matches the status. */
  static generate(init: APIErrorInit): APIError {
    const Class = classForStatus(init.status, init.body);
    return new Class(init);
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      code: this.code,
      errors: this.errors,
      requestId: this.requestId,
      srRequestId: this.srRequestId,
      request: this.request,
    };
  }
}

/** 400: a missing or invalid parameter. */
export class BadRequestError extends APIError {
  /** Always `'BadRequestError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'BadRequestError';
}
/** 401: no valid credential (after one token refresh, for OAuth). */
export class AuthenticationError extends APIError {
  /** Always `'AuthenticationError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'AuthenticationError';
}
/** 403: the credential lacks a scope or system role (SR's `OAuthPermissionsException`). */
export class PermissionDeniedError extends APIError {
  /** Always `'PermissionDeniedError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'PermissionDeniedError';
}
/** 404: no such record or route. */
export class NotFoundError extends APIError {
  /** Always `'NotFoundError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'NotFoundError';
}
/** 409: e.g. `CANDIDATE_DATA_CONFLICT` (another candidate has this email and last name). */
export class ConflictError extends APIError {
  /** Always `'ConflictError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'ConflictError';
}
/** 415: the body's content type is not the one SmartRecruiters expects for this route. */
export class UnsupportedMediaTypeError extends APIError {
  /** Always `'UnsupportedMediaTypeError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'UnsupportedMediaTypeError';
}
/** 422: semantically incorrect input. */
export class UnprocessableEntityError extends APIError {
  /** Always `'UnprocessableEntityError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'UnprocessableEntityError';
}
/**
 * 424: a step SmartRecruiters depends on failed; e.g. activating a webhook subscription whose
 * callback did not answer the handshake (developers.smartrecruiters.com/reference/subscriptionsactivate-1).
 * Never retried.
 */
export class FailedDependencyError extends APIError {
  /** Always `'FailedDependencyError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'FailedDependencyError';
}
/** 429: a SmartRecruiters rate or concurrency limit was exceeded (after the SDK's retries). */
export class RateLimitError extends APIError {
  /** Always `'RateLimitError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'RateLimitError';
  /** Milliseconds SmartRecruiters asked to wait (`Retry-After`), when it said. */
  get retryAfterMs(): number | undefined {
    return parseRetryAfter(this.headers['retry-after']);
  }
}
/** 5xx: a server-side failure. */
export class InternalServerError extends APIError {
  /** Always `'InternalServerError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'InternalServerError';
}

/** The request never got an HTTP answer: DNS, refused or dropped connection. */
export class ConnectionError extends SmartRecruitersError {
  /** Always `'ConnectionError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'ConnectionError';
  /** Method and path template of the request. */
  readonly request: RequestDescription | undefined;

  constructor(message: string, options: { cause?: unknown; request?: RequestDescription | undefined } = {}) {
    super(message, { cause: options.cause });
    this.request = options.request;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), request: this.request };
  }
}

/** No answer within `timeoutMs`. A subclass of `ConnectionError`. */
export class TimeoutError extends ConnectionError {
  /** Always `'TimeoutError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'TimeoutError';
}

/**
 * A redirect the SDK refuses to follow: from the OAuth token endpoint to another origin (the
 * client secret and refresh token must only reach the endpoint you configured), a 307/308 that
 * would re-send a request body to another origin, a redirect to anything but `http(s)`, from
 * `https` to `http`, or more than 5 in a row. Never retried. A subclass of `ConnectionError`.
 */
export class RedirectError extends ConnectionError {
  /** Always `'RedirectError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'RedirectError';
  /** The redirect status (301, 302, 303, 307 or 308). */
  readonly status: number;

  constructor(message: string, options: { status: number; request?: RequestDescription | undefined }) {
    super(message, { request: options.request });
    this.status = options.status;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status };
  }
}

/** Which limit an answer passed: its size in bytes, or, for JSON, its nesting or its number of objects. */
export type ResponseLimit = 'bytes' | 'json_depth' | 'json_containers';

/**
 * An answer larger than the SDK reads: a JSON or text body over `maxResponseBytes` (default
 * 8 MiB), a download over `maxDownloadBytes` (default 64 MiB), or a JSON body nested deeper than
 * 64 levels or holding more than 250 000 objects and arrays (what its parsed form would take in
 * memory, whatever its size in bytes). Its reading stopped at the limit (at once when
 * `Content-Length` said so). Never retried.
 */
export class ResponseTooLargeError extends SmartRecruitersError {
  /** Always `'ResponseTooLargeError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'ResponseTooLargeError';
  /** The byte limit in force (`maxResponseBytes`, or `maxDownloadBytes` for a download). */
  readonly limitBytes: number;
  /** Which limit was passed. */
  readonly limit: ResponseLimit;
  /** HTTP status of the answer. */
  readonly status: number;
  /** Method and path template of the request. */
  readonly request: RequestDescription | undefined;

  constructor(options: {
    limitBytes: number;
    status: number;
    request?: RequestDescription | undefined;
    limit?: ResponseLimit | undefined;
    /** The JSON limit passed (`limit` other than `bytes`), for the message. */
    count?: number | undefined;
  }) {
    const where = options.request ? ` (${options.request.method} ${options.request.path})` : '';
    const limit = options.limit ?? 'bytes';
    const what =
      limit === 'json_depth'
        ? `is nested deeper than ${options.count} levels`
        : limit === 'json_containers'
          ? `holds more than ${options.count} JSON objects and arrays`
          : `is larger than ${options.limitBytes} bytes`;
    super(`The response body ${what}${where}`);
    this.limitBytes = options.limitBytes;
    this.limit = limit;
    this.status = options.status;
    this.request = options.request;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      limitBytes: this.limitBytes,
      limit: this.limit,
      status: this.status,
      request: this.request,
    };
  }
}

/**
 * A successful (2xx) answer that is not what the operation returns: an HTML page (a proxy's, a
 * captive portal's), JSON that does not parse, a file (`application/pdf`), or a value that is not
 * a record where one is expected (an array, `null`, an empty body). It is never mapped to a model,
 * and never the base of a write. Carries the content type when there was one, never the body. Not
 * retried.
 */
export class UnexpectedResponseError extends SmartRecruitersError {
  /** Always `'UnexpectedResponseError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'UnexpectedResponseError';
  /** `Content-Type` of the answer, when it had one. */
  readonly contentType: string | undefined;

  constructor(message: string, options: { contentType?: string | undefined } = {}) {
    super(message);
    this.contentType = options.contentType;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), contentType: this.contentType };
  }
}

/**
 * A list could not be followed: a repeated page position, an empty page that claims more follow,
 * or a next-page position SmartRecruiters gave that the SDK does not follow (a malformed or
 * over-long `Link` header, a link to another host or path, or one without a paging parameter).
 * The page's own items were fine; where the list goes next is not.
 */
export class PaginationError extends SmartRecruitersError {
  /** Always `'PaginationError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'PaginationError';
}

/**
 * The OAuth token endpoint answered 2xx with a body the SDK cannot use: no `access_token`, or one
 * with characters that cannot be sent in an HTTP header (CR, LF, control characters). The token
 * and the body are never kept on the error. Not retried.
 */
export class TokenResponseError extends SmartRecruitersError {
  /** Always `'TokenResponseError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'TokenResponseError';
}

/**
 * The OAuth token store (`oauth.tokenStore`) returned a value the SDK cannot use as a token: not
 * an object, an `access_token` that is not a string or holds characters an HTTP header cannot
 * carry (CR, LF, NUL, spaces, other controls), an `expires_at` that is not a number, a
 * `refresh_token` that is not a string. The value is never kept on the error, and it is never
 * sent. Not retried: fix the store, or delete the key so the next request fetches a new token.
 */
export class TokenStoreError extends SmartRecruitersError {
  /** Always `'TokenStoreError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'TokenStoreError';
}

/** The caller's `AbortSignal` fired. */
export class RequestAbortedError extends SmartRecruitersError {
  /** Always `'RequestAbortedError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'RequestAbortedError';
}

/** Why a webhook delivery failed verification. */
export type WebhookVerificationReason =
  | 'missing_signature'
  | 'malformed_signature'
  | 'missing_timestamp'
  | 'invalid_timestamp'
  | 'timestamp_outside_tolerance'
  | 'signature_mismatch'
  | 'no_secret'
  | 'invalid_payload'
  | 'ambiguous_headers';

/** A webhook delivery could not be verified; `reason` says precisely why. */
export class WebhookVerificationError extends SmartRecruitersError {
  /** Always `'WebhookVerificationError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'WebhookVerificationError';
  /** Which check failed (e.g. `signature_mismatch`, `timestamp_outside_tolerance`). */
  readonly reason: WebhookVerificationReason;

  constructor(reason: WebhookVerificationReason, message: string) {
    super(message);
    this.reason = reason;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason };
  }
}

type APIErrorClass = new (init: APIErrorInit) => APIError;

function classForStatus(status: number, body: unknown): APIErrorClass {
  // SR reports missing OAuth scopes as `OAuthPermissionsException`; its status is UNCONFIRMED
  // (smartrecruiters-api.md §5), so recognise it by name on any 4xx but 429.
  if (status >= 400 && status < 500 && status !== 429 && mentionsPermissionException(body)) {
    return PermissionDeniedError;
  }
  if (status === 400) return BadRequestError;
  if (status === 401) return AuthenticationError;
  if (status === 403) return PermissionDeniedError;
  if (status === 404) return NotFoundError;
  if (status === 409) return ConflictError;
  if (status === 415) return UnsupportedMediaTypeError;
  if (status === 422) return UnprocessableEntityError;
  if (status === 424) return FailedDependencyError;
  if (status === 429) return RateLimitError;
  if (status >= 500) return InternalServerError;
  return APIError;
}

function mentionsPermissionException(body: unknown): boolean {
  if (body === undefined || body === null) return false;
  try {
    return (typeof body === 'string' ? body : JSON.stringify(body)).includes('OAuthPermissionsException');
  } catch {
    return false;
  }
}

interface ParsedErrorBody {
  message: string | undefined;
  errors: APIErrorDetail[];
  code: string | undefined;
}

/** Reads SR's `{message, errors[]}`, OAuth's `{error, error_description}`, or anything else. */
function parseErrorBody(body: unknown): ParsedErrorBody {
  if (typeof body === 'string') {
    const text = body.trim();
    // An HTML page or long text from a proxy says nothing useful in a one-line message.
    const message = text && !text.startsWith('<') && text.length <= 200 ? text : undefined;
    return { message, errors: [], code: undefined };
  }
  if (!body || typeof body !== 'object') return { message: undefined, errors: [], code: undefined };
  const record = body as Record<string, unknown>;
  const errors: APIErrorDetail[] = Array.isArray(record.errors)
    ? record.errors.flatMap((entry): APIErrorDetail[] => {
        if (!entry || typeof entry !== 'object') return [];
        const e = entry as Record<string, unknown>;
        const code = typeof e.code === 'string' ? e.code : undefined;
        const message = typeof e.message === 'string' ? e.message : undefined;
        return code || message ? [{ code: code ?? 'UNKNOWN', message }] : [];
      })
    : [];
  const message =
    typeof record.message === 'string'
      ? record.message
      : typeof record.error_description === 'string'
        ? record.error_description
        : undefined;
  const code = errors[0]?.code ?? (typeof record.error === 'string' ? record.error : undefined);
  return { message, errors, code };
}

/**
 * Parses a `Retry-After` value (delta seconds or an IMF-fixdate, RFC 9110 §10.2.3) into
 * milliseconds from `now`. Returns `undefined` for a missing or unreadable value: a negative or
 * signed number, an exponent, or anything `Date.parse` would only guess at; the caller then uses
 * its normal backoff. A date in the past is 0.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  // A real value is a few digits or a 29-character date: a longer one is not read at all.
  if (value == null || value.length > 64) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  // An HTTP date names a weekday and a GMT time; anything else is not read as a date.
  if (!/^[A-Za-z]{3,9},? \d{1,2}[ -][A-Za-z]{3}[ -]\d{2,4} \d{2}:\d{2}:\d{2} GMT$/.test(trimmed))
    return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
