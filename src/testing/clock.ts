/**
 * The fake's clock. Timestamps of records created at runtime, token expiry, webhook secret-key
 * expiry and signature timestamps all read it, so tests can move time forward without waiting.
 * Rate limiting does not: it measures real elapsed time (`performance.now()`).
 *
 * It is also a clock for the SDK under test (`clock: fake.clock`, or `fake.client()`): the SDK
 * then reads the same time (token expiry, sync watermarks, `Retry-After` dates) and its waits
 * between retries move fake time instead of taking real time.
 */

/** Reads and moves the fake's time. */
export interface FakeClock {
  /** Current fake time in Unix milliseconds: the base clock plus every `advance()`. */
  now(): number;
  /** Moves fake time forward by `ms` (e.g. past a token's `expires_in`). */
  advance(ms: number): void;
  /** Total milliseconds added by `advance()` and `sleep()` so far. */
  readonly offsetMs: number;
  /**
   * Waits `ms` of fake time without waiting in real time: resolves on a later turn of the event
   * loop, the earliest wake-up first, having moved the clock to the wake-up time (unless it is
   * already past it, so parallel waits overlap as they would in real time). Rejects with the
   * signal's reason when `signal` aborts. The SDK waits between retries with it when given this
   * clock.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

interface Sleeper {
  wakeAt: number;
  resolve: () => void;
  cancel: (() => void) | undefined;
}

/** Creates a clock on top of `base` (default `Date.now`). */
export function createClock(base: () => number = Date.now): FakeClock {
  let offset = 0;
  const now = () => base() + offset;
  const sleepers: Sleeper[] = [];
  let scheduled = false;

  const schedule = () => {
    if (scheduled || sleepers.length === 0) return;
    scheduled = true;
    setTimeout(wakeNext, 0);
  };

  // One wake-up per turn of the event loop, so work a wake-up starts can queue its own waits first.
  const wakeNext = () => {
    scheduled = false;
    let earliest = 0;
    for (let i = 1; i < sleepers.length; i++) {
      if ((sleepers[i] as Sleeper).wakeAt < (sleepers[earliest] as Sleeper).wakeAt) earliest = i;
    }
    const [sleeper] = sleepers.splice(earliest, 1);
    if (sleeper) {
      const behind = sleeper.wakeAt - now();
      if (behind > 0) offset += behind;
      sleeper.cancel?.();
      sleeper.resolve();
    }
    schedule();
  };

  return {
    now,
    advance(ms: number) {
      if (!Number.isFinite(ms) || ms < 0)
        throw new RangeError('clock.advance() takes a non-negative number of ms');
      offset += ms;
    },
    get offsetMs() {
      return offset;
    },
    sleep(ms: number, signal?: AbortSignal) {
      if (!Number.isFinite(ms) || ms < 0)
        return Promise.reject(new RangeError('clock.sleep() takes a non-negative number of ms'));
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise<void>((resolve, reject) => {
        const sleeper: Sleeper = { wakeAt: now() + ms, resolve, cancel: undefined };
        if (signal) {
          const onAbort = () => {
            const index = sleepers.indexOf(sleeper);
            if (index >= 0) sleepers.splice(index, 1);
            reject(signal.reason);
          };
          signal.addEventListener('abort', onAbort, { once: true });
          sleeper.cancel = () => signal.removeEventListener('abort', onAbort);
        }
        sleepers.push(sleeper);
        schedule();
      });
    },
  };
}

/** High-resolution wall-clock time in Unix milliseconds (fractional), for the request log. */
export function preciseNow(): number {
  return performance.timeOrigin + performance.now();
}

/** ISO-8601 with milliseconds, as SmartRecruiters writes timestamps. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
