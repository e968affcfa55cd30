/**
 * GDPR consent and the Job Applications API: a candidate's consent decisions, batch consent
 * requests, and a job application by SmartRecruiters' job application id (the `application_id` of
 * webhook payloads) with its own consent decisions and requests.
 *
 * Batch requests as SR documents them: `{ content: [{ id }] }` with 1-1,000 candidates, answered
 * 201 with one result per candidate in request order: `{ status: 202, body: { location } }` for a
 * candidate that is asked (a `REQUIRED` consent becomes `PENDING`), `{ status: 403, body: false }`
 * for one that cannot be (the fake: an unknown candidate; SR: no privacy policy configured). An
 * application's consent request answers 202 with no body (UNCONFIRMED: SR documents these
 * Job Applications API routes as sandbox-only).
 */
import { JOB_APPLICATIONS_API } from '../../routes.js';
import {
  absoluteUrl,
  emit,
  found,
  type HandlerContext,
  param,
  type RouteDef,
  readJson,
  route,
} from '../context.js';
import { badRequest } from '../errors.js';
import { json, noContent } from '../http.js';
import type { ApplicationRecord, ConsentRecord } from '../model.js';
import { S } from '../scopes.js';
import { isObject } from '../validation.js';
import { removeApplication } from './applications.js';
import { requireObject } from './shared.js';

/** Most candidates one consent request may name. */
export const MAX_CONSENT_REQUEST_CANDIDATES = 1000;

function consentView(record: ConsentRecord | undefined): Record<string, unknown> {
  const view: Record<string, unknown> = { decisions: record?.decisions ?? [] };
  if (record?.recentPendingRequestCreatedOn)
    view.recentPendingRequestCreatedOn = record.recentPendingRequestCreatedOn;
  return view;
}

function pending(record: ConsentRecord | undefined, now: string): ConsentRecord {
  return { decisions: record?.decisions ?? [], recentPendingRequestCreatedOn: now };
}

function findJobApplication(ctx: HandlerContext): ApplicationRecord {
  return found(ctx.services.state.applications.get(param(ctx, 'jobApplicationId')), 'Job application');
}

/** Consent and job application routes. */
export const consentRoutes: RouteDef[] = [
  route('GET', '/candidates/{id}/consents', S.candidatesRead, (ctx) => {
    const { state } = ctx.services;
    const candidate = found(state.candidates.get(param(ctx, 'id')), 'Candidate');
    return json(200, consentView(state.consents.get(candidate.id)));
  }),
  route('POST', '/candidates/consent-requests', S.candidatesManage, (ctx) => {
    const { state } = ctx.services;
    const body = requireObject(readJson(ctx));
    const content = body.content;
    if (!Array.isArray(content) || content.length === 0) {
      throw badRequest('content must be a non-empty array of { id }', 'VALIDATION_ERROR');
    }
    if (content.length > MAX_CONSENT_REQUEST_CANDIDATES) {
      throw badRequest(
        `content may hold at most ${MAX_CONSENT_REQUEST_CANDIDATES} candidates`,
        'VALIDATION_ERROR',
      );
    }
    const ids = content.map((item, index) => {
      if (!isObject(item) || typeof item.id !== 'string' || item.id === '') {
        throw badRequest(`content[${index}].id must be a candidate id`, 'VALIDATION_ERROR');
      }
      return item.id;
    });
    const now = state.nowIso();
    const results = ids.map((id) => {
      const candidate = state.candidates.get(id);
      // SR's `ConsentRequestUnavailable`: the body is the boolean `false`.
      if (!candidate) return { status: 403, body: false };
      state.consents.set(id, pending(state.consents.get(id), now));
      if (candidate.consentStatus === 'REQUIRED') {
        candidate.consentStatus = 'PENDING';
        candidate.updatedOn = now;
        emit(ctx, 'candidate.updated', { id }, `/candidates/${id}`);
      }
      return { status: 202, body: { location: absoluteUrl(ctx, `/candidates/${id}/consents`) } };
    });
    return json(201, { results });
  }),
  route(
    'GET',
    `${JOB_APPLICATIONS_API}/job-applications/{jobApplicationId}`,
    S.jobApplicationsRead,
    (ctx) => {
      const app = findJobApplication(ctx);
      const source = ctx.services.state.sourceValues.get(app.source.sourceId);
      const view: Record<string, unknown> = {
        status: app.status,
        // The source's identifier (`GET /configuration/sources/{sourceIdentifier}`).
        ...(source ? { sourceIdentifier: source.identifier } : {}),
        createDate: app.createdOn,
        profileId: app.candidateId,
        jobId: app.jobId,
      };
      if (app.subStatus) view.subStatus = app.subStatus;
      return json(200, view);
    },
  ),
  route('DELETE', `${JOB_APPLICATIONS_API}/job-applications/{jobApplicationId}`, S.candidatesManage, (ctx) =>
    removeApplication(ctx, findJobApplication(ctx)),
  ),
  route(
    'POST',
    `${JOB_APPLICATIONS_API}/job-applications/{jobApplicationId}/consent-request`,
    S.candidatesManage,
    (ctx) => {
      const { state } = ctx.services;
      const app = findJobApplication(ctx);
      state.applicationConsents.set(app.id, pending(state.applicationConsents.get(app.id), state.nowIso()));
      return noContent(202);
    },
  ),
  route(
    'GET',
    `${JOB_APPLICATIONS_API}/job-applications/{jobApplicationId}/consents`,
    S.candidatesRead,
    (ctx) => {
      const app = findJobApplication(ctx);
      return json(200, consentView(ctx.services.state.applicationConsents.get(app.id)));
    },
  ),
];
