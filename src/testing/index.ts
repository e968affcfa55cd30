/**
 * `smartrecruiters-sdk/testing`: an embedded fake SmartRecruiters API for tests and demos.
 *
 * ```ts
 * import { createFakeSmartRecruiters } from 'smartrecruiters-sdk/testing';
 * const fake = await createFakeSmartRecruiters({ seed: 42 });
 * const res = await fetch(`${fake.url}/candidates?limit=5`, { headers: { 'X-SmartToken': fake.apiKey } });
 * await fake.close();
 * ```
 *
 * It follows SmartRecruiters' documented behaviour: paths, shapes, status codes, error bodies,
 * OAuth, rate and concurrency limits, JSON Patch, multipart uploads, webhook handshakes and
 * signed deliveries. Node only (it starts a `node:http` server); for msw use
 * `smartrecruiters-sdk/testing/msw`.
 *
 * @module smartrecruiters-sdk/testing
 */
import { createFakeSmartRecruitersCore, createTestClient, type FakeSmartRecruitersCore } from './core.js';
import type { FakeSmartRecruitersOptions } from './options.js';
import { startFakeServer } from './server.js';

/** A running fake SmartRecruiters server. */
export interface FakeSmartRecruiters extends Omit<FakeSmartRecruitersCore, 'close'> {
  /** Base URL of the server, `http://127.0.0.1:<port>`; pass it as the SDK's base URL. */
  readonly url: string;
  /** The listening port. */
  readonly port: number;
  /**
   * Stops the fake's background work (see `FakeSmartRecruitersCore.close()`: webhook handshakes,
   * deliveries and retries aborted, latency and fault delays cut short) and closes the server,
   * open connections included. Leaves no timer or socket behind.
   */
  close(): Promise<void>;
}

/** Options of `createFakeSmartRecruiters()`: the core's options plus where to listen. */
export interface CreateFakeSmartRecruitersOptions extends FakeSmartRecruitersOptions {
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** Port. Default 0 (a free port). */
  port?: number;
}

/**
 * Starts the fake on a real HTTP server and resolves when it listens. Every option is optional;
 * see `FakeSmartRecruitersOptions` for defaults.
 */
export async function createFakeSmartRecruiters(
  options: CreateFakeSmartRecruitersOptions = {},
): Promise<FakeSmartRecruiters> {
  const { host, port, ...coreOptions } = options;
  const core = createFakeSmartRecruitersCore(coreOptions);
  const server = await startFakeServer(core, {
    ...(host === undefined ? {} : { host }),
    ...(port === undefined ? {} : { port }),
  });
  core.baseUrl = server.url;
  const fake: FakeSmartRecruiters = {
    url: server.url,
    port: server.port,
    apiKey: core.apiKey,
    get baseUrl() {
      return core.baseUrl;
    },
    set baseUrl(value: string) {
      core.baseUrl = value;
    },
    state: core.state,
    requests: core.requests,
    faults: core.faults,
    webhooks: core.webhooks,
    assessments: core.assessments,
    clock: core.clock,
    rateLimiter: core.rateLimiter,
    auth: core.auth,
    handle: core.handle,
    fetch: core.fetch,
    issueRefreshToken: core.issueRefreshToken,
    issueAccessToken: core.issueAccessToken,
    partnerConsentUrl: core.partnerConsentUrl,
    advanceTime: core.advanceTime,
    client: (clientOptions) => createTestClient(core, { baseUrl: server.url }, clientOptions),
    routes: core.routes,
    async close() {
      core.close();
      await server.close();
    },
  };
  return fake;
}

export {
  ASSESSMENT_CUSTOMER_SCOPES,
  AssessmentEngine,
  type AssessmentOptions,
  type AssessmentOrderInput,
  type HiringStepTrigger,
  integrationUrl,
  type PartnerCall,
  type PartnerConfigurationRecord,
  type PartnerIntegration,
  type PartnerPackage,
  packageUrl,
  requesterHeader,
  scoreText,
  type WaitForOrdersOptions,
} from './assessments.js';
export {
  AUTHORIZATION_CODE_TTL_SECONDS,
  AuthRegistry,
  type ConsentRequest,
  type Credential,
  type FakeApiKey,
  type FakeGrant,
  type FakeOAuthClient,
  GRANT_ACCESS_TOKEN_TTL_SECONDS,
  type GrantRefusal,
  PARTNER_EXCHANGE_SCOPE,
  REFRESH_TOKEN_TTL_SECONDS,
  type TokenResponse,
} from './auth.js';
export type { FakeClock } from './clock.js';
export type { CoreServices, HandlerContext, RouteConfig, RouteDef } from './context.js';
export { createFakeSmartRecruitersCore, type FakeSmartRecruitersCore, ROUTES } from './core.js';
export { FakeHttpError, type SrErrorBody, srErrorBody } from './errors.js';
export { type FaultHandle, FaultInjector, type FaultRequestInfo, type FaultSpec } from './faults.js';
export type { FakeHttpRequest, FakeHttpResponse, RouteResponse } from './http.js';
export type { ApplicationMap, CandidateMap } from './indexed.js';
export { applyJsonPatch, JsonPatchError, type JsonPatchOperation } from './json-patch.js';
export * from './model.js';
export {
  type FakeAnswerSource,
  type FakeExchange,
  type FakeObserver,
  observeFakes,
} from './observe.js';
export {
  DEFAULT_MAX_ATTACHMENT_BYTES,
  DEFAULT_SEED,
  type FakeRecords,
  type FakeSmartRecruitersOptions,
  type LatencyRequest,
} from './options.js';
export type { Query } from './query.js';
export {
  type Acquisition,
  DEFAULT_ROUTE_LIMITS,
  FakeRateLimiter,
  RateLimiter,
  type RateLimitOptions,
  type ResolvedLimits,
  type RouteLimit,
} from './rate-limit.js';
export {
  RequestLog,
  type RequestLogEntry,
  type RequestLogFilter,
  type RequestLogPredicate,
} from './request-log.js';
export { MAX_CONSENT_REQUEST_CANDIDATES } from './routes/consent.js';
export { PARTNER_EXCHANGE_PATH } from './routes/partner.js';
export { ALL_SCOPES, type Scope } from './scopes.js';
export { DEFAULT_SEED_COUNTS, DEFAULT_SEED_EPOCH, minimalPdf, type SeedCounts } from './seed.js';
export { SEED_INTERVIEW_TYPES } from './seed-hiring.js';
export {
  FakeState,
  IdFactory,
  type NewApplication,
  type NewAttachment,
  type NewCandidate,
  type NewInterview,
  type NewJob,
  type NewOffer,
  type NewReview,
  type NewUser,
} from './state.js';
export {
  type DeliveryAttempt,
  type EmittedEvent,
  type HandshakeResult,
  type ResolvedWebhookOptions,
  SR_RETRY_DELAYS_MS,
  type WaitForDeliveriesOptions,
  WebhookEngine,
  type WebhookOptions,
} from './webhooks.js';
