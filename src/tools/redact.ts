/**
 * Arguments as an audit log may keep them: ids, statuses, enum values, dates, numbers and
 * booleans stay; every other string (names, emails, search terms, tags, free text) becomes
 * `[redacted]`, and a cursor `[cursor]` (a cursor carries the list's filters, search terms
 * included).
 */

/** Keys whose string values are kept: ids, enum values and dates, never personal data. */
const KEPT = new Set([
  'id',
  'status',
  'sub_status',
  'remote_status',
  'posting_status',
  'kind',
  'include',
  'type',
  'attachment_type',
  'updated_after',
  'created_after',
  'created_before',
  'last_activity_after',
  'starts_at',
]);

function kept(key: string): boolean {
  return KEPT.has(key) || key.endsWith('_id') || key.endsWith('_ids');
}

function redact(value: unknown, key: string | undefined, depth: number): unknown {
  if (depth > 20) return '[redacted]';
  if (key === 'cursor' && value !== undefined && value !== null) return '[cursor]';
  if (typeof value === 'string') return key !== undefined && kept(key) ? value : '[redacted]';
  if (Array.isArray(value)) return value.map((item) => redact(item, key, depth + 1));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([field, inner]) => [field, redact(inner, field, depth + 1)]),
    );
  }
  return value;
}

/** A copy of tool arguments with personal data redacted (see the module's description). */
export function redactArgs(args: unknown): unknown {
  return redact(args, undefined, 0);
}
