import { describe, expect, it, vi } from 'vitest';
import {
  APIError,
  BadRequestError,
  ConnectionError,
  InternalServerError,
  TimeoutError,
  ValidationError,
} from '../../src/core/errors.js';
import {
  isIdempotent,
  isRetryable,
  type RetryLoopOptions,
  retryDelay,
  withRetries,
} from '../../src/internal/retry.js';

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

describe('withRetries', () => {
  const options = (overrides: Partial<RetryLoopOptions> = {}): RetryLoopOptions => ({
    maxRetries: 3,
    maxRetryDelayMs: 60_000,
    deadline: performance.now() + 60_000,
    idempotent: true,
    signal: undefined,
    isFinal: () => false,
    onRetry: () => undefined,
    ...overrides,
  });
  // Retry-After: 0.001 s keeps each wait at about a millisecond.
  const busy = () => status(503, { 'retry-after': '0.001' });

  it('resolves with the first attempt when it succeeds, without any retry', async () => {
    const onRetry = vi.fn();
    const attempts: number[] = [];
    const result = await withRetries(async (n) => {
      attempts.push(n);
      return 'ok';
    }, options({ onRetry }));
    expect(result).toBe('ok');
    expect(attempts).toEqual([1]);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('numbers attempts 1, 2, 3... and tells onRetry which attempt failed', async () => {
    const failed: number[] = [];
    const attempts: number[] = [];
    const result = await withRetries(
      async (n) => {
        attempts.push(n);
        if (n < 3) throw busy();
        return n;
      },
      options({ onRetry: ({ attempt }) => failed.push(attempt) }),
    );
    expect(result).toBe(3);
    expect(attempts).toEqual([1, 2, 3]);
    expect(failed).toEqual([1, 2]);
  });

  it('makes maxRetries + 1 attempts at most and rejects with the last error', async () => {
    const errors = [busy(), busy(), busy()];
    let calls = 0;
    const run = withRetries(
      async () => {
        throw errors[calls++];
      },
      options({ maxRetries: 2 }),
    );
    await expect(run).rejects.toBe(errors[2]);
    expect(calls).toBe(3);
  });

  it('makes one attempt with maxRetries 0, and never retries a final or non-retryable error', async () => {
    for (const [overrides, error] of [
      [{ maxRetries: 0 }, busy()],
      [{ isFinal: () => true }, busy()],
      [{}, status(400)],
    ] as const) {
      let calls = 0;
      await expect(
        withRetries(async () => {
          calls++;
          throw error;
        }, options(overrides)),
      ).rejects.toBe(error);
      expect(calls).toBe(1);
    }
  });

  it('gives up when the next wait would pass the deadline', async () => {
    let calls = 0;
    const error = status(503, { 'retry-after': '5' });
    await expect(
      withRetries(
        async () => {
          calls++;
          throw error;
        },
        options({ deadline: performance.now() + 1000 }),
      ),
    ).rejects.toBe(error);
    expect(calls).toBe(1);
  });
});
