/** SmartRecruiters job wire shapes (https://developers.smartrecruiters.com/reference/jobsall), lenient. */
import type { SrHiringTeamRole, SrJobStatus, SrPostingStatus } from '../../schemas/sr/enums.js';
import type { Open, SrActions, SrCoordinate, SrIdLabel, SrLanguage } from './common.js';

/** A job's location. `longitude`/`latitude` are strings here, unlike candidates' `lat`/`lng`. */
export interface SrJobLocation {
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
  /** Street address. */
  address?: string | null | undefined;
  /** Postal code. */
  postalCode?: string | null | undefined;
  /** Longitude. */
  longitude?: SrCoordinate | null | undefined;
  /** Latitude. */
  latitude?: SrCoordinate | null | undefined;
  manual?: boolean | null | undefined;
  /** Whether employees can work remotely. */
  remote?: boolean | null | undefined;
  [key: string]: unknown;
}

/** A job's department: `{ id, label, description }`. */
export interface SrDepartment {
  /** The department's id. */
  id: string;
  /** The department's label. */
  label?: string | null | undefined;
  /** The department's description. */
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
  /** The section's title. */
  title?: string | null | undefined;
  /** The section's text. */
  text?: string | null | undefined;
  [key: string]: unknown;
}

/** The sections of a job ad. */
export interface SrJobAdSections {
  /** About the company. */
  companyDescription?: SrJobAdSection | null | undefined;
  /** The job description. */
  jobDescription?: SrJobAdSection | null | undefined;
  /** The qualifications asked for. */
  qualifications?: SrJobAdSection | null | undefined;
  /** Additional information. */
  additionalInformation?: SrJobAdSection | null | undefined;
  /** Videos. */
  videos?:
    | {
        /** The videos' URLs. */
        urls?: string[] | null | undefined;
        [key: string]: unknown;
      }
    | null
    | undefined;
  [key: string]: unknown;
}

/** A job's default job ad: `jobAd { sections {...}, language }`. */
export interface SrJobAd {
  /** The job ad's sections. */
  sections?: SrJobAdSections | null | undefined;
  /** The job ad's language. */
  language?: SrLanguage | null | undefined;
  [key: string]: unknown;
}

/** A job's compensation: `{ min, max, currency }`. */
export interface SrCompensation {
  /** Lower bound. */
  min?: number | null | undefined;
  /** Upper bound. */
  max?: number | null | undefined;
  /** Currency code. */
  currency?: string | null | undefined;
  [key: string]: unknown;
}

/** A job property (job custom field): `{ id, label, value { id, label } }`. */
export interface SrJobProperty {
  /** The property's id. */
  id: string;
  /** The property's label. */
  label?: string | null | undefined;
  /** The property's value. */
  value?:
    | {
        /** The value's id. */
        id?: string | null | undefined;
        /** The value's label. */
        label?: string | null | undefined;
        [key: string]: unknown;
      }
    | null
    | undefined;
  [key: string]: unknown;
}

/** The user who created a job. */
export interface SrJobCreator {
  /** The user's id. */
  id?: string | null | undefined;
  /** First name. */
  firstName?: string | null | undefined;
  /** Last name. */
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
  /** The member's role in the hiring team. */
  role?: Open<SrHiringTeamRole> | null | undefined;
  /** Links to related records. */
  actions?: SrActions | null | undefined;
  [key: string]: unknown;
}

// ---- write bodies ----

/** The location of a `JobInput`: `countryCode` and `city` required. */
export interface SrJobLocationInput {
  /** Country code. */
  countryCode: string;
  /** Region code; SmartRecruiters advises it for the United States only. */
  regionCode?: string | undefined;
  /** Street address. */
  address?: string | undefined;
  /** Postal code. */
  postalCode?: string | undefined;
  /** City. */
  city: string;
  /** Whether employees can work remotely. */
  remote?: boolean | undefined;
  [key: string]: unknown;
}

/** A job ad section in a write body (SR's `JobAdSection`: `title`, `text`, neither required). */
export interface SrJobAdSectionInput {
  /** The section's title. */
  title?: string | undefined;
  /** The section's text. */
  text?: string | undefined;
  [key: string]: unknown;
}

/** An `{ id }` reference in a write body. */
export interface SrIdRef {
  /** The referenced record's id. */
  id: string;
  [key: string]: unknown;
}

/** `JobInput`: the body of `POST /jobs` (and `PUT /jobs/{jobId}`). */
export interface SrJobInput {
  /** The job title. */
  title: string;
  /** The company's own reference number for the job. */
  refNumber?: string | undefined;
  /** When the company wants the position filled. */
  targetHiringDate?: string | undefined;
  /** The department. */
  department?: SrIdRef | undefined;
  /** Where the job is. */
  location: SrJobLocationInput;
  /** The job's industry. */
  industry: SrIdRef;
  /** The job function. */
  function: SrIdRef;
  /** Full-time, part-time... */
  typeOfEmployment?: SrIdRef | undefined;
  /** The experience level asked for. */
  experienceLevel: SrIdRef;
  /** EEO category (US). */
  eeoCategory?: SrIdRef | undefined;
  /** Whether the job is a template. */
  template?: boolean | undefined;
  /** The compensation range. */
  compensation?:
    | {
        /** Lower bound. */
        min?: number | undefined;
        /** Upper bound. */
        max?: number | undefined;
        /** Currency code. */
        currency?: string | undefined;
        [key: string]: unknown;
      }
    | undefined;
  /** The job's default job ad. */
  jobAd?:
    | {
        /** The job ad's sections. */
        sections?:
          | {
              /** About the company. */
              companyDescription?: SrJobAdSectionInput | undefined;
              /** The job description. */
              jobDescription?: SrJobAdSectionInput | undefined;
              /** The qualifications asked for. */
              qualifications?: SrJobAdSectionInput | undefined;
              /** Additional information. */
              additionalInformation?: SrJobAdSectionInput | undefined;
              [key: string]: unknown;
            }
          | undefined;
        /** The job ad's language. */
        language?:
          | {
              /** Language code. */
              code: string;
              [key: string]: unknown;
            }
          | undefined;
        [key: string]: unknown;
      }
    | undefined;
  /** Job property values: a select property's value `id`, or a free-text `label`. */
  properties?:
    | Array<{
        /** The property's id. */
        id: string;
        /** The value: a select property's value `id`, or a free-text `label`. */
        value: {
          /** A select property's value id. */
          id?: string | undefined;
          /** A free-text value. */
          label?: string | undefined;
          [key: string]: unknown;
        };
        [key: string]: unknown;
      }>
    | undefined;
  [key: string]: unknown;
}

/** `{ status }`: the body of `PUT /jobs/{id}/status`. */
export interface SrJobStatusInput {
  /** The new job status. */
  status: SrJobStatus;
  [key: string]: unknown;
}
