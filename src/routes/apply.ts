/**
 * SmartRecruiters' Apply API (Application API): a candidate applying to a public posting, the
 * posting's application form, and the application's status (developers.smartrecruiters.com/docs,
 * Application API). Paths have no prefix and start with `/postings/{uuid}`, the posting's UUID
 * (the `uuid` of the Posting API's postings). It takes an API key (or a token with the
 * `candidate_applications_manage` scope) and answers errors as `ApplyApiError` (`{ id, code,
 * message }`), not as SR's usual `{ errors }`.
 */
import type { Open } from '../routes.js';
import type { SrSourceDetails } from '../schemas/sr/candidate.js';

/**
 * A file or link sent with an application: a file as base64 `fileContent` with its `fileName`
 * (at most 100 characters) and `mimeType`, or a `url` with its `type`.
 */
export interface SrApplyAttachment {
  /** The file's name (at most 100 characters). */
  fileName?: string;
  /** Base64, 1 to 13,981,014 characters. */
  fileContent?: string;
  /** The file's MIME type. */
  mimeType?: string;
  /** The file's content type. */
  contentType?: string;
  /** The link, for a link attachment. */
  url?: string;
  /** The kind of link. */
  type?: Open<'VIDEO_URL' | 'PDF_URL' | 'OTHER_URL'>;
}

/** The applicant's location (`Location`): `city` and `countryCode` (ISO 3166-1 alpha-2) required. */
export interface SrApplyLocation {
  /** City. */
  city: string;
  /** Country code (ISO 3166-1 alpha-2). */
  countryCode: string;
  /** Country. */
  country?: string;
  /** Region (state, province...). */
  region?: string;
  /** Region code; SmartRecruiters advises it for the United States only. */
  regionCode?: string;
  /** Street address. */
  address?: string;
  /** Postal code. */
  postalCode?: string;
  /** Latitude. */
  lat?: number;
  /** Longitude. */
  lng?: number;
  /** Latitude, as a string. */
  latitude?: string;
  /** Longitude, as a string. */
  longitude?: string;
  remote?: boolean;
  manual?: boolean;
}

/** The applicant's web profiles (`Web`). */
export interface SrApplyWeb {
  /** Facebook profile. */
  facebook?: string;
  /** LinkedIn profile. */
  linkedIn?: string;
  /** Skype name. */
  skype?: string;
  /** Twitter profile. */
  twitter?: string;
  /** Website. */
  website?: string;
}

/** An education entry (`Education`): `institution` and `degree` required. */
export interface SrApplyEducation {
  /** School or university. */
  institution: string;
  /** Degree. */
  degree: string;
  /** Major (field of study). */
  major?: string;
  /** Whether the applicant studies there now. */
  current?: boolean;
  /** Where the institution is. */
  location?: string;
  /** SR's `when` format (a date, `yyyy-MM` or `yyyy`). */
  startDate?: string;
  /** SR's `when` format (a date, `yyyy-MM` or `yyyy`). */
  endDate?: string;
  /** Free-text description. */
  description?: string;
}

/** A job held (`Employment`): `title` and `startDate` (`yyyy-MM-dd`) required. */
export interface SrApplyEmployment {
  /** Job title. */
  title: string;
  /** Start date (`yyyy-MM-dd`). */
  startDate: string;
  /** End date. */
  endDate?: string;
  /** Employer. */
  company?: string;
  /** Whether the applicant holds the job now. */
  current?: boolean;
  /** Where the job is. */
  location?: string;
  /** Free-text description. */
  description?: string;
}

/** The answer to one screening question: one record per answer (several for a repeatable question). */
export interface SrApplyScreeningAnswer {
  /** The screening question's id. */
  id: string;
  /** Each record maps a field id to its values. */
  records: Array<{
    /** The values, by field id. */
    fields: Record<string, string[]>;
  }>;
}

/** Body of `POST /postings/{uuid}/candidates` (`ApplyApiRequest`). */
export interface SrApplyRequest {
  /** At most 128 characters, as are `lastName`, `email` and `phoneNumber`. */
  firstName: string;
  /** Last name. */
  lastName: string;
  /** Email address. */
  email: string;
  /** Phone number. */
  phoneNumber?: string;
  /** Where the applicant is. */
  location?: SrApplyLocation;
  /** Web profiles. */
  web?: SrApplyWeb;
  /** Tags. */
  tags?: string[];
  /** Education entries. */
  education?: SrApplyEducation[];
  /** Jobs held. */
  experience?: SrApplyEmployment[];
  /** Where the applicant comes from. */
  sourceDetails?: SrSourceDetails;
  /** Answers to the posting's screening questions (`GET /postings/{uuid}/configuration`). */
  answers?: SrApplyScreeningAnswer[];
  /** The CV. */
  resume?: SrApplyAttachment;
  /** The applicant's photo. */
  avatar?: SrApplyAttachment;
  /** Other files or links. */
  attachments?: SrApplyAttachment[];
  /** At most 4,000 characters. */
  messageToHiringManager?: string;
  /** The applicant's consent. */
  consent?: boolean;
  /** Consent per scope. */
  consentDecisions?: Record<string, boolean>;
  /**
   * Whether conditional questions are returned in the answer (default `false`; beta customers
   * only).
   */
  conditionalsIncluded?: boolean;
  createJoinLink?: boolean;
  /** Whether the applicant is an employee. */
  internal?: boolean;
}

/** Answer of an application (`ApplyApiResponse`): the candidate's id and portal link. */
export interface SrApplyResponse {
  /** The candidate's id. */
  id?: string;
  /** When the application was created (ISO-8601). */
  createdOn?: string;
  /** Link to the candidate's portal. */
  candidatePortalUrl?: string;
  smartrJoinUrl?: string;
}

/**
 * The Apply API's application statuses: `OFFER` and `HIRE` (the Customer API says `OFFERED` and
 * `HIRED`), and `OTHER`.
 */
export type SrApplyStatus = Open<
  | 'NEW'
  | 'IN_REVIEW'
  | 'INTERVIEW'
  | 'OFFER'
  | 'HIRE'
  | 'REJECTED'
  | 'WITHDRAWN'
  | 'LEAD'
  | 'TRANSFERRED'
  | 'OTHER'
>;

/** An application's status (`ApplicationStatusInfo`). */
export interface SrApplicationStatusInfo {
  /** The application status. */
  status?: SrApplyStatus;
}

/** One field of a screening question. */
export interface SrApplyQuestionField {
  /** The field's id. */
  id: string;
  /** Label shown to the applicant; ignore when empty. */
  label: string;
  /** Whether the field must be answered. */
  required: boolean;
  /** The kind of input. */
  type: Open<
    'INPUT_TEXT' | 'SINGLE_SELECT' | 'MULTI_SELECT' | 'RADIO' | 'CHECKBOX' | 'TEXTAREA' | 'INFORMATION'
  >;
  /** The choices of a select, radio or checkbox field. */
  values: Array<{
    /** The choice's id. */
    id: string;
    /** The choice as shown to the applicant. */
    label: string;
  }>;
  /** `DIVERSITY` for a diversity (compliance) question. */
  complianceType?: Open<'DIVERSITY'>;
}

/** A screening question of a posting's application form. */
export interface SrApplyQuestion {
  /** The question's id. */
  id: string;
  /** The question as shown to the applicant. */
  label: string;
  /** Whether the applicant may answer it several times. */
  repeatable: boolean;
  /** The question's fields. */
  fields: SrApplyQuestionField[];
}

/** A posting's application form (`ApplyConfiguration`). */
export interface SrApplyConfiguration {
  /** The screening questions. */
  questions: SrApplyQuestion[];
  /** Form settings: whether a photo can be uploaded. */
  settings: {
    /** Whether the applicant can upload a photo. */
    avatarUploadAvailable?: boolean;
  };
  /** The privacy policies the applicant is shown. */
  privacyPolicies?: Array<{
    /** The organisation's name. */
    orgName?: string;
    /** The policy's address. */
    url?: string;
  }>;
}

/** The Apply API (no path prefix). */
export interface ApplyRoutes {
  /** Applies to a posting on the candidate's behalf (200 `ApplyApiResponse`). */
  'POST /postings/{uuid}/candidates': {
    params: { uuid: string };
    body: SrApplyRequest;
    response: SrApplyResponse;
  };
  /** The status of a candidate's application to a posting. */
  'GET /postings/{uuid}/candidates/{candidateId}/status': {
    params: { uuid: string; candidateId: string };
    response: SrApplicationStatusInfo;
  };
  /** The posting's application form; `conditionalsIncluded` adds conditional questions. */
  'GET /postings/{uuid}/configuration': {
    params: { uuid: string };
    query: {
      /** Whether conditional questions are returned (default `false`; beta customers only). */
      conditionalsIncluded?: boolean;
    };
    response: SrApplyConfiguration;
  };
}
