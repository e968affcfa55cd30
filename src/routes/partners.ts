/**
 * SmartRecruiters' Partners public API (Marketplace partners): a partner's configuration values
 * and its offers (developers.smartrecruiters.com/reference, partners-public-api). API key only:
 * SmartRecruiters lists no OAuth scope for it.
 */

/** Path prefix of SmartRecruiters' Partners public API. */
export const PARTNERS_API = '/v1';

/** One configuration value of a partner (`Config`): `id` required, holding a non-blank character. */
export interface SrPartnerConfig {
  /** The configuration value's id. */
  id: string;
  /** The configuration value. */
  value?: string;
}

/** A partner's configuration values (`ApiConfigListResult`, an offset page). */
export interface SrPartnerConfigList {
  /** The configuration values. */
  content?: SrPartnerConfig[];
  /** The page size. */
  limit?: number;
  /** How many values were skipped. */
  offset?: number;
  /** How many values there are. */
  totalFound?: number;
}

/**
 * One offer of a partner's marketplace listing. SmartRecruiters' specification gives the list
 * envelope (`ApiListResult`) but not its items' fields (UNCONFIRMED): they are kept as received.
 */
export interface SrPartnerOffer {
  [key: string]: unknown;
}

/** A page of a partner's offers (`ApiListResult`: `limit`/`offset`/`totalFound`). */
export interface SrPartnerOfferList {
  /** The offers of this page. */
  content?: SrPartnerOffer[];
  /** The page size. */
  limit?: number;
  /** How many offers were skipped. */
  offset?: number;
  /** How many offers match. */
  totalFound?: number;
}

/** Query of `GET /v1/offers`. */
export interface SrPartnerOfferSearch {
  /** Full-text query, matched against the offers' names and descriptions. */
  q?: string;
  /** Offer status: `INACTIVE`, `UNDER_REVIEW`, `ACTIVE` or `REJECTED`. */
  status?: string;
  /** A job posting's id (from the Job Board API); not relevant for assessment vendors. */
  postingId?: string;
  /** How many offers to return (at most 100). */
  limit?: number;
  /** How many offers to skip. */
  offset?: number;
}

/** The Partners public API, relative to `PARTNERS_API`. */
export interface PartnerRoutes {
  /** @deprecated SmartRecruiters deprecates the partner configuration routes. */
  'GET /configs': { response: SrPartnerConfigList };
  /** @deprecated SmartRecruiters deprecates the partner configuration routes. */
  'POST /configs': { body?: SrPartnerConfig; response: SrPartnerConfig };
  /** @deprecated SmartRecruiters deprecates the partner configuration routes. */
  'GET /configs/{configId}': { params: { configId: string }; response: SrPartnerConfig };
  /**
   * Updates one configuration value.
   *
   * @deprecated SmartRecruiters deprecates the partner configuration routes.
   */
  'POST /configs/{configId}': {
    params: { configId: string };
    body?: SrPartnerConfig;
    response: SrPartnerConfig;
  };
  /** Searches the partner's offers (offset paging). */
  'GET /offers': { query: SrPartnerOfferSearch; response: SrPartnerOfferList };
}
