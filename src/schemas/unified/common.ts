/**
 * Shared pieces of the unified models: references, custom fields, warnings,
 * contact and location shapes, and the small validators the write inputs and list parameters share.
 * Unified schemas are strict (`z.strictObject`): unknown keys are errors.
 */
import * as z from '../zod.js';

export type {
  CandidateLocation,
  CustomField,
  Email,
  FetchableField,
  IdRef,
  JobLocation,
  ModelBase,
  ModelOf,
  NamedRef,
  Phone,
  Ref,
  Url,
  UserLocation,
  Warning,
  WithCustomMappings,
} from '../../models/unified/common.js';

import { URL_TYPES } from './enums.js';

/** Reference to another record: `{ id, name? }` (never a bare `*_id`). */
export const RefSchema = z.strictObject({
  id: z.string(),
  name: z.optional(z.nullable(z.string())),
});

/** Reference that always carries the name (`null` when SR did not give it). */
export const NamedRefSchema = z.strictObject({
  id: z.string(),
  name: z.nullable(z.string()),
});

/** Reference that carries only the id (attachments' `candidate`, `application`, `job`). */
export const IdRefSchema = z.strictObject({ id: z.string() });

/** A custom field: SR candidate property (per application) or job property. */
export const CustomFieldSchema = z.strictObject({
  id: z.string(),
  label: z.nullable(z.string()),
  /** Lowercased SR type (`'single_select'`, `'currency'`...), `null` when SR gives none. */
  type: z.nullable(z.string()),
  value: z.unknown(),
  value_label: z.nullable(z.string()),
});

/** Something in an SR payload that failed lenient validation, or another non-fatal problem. */
export const WarningSchema = z.strictObject({
  /** Machine-readable reason, e.g. `invalid_field`, `invalid_record`, `missing_id`. */
  code: z.string(),
  message: z.string(),
  /** Where in the SR record, e.g. `['primaryAssignment', 'status']`. */
  path: z.array(z.union([z.string(), z.number()])),
  /** Id of the record it concerns. */
  record_id: z.optional(z.nullable(z.string())),
});

/** `{ email, type, is_primary }`. */
export const EmailSchema = z.strictObject({
  email: z.string(),
  type: z.nullable(z.string()),
  is_primary: z.boolean(),
});

/** `{ number, type }`. */
export const PhoneSchema = z.strictObject({
  number: z.string(),
  type: z.nullable(z.string()),
});

export { URL_TYPES, type UrlType } from './enums.js';

/** `{ url, type }`. */
export const UrlSchema = z.strictObject({
  url: z.string(),
  type: z.enum(URL_TYPES),
});

/** A candidate location. `raw` is the location as one line ("city, region, country"). */
export const CandidateLocationSchema = z.strictObject({
  city: z.nullable(z.string()),
  region: z.nullable(z.string()),
  region_code: z.nullable(z.string()),
  country: z.nullable(z.string()),
  country_code: z.nullable(z.string()),
  raw: z.nullable(z.string()),
});

/** A job location. */
export const JobLocationSchema = z.strictObject({
  city: z.nullable(z.string()),
  region: z.nullable(z.string()),
  country: z.nullable(z.string()),
  country_code: z.nullable(z.string()),
  postal_code: z.nullable(z.string()),
  address: z.nullable(z.string()),
  is_remote: z.nullable(z.boolean()),
});

/** A user location. */
export const UserLocationSchema = z.strictObject({
  city: z.nullable(z.string()),
  region: z.nullable(z.string()),
  region_code: z.nullable(z.string()),
  country: z.nullable(z.string()),
  country_code: z.nullable(z.string()),
  postal_code: z.nullable(z.string()),
  address: z.nullable(z.string()),
});

/** Common model fields: SR's own id, timestamps (`null` when SR gives none), the raw record. */
export const baseModelShape = {
  id: z.string(),
  created_at: z.nullable(z.string()),
  updated_at: z.nullable(z.string()),
  /**
   * Fields this record lacks because they were not fetched (a list item, an `include` not asked
   * for): their `null` or `[]` means "unknown", not "empty". Empty when the record is complete.
   */
  not_fetched: z.array(z.string()),
  /** The SR object as received; absent with `includeRemoteData: false`. */
  remote_data: z.optional(z.record(z.string(), z.unknown())),
  /** Output of the configured mapping extension; absent when none is configured. */
  custom_mappings: z.optional(z.unknown()),
};
