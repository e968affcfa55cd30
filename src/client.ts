import ky from 'ky';
import pRetry, { AbortError } from 'p-retry';
import { type OAuthOptions, OAuthTokenManager } from './auth/oauth.js';
import {
  APIError,
  AuthenticationError,
  ConnectionError,
  RequestAbortedError,
  type RequestDescription,
  SmartRecruitersError,
  TimeoutError,
  ValidationError,
} from './core/errors.js';
import type { ClientHooks, RateLimitState } from './core/hooks.js';
import { PaginationError, VisitedPages } from './core/pagination.js';
import { abortError, anySignal, raceSignal, sleep } from './internal/abort.js';
import { JSON_PATCH, type PreparedBody, prepareBody, type RequestBody } from './internal/body.js';
import { readEnv } from './internal/env.js';
import { fingerprint } from './internal/hash.js';
import { isLogLevel, type Logger, type LogLevel, levelled } from './internal/logger.js';
import {
  checkPageState,
  listItems,
  listTotal,
  nextPageState,
  type PageState,
  pagingDefaults,
  stateKey,
  stateQuery,
} from './internal/paging.js';
import { fillPath, type PathParamValue } from './internal/path.js';
import { type QueryParams, toSearchParams } from './internal/query.js';
import {
  type CredentialRateLimiter,
  limiterFor,
  type RateLimitOptions,
  readRateLimitHeaders,
} from './internal/rate-limiter.js';
import { type BinaryResponse, binaryResponse, type ResponseType, readBody } from './internal/response.js';
import { isIdempotent, isRetryable, retryDelay } from './internal/retry.js';
import type { PaginateItem, PathsOf, RouteOf } from './routes.js';
import type { Warning } from './schemas/unified/common.js';
import { SDK_VERSION } from './version.js';

/** Options of `SmartRecruitersClient`. Every field is optional. */
export interface ClientOptions {
  /**
   * API key, sent as `X-SmartToken`. Default: `SMARTRECRUITERS_API_KEY` from the environment
   * (when no `oauth` is given).
   */
  apiKey?: string | undefined;
  /**
   * OAuth 2.0 client credentials or refresh token. Default: built from `SMARTRECRUITERS_CLIENT_ID`,
   * `SMARTRECRUITERS_CLIENT_SECRET` and `SMARTRECRUITERS_REFRESH_TOKEN` when set and no API key is given.
   */
  oauth?: OAuthOptions | undefined;
  /** API host. Default `https://api.smartrecruiters.com`, or `SMARTRECRUITERS_BASE_URL`. */
  baseUrl?: string | undefined;
  /** Per-attempt timeout. Default 128 000 ms (SmartRecruiters recommends at least 128 s, §1). */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt (429, 502, 503, 504, timeouts, connection errors). Default 3. */
  maxRetries?: number | undefined;
  /** Cap on the total time of a request including retries and waits. Default 300 000 ms. */
  maxRetryTimeMs?: number | undefined;
  /** Longest `Retry-After` the SDK waits; a longer one fails at once with `RateLimitError`. Default 60 000 ms. */
  maxRetryDelayMs?: number | undefined;
  /** Client-side rate limits (SmartRecruiters' by default), or `false` to turn them off. */
  rateLimit?: RateLimitOptions | false | undefined;
  /** The `fetch` to use. Default `globalThis.fetch`, looked up at call time. */
  fetch?: typeof fetch | undefined;
  /** Where log lines go. Default `console`. Log lines never hold secrets or personal data. */
  logger?: Logger | undefined;
  /** Least severe level logged. Default `SMARTRECRUITERS_LOG`, else `warn`. */
  logLevel?: LogLevel | undefined;
  /** `User-Agent` header. Default `smartrecruiters-sdk/<version>`. */
  userAgent?: string | undefined;
  /** Headers sent with every request (credentials are set by the SDK, not here). */
  defaultHeaders?: Record<string, string> | undefined;
  /** Observability hooks (redacted data only). */
  hooks?: ClientHooks | undefined;
}

/** Options any single request can override. */
export interface RequestOptions {
  /** Cancels the request, including waits between retries. */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout for this request. */
  timeoutMs?: number | undefined;
  /** Retries for this request. */
  maxRetries?: number | undefined;
  /** Extra headers for this request. */
  headers?: Record<string, string> | undefined;
  /**
   * Marks the request as safe to repeat. POST and PATCH are retried only on 429 unless this is
   * `true`; GET, PUT and DELETE are retried on 429, 502-504, timeouts and connection errors
   * unless this is `false`.
   */
  idempotent?: boolean | undefined;
}

/** HTTP methods of the SmartRecruiters API. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

/** A raw request. */
export interface RawRequest extends RequestOptions {
  /** HTTP method. */
  method: HttpMethod;
  /**
   * Path template relative to the base URL, e.g. `/candidates/{id}`, filled from `params` with
   * each value percent-encoded as one segment. An absolute URL on the base URL's origin (a
   * HATEOAS `actions` link) is accepted as is.
   */
  path: string;
  /** Values of the path template's `{placeholders}`. */
  params?: Readonly<Record<string, PathParamValue>> | undefined;
  /** Query parameters; arrays are sent repeated (`status=NEW&status=LEAD`). */
  query?: QueryParams | undefined;
  /** JSON by default; see `contentType`. */
  body?: RequestBody | undefined;
  /**
   * `application/json` (default for objects), `application/json-patch+json` (SR jobs and
   * users), `multipart/form-data` (uploads: pass a `FormData` or an object of fields and files),
   * `application/x-www-form-urlencoded`, or any type for raw bytes.
   */
  contentType?: string | undefined;
  /** `json` (default: JSON when the answer is JSON, text otherwise), `text`, or `stream` (downloads). */
  responseType?: ResponseType | undefined;
}

/** A response with its metadata. */
export interface APIResponse<T> {
  /** The body: parsed JSON, text, or a `BinaryResponse` for files. */
  data: T;
  /** HTTP status. */
  status: number;
  /** Response headers. */
  headers: Headers;
  /** The SDK's id of this request (also given to hooks). */
  requestId: string;
  /** SmartRecruiters' `X-RateLimit-*` headers on this response. */
  rateLimit: RateLimitState;
}

/** Options of `paginate`. */
export interface PaginateOptions extends RequestOptions {
  /** Values of the path template's `{placeholders}`. */
  params?: Readonly<Record<string, PathParamValue>> | undefined;
  /**
   * SR query parameters (filters, `limit`). Default `limit`: SmartRecruiters' largest page on the
   * routes the SDK knows (100 on candidates, jobs and users), SR's own default elsewhere.
   */
  query?: QueryParams | undefined;
}

/** Options of `fetchPage`. */
export interface FetchPageOptions extends PaginateOptions {
  /**
   * Where the page is (a `RawPage.next` of this same list); `null` or absent for the first page.
   * A state of another list is a `ValidationError`.
   */
  state?: PageState | null | undefined;
}

/** One page of a raw SR list. */
export interface RawPage<T> {
  items: T[];
  /** Where the next page is, or `null` after the last page. */
  next: PageState | null;
  /** SR's `totalFound`, when the list has one. */
  total: number | null;
  /** The list response as received (envelope included). */
  body: unknown;
  /** The response headers (SR's `Date` tells its clock, `Link` the next page). */
  headers: Headers;
}

interface AuthProvider {
  /** Identifies the credential (not reversible) for per-credential state. */
  readonly id: string;
  headers(signal: AbortSignal | undefined): Promise<{ headers: Record<string, string>; token?: string }>;
  /** Called on a 401; `true` when a fresh credential can be tried once. */
  invalidate(token: string | undefined): boolean;
}

const DEFAULT_BASE_URL = 'https://api.smartrecruiters.com';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
// setTimeout's largest delay; beyond it the timer would fire at once.
const MAX_TIMEOUT_MS = 2_147_483_647;
const CREDENTIAL_HEADERS = ['authorization', 'x-smarttoken', 'cookie'];

function withoutCredentials(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([key]) => !CREDENTIAL_HEADERS.includes(key)));
}
/**
 * Errors from the credential layer: token requests (retried in their own loop) and the caller's
 * own token store and `onTokenRefreshed`. Final: never retried, and passed through as they are.
 */
const credentialErrors = new WeakSet<object>();
const METHODS = new Set<string>(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

function nonEmpty(value: string | undefined, path: string): string | undefined {
  if (value !== undefined && value.trim() === '') {
    throw new ValidationError('Invalid client options', [{ path: [path], message: 'must not be empty' }]);
  }
  return value;
}

function positive(
  value: number | undefined,
  path: string,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0 || value > max) {
    throw new ValidationError('Invalid options', [
      { path: [path], message: `must be a number from 0 to ${max}` },
    ]);
  }
  return value;
}

function newRequestId(): string {
  return `req_${crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`;
}

/**
 * The raw SmartRecruiters client: the whole API 1-to-1, with authentication, per-credential rate
 * limits, retries with backoff, timeouts and typed errors handled in one request pipeline.
 *
 * ```ts
 * const client = new SmartRecruitersClient({ apiKey: process.env.SMARTRECRUITERS_API_KEY });
 * const job = await client.get('/jobs/{id}', { params: { id } });
 * ```
 */
export class SmartRecruitersClient {
  /** The API host, without a trailing slash. */
  readonly baseUrl: string;
  private readonly origin: string;
  private readonly basePath: string;
  private readonly auth: AuthProvider;
  private readonly limiter: CredentialRateLimiter | undefined;
  private readonly fetchImpl: typeof fetch | undefined;
  private readonly logger: Logger;
  private readonly hooks: ClientHooks;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly maxRetryTimeMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly baseHeaders: Record<string, string>;
  private readonly defaultHeaders: Record<string, string>;

  constructor(options: ClientOptions = {}) {
    const baseUrl =
      nonEmpty(options.baseUrl, 'baseUrl') ?? readEnv('SMARTRECRUITERS_BASE_URL') ?? DEFAULT_BASE_URL;
    let url: URL;
    try {
      url = new URL(baseUrl);
    } catch {
      throw new ValidationError('Invalid client options', [
        { path: ['baseUrl'], message: 'must be an absolute URL' },
      ]);
    }
    this.baseUrl = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
    this.origin = url.origin;
    this.basePath = url.pathname.replace(/\/+$/, '');
    this.fetchImpl = options.fetch;
    this.hooks = options.hooks ?? {};
    const level = options.logLevel ?? readEnv('SMARTRECRUITERS_LOG');
    this.logger = levelled(options.logger ?? console, isLogLevel(level) ? level : 'warn');
    this.timeoutMs = positive(options.timeoutMs, 'timeoutMs', 128_000, MAX_TIMEOUT_MS);
    this.maxRetries = positive(options.maxRetries, 'maxRetries', 3);
    this.maxRetryTimeMs = positive(options.maxRetryTimeMs, 'maxRetryTimeMs', 300_000);
    this.maxRetryDelayMs = positive(options.maxRetryDelayMs, 'maxRetryDelayMs', 60_000);
    this.baseHeaders = {
      accept: 'application/json',
      'user-agent': options.userAgent ?? `smartrecruiters-sdk/${SDK_VERSION}`,
    };
    this.defaultHeaders = lowerKeys(options.defaultHeaders ?? {});
    this.auth = this.createAuth(options);
    this.limiter =
      options.rateLimit === false
        ? undefined
        : limiterFor(`${this.baseUrl}#${this.auth.id}`, options.rateLimit ?? {});
  }

  private createAuth(options: ClientOptions): AuthProvider {
    const apiKey = nonEmpty(options.apiKey, 'apiKey');
    if (apiKey !== undefined && options.oauth) {
      throw new ValidationError('Invalid client options', [
        { path: ['apiKey'], message: 'pass either apiKey or oauth, not both' },
      ]);
    }
    const oauth = options.oauth ?? (apiKey === undefined ? oauthFromEnv() : undefined);
    const key = apiKey ?? (oauth ? undefined : readEnv('SMARTRECRUITERS_API_KEY'));
    if (key !== undefined) {
      return {
        id: `key:${fingerprint(key)}`,
        headers: async () => ({ headers: { 'x-smarttoken': key } }),
        invalidate: () => false,
      };
    }
    if (oauth) {
      const issues = (['clientId', 'clientSecret'] as const)
        .filter((field) => typeof oauth[field] !== 'string' || oauth[field].trim() === '')
        .map((field) => ({ path: ['oauth', field], message: 'is required' }));
      if (issues.length > 0) throw new ValidationError('Invalid OAuth options', issues);
      const tokenUrl = oauth.tokenUrl ?? `${this.baseUrl}/identity/oauth/token`;
      const manager = new OAuthTokenManager(oauth, {
        tokenUrl,
        hooks: this.hooks,
        logger: this.logger,
        transport: (request) =>
          this.send({
            method: 'POST',
            path: request.url,
            body: request.form,
            headers: request.headers,
            idempotent: request.idempotent,
            auth: false,
            describe: { method: 'POST', path: '/identity/oauth/token' },
            // The token endpoint refuses bad credentials with 400 or 401: both are auth failures.
            mapError: (init) =>
              init.status === 400 || init.status === 401 || init.status === 403
                ? new AuthenticationError(init)
                : APIError.generate(init),
          }).then((r) => r.data),
      });
      return {
        id: `oauth:${fingerprint(`${oauth.clientId}\n${manager.storeKey}`)}`,
        headers: async (signal) => {
          const token = await manager.accessToken(signal);
          return { headers: { authorization: `Bearer ${token}` }, token };
        },
        invalidate: (token) => {
          if (token) manager.invalidate(token);
          return true;
        },
      };
    }
    throw new ValidationError('No SmartRecruiters credentials', [
      {
        path: ['apiKey'],
        message:
          'pass apiKey or oauth, or set SMARTRECRUITERS_API_KEY (or SMARTRECRUITERS_CLIENT_ID and _SECRET)',
      },
    ]);
  }

  /** Sends a request and resolves to the response body (parsed JSON, text, or a stream). */
  async request<T = unknown>(request: RawRequest): Promise<T> {
    return (await this.requestWithResponse<T>(request)).data;
  }

  /** Like `request`, with status, headers, the SDK's request id and the rate-limit state. */
  requestWithResponse<T = unknown>(request: RawRequest): Promise<APIResponse<T>> {
    if (!METHODS.has(request.method)) {
      return Promise.reject(
        new ValidationError('Invalid request', [
          { path: ['method'], message: `unknown method ${request.method}` },
        ]),
      );
    }
    // An absolute URL (a link from a response) is described by its path alone: its query string
    // may hold search terms such as an email address.
    const path = /^https?:\/\//i.test(request.path) ? safePathname(request.path) : request.path;
    return this.send<T>({ ...request, auth: true, describe: { method: request.method, path } });
  }

  /** `GET path`. Typed for the routes the SDK knows (see `Routes`); any other path returns `T`. */
  get<T = unknown, P extends string = string>(
    path: P,
    ...options: MethodArgs<'GET', P>
  ): Promise<MethodResult<'GET', P, T>> {
    return this.request({ ...(options[0] as object), method: 'GET', path });
  }
  /** `POST path` with a JSON body (multipart with `contentType: 'multipart/form-data'`). */
  post<T = unknown, P extends string = string>(
    path: P,
    ...options: MethodArgs<'POST', P>
  ): Promise<MethodResult<'POST', P, T>> {
    return this.request({ ...(options[0] as object), method: 'POST', path });
  }
  /** `PUT path`. */
  put<T = unknown, P extends string = string>(
    path: P,
    ...options: MethodArgs<'PUT', P>
  ): Promise<MethodResult<'PUT', P, T>> {
    return this.request({ ...(options[0] as object), method: 'PUT', path });
  }
  /**
   * `PATCH path`. SR jobs and users take JSON Patch: on their typed routes the SDK sends
   * `application/json-patch+json`; elsewhere pass `contentType` yourself.
   */
  patch<T = unknown, P extends string = string>(
    path: P,
    ...options: MethodArgs<'PATCH', P>
  ): Promise<MethodResult<'PATCH', P, T>> {
    const opts = (options[0] ?? {}) as RawRequestOptions;
    const contentType = opts.contentType ?? (JSON_PATCH_ROUTES.test(path) ? JSON_PATCH : undefined);
    return this.request({ ...opts, contentType, method: 'PATCH', path });
  }
  /** `DELETE path`. */
  delete<T = unknown, P extends string = string>(
    path: P,
    ...options: MethodArgs<'DELETE', P>
  ): Promise<MethodResult<'DELETE', P, T>> {
    return this.request({ ...(options[0] as object), method: 'DELETE', path });
  }

  /**
   * Passes warnings found while mapping SR records to the `warning` hook (the unified resources
   * call this; a warning holds a code, a field path and a record id, never a value).
   */
  emitWarnings(warnings: readonly Warning[]): void {
    for (const warning of warnings) this.emit('warning', warning);
  }

  /**
   * Fetches one page of any SR list at `state` (`null`: the first page) and works out where the
   * next one is, whatever SR's paging style (§3). The unified resources page through this.
   *
   * On the routes the SDK knows (`/candidates`, `/jobs`, `/user-api/v201804/users`, the webhooks
   * lists...) it asks for SmartRecruiters' largest page unless `query.limit` is set. A `state`
   * must continue this very list: its paging parameter, an offset, or a next-page link with this
   * list's path and parameters; anything else is a `ValidationError` and nothing is sent. The
   * request always goes to `path` with the list's own query plus the state's paging parameter.
   */
  async fetchPage<T = unknown>(path: string, options: FetchPageOptions = {}): Promise<RawPage<T>> {
    const { state = null, params, query = {}, ...rest } = options;
    const filled = fillPath(path, params);
    const sent = { ...pagingDefaults(filled, query), ...query };
    checkPageState(state, { path: filled, query: sent });
    const { data, headers } = await this.requestWithResponse({
      ...rest,
      method: 'GET',
      path,
      params,
      query: { ...sent, ...stateQuery(state, { path: filled, query: sent }) },
    });
    const items = listItems(data) as T[];
    const next = nextPageState({
      path: filled,
      query: sent,
      body: data,
      headers,
      itemCount: items.length,
      previous: state,
      origin: this.origin,
      basePath: this.basePath,
    });
    if (next && items.length === 0) {
      throw new PaginationError('SmartRecruiters returned an empty page with a next-page position');
    }
    return { items, next, total: listTotal(data), body: data, headers };
  }

  /**
   * Iterates the raw items of any SR list across all its pages: `pageId`/`nextPageId`
   * (candidates, jobs, users), `Link rel="next"`, `offset`/`totalFound` (sources, offers) and the
   * webhooks list's `page_id`. Asks for SR's largest page on the routes the SDK knows (set
   * `query.limit` to choose). Stops after the last page; a repeated position is a
   * `PaginationError`. `/jobs` gets `sort=job_id`, which SR requires for cursor paging.
   *
   * Items of a typed list route are typed (`SrCandidate` for `/candidates`); other paths yield `T`.
   *
   * ```ts
   * for await (const raw of client.paginate('/candidates', { query: { updatedAfter } })) {}
   * ```
   */
  async *paginate<T = unknown, P extends string = string>(
    path: P,
    options: PaginateOptions = {},
  ): AsyncGenerator<PaginateItem<P, T>, void, undefined> {
    const visited = new VisitedPages();
    let state: PageState | null = null;
    do {
      const page: RawPage<PaginateItem<P, T>> = await this.fetchPage<PaginateItem<P, T>>(path, {
        ...options,
        state,
      });
      yield* page.items;
      state = page.next;
      if (state) visited.visit(stateKey(state));
    } while (state);
  }

  /**
   * Resolves a path template or absolute URL. User requests may only use absolute URLs on the
   * base URL's origin: credentials are never sent to another host, whatever a response's links say.
   */
  private resolveUrl(request: InternalRequest) {
    let url: URL;
    if (/^https?:\/\//i.test(request.path)) {
      url = parseUrl(request.path);
      if (request.auth && url.origin !== this.origin) {
        throw new ValidationError('Invalid request path', [
          { path: ['path'], message: `absolute URLs must be on ${this.origin}` },
        ]);
      }
    } else {
      url = new URL(`${this.origin}${this.basePath}${fillPath(request.path, request.params)}`);
    }
    toSearchParams(request.query, url.searchParams);
    const relative =
      url.origin === this.origin && url.pathname.startsWith(this.basePath)
        ? url.pathname.slice(this.basePath.length) || '/'
        : url.pathname;
    return { url: url.toString(), relative };
  }

  /** The request pipeline: validate, then retry (limiter (auth, fetch, parse)). */
  private async send<T>(request: InternalRequest): Promise<APIResponse<T>> {
    const { url, relative } = this.resolveUrl(request);
    const makeBody = prepareBody(request.body, request.contentType);
    const method = request.method;
    const idempotent = isIdempotent(method, request.idempotent);
    const requestId = newRequestId();
    const describe = request.describe;
    const signal = request.signal;
    const maxRetries = positive(request.maxRetries, 'maxRetries', this.maxRetries);
    const timeoutMs = positive(request.timeoutMs, 'timeoutMs', this.timeoutMs, MAX_TIMEOUT_MS);
    const started = Date.now();
    let retries = 0;

    const attempt = async (attemptNumber: number): Promise<APIResponse<T>> => {
      try {
        return await this.attempt<T>({
          request,
          url,
          relative,
          makeBody,
          requestId,
          attempt: attemptNumber,
          timeoutMs,
        });
      } catch (error) {
        if (!credentialErrors.has(error as object) && isRetryable(error, idempotent)) throw error;
        throw new AbortError(error as Error);
      }
    };

    try {
      return await pRetry(attempt, {
        retries: maxRetries,
        minTimeout: 0,
        maxTimeout: 0,
        maxRetryTime: this.maxRetryTimeMs,
        ...(signal ? { signal } : {}),
        shouldRetry: async ({ error, attemptNumber }) => {
          retries++;
          const delayMs = retryDelay(retries, error);
          const remaining = this.maxRetryTimeMs - (Date.now() - started);
          if (delayMs > this.maxRetryDelayMs || delayMs >= remaining) return false;
          const status = error instanceof APIError ? error.status : undefined;
          this.emit('retry', {
            requestId,
            method: describe.method,
            path: describe.path,
            attempt: attemptNumber,
            delayMs,
            status,
            reason:
              status !== undefined ? 'status' : error instanceof TimeoutError ? 'timeout' : 'connection',
          });
          this.logger.debug('smartrecruiters: retrying', {
            requestId,
            method: describe.method,
            path: describe.path,
            status,
            delayMs,
          });
          if (status === 429 && this.limiter) {
            // The whole credential is over its budget: hold every queued request, not only this one.
            this.limiter.hold(delayMs);
            this.emit('rateLimited', {
              source: 'server',
              delayMs,
              method: describe.method,
              path: describe.path,
              requestId,
              rateLimit: this.limiter.state,
            });
          }
          await sleep(delayMs, signal);
          return true;
        },
      });
    } catch (error) {
      if (error instanceof SmartRecruitersError || credentialErrors.has(error as object)) throw error;
      if (signal?.aborted) throw abortError(signal);
      throw new SmartRecruitersError('Unexpected failure', { cause: error });
    }
  }

  /** One attempt: through the limiter, with one credential refresh on a 401. */
  private async attempt<T>(a: AttemptInput): Promise<APIResponse<T>> {
    const { request } = a;
    const run = async () => {
      let auth: { headers: Record<string, string>; token?: string } = { headers: {} };
      try {
        if (request.auth) auth = await this.auth.headers(request.signal);
      } catch (error) {
        // The token request went through its own retries: retrying the caller's request on top
        // would multiply them (and repeat a refresh-token grant that may have rotated).
        if (error && typeof error === 'object') credentialErrors.add(error);
        throw error;
      }
      const exec = () => this.fetchOnce<T>(a, auth.headers);
      // A request waiting for the limiter is abandoned as soon as its signal aborts; the queued job
      // then ends at once without sending anything.
      const result = this.limiter
        ? await raceSignal(this.limiter.schedule(request.method, a.relative, exec), request.signal)
        : await exec();
      return { result, token: auth.token };
    };
    let { result, token } = await run();
    if (result.status !== 401) return result;
    const refused = (r: APIResponse<T>) =>
      APIError.generate({ status: 401, body: r.data, headers: r.headers, request: request.describe });
    // A 401 on OAuth: the token was revoked or expired early. Refresh once, then give up. A 401
    // that names a missing scope is a permission error: a new token would not help.
    const first = refused(result);
    if (!(first instanceof AuthenticationError) || !this.auth.invalidate(token)) throw first;
    ({ result } = await run());
    if (result.status === 401) throw refused(result);
    return result;
  }

  private async fetchOnce<T>(a: AttemptInput, authHeaders: Record<string, string>): Promise<APIResponse<T>> {
    const { request } = a;
    const describe = request.describe;
    if (request.signal?.aborted) throw abortError(request.signal);
    const headers: Record<string, string> = {
      ...this.baseHeaders,
      // The token endpoint may be another host: it gets no caller headers.
      ...(request.auth ? this.defaultHeaders : {}),
      ...lowerKeys(request.headers ?? {}),
      ...authHeaders,
    };
    this.emit('request', {
      requestId: a.requestId,
      method: describe.method,
      path: describe.path,
      attempt: a.attempt,
    });
    const startedAt = performance.now();
    // One timer for the whole attempt, body included: a stalled body must not hold a limiter slot.
    const timer = new AbortController();
    const timeout = a.timeoutMs > 0 ? setTimeout(() => timer.abort(), a.timeoutMs) : undefined;
    const signal = anySignal([request.signal, timer.signal]);
    const fail = (error: unknown) => {
      clearTimeout(timeout);
      return this.transportError(
        error,
        request.signal,
        describe,
        timer.signal.aborted ? a.timeoutMs : undefined,
      );
    };
    let response: Response;
    try {
      response = await this.follow(a, headers, signal);
    } catch (error) {
      throw fail(error);
    }
    const rateLimit = readRateLimitHeaders(response.headers);
    const held = this.limiter?.observe(response.headers) ?? 0;
    if (held > 0 && this.limiter) {
      this.emit('rateLimited', {
        source: 'client',
        delayMs: held,
        method: describe.method,
        path: describe.path,
        requestId: a.requestId,
        rateLimit,
      });
    }
    let data: unknown;
    try {
      const responseType = request.responseType ?? (isBinary(response.headers) ? 'stream' : 'json');
      if (response.ok && responseType === 'stream') data = binaryResponse(response);
      else {
        const body = response.ok && responseType === 'text' ? response.text() : readBody(response);
        // Not every fetch ties the body to the signal: the read races it.
        data = await raceSignal(body, signal);
      }
    } catch (error) {
      response.body?.cancel().catch(() => undefined);
      throw fail(error);
    }
    // A stream is the caller's to read from here on, at its own pace.
    clearTimeout(timeout);
    const durationMs = Math.round(performance.now() - startedAt);
    const srRequestId = response.headers.get('x-request-id') ?? undefined;
    this.emit('response', {
      requestId: a.requestId,
      method: describe.method,
      path: describe.path,
      attempt: a.attempt,
      status: response.status,
      durationMs,
      srRequestId,
      rateLimit,
    });
    this.logger.debug('smartrecruiters: response', {
      requestId: a.requestId,
      method: describe.method,
      path: describe.path,
      status: response.status,
      durationMs,
    });
    // A 401 on an authenticated request is handled by `attempt` (one refresh, then the error).
    if (!response.ok && !(response.status === 401 && request.auth)) {
      const init = { status: response.status, body: data, headers: response.headers, request: describe };
      throw request.mapError ? request.mapError(init) : APIError.generate(init);
    }
    return {
      data: data as T,
      status: response.status,
      headers: response.headers,
      requestId: a.requestId,
      rateLimit,
    };
  }

  /**
   * Sends the request, following redirects itself: `fetch` would carry `X-SmartToken` to another
   * host. A redirect to another origin is followed without the credentials.
   */
  private async follow(
    a: AttemptInput,
    headers: Record<string, string>,
    signal: AbortSignal,
  ): Promise<Response> {
    let url = a.url;
    let method: string = a.request.method;
    let current = headers;
    let prepared: PreparedBody = a.makeBody();
    for (let hop = 0; ; hop++) {
      const sent: Record<string, string> = { ...current };
      if (prepared.contentType) sent['content-type'] = prepared.contentType;
      else delete sent['content-type'];
      const response = await ky(url, {
        method,
        headers: sent,
        body: prepared.body ?? null,
        retry: 0,
        throwHttpErrors: false,
        timeout: false,
        redirect: 'manual',
        signal,
        fetch: (input, init) => (this.fetchImpl ?? globalThis.fetch)(input, init),
      });
      if (response.type === 'opaqueredirect') {
        throw new ConnectionError('A redirect could not be followed in this runtime', {
          request: a.request.describe,
        });
      }
      const location = REDIRECTS.has(response.status) ? response.headers.get('location') : null;
      if (!location) return response;
      await response.body?.cancel();
      if (hop >= MAX_REDIRECTS) {
        throw new ConnectionError(`More than ${MAX_REDIRECTS} redirects`, { request: a.request.describe });
      }
      const next = new URL(location, url);
      if (next.origin !== new URL(url).origin) current = withoutCredentials(current);
      if (
        response.status === 303 ||
        ((response.status === 301 || response.status === 302) && method === 'POST')
      ) {
        method = 'GET';
        prepared = { body: undefined, contentType: undefined };
      } else {
        prepared = a.makeBody();
      }
      url = next.toString();
    }
  }

  private transportError(
    error: unknown,
    signal: AbortSignal | undefined,
    request: RequestDescription,
    timedOutAfterMs: number | undefined,
  ): SmartRecruitersError {
    if (signal?.aborted) return abortError(signal);
    if (timedOutAfterMs !== undefined) {
      return new TimeoutError(
        `No response within ${timedOutAfterMs} ms (${request.method} ${request.path})`,
        {
          request,
        },
      );
    }
    if (error instanceof SmartRecruitersError) return error;
    if (error instanceof Error && error.name === 'AbortError') {
      return new RequestAbortedError('Request aborted', { cause: error });
    }
    return new ConnectionError(`Connection failed (${request.method} ${request.path})`, {
      cause: error,
      request,
    });
  }

  private emit<K extends keyof ClientHooks>(name: K, info: Parameters<NonNullable<ClientHooks[K]>>[0]): void {
    const hook = this.hooks[name] as ((i: typeof info) => void) | undefined;
    if (!hook) return;
    try {
      hook(info);
    } catch (error) {
      this.logger.warn(`smartrecruiters: ${name} hook threw; ignored`, { error: String(error) });
    }
  }
}

/** Options of the method helpers for a path the SDK does not type. */
export type RawRequestOptions = Omit<RawRequest, 'method' | 'path'>;

/** Options of a typed route: its own `params`, `query` and `body` types. */
export type RouteRequestOptions<R> = Omit<RawRequestOptions, 'params' | 'query' | 'body'> &
  (R extends { params: infer X } ? { params: X } : { params?: undefined }) &
  (R extends { query: infer Q } ? { query?: Q } : { query?: QueryParams | undefined }) &
  (R extends { body: infer B } ? { body: B } : { body?: RequestBody | undefined });

/** The options argument of `get`/`post`/...: required when the route has path params or a body. */
export type MethodArgs<M extends string, P extends string> =
  P extends PathsOf<M>
    ? RouteOf<M, P> extends { params: unknown } | { body: unknown }
      ? [options: RouteRequestOptions<RouteOf<M, P>>]
      : [options?: RouteRequestOptions<RouteOf<M, P>>]
    : [options?: RawRequestOptions];

/** What `get`/`post`/... resolve to: the route's response type, or `T` for other paths. */
export type MethodResult<M extends string, P extends string, T> =
  P extends PathsOf<M> ? RouteOf<M, P>['response'] : T;

// PATCH routes that SR only accepts as JSON Patch (§1): jobs, users, job properties.
const JSON_PATCH_ROUTES =
  /^\/(jobs\/[^/]+|user-api\/v\d+\/users\/[^/]+|configuration\/job-properties\/[^/]+(\/values\/[^/]+)?)$/;

interface InternalRequest extends RawRequest {
  /** Whether to add the credential (false for the token endpoint itself). */
  auth: boolean;
  /** What errors and hooks say about the request: method and path template only. */
  describe: RequestDescription;
  mapError?: ((init: ConstructorParameters<typeof APIError>[0]) => APIError) | undefined;
}

interface AttemptInput {
  request: InternalRequest;
  url: string;
  relative: string;
  makeBody: () => PreparedBody;
  requestId: string;
  attempt: number;
  timeoutMs: number;
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) out[key.toLowerCase()] = value;
  return out;
}

/** A body that is a file (a PDF, an image), not JSON or text: returned as a stream by default. */
function isBinary(headers: Headers): boolean {
  const type = headers.get('content-type')?.toLowerCase();
  if (!type) return false;
  return !/json|^text\/|xml|x-www-form-urlencoded/.test(type);
}

function parseUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    throw new ValidationError('Invalid request path', [{ path: ['path'], message: 'is not a valid URL' }]);
  }
}

function safePathname(url: string): string {
  return parseUrl(url).pathname;
}

function oauthFromEnv(): OAuthOptions | undefined {
  const clientId = readEnv('SMARTRECRUITERS_CLIENT_ID');
  const clientSecret = readEnv('SMARTRECRUITERS_CLIENT_SECRET');
  if (!clientId || !clientSecret) return undefined;
  const refreshToken = readEnv('SMARTRECRUITERS_REFRESH_TOKEN');
  return { clientId, clientSecret, ...(refreshToken ? { refreshToken } : {}) };
}

export type { BinaryResponse, PageState };
