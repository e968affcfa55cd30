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
  /** The company's identifier. */
  identifier?: string;
  /** The company's name. */
  name?: string;
}

/** A posting's location (coordinates as strings). */
export interface SrPostingLocation {
  /** City. */
  city?: string;
  /** Region: a state, colloquial name, voivodeship or other area. */
  region?: string;
  /** ISO 2-letter country code. */
  country?: string;
  /** Whether employees can work remotely. */
  remote?: boolean;
  /** Latitude. */
  latitude?: string;
  /** Longitude. */
  longitude?: string;
}

/** A department as the Posting API shows it (`label` required). */
export interface SrPostingDepartment {
  /** The department's id. */
  id?: string;
  /** The department's label. */
  label: string;
  /** The department's description. */
  description?: string;
}

/** A job field's value on a posting (`custom_field.{fieldId}` filters on these). */
export interface SrPostingCustomField {
  /** The job field's id. */
  fieldId?: string;
  /** The job field's label. */
  fieldLabel?: string;
  /** The value's id. */
  valueId?: string;
  /** The value's label. */
  valueLabel?: string;
}

/** The fields a posting and its list entry share. */
export interface SrPostingBase {
  /** The posting id (`postingId` of `GET …/postings/{postingId}`). */
  id?: string;
  /** The posting's UUID: the `uuid` of the Apply API's routes. */
  uuid?: string;
  /** The job title. */
  name?: string;
  /** The job ad's id. */
  jobAdId?: string;
  /** Whether the job ad is the job's default one. */
  defaultJobAd?: boolean;
  /** The company's own reference number for the job. */
  refNumber?: string;
  /** The posting's own API address. */
  ref?: string;
  /** When the posting was released (ISO-8601). */
  releasedDate?: string;
  /** The hiring company. */
  company?: SrPostingCompany;
  /** Who created the job. */
  creator?: {
    /** The creator's name. */
    name?: string;
  };
  /** Where the job is. */
  location?: SrPostingLocation;
  /** The job's department. */
  department?: SrPostingDepartment;
  /** The job's industry. */
  industry?: {
    /** The value's id. */
    id?: string;
    /** The value's label. */
    label?: string;
  };
  /** The job function. */
  function?: {
    /** The value's id. */
    id?: string;
    /** The value's label. */
    label?: string;
  };
  /** Full-time, part-time... */
  typeOfEmployment?: {
    /** The value's id. */
    id?: string;
    /** The value's label. */
    label?: string;
  };
  /** The experience level asked for. */
  experienceLevel?: {
    /** The experience level's id. */
    id?: Open<
      | 'associate'
      | 'director'
      | 'entry_level'
      | 'executive'
      | 'internship'
      | 'mid_senior_level'
      | 'not_applicable'
    >;
    /** The experience level's name. */
    name?: string;
  };
  /** The job fields' values. */
  customField?: SrPostingCustomField[];
  /** Who may see the posting. */
  visibility?: SrPostingVisibility;
}

/** One entry of a company's posting list (`PostingItem`). */
export interface SrPostingListItem extends SrPostingBase {
  /** The job ad's language. */
  language?: {
    /** Language code. */
    code: string;
    /** The language's name. */
    label?: string;
    /** The language's name in that language. */
    labelNative?: string;
  };
}

/** A job ad section: a title and its text (at most 24,999 characters, HTML). */
export interface SrPostingSection {
  /** The section's title. */
  title?: string;
  /** The section's text (HTML). */
  text?: string;
}

/** A posting with its job ad (`Posting`). */
export interface SrPosting extends SrPostingBase {
  /** Whether the posting is active. */
  active?: boolean;
  /** The job's id. */
  jobId?: string;
  /** The posting's page. */
  postingUrl?: string;
  /** Where candidates apply. */
  applyUrl?: string;
  /** The address for referrals. */
  referralUrl?: string;
  /** The job ad's sections. */
  jobAd?: {
    /** The job ad's sections. */
    sections?: {
      /** About the company. */
      companyDescription?: SrPostingSection;
      /** The job description. */
      jobDescription?: SrPostingSection;
      /** The qualifications asked for. */
      qualifications?: SrPostingSection;
      /** Additional information. */
      additionalInformation?: SrPostingSection;
      /** Videos: a title and their URLs. */
      videos?: {
        /** The section's title. */
        title?: string;
        /** The videos' URLs. */
        urls?: string[];
      };
    };
    [key: string]: unknown;
  };
}

/** A page of a company's postings (`PostingList`, `limit`/`offset` paging). */
export interface SrPostingList {
  /** The postings of this page. */
  content?: SrPostingListItem[];
  /** The page size. */
  limit?: number;
  /** How many postings were skipped. */
  offset?: number;
  /** How many postings match. */
  totalFound?: number;
}

/** The departments of a company's postings (`Departments`, unpaged). */
export interface SrPostingDepartments {
  /** The departments. */
  content?: SrPostingDepartment[];
  /** How many departments there are. */
  totalFound?: number;
}

/**
 * Query of `GET /v1/companies/{companyIdentifier}/postings`: `limit` at most 100, `offset`, and
 * filters. A job field filters as `custom_field.{fieldId}`: its value id.
 */
export interface SrPostingListQuery {
  /** Full-text search. */
  q?: string;
  /** How many postings to return (at most 100). */
  limit?: number;
  /** How many postings to skip. */
  offset?: number;
  /**
   * `PUBLIC` or `INTERNAL` postings only, or `INTERNAL_OR_PUBLIC`: one kind per job, internal when
   * a job has both (then all are treated as internal).
   */
  destination?: Open<'PUBLIC' | 'INTERNAL' | 'INTERNAL_OR_PUBLIC'>;
  /** `REMOTE` or `ONSITE` postings only, or `ANY`. */
  locationType?: Open<'REMOTE' | 'ONSITE' | 'ANY'>;
  /** Country code filter. */
  country?: string;
  /** Region filter. */
  region?: string;
  /** City filter. */
  city?: string;
  /** Department filter (department id). */
  department?: string;
  /** Job ad languages, repeated. */
  language?: OneOrMany<SrLanguageCode>;
  /** Only postings released after this time (ISO-8601). */
  releasedAfter?: string | Date;
  [customField: `custom_field.${string}`]: string;
}

/** Query of `GET …/postings/{postingId}`: the source the apply link credits. */
export interface SrPostingSourceQuery {
  /**
   * Source type id, from `GET /configuration/sources`; with `sourceId` and `sourceSubTypeId`, adds
   * source tracking to `applyUrl`.
   */
  sourceTypeId?: string;
  /** Source sub-type id, from `GET /configuration/sources`. */
  sourceSubTypeId?: string;
  /** Source id, from `GET /configuration/sources/{sourceType}/values`. */
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
