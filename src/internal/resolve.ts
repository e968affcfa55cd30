/**
 * The resolve stage: checks a raw request's shape and builds its URL from the base URL, the path
 * template (each parameter one percent-encoded segment), and the query. Credentials only ever go
 * to the base URL's origin: an absolute URL on another origin is refused here.
 */
import { type RequestDescription, ValidationError } from '../core/errors.js';
import { fillPath, isWellFormed, type PathParamValue } from './path.js';
import { type QueryParams, toSearchParams } from './query.js';

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const RESPONSE_TYPES = new Set<string>(['json', 'text', 'stream']);
const ABSOLUTE = /^https?:\/\//i;

/** Where requests go: the base URL split in origin and path. */
export interface Base {
  origin: string;
  basePath: string;
}

/** The parts of a request this stage reads. */
export interface Resolvable {
  path: string;
  params?: Readonly<Record<string, PathParamValue>> | undefined;
  query?: QueryParams | undefined;
}

/** A resolved request: the URL and its path relative to the base URL (for route limits). */
export interface Target {
  url: string;
  relative: string;
}

function invalid(path: string, message: string): ValidationError {
  return new ValidationError('Invalid request', [{ path: [path], message }]);
}

/**
 * Checks what TypeScript cannot promise at run time (JavaScript callers, data from elsewhere) and
 * returns the request's description for errors and hooks: its method and path template (an
 * absolute URL is described by its path alone: its query may hold an email address).
 */
export function describeRequest(request: unknown): RequestDescription {
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    throw invalid('request', 'must be an object with method and path');
  }
  const r = request as Record<string, unknown>;
  if (typeof r.method !== 'string' || !METHODS.has(r.method)) {
    throw invalid('method', `must be one of ${[...METHODS].join(', ')}`);
  }
  if (typeof r.path !== 'string') throw invalid('path', 'must be a string');
  if (r.responseType !== undefined && !RESPONSE_TYPES.has(r.responseType as string)) {
    throw invalid('responseType', 'must be json, text or stream');
  }
  return { method: r.method, path: ABSOLUTE.test(r.path) ? parseUrl(r.path).pathname : r.path };
}

/** The URL of a request. `sameOriginOnly`: an absolute URL must be on the base URL's origin. */
export function resolveTarget(request: Resolvable, base: Base, sameOriginOnly: boolean): Target {
  let url: URL;
  if (ABSOLUTE.test(request.path)) {
    url = parseUrl(request.path);
    if (sameOriginOnly && url.origin !== base.origin) {
      throw new ValidationError('Invalid request path', [
        { path: ['path'], message: `absolute URLs must be on ${base.origin}` },
      ]);
    }
  } else {
    url = new URL(`${base.origin}${base.basePath}${fillPath(request.path, request.params)}`);
  }
  toSearchParams(request.query, url.searchParams);
  const relative =
    url.origin === base.origin && url.pathname.startsWith(base.basePath)
      ? url.pathname.slice(base.basePath.length) || '/'
      : url.pathname;
  return { url: url.toString(), relative };
}

function parseUrl(url: string): URL {
  if (!isWellFormed(url)) throw invalid('path', 'is not well-formed Unicode');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ValidationError('Invalid request path', [{ path: ['path'], message: 'is not a valid URL' }]);
  }
  // `fetch` refuses such a URL with an error that quotes it, password included.
  if (parsed.username !== '' || parsed.password !== '') {
    throw new ValidationError('Invalid request path', [
      { path: ['path'], message: 'must not hold a user name or password' },
    ]);
  }
  return parsed;
}
