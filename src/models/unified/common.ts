/**
 * Shared pieces of the unified models, as plain interfaces: references, custom fields, warnings,
 * contact and location shapes, and the generic helpers every model is built with. The zod schemas
 * in `smartrecruiters-sdk/schemas` validate the same shapes.
 */
import type { UrlType } from '../../schemas/unified/enums.js';

/** A reference to another record: `{ id, name? }` (never a bare `*_id`). */
export interface Ref {
  /** The record's id. */
  id: string;
  /** The record's name, when SmartRecruiters gives it. */
  name?: string | null | undefined;
}

/** A reference that always carries the name (`null` when SmartRecruiters did not give it). */
export interface NamedRef {
  /** The record's id. */
  id: string;
  /** The record's name; `null` when SmartRecruiters did not give it. */
  name: string | null;
}

/** A reference that carries only the id (attachments' `candidate`, `application`, `job`). */
export interface IdRef {
  /** The record's id. */
  id: string;
}

/** A custom field of a candidate, application, job or offer: an SR candidate, job or offer property. */
export interface CustomField {
  /** SR's property id (an offer property's key). */
  id: string;
  /** SR's label of the property. */
  label: string | null;
  /** Lowercased SR type (`'single_select'`, `'currency'`...), `null` when SR gives none. */
  type: string | null;
  /** The value in SR's format for the type (a `{ code, value }` object for a currency). */
  value: unknown;
  /** The label of the chosen value (select properties), `null` otherwise. */
  value_label: string | null;
}

/** Something in an SR payload that failed lenient validation, or another non-fatal problem. */
export interface Warning {
  /** Machine-readable reason, e.g. `invalid_field`, `invalid_record`, `missing_id`. */
  code: string;
  /** What went wrong, in words (never a value of the record). */
  message: string;
  /** Where in the SR record, e.g. `['primaryAssignment', 'status']`. */
  path: Array<string | number>;
  /** Id of the record it concerns. */
  record_id?: string | null | undefined;
}

/** An email address. */
export interface Email {
  /** The address. */
  email: string;
  /** Its kind: `work` for a user's; `null` when SmartRecruiters does not say (candidates). */
  type: string | null;
  /** Whether it is the record's main address. */
  is_primary: boolean;
}

/** A phone number. */
export interface Phone {
  /** The number as SmartRecruiters stores it. */
  number: string;
  /** Its kind; `null` when SmartRecruiters does not say. */
  type: string | null;
}

/** A URL of a candidate. */
export interface Url {
  /** The URL. */
  url: string;
  /** Which of SR's `web` slots it comes from, `other` for anything else. */
  type: UrlType;
}

/** A candidate location. */
export interface CandidateLocation {
  /** City name. */
  city: string | null;
  /** Region name. */
  region: string | null;
  /** ISO-3166-2 subdivision code. */
  region_code: string | null;
  /** Country name. */
  country: string | null;
  /** ISO-3166-1 alpha-2 code. */
  country_code: string | null;
  /** The location as one line ("city, region, country"). */
  raw: string | null;
}

/** A job location. */
export interface JobLocation {
  /** City name. */
  city: string | null;
  /** Region name. */
  region: string | null;
  /** Country name. */
  country: string | null;
  /** ISO-3166-1 alpha-2 code. */
  country_code: string | null;
  /** Postal code. */
  postal_code: string | null;
  /** Street address. */
  address: string | null;
  /** Whether the job is remote; `null` when SmartRecruiters does not say. */
  is_remote: boolean | null;
}

/** A user location. */
export interface UserLocation {
  /** City name. */
  city: string | null;
  /** Region name. */
  region: string | null;
  /** ISO-3166-2 subdivision code. */
  region_code: string | null;
  /** Country name. */
  country: string | null;
  /** ISO-3166-1 alpha-2 code. */
  country_code: string | null;
  /** Postal code. */
  postal_code: string | null;
  /** Street address. */
  address: string | null;
}

/**
 * A model with its mapping-extension output: `T & { custom_mappings: M }`, or `T` itself (no
 * `custom_mappings` key) when `M` is `never`, i.e. when no mapping is configured.
 */
export type WithCustomMappings<T, M> = [M] extends [never]
  ? T
  : T & {
      /** The output of the configured mapping extension. */
      custom_mappings: M;
    };

/** The fields of a model that `not_fetched` may name. */
export type FetchableField<Inferred> = Exclude<
  keyof Inferred,
  'id' | 'remote_data' | 'custom_mappings' | 'not_fetched'
>;

/**
 * A model type from the output of its schema: replaces the schema's `remote_data`,
 * `custom_mappings` and `not_fetched` with the precise types. The models themselves are plain
 * interfaces; this is what they are checked against.
 */
export type ModelOf<Inferred, Raw> = Omit<Inferred, 'remote_data' | 'custom_mappings' | 'not_fetched'> & {
  /** The SR object as received; absent with `includeRemoteData: false`. */
  remote_data?: Raw;
  /**
   * Fields this record lacks because they were not fetched (a list item, an `include` not asked
   * for): their `null` or `[]` means "unknown", not "empty". Empty when the record is complete.
   */
  not_fetched: Array<FetchableField<Inferred>>;
};

/** The fields every unified model starts with. */
export interface ModelBase<Raw> {
  /** SmartRecruiters' own id of the record. */
  id: string;
  /** When the record was created (ISO-8601), `null` when SmartRecruiters gives no date. */
  created_at: string | null;
  /** When the record was last updated (ISO-8601), `null` when SmartRecruiters gives no date. */
  updated_at: string | null;
  /** The SR object as received; absent with `includeRemoteData: false`. */
  remote_data?: Raw;
}
