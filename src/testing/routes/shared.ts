/**
 * Renderers and validators shared by several route families.
 */
import { action, compact, type HandlerContext } from '../context.js';
import { badRequest, srError } from '../errors.js';
import type { ApplicationRecord, CandidateLocation, CandidateWeb, SourceDetails } from '../model.js';
import { Check, isObject } from '../validation.js';

/** `/candidates/{id}/jobs/{jobId}`. */
export function applicationPath(app: Pick<ApplicationRecord, 'candidateId' | 'jobId'>): string {
  return `/candidates/${app.candidateId}/jobs/${app.jobId}`;
}

/**
 * The application of `candidateId` on `jobId` named in a write body (Interviews and Reviews APIs):
 * otherwise SR's 422 `CANDIDATE_NOT_FOUND`, `JOB_NOT_FOUND` or `APPLICATION_NOT_FOUND`.
 */
export function requireApplication(
  ctx: HandlerContext,
  candidateId: string,
  jobId: string,
): ApplicationRecord {
  const { state } = ctx.services;
  if (!state.candidates.has(candidateId)) {
    throw srError(422, 'CANDIDATE_NOT_FOUND', `Candidate '${candidateId}' not found`);
  }
  if (!state.jobs.has(jobId)) throw srError(422, 'JOB_NOT_FOUND', `Job '${jobId}' not found`);
  const app = state.application(candidateId, jobId);
  if (!app) {
    throw srError(
      422,
      'APPLICATION_NOT_FOUND',
      `Candidate '${candidateId}' has no application on job '${jobId}'`,
    );
  }
  return app;
}

/**
 * Webhook payload of `application.*` events
 * (https://developers.smartrecruiters.com/docs/receiving-webhook-notifications).
 */
export function applicationPayload(app: ApplicationRecord): Record<string, string> {
  return { job_id: app.jobId, candidate_id: app.candidateId, application_id: app.id };
}

/** Source label shown in `Assignment.source` / `Application.source`. */
export function sourceLabel(ctx: HandlerContext, source: SourceDetails): string {
  return ctx.services.state.sourceValues.get(source.sourceId)?.label ?? source.sourceId;
}

/** `actions.sourceDetails` of an application. */
export function sourceAction(ctx: HandlerContext, source: SourceDetails) {
  return action(ctx, `/configuration/sources/${source.sourceTypeId}/values/${source.sourceId}`);
}

/**
 * SR's codes for a source that is not configured: a candidate create answers 404
 * `SOURCE_TYPE_NOT_FOUND` for an unknown type and 400 `SOURCE_NOT_FOUND` for an unknown value;
 * `PUT …/source` answers 400 `INVALID_SOURCE_TYPE` and `INVALID_SOURCE`.
 */
const SOURCE_ERRORS = {
  create: { type: [404, 'SOURCE_TYPE_NOT_FOUND'], value: [400, 'SOURCE_NOT_FOUND'] },
  update: { type: [400, 'INVALID_SOURCE_TYPE'], value: [400, 'INVALID_SOURCE'] },
} as const;

/**
 * Validates `sourceDetails` against the configured sources: the type must exist, the value
 * must belong to it, and a sub-type, when given, must be one of the type's and match the value's.
 * `use` picks SR's error codes: a candidate create's or `PUT …/source`'s.
 */
export function validateSourceDetails(
  ctx: HandlerContext,
  value: unknown,
  path: string,
  use: keyof typeof SOURCE_ERRORS,
): SourceDetails {
  const errors = SOURCE_ERRORS[use];
  const refuse = ([status, code]: readonly [number, string], message: string) =>
    srError(status, code, message);
  const check = new Check();
  const obj = check.object(value, path);
  check.done();
  if (!obj) throw badRequest(`${path} is required`, 'VALIDATION_ERROR');
  const sourceTypeId = check.string(obj, 'sourceTypeId', `${path}.`, { required: true });
  // SR's `sourceSubTypeId` is a string: left out when there is none, never null.
  if (obj.sourceSubTypeId === null) check.fail(`${path}.sourceSubTypeId must be a string`);
  const sourceSubTypeId = check.string(obj, 'sourceSubTypeId', `${path}.`);
  const sourceId = check.string(obj, 'sourceId', `${path}.`, { required: true });
  check.done();
  const { state } = ctx.services;
  const type = state.sourceTypes.get(sourceTypeId as string);
  if (!type) throw refuse(errors.type, `Unknown source type '${sourceTypeId}'`);
  const sourceValue = state.sourceValues.get(sourceId as string);
  if (!sourceValue || sourceValue.typeId !== type.id) {
    throw refuse(errors.value, `Source '${sourceId}' is not a value of source type '${type.id}'`);
  }
  if (sourceSubTypeId) {
    if (!type.subtypes.some((s) => s.id === sourceSubTypeId)) {
      throw refuse(errors.value, `Unknown source sub-type '${sourceSubTypeId}' for type '${type.id}'`);
    }
    if (sourceValue.subTypeId !== sourceSubTypeId) {
      throw refuse(errors.value, `Source '${sourceId}' does not belong to sub-type '${sourceSubTypeId}'`);
    }
  }
  return {
    sourceTypeId: type.id,
    sourceSubTypeId: sourceSubTypeId ?? sourceValue.subTypeId,
    sourceId: sourceValue.id,
  };
}

/** Reads a `CandidateLocation` object. */
export function readCandidateLocation(
  check: Check,
  value: unknown,
  path: string,
): CandidateLocation | null | undefined {
  if (value === null) return null;
  const obj = check.object(value, path);
  if (!obj) return undefined;
  const out: CandidateLocation = {};
  for (const key of ['country', 'countryCode', 'regionCode', 'region', 'city'] as const) {
    const v = check.string(obj, key, `${path}.`);
    if (typeof v === 'string') out[key] = v;
  }
  for (const key of ['lat', 'lng'] as const) {
    const v = check.number(obj, key, `${path}.`);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** Reads a `web` object. */
export function readWeb(check: Check, value: unknown, path: string): CandidateWeb | null | undefined {
  if (value === null) return null;
  const obj = check.object(value, path);
  if (!obj) return undefined;
  const out: CandidateWeb = {};
  for (const key of ['skype', 'linkedin', 'facebook', 'twitter', 'website'] as const) {
    const v = check.string(obj, key, `${path}.`);
    if (typeof v === 'string') out[key] = v;
  }
  return out;
}

/** Orders records newest first (`createdOn`), then by id, descending: a stable list order. */
export function newestFirst(
  a: { createdOn: string; id: string },
  b: { createdOn: string; id: string },
): number {
  return a.createdOn < b.createdOn
    ? 1
    : a.createdOn > b.createdOn
      ? -1
      : a.id < b.id
        ? 1
        : a.id > b.id
          ? -1
          : 0;
}

/** One page of an offset-paged list: SR's `{ limit, offset, totalFound, content }`. */
export function offsetPage<T>(all: readonly T[], limit: number, offset: number, view: (item: T) => unknown) {
  return { limit, offset, totalFound: all.length, content: all.slice(offset, offset + limit).map(view) };
}

/** Renders an SR list envelope `{ totalFound, content }` for unpaged collections. */
export function listOf(content: unknown[]): { totalFound: number; content: unknown[] } {
  return { totalFound: content.length, content };
}

/** Renders an application view (`GET /candidates/{id}/jobs/{jobId}`). */
export function applicationView(ctx: HandlerContext, app: ApplicationRecord): Record<string, unknown> {
  return compact({
    // SR's job application id: this answer is the only one of the core API that gives it.
    applicationId: app.id,
    status: app.status,
    subStatus: app.subStatus,
    startsOn: app.startsOn,
    source: sourceLabel(ctx, app.source),
    reasonOfRejection: app.reasonOfRejection,
    reasonOfWithdrawal: app.reasonOfWithdrawal,
    actions: { sourceDetails: sourceAction(ctx, app.source) },
    url: `https://www.smartrecruiters.com/app/people/applications/${app.id}`,
  });
}

/** A JSON body must be an object. */
export function requireObject(value: unknown, what = 'Request body'): Record<string, unknown> {
  if (!isObject(value)) throw badRequest(`${what} must be a JSON object`, 'VALIDATION_ERROR');
  return value;
}
