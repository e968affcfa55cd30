/**
 * SmartRecruiters candidate wire shapes, lenient: unknown keys are kept,
 * optional fields may be absent or `null`.
 */
import * as z from '../zod.js';

export type {
  SrAssignment,
  SrAssignmentJob,
  SrCandidate,
  SrCandidateConsent,
  SrCandidateDetails,
  SrCandidateInput,
  SrCandidateLocation,
  SrCandidateLocationInput,
  SrCandidateTags,
  SrEducation,
  SrEducationInput,
  SrExperience,
  SrExperienceInput,
  SrPersonalDetails,
  SrSourceDetails,
  SrWeb,
  SrWebInput,
} from '../../models/sr/candidate.js';

import { SrCoordinateSchema, SrIdLabelSchema, srActions, srEnum } from './common.js';
import { SR_APPLICATION_STATUSES, SR_CONSENT_STATUSES } from './enums.js';

export {
  SR_APPLICATION_STATUSES,
  SR_CONSENT_STATUSES,
  type SrApplicationStatus,
  type SrConsentStatus,
} from './enums.js';

/** Candidate location: numeric `lat`/`lng`. */
export const SrCandidateLocationSchema = z.looseObject({
  country: z.nullish(z.string()),
  countryCode: z.nullish(z.string()),
  regionCode: z.nullish(z.string()),
  region: z.nullish(z.string()),
  city: z.nullish(z.string()),
  lat: z.nullish(SrCoordinateSchema),
  lng: z.nullish(SrCoordinateSchema),
});

/** The job an assignment points at: `{ id, title, actions }`. */
export const SrAssignmentJobSchema = z.looseObject({
  id: z.string(),
  title: z.nullish(z.string()),
  actions: srActions(),
});

/** An application seen from the candidate (`primaryAssignment`, `secondaryAssignments[]`). */
export const SrAssignmentSchema = z.looseObject({
  job: z.nullish(SrAssignmentJobSchema),
  status: z.nullish(srEnum(SR_APPLICATION_STATUSES)),
  subStatus: z.nullish(z.string()),
  startsOn: z.nullish(z.string()),
  source: z.nullish(z.string()),
  reasonOfRejection: z.nullish(SrIdLabelSchema),
  reasonOfWithdrawal: z.nullish(SrIdLabelSchema),
  actions: srActions('sourceDetails'),
});

/** Education entry; dates are free strings such as `"2004"`. */
export const SrEducationSchema = z.looseObject({
  institution: z.nullish(z.string()),
  degree: z.nullish(z.string()),
  major: z.nullish(z.string()),
  current: z.nullish(z.boolean()),
  location: z.nullish(z.string()),
  startDate: z.nullish(z.string()),
  endDate: z.nullish(z.string()),
  description: z.nullish(z.string()),
});

/** Experience entry. */
export const SrExperienceSchema = z.looseObject({
  title: z.nullish(z.string()),
  company: z.nullish(z.string()),
  current: z.nullish(z.boolean()),
  startDate: z.nullish(z.string()),
  endDate: z.nullish(z.string()),
  location: z.nullish(z.string()),
  description: z.nullish(z.string()),
});

/** `web { skype, linkedin, facebook, twitter, website }`. */
export const SrWebSchema = z.looseObject({
  skype: z.nullish(z.string()),
  linkedin: z.nullish(z.string()),
  facebook: z.nullish(z.string()),
  twitter: z.nullish(z.string()),
  website: z.nullish(z.string()),
});

/** `consent { status }` on candidate list items. */
export const SrConsentSchema = z.looseObject({
  status: z.nullish(srEnum(SR_CONSENT_STATUSES)),
});

/** `Candidate`: an item of `GET /candidates`. Partial compared to the details. */
export const SrCandidateSchema = z.looseObject({
  id: z.string(),
  internal: z.nullish(z.boolean()),
  firstName: z.nullish(z.string()),
  lastName: z.nullish(z.string()),
  email: z.nullish(z.string()),
  createdOn: z.nullish(z.string()),
  updatedOn: z.nullish(z.string()),
  location: z.nullish(SrCandidateLocationSchema),
  averageRating: z.nullish(z.number()),
  tags: z.nullish(z.array(z.string())),
  consent: z.nullish(SrConsentSchema),
  primaryAssignment: z.nullish(SrAssignmentSchema),
  secondaryAssignments: z.nullish(z.array(SrAssignmentSchema)),
  actions: srActions(),
});

/**
 * `CandidateDetails`: `GET /candidates/{id}` and the create/update responses. A superset of
 * the list item (it also accepts `consent`), so it reads either shape.
 */
export const SrCandidateDetailsSchema = z.extend(SrCandidateSchema, {
  phoneNumber: z.nullish(z.string()),
  web: z.nullish(SrWebSchema),
  education: z.nullish(z.array(SrEducationSchema)),
  experience: z.nullish(z.array(SrExperienceSchema)),
});

// ---- write bodies (what the SDK sends) ----

/** `CandidateLocation` in a write body. */
export const SrCandidateLocationInputSchema = z.looseObject({
  country: z.optional(z.string()),
  countryCode: z.optional(z.string()),
  regionCode: z.optional(z.string()),
  region: z.optional(z.string()),
  city: z.optional(z.string()),
});

/** `web` in a write body. */
export const SrWebInputSchema = z.looseObject({
  skype: z.optional(z.string()),
  linkedin: z.optional(z.string()),
  facebook: z.optional(z.string()),
  twitter: z.optional(z.string()),
  website: z.optional(z.string()),
});

/** Education in `CandidateInput`: `institution` and `degree` required. */
export const SrEducationInputSchema = z.looseObject({
  institution: z.string(),
  degree: z.string(),
  major: z.optional(z.string()),
  current: z.optional(z.boolean()),
  location: z.optional(z.string()),
  startDate: z.optional(z.string()),
  endDate: z.optional(z.string()),
  description: z.optional(z.string()),
});

/** Experience in `CandidateInput` (nothing required). */
export const SrExperienceInputSchema = z.looseObject({
  title: z.optional(z.string()),
  company: z.optional(z.string()),
  current: z.optional(z.boolean()),
  location: z.optional(z.string()),
  startDate: z.optional(z.string()),
  endDate: z.optional(z.string()),
  description: z.optional(z.string()),
});

/** `SourceDetails {sourceTypeId*, sourceSubTypeId, sourceId*}`. */
export const SrSourceDetailsSchema = z.looseObject({
  sourceTypeId: z.string(),
  sourceSubTypeId: z.optional(z.string()),
  sourceId: z.string(),
});

/** `CandidateInput`: `POST /candidates`, `POST /jobs/{jobId}/candidates`. */
export const SrCandidateInputSchema = z.looseObject({
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phoneNumber: z.optional(z.string()),
  location: z.optional(SrCandidateLocationInputSchema),
  web: z.optional(SrWebInputSchema),
  tags: z.optional(z.array(z.string())),
  education: z.optional(z.array(SrEducationInputSchema)),
  experience: z.optional(z.array(SrExperienceInputSchema)),
  sourceDetails: z.optional(SrSourceDetailsSchema),
  internal: z.optional(z.boolean()),
});

/** `PersonalDetails`: the plain partial JSON body of `PATCH /candidates/{id}`. */
export const SrPersonalDetailsSchema = z.looseObject({
  firstName: z.optional(z.string()),
  lastName: z.optional(z.string()),
  email: z.optional(z.string()),
  phoneNumber: z.optional(z.string()),
  location: z.optional(SrCandidateLocationInputSchema),
  web: z.optional(SrWebInputSchema),
});

/** `{ tags: [...] }`: body of the candidate tags endpoints. */
export const SrCandidateTagsSchema = z.looseObject({ tags: z.array(z.string()) });
