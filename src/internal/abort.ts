import { RequestAbortedError, SmartRecruitersError } from '../core/errors.js';

/** Waits `ms`, or rejects with the signal's error (see `errorOf`) as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(errorOf(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(errorOf(signal as AbortSignal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The SDK's error for an aborted signal, keeping the signal's reason as the cause. */
export function abortError(signal: AbortSignal | undefined): RequestAbortedError {
  return new RequestAbortedError('Request aborted by the caller', { cause: signal?.reason });
}

/**
 * The SDK's error for an aborted signal: its reason when the SDK aborted it (a `TimeoutError`
 * from a deadline), else a `RequestAbortedError` (the caller's signal).
 */
export function errorOf(signal: AbortSignal): SmartRecruitersError {
  return signal.reason instanceof SmartRecruitersError ? signal.reason : abortError(signal);
}

/**
 * A signal that aborts after `ms` with `reason()` as its reason (a `TimeoutError`), and `clear()`
 * to stop its timer. `ms` of `Infinity` never aborts.
 */
export function timeoutSignal(
  ms: number,
  reason: () => SmartRecruitersError,
): { signal: AbortSignal; clear(): void } {
  const controller = new AbortController();
  if (!Number.isFinite(ms)) return { signal: controller.signal, clear: () => undefined };
  const timer = setTimeout(() => controller.abort(reason()), Math.max(0, ms));
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

/**
 * Settles with `promise`, or rejects with the signal's error as soon as `signal` aborts. The
 * promise itself runs on (a shared token refresh, a queued job) and its outcome is still handled.
 */
export function raceSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(errorOf(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(errorOf(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** A request's deadline: when it ends, why, and the caller's own signal. */
export interface Deadline {
  /** `performance.now()` time at which the request fails. */
  at: number;
  /** The error the request fails with at `at` (a `TimeoutError`). */
  reason: () => SmartRecruitersError;
  /** The caller's signal: aborting it aborts the request (its reason is kept). */
  caller: AbortSignal | undefined;
}

/**
 * The abort signal of one attempt: it aborts when the caller's signal does, at the request's
 * deadline, or at the end of the current wait (`limit`), whichever comes first, each with its own
 * reason. One controller, one timer and one listener per attempt: combining signals with
 * `AbortSignal.any` costs more than the rest of an attempt's plumbing together.
 */
export class AttemptSignal {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onCallerAbort: (() => void) | undefined;

  constructor(private readonly deadline: Deadline) {
    const { caller } = deadline;
    if (caller?.aborted) {
      this.controller.abort(caller.reason);
    } else if (caller) {
      this.onCallerAbort = () => this.abort(caller.reason);
      caller.addEventListener('abort', this.onCallerAbort, { once: true });
    }
    this.limit(Number.POSITIVE_INFINITY);
  }

  /** Aborts when any of the caller, the deadline or the current wait says so. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /**
   * Bounds what follows to `ms` (replacing the previous bound), failing with `reason()` when it
   * runs out before the deadline. `Infinity`: the deadline alone.
   */
  limit(ms: number, reason?: () => SmartRecruitersError): void {
    if (this.controller.signal.aborted) return;
    clearTimeout(this.timer);
    const untilDeadline = this.deadline.at - performance.now();
    const own = reason !== undefined && ms < untilDeadline;
    const wait = own ? ms : untilDeadline;
    if (wait <= 0) {
      this.abort((own ? (reason as () => SmartRecruitersError) : this.deadline.reason)());
      return;
    }
    this.timer = setTimeout(() => this.abort((own ? reason : this.deadline.reason)()), wait);
  }

  /** Stops the timer and the listener; the signal stays as it is (a stream read on goes on). */
  dispose(): void {
    clearTimeout(this.timer);
    if (this.onCallerAbort) this.deadline.caller?.removeEventListener('abort', this.onCallerAbort);
  }

  private abort(reason: unknown): void {
    this.dispose();
    this.controller.abort(reason);
  }
}
