/** SmartRecruiters job wire shapes, lenient. */
import * as z from '../zod.js';

export type {
  SrCompensation,
  SrDepartment,
  SrHiringTeamMember,
  SrIdRef,
  SrJobAd,
  SrJobAdSection,
  SrJobAdSectionInput,
  SrJobAdSections,
  SrJobCreator,
  SrJobDetails,
  SrJobInput,
  SrJobLocation,
  SrJobLocationInput,
  SrJobProperty,
  SrJobStatusInput,
  SrJobSummary,
} from '../../models/sr/job.js';

import { SrCoordinateSchema, SrIdLabelSchema, SrLanguageSchema, srActions, srEnum } from './common.js';
import { SR_HIRING_TEAM_ROLES, SR_JOB_STATUSES, SR_POSTING_STATUSES } from './enums.js';

export {
  SR_HIRING_TEAM_ROLES,
  SR_JOB_STATUSES,
  SR_POSTING_STATUSES,
  type SrHiringTeamRole,
  type SrJobStatus,
  type SrPostingStatus,
} from './enums.js';

/** Job location. `longitude`/`latitude` are strings here, unlike candidates' `lat`/`lng`. */
export const SrJobLocationSchema = z.looseObject({
  country: z.nullish(z.string()),
  countryCode: z.nullish(z.string()),
  regionCode: z.nullish(z.string()),
  region: z.nullish(z.string()),
  city: z.nullish(z.string()),
  address: z.nullish(z.string()),
  postalCode: z.nullish(z.string()),
  longitude: z.nullish(SrCoordinateSchema),
  latitude: z.nullish(SrCoordinateSchema),
  manual: z.nullish(z.boolean()),
  remote: z.nullish(z.boolean()),
});

/** `department {id, label, description}`. */
export const SrDepartmentSchema = z.looseObject({
  id: z.string(),
  label: z.nullish(z.string()),
  description: z.nullish(z.string()),
});

/** `JobSummary`: an item of `GET /jobs`. */
export const SrJobSummarySchema = z.looseObject({
  id: z.string(),
  title: z.nullish(z.string()),
  refNumber: z.nullish(z.string()),
  createdOn: z.nullish(z.string()),
  updatedOn: z.nullish(z.string()),
  lastActivityOn: z.nullish(z.string()),
  department: z.nullish(SrDepartmentSchema),
  location: z.nullish(SrJobLocationSchema),
  status: z.nullish(srEnum([...SR_JOB_STATUSES, 'OTHER'] as const)),
  postingStatus: z.nullish(srEnum(SR_POSTING_STATUSES)),
  language: z.nullish(SrLanguageSchema),
  actions: srActions('applyOnWeb'),
});

/** `{title, text}` section of a job ad. */
export const SrJobAdSectionSchema = z.looseObject({
  title: z.nullish(z.string()),
  text: z.nullish(z.string()),
});

/** `jobAd {sections {...}, language}`. */
export const SrJobAdSchema = z.looseObject({
  sections: z.nullish(
    z.looseObject({
      companyDescription: z.nullish(SrJobAdSectionSchema),
      jobDescription: z.nullish(SrJobAdSectionSchema),
      qualifications: z.nullish(SrJobAdSectionSchema),
      additionalInformation: z.nullish(SrJobAdSectionSchema),
      videos: z.nullish(z.looseObject({ urls: z.nullish(z.array(z.string())) })),
    }),
  ),
  language: z.nullish(SrLanguageSchema),
});

/** `compensation {min, max, currency}`. */
export const SrCompensationSchema = z.looseObject({
  min: z.nullish(z.number()),
  max: z.nullish(z.number()),
  currency: z.nullish(z.string()),
});

/** A job property (job custom field): `{id, label, value {id, label}}`. */
export const SrJobPropertySchema = z.looseObject({
  id: z.string(),
  label: z.nullish(z.string()),
  value: z.nullish(
    z.looseObject({
      id: z.nullish(z.string()),
      label: z.nullish(z.string()),
    }),
  ),
});

/** `JobDetails`: `GET /jobs/{id}` and the create/update responses. */
export const SrJobDetailsSchema = z.extend(SrJobSummarySchema, {
  targetHiringDate: z.nullish(z.string()),
  industry: z.nullish(SrIdLabelSchema),
  function: z.nullish(SrIdLabelSchema),
  typeOfEmployment: z.nullish(SrIdLabelSchema),
  experienceLevel: z.nullish(SrIdLabelSchema),
  eeoCategory: z.nullish(SrIdLabelSchema),
  template: z.nullish(z.boolean()),
  creator: z.nullish(
    z.looseObject({
      id: z.nullish(z.string()),
      firstName: z.nullish(z.string()),
      lastName: z.nullish(z.string()),
    }),
  ),
  compensation: z.nullish(SrCompensationSchema),
  jobAd: z.nullish(SrJobAdSchema),
  properties: z.nullish(z.array(SrJobPropertySchema)),
});

/** A hiring team member: `{id, role}`. One entry per user and role. */
export const SrHiringTeamMemberSchema = z.looseObject({
  id: z.string(),
  role: z.nullish(srEnum(SR_HIRING_TEAM_ROLES)),
  actions: srActions(),
});

// ---- write bodies ----

const SrIdRefSchema = z.looseObject({ id: z.string() });

/** Location of a `JobInput`: `countryCode` and `city` required. */
export const SrJobLocationInputSchema = z.looseObject({
  countryCode: z.string(),
  regionCode: z.optional(z.string()),
  address: z.optional(z.string()),
  postalCode: z.optional(z.string()),
  city: z.string(),
  remote: z.optional(z.boolean()),
});

/** A job ad section in a write body (SR's `JobAdSection`: `title`, `text`, neither required). */
export const SrJobAdSectionInputSchema = z.looseObject({
  title: z.optional(z.string()),
  text: z.optional(z.string()),
});

/** `JobInput`: body of `POST /jobs`. */
export const SrJobInputSchema = z.looseObject({
  title: z.string(),
  refNumber: z.optional(z.string()),
  targetHiringDate: z.optional(z.string()),
  department: z.optional(SrIdRefSchema),
  location: SrJobLocationInputSchema,
  industry: SrIdRefSchema,
  function: SrIdRefSchema,
  typeOfEmployment: z.optional(SrIdRefSchema),
  experienceLevel: SrIdRefSchema,
  eeoCategory: z.optional(SrIdRefSchema),
  template: z.optional(z.boolean()),
  compensation: z.optional(
    z.looseObject({
      min: z.optional(z.number()),
      max: z.optional(z.number()),
      currency: z.optional(z.string()),
    }),
  ),
  jobAd: z.optional(
    z.looseObject({
      sections: z.optional(
        z.looseObject({
          companyDescription: z.optional(SrJobAdSectionInputSchema),
          jobDescription: z.optional(SrJobAdSectionInputSchema),
          qualifications: z.optional(SrJobAdSectionInputSchema),
          additionalInformation: z.optional(SrJobAdSectionInputSchema),
        }),
      ),
      language: z.optional(z.looseObject({ code: z.string() })),
    }),
  ),
  // SR's `JobPropertyValue`: `id` (a value of a select property) or `label` (free text).
  properties: z.optional(
    z.array(
      z.looseObject({
        id: z.string(),
        value: z.looseObject({ id: z.optional(z.string()), label: z.optional(z.string()) }),
      }),
    ),
  ),
});

/** `{ status }`: body of `PUT /jobs/{id}/status`. */
export const SrJobStatusInputSchema = z.looseObject({ status: z.enum(SR_JOB_STATUSES) });

/** A hiring team (`GET /jobs/{jobId}/hiring-team`), as the mappers read it. */
export const SrHiringTeamSchema = z.array(SrHiringTeamMemberSchema);
