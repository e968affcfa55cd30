/**
 * GDPR consent mappers: SR consent decisions -> unified `ConsentDecisions`, consent request bodies
 * and their results. Statuses go through `toUnifiedConsentStatus`, the one consent status mapping
 * of the SDK (decisions spell them lowercase; it reads both).
 */

import { SrConsentDecisionsSchema, SrConsentRequestResultSchema } from '../schemas/compiled/sr/consent.js';
import { ConsentRequestInputSchema } from '../schemas/compiled/unified/consent.js';
import type {
  SrConsentDecisions,
  SrConsentRequestResult,
  SrConsentRequestsInput,
} from '../schemas/sr/consent.js';
import type {
  ConsentDecisions,
  ConsentRequestInput,
  ConsentRequestResult,
} from '../schemas/unified/consent.js';
import type { ConsentStatus } from '../schemas/unified/enums.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { toUnifiedConsentStatus } from './candidate.js';
import type { MapperContext } from './context.js';
import { contentOf, isRecord, orNull, parseLeniently, warningSink } from './shared.js';

/** Options of `toUnifiedConsentDecisions`: whose decisions they are. */
export interface ConsentDecisionsMapperContext {
  /** The candidate (`GET /candidates/{id}/consents`). */
  candidateId?: string | undefined;
  /** SR's job application id (`GET …/job-applications/{jobApplicationId}/consents`). */
  jobApplicationId?: string | undefined;
  /** Keep the SR decisions as received in `remote_data`. Default `true`. */
  includeRemoteData?: boolean | undefined;
  /** Collector for warnings: SR fields that failed lenient validation are pushed here. */
  warnings?: MapperContext['warnings'];
}

/** A consent status in either case (`ACQUIRED`, `acquired`); unknown is `other`, missing `null`. */
function consentStatus(status: unknown): ConsentStatus | null {
  return toUnifiedConsentStatus(typeof status === 'string' ? status.toUpperCase() : status);
}

/**
 * Maps SR consent decisions (single consent, or one per data scope) and the time of the most
 * recent unanswered consent request.
 *
 * Never throws on SR data: fields that fail lenient validation become warnings and map as missing.
 */
export function toUnifiedConsentDecisions(
  raw: unknown,
  context: ConsentDecisionsMapperContext = {},
): ConsentDecisions {
  const owner = context.candidateId ?? context.jobApplicationId ?? null;
  const sink = warningSink(context.warnings, owner, 'consent decisions');
  const parsed = parseLeniently(SrConsentDecisionsSchema, raw, sink);
  const unified: ConsentDecisions = {
    candidate: context.candidateId ? { id: context.candidateId } : null,
    job_application: context.jobApplicationId ? { id: context.jobApplicationId } : null,
    not_fetched: [],
    decisions: (parsed.decisions ?? []).map((decision) => ({
      scope: orNull(decision.scope),
      status: consentStatus(decision.status) ?? 'other',
      remote_status: orNull(decision.status),
      decided_at: orNull(decision.decidedOn),
    })),
    pending_request_at: orNull(parsed.recentPendingRequestCreatedOn),
  };
  if (context.includeRemoteData !== false && isRecord(raw)) unified.remote_data = raw as SrConsentDecisions;
  return unified;
}

/**
 * Body of `POST /candidates/consent-requests`: `{ content: [{ id }] }`.
 *
 * @throws ValidationError on invalid input (no candidate, more than 1000, an id twice)
 */
export function toSrConsentRequests(input: ConsentRequestInput): SrConsentRequestsInput {
  const parsed = parseInput(ConsentRequestInputSchema, input, 'consent request input');
  return { content: parsed.candidate_ids.map((id) => ({ id })) };
}

/**
 * Maps the results of `POST /candidates/consent-requests` (one per candidate, in request order) to
 * the candidates asked: `requested` for 202, `unavailable` for 403, `other` for anything else.
 */
export function toUnifiedConsentRequestResults(
  raw: unknown,
  candidateIds: readonly string[],
  warnings?: MapperContext['warnings'],
): ConsentRequestResult[] {
  const sink = warningSink(warnings, null, 'consent request results');
  const items = contentOf(isRecord(raw) ? raw.results : raw, sink, ['results']);
  if (items.length !== candidateIds.length) {
    sink.add('unexpected_count', `${items.length} results for ${candidateIds.length} candidates`, [
      'results',
    ]);
  }
  return candidateIds.map((id, index): ConsentRequestResult => {
    const item: SrConsentRequestResult = parseLeniently(SrConsentRequestResultSchema, items[index], sink, {
      prefix: ['results', index],
    });
    const status = orNull(item.status);
    return {
      candidate: { id },
      status: status === 202 ? 'requested' : status === 403 ? 'unavailable' : 'other',
      remote_status: status,
      location: isRecord(item.body) ? orNull(item.body.location) : null,
    };
  });
}
