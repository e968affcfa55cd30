/**
 * Operations SmartRecruiters documents that the fake does not serve. They answer 501
 * `NOT_IMPLEMENTED_IN_FAKE` (after authentication, rate limiting and latency, like a served route),
 * so a client calling one learns it hit a gap of the fake rather than a missing SR endpoint (a 404).
 * A path the docs do not know stays 404.
 *
 * Source: every typed operation of SmartRecruiters' official registries (the conformance table,
 * docs/conformance/sr-api.json, kept outside this package) that `ROUTES` does not serve;
 * `test/coverage.test.ts` checks that every typed operation is served or listed here, and that
 * this list names only documented operations the fake does not serve. When a route is
 * implemented, it wins over its entry here (served routes are matched first); remove the entry
 * anyway.
 */
import { srError } from './errors.js';

/** `'METHOD /path/{template}'` of every documented operation the fake does not implement. */
export const UNIMPLEMENTED_OPERATIONS: readonly string[] = [
  // candidates
  'POST /candidates/cv',
  'POST /candidates/cv/parse',
  'GET /candidates/{id}/onboardingStatus',
  'PUT /candidates/{id}/onboardingStatus',
  'GET /candidates/{id}/status/history',
  'PUT /candidates/{id}/status',
  'PUT /candidates/{id}/properties/{propertyId}',
  // applications
  'POST /jobs/{jobId}/candidates/cv',
  // jobs
  'PATCH /jobs/{jobId}/headcount',
  'GET /jobs/{jobId}/approvals/latest',
  'GET /jobs/{jobId}/note',
  'PUT /jobs/{jobId}/note',
  'POST /jobs/{jobId}/positions',
  'GET /jobs/{jobId}/positions/{positionId}',
  'PUT /jobs/{jobId}/positions/{positionId}',
  'DELETE /jobs/{jobId}/positions/{positionId}',
  'GET /jobs/{jobId}/jobads',
  'POST /jobs/{jobId}/jobads',
  'GET /jobs/{jobId}/jobads/{jobAdId}',
  'PUT /jobs/{jobId}/jobads/{jobAdId}',
  'GET /jobs/{jobId}/jobads/{jobAdId}/postings',
  'POST /jobs/{jobId}/jobads/{jobAdId}/postings',
  'DELETE /jobs/{jobId}/jobads/{jobAdId}/postings',
  // users
  'POST /user-api/v201804/users/{id}/activation-email',
  'POST /user-api/v201804/users/{id}/reset-password',
  'PUT /user-api/v201804/users/{id}/avatar',
  // groups
  'GET /configuration/access-groups',
  'POST /configuration/access-groups',
  'GET /configuration/access-groups/{accessGroupId}',
  'PUT /configuration/access-groups/{accessGroupId}',
  'DELETE /configuration/access-groups/{accessGroupId}',
  // users-legacy
  'GET /users',
  'POST /users',
  'GET /users/me',
  'GET /users/{id}',
  'PATCH /users/{id}',
  'DELETE /users/{id}',
  // configuration
  'PUT /configuration/sources/recruiters/resolve',
  'POST /configuration/candidate-properties/{id}/values',
  'GET /configuration/candidate-properties/{id}/values/{valueId}',
  'PUT /configuration/candidate-properties/{id}/values/{valueId}',
  'DELETE /configuration/candidate-properties/{id}/values/{valueId}',
  'POST /configuration/job-properties',
  'PATCH /configuration/job-properties/{id}',
  'POST /configuration/job-properties/{id}/values',
  'PATCH /configuration/job-properties/{id}/values/{valueId}',
  'PUT /configuration/job-properties/{id}/activation',
  'DELETE /configuration/job-properties/{id}/activation',
  'PUT /configuration/job-properties/{id}/archive-values/{valueId}',
  'DELETE /configuration/job-properties/{id}/archive-values/{valueId}',
  'GET /configuration/career-sites',
  // messages
  'POST /messages/shares',
  'DELETE /messages/shares/{id}',
  'GET /messages',
  // offers
  'GET /candidates/{id}/jobs/{jobId}/offers/{offerId}/approvals/latest',
  // configuration-api: job property translations and dependents, a career site, location writes
  'GET /configuration/career-sites/{careerSiteId}',
  'PATCH /configuration/job-properties/{id}/translations',
  'PATCH /configuration/job-properties/{id}/values/{valueId}/translations',
  'PUT /configuration/job-properties/{id}/values/{valueId}',
  'DELETE /configuration/job-properties/{id}/values/{valueId}',
  'GET /configuration/job-properties/{id}/dependents',
  'POST /configuration/job-properties/{id}/dependents',
  'DELETE /configuration/job-properties/{id}/dependents/{dependentId}',
  'GET /configuration/job-properties/{id}/dependents/{dependentId}/values',
  'GET /configuration/job-properties/{id}/values/{valueId}/dependents/{dependentId}/values',
  'POST /configuration/job-properties/{id}/values/{valueId}/dependents/{dependentId}/values',
  'DELETE /configuration/job-properties/{id}/values/{valueId}/dependents/{dependentId}/values/{dependentValueId}',
  'POST /configuration/predefined-locations',
  'DELETE /configuration/predefined-locations',
  'PUT /configuration/predefined-locations/{id}',
  'DELETE /configuration/predefined-locations/{id}',
  // users-api-deprecated
  'PUT /users/{id}/activation',
  'DELETE /users/{id}/activation',
  'POST /users/{id}/activation-email',
  'PUT /users/{id}/avatar',
  // notifications-api
  'GET /notification-preferences/employee-preferences',
  'POST /notification-preferences/employee-preferences',
  'PATCH /notification-preferences/employee-preferences',
  'GET /notification-preferences/employee-preferences/all',
  'PATCH /notification-preferences/employee-preferences/preferences/{preferenceId}',
  'GET /notification-preferences/global-preferences',
  'PATCH /notification-preferences/global-preferences',
  'GET /notification-preferences/notification-types',
  // partners-public-api
  'GET /v1/configs',
  'POST /v1/configs',
  'GET /v1/configs/{configId}',
  'POST /v1/configs/{configId}',
  'GET /v1/offers',
  // email-company (message templates)
  'GET /message-templates-api/message-templates',
  'POST /message-templates-api/message-templates',
  'GET /message-templates-api/message-templates/{messageTemplateId}',
  'PUT /message-templates-api/message-templates/{messageTemplateId}',
  'DELETE /message-templates-api/message-templates/{messageTemplateId}',
  // feed-api
  'GET /feed/publications',
  'GET /feed/publications/{postingId}',
  'PUT /feed/publications/{postingId}',
  // url-shortener
  'POST /url-shortener/shorten',
  // interview templates (the older /interview/templates routes)
  'GET /interview-templates/interview/templates',
  'POST /interview-templates/interview/templates',
  'GET /interview-templates/interview/templates/{id}',
  'PUT /interview-templates/interview/templates/{id}',
  'DELETE /interview-templates/interview/templates/{id}',
  'GET /interview-templates/interview/templates/job-applications/{applicationId}',
  'PUT /interview-templates/interview/templates/job/{jobInterviewTemplateId}',
  'PATCH /interview-templates/interview/templates/job/{jobInterviewTemplateId}',
  'GET /interview-templates/interview/templates/jobs/{jobId}',
  // hiring events
  'GET /event-management-api/events',
  'POST /event-management-api/events',
  'GET /event-management-api/events/{eventId}',
  'PUT /event-management-api/events/{eventId}',
  'DELETE /event-management-api/events/{eventId}',
  'GET /event-management-api/events/{eventId}/applicants',
  'POST /event-management-api/events/{eventId}/applicants',
  'GET /event-management-api/events/{eventId}/pool-applicants',
  'GET /event-management-api/events/{eventId}/sessions/{sessionId}',
  'DELETE /event-management-api/events/{eventId}/sessions/{sessionId}',
  'PUT /event-management-api/events/{eventId}/sessions/{sessionId}/applicants',
  'POST /event-management-api/events/{eventId}/sessions/{sessionId}/applicants',
  'PUT /event-management-api/events/{eventId}/sessions/{sessionId}/interviewers',
  'DELETE /event-management-api/events/{eventId}/sessions/{sessionId}/interviewers',
  'GET /event-management-api/events/applications/{applicationId}',
  'GET /event-management-api/events/candidates/{profileId}',
  // approvals
  'GET /approvals-api/v201910/approvals',
  'POST /approvals-api/v201910/approvals',
  'GET /approvals-api/v201910/approvals/{approvalRequestId}',
  'POST /approvals-api/v201910/approvals/{approvalRequestId}/approve-decisions',
  'GET /approvals-api/v201910/approvals/{approvalRequestId}/comments',
  'POST /approvals-api/v201910/approvals/{approvalRequestId}/comments',
  'POST /approvals-api/v201910/approvals/{approvalRequestId}/reject-decisions',
  // audit log
  'GET /audit-api/v201910/audit-events',
];

/** The 501 answer of an unimplemented operation, in SR's error shape. */
export function notImplemented(method: string, template: string): Error {
  return srError(501, 'NOT_IMPLEMENTED_IN_FAKE', 'Not implemented in the fake SmartRecruiters server', {
    details: [`${method} ${template} is a documented SmartRecruiters operation the fake does not implement`],
  });
}
