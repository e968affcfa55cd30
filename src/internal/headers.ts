/**
 * Request headers: checked once, before any request, so a value that `fetch` would refuse (and
 * print in its error) or that could split a header never reaches the wire. Checks name the
 * header, never its value: a header may hold a secret.
 */
import { ValidationError, type ValidationIssue } from '../core/errors.js';

// RFC 9110 §5.1 field-name: a token.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// RFC 9110 §5.5 field-value as `fetch` accepts it: visible ASCII, spaces, tabs and obs-text; no
// CR, LF or other control characters.
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
// A credential is one token (RFC 6750 b64token and SR's API keys): visible ASCII, no spaces.
const CREDENTIAL = /^[\x21-\x7e]+$/;

/** Whether `value` can be sent as a credential (`X-SmartToken`, `Bearer` token). */
export function isCredentialValue(value: string): boolean {
  return CREDENTIAL.test(value);
}

/**
 * Checks caller headers and returns them with lower-case names, in an object without a prototype
 * (a header named `__proto__` is a header like any other). `where` prefixes issue paths, e.g.
 * `['headers']` or `['defaultHeaders']`.
 */
export function checkHeaders(headers: unknown, where: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  if (headers === undefined) return out;
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
    throw new ValidationError('Invalid headers', [
      { path: [where], message: 'must be an object of strings' },
    ]);
  }
  const issues: ValidationIssue[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(name)) {
      issues.push({ path: [where], message: 'has a header name that is not an HTTP token' });
    } else if (typeof value !== 'string') {
      issues.push({ path: [where, name], message: 'must be a string' });
    } else if (!HEADER_VALUE.test(value)) {
      issues.push({
        path: [where, name],
        message: 'contains characters not allowed in a header (CR, LF, controls)',
      });
    } else {
      out[name.toLowerCase()] = value;
    }
  }
  if (issues.length > 0) throw new ValidationError('Invalid headers', issues);
  return out;
}

/** Headers that carry a credential and never go to another origin, or into an error. */
export const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'x-smarttoken',
  'proxy-authorization',
  'cookie',
]);
