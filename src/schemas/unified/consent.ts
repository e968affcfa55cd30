/** GDPR consent in unified words: a candidate's (or application's) consent decisions, and requests. */

import * as refinements from '../refinements.js';
import * as z from '../zod.js';

export type {
  ConsentDecision,
  ConsentDecisions,
  ConsentRequestInput,
  ConsentRequestResult,
} from '../../models/unified/consent.js';

import { IdRefSchema } from './common.js';
import { CONSENT_REQUEST_STATUSES, CONSENT_STATUSES } from './enums.js';
import { IdSchema } from './input-common.js';

/** One consent decision: for the whole company, or for one data scope (`SmartCRM`...). */
export const ConsentDecisionSchema = z.strictObject({
  /** SR's data scope: `Single` for one company-wide consent, else a product (`SmartRecruit`...). */
  scope: z.nullable(z.string()),
  status: z.enum(CONSENT_STATUSES),
  remote_status: z.nullable(z.string()),
  decided_at: z.nullable(z.string()),
});

/** The consent decisions of a candidate, or of a job application. */
export const ConsentDecisionsSchema = z.strictObject({
  candidate: z.nullable(IdRefSchema),
  /** SR's job application id, for an application's decisions. */
  job_application: z.nullable(IdRefSchema),
  decisions: z.array(ConsentDecisionSchema),
  /** When the most recent consent request still waiting for an answer was sent. */
  pending_request_at: z.nullable(z.string()),
  /**
   * Fields this record lacks because they were not fetched: their `null` or `[]` means "unknown",
   * not "empty". Always empty here: SR's answer is the whole record.
   */
  not_fetched: z.array(z.string()),
  /** The SR object as received; absent with `includeRemoteData: false`. */
  remote_data: z.optional(z.record(z.string(), z.unknown())),
});

/** The outcome of asking one candidate for consent. */
export const ConsentRequestResultSchema = z.strictObject({
  candidate: IdRefSchema,
  /** `requested` (SR accepted it), `unavailable` (SR cannot ask this candidate), else `other`. */
  status: z.enum(CONSENT_REQUEST_STATUSES),
  /** SR's HTTP status for this candidate (202, 403...). */
  remote_status: z.nullable(z.number()),
  /** Where SR tracks the request, when it says. */
  location: z.nullable(z.string()),
});

/** Input of `consents.request`: candidates to ask (SmartRecruiters takes at most 1000 at once). */
export const ConsentRequestInputSchema = z.strictObject({
  candidate_ids: z
    .array(IdSchema)
    .check(z.minLength(1), z.maxLength(1000), z.superRefine(refinements.noRepeatedIds)),
});
