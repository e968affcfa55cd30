/**
 * The transport-independent fake: `handle(request) -> response`. The `node:http` server and the msw
 * handlers are thin adapters over it. Per request: log -> route -> faults (before) ->
 * authentication -> rate/concurrency limits -> latency -> scopes -> handler -> faults (after).
 * Every answer carries the four `X-RateLimit-*` headers
 * (https://developers.smartrecruiters.com/docs/rate-limiting).
 */

import { ValidationError } from '../core/errors.js';
import { trimEndChar } from '../internal/text.js';
import type { Mappings } from '../mappers/context.js';
import { SmartRecruiters, type SmartRecruitersOptions } from '../smartrecruiters.js';
import { AssessmentEngine } from './assessments.js';
import { AUTHORIZATION_CODE_TTL_SECONDS, AuthRegistry, type Credential, type FakeApiKey } from './auth.js';
import { createClock, type FakeClock, preciseNow } from './clock.js';
import type { CoreServices, HandlerContext, RouteDef } from './context.js';
import { FakeHttpError, srError, srErrorBody } from './errors.js';
import { FaultInjector, type FaultRequestInfo, type FaultSpec } from './faults.js';
import { type FakeHttpRequest, type FakeHttpResponse, type RouteResponse, toHeaders, utf8 } from './http.js';
import { handleTokenRequest } from './oauth.js';
import { type FakeAnswerSource, isObserved, notifyObservers } from './observe.js';
import {
  DEFAULT_LATENCY_MS,
  DEFAULT_MAX_ATTACHMENT_BYTES,
  DEFAULT_REPORT_GENERATION_MS,
  DEFAULT_SEED,
  type FakeSmartRecruitersOptions,
} from './options.js';
import { Query } from './query.js';
import { secureRandomString } from './random.js';
import { FakeRateLimiter } from './rate-limit.js';
import { RequestLog, type RequestLogEntry } from './request-log.js';
import { Router } from './router.js';
import { applicationRoutes } from './routes/applications.js';
import { applyRoutes } from './routes/apply.js';
import { assessmentRoutes } from './routes/assessments.js';
import { attachmentRoutes } from './routes/attachments.js';
import { candidateStatusRoutes } from './routes/candidate-status.js';
import { candidateRoutes } from './routes/candidates.js';
import { configurationRoutes } from './routes/configuration.js';
import { consentRoutes } from './routes/consent.js';
import { identityRoutes } from './routes/identity.js';
import { interviewTemplateRoutes } from './routes/interview-templates.js';
import { interviewRoutes } from './routes/interviews.js';
import { jobRoutes } from './routes/jobs.js';
import { locationRoutes } from './routes/locations.js';
import { offerRoutes } from './routes/offers.js';
import { onboardingRoutes } from './routes/onboarding.js';
import { PARTNER_RETURN_PATH, partnerRoutes } from './routes/partner.js';
import { postingRoutes } from './routes/postings.js';
import { reportingRoutes } from './routes/reporting.js';
import { reviewRoutes } from './routes/reviews.js';
import { selfSchedulingRoutes } from './routes/self-scheduling.js';
import { userRoutes } from './routes/users.js';
import { webhookRoutes } from './routes/webhooks.js';
import { DEFAULT_SEED_COUNTS, DEFAULT_SEED_EPOCH, seedCompany, seedState } from './seed.js';
import { FakeState } from './state.js';
import { notImplemented, UNIMPLEMENTED_OPERATIONS } from './unimplemented.js';
import { resolveWebhookOptions, WebhookEngine } from './webhooks.js';

/**
 * The token endpoint
 * (https://developers.smartrecruiters.com/docs/authentication-oauth-client-credential).
 */
const tokenRoute: RouteDef = {
  method: 'POST',
  path: '/identity/oauth/token',
  scopes: [],
  public: true,
  handler: (ctx) => handleTokenRequest(ctx.services.auth, ctx.headers, ctx.body),
};

/** Every route of the fake, in registration order. */
export const ROUTES: readonly RouteDef[] = [
  tokenRoute,
  ...identityRoutes,
  ...partnerRoutes,
  ...candidateRoutes,
  ...applicationRoutes,
  ...attachmentRoutes,
  ...offerRoutes,
  ...jobRoutes,
  ...userRoutes,
  ...configurationRoutes,
  ...locationRoutes,
  ...consentRoutes,
  ...interviewRoutes,
  ...reviewRoutes,
  ...reportingRoutes,
  ...onboardingRoutes,
  ...interviewTemplateRoutes,
  ...selfSchedulingRoutes,
  ...webhookRoutes,
  ...postingRoutes,
  ...applyRoutes,
  ...candidateStatusRoutes,
  ...assessmentRoutes,
];

const ANONYMOUS: Credential = { id: 'anonymous', kind: 'apiKey', scopes: new Set(), userId: undefined };

const FAULT_CODES: Record<number, string> = {
  429: 'RATE_LIMIT_EXCEEDED',
  500: 'INTERNAL_ERROR',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
  504: 'GATEWAY_TIMEOUT',
};

/** The fake without a transport. */
export interface FakeSmartRecruitersCore {
  /** The main accepted `X-SmartToken`. */
  readonly apiKey: string;
  /** Base URL used in HATEOAS `actions`, `Link` headers and webhook `link`s. */
  baseUrl: string;
  /** The in-memory data; inspect it or add records. */
  readonly state: FakeState;
  /** Every request received, with arrival/completion times. */
  readonly requests: RequestLog;
  /** Fault injection. */
  readonly faults: FaultInjector;
  /** Webhook deliveries: attempts, waiting, manual `emit()`. */
  readonly webhooks: WebhookEngine;
  /**
   * SmartRecruiters' side of assessment partner integrations: partner configurations and
   * integrations, a recruiter's orders (`order()`), hiring steps that order a package
   * (`configureStep()`), every call to a partner (`calls`).
   */
  readonly assessments: AssessmentEngine;
  /** Fake time (token expiry, secret-key expiry, timestamps). */
  readonly clock: FakeClock;
  /** The rate/concurrency limiter (`limits` shows the resolved values). */
  readonly rateLimiter: FakeRateLimiter;
  /** API keys, OAuth clients and tokens. */
  readonly auth: AuthRegistry;
  /** Answers one request. Never throws: errors become SR error responses. */
  handle(request: FakeHttpRequest): Promise<FakeHttpResponse>;
  /**
   * A `fetch` served by the fake in-process (no network); a dropped connection rejects with a
   * `TypeError`, like a real `fetch`. Relative URLs resolve against `baseUrl`.
   */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** A refresh token for an OAuth client (as an authorization-code exchange would return). */
  issueRefreshToken(clientId: string, scopes?: readonly string[]): string;
  /** An access token for an OAuth client, without a token request. */
  issueAccessToken(clientId: string, scopes?: readonly string[]): string;
  /**
   * Where SmartRecruiters sends a customer who enables a partner's integration (General Partner
   * Integration): the partner client's `consentUrl` with `companyId` and `redirect` (a page of the
   * fake). The company's consent is kept for the partner's credentials exchange.
   */
  partnerConsentUrl(partnerClientId: string): string;
  /** Moves fake time forward (e.g. past `expires_in`); the SDK of `client()` sees it too. */
  advanceTime(ms: number): void;
  /**
   * The SDK (`SmartRecruiters`) wired to this fake for fast tests: its API key (unless `options`
   * give `apiKey` or `oauth`), its base URL, its clock (`clock: fake.clock`: `advanceTime()` moves
   * the SDK's token expiry and sync watermarks, and waits between retries take fake time, not real
   * time), and client-side rate limits off when the fake enforces none (`rateLimits: false`),
   * SmartRecruiters' otherwise (pass `rateLimit` if the fake's are not SR's). `options` override
   * any of these. On the core (msw users), requests go through `fake.fetch`, in process; on the
   * HTTP fake, over HTTP to `fake.url`.
   *
   * ```ts
   * const fake = await createFakeSmartRecruiters({ rateLimits: false });
   * const sr = fake.client(); // no limiter on either side, retries in fake time
   * ```
   */
  client<Mp extends Mappings = Mappings>(options?: SmartRecruitersOptions<Mp>): SmartRecruiters<Mp>;
  /** `'METHOD /path/{template}'` of every route served. */
  routes(): string[];
  /**
   * Stops the fake's background work: webhook deliveries and retries (in-flight handshakes and
   * deliveries are aborted, retry timers cleared), calls to assessment partners and the `latencyMs` / fault `delayMs` waits
   * (cut short; a request still waiting is then dropped, as its connection is closing anyway).
   * Leaves no timer behind.
   */
  close(): void;
}

/** @internal An answer whose concurrency slot is still held. */
export interface HeldResponse {
  response: FakeHttpResponse;
  /**
   * Frees the request's concurrency slot and stamps `completedAt` in the request log. Call it once
   * the answer has been sent (or the connection dropped); extra calls do nothing.
   */
  release(): void;
}

/** @internal What the transports need beyond the public core. */
export interface CoreInternals {
  /**
   * `handle()` that keeps the concurrency slot until `release()`, so a request counts as in flight
   * until its answer has left the server (SR counts a request until it is answered,
   * https://developers.smartrecruiters.com/docs/rate-limiting). `bodyBytes` overrides the body
   * length used for the 413 check (a transport that refused to read an oversized body passes the
   * declared or partial size with an empty body).
   */
  handleHeld(request: FakeHttpRequest, options?: { bodyBytes?: number }): Promise<HeldResponse>;
  /** Largest request body accepted, bytes (larger: 413). */
  readonly maxBodyBytes: number;
}

const INTERNALS = new WeakMap<object, CoreInternals>();

/** @internal The transport hooks of a core made by `createFakeSmartRecruitersCore()`. */
export function coreInternals(core: FakeSmartRecruitersCore): CoreInternals {
  const internals = INTERNALS.get(core);
  if (!internals) throw new TypeError('not a core made by createFakeSmartRecruitersCore()');
  return internals;
}

/** Timers the core waits on (`latencyMs`, fault `delayMs`), all cut short by `close()`. */
class Sleeper {
  private readonly pending = new Map<ReturnType<typeof setTimeout>, () => void>();
  private closed = false;

  /** Resolves after `ms` (at once for 0 or less, or once closed). */
  sleep(ms: number): Promise<void> {
    if (!(ms > 0) || this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(timer);
        resolve();
      }, ms);
      this.pending.set(timer, resolve);
    });
  }

  /** Resolves every pending sleep now; later sleeps resolve at once. */
  close(): void {
    this.closed = true;
    for (const [timer, resolve] of this.pending) {
      clearTimeout(timer);
      resolve();
    }
    this.pending.clear();
  }
}

/** The request target of a request whose URL cannot be parsed, for the log. */
function rawPath(url: unknown): string {
  const text = String(url);
  const q = text.indexOf('?');
  return q >= 0 ? text.slice(0, q) : text;
}

function epochMs(value: FakeSmartRecruitersOptions['seedEpoch']): number {
  if (value === undefined) return DEFAULT_SEED_EPOCH;
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (Number.isNaN(ms)) throw new TypeError(`Invalid seedEpoch: ${String(value)}`);
  return ms;
}

function reportGeneration(
  option: FakeSmartRecruitersOptions['reportGenerationMs'],
): (rows: number) => number {
  if (option === undefined) return DEFAULT_REPORT_GENERATION_MS;
  if (typeof option === 'function') return option;
  if (!Number.isFinite(option) || option < 0) throw new TypeError(`Invalid reportGenerationMs: ${option}`);
  return () => option;
}

function serialize(response: RouteResponse): {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
} {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers ?? {})) headers[name.toLowerCase()] = value;
  let body: Uint8Array = new Uint8Array();
  if (response.bytes) body = response.bytes;
  else if (typeof response.json === 'string' && headers['content-type']?.startsWith('text/'))
    body = utf8(response.json);
  else if (response.json !== undefined) {
    body = utf8(JSON.stringify(response.json));
    headers['content-type'] ??= 'application/json';
  }
  return { status: response.status, headers, body };
}

function faultResponse(spec: FaultSpec): RouteResponse {
  const status = spec.status ?? 500;
  const headers: Record<string, string> = { ...(spec.headers ?? {}) };
  if (spec.retryAfter !== undefined) headers['retry-after'] = String(spec.retryAfter);
  if (typeof spec.body === 'string') {
    headers['content-type'] ??= 'text/plain; charset=utf-8';
    return { status, headers, json: spec.body };
  }
  const body =
    spec.body ?? srErrorBody(FAULT_CODES[status] ?? 'INJECTED_FAULT', `Injected fault: HTTP ${status}`);
  return { status, headers, json: body };
}

/**
 * @internal The SDK on a fake (see `FakeSmartRecruitersCore.client()`): `wiring` says where it
 * sends (base URL, and a `fetch` for the in-process core), `options` override every default.
 */
export function createTestClient<Mp extends Mappings>(
  fake: Pick<FakeSmartRecruitersCore, 'apiKey' | 'clock' | 'rateLimiter'>,
  wiring: { baseUrl: string; fetch?: typeof fetch },
  options: SmartRecruitersOptions<Mp> = {},
): SmartRecruiters<Mp> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ValidationError('Invalid client options', [{ path: [], message: 'must be an object' }]);
  }
  const defined = Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  ) as SmartRecruitersOptions<Mp>;
  const ownCredential =
    defined.apiKey !== undefined ||
    defined.oauth !== undefined ||
    defined.anonymous === true ||
    defined.client;
  return new SmartRecruiters<Mp>({
    baseUrl: wiring.baseUrl,
    ...(wiring.fetch ? { fetch: wiring.fetch } : {}),
    ...(ownCredential ? {} : { apiKey: fake.apiKey }),
    clock: fake.clock,
    ...(fake.rateLimiter.limits.enforce ? {} : { rateLimit: false }),
    ...defined,
  });
}

/** Creates the fake's core (no server). `createFakeSmartRecruiters()` wraps it in an HTTP server. */
export function createFakeSmartRecruitersCore(
  options: FakeSmartRecruitersOptions & { baseUrl?: string } = {},
): FakeSmartRecruitersCore {
  const seed = options.seed ?? DEFAULT_SEED;
  const clock = createClock(options.now);
  const seedEpoch = epochMs(options.seedEpoch);
  // Time that ids and loaded records may depend on without breaking determinism: the fake clock
  // when the test set `now`, otherwise the seed epoch moved by `advanceTime()` (never the wall clock).
  const stableNow = () => (options.now ? clock.now() : seedEpoch + clock.offsetMs);
  const state = new FakeState({ seed, clock, company: seedCompany(), idTime: stableNow });
  seedState(state, {
    seed,
    counts: { ...DEFAULT_SEED_COUNTS, ...(options.counts ?? {}) },
    epochMs: seedEpoch,
  });
  const records = options.records ?? {};
  state.at(stableNow(), () => {
    for (const u of records.users ?? []) state.addUser(u);
    for (const j of records.jobs ?? []) state.addJob(j);
    for (const c of records.candidates ?? []) state.addCandidate(c);
    for (const a of records.applications ?? []) state.addApplication(a);
    for (const a of records.attachments ?? []) state.addAttachment(a);
  });

  const apiKey = options.apiKey ?? secureRandomString(32);
  const apiKeys: FakeApiKey[] = [{ key: apiKey, label: 'default' }];
  (options.apiKeys ?? []).forEach((k, i) => {
    apiKeys.push(typeof k === 'string' ? { key: k, label: `key${i + 2}` } : { label: `key${i + 2}`, ...k });
  });
  const auth = new AuthRegistry({
    apiKeys,
    oauthClients: options.oauthClients ?? [],
    clock,
    tokenExpiresInSeconds: options.tokenExpiresInSeconds ?? 3600,
    rotateRefreshTokens: options.rotateRefreshTokens ?? true,
    includeScopeInTokenResponse: options.includeScopeInTokenResponse ?? true,
    revokeGrantOnReuse: options.revokeGrantOnRefreshTokenReuse ?? true,
    authorizationCodeTtlSeconds: options.authorizationCodeTtlSeconds ?? AUTHORIZATION_CODE_TTL_SECONDS,
  });
  let baseUrl = trimEndChar(options.baseUrl ?? 'https://api.smartrecruiters.com', '/');
  const webhooks = new WebhookEngine({
    state,
    clock,
    baseUrl: () => baseUrl,
    webhooks: resolveWebhookOptions(options.webhooks),
    seed,
  });
  const assessments = new AssessmentEngine({
    state,
    auth,
    clock,
    baseUrl: () => baseUrl,
    assessments: options.assessments,
  });
  const services: CoreServices = {
    state,
    clock,
    auth,
    webhooks,
    assessments,
    config: {
      onDuplicateCandidate: options.onDuplicateCandidate ?? 'merge',
      maxAttachmentBytes: options.maxAttachmentBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES,
      reportGenerationMs: reportGeneration(options.reportGenerationMs),
    },
    baseUrl: () => baseUrl,
  };
  const router = new Router<RouteDef>();
  for (const r of ROUTES) router.add(r);
  // Documented operations the fake does not serve: 501 instead of 404/405 (see unimplemented.ts).
  const unimplemented = new Router<{ method: string; path: string }>();
  for (const op of UNIMPLEMENTED_OPERATIONS) {
    const space = op.indexOf(' ');
    unimplemented.add({ method: op.slice(0, space), path: op.slice(space + 1) });
  }
  const requests = new RequestLog();
  const faults = new FaultInjector(seed);
  const limiter = new FakeRateLimiter(options.rateLimits);
  const latency = options.latencyMs ?? DEFAULT_LATENCY_MS;
  const maxBody = services.config.maxAttachmentBytes + 1024 * 1024;
  const sleeper = new Sleeper();
  let closed = false;

  async function handleHeld(
    request: FakeHttpRequest,
    handleOptions: { bodyBytes?: number } = {},
  ): Promise<HeldResponse> {
    const receivedAt = request.receivedAt ?? preciseNow();
    let entry: RequestLogEntry | undefined;
    let rateHeaders: Record<string, string> = {};
    let slot: (() => void) | undefined;
    // What the observers see (`observe`); set as the request passes each stage.
    let answeredBy: FakeAnswerSource = 'transport';
    let observedRoute: string | null = null;
    let observedQuery: Record<string, string[]> = {};

    const release = () => {
      const free = slot;
      slot = undefined;
      free?.();
      if (entry && entry.completedAt === null) {
        entry.completedAt = preciseNow();
        entry.durationMs = entry.completedAt - entry.receivedAt;
      }
    };
    const observe = (response: FakeHttpResponse) => {
      if (!isObserved(options.observe)) return;
      notifyObservers(options.observe, {
        method: entry?.method ?? String(request.method ?? 'GET').toUpperCase(),
        path: entry?.path ?? rawPath(request.url),
        route: observedRoute,
        query: observedQuery,
        answeredBy,
        status: response.status,
        request: { headers: toHeaders(request.headers ?? {}), body: request.body ?? new Uint8Array() },
        response: { headers: response.headers, body: response.body },
      });
    };
    const finish = (response: RouteResponse | 'drop'): HeldResponse => {
      if (response === 'drop') {
        if (entry) entry.dropped = true;
        const dropped = { status: 0, headers: {}, body: new Uint8Array(), drop: true };
        observe(dropped);
        return { response: dropped, release };
      }
      const out = serialize(response);
      for (const [name, value] of Object.entries(rateHeaders)) out.headers[name] ??= value;
      // The server's clock, as HTTP servers send it: the fake clock, so advancing it shows.
      out.headers.date ??= new Date(clock.now()).toUTCString();
      if (entry) entry.status = out.status;
      observe(out);
      return { response: out, release };
    };

    try {
      const method = String(request.method ?? 'GET').toUpperCase();
      const headers = toHeaders(request.headers ?? {});
      let credential: Credential | undefined;
      try {
        credential = auth.authenticate(headers);
      } catch {
        credential = undefined;
      }
      let url: URL;
      let base: URL;
      try {
        base = new URL(`${baseUrl}/`);
        url = new URL(request.url, base);
      } catch {
        // A request target `new URL()` rejects (`http://[`, `//[::1`): 400, logged, with the headers.
        entry = requests.start({
          method,
          path: rawPath(request.url),
          query: {},
          route: null,
          receivedAt,
          credential: credential?.id ?? null,
        });
        rateHeaders = limiter.peek(credential?.id, undefined, receivedAt);
        return finish({
          status: 400,
          json: srErrorBody('INVALID_REQUEST', `Malformed request target: ${String(request.url)}`),
        });
      }
      let path = url.pathname;
      const basePath = trimEndChar(base.pathname, '/');
      if (basePath && (path === basePath || path.startsWith(`${basePath}/`)))
        path = path.slice(basePath.length) || '/';
      const body = request.body ?? new Uint8Array();
      const bodyBytes = handleOptions.bodyBytes ?? body.length;
      const match = router.match(method, path);
      const matched = match && 'route' in match ? match : undefined;
      const gap = matched ? undefined : unimplemented.match(method, path);
      const gapMatched = gap && 'route' in gap ? gap.route : undefined;
      const template = matched?.route.path ?? gapMatched?.path;
      const routeKey = template ? `${method} ${template}` : null;
      // No prototype: `__proto__`, `constructor` and `toString` are query keys like any other.
      const query: Record<string, string[]> = Object.create(null);
      for (const [k, v] of url.searchParams) {
        query[k] ??= [];
        query[k].push(v);
      }
      entry = requests.start({
        method,
        path,
        query,
        route: routeKey,
        receivedAt,
        credential: credential?.id ?? null,
      });
      const logEntry = entry;
      observedRoute = routeKey;
      observedQuery = query;

      const faultInfo: FaultRequestInfo = {
        method,
        path,
        route: template ?? null,
        query: url.searchParams,
        headers,
        credential: credential?.id ?? null,
      };
      const applyFault = async (fault: {
        id: number;
        spec: FaultSpec;
      }): Promise<HeldResponse | undefined> => {
        logEntry.faultId = fault.id;
        if (fault.spec.delayMs) {
          await sleeper.sleep(fault.spec.delayMs);
          if (closed) {
            answeredBy = 'fault';
            return finish('drop');
          }
        }
        if (fault.spec.drop || fault.spec.status !== undefined) answeredBy = 'fault';
        if (fault.spec.drop) return finish('drop');
        if (fault.spec.status !== undefined) return finish(faultResponse(fault.spec));
        return undefined;
      };
      const context = (params: Record<string, string>, who: Credential): HandlerContext => ({
        method,
        path,
        query: new Query(url.searchParams),
        headers,
        body,
        params,
        credential: who,
        services,
      });

      rateHeaders = limiter.peek(credential?.id, routeKey ?? undefined, receivedAt);
      const before = faults.take(faultInfo, 'before');
      if (before) {
        const answered = await applyFault(before);
        if (answered) return answered;
      }
      answeredBy = 'handler';
      if (matched?.route.public) {
        return finish(await matched.route.handler(context(matched.params, ANONYMOUS)));
      }
      answeredBy = 'authentication';
      const who = auth.authenticate(headers);
      const acquired = limiter.acquire(who.id, routeKey ?? undefined, receivedAt);
      rateHeaders = acquired.headers;
      if (!acquired.ok) {
        logEntry.rateLimited = true;
        answeredBy = 'rate-limit';
        return finish({
          status: 429,
          headers: acquired.headers,
          json: srErrorBody('RATE_LIMIT_EXCEEDED', acquired.message),
        });
      }
      slot = acquired.release;
      const delay = typeof latency === 'function' ? latency({ method, path, route: routeKey }) : latency;
      await sleeper.sleep(delay);
      if (closed) return finish('drop');
      let response: RouteResponse;
      try {
        answeredBy = gapMatched ? 'not-implemented' : 'router';
        if (!matched) {
          if (gapMatched) throw notImplemented(method, gapMatched.path);
          const allowed = [
            ...new Set([
              ...(match && 'allowed' in match ? match.allowed : []),
              ...(gap && 'allowed' in gap ? gap.allowed : []),
            ]),
          ].sort();
          if (allowed.length === 0) throw srError(404, 'NOT_FOUND', `No route for ${method} ${path}`);
          throw srError(
            405,
            'METHOD_NOT_ALLOWED',
            `${method} is not allowed on ${path}; use ${allowed.join(', ')}`,
            { headers: { allow: allowed.join(', ') } },
          );
        }
        answeredBy = 'transport';
        if (bodyBytes > maxBody)
          throw srError(413, 'PAYLOAD_TOO_LARGE', `Request body exceeds ${maxBody} bytes`);
        answeredBy = 'scope';
        if (matched.route.oauthOnly && who.kind !== 'oauth') {
          throw srError(401, 'UNAUTHORIZED', 'This API takes an OAuth 2.0 access token, not an API key', {
            headers: { 'www-authenticate': 'Bearer realm="SmartRecruiters"' },
          });
        }
        try {
          auth.requireScopes(who, matched.route.scopes);
        } catch (error) {
          throw matched.route.scopeDenied ? matched.route.scopeDenied() : error;
        }
        answeredBy = 'handler';
        response = await matched.route.handler(context(matched.params, who));
      } catch (error) {
        response = toErrorResponse(error);
      }
      const after = faults.take(faultInfo, 'after');
      if (after) {
        const answered = await applyFault(after);
        if (answered) return answered;
      }
      return finish(response);
    } catch (error) {
      // Never throws: whatever failed becomes an answer in SR's shape, logged.
      entry ??= requests.start({
        method: String(request.method ?? 'GET').toUpperCase(),
        path: rawPath(request.url),
        query: {},
        route: null,
        receivedAt,
        credential: null,
      });
      try {
        return finish(toErrorResponse(error));
      } catch {
        return finish({ status: 500, json: srErrorBody('INTERNAL_ERROR', 'Fake SmartRecruiters failed') });
      }
    }
  }

  async function handle(request: FakeHttpRequest): Promise<FakeHttpResponse> {
    const { response, release } = await handleHeld(request);
    release();
    return response;
  }

  function toErrorResponse(error: unknown): RouteResponse {
    if (error instanceof FakeHttpError) return error.toResponse();
    const message = error instanceof Error ? error.message : String(error);
    return { status: 500, json: srErrorBody('INTERNAL_ERROR', `Fake SmartRecruiters failed: ${message}`) };
  }

  async function fakeFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const request =
      input instanceof Request
        ? new Request(input, init)
        : new Request(new URL(String(input), `${baseUrl}/`), init);
    const body = request.body ? new Uint8Array(await request.arrayBuffer()) : new Uint8Array();
    const { response, release } = await handleHeld({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body,
    });
    try {
      if (response.drop)
        throw new TypeError('fetch failed', {
          cause: new Error('socket hang up (dropped by an injected fault)'),
        });
      const nullBody = response.status === 204 || response.status === 304 || response.body.length === 0;
      return new Response(nullBody ? null : (response.body as Uint8Array<ArrayBuffer>), {
        status: response.status,
        headers: response.headers,
      });
    } finally {
      // The body is produced: the request leaves flight.
      release();
    }
  }

  const core: FakeSmartRecruitersCore = {
    apiKey,
    get baseUrl() {
      return baseUrl;
    },
    set baseUrl(value: string) {
      baseUrl = trimEndChar(value, '/');
    },
    state,
    requests,
    faults,
    webhooks,
    assessments,
    clock,
    rateLimiter: limiter,
    auth,
    handle,
    fetch: fakeFetch,
    issueRefreshToken: (clientId, scopes) => auth.issueRefreshToken(clientId, scopes),
    issueAccessToken(clientId, scopes) {
      const client = auth.clients.get(clientId);
      if (!client) throw new Error(`issueAccessToken: unknown OAuth client '${clientId}'`);
      return auth.issueAccessToken(client, scopes ?? auth.clientScopes(client)).access_token;
    },
    partnerConsentUrl: (partnerClientId) =>
      auth.beginPartnerConsent(partnerClientId, `${baseUrl}${PARTNER_RETURN_PATH}`),
    advanceTime: (ms) => clock.advance(ms),
    client: (clientOptions) =>
      createTestClient(core, { baseUrl: core.baseUrl, fetch: fakeFetch }, clientOptions),
    routes: () => ROUTES.map((r) => `${r.method} ${r.path}`),
    close: () => {
      closed = true;
      sleeper.close();
      webhooks.close();
      assessments.close();
    },
  };
  INTERNALS.set(core, { handleHeld, maxBodyBytes: maxBody });
  return core;
}
