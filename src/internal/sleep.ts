import { RequestAbortedError } from '../core/errors.js';

/** Waits `ms`, or rejects with `RequestAbortedError` as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
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
