import { describe, expect, it } from 'vitest';
import { UserListParamsSchema } from '../../src/schemas/unified/list-params.js';
import { UserCreateInputSchema, UserSchema, UserUpdateInputSchema } from '../../src/schemas/unified/user.js';

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((issue) => issue.path);

describe('user schemas', () => {
  it('model is strict; remote_status is SR active flag', () => {
    const user = {
      id: 'u',
      created_at: null,
      updated_at: null,
      not_fetched: [],
      first_name: null,
      last_name: null,
      name: null,
      emails: [],
      status: 'active',
      remote_status: true,
      roles: [],
      groups: [],
      external_id: null,
      sso_identifier: null,
      language: null,
      locations: [],
    };
    expect(UserSchema.safeParse(user).success).toBe(true);
    expect(paths(UserSchema.safeParse({ ...user, remote_status: 'ACTIVE' }))).toEqual([['remote_status']]);
  });

  it('create and update inputs', () => {
    expect(
      paths(
        UserCreateInputSchema.safeParse({
          email: 'a@b.co',
          first_name: 'A',
          last_name: 'B',
          role_id: 'STANDARD',
        }),
      ),
    ).toEqual([]);
    expect(
      paths(
        UserCreateInputSchema.safeParse({
          email: 'a@b.co',
          first_name: 'A',
          last_name: 'B',
          role_id: 'S',
          language: 'english',
        }),
      ),
    ).toEqual([['language']]);
    expect(paths(UserUpdateInputSchema.safeParse({ location: {} }))).toEqual([['location']]);
    expect(paths(UserUpdateInputSchema.safeParse({ location: { city: null } }))).toEqual([]);
  });

  it('list parameters', () => {
    expect(paths(UserListParamsSchema.safeParse({ q: 'ada', limit: 100, hydrate: true }))).toEqual([]);
    expect(paths(UserListParamsSchema.safeParse({ limit: 0 }))).toEqual([['limit']]);
    expect(paths(UserListParamsSchema.safeParse({ limit: 101 }))).toEqual([['limit']]);
    expect(paths(UserListParamsSchema.safeParse({ role_id: 'x' }))).toEqual([[]]);
  });
});
