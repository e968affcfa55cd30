/**
 * SmartRecruiters candidate wire shapes (https://developers.smartrecruiters.com/reference/candidatesall):
 * what SR returns (lenient: unknown keys kept, optional fields absent or `null`) and the bodies
 * the SDK sends.
 */
import type { SrApplicationStatus, SrConsentStatus } from '../../schemas/sr/enums.js';
import type { Open, SrActions, SrCoordinate, SrIdLabel } from './common.js';

/** A candidate's location: numeric `lat`/`lng`. */
export interface SrCandidateLocation {
  /** Country. */
  country?: string | null | undefined;
  /** Country code. */
  countryCode?: string | null | undefined;
  /** Region code; SmartRecruiters advises it for the United States only. */
  regionCode?: string | null | undefined;
  /** Region (state, province...). */
  region?: string | null | undefined;
  /** City. */
  city?: string | null | undefined;
  /** Latitude. */
  lat?: SrCoordinate | null | undefined;
  /** Longitude. */
  lng?: SrCoordinate | null | undefined;
  [key: string]: unknown;
}

/** The job an assignment points at: `{ id, title, actions }`. */
export interface SrAssignmentJob {
  /** The job's id. */
  id: string;
  /** The job's title. */
  title?: string | null | undefined;
  /** Links to the job. */
  actions?: SrActions | null | undefined;
  [key: string]: unknown;
}

/** An application seen from the candidate (`primaryAssignment`, `secondaryAssignments[]`). */
export interface SrAssignment {
  /** The job applied to. */
  job?: SrAssignmentJob | null | undefined;
  /** The application status. */
  status?: Open<SrApplicationStatus> | null | undefined;
  /** The hiring-process step within `status`. */
  subStatus?: string | null | undefined;
  /** Start date of a hire. */
  startsOn?: string | null | undefined;
  /** The application's source. */
  source?: string | null | undefined;
  /** Why the candidate was rejected. */
  reasonOfRejection?: SrIdLabel | null | undefined;
  /** Why the candidate withdrew. */
  reasonOfWithdrawal?: SrIdLabel | null | undefined;
  /** Links; `sourceDetails` names the application's source. */
  actions?: SrActions | null | undefined;
  [key: string]: unknown;
}

/** An education entry; dates are free strings such as `"2004"`. */
export interface SrEducation {
  /** School or university. */
  institution?: string | null | undefined;
  /** Degree. */
  degree?: string | null | undefined;
  /** Major (field of study). */
  major?: string | null | undefined;
  /** Whether the candidate studies there now. */
  current?: boolean | null | undefined;
  /** Where the institution is. */
  location?: string | null | undefined;
  /** Start date: `YYYY`, `YYYY-MM` or `YYYY-MM-dd` (e.g. `"2016"`, `"2016-11"`, `"2016-11-29"`). */
  startDate?: string | null | undefined;
  /** End date: `YYYY`, `YYYY-MM` or `YYYY-MM-dd` (e.g. `"2016"`, `"2016-11"`, `"2016-11-29"`). */
  endDate?: string | null | undefined;
  /** Free-text description. */
  description?: string | null | undefined;
  [key: string]: unknown;
}

/** An experience entry. */
export interface SrExperience {
  /** Job title. */
  title?: string | null | undefined;
  /** Employer. */
  company?: string | null | undefined;
  /** Whether the candidate holds the job now. */
  current?: boolean | null | undefined;
  /** Start date: `YYYY`, `YYYY-MM` or `YYYY-MM-dd` (e.g. `"2016"`, `"2016-11"`, `"2016-11-29"`). */
  startDate?: string | null | undefined;
  /** End date: `YYYY`, `YYYY-MM` or `YYYY-MM-dd` (e.g. `"2016"`, `"2016-11"`, `"2016-11-29"`). */
  endDate?: string | null | undefined;
  /** Where the job is. */
  location?: string | null | undefined;
  /** Free-text description. */
  description?: string | null | undefined;
  [key: string]: unknown;
}

/** A candidate's web profiles: `web { skype, linkedin, facebook, twitter, website }`. */
export interface SrWeb {
  /** Skype name. */
  skype?: string | null | undefined;
  /** LinkedIn profile. */
  linkedin?: string | null | undefined;
  /** Facebook profile. */
  facebook?: string | null | undefined;
  /** Twitter profile. */
  twitter?: string | null | undefined;
  /** Website. */
  website?: string | null | undefined;
  [key: string]: unknown;
}

/** `consent { status }` on candidate list items. */
export interface SrCandidateConsent {
  /** `REQUIRED` (not asked yet), `PENDING` (asked) or `ACQUIRED` (consent given). */
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
  /** Country. */
  country?: string | undefined;
  /** Country code. */
  countryCode?: string | undefined;
  /** Region code; SmartRecruiters advises it for the United States only. */
  regionCode?: string | undefined;
  /** Region (state, province...). */
  region?: string | undefined;
  /** City. */
  city?: string | undefined;
  [key: string]: unknown;
}

/** Web profiles in a write body. */
export interface SrWebInput {
  /** Skype name. */
  skype?: string | undefined;
  /** LinkedIn profile. */
  linkedin?: string | undefined;
  /** Facebook profile. */
  facebook?: string | undefined;
  /** Twitter profile. */
  twitter?: string | undefined;
  /** Website. */
  website?: string | undefined;
  [key: string]: unknown;
}

/** An education entry in `CandidateInput`: `institution` and `degree` required. */
export interface SrEducationInput {
  /** School or university. */
  institution: string;
  /** Degree. */
  degree: string;
  /** Major (field of study). */
  major?: string | undefined;
  /** Whether the candidate studies there now. */
  current?: boolean | undefined;
  /** Where the institution is. */
  location?: string | undefined;
  /** Start date: `YYYY`, `YYYY-MM` or `YYYY-MM-dd` (e.g. `"2016"`, `"2016-11"`, `"2016-11-29"`). */
  startDate?: string | undefined;
  /** End date: `YYYY`, `YYYY-MM` or `YYYY-MM-dd` (e.g. `"2016"`, `"2016-11"`, `"2016-11-29"`). */
  endDate?: string | undefined;
  /** Free-text description. */
  description?: string | undefined;
  [key: string]: unknown;
}

/** An experience entry in `CandidateInput` (nothing required). */
export interface SrExperienceInput {
  /** Job title. */
  title?: string | undefined;
  /** Employer. */
  company?: string | undefined;
  /** Whether the candidate holds the job now. */
  current?: boolean | undefined;
  /** Where the job is. */
  location?: string | undefined;
  /** Start date: `YYYY`, `YYYY-MM` or `YYYY-MM-dd` (e.g. `"2016"`, `"2016-11"`, `"2016-11-29"`). */
  startDate?: string | undefined;
  /** End date: `YYYY`, `YYYY-MM` or `YYYY-MM-dd` (e.g. `"2016"`, `"2016-11"`, `"2016-11-29"`). */
  endDate?: string | undefined;
  /** Free-text description. */
  description?: string | undefined;
  [key: string]: unknown;
}

/** Source attribution as SR takes it: `SourceDetails {sourceTypeId*, sourceSubTypeId, sourceId*}`. */
export interface SrSourceDetails {
  /** Source type id, from `GET /configuration/sources`. */
  sourceTypeId: string;
  /** Source sub-type id, from `GET /configuration/sources`. */
  sourceSubTypeId?: string | undefined;
  /** Source id, from `GET /configuration/sources/{sourceType}/values`. */
  sourceId: string;
  [key: string]: unknown;
}

/** `CandidateInput`: the body of `POST /candidates` and `POST /jobs/{jobId}/candidates`. */
export interface SrCandidateInput {
  /** First name. */
  firstName: string;
  /** Last name. */
  lastName: string;
  /** Email address. */
  email: string;
  /** Phone number. */
  phoneNumber?: string | undefined;
  /** Where the candidate is. */
  location?: SrCandidateLocationInput | undefined;
  /** Web profiles. */
  web?: SrWebInput | undefined;
  /** Tags. */
  tags?: string[] | undefined;
  /** Education entries. */
  education?: SrEducationInput[] | undefined;
  /** Experience entries. */
  experience?: SrExperienceInput[] | undefined;
  /** Where the candidate comes from. */
  sourceDetails?: SrSourceDetails | undefined;
  /** Whether the candidate is an employee. */
  internal?: boolean | undefined;
  [key: string]: unknown;
}

/** `PersonalDetails`: the plain partial JSON body of `PATCH /candidates/{id}`. */
export interface SrPersonalDetails {
  /** First name. */
  firstName?: string | undefined;
  /** Last name. */
  lastName?: string | undefined;
  /** Email address. */
  email?: string | undefined;
  /** Phone number. */
  phoneNumber?: string | undefined;
  /** Where the candidate is. */
  location?: SrCandidateLocationInput | undefined;
  /** Web profiles. */
  web?: SrWebInput | undefined;
  [key: string]: unknown;
}

/** `{ tags: [...] }`: the body of `PUT`/`POST /candidates/{id}/tags`. */
export interface SrCandidateTags {
  /** The tags. */
  tags: string[];
  [key: string]: unknown;
}
