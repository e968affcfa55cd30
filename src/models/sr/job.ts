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
  /** SmartRecruiters' id of the job. */
  id: string;
  /** The job title. */
  title?: string | null | undefined;
  /** The company's reference number of the job. */
  refNumber?: string | null | undefined;
  /** When the job was created (ISO-8601). */
  createdOn?: string | null | undefined;
  /** When the job was last updated (ISO-8601). */
  updatedOn?: string | null | undefined;
  /** When something last happened on the job (ISO-8601). */
  lastActivityOn?: string | null | undefined;
  /** The job's department. */
  department?: SrDepartment | null | undefined;
  /** Where the job is. */
  location?: SrJobLocation | null | undefined;
  /** SR's job status; responses may also say `OTHER`. */
  status?: Open<SrJobStatus | 'OTHER'> | null | undefined;
  /** Where the job is published. */
  postingStatus?: Open<SrPostingStatus> | null | undefined;
  /** The language of the job's default ad. */
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
  /** When the company wants the position filled. */
  targetHiringDate?: string | null | undefined;
  /** The job's industry. */
  industry?: SrIdLabel | null | undefined;
  /** The job function. */
  function?: SrIdLabel | null | undefined;
  /** Full-time, part-time... */
  typeOfEmployment?: SrIdLabel | null | undefined;
  /** The experience level asked for. */
  experienceLevel?: SrIdLabel | null | undefined;
  /** EEO category (US). */
  eeoCategory?: SrIdLabel | null | undefined;
  /** Whether the job is a template. */
  template?: boolean | null | undefined;
  /** Who created the job. */
  creator?: SrJobCreator | null | undefined;
  /** The compensation range. */
  compensation?: SrCompensation | null | undefined;
  /** The job's default job ad. */
  jobAd?: SrJobAd | null | undefined;
  /** Job properties (custom fields). */
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

/** A job ad section in a write body (SR's `JobAdSection`: `title`, `text`, neither required). */
export interface SrJobAdSectionInput {
  title?: string | undefined;
  text?: string | undefined;
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
  /** Job property values: a select property's value `id`, or a free-text `label`. */
  properties?:
    | Array<{
        id: string;
        value: { id?: string | undefined; label?: string | undefined; [key: string]: unknown };
        [key: string]: unknown;
      }>
    | undefined;
  [key: string]: unknown;
}

/** `{ status }`: the body of `PUT /jobs/{id}/status`. */
export interface SrJobStatusInput {
  status: SrJobStatus;
  [key: string]: unknown;
}
