/**
 * The starts the SDK's limiters count, for the timing tests: when a request then reaches a server
 * depends on the machine's load as well, so those tests assert what the SDK decides.
 */
import { vi } from 'vitest';
import type { RateLimitRelease } from '../../src/index.js';
import { CredentialRateLimiter } from '../../src/internal/rate-limiter.js';

/** The most of `times` (ms) that fall in any window of `ms` (half-open: `[t, t + ms)`). */
export function maxInWindow(times: readonly number[], ms: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] as number) - (sorted[start] as number) >= ms) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

/**
 * Records the start times (the limiter's own clock) every in-process limiter counts from now on,
 * whatever its credential, until the test's mocks are restored.
 */
export function recordLocalStarts(): number[] {
  const starts: number[] = [];
  const limiter = CredentialRateLimiter.prototype as unknown as {
    start(route: number, now: number): RateLimitRelease;
  };
  const start = limiter.start;
  vi.spyOn(limiter, 'start').mockImplementation(function (this: unknown, route: number, now: number) {
    starts.push(now);
    return start.call(this, route, now);
  });
  return starts;
}
