/**
 * SmartRecruiters' Feed API: the publication feed a job board reads, the job ads published to it,
 * and the board's report back on each posting (developers.smartrecruiters.com/reference, feed-api).
 * API key only: SmartRecruiters lists no OAuth scope for it.
 */
import type { OneOrMany, Open } from '../routes.js';

/** Path prefix of SmartRecruiters' Feed API. */
export const FEED_API = '/feed';

/** Where a publication stands on the board. Default filter of the feed: `Pending`. */
export type SrFeedPublicationStatus = Open<
  'Pending' | 'UnderPosting' | 'Active' | 'toUnpost' | 'Inactive' | 'Error'
>;

/** An `{ id, label }` entry of the feed (function, industry, experience level...). */
export interface SrFeedDictionaryEntry {
  /** The entry's id. */
  id?: string;
  /** The entry's label. */
  label?: string;
}

/** A job ad in the feed (`FeedJobAd`). Every value is a string, numbers included. */
export interface SrFeedJobAd {
  /** The posting id (`postingId` of the feed's routes). */
  id?: string;
  /** The posting's UUID. */
  uuid?: string;
  /** The job title. */
  name?: string;
  /** The company's own reference number for the job. */
  refNumber?: string;
  /** Where the posting stands on the board. */
  status?: SrFeedPublicationStatus;
  /** When the job was posted. */
  postedDate?: string;
  /** The job ad's language code. */
  languageCode?: string;
  /** Where candidates apply. */
  applyUrl?: string;
  /** The job ad's address. */
  jobAdUrl?: string;
  /** The posting's live address on the board. */
  liveUrl?: string;
  /** The board's comment on the posting. */
  comment?: string;
  /** The hiring company. */
  company?: {
    cid?: string;
    /** The company's identifier. */
    identifier?: string;
    /** The company's name. */
    name?: string;
  };
  /** The company's brand. */
  brand?: {
    /** The brand's id. */
    id?: string;
    /** The brand's name. */
    name?: string;
    /** The brand's logo. */
    logo?: string;
  };
  /** Who created the job. */
  creator?: {
    /** First name. */
    firstName?: string;
    /** Last name. */
    lastName?: string;
    /** Email address. */
    email?: string;
  };
  /** Where the job is. */
  location?: {
    /** Street address. */
    address?: string;
    /** City. */
    city?: string;
    /** Region (state, province...). */
    region?: string;
    /** Region code. */
    regionCode?: string;
    /** Country. */
    country?: string;
    /** Country code. */
    countryCode?: string;
    /** Postal code. */
    zipCode?: string;
    /** Latitude. */
    latitude?: string;
    /** Longitude. */
    longitude?: string;
    /** Whether the job is remote. */
    remote?: boolean;
  };
  /** The compensation range. */
  compensation?: {
    /** Currency code. */
    currency?: string;
    /** Lower bound. */
    minimum?: string;
    /** Upper bound. */
    maximum?: string;
  };
  /** The programmatic budget's price. */
  budget?: { programmatic?: { price?: string } };
  /** The experience level asked for. */
  experienceLevel?: SrFeedDictionaryEntry;
  /** The job function. */
  function?: SrFeedDictionaryEntry;
  /** The job's industry. */
  industry?: SrFeedDictionaryEntry;
  /** Full-time, part-time... */
  typeOfEmployment?: SrFeedDictionaryEntry;
  /** The job ad's sections. */
  jobAd?: {
    /** About the company. */
    companyDescription?: string;
    /** The job description. */
    jobDescription?: string;
    /** The qualifications asked for. */
    qualifications?: string;
    /** Additional information. */
    additionalInformation?: string;
  };
}

/**
 * A page of the feed (`FeedPublication`): the items are in `jobs` (not `content`), and `limit`,
 * `offset` and `totalFound` are strings holding integers. `client.paginate` reads both.
 */
export interface SrFeedPublications {
  /** The feed's provider. */
  Provider?: string;
  /** The job ads of this page. */
  jobs?: SrFeedJobAd[];
  /** Page size (an integer, as a string). */
  limit?: string;
  /** How many job ads were skipped (an integer, as a string). */
  offset?: string;
  /** How many job ads match (an integer, as a string). */
  totalFound?: string;
}

/** Query of `GET /feed/publications`: `limit` 0-100 (default 100), `offset`, statuses repeated. */
export interface SrFeedPublicationsQuery {
  /**
   * Only postings created after this date (ISO-8601); without it, those created in the last 30
   * days.
   */
  updatedAfter?: string | Date;
  /** Posting statuses: SmartRecruiters sets `Pending` and `toUnpost`, the board sets the others. */
  status?: OneOrMany<SrFeedPublicationStatus>;
  /** How many postings to skip (0 to 2^31-1). */
  offset?: number;
  /** At most how many postings to return (0 to 100). */
  limit?: number;
}

/** Body of `PUT /feed/publications/{postingId}`: the board's report on a posting. */
export interface SrFeedPostingUpdate {
  /** The posting's new status on the board. */
  status?: SrFeedPublicationStatus;
  /** The posting's live address on the board. */
  liveUrl?: string;
  /** The board's comment on the posting. */
  comment?: string;
}

/** The Feed API, relative to `FEED_API`. */
export interface FeedRoutes {
  /** The feed: publications by status and change date (offset paging, 100 per page at most). */
  'GET /publications': { query: SrFeedPublicationsQuery; response: SrFeedPublications };
  /** One posting of the feed (`postingId`: an integer). */
  'GET /publications/{postingId}': { params: { postingId: string }; response: SrFeedJobAd };
  /** Reports a posting's status, live address or a comment back to SmartRecruiters (204). */
  'PUT /publications/{postingId}': {
    params: { postingId: string };
    body: SrFeedPostingUpdate;
    response: undefined;
  };
}
