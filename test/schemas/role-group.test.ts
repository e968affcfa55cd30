import { describe, expect, it } from 'vitest';
import { GroupSchema } from '../../src/schemas/unified/group.js';
import { GroupListParamsSchema, RoleListParamsSchema } from '../../src/schemas/unified/list-params.js';
import { RoleSchema } from '../../src/schemas/unified/role.js';

describe('role and group schemas', () => {
  it('fix the role type and the group type', () => {
    const base = { id: 'x', created_at: null, updated_at: null, not_fetched: [], name: 'X' };
    expect(RoleSchema.safeParse({ ...base, type: 'system' }).success).toBe(true);
    expect(RoleSchema.safeParse({ ...base, type: 'job' }).success).toBe(false);
    expect(GroupSchema.safeParse({ ...base, group_type: 'access_group' }).success).toBe(true);
    expect(GroupSchema.safeParse({ ...base, group_type: 'team' }).success).toBe(false);
    expect(GroupSchema.safeParse({ ...base, group_type: 'access_group', members: [] }).success).toBe(false);
  });

  it('list parameters', () => {
    for (const schema of [RoleListParamsSchema, GroupListParamsSchema]) {
      expect(schema.safeParse({ limit: 5, cursor: 'c' }).success).toBe(true);
      expect(schema.safeParse({ limit: 0 }).success).toBe(false);
      expect(schema.safeParse({ limit: 101 }).success).toBe(false);
      expect(schema.safeParse({ cursor: '' }).success).toBe(false);
      expect(schema.safeParse({ q: 'x' }).success).toBe(false);
    }
  });
});
