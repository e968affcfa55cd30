/**
 * The clock the SDK reads wall time from and waits between retries on. Tests pass the fake
 * server's (`clock: fake.clock` from `smartrecruiters-sdk/testing`), so moving fake time moves the
 * SDK's too.
 */
import { raceSignal, sleep } from '../internal/abort.js';
import { ValidationError } from './errors.js';

/**
 * A source of wall time for the SDK: OAuth token expiry, sync watermarks, `Retry-After` dates and
 * webhook timestamps read `now()`; the waits between retries go through `sleep()`.
 *
 * Not on this clock, by design: timeouts and the request deadline (`timeoutMs`,
 * `maxRetryTimeMs`: they guard against hangs, in real time) and the rate limiter, which measures
 * real elapsed time as SmartRecruiters does.
 */
export interface Clock {
  /** Current time in Unix milliseconds. */
  now(): number;
  /**
   * Waits `ms` before a retry (backoff or `Retry-After`). It should reject when `signal` aborts;
   * the SDK stops waiting then anyway. Default: a real timer. A test clock may move its own time
   * forward instead of waiting (the fake server's clock does).
   */
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
}

/** @internal A clock with every method. */
export interface ResolvedClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** @internal The system clock: `Date.now()` and timers. */
export const systemClock: ResolvedClock = { now: () => Date.now(), sleep };

/** @internal Checks a `clock` option and fills in what it leaves out. */
export function resolveClock(option: unknown, path = 'clock'): ResolvedClock {
  if (option === undefined) return systemClock;
  const clock = option as Partial<Clock> | null;
  if (
    typeof clock !== 'object' ||
    clock === null ||
    typeof clock.now !== 'function' ||
    (clock.sleep !== undefined && typeof clock.sleep !== 'function')
  ) {
    throw new ValidationError('Invalid client options', [
      { path: [path], message: 'must be an object with a now() method (and optionally sleep())' },
    ]);
  }
  const read = clock.now.bind(clock);
  const wait = clock.sleep?.bind(clock);
  // A clock that answers NaN would make every token look expired: fail clearly instead, and once
  // up front, before any request.
  const now = () => {
    const time = read();
    if (typeof time !== 'number' || !Number.isFinite(time)) {
      throw new ValidationError('Invalid client options', [
        { path: [path, 'now'], message: 'must return a finite number of Unix milliseconds' },
      ]);
    }
    return time;
  };
  now();
  return {
    now,
    // A clock that ignores the signal cannot hold a cancelled request: the SDK stops waiting.
    sleep: wait
      ? (ms, signal) => (signal?.aborted ? sleep(0, signal) : raceSignal(wait(ms, signal), signal))
      : sleep,
  };
}
