import { describe, expect, it } from 'vitest';
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  parseRetryAfter,
  RateLimitError,
  SmartRecruitersError,
  UnprocessableEntityError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../../src/core/errors.js';

describe('APIError.generate', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [415, UnsupportedMediaTypeError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, APIError],
  ])('maps %i to %s', (status, Class) => {
    const error = APIError.generate({ status, body: undefined });
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(SmartRecruitersError);
    expect(error.name).toBe(Class.name);
    expect(error.status).toBe(status);
  });

  it("reads SmartRecruiters' {message, errors[]} body", () => {
    const error = APIError.generate({
      status: 409,
      body: {
        message: 'Candidate data conflict',
        errors: [{ code: 'CANDIDATE_DATA_CONFLICT', message: 'email and last name already used' }],
      },
      headers: new Headers({ 'x-request-id': 'r-1', 'content-type': 'application/json' }),
      request: { method: 'PATCH', path: '/candidates/{id}' },
    });
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('CANDIDATE_DATA_CONFLICT');
    expect(error.srMessage).toBe('Candidate data conflict');
    expect(error.errors).toEqual([
      { code: 'CANDIDATE_DATA_CONFLICT', message: 'email and last name already used' },
    ]);
    expect(error.requestId).toBe('r-1');
    expect(error.message).toBe('409 Candidate data conflict (PATCH /candidates/{id})');
  });

  it("recognises SR's OAuthPermissionsException as a permission error whatever the status", () => {
    const error = APIError.generate({
      status: 400,
      body: { message: 'denied', errors: [{ code: 'OAuthPermissionsException' }] },
    });
    expect(error).toBeInstanceOf(PermissionDeniedError);
  });

  it('tolerates HTML from a proxy, plain text and empty bodies', () => {
    const html = APIError.generate({ status: 502, body: '<html><body>Bad gateway</body></html>' });
    expect(html.message).toBe('502');
    expect(html.body).toContain('<html>');
    expect(APIError.generate({ status: 503, body: 'upstream unavailable' }).message).toBe(
      '503 upstream unavailable',
    );
    expect(APIError.generate({ status: 500, body: undefined }).errors).toEqual([]);
    expect(APIError.generate({ status: 500, body: { errors: 'not-an-array' } }).errors).toEqual([]);
  });

  it('reads OAuth-style token endpoint errors', () => {
    const error = APIError.generate({
      status: 401,
      body: { error: 'invalid_client', error_description: 'bad client' },
    });
    expect(error.code).toBe('invalid_client');
    expect(error.message).toBe('401 bad client');
  });

  it('redacts credential headers and serialises without them', () => {
    const error = APIError.generate({
      status: 500,
      body: undefined,
      headers: new Headers({ 'set-cookie': 'session=abc', 'x-smarttoken': 'secret-key' }),
    });
    expect(error.headers['set-cookie']).toBe('[redacted]');
    expect(JSON.stringify(error)).not.toContain('secret-key');
    expect(JSON.stringify(error)).not.toContain('abc');
  });

  it('RateLimitError exposes Retry-After in milliseconds', () => {
    const error = APIError.generate({
      status: 429,
      body: undefined,
      headers: new Headers({ 'retry-after': '2' }),
    });
    expect((error as RateLimitError).retryAfterMs).toBe(2000);
  });
});

describe('ValidationError', () => {
  it('lists the issues in its message and keeps them', () => {
    const error = new ValidationError('Invalid input', [{ path: ['limit'], message: 'must be <= 100' }]);
    expect(error.message).toBe('Invalid input: limit: must be <= 100');
    expect(error.toJSON()).toEqual({
      name: 'ValidationError',
      message: 'Invalid input: limit: must be <= 100',
      issues: [{ path: ['limit'], message: 'must be <= 100' }],
    });
  });
});

describe('parseRetryAfter', () => {
  it('parses seconds, HTTP dates, and ignores garbage', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
