/**
 * Schemas of the unified User model, its write inputs and list parameters
 * (https://developers.smartrecruiters.com/reference/users).
 */
import * as z from '../zod.js';

export type {
  User,
  UserCreateInput,
  UserLocationInput,
  UserLocationUpdateInput,
  UserModel,
  UserUpdateInput,
} from '../../models/unified/user.js';

import { baseModelShape, EmailSchema, NamedRefSchema, UserLocationSchema } from './common.js';
import { SSO_LOGIN_MODES, USER_STATUSES } from './enums.js';
import { CountryCodeSchema, IdSchema, NonEmptyStringSchema, notEmpty } from './input-common.js';

/** The unified User (SR `UserEntity` or a users list item). */
export const UserSchema = z.strictObject({
  ...baseModelShape,
  first_name: z.nullable(z.string()),
  last_name: z.nullable(z.string()),
  name: z.nullable(z.string()),
  emails: z.array(EmailSchema),
  status: z.enum(USER_STATUSES),
  /** SR's `active` flag as received. */
  remote_status: z.nullable(z.boolean()),
  /** The user's system role. */
  roles: z.array(NamedRefSchema),
  /** The user's access groups (names are `null` on list items, which carry ids only). */
  groups: z.array(NamedRefSchema),
  /** SR `externalData`. */
  external_id: z.nullable(z.string()),
  sso_identifier: z.nullable(z.string()),
  /** Language code, e.g. `en`. */
  language: z.nullable(z.string()),
  locations: z.array(UserLocationSchema),
});

// ---- write inputs ----

export { SSO_LOGIN_MODES } from './enums.js';

/**
 * A new user's location: SR requires `city` and `country_code` when a location is given
 * (https://developers.smartrecruiters.com/reference/users).
 */
export const UserLocationInputSchema = z.strictObject({
  country_code: CountryCodeSchema,
  region_code: z.optional(NonEmptyStringSchema),
  city: NonEmptyStringSchema,
  address: z.optional(NonEmptyStringSchema),
  postal_code: z.optional(NonEmptyStringSchema),
});

const LanguageCodeSchema = z
  .string()
  .check(z.regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?$/, 'expected a language code such as en'));

/**
 * Create a user (SR `POST /user-api/v201804/users`,
 * https://developers.smartrecruiters.com/reference/users). SR creates users inactive; activate them
 * afterwards. `role_id` is a system role id (`ADMINISTRATOR`, `STANDARD`...).
 */
export const UserCreateInputSchema = z.strictObject({
  email: z.email(),
  first_name: NonEmptyStringSchema,
  last_name: NonEmptyStringSchema,
  role_id: IdSchema,
  external_id: z.optional(NonEmptyStringSchema),
  sso_identifier: z.optional(NonEmptyStringSchema),
  sso_login_mode: z.optional(z.enum(SSO_LOGIN_MODES)),
  language: z.optional(LanguageCodeSchema),
  location: z.optional(UserLocationInputSchema),
});

/**
 * Change some fields of a user (SR `PATCH /user-api/v201804/users/{id}` with a JSON Patch,
 * https://developers.smartrecruiters.com/reference/users). `null` removes an optional field.
 */
export const UserUpdateInputSchema = z
  .strictObject({
    email: z.optional(z.email()),
    first_name: z.optional(NonEmptyStringSchema),
    last_name: z.optional(NonEmptyStringSchema),
    role_id: z.optional(IdSchema),
    external_id: z.optional(z.nullable(NonEmptyStringSchema)),
    sso_identifier: z.optional(z.nullable(NonEmptyStringSchema)),
    sso_login_mode: z.optional(z.enum(SSO_LOGIN_MODES)),
    language: z.optional(LanguageCodeSchema),
    location: z.optional(
      z
        .strictObject({
          country_code: z.optional(z.nullable(CountryCodeSchema)),
          region_code: z.optional(z.nullable(NonEmptyStringSchema)),
          city: z.optional(z.nullable(NonEmptyStringSchema)),
          address: z.optional(z.nullable(NonEmptyStringSchema)),
          postal_code: z.optional(z.nullable(NonEmptyStringSchema)),
        })
        .check(notEmpty),
    ),
  })
  .check(notEmpty);
