/**
 * The Candidate Status API (`GET /candidate-status-api/status/{applicationUuid}`): an application's
 * status by its id (the `application_id` of webhook payloads), as `{ status }` in the Apply API's
 * words (`OFFER`, `HIRE`; the Customer API's `OFFERED`, `HIRED`).
 *
 * UNCONFIRMED (SmartRecruiters publishes the route only): the answer's shape (the Apply API's
 * `ApplicationStatusInfo`), the scope (`candidates_read`), and 404 `APPLICATION_NOT_FOUND` for an
 * unknown application.
 */
import { found, param, type RouteDef, route } from '../context.js';
import { json } from '../http.js';
import type { ApplicationStatus } from '../model.js';
import { S } from '../scopes.js';

/** The Apply API's name of each application status. */
export const APPLY_STATUS: Readonly<Record<ApplicationStatus, string>> = {
  LEAD: 'LEAD',
  NEW: 'NEW',
  IN_REVIEW: 'IN_REVIEW',
  INTERVIEW: 'INTERVIEW',
  OFFERED: 'OFFER',
  HIRED: 'HIRE',
  REJECTED: 'REJECTED',
  WITHDRAWN: 'WITHDRAWN',
  TRANSFERRED: 'TRANSFERRED',
};

/** Candidate Status API routes. */
export const candidateStatusRoutes: RouteDef[] = [
  route('GET', '/candidate-status-api/status/{applicationUuid}', S.candidatesRead, (ctx) => {
    const app = found(
      ctx.services.state.applications.get(param(ctx, 'applicationUuid')),
      'Application',
      'APPLICATION_NOT_FOUND',
    );
    return json(200, { status: APPLY_STATUS[app.status] ?? 'OTHER' });
  }),
];
