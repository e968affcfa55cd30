/** SmartRecruiters job wire shapes (https://developers.smartrecruiters.com/reference/jobsall), lenient. */
import type { SrHiringTeamRole, SrJobStatus, SrPostingStatus } from '../../schemas/sr/enums.js';
import type { Open, SrActions, SrCoordinate, SrIdLabel, SrLanguage } from './common.js';

/** A job's location. `longitude`/`latitude` are strings here, unlike candidates' `lat`/`lng`. */
export interface SrJobLocation {
  country?: string | null | undefined;
  countryCode?: string | null | undefined;
  regionCode?: string | null | undefined;
  region?: string | null | undefined;
  city?: string | null | undefined;
  address?: string | null | undefined;
  postalCode?: string | null | undefined;
  longitude?: SrCoordinate | null | undefined;
  latitude?: SrCoordinate | null | undefined;
  manual?: boolean | null | undefined;
  remote?: boolean | null | undefined;
  [key: string]: unknown;
}

/** A job's department: `{ id, label, description }`. */
export interface SrDepartment {
  id: string;
  label?: string | null | undefined;
  description?: string | null | undefined;
  [key: string]: unknown;
}

/** `JobSummary`: an item of `GET /jobs`. */
export interface SrJobSummary {
  id: string;
  title?: string | null | undefined;
  refNumber?: string | null | undefined;
  createdOn?: string | null | undefined;
  updatedOn?: string | null | undefined;
  lastActivityOn?: string | null | undefined;
  department?: SrDepartment | null | undefined;
  location?: SrJobLocation | null | undefined;
  /** SR's job status; responses may also say `OTHER`. */
  status?: Open<SrJobStatus | 'OTHER'> | null | undefined;
  postingStatus?: Open<SrPostingStatus> | null | undefined;
  language?: SrLanguage | null | undefined;
  /** Links; `applyOnWeb` is the job's public page. */
  actions?: SrActions | null | undefined;
  [key: string]: unknown;
}

/** A `{ title, text }` section of a job ad. */
export interface SrJobAdSection {
  title?: string | null | undefined;
  text?: string | null | undefined;
  [key: string]: unknown;
}

/** The sections of a job ad. */
export interface SrJobAdSections {
  companyDescription?: SrJobAdSection | null | undefined;
  jobDescription?: SrJobAdSection | null | undefined;
  qualifications?: SrJobAdSection | null | undefined;
  additionalInformation?: SrJobAdSection | null | undefined;
  videos?: { urls?: string[] | null | undefined; [key: string]: unknown } | null | undefined;
  [key: string]: unknown;
}

/** A job's default job ad: `jobAd { sections {...}, language }`. */
export interface SrJobAd {
  sections?: SrJobAdSections | null | undefined;
  language?: SrLanguage | null | undefined;
  [key: string]: unknown;
}

/** A job's compensation: `{ min, max, currency }`. */
export interface SrCompensation {
  min?: number | null | undefined;
  max?: number | null | undefined;
  currency?: string | null | undefined;
  [key: string]: unknown;
}

/** A job property (job custom field): `{ id, label, value { id, label } }`. */
export interface SrJobProperty {
  id: string;
  label?: string | null | undefined;
  value?:
    | { id?: string | null | undefined; label?: string | null | undefined; [key: string]: unknown }
    | null
    | undefined;
  [key: string]: unknown;
}

/** The user who created a job. */
export interface SrJobCreator {
  id?: string | null | undefined;
  firstName?: string | null | undefined;
  lastName?: string | null | undefined;
  [key: string]: unknown;
}

/**
 * `JobDetails`: `GET /jobs/{id}` and the create/update responses. Every field but `id` is
 * optional, so list items fit it too.
 */
export interface SrJobDetails extends SrJobSummary {
  targetHiringDate?: string | null | undefined;
  industry?: SrIdLabel | null | undefined;
  function?: SrIdLabel | null | undefined;
  typeOfEmployment?: SrIdLabel | null | undefined;
  experienceLevel?: SrIdLabel | null | undefined;
  eeoCategory?: SrIdLabel | null | undefined;
  template?: boolean | null | undefined;
  creator?: SrJobCreator | null | undefined;
  compensation?: SrCompensation | null | undefined;
  jobAd?: SrJobAd | null | undefined;
  properties?: SrJobProperty[] | null | undefined;
}

/** A hiring team member: `{ id, role }`. One entry per user and role. */
export interface SrHiringTeamMember {
  /** The user's id. */
  id: string;
  role?: Open<SrHiringTeamRole> | null | undefined;
  actions?: SrActions | null | undefined;
  [key: string]: unknown;
}

// ---- write bodies ----

/** The location of a `JobInput`: `countryCode` and `city` required. */
export interface SrJobLocationInput {
  countryCode: string;
  regionCode?: string | undefined;
  address?: string | undefined;
  postalCode?: string | undefined;
  city: string;
  remote?: boolean | undefined;
  [key: string]: unknown;
}

/** A job ad section in a write body. */
export interface SrJobAdSectionInput {
  title?: string | undefined;
  text: string;
  [key: string]: unknown;
}

/** An `{ id }` reference in a write body. */
export interface SrIdRef {
  id: string;
  [key: string]: unknown;
}

/** `JobInput`: the body of `POST /jobs` (and `PUT /jobs/{jobId}`). */
export interface SrJobInput {
  title: string;
  refNumber?: string | undefined;
  targetHiringDate?: string | undefined;
  department?: SrIdRef | undefined;
  location: SrJobLocationInput;
  industry: SrIdRef;
  function: SrIdRef;
  typeOfEmployment?: SrIdRef | undefined;
  experienceLevel: SrIdRef;
  eeoCategory?: SrIdRef | undefined;
  template?: boolean | undefined;
  compensation?:
    | {
        min?: number | undefined;
        max?: number | undefined;
        currency?: string | undefined;
        [key: string]: unknown;
      }
    | undefined;
  jobAd?:
    | {
        sections?:
          | {
              companyDescription?: SrJobAdSectionInput | undefined;
              jobDescription?: SrJobAdSectionInput | undefined;
              qualifications?: SrJobAdSectionInput | undefined;
              additionalInformation?: SrJobAdSectionInput | undefined;
              [key: string]: unknown;
            }
          | undefined;
        language?: { code: string; [key: string]: unknown } | undefined;
        [key: string]: unknown;
      }
    | undefined;
  properties?: Array<{ id: string; value: SrIdRef; [key: string]: unknown }> | undefined;
  [key: string]: unknown;
}

/** `{ status }`: the body of `PUT /jobs/{id}/status`. */
export interface SrJobStatusInput {
  status: SrJobStatus;
  [key: string]: unknown;
}
