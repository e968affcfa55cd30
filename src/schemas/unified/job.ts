/** The unified Job model, its write inputs and list parameters. */

import * as refinements from '../refinements.js';
import { SR_JOB_STATUSES } from '../sr/job.js';
import * as z from '../zod.js';

export type {
  Compensation,
  CompensationInput,
  HiringTeamMember,
  Job,
  JobAdInput,
  JobAdSectionInput,
  JobCreateInput,
  JobCustomFieldInput,
  JobLocationInput,
  JobLocationUpdateInput,
  JobModel,
  JobStatusUpdateInput,
  JobUpdateInput,
} from '../../models/unified/job.js';

import { baseModelShape, CustomFieldSchema, JobLocationSchema, NamedRefSchema } from './common.js';
import { HIRING_TEAM_ROLES, JOB_STATUSES, POSTING_STATUSES } from './enums.js';
import {
  CountryCodeSchema,
  CurrencyCodeSchema,
  DateTimeInputSchema,
  IdSchema,
  NonEmptyStringSchema,
  notEmpty,
} from './input-common.js';

/** `{ min, max, currency }`. */
export const CompensationSchema = z.strictObject({
  min: z.nullable(z.number()),
  max: z.nullable(z.number()),
  currency: z.nullable(z.string()),
});

/** A member of a job's hiring team, with every role they hold on it. */
export const HiringTeamMemberSchema = z.strictObject({
  user: NamedRefSchema,
  roles: z.array(z.enum(HIRING_TEAM_ROLES)),
  /** SR's role values, same order as `roles`. */
  remote_roles: z.array(z.string()),
});

/** The unified Job (SR `JobSummary` or `JobDetails`). */
export const JobSchema = z.strictObject({
  ...baseModelShape,
  name: z.nullable(z.string()),
  /** SR `refNumber`. */
  code: z.nullable(z.string()),
  /** The job ad's sections as text, `null` when SR gave no job ad (list items). */
  description: z.nullable(z.string()),
  status: z.enum(JOB_STATUSES),
  remote_status: z.nullable(z.string()),
  posting_status: z.enum(POSTING_STATUSES),
  remote_posting_status: z.nullable(z.string()),
  departments: z.array(NamedRefSchema),
  locations: z.array(JobLocationSchema),
  employment_type: z.nullable(NamedRefSchema),
  experience_level: z.nullable(NamedRefSchema),
  industry: z.nullable(NamedRefSchema),
  function: z.nullable(NamedRefSchema),
  compensation: z.nullable(CompensationSchema),
  /** `null` unless the hiring team was fetched. */
  hiring_team: z.nullable(z.array(HiringTeamMemberSchema)),
  target_hiring_at: z.nullable(z.string()),
  last_activity_at: z.nullable(z.string()),
  web_url: z.nullable(z.string()),
  custom_fields: z.array(CustomFieldSchema),
});

// ---- write inputs ----

/** A job location to write: SR requires `country_code` and `city`. */
export const JobLocationInputSchema = z.strictObject({
  country_code: CountryCodeSchema,
  city: NonEmptyStringSchema,
  region_code: z.optional(NonEmptyStringSchema),
  address: z.optional(NonEmptyStringSchema),
  postal_code: z.optional(NonEmptyStringSchema),
  is_remote: z.optional(z.boolean()),
});

const compensationRange = z.superRefine(refinements.compensationRange);

/** A compensation to write (the whole object is sent). */
export const CompensationInputSchema = z
  .strictObject({
    min: z.optional(z.number().check(z.nonnegative())),
    max: z.optional(z.number().check(z.nonnegative())),
    currency: z.optional(CurrencyCodeSchema),
  })
  .check(compensationRange, notEmpty);

/** A job ad section to write. */
export const JobAdSectionInputSchema = z.strictObject({
  title: z.optional(NonEmptyStringSchema),
  text: NonEmptyStringSchema,
});

/** The job ad of a new job: its sections and language. */
export const JobAdInputSchema = z.strictObject({
  company_description: z.optional(JobAdSectionInputSchema),
  job_description: z.optional(JobAdSectionInputSchema),
  qualifications: z.optional(JobAdSectionInputSchema),
  additional_information: z.optional(JobAdSectionInputSchema),
  /** Language code of the ad, e.g. `en`. */
  language: z.optional(NonEmptyStringSchema),
});

/** A job property value to write: property id and the id of the chosen value. */
export const JobCustomFieldInputSchema = z.strictObject({
  id: IdSchema,
  /** Id of the property's value (job properties are value lists). */
  value: IdSchema,
});

/**
 * Create a job (SR `POST /jobs`, `JobInput`). SR requires `name`, `location`, `industry_id`,
 * `function_id` and `experience_level_id`; ids come from SR's configuration endpoints.
 * `description` is a shortcut for the job ad's job description.
 */
export const JobCreateInputSchema = z
  .strictObject({
    name: NonEmptyStringSchema,
    code: z.optional(NonEmptyStringSchema),
    target_hiring_at: z.optional(DateTimeInputSchema),
    department_id: z.optional(IdSchema),
    location: JobLocationInputSchema,
    industry_id: IdSchema,
    function_id: IdSchema,
    employment_type_id: z.optional(IdSchema),
    experience_level_id: IdSchema,
    eeo_category_id: z.optional(IdSchema),
    is_template: z.optional(z.boolean()),
    compensation: z.optional(CompensationInputSchema),
    description: z.optional(NonEmptyStringSchema),
    job_ad: z.optional(JobAdInputSchema),
    custom_fields: z.optional(z.array(JobCustomFieldInputSchema)),
  })
  .check(z.superRefine(refinements.oneJobDescription));

/** Location fields to change; `null` removes an optional one. */
export const JobLocationUpdateInputSchema = z
  .strictObject({
    country_code: z.optional(CountryCodeSchema),
    city: z.optional(NonEmptyStringSchema),
    region_code: z.optional(z.nullable(NonEmptyStringSchema)),
    address: z.optional(z.nullable(NonEmptyStringSchema)),
    postal_code: z.optional(z.nullable(NonEmptyStringSchema)),
    is_remote: z.optional(z.boolean()),
  })
  .check(notEmpty);

/**
 * Change some fields of a job (SR `PATCH /jobs/{id}` with a JSON Patch). Only given fields
 * change; `null` removes an optional field. The job ad and job properties are not patched here.
 */
export const JobUpdateInputSchema = z
  .strictObject({
    name: z.optional(NonEmptyStringSchema),
    code: z.optional(z.nullable(NonEmptyStringSchema)),
    target_hiring_at: z.optional(z.nullable(DateTimeInputSchema)),
    department_id: z.optional(z.nullable(IdSchema)),
    location: z.optional(JobLocationUpdateInputSchema),
    industry_id: z.optional(IdSchema),
    function_id: z.optional(IdSchema),
    employment_type_id: z.optional(z.nullable(IdSchema)),
    experience_level_id: z.optional(IdSchema),
    eeo_category_id: z.optional(z.nullable(IdSchema)),
    is_template: z.optional(z.boolean()),
    compensation: z.optional(z.nullable(CompensationInputSchema)),
  })
  .check(notEmpty);

/**
 * Change a job's status (SR `PUT /jobs/{id}/status`). A unified status covers several SR values,
 * so `remote_status` picks one: defaults are `draft` -> CREATED, `open` -> SOURCING, `on_hold` ->
 * ON_HOLD; `closed` needs `remote_status` FILLED or CANCELLED (they mean different things).
 */
export const JobStatusUpdateInputSchema = z.strictObject({
  status: z.enum(['draft', 'open', 'on_hold', 'closed']),
  remote_status: z.optional(z.enum(SR_JOB_STATUSES)),
});
