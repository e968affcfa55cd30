/**
 * User mappers: SR `UserEntity` / users list item -> unified `User`, and the write bodies of user
 * create and JSON Patch update (https://developers.smartrecruiters.com/reference/users).
 */

import { SrAccessGroupsSchema, SrUserSchema } from '../schemas/compiled/sr/user.js';
import { UserListParamsSchema } from '../schemas/compiled/unified/list-params.js';
import { UserCreateInputSchema, UserUpdateInputSchema } from '../schemas/compiled/unified/user.js';
import type { SrJsonPatchOperation } from '../schemas/sr/common.js';
import type { SrNewUser, SrSsoLoginMode, SrUser } from '../schemas/sr/user.js';
import type { UserLocation } from '../schemas/unified/common.js';
import type { UserStatus } from '../schemas/unified/enums.js';
import type { UserListParams } from '../schemas/unified/list-params.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import type { User, UserCreateInput, UserModel, UserUpdateInput } from '../schemas/unified/user.js';
import type { MapperContext } from './context.js';
import {
  contentOf,
  finish,
  fullName,
  orNull,
  PatchBuilder,
  parseLeniently,
  rawId,
  toSrDateTime,
  warningSink,
} from './shared.js';

/** SR `active` -> unified status: `true` -> `active`, `false` -> `inactive`, missing -> `other`. */
export function toUnifiedUserStatus(active: unknown): UserStatus {
  if (active === true) return 'active';
  if (active === false) return 'inactive';
  return 'other';
}

/** Unified SSO login mode -> SR. */
export const SSO_LOGIN_MODE_TO_SR: Readonly<Record<'sso' | 'password', SrSsoLoginMode>> = {
  sso: 'SSO',
  password: 'PASSWORD',
};

/** Options of `toUnifiedUser`. */
export interface UserMapperContext<M = never> extends MapperContext<M, SrUser, UserModel> {
  /**
   * `raw` is a `GET /user-api/v201804/users` list item, which carries no location and names no
   * access group: those are listed in `not_fetched` (group names unless `accessGroups` names
   * them). Default `false`.
   */
  listItem?: boolean | undefined;
  /**
   * The account's access groups (`GET /user-api/v201804/access-groups`: the response or its
   * `content`), to name the groups of users whose records carry only group ids.
   */
  accessGroups?: unknown;
}

function toLocations(location: SrUser['location']): UserLocation[] {
  if (!location) return [];
  const unified: UserLocation = {
    city: orNull(location.city),
    region: orNull(location.region),
    region_code: orNull(location.regionCode),
    country: orNull(location.country),
    country_code: orNull(location.countryCode),
    postal_code: orNull(location.postalCode),
    address: orNull(location.address),
  };
  return Object.values(unified).some((value) => value !== null && value !== '') ? [unified] : [];
}

/**
 * Maps an SR user (`UserEntity` or a users list item) to the unified User. List items carry access
 * group ids only: their `groups[].name` comes from `context.accessGroups`, else is `null`.
 *
 * Never throws on SR data: fields that fail lenient validation become warnings and map as missing.
 */
export function toUnifiedUser<M = never>(raw: unknown, context: UserMapperContext<M> = {}): User<M> {
  const sink = warningSink(context.warnings, rawId(raw), 'user');
  const user = parseLeniently(SrUserSchema, raw, sink);
  const names = new Map<string, string>();
  if (context.accessGroups !== undefined) {
    const path = ['accessGroups'];
    const groups = parseLeniently(SrAccessGroupsSchema, contentOf(context.accessGroups, sink, path), sink, {
      prefix: path,
      empty: [],
    });
    for (const group of groups) if (typeof group.name === 'string') names.set(group.id, group.name);
  }
  const groups = (user.accessGroups ?? []).map((group) => ({
    id: group.id,
    name: orNull(group.name) ?? names.get(group.id) ?? null,
  }));
  const notFetched: UserModel['not_fetched'] = context.listItem ? ['locations'] : [];
  if (
    groups.some((group) => group.name === null) &&
    (context.listItem || context.accessGroups !== undefined)
  ) {
    notFetched.push('groups');
  }
  const unified: UserModel = {
    id: user.id,
    created_at: null,
    updated_at: orNull(user.updatedOn),
    not_fetched: notFetched,
    first_name: orNull(user.firstName),
    last_name: orNull(user.lastName),
    name: fullName(user.firstName, user.lastName),
    // A user's address is their login, i.e. their work email.
    emails: user.email ? [{ email: user.email, type: 'work', is_primary: true }] : [],
    status: toUnifiedUserStatus(user.active),
    remote_status: orNull(user.active),
    roles: user.systemRole ? [{ id: user.systemRole.id, name: orNull(user.systemRole.name) }] : [],
    groups,
    external_id: orNull(user.externalData),
    sso_identifier: orNull(user.ssoIdentifier),
    language: orNull(user.language?.code),
    locations: toLocations(user.location),
  };
  return finish(unified, raw, user, context);
}

/**
 * Body of `POST /user-api/v201804/users` (https://developers.smartrecruiters.com/reference/users):
 * `email`, `firstName`, `lastName`, `systemRole {id}` and the optional fields given.
 *
 * @throws ValidationError on invalid input
 */
export function toSrUserInput(input: UserCreateInput): SrNewUser {
  const parsed = parseInput(UserCreateInputSchema, input, 'user create input');
  const body: SrNewUser = {
    email: parsed.email,
    firstName: parsed.first_name,
    lastName: parsed.last_name,
    systemRole: { id: parsed.role_id },
  };
  if (parsed.external_id !== undefined) body.externalData = parsed.external_id;
  if (parsed.sso_identifier !== undefined) body.ssoIdentifier = parsed.sso_identifier;
  if (parsed.sso_login_mode !== undefined) body.ssoLoginMode = SSO_LOGIN_MODE_TO_SR[parsed.sso_login_mode];
  if (parsed.language !== undefined) body.language = { code: parsed.language };
  if (parsed.location !== undefined) {
    const location: NonNullable<SrNewUser['location']> = {
      countryCode: parsed.location.country_code,
      city: parsed.location.city,
    };
    if (parsed.location.region_code !== undefined) location.regionCode = parsed.location.region_code;
    if (parsed.location.address !== undefined) location.address = parsed.location.address;
    if (parsed.location.postal_code !== undefined) location.postalCode = parsed.location.postal_code;
    body.location = location;
  }
  return body;
}

/**
 * JSON Patch (RFC 6902) for `PATCH /user-api/v201804/users/{id}` (`application/json-patch+json`,
 * https://developers.smartrecruiters.com/reference/users): `replace` for fields every user has
 * (`/email`, `/firstName`, `/lastName`, `/systemRole`), `add` for optional ones (which sets them
 * whether present or not; location fields one by one, `/location/city`, as integrations do),
 * `remove` for an explicit `null`. Pass the user as SR has it now (`current`) for a patch RFC 6902
 * accepts whatever is set: nothing removed that is absent, a missing location added whole.
 *
 * @throws ValidationError on invalid input (including an update with no field)
 */
export function toSrUserPatch(input: UserUpdateInput, current?: unknown): SrJsonPatchOperation[] {
  const parsed = parseInput(UserUpdateInputSchema, input, 'user update input');
  const patch = new PatchBuilder(current);
  patch.replace('/email', parsed.email);
  patch.replace('/firstName', parsed.first_name);
  patch.replace('/lastName', parsed.last_name);
  patch.replace('/systemRole', parsed.role_id === undefined ? undefined : { id: parsed.role_id });
  patch.set('/externalData', parsed.external_id);
  patch.set('/ssoIdentifier', parsed.sso_identifier);
  patch.set(
    '/ssoLoginMode',
    parsed.sso_login_mode === undefined ? undefined : SSO_LOGIN_MODE_TO_SR[parsed.sso_login_mode],
  );
  patch.set('/language', parsed.language === undefined ? undefined : { code: parsed.language });
  if (parsed.location) {
    patch.object('/location', {
      countryCode: parsed.location.country_code,
      regionCode: parsed.location.region_code,
      city: parsed.location.city,
      address: parsed.location.address,
      postalCode: parsed.location.postal_code,
    });
  }
  return patch.ops;
}

/** SR `GET /user-api/v201804/users` query (https://developers.smartrecruiters.com/reference/users). */
export interface UserListSrQuery {
  /** Full-text search on first name, last name and email. */
  q?: string;
  /** Only users updated after this time (ISO 8601 date-time). */
  updatedAfter?: string;
  /** How many users per page (at most 100). */
  limit?: number;
}

/**
 * Translates `users.list` parameters to SR's query. `cursor` and `hydrate` stay with the resource.
 *
 * @throws ValidationError on invalid parameters
 */
export function toSrUserListQuery(params: UserListParams = {}): UserListSrQuery {
  const parsed = parseInput(UserListParamsSchema, params, 'user list parameters');
  const query: UserListSrQuery = {};
  if (parsed.q !== undefined) query.q = parsed.q;
  if (parsed.updated_after !== undefined) query.updatedAfter = toSrDateTime(parsed.updated_after);
  if (parsed.limit !== undefined) query.limit = parsed.limit;
  return query;
}
