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
  id?: string;
  label?: string;
}

/** A job ad in the feed (`FeedJobAd`). Every value is a string, numbers included. */
export interface SrFeedJobAd {
  /** The posting id (`postingId` of the feed's routes). */
  id?: string;
  uuid?: string;
  name?: string;
  refNumber?: string;
  status?: SrFeedPublicationStatus;
  postedDate?: string;
  languageCode?: string;
  applyUrl?: string;
  jobAdUrl?: string;
  liveUrl?: string;
  comment?: string;
  company?: { cid?: string; identifier?: string; name?: string };
  brand?: { id?: string; name?: string; logo?: string };
  creator?: { firstName?: string; lastName?: string; email?: string };
  location?: {
    address?: string;
    city?: string;
    region?: string;
    regionCode?: string;
    country?: string;
    countryCode?: string;
    zipCode?: string;
    latitude?: string;
    longitude?: string;
    remote?: boolean;
  };
  compensation?: { currency?: string; minimum?: string; maximum?: string };
  /** The programmatic budget's price. */
  budget?: { programmatic?: { price?: string } };
  experienceLevel?: SrFeedDictionaryEntry;
  function?: SrFeedDictionaryEntry;
  industry?: SrFeedDictionaryEntry;
  typeOfEmployment?: SrFeedDictionaryEntry;
  jobAd?: {
    companyDescription?: string;
    jobDescription?: string;
    qualifications?: string;
    additionalInformation?: string;
  };
}

/**
 * A page of the feed (`FeedPublication`): the items are in `jobs` (not `content`), and `limit`,
 * `offset` and `totalFound` are strings holding integers. `client.paginate` reads both.
 */
export interface SrFeedPublications {
  Provider?: string;
  jobs?: SrFeedJobAd[];
  limit?: string;
  offset?: string;
  totalFound?: string;
}

/** Query of `GET /feed/publications`: `limit` 0-100 (default 100), `offset`, statuses repeated. */
export interface SrFeedPublicationsQuery {
  updatedAfter?: string | Date;
  status?: OneOrMany<SrFeedPublicationStatus>;
  offset?: number;
  limit?: number;
}

/** Body of `PUT /feed/publications/{postingId}`: the board's report on a posting. */
export interface SrFeedPostingUpdate {
  status?: SrFeedPublicationStatus;
  /** The posting's live address on the board. */
  liveUrl?: string;
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
