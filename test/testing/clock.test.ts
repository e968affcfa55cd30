import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iso } from '../../src/testing/clock.js';

describe('iso', () => {
  it('writes what toISOString writes, for any whole millisecond from 1970 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253_402_300_799_999 }), (ms) => {
        expect(iso(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([0, 951_782_400_000, 951_868_799_999, 4_107_542_400_000, 253_402_300_799_999, 1_709_164_800_000])(
    'writes %d as toISOString does (leap days, century years, the last millisecond of 9999)',
    (ms) => {
      expect(iso(ms)).toBe(new Date(ms).toISOString());
    },
  );

  it.each([-1, 1.5, 253_402_300_800_000, -62_198_755_200_000])('leaves %d to toISOString', (ms) => {
    expect(iso(ms)).toBe(new Date(ms).toISOString());
  });

  it('throws on an invalid time, as toISOString does', () => {
    expect(() => iso(Number.NaN)).toThrow(RangeError);
  });
});
