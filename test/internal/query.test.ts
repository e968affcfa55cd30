import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { toSearchParams } from '../../src/internal/query.js';

describe('toSearchParams', () => {
  it('repeats arrays the way SmartRecruiters expects', () => {
    const params = toSearchParams({ status: ['NEW', 'LEAD'], tag: ['a', 'b'], limit: 10 });
    expect(params.toString()).toBe('status=NEW&status=LEAD&tag=a&tag=b&limit=10');
  });

  it('drops undefined and null, serialises booleans and dates', () => {
    const params = toSearchParams({
      q: undefined,
      jobId: null,
      internal: false,
      updatedAfter: new Date('2026-01-02T03:04:05.006Z'),
    });
    expect(params.toString()).toBe('internal=false&updatedAfter=2026-01-02T03%3A04%3A05.006Z');
  });

  it('encodes reserved characters in values', () => {
    expect(toSearchParams({ q: 'a&b=c d' }).get('q')).toBe('a&b=c d');
    expect(toSearchParams({ q: 'a&b=c d' }).toString()).toBe('q=a%26b%3Dc+d');
  });

  it('refuses objects, NaN and invalid dates before any request', () => {
    expect(() => toSearchParams({ q: { nested: true } as never })).toThrow(ValidationError);
    expect(() => toSearchParams({ limit: Number.NaN })).toThrow(ValidationError);
    expect(() => toSearchParams({ updatedAfter: new Date('nope') })).toThrow(ValidationError);
  });
});
