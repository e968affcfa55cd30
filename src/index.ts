// The public surface of smartrecruiters-sdk. Anything not exported here is internal.
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
export {
  type ApplicationGetOptions,
  type ApplicationSyncParams,
  Applications,
} from './resources/applications.js';
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
export { RejectReasons } from './resources/reject-reasons.js';
export { type RoleSyncParams, Roles } from './resources/roles.js';
export { Scorecards } from './resources/scorecards.js';
export { SelfScheduling } from './resources/self-scheduling.js';
export { Sources } from './resources/sources.js';
export { type UserSyncParams, Users } from './resources/users.js';
export { Webhooks } from './resources/webhooks.js';
export type * from './routes/approvals.js';
export { APPROVALS_API } from './routes/approvals.js';
export type * from './routes/audit.js';
export { AUDIT_API } from './routes/audit.js';
export type * from './routes/event-management.js';
export { EVENT_MANAGEMENT_API } from './routes/event-management.js';
export type * from './routes/interview-templates.js';
export { INTERVIEW_TEMPLATES_API } from './routes/interview-templates.js';
export type * from './routes/self-scheduling.js';
export { SELF_SCHEDULING_API } from './routes/self-scheduling.js';
export type * from './routes.js';
export { INTERVIEWS_API, JOB_APPLICATIONS_API, REVIEWS_API } from './routes.js';
export * from './schemas/index.js';
export {
  SrAssignmentJobSchema,
  SrCandidateLocationInputSchema,
  SrEducationInputSchema,
  SrExperienceInputSchema,
  SrWebInputSchema,
} from './schemas/sr/candidate.js';
export { SrDepartmentSchema, SrJobLocationInputSchema } from './schemas/sr/job.js';
export { SrUserLocationSchema } from './schemas/sr/user.js';
export {
  CandidateLocationInputSchema,
  EducationInputSchema,
  ExperienceInputSchema,
} from './schemas/unified/candidate.js';
export type { ModelOf } from './schemas/unified/common.js';
export { CompensationInputSchema, JobLocationInputSchema } from './schemas/unified/job.js';
export type { RawIssue } from './schemas/unified/parse-input.js';
export {
  type CallbackLogEntry,
  type CallbackLogParams,
  CallbackLogParamsSchema,
  type Subscription,
  type SubscriptionCreateInput,
  SubscriptionCreateInputSchema,
  type SubscriptionListParams,
  SubscriptionListParamsSchema,
} from './schemas/unified/subscription.js';
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
