import { describe, expect, it } from 'vitest';
import {
  APIError,
  BadRequestError,
  ConnectionError,
  InternalServerError,
  TimeoutError,
  ValidationError,
} from '../../src/core/errors.js';
import { isIdempotent, isRetryable, retryDelay } from '../../src/internal/retry.js';

const status = (code: number, headers: Record<string, string> = {}) =>
  APIError.generate({ status: code, body: undefined, headers: new Headers(headers) });

describe('retry policy', () => {
  it('treats GET, PUT, DELETE as idempotent and POST, PATCH as not, unless the caller says', () => {
    expect(['GET', 'PUT', 'DELETE', 'HEAD'].map((m) => isIdempotent(m, undefined))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['POST', 'PATCH'].map((m) => isIdempotent(m, undefined))).toEqual([false, false]);
    expect(isIdempotent('POST', true)).toBe(true);
    expect(isIdempotent('GET', false)).toBe(false);
  });

  it('retries 429 whatever the method: SmartRecruiters did not process the request', () => {
    expect(isRetryable(status(429), false)).toBe(true);
    expect(isRetryable(status(429), true)).toBe(true);
  });

  it('retries 502, 503, 504, timeouts and connection errors only when idempotent', () => {
    for (const code of [502, 503, 504]) {
      expect(isRetryable(status(code), true)).toBe(true);
      expect(isRetryable(status(code), false)).toBe(false);
    }
    expect(isRetryable(new TimeoutError('t'), true)).toBe(true);
    expect(isRetryable(new TimeoutError('t'), false)).toBe(false);
    expect(isRetryable(new ConnectionError('c', { cause: new Error('reset') }), false)).toBe(false);
    expect(isRetryable(new ConnectionError('c', { cause: new Error('reset') }), true)).toBe(true);
  });

  it('retries a POST whose connection was refused: it never reached the server', () => {
    const refused = new ConnectionError('c', {
      cause: Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }),
    });
    expect(isRetryable(refused, false)).toBe(true);
  });

  it('never retries 500, 4xx or validation errors', () => {
    expect(isRetryable(status(500), true)).toBe(false);
    expect(status(500)).toBeInstanceOf(InternalServerError);
    expect(isRetryable(status(400), true)).toBe(false);
    expect(status(400)).toBeInstanceOf(BadRequestError);
    expect(isRetryable(new ValidationError('v'), true)).toBe(false);
  });

  it('grows the delay exponentially with jitter between half and all of it, capped', () => {
    const low = () => 0;
    const high = () => 1;
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelay(n, status(503), undefined, high))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000,
    ]);
    expect([1, 2, 3].map((n) => retryDelay(n, status(503), undefined, low))).toEqual([250, 500, 1000]);
  });

  it('honours Retry-After in seconds and as an HTTP date', () => {
    expect(retryDelay(1, status(429, { 'retry-after': '3' }))).toBe(3000);
    const date = new Date(Date.now() + 5000).toUTCString();
    const delay = retryDelay(1, status(429, { 'retry-after': date }));
    expect(delay).toBeGreaterThan(3000);
    expect(delay).toBeLessThanOrEqual(5000);
  });

  it('honours Retry-After on a 503 too', () => {
    expect(retryDelay(1, status(503, { 'retry-after': '4' }))).toBe(4000);
  });

  it('waits at least one rate window after a 429 without Retry-After', () => {
    expect(retryDelay(1, status(429), undefined, () => 0)).toBe(1000);
  });
});
