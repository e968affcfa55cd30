/** The unified Job model and its write inputs, as plain interfaces. */

import type { SrJobStatus } from '../../schemas/sr/enums.js';
import type { HiringTeamRole, JobStatus, PostingStatus } from '../../schemas/unified/enums.js';
import type { SrJobDetails } from '../sr/job.js';
import type {
  CustomField,
  FetchableField,
  JobLocation,
  ModelBase,
  NamedRef,
  WithCustomMappings,
} from './common.js';
import type { DateTimeInput } from './input-common.js';

/** A job's compensation: `{ min, max, currency }`. */
export interface Compensation {
  /** Lower bound. */
  min: number | null;
  /** Upper bound. */
  max: number | null;
  /** ISO-4217 code. */
  currency: string | null;
}

/** A member of a job's hiring team, with every role they hold on it. */
export interface HiringTeamMember {
  /** The user. */
  user: NamedRef;
  /** Their roles on the job. */
  roles: HiringTeamRole[];
  /** SR's role values, same order as `roles`. */
  remote_roles: string[];
}

/** A job without mapping-extension output (SR `JobSummary` or `JobDetails`). */
export interface JobModel extends ModelBase<SrJobDetails> {
  /**
   * Fields this record lacks because they were not fetched (a list item, an `include` not asked
   * for): their `null` or `[]` means "unknown", not "empty". Empty when the record is complete.
   */
  not_fetched: Array<FetchableField<JobModel>>;
  /** SR `title`. */
  name: string | null;
  /** SR `refNumber`. */
  code: string | null;
  /** The job ad's sections as text, `null` when SR gave no job ad (list items). */
  description: string | null;
  /** CREATED `draft`; SOURCING, INTERVIEW, OFFER `open`; ON_HOLD `on_hold`; FILLED, CANCELLED `closed`. */
  status: JobStatus;
  /** SR's status as sent. */
  remote_status: string | null;
  /** SR `postingStatus`, lowercased. */
  posting_status: PostingStatus;
  /** SR's posting status as sent. */
  remote_posting_status: string | null;
  /** SR `department`. */
  departments: NamedRef[];
  /** SR `location`. */
  locations: JobLocation[];
  /** SR `typeOfEmployment`. */
  employment_type: NamedRef | null;
  /** SR `experienceLevel`. */
  experience_level: NamedRef | null;
  /** SR `industry`. */
  industry: NamedRef | null;
  /** SR `function`. */
  function: NamedRef | null;
  /** SR `compensation`. */
  compensation: Compensation | null;
  /** `null` unless the hiring team was fetched (`include: ['hiring_team']`). */
  hiring_team: HiringTeamMember[] | null;
  /** SR `targetHiringDate`. */
  target_hiring_at: string | null;
  /** SR `lastActivityOn`. */
  last_activity_at: string | null;
  /** The job's public page (SR `actions.applyOnWeb`). */
  web_url: string | null;
  /** Job properties. */
  custom_fields: CustomField[];
}
/** A job; `custom_mappings: M` when a mapping extension is configured. */
export type Job<M = never> = WithCustomMappings<JobModel, M>;

// ---- write inputs ----

/** A job location to write: SR requires `country_code` and `city`. */
export interface JobLocationInput {
  /** ISO-3166-1 alpha-2 code, either case. */
  country_code: string;
  /** City name. */
  city: string;
  /** ISO-3166-2 subdivision code. */
  region_code?: string | undefined;
  /** Street address. */
  address?: string | undefined;
  /** Postal code. */
  postal_code?: string | undefined;
  /** Whether the job is remote. */
  is_remote?: boolean | undefined;
}

/** A compensation to write (the whole object is sent); `min` at most `max`. */
export interface CompensationInput {
  /** Lower bound, at least 0. */
  min?: number | undefined;
  /** Upper bound, at least 0. */
  max?: number | undefined;
  /** ISO-4217 code, either case. */
  currency?: string | undefined;
}

/** A job ad section to write. */
export interface JobAdSectionInput {
  /** The section title. */
  title?: string | undefined;
  /** The section text. */
  text: string;
}

/** The job ad of a new job: its sections and language. */
export interface JobAdInput {
  /** About the company. */
  company_description?: JobAdSectionInput | undefined;
  /** About the job. */
  job_description?: JobAdSectionInput | undefined;
  /** What the job asks for. */
  qualifications?: JobAdSectionInput | undefined;
  /** Anything else. */
  additional_information?: JobAdSectionInput | undefined;
  /** Language code of the ad, e.g. `en`. */
  language?: string | undefined;
}

/** A job property value to write: property id and the id of the chosen value. */
export interface JobCustomFieldInput {
  /** The job property's id. */
  id: string;
  /** Id of the property's value (job properties are value lists). */
  value: string;
}

/**
 * Input of `jobs.create` (SR `POST /jobs`, `JobInput`). SR requires `name`, `location`,
 * `industry_id`, `function_id` and `experience_level_id`; ids come from SR's configuration
 * endpoints. `description` is a shortcut for the job ad's job description.
 */
export interface JobCreateInput {
  /** SR `title`. */
  name: string;
  /** SR `refNumber`. */
  code?: string | undefined;
  /** SR `targetHiringDate`: an ISO-8601 date-time, date or `Date`. */
  target_hiring_at?: DateTimeInput | undefined;
  /** A department id. */
  department_id?: string | undefined;
  /** Where the job is. */
  location: JobLocationInput;
  /** An industry id. */
  industry_id: string;
  /** A job function id. */
  function_id: string;
  /** An employment type id. */
  employment_type_id?: string | undefined;
  /** An experience level id. */
  experience_level_id: string;
  /** An EEO category id. */
  eeo_category_id?: string | undefined;
  /** Whether the job is a template. */
  is_template?: boolean | undefined;
  /** The compensation range. */
  compensation?: CompensationInput | undefined;
  /** The job ad's job description; give either this or `job_ad.job_description`. */
  description?: string | undefined;
  /** The job ad. */
  job_ad?: JobAdInput | undefined;
  /** Job properties. */
  custom_fields?: JobCustomFieldInput[] | undefined;
}

/** Location fields to change; `null` removes an optional one. */
export interface JobLocationUpdateInput {
  /** ISO-3166-1 alpha-2 code, either case. */
  country_code?: string | undefined;
  /** City name. */
  city?: string | undefined;
  /** ISO-3166-2 subdivision code; `null` removes it. */
  region_code?: string | null | undefined;
  /** Street address; `null` removes it. */
  address?: string | null | undefined;
  /** Postal code; `null` removes it. */
  postal_code?: string | null | undefined;
  /** Whether the job is remote. */
  is_remote?: boolean | undefined;
}

/**
 * Input of `jobs.update` (SR `PATCH /jobs/{id}` with a JSON Patch). Only given fields change;
 * `null` removes an optional field. The job ad and job properties are not patched here.
 */
export interface JobUpdateInput {
  /** SR `title`. */
  name?: string | undefined;
  /** SR `refNumber`; `null` removes it. */
  code?: string | null | undefined;
  /** SR `targetHiringDate`; `null` removes it. */
  target_hiring_at?: DateTimeInput | null | undefined;
  /** A department id; `null` removes it. */
  department_id?: string | null | undefined;
  /** Location fields to change. */
  location?: JobLocationUpdateInput | undefined;
  /** An industry id. */
  industry_id?: string | undefined;
  /** A job function id. */
  function_id?: string | undefined;
  /** An employment type id; `null` removes it. */
  employment_type_id?: string | null | undefined;
  /** An experience level id. */
  experience_level_id?: string | undefined;
  /** An EEO category id; `null` removes it. */
  eeo_category_id?: string | null | undefined;
  /** Whether the job is a template. */
  is_template?: boolean | undefined;
  /** The whole compensation; `null` removes it. */
  compensation?: CompensationInput | null | undefined;
}

/**
 * Input of `jobs.updateStatus` (SR `PUT /jobs/{id}/status`). A unified status covers several SR
 * values, so `remote_status` picks one: defaults are `draft` -> CREATED, `open` -> SOURCING,
 * `on_hold` -> ON_HOLD; `closed` needs `remote_status` FILLED or CANCELLED (they mean different
 * things).
 */
export interface JobStatusUpdateInput {
  /** The unified status to move to. */
  status: 'draft' | 'open' | 'on_hold' | 'closed';
  /** The SR status to send: one of those `status` covers. */
  remote_status?: SrJobStatus | undefined;
}
