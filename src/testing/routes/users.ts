/**
 * Users API `/user-api/v201804` (https://developers.smartrecruiters.com/reference/users): users
 * (cursor paging, `{limit, nextPageId, content}` with no `totalFound`; list items carry
 * `accessGroups: [{id}]` only), me, create (inactive), JSON Patch update, activation, system roles,
 * access groups and their membership.
 *
 * Status codes: create 201 `UserEntity` (409 `USER_ALREADY_EXISTS` for a taken email, UNCONFIRMED),
 * PATCH 200 `UserEntity`, activation PUT/DELETE 204; access-group assignment POST 201 with the
 * group (`AccessGroups`), 404 `ACCESS_GROUP_NOT_FOUND` / `USER_NOT_FOUND`; removal DELETE 204,
 * 404 `USER_NOT_FOUND` / `USER_NOT_IN_ACCESS_GROUP` (SR's specification).
 */
import {
  compact,
  conflict,
  found,
  type HandlerContext,
  param,
  patchDocument,
  type RouteDef,
  readJson,
  readJsonPatch,
  route,
} from '../context.js';
import { badRequest, notFound } from '../errors.js';
import { json, noContent } from '../http.js';
import type { UserLocation, UserRecord } from '../model.js';
import { compareStrings, keysetPage } from '../pagination.js';
import { S } from '../scopes.js';
import { Check } from '../validation.js';
import { requireObject } from './shared.js';

/** The access group of the path; 404 `ACCESS_GROUP_NOT_FOUND` (SR's code). */
function findAccessGroup(ctx: HandlerContext) {
  const id = param(ctx, 'accessGroupId');
  const group = ctx.services.state.accessGroups.get(id);
  if (!group) throw notFound(`Access group '${id}' not found`, 'ACCESS_GROUP_NOT_FOUND');
  return group;
}

/** Prefix of the current Users API. */
export const USER_API = '/user-api/v201804';

function base(ctx: HandlerContext, u: UserRecord): Record<string, unknown> {
  const role = ctx.services.state.systemRoles.get(u.systemRoleId);
  return compact({
    email: u.email,
    firstName: u.firstName,
    lastName: u.lastName,
    systemRole: { id: u.systemRoleId, name: role?.name ?? u.systemRoleId },
    externalData: u.externalData,
    ssoIdentifier: u.ssoIdentifier,
    ssoLoginMode: u.ssoLoginMode,
    language: { code: u.languageCode },
    id: u.id,
    active: u.active,
    updatedOn: u.updatedOn,
  });
}

/** `UserEntity` (https://developers.smartrecruiters.com/reference/users). */
export function userEntity(ctx: HandlerContext, u: UserRecord): Record<string, unknown> {
  const { state } = ctx.services;
  return compact({
    ...base(ctx, u),
    location: u.location,
    accessGroups: u.accessGroupIds.flatMap((id) => {
      const group = state.accessGroups.get(id);
      return group ? [{ id: group.id, name: group.name }] : [];
    }),
  });
}

/**
 * A users-list item: `accessGroups` hold ids only
 * (https://developers.smartrecruiters.com/reference/users).
 */
export function userListItem(ctx: HandlerContext, u: UserRecord): Record<string, unknown> {
  return { ...base(ctx, u), accessGroups: u.accessGroupIds.map((id) => ({ id })) };
}

function editableUser(u: UserRecord): Record<string, unknown> {
  return compact({
    email: u.email,
    firstName: u.firstName,
    lastName: u.lastName,
    systemRole: { id: u.systemRoleId },
    externalData: u.externalData,
    ssoIdentifier: u.ssoIdentifier,
    ssoLoginMode: u.ssoLoginMode,
    language: { code: u.languageCode },
    location: u.location,
  });
}

const WRITABLE = [
  'email',
  'firstName',
  'lastName',
  'systemRole',
  'externalData',
  'ssoIdentifier',
  'ssoLoginMode',
  'language',
  'location',
];

function parseUser(ctx: HandlerContext, body: Record<string, unknown>) {
  const { state } = ctx.services;
  const check = new Check();
  const email = check.string(body, 'email', '', { required: true, email: true });
  const firstName = check.string(body, 'firstName', '', { required: true });
  const lastName = check.string(body, 'lastName', '', { required: true });
  const role = check.object(body.systemRole, 'systemRole');
  if (!role) check.fail('systemRole is required');
  const roleId = role ? check.string(role, 'id', 'systemRole.', { required: true }) : undefined;
  if (typeof roleId === 'string' && !state.systemRoles.has(roleId))
    check.fail(`systemRole.id '${roleId}' does not exist`);
  const externalData = check.string(body, 'externalData', '', { nullable: true });
  const ssoIdentifier = check.string(body, 'ssoIdentifier', '', { nullable: true });
  const ssoLoginMode = check.enumValue(body, 'ssoLoginMode', ['SSO', 'PASSWORD'] as const, '');
  const language = check.object(body.language, 'language');
  const languageCode = language ? check.string(language, 'code', 'language.') : undefined;
  check.string(body, 'password', '');
  let location: UserLocation | null = null;
  const loc = check.object(body.location, 'location');
  if (loc) {
    location = {};
    for (const key of [
      'country',
      'countryCode',
      'regionCode',
      'region',
      'city',
      'address',
      'postalCode',
      'longitude',
      'latitude',
    ] as const) {
      const v = check.string(loc, key, 'location.');
      if (typeof v === 'string') location[key] = v;
    }
  }
  check.done();
  return {
    email: email as string,
    firstName: firstName as string,
    lastName: lastName as string,
    systemRoleId: roleId as string,
    externalData: externalData ?? null,
    ssoIdentifier: ssoIdentifier ?? null,
    ssoLoginMode: ssoLoginMode ?? (ssoIdentifier ? 'SSO' : 'PASSWORD'),
    languageCode: languageCode ?? 'en',
    location,
  } satisfies Partial<UserRecord>;
}

function emailTaken(ctx: HandlerContext, email: string, exceptId?: string): boolean {
  const lower = email.toLowerCase();
  for (const u of ctx.services.state.users.values())
    if (u.id !== exceptId && u.email.toLowerCase() === lower) return true;
  return false;
}

function findUser(ctx: HandlerContext): UserRecord {
  return found(ctx.services.state.users.get(param(ctx, 'id')), 'User');
}

/** User directory routes. */
export const userRoutes: RouteDef[] = [
  route('GET', `${USER_API}/users`, S.usersRead, (ctx) => {
    const q = ctx.query;
    const limit = q.limit(100);
    const updatedAfter = q.date('updatedAfter');
    const words = (q.get('q') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const users = [...ctx.services.state.users.values()]
      .filter((u) => {
        if (updatedAfter !== undefined && !(Date.parse(u.updatedOn) > updatedAfter)) return false;
        const hay = `${u.firstName} ${u.lastName} ${u.email} ${u.externalData ?? ''}`.toLowerCase();
        return words.every((w) => hay.includes(w));
      })
      .sort((a, b) => compareStrings(a.id, b.id));
    const page = keysetPage(users, {
      key: (u) => u.id,
      compare: compareStrings,
      limit,
      pageId: q.get('pageId'),
    });
    return json(
      200,
      compact({ limit, nextPageId: page.nextPageId, content: page.items.map((u) => userListItem(ctx, u)) }),
    );
  }),
  route('GET', `${USER_API}/users/me`, S.userMe, (ctx) => {
    const { state } = ctx.services;
    const id = ctx.credential.userId ?? state.meUserId;
    return json(200, userEntity(ctx, found(state.users.get(id), 'User')));
  }),
  route('GET', `${USER_API}/users/{id}`, S.usersRead, (ctx) => json(200, userEntity(ctx, findUser(ctx)))),
  route('POST', `${USER_API}/users`, S.usersManage, (ctx) => {
    const { state } = ctx.services;
    const input = parseUser(ctx, requireObject(readJson(ctx)));
    if (emailTaken(ctx, input.email))
      throw conflict('USER_ALREADY_EXISTS', `A user with email ${input.email} already exists`);
    // "Users created via an API are not active" (§10.1).
    const user = state.addUser({ ...input, active: false, updatedOn: state.nowIso() });
    return json(201, userEntity(ctx, user));
  }),
  route('PATCH', `${USER_API}/users/{id}`, S.usersManage, (ctx) => {
    const user = findUser(ctx);
    const patch = readJsonPatch(ctx);
    const input = parseUser(
      ctx,
      requireObject(patchDocument(editableUser(user), patch, WRITABLE), 'The patched user'),
    );
    if (emailTaken(ctx, input.email, user.id))
      throw conflict('USER_ALREADY_EXISTS', `A user with email ${input.email} already exists`);
    Object.assign(user, input);
    user.updatedOn = ctx.services.state.nowIso();
    return json(200, userEntity(ctx, user));
  }),
  route('PUT', `${USER_API}/users/{id}/activation`, S.usersManage, (ctx) => {
    const user = findUser(ctx);
    user.active = true;
    user.updatedOn = ctx.services.state.nowIso();
    return noContent();
  }),
  route('DELETE', `${USER_API}/users/{id}/activation`, S.usersManage, (ctx) => {
    const user = findUser(ctx);
    user.active = false;
    user.updatedOn = ctx.services.state.nowIso();
    return noContent();
  }),
  route('GET', `${USER_API}/system-roles`, S.usersRead, (ctx) =>
    json(200, {
      content: [...ctx.services.state.systemRoles.values()].map((r) => ({ id: r.id, name: r.name })),
    }),
  ),
  route('GET', `${USER_API}/access-groups`, S.usersRead, (ctx) =>
    json(200, {
      content: [...ctx.services.state.accessGroups.values()].map((g) => ({ id: g.id, name: g.name })),
    }),
  ),
  route('POST', `${USER_API}/access-groups/{accessGroupId}/users`, S.usersManage, (ctx) => {
    const { state } = ctx.services;
    const group = findAccessGroup(ctx);
    const body = readJson(ctx);
    if (!Array.isArray(body) || body.some((id) => typeof id !== 'string')) {
      throw badRequest('Body must be a JSON array of user ids', 'VALIDATION_ERROR');
    }
    const unknown = (body as string[]).filter((id) => !state.users.has(id));
    if (unknown.length > 0) throw notFound(`Unknown user ids: ${unknown.join(', ')}`, 'USER_NOT_FOUND');
    const now = state.nowIso();
    for (const id of body as string[]) {
      const user = state.users.get(id) as UserRecord;
      if (!user.accessGroupIds.includes(group.id)) {
        user.accessGroupIds.push(group.id);
        user.updatedOn = now;
      }
    }
    return json(201, { content: [{ id: group.id, name: group.name }] });
  }),
  route('DELETE', `${USER_API}/access-groups/{accessGroupId}/users/{id}`, S.usersManage, (ctx) => {
    const { state } = ctx.services;
    const group = findAccessGroup(ctx);
    const user = state.users.get(param(ctx, 'id'));
    if (!user) throw notFound(`User '${param(ctx, 'id')}' not found`, 'USER_NOT_FOUND');
    if (!user.accessGroupIds.includes(group.id)) {
      throw notFound(`User '${user.id}' is not in access group '${group.id}'`, 'USER_NOT_IN_ACCESS_GROUP');
    }
    user.accessGroupIds = user.accessGroupIds.filter((id) => id !== group.id);
    user.updatedOn = state.nowIso();
    return noContent();
  }),
];
