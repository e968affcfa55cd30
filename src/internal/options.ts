/** Checks of client and request options: a bad value is a `ValidationError` that names the option, never its value. */
import { ValidationError } from '../core/errors.js';

// setTimeout's largest delay; beyond it the timer would fire at once.
export const MAX_TIMEOUT_MS = 2_147_483_647;

/** `value`, or a `ValidationError` when it is given but blank. */
export function nonEmpty(value: unknown, path: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ValidationError('Invalid client options', [
      { path: [path], message: 'must be a non-empty string' },
    ]);
  }
  return value;
}

/** A number from 0 to `max`, `fallback` when absent; a `ValidationError` otherwise. */
export function positive(
  value: unknown,
  path: string,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) {
    throw new ValidationError('Invalid options', [
      { path: [path], message: `must be a number from 0 to ${max}` },
    ]);
  }
  return value;
}

/** An optional boolean option. */
export function optionalBoolean(value: unknown, path: string): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  throw new ValidationError('Invalid options', [{ path: [path], message: 'must be a boolean' }]);
}

/** An optional `AbortSignal`. */
export function optionalSignal(value: unknown): AbortSignal | undefined {
  if (value === undefined || value instanceof AbortSignal) return value;
  throw new ValidationError('Invalid options', [{ path: ['signal'], message: 'must be an AbortSignal' }]);
}

/** An optional function option. */
export function optionalFunction<T>(value: T | undefined, path: string): T | undefined {
  if (value === undefined || typeof value === 'function') return value;
  throw new ValidationError('Invalid client options', [{ path: [path], message: 'must be a function' }]);
}

/** An optional object option. */
export function optionalObject<T>(value: T | undefined, path: string): T | undefined {
  if (value === undefined || (typeof value === 'object' && value !== null)) return value;
  throw new ValidationError('Invalid client options', [{ path: [path], message: 'must be an object' }]);
}

/**
 * An absolute http(s) URL option (`baseUrl`, `oauth.tokenUrl`): a `ValidationError` for anything
 * else, and for a URL with a user name or password (credentials go in `apiKey` or `oauth`; one
 * in a URL would reach the runtime's error messages).
 */
export function httpUrl(value: string, path: readonly string[], message: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ValidationError(message, [{ path, message: 'must be an absolute http(s) URL' }]);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ValidationError(message, [{ path, message: 'must be an absolute http(s) URL' }]);
  }
  if (url.username !== '' || url.password !== '') {
    throw new ValidationError(message, [
      { path, message: 'must not hold a user name or password (pass credentials as apiKey or oauth)' },
    ]);
  }
  return url;
}

/** The `hooks` option: an object whose every hook is a function. */
export function hooksOption<T extends object>(value: T | undefined): T {
  const hooks = optionalObject(value, 'hooks') ?? ({} as T);
  for (const [name, hook] of Object.entries(hooks)) {
    if (hook !== undefined && typeof hook !== 'function') {
      throw new ValidationError('Invalid client options', [
        { path: ['hooks', name], message: 'must be a function' },
      ]);
    }
  }
  return hooks;
}
