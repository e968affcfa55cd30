import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { toUnifiedRole } from '../../src/mappers/role.js';
import type { Warning } from '../../src/schemas/unified/common.js';
import { type Role, RoleSchema } from '../../src/schemas/unified/role.js';

const roles = (): Record<string, unknown>[] =>
  JSON.parse(readFileSync(new URL('../fixtures/sr/system-roles.json', import.meta.url), 'utf8')).content;

describe('toUnifiedRole', () => {
  it('maps every built-in system role', () => {
    const mapped = roles().map((raw) => toUnifiedRole(raw, { includeRemoteData: false }));
    expect(mapped).toEqual(
      ['Employee', 'Restricted', 'Standard', 'Extended', 'Administrator'].map((name) => ({
        id: name.toUpperCase(),
        created_at: null,
        updated_at: null,
        not_fetched: [],
        name,
        type: 'system',
      })),
    );
    for (const role of mapped) expect(RoleSchema.safeParse(role).success).toBe(true);
  });

  it('keeps the raw role and extra keys in remote_data', () => {
    const raw = { id: 'CUSTOM_1', name: 'Custom', permissions: ['a'] };
    expect(toUnifiedRole(raw).remote_data).toBe(raw);
  });

  it('warns on a wrong-typed name and maps it as missing', () => {
    const warnings: Warning[] = [];
    expect(toUnifiedRole({ id: 'X', name: ['x'] }, { warnings }).name).toBeNull();
    expect(warnings).toEqual([
      {
        code: 'invalid_field',
        message: "SmartRecruiters system role 'X': name: expected string, received array; mapped as missing",
        path: ['name'],
        record_id: 'X',
      },
    ]);
  });

  it('types custom_mappings', () => {
    const role = toUnifiedRole(roles()[4], { mapping: (raw) => raw.id === 'ADMINISTRATOR' });
    expect(role.custom_mappings).toBe(true);
    expectTypeOf(role.custom_mappings).toEqualTypeOf<boolean>();
    expectTypeOf(toUnifiedRole({ id: 'X' })).toEqualTypeOf<Role>();
  });
});
