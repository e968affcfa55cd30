/**
 * The unified User model and its write inputs, as plain interfaces
 * (https://developers.smartrecruiters.com/reference/users).
 */

import type { SsoLoginMode, UserStatus } from '../../schemas/unified/enums.js';
import type { SrUser } from '../sr/user.js';
import type {
  Email,
  FetchableField,
  ModelBase,
  NamedRef,
  UserLocation,
  WithCustomMappings,
} from './common.js';

/** A user without mapping-extension output (SR `UserEntity` or a users list item). */
export interface UserModel extends ModelBase<SrUser> {
  /**
   * Fields this record lacks because they were not fetched (a list item): their `null` or `[]`
   * means "unknown", not "empty". Empty when the record is complete.
   */
  not_fetched: Array<FetchableField<UserModel>>;
  /** SR `firstName`. */
  first_name: string | null;
  /** SR `lastName`. */
  last_name: string | null;
  /** First and last name, joined. */
  name: string | null;
  /** SR `email`, as the primary `work` address. */
  emails: Email[];
  /** SR `active`: `true` `active`, `false` `inactive`. */
  status: UserStatus;
  /** SR's `active` flag as received. */
  remote_status: boolean | null;
  /** The user's system role. */
  roles: NamedRef[];
  /** The user's access groups (names are `null` on list items, which carry ids only). */
  groups: NamedRef[];
  /** SR `externalData`. */
  external_id: string | null;
  /** SR `ssoIdentifier`. */
  sso_identifier: string | null;
  /** Language code, e.g. `en`. */
  language: string | null;
  /** SR `location`. */
  locations: UserLocation[];
}
/** A user; `custom_mappings: M` when a mapping extension is configured. */
export type User<M = never> = WithCustomMappings<UserModel, M>;

// ---- write inputs ----

/**
 * A new user's location: SR requires `city` and `country_code` when a location is given
 * (https://developers.smartrecruiters.com/reference/users).
 */
export interface UserLocationInput {
  /** ISO-3166-1 alpha-2 code, either case. */
  country_code: string;
  /** ISO-3166-2 subdivision code. */
  region_code?: string | undefined;
  /** City name. */
  city: string;
  /** Street address. */
  address?: string | undefined;
  /** Postal code. */
  postal_code?: string | undefined;
}

/**
 * Input of `users.create` (SR `POST /user-api/v201804/users`). SR creates users inactive;
 * activate them afterwards. `role_id` is a system role id (`ADMINISTRATOR`, `STANDARD`...).
 */
export interface UserCreateInput {
  /** SR `email`. */
  email: string;
  /** SR `firstName`. */
  first_name: string;
  /** SR `lastName`. */
  last_name: string;
  /** A system role id. */
  role_id: string;
  /** SR `externalData`: your own identifier of the user. */
  external_id?: string | undefined;
  /** SR `ssoIdentifier`. */
  sso_identifier?: string | undefined;
  /** `sso` or `password`. */
  sso_login_mode?: SsoLoginMode | undefined;
  /** A language code such as `en`. */
  language?: string | undefined;
  /** SR `location`. */
  location?: UserLocationInput | undefined;
}

/** Location fields of a user to change; `null` removes one. */
export interface UserLocationUpdateInput {
  /** ISO-3166-1 alpha-2 code, either case. */
  country_code?: string | null | undefined;
  /** ISO-3166-2 subdivision code. */
  region_code?: string | null | undefined;
  /** City name. */
  city?: string | null | undefined;
  /** Street address. */
  address?: string | null | undefined;
  /** Postal code. */
  postal_code?: string | null | undefined;
}

/**
 * Input of `users.update` (SR `PATCH /user-api/v201804/users/{id}` with a JSON Patch). `null`
 * removes an optional field.
 */
export interface UserUpdateInput {
  /** SR `email`. */
  email?: string | undefined;
  /** SR `firstName`. */
  first_name?: string | undefined;
  /** SR `lastName`. */
  last_name?: string | undefined;
  /** A system role id. */
  role_id?: string | undefined;
  /** SR `externalData`: your own identifier of the user. */
  external_id?: string | null | undefined;
  /** SR `ssoIdentifier`. */
  sso_identifier?: string | null | undefined;
  /** `sso` or `password`. */
  sso_login_mode?: SsoLoginMode | undefined;
  /** A language code such as `en`. */
  language?: string | undefined;
  /** SR `location`. */
  location?: UserLocationUpdateInput | undefined;
}
