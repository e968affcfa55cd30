import { ValidationError, type ValidationIssue } from '../core/errors.js';

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
  const issues: ValidationIssue[] = [];
  if (!template.startsWith('/')) {
    issues.push({ path: ['path'], message: `must start with "/" (got "${template}")` });
  }
  if (/[?#]/.test(template)) {
    issues.push({ path: ['path'], message: 'must not contain "?" or "#": pass query parameters in `query`' });
  }
  const used = new Set<string>();
  const filled = template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    used.add(name);
    const value = params[name];
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
    return encodeURIComponent(text);
  });
  for (const name of Object.keys(params)) {
    if (!used.has(name))
      issues.push({ path: ['params', name], message: `is not a parameter of "${template}"` });
  }
  if (issues.length > 0) throw new ValidationError('Invalid request path', issues);
  return filled;
}
