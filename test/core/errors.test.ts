import { describe, expect, it, vi } from 'vitest';
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  FailedDependencyError,
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
    // A webhook subscription whose activation handshake failed.
    [424, FailedDependencyError],
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
      requestId: 'req_0123',
    });
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('CANDIDATE_DATA_CONFLICT');
    expect(error.srMessage).toBe('Candidate data conflict');
    expect(error.errors).toEqual([
      { code: 'CANDIDATE_DATA_CONFLICT', message: 'email and last name already used' },
    ]);
    expect(error.requestId).toBe('req_0123');
    expect(error.srRequestId).toBe('r-1');
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

describe('instanceof across copies of the SDK', () => {
  // A second instance of the module, as when the ESM and CommonJS builds are both loaded.
  const otherCopy = async () => {
    vi.resetModules();
    return import('../../src/core/errors.js');
  };

  it('recognises an error of another copy as its class and every parent, and no other class', async () => {
    const other = await otherCopy();
    expect(other.NotFoundError).not.toBe(NotFoundError);
    const error = other.APIError.generate({ status: 404, body: undefined });
    expect(error instanceof NotFoundError).toBe(true);
    expect(error instanceof APIError).toBe(true);
    expect(error instanceof SmartRecruitersError).toBe(true);
    expect(error instanceof Error).toBe(true);
    expect(error instanceof ConflictError).toBe(false);
    expect(error instanceof ValidationError).toBe(false);
    const mine = new ValidationError('Invalid input');
    expect(mine instanceof other.ValidationError).toBe(true);
    expect(mine instanceof other.SmartRecruitersError).toBe(true);
    expect(mine instanceof other.APIError).toBe(false);
  });

  it('recognises a subclass of another copy by the classes it inherits, not by its parent', async () => {
    const other = await otherCopy();
    class AppNotFound extends other.NotFoundError {}
    const error = new AppNotFound({ status: 404, body: undefined });
    expect(error instanceof NotFoundError).toBe(true);
    // A subclass that declares no kind of its own is only ever matched by its prototype.
    class Local extends NotFoundError {}
    expect(error instanceof Local).toBe(false);
    expect(new Local({ status: 404, body: undefined }) instanceof AppNotFound).toBe(false);
  });

  it('is not fooled by plain values or errors of the same name', async () => {
    const lookalike = Object.assign(new Error('404'), { name: 'NotFoundError', status: 404 });
    expect(lookalike instanceof NotFoundError).toBe(false);
    for (const value of [null, undefined, 'NotFoundError', 404, {}]) {
      expect(value instanceof SmartRecruitersError).toBe(false);
    }
  });

  it('every exported error class declares its own kind', async () => {
    const sdk = await import('../../src/index.js');
    // The entries whose errors the root entry does not export.
    const redis = await import('../../src/redis/index.js');
    const errorClasses = Object.entries({ ...sdk, ...redis }).filter(
      (entry): entry is [string, typeof SmartRecruitersError] =>
        entry[1] === sdk.SmartRecruitersError ||
        (typeof entry[1] === 'function' && entry[1].prototype instanceof sdk.SmartRecruitersError),
    );
    expect(errorClasses.length).toBeGreaterThan(15);
    for (const [name, Class] of errorClasses) {
      expect(Object.hasOwn(Class, 'errorKind'), name).toBe(true);
      expect((Class as unknown as { errorKind: string }).errorKind, name).toBe(name);
    }
  });
});
