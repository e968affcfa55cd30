import { describe, expect, it } from 'vitest';
import {
  contentOf,
  finish,
  fullName,
  lookup,
  parseLeniently,
  toSrDateTime,
  warningSink,
} from '../../src/mappers/shared.js';
import { array, type Checker, nullable, num, object, optional, str } from '../../src/schemas/checks.js';
import type { Warning } from '../../src/schemas/unified/common.js';

// z.looseObject({ id: z.string(), name: z.nullish(z.string()), items: z.nullish(z.array(...)) }),
// compiled.
const nullish = (checker: Checker) => optional(nullable(checker));
const Schema = object(
  {
    id: str(),
    name: nullish(str()),
    items: nullish(array(object({ id: str(), n: nullish(num()) }, 'loose'))),
  },
  'loose',
);

describe('parseLeniently', () => {
  it('returns valid data untouched (unknown keys kept)', () => {
    const warnings: Warning[] = [];
    const raw = { id: 'a', extra: { deep: true } };
    expect(parseLeniently(Schema, raw, warningSink(warnings, 'a', 'thing'))).toEqual(raw);
    expect(warnings).toEqual([]);
  });

  it('removes wrong fields, drops array elements missing a required id, and never mutates the input', () => {
    const warnings: Warning[] = [];
    const raw = { id: 'a', name: 1, items: [{ id: 'x', n: 'two' }, { n: 3 }, { id: 7 }, { id: 'y' }] };
    const snapshot = structuredClone(raw);
    expect(parseLeniently(Schema, raw, warningSink(warnings, 'a', 'thing'))).toEqual({
      id: 'a',
      items: [{ id: 'x' }, { id: 'y' }],
    });
    expect(raw).toEqual(snapshot);
    expect(warnings.map((warning) => [warning.path, warning.message])).toEqual([
      [['name'], "SmartRecruiters thing 'a': name: expected string, received number; mapped as missing"],
      [
        ['items', 0, 'n'],
        "SmartRecruiters thing 'a': items.0.n: expected number, received string; mapped as missing",
      ],
      [
        ['items', 1, 'id'],
        "SmartRecruiters thing 'a': items.1.id: required (expected string); mapped as missing",
      ],
      [
        ['items', 2, 'id'],
        "SmartRecruiters thing 'a': items.2.id: expected string, received number; mapped as missing",
      ],
    ]);
  });

  it('prefixes paths for nested payloads and reads a wrong-kind array as empty', () => {
    const warnings: Warning[] = [];
    const parsed = parseLeniently(array(str()), { not: 'an array' }, warningSink(warnings, 'r', 'x'), {
      prefix: ['statusHistory'],
      empty: [],
    });
    expect(parsed).toEqual([]);
    expect(warnings).toEqual([
      {
        code: 'invalid_record',
        message: "SmartRecruiters x 'r': statusHistory: expected array, received object",
        path: ['statusHistory'],
        record_id: 'r',
      },
    ]);
  });

  it('drops warnings silently without a collector', () => {
    expect(parseLeniently(Schema, { id: 'a', name: 1 }, warningSink(undefined, 'a', 'thing'))).toEqual({
      id: 'a',
    });
  });
});

describe('helpers', () => {
  it('contentOf reads bare arrays, envelopes and {}', () => {
    const sink = warningSink(undefined, null, 'x');
    expect(contentOf([1], sink, [])).toEqual([1]);
    expect(contentOf({ content: [2], totalFound: 1 }, sink, [])).toEqual([2]);
    expect(contentOf({}, sink, [])).toEqual([]);
    expect(contentOf(undefined, sink, [])).toEqual([]);
    const warnings: Warning[] = [];
    expect(contentOf('x', warningSink(warnings, null, 'x'), ['p'])).toEqual([]);
    expect(warnings.map((warning) => warning.path)).toEqual([['p']]);
  });

  it('fullName, lookup and toSrDateTime', () => {
    expect([fullName('Ada', 'Lovelace'), fullName(null, 'Lovelace'), fullName(' ', undefined)]).toEqual([
      'Ada Lovelace',
      'Lovelace',
      null,
    ]);
    expect([lookup({ A: 1 }, 'A', 0), lookup({ A: 1 }, 'constructor', 0), lookup({ A: 1 }, 5, 0)]).toEqual([
      1, 0, 0,
    ]);
    expect([toSrDateTime('2026-01-01'), toSrDateTime('2026-01-01T05:00:00Z')]).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-01-01T05:00:00Z',
    ]);
  });

  it('finish adds remote_data and custom_mappings as configured', () => {
    const raw = { id: 'a' };
    expect(finish({ id: 'a' }, raw, raw, {})).toEqual({ id: 'a', remote_data: raw });
    expect(finish({ id: 'a' }, raw, raw, { includeRemoteData: false })).toEqual({ id: 'a' });
    expect(finish({ id: 'a' }, raw, raw, { includeRemoteData: false, mapping: (_r, u) => u.id })).toEqual({
      id: 'a',
      custom_mappings: 'a',
    });
  });
});
