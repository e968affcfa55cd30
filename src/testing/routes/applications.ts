/**
 * Applications, addressed as `/candidates/{id}/jobs/{jobId}`: view, delete, status (validated
 * against the job's hiring process and the configured reasons), status history, source, candidate
 * properties (their value formats), screening answers, onboarding status.
 *
 * Writes (`PUT .../status`, `.../source`, `.../properties`, `.../onboardingStatus`) answer 204
 * (UNCONFIRMED). `reason` is accepted only with REJECTED (a rejection-reason id) or WITHDRAWN (a
 * withdrawal-reason id); `startsOn` only with HIRED or OFFERED. Properties that were never set are
 * not listed; with none set the body is `{}`.
 */
import { SMARTONBOARD_API } from '../../routes/smartonboard.js';
import {
  action,
  compact,
  emit,
  found,
  type HandlerContext,
  param,
  type RouteDef,
  readJson,
  route,
} from '../context.js';
import { badRequest, notFound } from '../errors.js';
import { json, noContent } from '../http.js';
import {
  type ApplicationRecord,
  type CandidatePropertyRecord,
  SR_APPLICATION_STATUSES,
  SR_ONBOARDING_STATUSES,
  type SubStatusStatus,
} from '../model.js';
import { parseIsoDate } from '../query.js';
import { S } from '../scopes.js';
import { startOnboarding } from '../seed-onboarding.js';
import { Check, isObject } from '../validation.js';
import {
  applicationPath,
  applicationPayload,
  applicationView,
  listOf,
  requireObject,
  validateSourceDetails,
} from './shared.js';

const PROPERTY_CONTEXTS = ['PROFILE', 'OFFER_FORM', 'HIRE_FORM', 'OFFER_APPROVAL_FORM'] as const;

/**
 * The application of the path: SR's 404 codes, `CANDIDATE_NOT_FOUND` for an unknown candidate and
 * `JOB_NOT_FOUND` for a job the candidate has no application on.
 */
function findApplication(ctx: HandlerContext): ApplicationRecord {
  const { state } = ctx.services;
  const candidateId = param(ctx, 'id');
  const jobId = param(ctx, 'jobId');
  if (!state.candidates.has(candidateId))
    throw notFound(`Candidate '${candidateId}' not found`, 'CANDIDATE_NOT_FOUND');
  const app = state.application(candidateId, jobId);
  if (!app)
    throw notFound(`Candidate '${candidateId}' has no application on job '${jobId}'`, 'JOB_NOT_FOUND');
  return app;
}

function touch(ctx: HandlerContext, app: ApplicationRecord): void {
  const { state } = ctx.services;
  const now = state.nowIso();
  app.updatedOn = now;
  const candidate = state.candidates.get(app.candidateId);
  if (candidate) candidate.updatedOn = now;
  const job = state.jobs.get(app.jobId);
  if (job) job.lastActivityOn = now;
}

/**
 * Why `value` is not valid for the property type, or `undefined` when it is.
 */
export function propertyValueProblem(
  ctx: HandlerContext,
  property: CandidatePropertyRecord,
  value: unknown,
): string | undefined {
  const where = `value of property '${property.label}' (${property.type})`;
  switch (property.type) {
    case 'BOOLEAN':
      return typeof value === 'boolean' ? undefined : `${where} must be true or false`;
    case 'COUNTRY':
      return typeof value === 'string' && /^[a-z]{2}$/.test(value)
        ? undefined
        : `${where} must be a lowercase ISO 3166-1 alpha-2 code, e.g. "us"`;
    case 'REGION':
      return typeof value === 'string' && /^[a-z]{2}-[a-z0-9]{1,3}$/.test(value)
        ? undefined
        : `${where} must be a lowercase ISO 3166-2 code, e.g. "us-wa"`;
    case 'CURRENCY':
      return isObject(value) &&
        typeof value.code === 'string' &&
        /^[A-Z]{3}$/.test(value.code) &&
        typeof value.value === 'number' &&
        Number.isFinite(value.value)
        ? undefined
        : `${where} must be { "code": "<ISO 4217>", "value": <number> }`;
    case 'DATE':
      return typeof value === 'string' && /T/.test(value) && parseIsoDate(value) !== undefined
        ? undefined
        : `${where} must be an ISO-8601 date-time, e.g. "2015-11-17T23:00:00.000Z"`;
    case 'NUMBER':
    case 'PERCENT':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : `${where} must be a number`;
    case 'TEXT':
      return typeof value === 'string' ? undefined : `${where} must be a string`;
    case 'USER':
      return typeof value === 'string' && ctx.services.state.users.has(value)
        ? undefined
        : `${where} must be an existing user id`;
    case 'SINGLE_SELECT':
      return typeof value === 'string' && property.values.some((v) => v.id === value)
        ? undefined
        : `${where} must be the id of one of its values (GET /configuration/candidate-properties/${property.id}/values)`;
  }
}

function propertiesView(ctx: HandlerContext, app: ApplicationRecord): unknown {
  const { state } = ctx.services;
  const entries = Object.entries(app.properties);
  // SR returns `{}` when the application has no property value set (§6.3).
  if (entries.length === 0) return {};
  return {
    content: entries.flatMap(([id, value]) => {
      const property = state.candidateProperties.get(id);
      if (!property) return [];
      let valueLabel: string | undefined;
      if (property.type === 'SINGLE_SELECT') valueLabel = property.values.find((v) => v.id === value)?.label;
      if (property.type === 'USER' && typeof value === 'string') {
        const user = state.users.get(value);
        if (user) valueLabel = `${user.firstName} ${user.lastName}`;
      }
      return [
        compact({
          id,
          label: property.label,
          type: property.type,
          value,
          valueLabel,
          actions: { configuration: action(ctx, `/configuration/candidate-properties/${id}`) },
        }),
      ];
    }),
  };
}

function writeProperties(ctx: HandlerContext, app: ApplicationRecord, items: unknown[]) {
  const { state } = ctx.services;
  const updates: Array<{ id: string; value: unknown; reset: boolean }> = [];
  const problems: string[] = [];
  items.forEach((item, i) => {
    if (!isObject(item) || typeof item.id !== 'string') {
      problems.push(`[${i}] must be { "id": "<propertyId>", "value": ... }`);
      return;
    }
    const property = state.candidateProperties.get(item.id);
    if (!property) throw notFound(`Candidate property '${item.id}' not found`, 'PROPERTY_NOT_FOUND');
    const reset = !Object.hasOwn(item, 'value') || item.value === null;
    if (!reset) {
      const problem = propertyValueProblem(ctx, property, item.value);
      if (problem) problems.push(problem);
    }
    updates.push({ id: item.id, value: item.value, reset });
  });
  if (problems.length > 0)
    throw badRequest(`Invalid property values: ${problems.join('; ')}`, 'VALIDATION_ERROR', problems);
  for (const u of updates) {
    if (u.reset) delete app.properties[u.id];
    else app.properties[u.id] = u.value;
  }
  touch(ctx, app);
  emit(ctx, 'application.fields.updated', applicationPayload(app), applicationPath(app));
  return noContent();
}

/**
 * Deletes an application with what belongs to it (its attachments, offers, interviews and
 * reviews: no orphans in their lists); the candidate is updated. Answers 204.
 */
export function removeApplication(ctx: HandlerContext, app: ApplicationRecord) {
  const { state } = ctx.services;
  state.applications.delete(app.id);
  for (const [key, a] of state.attachments)
    if (a.candidateId === app.candidateId && a.jobId === app.jobId) state.attachments.delete(key);
  state.deleteApplicationRecords(app);
  const candidate = state.candidates.get(app.candidateId);
  if (candidate) candidate.updatedOn = state.nowIso();
  emit(ctx, 'candidate.updated', { id: app.candidateId }, `/candidates/${app.candidateId}`);
  return noContent();
}

function changeStatus(ctx: HandlerContext) {
  const { state } = ctx.services;
  const app = findApplication(ctx);
  const body = requireObject(readJson(ctx));
  const check = new Check();
  const status = check.enumValue(body, 'status', SR_APPLICATION_STATUSES, '', { required: true });
  const subStatus = check.string(body, 'subStatus', '', { nullable: true });
  const startsOn = check.date(body, 'startsOn', '');
  const reason = check.string(body, 'reason', '', { nullable: true });
  check.done();
  if (!status) throw badRequest('status is required', 'VALIDATION_ERROR');
  const job = state.jobs.get(app.jobId);
  const process = job ? state.hiringProcesses.get(job.hiringProcessId) : undefined;
  if (subStatus) {
    const allowed = process?.subStatuses[status as SubStatusStatus];
    if (!allowed?.includes(subStatus)) {
      throw badRequest(
        allowed && allowed.length > 0
          ? `subStatus '${subStatus}' is not defined for ${status} in the job's hiring process; allowed: ${allowed.join(', ')}`
          : `Status ${status} has no sub-statuses in the job's hiring process`,
        'INVALID_SUB_STATUS',
      );
    }
  }
  let rejection = null;
  let withdrawal = null;
  if (reason) {
    if (status === 'REJECTED') {
      rejection = state.rejectionReasons.get(reason) ?? null;
      if (!rejection)
        throw badRequest(
          `reason '${reason}' is not a rejection reason id (GET /configuration/rejection-reasons)`,
          'REASON_NOT_FOUND',
        );
    } else if (status === 'WITHDRAWN') {
      withdrawal = state.withdrawalReasons.get(reason) ?? null;
      if (!withdrawal)
        throw badRequest(
          `reason '${reason}' is not a withdrawal reason id (GET /configuration/withdrawal-reasons)`,
          'REASON_NOT_FOUND',
        );
    } else {
      throw badRequest(
        'reason is only accepted with status REJECTED or WITHDRAWN',
        'NO_REASON_SUPPORT_FOR_STATUS',
      );
    }
  }
  if (startsOn !== undefined && status !== 'HIRED' && status !== 'OFFERED') {
    throw badRequest('startsOn is only accepted with status HIRED or OFFERED', 'VALIDATION_ERROR');
  }
  const now = state.nowIso();
  const keepsStartsOn = status === app.status;
  app.startsOn =
    status === 'HIRED' || status === 'OFFERED' ? (startsOn ?? (keepsStartsOn ? app.startsOn : null)) : null;
  app.status = status;
  app.subStatus = subStatus ?? null;
  app.reasonOfRejection = rejection ? { ...rejection } : null;
  app.reasonOfWithdrawal = withdrawal ? { ...withdrawal } : null;
  app.statusHistory.push({ changedOn: now, status, subStatus: app.subStatus });
  touch(ctx, app);
  emit(ctx, 'application.status.updated', applicationPayload(app), applicationPath(app));
  // A hiring step with an assessment package orders it (SmartRecruiters' auto-triggered assessments).
  ctx.services.assessments.statusChanged(app);
  if (
    status === 'HIRED' &&
    ![...state.onboardingProcesses.values()].some((p) => p.applicationId === app.id)
  ) {
    // SmartOnboard starts the new hire's onboarding.
    const process = startOnboarding(state, app);
    emit(
      ctx,
      'onboarding.process.started',
      { onboarding_process_id: process.id, new_hire_id: process.newHireId },
      `${SMARTONBOARD_API}/onboarding-processes/${process.id}`,
    );
  }
  return noContent();
}

/** Application routes. */
export const applicationRoutes: RouteDef[] = [
  route('GET', '/candidates/{id}/jobs/{jobId}', S.candidatesRead, (ctx) =>
    json(200, applicationView(ctx, findApplication(ctx))),
  ),
  route('DELETE', '/candidates/{id}/jobs/{jobId}', S.candidatesManage, (ctx) =>
    removeApplication(ctx, findApplication(ctx)),
  ),
  route('PUT', '/candidates/{id}/jobs/{jobId}/status', S.candidatesManage, changeStatus),
  route('GET', '/candidates/{id}/jobs/{jobId}/status/history', S.statusHistory, (ctx) => {
    const app = findApplication(ctx);
    return json(
      200,
      listOf(
        app.statusHistory.map((h) =>
          compact({
            changedOn: h.changedOn,
            status: h.status,
            subStatus: h.subStatus,
            actions: { application: action(ctx, applicationPath(app)) },
          }),
        ),
      ),
    );
  }),
  route('PUT', '/candidates/{id}/jobs/{jobId}/source', S.candidatesManage, (ctx) => {
    const app = findApplication(ctx);
    app.source = validateSourceDetails(ctx, readJson(ctx), 'body', 'update');
    touch(ctx, app);
    emit(ctx, 'application.source.updated', applicationPayload(app), applicationPath(app));
    return noContent();
  }),
  route('GET', '/candidates/{id}/jobs/{jobId}/properties', S.candidatesRead, (ctx) => {
    ctx.query.enumValue('context', PROPERTY_CONTEXTS);
    return json(200, propertiesView(ctx, findApplication(ctx)));
  }),
  route('PUT', '/candidates/{id}/jobs/{jobId}/properties', S.candidatesManage, (ctx) => {
    const app = findApplication(ctx);
    const body = readJson(ctx);
    if (!Array.isArray(body))
      throw badRequest('Body must be a JSON array of { id, value }', 'VALIDATION_ERROR');
    return writeProperties(ctx, app, body);
  }),
  route('PUT', '/candidates/{id}/jobs/{jobId}/properties/{propertyId}', S.candidatesManage, (ctx) => {
    const app = findApplication(ctx);
    const body = requireObject(readJson(ctx));
    return writeProperties(ctx, app, [{ ...body, id: param(ctx, 'propertyId') }]);
  }),
  route('GET', '/candidates/{id}/properties', S.candidatesRead, (ctx) => {
    // Deprecated candidate-level variant (§6): the primary application's values.
    const { state } = ctx.services;
    const candidate = found(state.candidates.get(param(ctx, 'id')), 'Candidate');
    const primary = state.primaryApplication(candidate.id);
    return json(200, primary ? propertiesView(ctx, primary) : {});
  }),
  route('GET', '/candidates/{id}/jobs/{jobId}/screening-answers', S.candidatesRead, (ctx) =>
    json(200, listOf(findApplication(ctx).screeningAnswers)),
  ),
  route('GET', '/candidates/{id}/jobs/{jobId}/onboardingStatus', S.candidatesRead, (ctx) =>
    json(200, compact({ onboardingStatus: findApplication(ctx).onboardingStatus })),
  ),
  route('PUT', '/candidates/{id}/jobs/{jobId}/onboardingStatus', S.candidatesManage, (ctx) => {
    const app = findApplication(ctx);
    const body = requireObject(readJson(ctx));
    const check = new Check();
    const status = check.enumValue(body, 'onboardingStatus', SR_ONBOARDING_STATUSES, '', { required: true });
    check.done();
    app.onboardingStatus = status ?? null;
    touch(ctx, app);
    emit(ctx, 'application.onboarding-status.updated', applicationPayload(app), applicationPath(app));
    return noContent();
  }),
];
