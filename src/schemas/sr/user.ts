/**
 * SmartRecruiters user directory wire shapes
 * (https://developers.smartrecruiters.com/reference/users), lenient.
 */
import * as z from '../zod.js';

export type {
  SrAccessGroup,
  SrNewUser,
  SrSystemRole,
  SrUser,
  SrUserListItem,
  SrUserLocation,
  SrUserLocationInput,
} from '../../models/sr/user.js';

import { SrCoordinateSchema, srEnum } from './common.js';
import { SR_SSO_LOGIN_MODES } from './enums.js';

export { SR_SSO_LOGIN_MODES, SR_SYSTEM_ROLE_IDS, type SrSsoLoginMode } from './enums.js';

/** A user's location (https://developers.smartrecruiters.com/reference/users). */
export const SrUserLocationSchema = z.looseObject({
  country: z.nullish(z.string()),
  countryCode: z.nullish(z.string()),
  regionCode: z.nullish(z.string()),
  region: z.nullish(z.string()),
  city: z.nullish(z.string()),
  address: z.nullish(z.string()),
  postalCode: z.nullish(z.string()),
  longitude: z.nullish(SrCoordinateSchema),
  latitude: z.nullish(SrCoordinateSchema),
});

/** `{id, name}` system role, as listed and as embedded in users. */
export const SrSystemRoleSchema = z.looseObject({
  id: z.string(),
  name: z.nullish(z.string()),
});

/**
 * `{id, name}` access group; user list items carry `{id}` only
 * (https://developers.smartrecruiters.com/reference/users).
 */
export const SrAccessGroupSchema = z.looseObject({
  id: z.string(),
  name: z.nullish(z.string()),
});

/**
 * `UserEntity`: `GET /user-api/v201804/users/{id}`
 * (https://developers.smartrecruiters.com/reference/users).
 */
export const SrUserSchema = z.looseObject({
  id: z.string(),
  email: z.nullish(z.string()),
  firstName: z.nullish(z.string()),
  lastName: z.nullish(z.string()),
  systemRole: z.nullish(SrSystemRoleSchema),
  externalData: z.nullish(z.string()),
  ssoIdentifier: z.nullish(z.string()),
  ssoLoginMode: z.nullish(srEnum(SR_SSO_LOGIN_MODES)),
  language: z.nullish(z.looseObject({ code: z.nullish(z.string()) })),
  active: z.nullish(z.boolean()),
  updatedOn: z.nullish(z.string()),
  location: z.nullish(SrUserLocationSchema),
  accessGroups: z.nullish(z.array(SrAccessGroupSchema)),
  seats: z.optional(z.unknown()),
});

/**
 * An item of `GET /user-api/v201804/users`: like the user, `accessGroups` as `[{id}]`
 * (https://developers.smartrecruiters.com/reference/users).
 */
export const SrUserListItemSchema = SrUserSchema;

// ---- write bodies ----

/**
 * Location in a new user body: `city` and `countryCode` required
 * (https://developers.smartrecruiters.com/reference/users).
 */
export const SrUserLocationInputSchema = z.looseObject({
  countryCode: z.string(),
  regionCode: z.optional(z.string()),
  city: z.string(),
  address: z.optional(z.string()),
  postalCode: z.optional(z.string()),
});

/**
 * Body of `POST /user-api/v201804/users`: `email`, `firstName`, `lastName`, `systemRole {id}`
 * required (https://developers.smartrecruiters.com/reference/users; the exact official schema is
 * UNCONFIRMED).
 */
export const SrNewUserSchema = z.looseObject({
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  systemRole: z.looseObject({ id: z.string() }),
  externalData: z.optional(z.string()),
  ssoIdentifier: z.optional(z.string()),
  ssoLoginMode: z.optional(z.enum(SR_SSO_LOGIN_MODES)),
  language: z.optional(z.looseObject({ code: z.string() })),
  location: z.optional(SrUserLocationInputSchema),
});

/** A user's name, as the hiring-team mapper reads it. */
export const SrUserNameSchema = z.looseObject({
  id: z.string(),
  firstName: z.nullish(z.string()),
  lastName: z.nullish(z.string()),
});
/** Users' names, as the hiring-team mapper reads them. */
export const SrUserNamesSchema = z.array(SrUserNameSchema);
/** A user's access groups, as the mappers read them. */
export const SrAccessGroupsSchema = z.array(SrAccessGroupSchema);
