/**
 * SmartRecruiters GDPR consent wire shapes: a candidate's consent status and decisions, and the
 * results of consent requests (candidates API, job applications API); lenient.
 */
import type { SrConsentDecisionStatus, SrConsentScope, SrConsentStatus } from '../../schemas/sr/enums.js';
import type { Open } from './common.js';

/** `GET /candidates/{id}/consent`: `{ status, date }`. */
export interface SrCandidateConsentStatus {
  status?: Open<SrConsentStatus> | null | undefined;
  date?: string | null | undefined;
  [key: string]: unknown;
}

/** One consent decision: for the whole company ("single consent") or for one data scope. */
export interface SrConsentDecision {
  status?: Open<SrConsentDecisionStatus> | null | undefined;
  scope?: Open<SrConsentScope> | null | undefined;
  decidedOn?: string | null | undefined;
  [key: string]: unknown;
}

/**
 * `GET /candidates/{id}/consents` (and a job application's `…/consents`): the decisions, and when
 * the most recent consent request still waiting for an answer was sent.
 */
export interface SrConsentDecisions {
  decisions?: SrConsentDecision[] | null | undefined;
  recentPendingRequestCreatedOn?: string | null | undefined;
  [key: string]: unknown;
}

/** Body of `POST /candidates/consent-requests`: the candidates to ask, by id. */
export interface SrConsentRequestsInput {
  content: Array<{ id: string }>;
}

/**
 * One result of a consent request, in the order of the request: `202` with `body: { location }`
 * (`ConsentRequestScheduled`), or `403` with `body: false` when the candidate cannot be asked
 * (`ConsentRequestUnavailable`: no privacy policy is configured).
 */
export interface SrConsentRequestResult {
  status?: number | null | undefined;
  body?: { location?: string | null | undefined; [key: string]: unknown } | boolean | null | undefined;
  [key: string]: unknown;
}

/** Response of `POST /candidates/consent-requests`: `{ results }`. */
export interface SrConsentRequestsResults {
  results: SrConsentRequestResult[];
  [key: string]: unknown;
}
