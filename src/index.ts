// The public surface of smartrecruiters-sdk. Anything not exported here is internal.
export type { OAuthOptions } from './auth/oauth.js';
export { MemoryTokenStore, type StoredToken, type TokenStore } from './auth/token-store.js';
export {
  type APIResponse,
  type ClientOptions,
  type FetchPageOptions,
  type HttpMethod,
  type PaginateOptions,
  type RawPage,
  type RawRequest,
  type RequestOptions,
  SmartRecruitersClient,
} from './client.js';
export * from './core/errors.js';
export type * from './core/hooks.js';
export {
  decodeCursor,
  encodeCursor,
  type Page,
  PagePromise,
  PaginationError,
  type Warning,
} from './core/pagination.js';
export type { FileInput, MultipartValue, RequestBody } from './internal/body.js';
export type { Logger, LogLevel } from './internal/logger.js';
export type { PageState } from './internal/paging.js';
export type { LimiterLike, RateLimitOptions, RouteLimit } from './internal/rate-limiter.js';
export type { BinaryResponse, ResponseType } from './internal/response.js';
export { SDK_VERSION } from './version.js';
export * from './webhooks/events.js';
export {
  computeWebhookSignature,
  constructWebhookEvent,
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  type RawBody,
  readHookSecret,
  type SignWebhookPayloadOptions,
  signWebhookPayload,
  type VerifyWebhookOptions,
  verifyWebhookSignature,
  WEBHOOK_HEADERS,
  type WebhookHeaders,
} from './webhooks/signature.js';
