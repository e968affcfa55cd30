import { describe, expect, it } from 'vitest';
import { parseRetryAfter, RateLimitError } from '../../src/index.js';
import { retryDelay } from '../../src/internal/retry.js';

function rateLimited(retryAfter: string) {
  return new RateLimitError({ status: 429, body: {}, headers: new Headers({ 'retry-after': retryAfter }) });
}

describe('a Retry-After that is negative or unreadable falls back to the normal backoff', () => {
  for (const value of ['-5', '-0.5', '1e3', '+3', '0x10', 'soon', ' ', 'Wed, 99 Foo 2024', '-1 hour']) {
    it(`Retry-After: ${JSON.stringify(value)}`, () => {
      expect(parseRetryAfter(value)).toBeUndefined();
      // A 429 without a usable Retry-After waits at least one rate window (1 s), never 0.
      expect(retryDelay(1, rateLimited(value), undefined, () => 0)).toBeGreaterThanOrEqual(1000);
    });
  }

  it('delta seconds and HTTP dates still count', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:03 GMT', now)).toBe(3000);
    // A date in the past means "now": 0, which the backoff floor then raises for a 429.
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0);
    expect(
      retryDelay(1, rateLimited('Wed, 31 Dec 2025 23:59:00 GMT'), undefined, () => 0),
    ).toBeGreaterThanOrEqual(1000);
  });
});
