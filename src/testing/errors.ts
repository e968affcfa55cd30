/**
 * Error bodies. SmartRecruiters' Customer API answers `{ message, errors: [{ code, message }] }`
 * (https://developers.smartrecruiters.com/docs/error-handling); the token endpoint answers
 * OAuth-style `{ error, error_description }`. Codes SR documents: `CANDIDATE_DATA_CONFLICT`,
 * `PROPERTY_NOT_FOUND`, `OAuthPermissionsException`. Every other code here is the fake's own choice
 * (SR's exact codes are UNCONFIRMED).
 */
import type { RouteResponse } from './http.js';

/** SR's error body. */
export interface SrErrorBody {
  message: string;
  errors: Array<{ code: string; message: string }>;
}

/** Builds SR's error body. */
export function srErrorBody(code: string, message: string, details?: string[]): SrErrorBody {
  const list = details && details.length > 0 ? details : [message];
  return { message, errors: list.map((m) => ({ code, message: m })) };
}

/** Thrown by handlers and middleware; the core turns it into a response. */
export class FakeHttpError extends Error {
  /** Always `'FakeHttpError'` (the class's name). */
  override name = 'FakeHttpError';
  readonly status: number;
  readonly body: unknown;
  readonly headers: Record<string, string>;

  constructor(status: number, body: unknown, headers: Record<string, string> = {}) {
    super(typeof body === 'object' && body && 'message' in body ? String(body.message) : `HTTP ${status}`);
    this.status = status;
    this.body = body;
    this.headers = headers;
  }

  toResponse(): RouteResponse {
    return { status: this.status, json: this.body, headers: this.headers };
  }
}

/** An error in SR's shape. */
export function srError(
  status: number,
  code: string,
  message: string,
  options: { details?: string[]; headers?: Record<string, string> } = {},
): FakeHttpError {
  return new FakeHttpError(status, srErrorBody(code, message, options.details), options.headers);
}

/** 400 with code `INVALID_REQUEST` (or another code). */
export function badRequest(message: string, code = 'INVALID_REQUEST', details?: string[]): FakeHttpError {
  return srError(400, code, message, details ? { details } : {});
}

/** 404 `NOT_FOUND` (or another code, e.g. `PROPERTY_NOT_FOUND`). */
export function notFound(message: string, code = 'NOT_FOUND'): FakeHttpError {
  return srError(404, code, message);
}

/** 415 `UNSUPPORTED_MEDIA_TYPE`. */
export function unsupportedMediaType(expected: string, got: string | null): FakeHttpError {
  return srError(
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    `Content-Type ${got ? `'${got}'` : '(none)'} is not supported here; send ${expected}`,
  );
}

/** OAuth token-endpoint error (RFC 6749 §5.2). */
export function oauthError(
  status: number,
  error: 'invalid_client' | 'invalid_grant' | 'unsupported_grant_type' | 'invalid_request' | 'invalid_scope',
  description: string,
  headers: Record<string, string> = {},
): FakeHttpError {
  return new FakeHttpError(status, { error, error_description: description }, headers);
}
