import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  toSrUserInput,
  toSrUserListQuery,
  toSrUserPatch,
  toUnifiedUser,
  toUnifiedUserStatus,
} from '../../src/mappers/user.js';
import type { Warning } from '../../src/schemas/unified/common.js';
import { type User, UserSchema } from '../../src/schemas/unified/user.js';
import { fixture, thrown } from '../helpers/fixtures.js';

describe('toUnifiedUser', () => {
  it('maps a full UserEntity', () => {
    const raw = fixture('user');
    const user = toUnifiedUser(raw);
    expect(user).toEqual({
      id: '60f818625414a64b384c8705',
      created_at: null,
      updated_at: '2021-10-13T03:12:04.463Z',
      not_fetched: [],
      first_name: 'Alan',
      last_name: 'Turing',
      name: 'Alan Turing',
      emails: [{ email: 'alan.turing@example.com', type: 'work', is_primary: true }],
      status: 'active',
      remote_status: true,
      roles: [{ id: 'ADMINISTRATOR', name: 'Administrator' }],
      groups: [
        { id: '60497fe33e2b74a609b7e410', name: 'Product management' },
        { id: '60497fe33e2b74a609b7e411', name: 'Engineering' },
      ],
      external_id: 'EMP-0042',
      sso_identifier: 'alan.turing@idp.example.com',
      language: 'en',
      locations: [
        {
          city: 'Manchester',
          region: 'England',
          region_code: 'eng',
          country: 'United Kingdom',
          country_code: 'gb',
          postal_code: 'M13 9PL',
          address: 'Oxford Road',
        },
      ],
      remote_data: raw,
    });
    expect(UserSchema.safeParse(user).success).toBe(true);
  });

  it('maps a list item: access groups by id only, inactive', () => {
    const user = toUnifiedUser(fixture('user-list-item'), { includeRemoteData: false, listItem: true });
    expect(user).toEqual({
      id: '60f818625414a64b384c8706',
      created_at: null,
      updated_at: '2021-10-08T01:41:48.983Z',
      not_fetched: ['locations', 'groups'],
      first_name: 'Joan',
      last_name: 'Clarke',
      name: 'Joan Clarke',
      emails: [{ email: 'joan.clarke@example.com', type: 'work', is_primary: true }],
      status: 'inactive',
      remote_status: false,
      roles: [{ id: 'STANDARD', name: 'Standard' }],
      groups: [{ id: '60497fe33e2b74a609b7e410', name: null }],
      external_id: 'EMP-0043',
      sso_identifier: 'joan.clarke@idp.example.com',
      language: 'en',
      locations: [],
    });
    expect(UserSchema.safeParse(user).success).toBe(true);
  });

  it("names a list item's access groups from the account's access groups", () => {
    const warnings: Warning[] = [];
    const user = toUnifiedUser(fixture('user-list-item'), {
      listItem: true,
      accessGroups: fixture('access-groups'),
      warnings,
    });
    expect(user.groups).toEqual([{ id: '60497fe33e2b74a609b7e410', name: 'Product management' }]);
    expect(user.not_fetched).toEqual(['locations']);
    // A group the account no longer has stays unnamed, and said to be unknown.
    const gone = toUnifiedUser(fixture('user-list-item'), { listItem: true, accessGroups: { content: [] } });
    expect(gone.groups).toEqual([{ id: '60497fe33e2b74a609b7e410', name: null }]);
    expect(gone.not_fetched).toEqual(['locations', 'groups']);
    expect(warnings).toEqual([]);
  });

  it('maps every active value, missing fields and wrong types', () => {
    expect([toUnifiedUserStatus(true), toUnifiedUserStatus(false), toUnifiedUserStatus(undefined)]).toEqual([
      'active',
      'inactive',
      'other',
    ]);
    const warnings: Warning[] = [];
    const user = toUnifiedUser(
      { id: 'u', active: 'yes', accessGroups: [{ name: 'no id' }], team: 'x' },
      { warnings },
    );
    expect(user).toMatchObject({
      status: 'other',
      remote_status: null,
      groups: [],
      roles: [],
      emails: [],
      name: null,
      language: null,
      locations: [],
    });
    expect(user.remote_data).toEqual({
      id: 'u',
      active: 'yes',
      accessGroups: [{ name: 'no id' }],
      team: 'x',
    });
    expect(warnings.map((warning) => warning.path)).toEqual([['active'], ['accessGroups', 0, 'id']]);
  });

  it('types custom_mappings', () => {
    const user = toUnifiedUser(fixture('user'), { mapping: (raw) => ({ sso: raw.ssoLoginMode === 'SSO' }) });
    expect(user.custom_mappings).toEqual({ sso: true });
    expectTypeOf(user.custom_mappings).toEqualTypeOf<{ sso: boolean }>();
    expectTypeOf(toUnifiedUser({ id: 'u' })).toEqualTypeOf<User>();
  });
});

describe('toSrUserInput', () => {
  it('builds the new user body', () => {
    expect(
      toSrUserInput({
        email: 'grace@example.com',
        first_name: 'Grace',
        last_name: 'Hopper',
        role_id: 'STANDARD',
        external_id: 'EMP-1',
        sso_identifier: 'grace@idp',
        sso_login_mode: 'sso',
        language: 'en',
        location: { country_code: 'us', city: 'Arlington', postal_code: '22201' },
      }),
    ).toEqual({
      email: 'grace@example.com',
      firstName: 'Grace',
      lastName: 'Hopper',
      systemRole: { id: 'STANDARD' },
      externalData: 'EMP-1',
      ssoIdentifier: 'grace@idp',
      ssoLoginMode: 'SSO',
      language: { code: 'en' },
      location: { countryCode: 'us', city: 'Arlington', postalCode: '22201' },
    });
    expect(toSrUserInput({ email: 'a@b.co', first_name: 'A', last_name: 'B', role_id: 'EMPLOYEE' })).toEqual({
      email: 'a@b.co',
      firstName: 'A',
      lastName: 'B',
      systemRole: { id: 'EMPLOYEE' },
    });
  });

  it("refuses a new user's location without city or country code (SR's LocationUpdateRequest requires both)", () => {
    const base = { email: 'a@b.co', first_name: 'A', last_name: 'B', role_id: 'EMPLOYEE' };
    expect(() => toSrUserInput({ ...base, location: { city: 'Paris' } } as never)).toThrow(/country_code/);
    expect(() => toSrUserInput({ ...base, location: { country_code: 'fr' } } as never)).toThrow(/city/);
  });

  it('rejects bad input', () => {
    expect(
      thrown(() =>
        toSrUserInput({ email: 'nope', first_name: 'A', last_name: 'B', sso_login_mode: 'SAML' } as never),
      ).issues,
    ).toEqual([
      { path: ['email'], message: 'expected an email address', code: 'invalid_format' },
      { path: ['role_id'], message: 'required (expected string)', code: 'invalid_type' },
      { path: ['sso_login_mode'], message: "expected one of 'sso', 'password'", code: 'invalid_value' },
    ]);
  });
});

describe('toSrUserPatch', () => {
  it('builds JSON Patch operations', () => {
    expect(
      toSrUserPatch({
        email: 'new@example.com',
        first_name: 'Ada',
        last_name: 'King',
        role_id: 'EXTENDED',
        external_id: null,
        sso_identifier: 'ada@idp',
        sso_login_mode: 'password',
        language: 'fr',
        location: { city: 'Paris', country_code: 'fr', region_code: null },
      }),
    ).toEqual([
      { op: 'replace', path: '/email', value: 'new@example.com' },
      { op: 'replace', path: '/firstName', value: 'Ada' },
      { op: 'replace', path: '/lastName', value: 'King' },
      { op: 'replace', path: '/systemRole', value: { id: 'EXTENDED' } },
      { op: 'remove', path: '/externalData' },
      { op: 'add', path: '/ssoIdentifier', value: 'ada@idp' },
      { op: 'add', path: '/ssoLoginMode', value: 'PASSWORD' },
      { op: 'add', path: '/language', value: { code: 'fr' } },
      { op: 'add', path: '/location/countryCode', value: 'fr' },
      { op: 'remove', path: '/location/regionCode' },
      { op: 'add', path: '/location/city', value: 'Paris' },
    ]);
    expect(toSrUserPatch({ first_name: 'Ada' })).toEqual([
      { op: 'replace', path: '/firstName', value: 'Ada' },
    ]);
  });

  it('rejects an empty update and null on required fields', () => {
    expect(thrown(() => toSrUserPatch({})).issues).toEqual([
      { path: [], message: 'nothing to update: give at least one field', code: 'custom' },
    ]);
    expect(thrown(() => toSrUserPatch({ email: null } as never)).issues).toEqual([
      { path: ['email'], message: 'expected string, received null', code: 'invalid_type' },
    ]);
  });
});

describe('toSrUserListQuery', () => {
  it('translates parameters', () => {
    expect(toSrUserListQuery({ q: 'ada', updated_after: '2026-01-01', limit: 100, cursor: 'x' })).toEqual({
      q: 'ada',
      updatedAfter: '2026-01-01T00:00:00.000Z',
      limit: 100,
    });
  });

  it.each([[{ limit: 0 }], [{ limit: 101 }], [{ q: '' }], [{ updated_after: 42 }], [{ status: 'active' }]])(
    'rejects %j',
    (params) => {
      expect(thrown(() => toSrUserListQuery(params as never)).issues).toHaveLength(1);
    },
  );
});
