import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { toUnifiedGroup } from '../../src/mappers/group.js';
import type { Warning } from '../../src/schemas/unified/common.js';
import { type Group, GroupSchema } from '../../src/schemas/unified/group.js';

const groups = (): Record<string, unknown>[] =>
  JSON.parse(readFileSync(new URL('../fixtures/sr/access-groups.json', import.meta.url), 'utf8')).content;

describe('toUnifiedGroup', () => {
  it('maps an access group', () => {
    const raw = groups()[0];
    const group = toUnifiedGroup(raw);
    expect(group).toEqual({
      id: '60497fe33e2b74a609b7e410',
      created_at: null,
      updated_at: null,
      not_fetched: [],
      name: 'Product management',
      group_type: 'access_group',
      remote_data: raw,
    });
    expect(GroupSchema.safeParse(group).success).toBe(true);
  });

  it('maps a group with missing name, without remote data', () => {
    expect(toUnifiedGroup({ id: 'g' }, { includeRemoteData: false })).toEqual({
      id: 'g',
      created_at: null,
      updated_at: null,
      not_fetched: [],
      name: null,
      group_type: 'access_group',
    });
  });

  it('warns on a wrong-typed name and keeps extra keys in remote_data', () => {
    const warnings: Warning[] = [];
    const raw = { id: 'g', name: 7, members: 3 };
    const group = toUnifiedGroup(raw, { warnings });
    expect(group.name).toBeNull();
    expect(group.remote_data).toEqual({ id: 'g', name: 7, members: 3 });
    expect(warnings.map((warning) => [warning.code, warning.path, warning.record_id])).toEqual([
      ['invalid_field', ['name'], 'g'],
    ]);
  });

  it('types custom_mappings', () => {
    const group = toUnifiedGroup(groups()[1], { mapping: (_raw, unified) => unified.name?.length ?? 0 });
    expect(group.custom_mappings).toBe(11);
    expectTypeOf(group.custom_mappings).toEqualTypeOf<number>();
    expectTypeOf(toUnifiedGroup({ id: 'g' })).toEqualTypeOf<Group>();
  });
});
