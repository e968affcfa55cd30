/**
 * The fake's clock. Timestamps of records created at runtime, token expiry, webhook secret-key
 * expiry and signature timestamps all read it, so tests can move time forward without waiting.
 * Rate limiting does not: it measures real elapsed time (`performance.now()`).
 */

/** Reads and moves the fake's time. */
export interface FakeClock {
  /** Current fake time in Unix milliseconds: the base clock plus every `advance()`. */
  now(): number;
  /** Moves fake time forward by `ms` (e.g. past a token's `expires_in`). */
  advance(ms: number): void;
  /** Total milliseconds added by `advance()` so far. */
  readonly offsetMs: number;
}

/** Creates a clock on top of `base` (default `Date.now`). */
export function createClock(base: () => number = Date.now): FakeClock {
  let offset = 0;
  return {
    now: () => base() + offset,
    advance(ms: number) {
      if (!Number.isFinite(ms) || ms < 0)
        throw new RangeError('clock.advance() takes a non-negative number of ms');
      offset += ms;
    },
    get offsetMs() {
      return offset;
    },
  };
}

/** High-resolution wall-clock time in Unix milliseconds (fractional), for the request log. */
export function preciseNow(): number {
  return performance.timeOrigin + performance.now();
}

/** ISO-8601 with milliseconds, as SmartRecruiters writes timestamps (§1). */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
