/**
 * `smartrecruiters-sdk`: the SmartRecruiters client. `SmartRecruiters` gives the unified
 * resources (candidates, applications, jobs, attachments, users, roles, groups...) with cursor
 * pagination; `SmartRecruitersClient` is the raw proxy client, typed by SmartRecruiters' routes.
 * Auth (API key, OAuth), rate limits, retries, webhooks and the models are exported here too.
 * Runs on Node, Bun, Deno and edge runtimes.
 *
 * ```ts
 * import { SmartRecruiters } from 'smartrecruiters-sdk';
 *
 * const sr = new SmartRecruiters({ apiKey: process.env.SMARTRECRUITERS_API_KEY });
 * for await (const job of sr.jobs.list({ status: 'open' })) console.log(job.name);
 * ```
 *
 * @module smartrecruiters-sdk
 */
// The public surface of smartrecruiters-sdk. Anything not exported here is internal.

export { AssessmentRequestError, type AssessmentRequestReason } from './assessments/errors.js';
export {
  type AssessmentClientRecord,
  type AssessmentPartnerHandlerOptions,
  type AssessmentRequestContext,
  type ConsentRequest,
  createAssessmentPartnerHandler,
  type PackageFilters,
  type PackageListRequest,
  type ReceivedInlineOrder,
  type ReceivedOrder,
} from './assessments/handler.js';
export {
  type AssessmentPartnerConfigurationOptions,
  assessmentPartnerConfiguration,
} from './assessments/protocol.js';
export { generateClientCredentials, type TokenSecret } from './assessments/tokens.js';
export type { OAuthOptions } from './auth/oauth.js';
export {
  MemoryTokenStore,
  type StoredToken,
  type TokenStore,
  type TokenStoreLock,
} from './auth/token-store.js';
export {
  type APIResponse,
  type ClientOptions,
  type FetchPageOptions,
  type HttpMethod,
  type MethodArgs,
  type MethodResult,
  type PaginateOptions,
  type RawPage,
  type RawRequest,
  type RawRequestOptions,
  type RequestOptions,
  type RouteArgs,
  type RouteRequestOptions,
  SmartRecruitersClient,
} from './client.js';
export { APIPromise, type WithResponse } from './core/api-promise.js';
export type { Clock } from './core/clock.js';
export * from './core/errors.js';
export type * from './core/hooks.js';
export {
  type CursorData,
  decodeCursor,
  encodeCursor,
  type ItemWithCursor,
  type Page,
  PagePromise,
  PaginationError,
} from './core/pagination.js';
export {
  APIResource,
  type ListParamsBase,
  type ListSpec,
  listContent,
  type MapPageContext,
  type ResourceOptions,
  type WholeListSpec,
} from './core/resource.js';
export { type SyncItem, type SyncParams, SyncRun } from './core/sync.js';
export type * from './core/telemetry.js';
export type { FileInput, MultipartValue, RequestBody } from './internal/body.js';
export { adaptLogger, type LoggerStyle } from './internal/log-style.js';
export type { Logger, LogLevel } from './internal/logger.js';
export type { PageState } from './internal/paging.js';
export type { PathParamValue } from './internal/path.js';
export type { QueryParams, QueryScalar, QueryValue } from './internal/query.js';
export type {
  LimiterLike,
  RateLimiter,
  RateLimitOptions,
  RateLimitRelease,
  RateLimitRequest,
  RouteLimit,
} from './internal/rate-limiter.js';
export type { BinaryResponse, ResponseType } from './internal/response.js';
export * from './mappers/index.js';
export type { WarningPath, WarningSink } from './mappers/shared.js';
export {
  toSrSubscriptionRequest,
  toUnifiedCallbackLogEntry,
  toUnifiedSubscription,
} from './mappers/subscription.js';
export type * from './models/index.js';
export {
  type ApplicationGetOptions,
  type ApplicationSyncParams,
  Applications,
} from './resources/applications.js';
export {
  type AssessmentApplicationRef,
  type AssessmentOrderRef,
  type AssessmentReport,
  Assessments,
} from './resources/assessments.js';
export {
  type AttachmentRef,
  Attachments,
  type AttachmentUpload,
  type FileSource,
} from './resources/attachments.js';
export {
  type CandidateGetOptions,
  type CandidateInclude,
  type CandidateSyncParams,
  Candidates,
} from './resources/candidates.js';
export { Consents } from './resources/consents.js';
export { Departments } from './resources/departments.js';
export { type GroupSyncParams, Groups } from './resources/groups.js';
export { InterviewTemplates } from './resources/interview-templates.js';
export { Interviews } from './resources/interviews.js';
export { JobInterviewStages } from './resources/job-interview-stages.js';
export { type JobGetOptions, type JobSyncParams, Jobs } from './resources/jobs.js';
export { type OfferReadOptions, Offers } from './resources/offers.js';
export { Offices } from './resources/offices.js';
export {
  type FormAnswersOptions,
  type NewHireRef,
  Onboarding,
  type OnboardingDetails,
  type OnboardingProcessRef,
} from './resources/onboarding.js';
export { RejectReasons } from './resources/reject-reasons.js';
export {
  ReportFileFailedError,
  type ReportFileLike,
  type ReportFileRef,
  Reports,
  type ReportWaitOptions,
} from './resources/reports.js';
export { type RoleSyncParams, Roles } from './resources/roles.js';
export { Scorecards } from './resources/scorecards.js';
export { SelfScheduling } from './resources/self-scheduling.js';
export { Sources } from './resources/sources.js';
export { type UserSyncParams, Users } from './resources/users.js';
export { Webhooks } from './resources/webhooks.js';
export type * from './route-maps.js';
export type * from './routes/apply.js';
export type * from './routes/approvals.js';
export { APPROVALS_API } from './routes/approvals.js';
export type * from './routes/apps-integrations.js';
export { APPS_INTEGRATIONS_API } from './routes/apps-integrations.js';
export type * from './routes/assessment-partner-api.js';
export { ASSESSMENT_PARTNER_API, RESULT_ATTACHMENT_PART } from './routes/assessment-partner-api.js';
export type * from './routes/assessment-partner-app.js';
export { ASSESSMENT_PARTNER_APP_PATHS } from './routes/assessment-partner-app.js';
export type * from './routes/assessments-api.js';
export { ASSESSMENTS_API } from './routes/assessments-api.js';
export type * from './routes/audit.js';
export { AUDIT_API } from './routes/audit.js';
export type * from './routes/candidate-status.js';
export { CANDIDATE_STATUS_API } from './routes/candidate-status.js';
export type * from './routes/common.js';
export type * from './routes/configuration.js';
export type * from './routes/event-management.js';
export { EVENT_MANAGEMENT_API } from './routes/event-management.js';
export type * from './routes/feed.js';
export { FEED_API } from './routes/feed.js';
export type * from './routes/interview-templates.js';
export { INTERVIEW_TEMPLATES_API } from './routes/interview-templates.js';
export type * from './routes/message-templates.js';
export { MESSAGE_TEMPLATES_API } from './routes/message-templates.js';
export type * from './routes/notifications.js';
export { NOTIFICATIONS_API } from './routes/notifications.js';
export type * from './routes/partners.js';
export { PARTNERS_API } from './routes/partners.js';
export type * from './routes/postings.js';
export { POSTING_API } from './routes/postings.js';
export type * from './routes/reporting.js';
export { REPORTING_API } from './routes/reporting.js';
export type * from './routes/self-scheduling.js';
export { SELF_SCHEDULING_API } from './routes/self-scheduling.js';
export type * from './routes/smartonboard.js';
export { SMARTONBOARD_API } from './routes/smartonboard.js';
export type * from './routes/url-shortener.js';
export { URL_SHORTENER_API } from './routes/url-shortener.js';
export type * from './routes/users-deprecated.js';
export type * from './routes.js';
export { INTERVIEWS_API, JOB_APPLICATIONS_API, REVIEWS_API } from './routes.js';
export * from './schemas/sr/enums.js';
export * from './schemas/unified/enums.js';
export { SmartRecruiters, type SmartRecruitersOptions } from './smartrecruiters.js';
export { SDK_VERSION } from './version.js';
export * from './webhooks/events.js';
export { createWebhookHandler, type WebhookHandlerOptions } from './webhooks/handler.js';
export {
  type CheckedWebhookHeaders,
  type CheckWebhookHeadersOptions,
  checkWebhookHeaders,
  computeWebhookSignature,
  constructWebhookEvent,
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  type RawBody,
  readHookSecret,
  type SignedParts,
  type SignWebhookPayloadOptions,
  signWebhookPayload,
  type VerifyWebhookOptions,
  verifyWebhookSignature,
  WEBHOOK_HEADERS,
  type WebhookHeaders,
} from './webhooks/signature.js';
