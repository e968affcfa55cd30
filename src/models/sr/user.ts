/**
 * SmartRecruiters user directory wire shapes
 * (https://developers.smartrecruiters.com/reference/users), lenient.
 */
import type { SrSsoLoginMode } from '../../schemas/sr/enums.js';
import type { Open, SrCoordinate } from './common.js';

/** A user's location. */
export interface SrUserLocation {
  country?: string | null | undefined;
  countryCode?: string | null | undefined;
  regionCode?: string | null | undefined;
  region?: string | null | undefined;
  city?: string | null | undefined;
  address?: string | null | undefined;
  postalCode?: string | null | undefined;
  longitude?: SrCoordinate | null | undefined;
  latitude?: SrCoordinate | null | undefined;
  [key: string]: unknown;
}

/** A system role, `{ id, name }`, as listed and as embedded in users. */
export interface SrSystemRole {
  id: string;
  name?: string | null | undefined;
  [key: string]: unknown;
}

/** An access group, `{ id, name }`; user list items carry `{ id }` only. */
export interface SrAccessGroup {
  id: string;
  name?: string | null | undefined;
  [key: string]: unknown;
}

/**
 * `UserEntity`: `GET /user-api/v201804/users/{id}`. Every field but `id` is optional, so list
 * items fit it too.
 */
export interface SrUser {
  id: string;
  email?: string | null | undefined;
  firstName?: string | null | undefined;
  lastName?: string | null | undefined;
  systemRole?: SrSystemRole | null | undefined;
  /** Your own identifier of the user. */
  externalData?: string | null | undefined;
  ssoIdentifier?: string | null | undefined;
  ssoLoginMode?: Open<SrSsoLoginMode> | null | undefined;
  language?: { code?: string | null | undefined; [key: string]: unknown } | null | undefined;
  active?: boolean | null | undefined;
  updatedOn?: string | null | undefined;
  location?: SrUserLocation | null | undefined;
  accessGroups?: SrAccessGroup[] | null | undefined;
  seats?: unknown;
  [key: string]: unknown;
}

/** An item of `GET /user-api/v201804/users`: like the user, `accessGroups` as `[{ id }]`. */
export type SrUserListItem = SrUser;

// ---- write bodies ----

/** The location in a new user body. */
export interface SrUserLocationInput {
  countryCode?: string | undefined;
  regionCode?: string | undefined;
  city?: string | undefined;
  address?: string | undefined;
  postalCode?: string | undefined;
  [key: string]: unknown;
}

/**
 * Body of `POST /user-api/v201804/users`: `email`, `firstName`, `lastName`, `systemRole {id}`
 * required (the exact official schema is UNCONFIRMED).
 */
export interface SrNewUser {
  email: string;
  firstName: string;
  lastName: string;
  systemRole: { id: string; [key: string]: unknown };
  externalData?: string | undefined;
  ssoIdentifier?: string | undefined;
  ssoLoginMode?: SrSsoLoginMode | undefined;
  language?: { code: string; [key: string]: unknown } | undefined;
  location?: SrUserLocationInput | undefined;
  [key: string]: unknown;
}
