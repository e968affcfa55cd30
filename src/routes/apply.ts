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
  fileName?: string;
  /** Base64, 1 to 13,981,014 characters. */
  fileContent?: string;
  mimeType?: string;
  contentType?: string;
  url?: string;
  type?: Open<'VIDEO_URL' | 'PDF_URL' | 'OTHER_URL'>;
}

/** The applicant's location (`Location`): `city` and `countryCode` (ISO 3166-1 alpha-2) required. */
export interface SrApplyLocation {
  city: string;
  countryCode: string;
  country?: string;
  region?: string;
  regionCode?: string;
  address?: string;
  postalCode?: string;
  lat?: number;
  lng?: number;
  latitude?: string;
  longitude?: string;
  remote?: boolean;
  manual?: boolean;
}

/** The applicant's web profiles (`Web`). */
export interface SrApplyWeb {
  facebook?: string;
  linkedIn?: string;
  skype?: string;
  twitter?: string;
  website?: string;
}

/** An education entry (`Education`): `institution` and `degree` required. */
export interface SrApplyEducation {
  institution: string;
  degree: string;
  major?: string;
  current?: boolean;
  location?: string;
  /** SR's `when` format (a date, `yyyy-MM` or `yyyy`). */
  startDate?: string;
  endDate?: string;
  description?: string;
}

/** A job held (`Employment`): `title` and `startDate` (`yyyy-MM-dd`) required. */
export interface SrApplyEmployment {
  title: string;
  startDate: string;
  endDate?: string;
  company?: string;
  current?: boolean;
  location?: string;
  description?: string;
}

/** The answer to one screening question: one record per answer (several for a repeatable question). */
export interface SrApplyScreeningAnswer {
  id: string;
  /** Each record maps a field id to its values. */
  records: Array<{ fields: Record<string, string[]> }>;
}

/** Body of `POST /postings/{uuid}/candidates` (`ApplyApiRequest`). */
export interface SrApplyRequest {
  /** At most 128 characters, as are `lastName`, `email` and `phoneNumber`. */
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber?: string;
  location?: SrApplyLocation;
  web?: SrApplyWeb;
  tags?: string[];
  education?: SrApplyEducation[];
  experience?: SrApplyEmployment[];
  sourceDetails?: SrSourceDetails;
  /** Answers to the posting's screening questions (`GET /postings/{uuid}/configuration`). */
  answers?: SrApplyScreeningAnswer[];
  resume?: SrApplyAttachment;
  avatar?: SrApplyAttachment;
  attachments?: SrApplyAttachment[];
  /** At most 4,000 characters. */
  messageToHiringManager?: string;
  consent?: boolean;
  /** Consent per scope. */
  consentDecisions?: Record<string, boolean>;
  conditionalsIncluded?: boolean;
  createJoinLink?: boolean;
  internal?: boolean;
}

/** Answer of an application (`ApplyApiResponse`): the candidate's id and portal link. */
export interface SrApplyResponse {
  id?: string;
  createdOn?: string;
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
  status?: SrApplyStatus;
}

/** One field of a screening question. */
export interface SrApplyQuestionField {
  id: string;
  label: string;
  required: boolean;
  type: Open<
    'INPUT_TEXT' | 'SINGLE_SELECT' | 'MULTI_SELECT' | 'RADIO' | 'CHECKBOX' | 'TEXTAREA' | 'INFORMATION'
  >;
  /** The choices of a select, radio or checkbox field. */
  values: Array<{ id: string; label: string }>;
  complianceType?: Open<'DIVERSITY'>;
}

/** A screening question of a posting's application form. */
export interface SrApplyQuestion {
  id: string;
  label: string;
  repeatable: boolean;
  fields: SrApplyQuestionField[];
}

/** A posting's application form (`ApplyConfiguration`). */
export interface SrApplyConfiguration {
  questions: SrApplyQuestion[];
  settings: { avatarUploadAvailable?: boolean };
  privacyPolicies?: Array<{ orgName?: string; url?: string }>;
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
    query: { conditionalsIncluded?: boolean };
    response: SrApplyConfiguration;
  };
}
