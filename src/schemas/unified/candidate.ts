/** Schemas of the unified Candidate model, its write inputs and list parameters. */
import * as refinements from '../refinements.js';
import * as z from '../zod.js';

export type {
  Candidate,
  CandidateApplication,
  CandidateCreateInput,
  CandidateLocationInput,
  CandidateModel,
  CandidateUpdateInput,
  Education,
  EducationInput,
  Experience,
  ExperienceInput,
  NewCandidateInput,
  UrlInput,
} from '../../models/unified/candidate.js';

import {
  baseModelShape,
  CandidateLocationSchema,
  CustomFieldSchema,
  EmailSchema,
  NamedRefSchema,
  PhoneSchema,
  UrlSchema,
} from './common.js';
import { APPLICATION_STATUSES, CONSENT_STATUSES, WRITABLE_URL_TYPES } from './enums.js';
import {
  ApplicationSourceInputSchema,
  CountryCodeSchema,
  IdSchema,
  NonEmptyStringSchema,
  notEmpty,
} from './input-common.js';

/** An education entry. Dates are SR's free strings (`"2004"`), hence `_date`, not `_at`. */
export const EducationSchema = z.strictObject({
  institution: z.nullable(z.string()),
  degree: z.nullable(z.string()),
  major: z.nullable(z.string()),
  is_current: z.nullable(z.boolean()),
  location: z.nullable(z.string()),
  start_date: z.nullable(z.string()),
  end_date: z.nullable(z.string()),
  description: z.nullable(z.string()),
});

/** An experience entry (dates as SR gives them). */
export const ExperienceSchema = z.strictObject({
  title: z.nullable(z.string()),
  company: z.nullable(z.string()),
  is_current: z.nullable(z.boolean()),
  location: z.nullable(z.string()),
  start_date: z.nullable(z.string()),
  end_date: z.nullable(z.string()),
  description: z.nullable(z.string()),
});

/** A candidate's application as listed on the candidate: `{ id, job {id, name}, status }`. */
export const CandidateApplicationSchema = z.strictObject({
  /** Composite application id `${candidateId}:${jobId}`. */
  id: z.string(),
  job: NamedRefSchema,
  /** `null` where SR's list item does not say (secondary assignments). */
  status: z.nullable(z.enum(APPLICATION_STATUSES)),
});

/** The unified Candidate (SR `Candidate` list item or `CandidateDetails`). */
export const CandidateSchema = z.strictObject({
  ...baseModelShape,
  first_name: z.nullable(z.string()),
  last_name: z.nullable(z.string()),
  name: z.nullable(z.string()),
  emails: z.array(EmailSchema),
  phones: z.array(PhoneSchema),
  urls: z.array(UrlSchema),
  locations: z.array(CandidateLocationSchema),
  company: z.nullable(z.string()),
  title: z.nullable(z.string()),
  tags: z.array(z.strictObject({ name: z.string() })),
  education: z.array(EducationSchema),
  experience: z.array(ExperienceSchema),
  is_internal: z.nullable(z.boolean()),
  consent_status: z.nullable(z.enum(CONSENT_STATUSES)),
  remote_consent_status: z.nullable(z.string()),
  average_rating: z.nullable(z.number()),
  applications: z.array(CandidateApplicationSchema),
  custom_fields: z.array(CustomFieldSchema),
});

// ---- write inputs ----

/** A candidate location to write. */
export const CandidateLocationInputSchema = z.strictObject({
  city: z.optional(NonEmptyStringSchema),
  region: z.optional(NonEmptyStringSchema),
  region_code: z.optional(NonEmptyStringSchema),
  country: z.optional(NonEmptyStringSchema),
  country_code: z.optional(CountryCodeSchema),
});

export { WRITABLE_URL_TYPES } from './enums.js';

/** A URL to write. */
export const UrlInputSchema = z.strictObject({
  url: NonEmptyStringSchema,
  type: z.enum(WRITABLE_URL_TYPES),
});

/** URLs to write: at most one per type, since SR keeps one per `web` slot. */
export const UrlsInputSchema = z.array(UrlInputSchema).check(z.superRefine(refinements.oneUrlPerType));

/** An education entry to write: SR requires `institution` and `degree`. */
export const EducationInputSchema = z.strictObject({
  institution: NonEmptyStringSchema,
  degree: NonEmptyStringSchema,
  major: z.optional(z.string()),
  is_current: z.optional(z.boolean()),
  location: z.optional(z.string()),
  start_date: z.optional(z.string()),
  end_date: z.optional(z.string()),
  description: z.optional(z.string()),
});

/** An experience entry to write. */
export const ExperienceInputSchema = z.strictObject({
  title: z.optional(z.string()),
  company: z.optional(z.string()),
  is_current: z.optional(z.boolean()),
  location: z.optional(z.string()),
  start_date: z.optional(z.string()),
  end_date: z.optional(z.string()),
  description: z.optional(z.string()),
});

/** Personal details shared by create and update. */
const personalDetailsShape = {
  first_name: NonEmptyStringSchema,
  last_name: NonEmptyStringSchema,
  email: z.email(),
  phone: z.optional(NonEmptyStringSchema),
  location: z.optional(CandidateLocationInputSchema),
  urls: z.optional(UrlsInputSchema),
};

/** The person fields of a new candidate (shared by candidate and application create). */
export const NewCandidateInputSchema = z.strictObject({
  ...personalDetailsShape,
  tags: z.optional(z.array(NonEmptyStringSchema)),
  education: z.optional(z.array(EducationInputSchema)),
  experience: z.optional(z.array(ExperienceInputSchema)),
  is_internal: z.optional(z.boolean()),
});

/**
 * Create a candidate: in the talent pool, or onto a job with `job_id` (SR `POST /candidates` or
 * `POST /jobs/{jobId}/candidates`), attributed to `source` (SR defaults to "API" without it).
 */
export const CandidateCreateInputSchema = z.strictObject({
  ...NewCandidateInputSchema.shape,
  job_id: z.optional(IdSchema),
  source: z.optional(ApplicationSourceInputSchema),
});

/**
 * Update a candidate: personal details (SR `PATCH /candidates/{id}`, only the given fields are sent)
 * and/or `tags` (SR `PUT /candidates/{id}/tags`, replaces all tags).
 */
export const CandidateUpdateInputSchema = z
  .strictObject({
    first_name: z.optional(personalDetailsShape.first_name),
    last_name: z.optional(personalDetailsShape.last_name),
    email: z.optional(personalDetailsShape.email),
    phone: personalDetailsShape.phone,
    location: personalDetailsShape.location,
    urls: personalDetailsShape.urls,
    tags: z.optional(z.array(NonEmptyStringSchema)),
  })
  .check(notEmpty);
