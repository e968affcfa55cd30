/**
 * SmartRecruiters GDPR consent wire shapes: a candidate's consent status and decisions, and the
 * results of consent requests (candidates API, job applications API); lenient.
 */
import * as z from '../zod.js';

export type {
  SrCandidateConsentStatus,
  SrConsentDecision,
  SrConsentDecisions,
  SrConsentRequestResult,
  SrConsentRequestsInput,
  SrConsentRequestsResults,
} from '../../models/sr/consent.js';

import { srEnum } from './common.js';
import { SR_CONSENT_DECISION_STATUSES, SR_CONSENT_SCOPES, SR_CONSENT_STATUSES } from './enums.js';

export {
  SR_CONSENT_DECISION_STATUSES,
  SR_CONSENT_SCOPES,
  type SrConsentDecisionStatus,
  type SrConsentScope,
} from './enums.js';

/** `GET /candidates/{id}/consent`: `{ status, date }`. */
export const SrCandidateConsentStatusSchema = z.looseObject({
  status: z.nullish(srEnum(SR_CONSENT_STATUSES)),
  date: z.nullish(z.string()),
});

/** One consent decision: for the whole company ("single consent") or for one data scope. */
export const SrConsentDecisionSchema = z.looseObject({
  status: z.nullish(srEnum(SR_CONSENT_DECISION_STATUSES)),
  scope: z.nullish(srEnum(SR_CONSENT_SCOPES)),
  decidedOn: z.nullish(z.string()),
});

/**
 * `GET /candidates/{id}/consents` (and a job application's `…/consents`): the decisions, and when
 * the most recent consent request still waiting for an answer was sent.
 */
export const SrConsentDecisionsSchema = z.looseObject({
  decisions: z.nullish(z.array(SrConsentDecisionSchema)),
  recentPendingRequestCreatedOn: z.nullish(z.string()),
});

/**
 * One result of a consent request, in the order of the request: `202` with `body: { location }`
 * (`ConsentRequestScheduled`), or `403` with `body: false` when the candidate cannot be asked
 * (`ConsentRequestUnavailable`: no privacy policy is configured).
 */
export const SrConsentRequestResultSchema = z.looseObject({
  status: z.nullish(z.number()),
  body: z.nullish(z.union([z.looseObject({ location: z.nullish(z.string()) }), z.boolean()])),
});
