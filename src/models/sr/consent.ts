/**
 * SmartRecruiters GDPR consent wire shapes: a candidate's consent status and decisions, and the
 * results of consent requests (candidates API, job applications API); lenient.
 */
import type { SrConsentDecisionStatus, SrConsentScope, SrConsentStatus } from '../../schemas/sr/enums.js';
import type { Open } from './common.js';

/** `GET /candidates/{id}/consent`: `{ status, date }`. */
export interface SrCandidateConsentStatus {
  /** `REQUIRED` (not asked yet), `PENDING` (asked) or `ACQUIRED` (consent given). */
  status?: Open<SrConsentStatus> | null | undefined;
  /** When consent was given; present when `status` is `ACQUIRED`. */
  date?: string | null | undefined;
  [key: string]: unknown;
}

/** One consent decision: for the whole company ("single consent") or for one data scope. */
export interface SrConsentDecision {
  /** `acquired` (consent given), `declined` (consent declined) or `required` (no decision yet). */
  status?: Open<SrConsentDecisionStatus> | null | undefined;
  /**
   * `Single` (one consent for all scopes), or a scope: `SmartRecruit`, `SmartCRM`,
   * `SmartMessage:SMS`, `SmartMessage:WhatsApp`.
   */
  scope?: Open<SrConsentScope> | null | undefined;
  /** When the candidate decided; present when `status` is `acquired` or `declined`. */
  decidedOn?: string | null | undefined;
  [key: string]: unknown;
}

/**
 * `GET /candidates/{id}/consents` (and a job application's `…/consents`): the decisions, and when
 * the most recent consent request still waiting for an answer was sent.
 */
export interface SrConsentDecisions {
  /** The consent decisions. */
  decisions?: SrConsentDecision[] | null | undefined;
  /** When the most recent consent request still waiting for an answer was sent. */
  recentPendingRequestCreatedOn?: string | null | undefined;
  [key: string]: unknown;
}

/** Body of `POST /candidates/consent-requests`: the candidates to ask, by id. */
export interface SrConsentRequestsInput {
  /** The candidates' ids. */
  content: Array<{
    /** The candidate's id. */
    id: string;
  }>;
}

/**
 * One result of a consent request, in the order of the request: `202` with `body: { location }`
 * (`ConsentRequestScheduled`), or `403` with `body: false` when the candidate cannot be asked
 * (`ConsentRequestUnavailable`: no privacy policy is configured).
 */
export interface SrConsentRequestResult {
  /**
   * HTTP status for this candidate: `202` (request scheduled) or `403` (candidate cannot be asked).
   */
  status?: number | null | undefined;
  /** `{ location }` when scheduled, `false` otherwise. */
  body?:
    | {
        location?: string | null | undefined;
        [key: string]: unknown;
      }
    | boolean
    | null
    | undefined;
  [key: string]: unknown;
}

/** Response of `POST /candidates/consent-requests`: `{ results }`. */
export interface SrConsentRequestsResults {
  /** One result per candidate, in the order of the request. */
  results: SrConsentRequestResult[];
  [key: string]: unknown;
}
