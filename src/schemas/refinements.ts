/**
 * The checks of the SDK's schemas that are code rather than a shape (`z.refine`, `z.superRefine`,
 * `z.custom`), each a named function the zod schemas use and scripts/compile-checks.ts imports into
 * the compiled checks (`src/schemas/compiled/`): a closure written in a schema could not be
 * compiled, and the generator refuses one. zod-free: compiled checks load this module, not zod.
 *
 * A refinement takes the value and returns whether it passes; a super-refinement takes the value
 * and a context whose `addIssue` reports each problem (zod's `ctx.addIssue`).
 */
import { isApplicationId } from '../mappers/application-id.js';
import type { RefinementContext } from './checks.js';
import { received } from './unified/parse-input.js';

export type { RefinementContext };
export { isApplicationId };

/** An object with at least one defined field (an update that changes something). */
export function notEmpty(value: object, ctx: RefinementContext): void {
  if (!Object.values(value).some((field) => field !== undefined)) {
    ctx.addIssue({ code: 'custom', message: 'nothing to update: give at least one field', input: value });
  }
}

/** Exactly one of `candidate_id` / `application_id`, the latter a composite application id. */
export function exactlyOneOwner(
  value: { candidate_id?: string | undefined; application_id?: string | undefined },
  ctx: RefinementContext,
): void {
  const given = [value.candidate_id, value.application_id].filter((id) => id !== undefined).length;
  if (given !== 1) {
    ctx.addIssue({
      code: 'custom',
      message: 'give exactly one of candidate_id (candidate-level) or application_id (application-level)',
      path: [],
      input: value,
    });
  }
  if (value.application_id !== undefined && !isApplicationId(value.application_id)) {
    ctx.addIssue({
      code: 'custom',
      message: "expected an application id of the form 'candidateId:jobId'",
      path: ['application_id'],
      input: value,
    });
  }
}

/** A TZ database time zone name (`Europe/Warsaw`), as the runtime knows them. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** A time slot that ends after it starts, each interviewer once. */
export function slotChecks(
  slot: { starts_at: string | Date; ends_at: string | Date; interviewer_ids: string[] },
  ctx: RefinementContext,
): void {
  if (new Date(slot.ends_at).getTime() <= new Date(slot.starts_at).getTime()) {
    ctx.addIssue({ code: 'custom', message: 'must be after starts_at', path: ['ends_at'], input: slot });
  }
  slot.interviewer_ids.forEach((id, index) => {
    if (slot.interviewer_ids.indexOf(id) !== index) {
      ctx.addIssue({
        code: 'custom',
        message: 'appears twice',
        path: ['interviewer_ids', index],
        input: slot,
      });
    }
  });
}

/** Ids each given once. */
export function noRepeatedIds(ids: string[], ctx: RefinementContext): void {
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) {
      ctx.addIssue({ code: 'custom', message: 'appears twice', path: [index], input: ids });
    }
  });
}

/** Candidate property writes, each property once. */
export function eachPropertyOnce(items: Array<{ id: string }>, ctx: RefinementContext): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({
        code: 'custom',
        message: `property '${item.id}' appears twice`,
        path: [index, 'id'],
        input: item,
      });
    }
    seen.add(item.id);
  });
}

/** A list whose values are each given once. */
export function noRepeatedValues(items: unknown[]): boolean {
  return new Set(items).size === items.length;
}

/** `applications.list`: `include` only with `hydrate`, `updated_after` only without `candidate_id`. */
export function applicationListRules(
  value: {
    include?: unknown;
    hydrate?: boolean | undefined;
    candidate_id?: string | undefined;
    updated_after?: unknown;
  },
  ctx: RefinementContext,
): void {
  if (value.include !== undefined && value.hydrate !== true) {
    ctx.addIssue({
      code: 'custom',
      message: 'is read per application: pass hydrate: true with it',
      path: ['include'],
      input: value,
    });
  }
  if (value.candidate_id !== undefined && value.updated_after !== undefined) {
    ctx.addIssue({
      code: 'custom',
      message: 'filters candidates: it cannot be combined with candidate_id',
      path: ['updated_after'],
      input: value,
    });
  }
}

/** `offers.list`: `application_id`, a composite application id, with no other filter. */
export function applicationOnly(
  value: { application_id?: string | undefined; [key: string]: unknown },
  ctx: RefinementContext,
): void {
  if (value.application_id === undefined) return;
  if (!isApplicationId(value.application_id)) {
    ctx.addIssue({
      code: 'custom',
      message: "expected an application id of the form 'candidateId:jobId'",
      path: ['application_id'],
      input: value,
    });
  }
  for (const key of ['status', 'created_after', 'created_before']) {
    if (value[key] !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: "SmartRecruiters lists an application's offers without filters; drop it or application_id",
        path: [key],
        input: value,
      });
    }
  }
}

/** Not a composite application id (`candidateId:jobId`). */
export function isNotApplicationId(id: string): boolean {
  return !isApplicationId(id);
}

/** `interviews.list`: exactly one of `job_application_id` and `application_id`. */
export function oneApplicationReference(
  params: { job_application_id?: string | undefined; application_id?: string | undefined },
  ctx: RefinementContext,
): void {
  const given = [params.job_application_id, params.application_id].filter((v) => v !== undefined);
  if (given.length !== 1) {
    ctx.addIssue({
      code: 'custom',
      message: 'give exactly one of application, application_id and job_application_id',
      path: [],
      input: params,
    });
  }
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A callback URL: HTTPS, as SmartRecruiters requires
 * (https://developers.smartrecruiters.com/docs/receiving-webhook-notifications); plain HTTP on
 * loopback hosts only.
 */
export function isCallbackUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  } catch {
    return false;
  }
}

/** A compensation whose `min` does not exceed its `max`. */
export function compensationRange(
  value: { min?: number | undefined; max?: number | undefined } | null | undefined,
  ctx: RefinementContext,
): void {
  if (value?.min !== undefined && value.max !== undefined && value.min > value.max) {
    ctx.addIssue({ code: 'custom', message: 'min must not exceed max', path: ['min'], input: value });
  }
}

/** A new job: `description` or `job_ad.job_description`, not both. */
export function oneJobDescription(
  input: { description?: string | undefined; job_ad?: { job_description?: unknown } | undefined },
  ctx: RefinementContext,
): void {
  if (input.description !== undefined && input.job_ad?.job_description !== undefined) {
    ctx.addIssue({
      code: 'custom',
      message: 'give either description or job_ad.job_description, not both',
      path: ['description'],
      input,
    });
  }
}

/** URLs to write: at most one per type, since SR keeps one per `web` slot. */
export function oneUrlPerType(urls: Array<{ type: string }>, ctx: RefinementContext): void {
  const seen = new Set<string>();
  urls.forEach((url, index) => {
    if (seen.has(url.type)) {
      ctx.addIssue({
        code: 'custom',
        message: `duplicate url type '${url.type}': SmartRecruiters stores one url per type`,
        path: [index, 'type'],
        input: url,
      });
    }
    seen.add(url.type);
  });
}

/** An assessment score whose `min` is not above its `max`. */
export function scoreBoundsOrdered(score: { min: number; max: number }): boolean {
  return score.min <= score.max;
}

/** An assessment score whose `raw` is within `min`..`max` (both included). */
export function scoreWithinBounds(score: { raw: number; min: number; max: number }): boolean {
  return score.raw >= score.min && score.raw <= score.max;
}

/** A self-scheduling slot that ends after it starts. */
export function slotEndsAfterStart(slot: { startsAt: string; endsAt: string }): boolean {
  return Date.parse(slot.endsAt) > Date.parse(slot.startsAt);
}

/** Interviewers by role, naming at least one interviewer. */
export function namesAnInterviewer(byRole: Record<string, string[]>): boolean {
  return Object.values(byRole).some((ids) => ids.length > 0);
}

/** A string (an SR enum value, known or not). */
export function isString(value: unknown): boolean {
  return typeof value === 'string';
}

/** The message of a value that is not an SR enum's string. */
export function notAStringMessage(issue: { input?: unknown }): string {
  return `expected string, received ${received(issue.input)}`;
}

/** A date-time `Date.parse` reads. */
export function isDateTimeText(value: string): boolean {
  return !Number.isNaN(Date.parse(value));
}
