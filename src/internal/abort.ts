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

/** A signal that aborts when any of `signals` does (`AbortSignal.any` where the runtime has it). */
export function anySignal(signals: ReadonlyArray<AbortSignal | undefined>): AbortSignal {
  const present = signals.filter((s): s is AbortSignal => s !== undefined);
  if (present.length === 1) return present[0]!;
  const any = (AbortSignal as { any?: (signals: AbortSignal[]) => AbortSignal }).any;
  if (any) return any(present);
  const controller = new AbortController();
  for (const signal of present) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}
