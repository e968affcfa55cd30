/**
 * SmartRecruiters' Posting API: a company's public job postings, as its career site shows them
 * (developers.smartrecruiters.com/docs/posting-api). It is public: no credential is needed
 * (`new SmartRecruitersClient({ anonymous: true })`), and a client with one may call it too.
 * `companyIdentifier` is the company's identifier in its career site address
 * (`jobs.smartrecruiters.com/{companyIdentifier}`).
 */
import type { OneOrMany, Open } from '../routes.js';
import type { SrLanguageCode } from './configuration.js';

/** Path prefix of SmartRecruiters' Posting API. */
export const POSTING_API = '/v1';

/** Who may see a posting. */
export type SrPostingVisibility = Open<'PUBLIC' | 'INTERNAL'>;

/** A posting's company. */
export interface SrPostingCompany {
  identifier?: string;
  name?: string;
}

/** A posting's location (coordinates as strings). */
export interface SrPostingLocation {
  city?: string;
  region?: string;
  country?: string;
  remote?: boolean;
  latitude?: string;
  longitude?: string;
}

/** A department as the Posting API shows it (`label` required). */
export interface SrPostingDepartment {
  id?: string;
  label: string;
  description?: string;
}

/** A job field's value on a posting (`custom_field.{fieldId}` filters on these). */
export interface SrPostingCustomField {
  fieldId?: string;
  fieldLabel?: string;
  valueId?: string;
  valueLabel?: string;
}

/** The fields a posting and its list entry share. */
export interface SrPostingBase {
  /** The posting id (`postingId` of `GET …/postings/{postingId}`). */
  id?: string;
  /** The posting's UUID: the `uuid` of the Apply API's routes. */
  uuid?: string;
  name?: string;
  /** The job ad's id. */
  jobAdId?: string;
  defaultJobAd?: boolean;
  refNumber?: string;
  /** The posting's own API address. */
  ref?: string;
  releasedDate?: string;
  company?: SrPostingCompany;
  creator?: { name?: string };
  location?: SrPostingLocation;
  department?: SrPostingDepartment;
  industry?: { id?: string; label?: string };
  function?: { id?: string; label?: string };
  typeOfEmployment?: { id?: string; label?: string };
  experienceLevel?: {
    id?: Open<
      | 'associate'
      | 'director'
      | 'entry_level'
      | 'executive'
      | 'internship'
      | 'mid_senior_level'
      | 'not_applicable'
    >;
    name?: string;
  };
  customField?: SrPostingCustomField[];
  visibility?: SrPostingVisibility;
}

/** One entry of a company's posting list (`PostingItem`). */
export interface SrPostingListItem extends SrPostingBase {
  language?: { code: string; label?: string; labelNative?: string };
}

/** A job ad section: a title and its text (at most 24,999 characters, HTML). */
export interface SrPostingSection {
  title?: string;
  text?: string;
}

/** A posting with its job ad (`Posting`). */
export interface SrPosting extends SrPostingBase {
  active?: boolean;
  /** The job's id. */
  jobId?: string;
  postingUrl?: string;
  applyUrl?: string;
  referralUrl?: string;
  jobAd?: {
    sections?: {
      companyDescription?: SrPostingSection;
      jobDescription?: SrPostingSection;
      qualifications?: SrPostingSection;
      additionalInformation?: SrPostingSection;
      videos?: { title?: string; urls?: string[] };
    };
    [key: string]: unknown;
  };
}

/** A page of a company's postings (`PostingList`, `limit`/`offset` paging). */
export interface SrPostingList {
  content?: SrPostingListItem[];
  limit?: number;
  offset?: number;
  totalFound?: number;
}

/** The departments of a company's postings (`Departments`, unpaged). */
export interface SrPostingDepartments {
  content?: SrPostingDepartment[];
  totalFound?: number;
}

/**
 * Query of `GET /v1/companies/{companyIdentifier}/postings`: `limit` at most 100, `offset`, and
 * filters. A job field filters as `custom_field.{fieldId}`: its value id.
 */
export interface SrPostingListQuery {
  /** Full-text search. */
  q?: string;
  limit?: number;
  offset?: number;
  destination?: Open<'PUBLIC' | 'INTERNAL' | 'INTERNAL_OR_PUBLIC'>;
  locationType?: Open<'REMOTE' | 'ONSITE' | 'ANY'>;
  country?: string;
  region?: string;
  city?: string;
  department?: string;
  /** Job ad languages, repeated. */
  language?: OneOrMany<SrLanguageCode>;
  releasedAfter?: string | Date;
  [customField: `custom_field.${string}`]: string;
}

/** Query of `GET …/postings/{postingId}`: the source the apply link credits. */
export interface SrPostingSourceQuery {
  sourceTypeId?: string;
  sourceSubTypeId?: string;
  sourceId?: string;
}

/** The Posting API, relative to `POSTING_API`. */
export interface PostingRoutes {
  /** A company's published postings (offset paging; `limit` at most 100). */
  'GET /companies/{companyIdentifier}/postings': {
    params: { companyIdentifier: string };
    query: SrPostingListQuery;
    response: SrPostingList;
  };
  /** One posting with its job ad. */
  'GET /companies/{companyIdentifier}/postings/{postingId}': {
    params: { companyIdentifier: string; postingId: string };
    query: SrPostingSourceQuery;
    response: SrPosting;
  };
  /** The departments of a company's postings. */
  'GET /companies/{companyIdentifier}/departments': {
    params: { companyIdentifier: string };
    response: SrPostingDepartments;
  };
}
