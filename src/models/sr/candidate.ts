/**
 * SmartRecruiters candidate wire shapes (https://developers.smartrecruiters.com/reference/candidatesall):
 * what SR returns (lenient: unknown keys kept, optional fields absent or `null`) and the bodies
 * the SDK sends.
 */
import type { SrApplicationStatus, SrConsentStatus } from '../../schemas/sr/enums.js';
import type { Open, SrActions, SrCoordinate, SrIdLabel } from './common.js';

/** A candidate's location: numeric `lat`/`lng`. */
export interface SrCandidateLocation {
  country?: string | null | undefined;
  countryCode?: string | null | undefined;
  regionCode?: string | null | undefined;
  region?: string | null | undefined;
  city?: string | null | undefined;
  lat?: SrCoordinate | null | undefined;
  lng?: SrCoordinate | null | undefined;
  [key: string]: unknown;
}

/** The job an assignment points at: `{ id, title, actions }`. */
export interface SrAssignmentJob {
  id: string;
  title?: string | null | undefined;
  actions?: SrActions | null | undefined;
  [key: string]: unknown;
}

/** An application seen from the candidate (`primaryAssignment`, `secondaryAssignments[]`). */
export interface SrAssignment {
  job?: SrAssignmentJob | null | undefined;
  status?: Open<SrApplicationStatus> | null | undefined;
  /** The hiring-process step within `status`. */
  subStatus?: string | null | undefined;
  /** Start date of a hire. */
  startsOn?: string | null | undefined;
  source?: string | null | undefined;
  reasonOfRejection?: SrIdLabel | null | undefined;
  reasonOfWithdrawal?: SrIdLabel | null | undefined;
  /** Links; `sourceDetails` names the application's source. */
  actions?: SrActions | null | undefined;
  [key: string]: unknown;
}

/** An education entry; dates are free strings such as `"2004"`. */
export interface SrEducation {
  institution?: string | null | undefined;
  degree?: string | null | undefined;
  major?: string | null | undefined;
  current?: boolean | null | undefined;
  location?: string | null | undefined;
  startDate?: string | null | undefined;
  endDate?: string | null | undefined;
  description?: string | null | undefined;
  [key: string]: unknown;
}

/** An experience entry. */
export interface SrExperience {
  title?: string | null | undefined;
  company?: string | null | undefined;
  current?: boolean | null | undefined;
  startDate?: string | null | undefined;
  endDate?: string | null | undefined;
  location?: string | null | undefined;
  description?: string | null | undefined;
  [key: string]: unknown;
}

/** A candidate's web profiles: `web { skype, linkedin, facebook, twitter, website }`. */
export interface SrWeb {
  skype?: string | null | undefined;
  linkedin?: string | null | undefined;
  facebook?: string | null | undefined;
  twitter?: string | null | undefined;
  website?: string | null | undefined;
  [key: string]: unknown;
}

/** `consent { status }` on candidate list items. */
export interface SrCandidateConsent {
  status?: Open<SrConsentStatus> | null | undefined;
  [key: string]: unknown;
}

/** `Candidate`: an item of `GET /candidates`. Partial compared to the details. */
export interface SrCandidate {
  /** SmartRecruiters' id of the candidate. */
  id: string;
  /** Whether the candidate is an employee. */
  internal?: boolean | null | undefined;
  /** First name. */
  firstName?: string | null | undefined;
  /** Last name. */
  lastName?: string | null | undefined;
  /** Email address. */
  email?: string | null | undefined;
  /** When the candidate was created (ISO-8601). */
  createdOn?: string | null | undefined;
  /** When the candidate was last updated (ISO-8601). */
  updatedOn?: string | null | undefined;
  /** Where the candidate is. */
  location?: SrCandidateLocation | null | undefined;
  /** The average of the candidate's ratings. */
  averageRating?: number | null | undefined;
  /** The candidate's tags. */
  tags?: string[] | null | undefined;
  /** GDPR consent (list items only). */
  consent?: SrCandidateConsent | null | undefined;
  /** The candidate's main application. */
  primaryAssignment?: SrAssignment | null | undefined;
  /** The candidate's other applications. */
  secondaryAssignments?: SrAssignment[] | null | undefined;
  /** Links to the candidate's details and related records. */
  actions?: SrActions | null | undefined;
  [key: string]: unknown;
}

/**
 * `CandidateDetails`: `GET /candidates/{id}` and the create/update responses. Every field but `id`
 * is optional, so list items fit it too.
 */
export interface SrCandidateDetails extends SrCandidate {
  /** Phone number. */
  phoneNumber?: string | null | undefined;
  /** Web profiles. */
  web?: SrWeb | null | undefined;
  /** Education entries. */
  education?: SrEducation[] | null | undefined;
  /** Experience entries. */
  experience?: SrExperience[] | null | undefined;
}

// ---- write bodies (what the SDK sends) ----

/** `CandidateLocation` in a write body. */
export interface SrCandidateLocationInput {
  country?: string | undefined;
  countryCode?: string | undefined;
  regionCode?: string | undefined;
  region?: string | undefined;
  city?: string | undefined;
  [key: string]: unknown;
}

/** Web profiles in a write body. */
export interface SrWebInput {
  skype?: string | undefined;
  linkedin?: string | undefined;
  facebook?: string | undefined;
  twitter?: string | undefined;
  website?: string | undefined;
  [key: string]: unknown;
}

/** An education entry in `CandidateInput`: `institution` and `degree` required. */
export interface SrEducationInput {
  institution: string;
  degree: string;
  major?: string | undefined;
  current?: boolean | undefined;
  location?: string | undefined;
  startDate?: string | undefined;
  endDate?: string | undefined;
  description?: string | undefined;
  [key: string]: unknown;
}

/** An experience entry in `CandidateInput` (nothing required). */
export interface SrExperienceInput {
  title?: string | undefined;
  company?: string | undefined;
  current?: boolean | undefined;
  location?: string | undefined;
  startDate?: string | undefined;
  endDate?: string | undefined;
  description?: string | undefined;
  [key: string]: unknown;
}

/** Source attribution as SR takes it: `SourceDetails {sourceTypeId*, sourceSubTypeId, sourceId*}`. */
export interface SrSourceDetails {
  sourceTypeId: string;
  sourceSubTypeId?: string | undefined;
  sourceId: string;
  [key: string]: unknown;
}

/** `CandidateInput`: the body of `POST /candidates` and `POST /jobs/{jobId}/candidates`. */
export interface SrCandidateInput {
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber?: string | undefined;
  location?: SrCandidateLocationInput | undefined;
  web?: SrWebInput | undefined;
  tags?: string[] | undefined;
  education?: SrEducationInput[] | undefined;
  experience?: SrExperienceInput[] | undefined;
  sourceDetails?: SrSourceDetails | undefined;
  internal?: boolean | undefined;
  [key: string]: unknown;
}

/** `PersonalDetails`: the plain partial JSON body of `PATCH /candidates/{id}`. */
export interface SrPersonalDetails {
  firstName?: string | undefined;
  lastName?: string | undefined;
  email?: string | undefined;
  phoneNumber?: string | undefined;
  location?: SrCandidateLocationInput | undefined;
  web?: SrWebInput | undefined;
  [key: string]: unknown;
}

/** `{ tags: [...] }`: the body of `PUT`/`POST /candidates/{id}/tags`. */
export interface SrCandidateTags {
  tags: string[];
  [key: string]: unknown;
}
