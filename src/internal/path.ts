import { ValidationError, type ValidationIssue } from '../core/errors.js';

// A lone UTF-16 surrogate: no URL can carry it (encodeURIComponent throws, the URL parser
// silently turns it into U+FFFD, another id).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether `text` is well-formed Unicode (no lone surrogate), so it has one UTF-8 encoding. */
export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** Values accepted for a path parameter. */
export type PathParamValue = string | number;

/**
 * Fills a path template such as `/candidates/{id}/jobs/{jobId}` with percent-encoded values.
 * Every value becomes exactly one path segment: `/`, `?`, `#` and `%` are encoded, and the
 * dot segments `.` and `..` are refused (URL parsers collapse them even when encoded), so an id
 * can never change the route. Throws `ValidationError` before any request on a missing, empty or
 * unused parameter.
 */
export function fillPath(template: string, params: Readonly<Record<string, PathParamValue>> = {}): string {
  if (typeof template !== 'string') {
    throw new ValidationError('Invalid request path', [{ path: ['path'], message: 'must be a string' }]);
  }
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new ValidationError('Invalid request path', [
      { path: ['params'], message: 'must be an object of path parameters' },
    ]);
  }
  const issues: ValidationIssue[] = [];
  // The path is not echoed: it may hold an id or an email address.
  if (!template.startsWith('/')) issues.push({ path: ['path'], message: 'must start with "/"' });
  if (!isWellFormed(template)) issues.push({ path: ['path'], message: 'is not well-formed Unicode' });
  if (/[?#]/.test(template)) {
    issues.push({ path: ['path'], message: 'must not contain "?" or "#": pass query parameters in `query`' });
  }
  const used = new Set<string>();
  const filled = template.replace(/\{([^{}]+)\}/g, (_match, name: string) => {
    used.add(name);
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined || value === null) {
      issues.push({ path: ['params', name], message: 'is required' });
      return '';
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      issues.push({ path: ['params', name], message: 'must be a string or a number' });
      return '';
    }
    const text = String(value);
    if (text.trim() === '') {
      issues.push({ path: ['params', name], message: 'must not be empty' });
      return '';
    }
    if (text === '.' || text === '..') {
      issues.push({ path: ['params', name], message: 'must not be a dot segment' });
      return '';
    }
    if (!isWellFormed(text)) {
      issues.push({ path: ['params', name], message: 'is not well-formed Unicode' });
      return '';
    }
    return encodeURIComponent(text);
  });
  for (const name of Object.keys(params)) {
    if (!used.has(name)) issues.push({ path: ['params', name], message: 'is not a placeholder of the path' });
  }
  if (issues.length > 0) throw new ValidationError('Invalid request path', issues);
  return filled;
}
