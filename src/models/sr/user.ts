/**
 * SmartRecruiters user directory wire shapes
 * (https://developers.smartrecruiters.com/reference/users), lenient.
 */
import type { SrSsoLoginMode } from '../../schemas/sr/enums.js';
import type { Open, SrCoordinate } from './common.js';

/** A user's location. */
export interface SrUserLocation {
  /** Country. */
  country?: string | null | undefined;
  /** Country code. */
  countryCode?: string | null | undefined;
  /** Region code; SmartRecruiters advises it for the United States only. */
  regionCode?: string | null | undefined;
  /** Region (state, province...). */
  region?: string | null | undefined;
  /** City. */
  city?: string | null | undefined;
  /** Street address. */
  address?: string | null | undefined;
  /** Postal code. */
  postalCode?: string | null | undefined;
  /** Longitude. */
  longitude?: SrCoordinate | null | undefined;
  /** Latitude. */
  latitude?: SrCoordinate | null | undefined;
  [key: string]: unknown;
}

/** A system role, `{ id, name }`, as listed and as embedded in users. */
export interface SrSystemRole {
  /** The role's id. */
  id: string;
  /** The role's name. */
  name?: string | null | undefined;
  [key: string]: unknown;
}

/** An access group, `{ id, name }`; user list items carry `{ id }` only. */
export interface SrAccessGroup {
  /** The group's id. */
  id: string;
  /** The group's name. */
  name?: string | null | undefined;
  [key: string]: unknown;
}

/**
 * `UserEntity`: `GET /user-api/v201804/users/{id}`. Every field but `id` is optional, so list
 * items fit it too.
 */
export interface SrUser {
  /** SmartRecruiters' id of the user. */
  id: string;
  /** Email address. */
  email?: string | null | undefined;
  /** First name. */
  firstName?: string | null | undefined;
  /** Last name. */
  lastName?: string | null | undefined;
  /** The user's system role. */
  systemRole?: SrSystemRole | null | undefined;
  /** Your own identifier of the user. */
  externalData?: string | null | undefined;
  /** The user's identity in the company's single sign-on. */
  ssoIdentifier?: string | null | undefined;
  /** `SSO` or `PASSWORD`. */
  ssoLoginMode?: Open<SrSsoLoginMode> | null | undefined;
  /** The user's language. */
  language?:
    | {
        /** Language code. */
        code?: string | null | undefined;
        [key: string]: unknown;
      }
    | null
    | undefined;
  /** Whether the user is active. */
  active?: boolean | null | undefined;
  /** When the user was last updated (ISO-8601). */
  updatedOn?: string | null | undefined;
  /** Where the user is. */
  location?: SrUserLocation | null | undefined;
  /** The user's access groups (list items: ids only). */
  accessGroups?: SrAccessGroup[] | null | undefined;
  /** The user's seats, as SmartRecruiters sends them. */
  seats?: unknown;
  [key: string]: unknown;
}

/** An item of `GET /user-api/v201804/users`: like the user, `accessGroups` as `[{ id }]`. */
export type SrUserListItem = SrUser;

// ---- write bodies ----

/** The location in a new user body: `city` and `countryCode` required. */
export interface SrUserLocationInput {
  /** Country code. */
  countryCode: string;
  /** Region code; SmartRecruiters advises it for the United States only. */
  regionCode?: string | undefined;
  /** City. */
  city: string;
  /** Street address. */
  address?: string | undefined;
  /** Postal code. */
  postalCode?: string | undefined;
  [key: string]: unknown;
}

/**
 * Body of `POST /user-api/v201804/users`: `email`, `firstName`, `lastName`, `systemRole {id}`
 * required (the exact official schema is UNCONFIRMED).
 */
export interface SrNewUser {
  /** Email address. */
  email: string;
  /** First name. */
  firstName: string;
  /** Last name. */
  lastName: string;
  /** The user's system role. */
  systemRole: {
    /** The system role's id. */
    id: string;
    [key: string]: unknown;
  };
  externalData?: string | undefined;
  /** The user's identifier with the SSO provider. */
  ssoIdentifier?: string | undefined;
  /**
   * `SSO` (log in through SSO only) or `PASSWORD` (by password only); respected only when SSO and
   * employee-level SSO are on for the company.
   */
  ssoLoginMode?: SrSsoLoginMode | undefined;
  /** The user's language. */
  language?:
    | {
        /** Language code. */
        code: string;
        [key: string]: unknown;
      }
    | undefined;
  /** Where the user is. */
  location?: SrUserLocationInput | undefined;
  [key: string]: unknown;
}
