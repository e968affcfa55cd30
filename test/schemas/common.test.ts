import { describe, expect, it } from 'vitest';
import { CustomFieldSchema, RefSchema, WarningSchema } from '../../src/schemas/unified/common.js';
import {
  ApplicationSourceInputSchema,
  DateTimeInputSchema,
  IdSchema,
  isApplicationId,
  LimitSchema,
} from '../../src/schemas/unified/input-common.js';
import { parseInput } from '../../src/schemas/unified/parse-input.js';

describe('common unified schemas', () => {
  it('Ref: id and optional name, nothing else', () => {
    expect(RefSchema.safeParse({ id: 'a' }).success).toBe(true);
    expect(RefSchema.safeParse({ id: 'a', name: null }).success).toBe(true);
    expect(RefSchema.safeParse({ id: 'a', label: 'x' }).success).toBe(false);
    expect(RefSchema.safeParse('a').success).toBe(false);
  });

  it('CustomField and Warning shapes', () => {
    expect(
      CustomFieldSchema.safeParse({
        id: 'p',
        label: null,
        type: 'currency',
        value: { code: 'EUR', value: 1 },
        value_label: null,
      }).success,
    ).toBe(true);
    expect(CustomFieldSchema.safeParse({ id: 'p', label: null, type: null, value: 1 }).success).toBe(false);
    expect(
      WarningSchema.safeParse({ code: 'invalid_field', message: 'm', path: ['a', 0], record_id: null })
        .success,
    ).toBe(true);
    expect(WarningSchema.safeParse({ code: 'c', message: 'm', path: [] }).success).toBe(true);
    expect(WarningSchema.safeParse({ code: 'c', message: 'm', path: [true] }).success).toBe(false);
  });

  it('ids, limits and dates', () => {
    expect(parseInput(IdSchema, 'abc', 'id')).toBe('abc');
    expect(() => parseInput(IdSchema, ' abc', 'id')).toThrow('id: must not have surrounding whitespace');
    expect(() => parseInput(IdSchema, '', 'id')).toThrow('must be at least 1 character(s) long');
    expect([1, 100].map((limit) => LimitSchema.safeParse(limit).success)).toEqual([true, true]);
    expect([0, 101, 2.5, '10'].map((limit) => LimitSchema.safeParse(limit).success)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(
      [
        '2026-01-01',
        '2026-01-01T00:00:00Z',
        '2026-01-01T00:00:00.000+01:00',
        '2026-01-01T00:00:00',
        'Jan 1',
      ].map((value) => DateTimeInputSchema.safeParse(value).success),
    ).toEqual([true, true, true, false, false]);
  });

  it('source input and application ids', () => {
    expect(parseInput(ApplicationSourceInputSchema, { type_id: 't', id: 's' }, 'source')).toEqual({
      type_id: 't',
      id: 's',
    });
    // An application's source goes back in as it is: its name is not sent, a null sub-type left out.
    const source = { id: 's', name: 'Hays', type_id: 't', sub_type_id: null };
    expect(parseInput(ApplicationSourceInputSchema, source, 'source')).toEqual(source);
    expect(() =>
      parseInput(ApplicationSourceInputSchema, { type_id: 't', id: 's', label: 'x' }, 'source'),
    ).toThrow('label: unknown field');
    expect([
      isApplicationId('a:b'),
      isApplicationId('a:'),
      isApplicationId('a:b:c'),
      isApplicationId(1),
    ]).toEqual([true, false, false, false]);
  });
});
