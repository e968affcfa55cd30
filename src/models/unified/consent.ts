/** GDPR consent in unified words, as plain interfaces: consent decisions, and requests. */

import type { ConsentRequestStatus, ConsentStatus } from '../../schemas/unified/enums.js';
import type { SrConsentDecisions } from '../sr/consent.js';
import type { FetchableField, IdRef } from './common.js';

/** One consent decision: for the whole company, or for one data scope (`SmartCRM`...). */
export interface ConsentDecision {
  /** SR's data scope: `Single` for one company-wide consent, else a product (`SmartRecruit`...). */
  scope: string | null;
  /** SR's decision status, as a candidate's `consent_status`. */
  status: ConsentStatus;
  /** SR's status as sent. */
  remote_status: string | null;
  /** When the candidate decided. */
  decided_at: string | null;
}

/** The consent decisions of a candidate, or of a job application. */
export interface ConsentDecisions {
  /** The candidate, for a candidate's decisions. */
  candidate: IdRef | null;
  /** SR's job application id, for an application's decisions. */
  job_application: IdRef | null;
  /** One decision per scope (or one company-wide decision). */
  decisions: ConsentDecision[];
  /** When the most recent consent request still waiting for an answer was sent. */
  pending_request_at: string | null;
  /**
   * Fields this record lacks because they were not fetched: their `null` or `[]` means "unknown",
   * not "empty". Always empty here: SR's answer is the whole record.
   */
  not_fetched: Array<FetchableField<ConsentDecisions>>;
  /** The SR object as received; absent with `includeRemoteData: false`. */
  remote_data?: SrConsentDecisions;
}

/** The outcome of asking one candidate for consent. */
export interface ConsentRequestResult {
  /** The candidate asked. */
  candidate: IdRef;
  /** `requested` (SR accepted it), `unavailable` (SR cannot ask this candidate), else `other`. */
  status: ConsentRequestStatus;
  /** SR's HTTP status for this candidate (202, 403...). */
  remote_status: number | null;
  /** Where SR tracks the request, when it says. */
  location: string | null;
}

/** Input of `consents.request`: candidates to ask (SmartRecruiters takes at most 1000 at once). */
export interface ConsentRequestInput {
  /** 1 to 1000 candidate ids, each once. */
  candidate_ids: string[];
}
