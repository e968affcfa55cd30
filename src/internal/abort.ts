import { RequestAbortedError, SmartRecruitersError } from '../core/errors.js';

interface Subscribers {
  listener: () => void;
  callbacks: Set<() => void>;
}

const subscribers = new WeakMap<AbortSignal, Subscribers>();

/**
 * Calls `fn` once when `signal` aborts; returns the function that stops it. However many requests
 * share one signal (a shutdown signal for a whole sync), the SDK adds one listener to it, not one
 * per request (Node warns past 10): callbacks fan out from it, and the listener is removed when
 * the last callback is. The registry is keyed weakly: a signal that is dropped is not kept.
 */
export function onAbort(signal: AbortSignal, fn: () => void): () => void {
  let entry = subscribers.get(signal);
  if (!entry) {
    const callbacks = new Set<() => void>();
    const listener = () => {
      subscribers.delete(signal);
      for (const callback of [...callbacks]) callback();
      callbacks.clear();
    };
    entry = { listener, callbacks };
    subscribers.set(signal, entry);
    signal.addEventListener('abort', listener, { once: true });
  }
  const { callbacks, listener } = entry;
  // Each subscription is its own entry, even for the same function.
  const callback = () => fn();
  callbacks.add(callback);
  return () => {
    if (!callbacks.delete(callback) || callbacks.size > 0) return;
    signal.removeEventListener('abort', listener);
    if (subscribers.get(signal)?.listener === listener) subscribers.delete(signal);
  };
}

/**
 * A signal of the SDK's own that aborts when `signal` does (with its reason), through `onAbort`:
 * what to hand to code that adds its own listener per call (Node streams). `dispose()`
 * unlinks it.
 */
export function linkedSignal(signal: AbortSignal): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  if (signal.aborted) {
    controller.abort(signal.reason);
    return { signal: controller.signal, dispose: () => undefined };
  }
  const dispose = onAbort(signal, () => controller.abort(signal.reason));
  return { signal: controller.signal, dispose };
}

/** Waits `ms`, or rejects with the signal's error (see `errorOf`) as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(errorOf(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const stop = signal
      ? onAbort(signal, () => {
          clearTimeout(timer);
          reject(errorOf(signal));
        })
      : undefined;
    const timer = setTimeout(() => {
      stop?.();
      resolve();
    }, ms);
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
    const stop = onAbort(signal, () => reject(errorOf(signal)));
    promise.then(
      (value) => {
        stop();
        resolve(value);
      },
      (error: unknown) => {
        stop();
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
 * reason. One controller, one timer and one subscription per attempt: combining signals with
 * `AbortSignal.any` costs more than the rest of an attempt's plumbing together.
 */
export class AttemptSignal {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly stopCaller: (() => void) | undefined;

  constructor(private readonly deadline: Deadline) {
    const { caller } = deadline;
    if (caller?.aborted) {
      this.controller.abort(caller.reason);
    } else if (caller) {
      // One listener on the caller's signal however many requests share it (see `onAbort`).
      this.stopCaller = onAbort(caller, () => this.abort(caller.reason));
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
    this.stopCaller?.();
  }

  private abort(reason: unknown): void {
    this.dispose();
    this.controller.abort(reason);
  }
}
