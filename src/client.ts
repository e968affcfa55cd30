import type { OAuthOptions, TokenTransport } from './auth/oauth.js';
import { APIPromise } from './core/api-promise.js';
import { type Clock, resolveClock } from './core/clock.js';
import {
  APIError,
  AuthenticationError,
  type RequestDescription,
  SmartRecruitersError,
  TimeoutError,
  ValidationError,
} from './core/errors.js';
import type { ClientHooks, RateLimitState } from './core/hooks.js';
import { PaginationError, VisitedPages } from './core/pagination.js';
import { type RequestTelemetry, redactedUrl, type Telemetry } from './core/telemetry.js';
import { AttemptSignal, type Deadline, errorOf } from './internal/abort.js';
import { JSON_PATCH, type PreparedBody, prepareBody, type RequestBody } from './internal/body.js';
import { type Credentials, createCredentials } from './internal/credentials.js';
import { readEnv } from './internal/env.js';
import { callGuarded } from './internal/guard.js';
import { checkHeaders } from './internal/headers.js';
import { clientLogger, type LevelledLogger, type Logger, type LogLevel } from './internal/logger.js';
import {
  hooksOption,
  httpUrl,
  MAX_TIMEOUT_MS,
  nonEmpty,
  optionalBoolean,
  optionalFunction,
  optionalObject,
  optionalSignal,
  positive,
} from './internal/options.js';
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
import type { QueryParams } from './internal/query.js';
import {
  behindCallerLimiter,
  limiterFor,
  type RateLimiter,
  type RateLimitOptions,
  type RateLimitRelease,
  readRateLimitHeaders,
} from './internal/rate-limiter.js';
import { newRequestId, srRequestIdOf } from './internal/request-id.js';
import { describeRequest, resolveTarget, type Target } from './internal/resolve.js';
import type { BinaryResponse, ResponseType } from './internal/response.js';
import { isIdempotent, withRetries } from './internal/retry.js';
import { trimEndChar } from './internal/text.js';
import { DEFAULT_MAX_DOWNLOAD_BYTES, DEFAULT_MAX_RESPONSE_BYTES, exchange } from './internal/transport.js';
import type { RoutesByMethod } from './route-maps.js';
import type { PaginateItem } from './routes.js';
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
  /**
   * Sends no credential, and reads none from the environment: for SmartRecruiters' public Posting
   * API (`/v1/companies/{companyIdentifier}/postings`,
   * https://developers.smartrecruiters.com/docs/posting-api), which needs none. Any other route
   * answers 401 (`AuthenticationError`). Not with `apiKey` or `oauth`. Default `false`.
   */
  anonymous?: boolean | undefined;
  /** API host. Default `https://api.smartrecruiters.com`, or `SMARTRECRUITERS_BASE_URL`. */
  baseUrl?: string | undefined;
  /**
   * How long one attempt waits for SmartRecruiters' answer, from sending to its last byte, and,
   * separately, for its credential (the token store and an OAuth token request). A download
   * (stream) is read at the caller's pace: each of its reads waits at most this long for the next
   * bytes. Default 128 000 ms (the timeout SmartRecruiters' own clients use).
   */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt (429, 502, 503, 504, timeouts, connection errors). Default 3. */
  maxRetries?: number | undefined;
  /**
   * The whole request's deadline: every attempt, the waits for a credential and for the rate
   * limiter, and the waits between retries. Past it the request fails with `TimeoutError`.
   * Default 300 000 ms.
   */
  maxRetryTimeMs?: number | undefined;
  /**
   * Longest `Retry-After` the SDK waits; a longer one fails at once with `RateLimitError`. Default
   * 60 000 ms.
   */
  maxRetryDelayMs?: number | undefined;
  /**
   * Client-side rate limits: SmartRecruiters' by default
   * (https://developers.smartrecruiters.com/docs/rate-limiting), shared by every client of the
   * credential in the process (the strictest settings win). Pass a `RateLimiter` (e.g. one shared
   * through Redis by several processes) to replace the in-process limiter, or `false` to send
   * this client's requests unlimited (they are then not counted by the credential's limiter).
   */
  rateLimit?: RateLimitOptions | RateLimiter | false | undefined;
  /** The `fetch` to use. Default `globalThis.fetch`, looked up at call time. */
  fetch?: typeof fetch | undefined;
  /**
   * Where log lines go: `console`, a pino or a winston logger as they are (a pino logger, found
   * by its `Symbol.for('pino.serializers')`, gets the data first; others message first: see
   * `adaptLogger` for other data-first loggers). Each line is a message and fields such as
   * `requestId`, `method`, `path` (the template), `status`, `durationMs`. Default `console`. Log
   * lines never hold secrets or personal data.
   */
  logger?: Logger | undefined;
  /** Least severe level logged. Default `SMARTRECRUITERS_LOG`, else `warn`. */
  logLevel?: LogLevel | undefined;
  /** `User-Agent` header. Default `smartrecruiters-sdk/<version>`. */
  userAgent?: string | undefined;
  /**
   * Headers sent with every request to the base URL's origin (credentials are set by the SDK,
   * not here). Never sent after a redirect to another origin, nor to an OAuth token endpoint.
   */
  defaultHeaders?: Record<string, string> | undefined;
  /**
   * Largest JSON or text answer read, in bytes; a larger one fails with `ResponseTooLargeError`
   * (not retried). Default 8 388 608 (8 MiB): SmartRecruiters' pages are some hundred KB. A JSON
   * answer is also refused when nested deeper than 64 levels or holding more than 250 000 objects
   * and arrays (what it would take in memory once parsed).
   */
  maxResponseBytes?: number | undefined;
  /**
   * Largest download (a file: an attachment, an offer document) read, in bytes, through its
   * `body`, `arrayBuffer()`, `blob()` or the Node helpers; a larger one fails with
   * `ResponseTooLargeError` (at once when `Content-Length` says so). Default 67 108 864 (64 MiB).
   * Each read of a download also waits at most `timeoutMs` for the next bytes (`TimeoutError`).
   */
  maxDownloadBytes?: number | undefined;
  /** Observability hooks (redacted data only). */
  hooks?: ClientHooks | undefined;
  /**
   * Per-request instrumentation: `openTelemetry()` from `smartrecruiters-sdk/otel` (one client
   * span per request, attempts and waits as events, W3C trace context on request), or your own
   * `Telemetry`. Default none: nothing is traced, and no tracing library is loaded.
   */
  telemetry?: Telemetry | undefined;
  /**
   * Where the SDK reads wall time (OAuth token expiry, sync watermarks, `Retry-After` dates,
   * webhook timestamps) and how it waits between retries. Default: the system clock (`Date.now`
   * and timers). In tests pass the fake server's, `clock: fake.clock`, so `fake.advanceTime()`
   * moves the SDK's time too and retries wait in fake time. Timeouts, deadlines and the rate
   * limiter always run in real time.
   */
  clock?: Clock | undefined;
}

/** Options any single request can override. */
export interface RequestOptions {
  /** Cancels the request, including waits between retries. */
  signal?: AbortSignal | undefined;
  /** `timeoutMs` for this request. */
  timeoutMs?: number | undefined;
  /** `maxResponseBytes` for this request. */
  maxResponseBytes?: number | undefined;
  /** `maxDownloadBytes` for this request. */
  maxDownloadBytes?: number | undefined;
  /** Retries for this request. */
  maxRetries?: number | undefined;
  /** Extra headers for this request (to the base URL's origin only, like `defaultHeaders`). */
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
  /**
   * How to read a successful answer. Unset (default): JSON when the answer is JSON, text
   * otherwise (a report's CSV), a stream for a file; an HTML page, or JSON that does not parse,
   * is an `UnexpectedResponseError` (a proxy's page is never taken for SmartRecruiters' data).
   * `json`: JSON only, anything else is an `UnexpectedResponseError`. `text`: the text as is.
   * `stream`: a `BinaryResponse` (downloads).
   */
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
  /**
   * The SDK's id of this request, stable across its retries: the `requestId` the hooks receive and
   * an `APIError` of the same request carries.
   */
  requestId: string;
  /**
   * SmartRecruiters' own id of this answer (its `X-Request-Id` header, or
   * `X-SmartRecruiters-Request-Id` / `X-Correlation-Id`), when it sent one.
   */
  srRequestId: string | undefined;
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
  /** The page's items, as SR sent them. */
  items: T[];
  /** Where the next page is, or `null` after the last page. */
  next: PageState | null;
  /** SR's `totalFound`, when the list has one. */
  total: number | null;
  /** The list response as received (envelope included). */
  body: unknown;
  /** The response headers (SR's `Date` tells its clock, `Link` the next page). */
  headers: Headers;
  /** The page's response: status, headers, the request ids, the rate-limit state. */
  response: APIResponse<unknown>;
}

const DEFAULT_BASE_URL = 'https://api.smartrecruiters.com';

/**
 * Errors of the credential stage: token requests (retried in their own loop), waits for a token,
 * and the caller's own token store and `onTokenRefreshed`. Final: never retried, and passed
 * through as they are.
 */
const credentialErrors = new WeakSet<object>();

/**
 * The raw SmartRecruiters client: the whole API 1-to-1, with authentication, per-credential rate
 * limits, retries with backoff, timeouts and typed errors handled in one request pipeline:
 * resolve, credentials, limiter, transport, errors, retry policy (each in `internal/`).
 *
 * ```ts
 * const client = new SmartRecruitersClient({ apiKey: process.env.SMARTRECRUITERS_API_KEY });
 * const job = await client.get('/jobs/{id}', { params: { id } });
 * ```
 */
export class SmartRecruitersClient {
  /** The API host, without a trailing slash. */
  readonly baseUrl: string;
  /** The clock this client reads wall time from and waits on (the `clock` option, else the system's). */
  readonly clock: Required<Clock>;
  private readonly origin: string;
  private readonly basePath: string;
  private readonly credentials: Credentials;
  /** Per-credential state key: base URL and credential fingerprint. */
  private readonly credentialKey: string;
  private readonly limiter: RateLimiter | undefined;
  private readonly fetchImpl: typeof fetch | undefined;
  private readonly logger: LevelledLogger;
  private readonly hooks: ClientHooks;
  private readonly telemetry: Telemetry | undefined;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly maxRetryTimeMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly maxResponseBytes: number;
  private readonly maxDownloadBytes: number;
  private readonly baseHeaders: Record<string, string>;
  private readonly defaultHeaders: Record<string, string>;

  constructor(options: ClientOptions = {}) {
    if (typeof options !== 'object' || options === null) {
      throw new ValidationError('Invalid client options', [{ path: [], message: 'must be an object' }]);
    }
    const baseUrl =
      nonEmpty(options.baseUrl, 'baseUrl') ?? readEnv('SMARTRECRUITERS_BASE_URL') ?? DEFAULT_BASE_URL;
    const url = httpUrl(baseUrl, ['baseUrl'], 'Invalid client options');
    this.baseUrl = `${url.origin}${trimEndChar(url.pathname, '/')}`;
    this.origin = url.origin;
    this.basePath = trimEndChar(url.pathname, '/');
    this.fetchImpl = optionalFunction(options.fetch, 'fetch');
    this.clock = resolveClock(options.clock);
    this.hooks = hooksOption(options.hooks);
    this.telemetry = optionalObject(options.telemetry, 'telemetry');
    if (this.telemetry && typeof this.telemetry.start !== 'function') {
      throw new ValidationError('Invalid client options', [
        { path: ['telemetry'], message: 'must have a start method' },
      ]);
    }
    this.logger = clientLogger(options.logger, options.logLevel);
    this.timeoutMs = positive(options.timeoutMs, 'timeoutMs', 128_000, MAX_TIMEOUT_MS);
    this.maxRetries = positive(options.maxRetries, 'maxRetries', 3);
    this.maxRetryTimeMs = positive(options.maxRetryTimeMs, 'maxRetryTimeMs', 300_000, MAX_TIMEOUT_MS);
    this.maxRetryDelayMs = positive(options.maxRetryDelayMs, 'maxRetryDelayMs', 60_000);
    this.maxResponseBytes = positive(
      options.maxResponseBytes,
      'maxResponseBytes',
      DEFAULT_MAX_RESPONSE_BYTES,
    );
    this.maxDownloadBytes = positive(
      options.maxDownloadBytes,
      'maxDownloadBytes',
      DEFAULT_MAX_DOWNLOAD_BYTES,
    );
    const userAgent = options.userAgent ?? `smartrecruiters-sdk/${SDK_VERSION}`;
    this.baseHeaders = {
      accept: 'application/json',
      ...checkHeaders({ 'user-agent': userAgent }, 'userAgent'),
    };
    this.defaultHeaders = checkHeaders(options.defaultHeaders, 'defaultHeaders');
    this.credentials = createCredentials(options, {
      baseUrl: this.baseUrl,
      hooks: this.hooks,
      logger: this.logger,
      transport: this.tokenTransport,
      now: this.clock.now,
    });
    this.credentialKey = `${this.baseUrl}#${this.credentials.id}`;
    this.limiter = this.createLimiter(options.rateLimit);
  }

  private createLimiter(option: ClientOptions['rateLimit']): RateLimiter | undefined {
    if (option === false) return undefined;
    if (isRateLimiter(option)) return option;
    if (option !== undefined && (typeof option !== 'object' || option === null)) {
      throw new ValidationError('Invalid client options', [
        { path: ['rateLimit'], message: 'must be rate-limit options, a RateLimiter or false' },
      ]);
    }
    const local = limiterFor(this.credentialKey, option ?? {});
    return option?.limiter ? behindCallerLimiter(option.limiter, local) : local;
  }

  /** Sends OAuth token requests through the pipeline, to the token endpoint only. */
  private readonly tokenTransport: TokenTransport = (request) =>
    this.send({
      method: 'POST',
      path: request.url,
      body: request.form,
      headers: request.headers,
      idempotent: request.idempotent,
      signal: request.signal,
      auth: false,
      describe: { method: 'POST', path: '/identity/oauth/token' },
      // The token endpoint refuses bad credentials with 400 or 401: both are auth failures.
      mapError: (init) =>
        init.status === 400 || init.status === 401 || init.status === 403
          ? new AuthenticationError(init)
          : APIError.generate(init),
    }).then((r) => r.data);

  /**
   * Sends a request and resolves to the response body (parsed JSON, text, or a stream); typed for
   * the routes the SDK knows (see `Routes`), `T` for any other path. `.withResponse()` gives the
   * body with its `APIResponse` (status, headers, request ids, rate-limit state).
   */
  request<T = unknown, M extends HttpMethod = HttpMethod, P extends string = string>(
    request: RawRequest & { method: M; path: P },
  ): APIPromise<MethodResult<M, P, T>> {
    return APIPromise.fromResponse(this.requestWithResponse<T, M, P>(request));
  }

  /**
   * Like `request`, with status, headers, the SDK's request id, SmartRecruiters' request id and
   * the rate-limit state; `data` typed for the routes the SDK knows.
   */
  requestWithResponse<T = unknown, M extends HttpMethod = HttpMethod, P extends string = string>(
    request: RawRequest & { method: M; path: P },
  ): Promise<APIResponse<MethodResult<M, P, T>>> {
    let describe: RequestDescription;
    try {
      describe = describeRequest(request);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.send({ ...request, auth: true, describe });
  }

  /** `GET path`. Typed for the routes the SDK knows (see `Routes`); any other path returns `T`. */
  get<T = unknown, P extends string = string>(
    path: P,
    ...options: MethodArgs<'GET', P>
  ): APIPromise<MethodResult<'GET', P, T>> {
    return this.verb('GET', path, options[0]);
  }
  /** `POST path` with a JSON body (multipart with `contentType: 'multipart/form-data'`). */
  post<T = unknown, P extends string = string>(
    path: P,
    ...options: MethodArgs<'POST', P>
  ): APIPromise<MethodResult<'POST', P, T>> {
    return this.verb('POST', path, options[0]);
  }
  /** `PUT path`. */
  put<T = unknown, P extends string = string>(
    path: P,
    ...options: MethodArgs<'PUT', P>
  ): APIPromise<MethodResult<'PUT', P, T>> {
    return this.verb('PUT', path, options[0]);
  }
  /**
   * `PATCH path`. SR jobs and users take JSON Patch: on their typed routes the SDK sends
   * `application/json-patch+json`; elsewhere pass `contentType` yourself.
   */
  patch<T = unknown, P extends string = string>(
    path: P,
    ...options: MethodArgs<'PATCH', P>
  ): APIPromise<MethodResult<'PATCH', P, T>> {
    return this.verb('PATCH', path, options[0]);
  }
  /** `DELETE path`. */
  delete<T = unknown, P extends string = string>(
    path: P,
    ...options: MethodArgs<'DELETE', P>
  ): APIPromise<MethodResult<'DELETE', P, T>> {
    return this.verb('DELETE', path, options[0]);
  }

  private verb<T>(method: HttpMethod, path: string, options: unknown): APIPromise<T> {
    if (
      options !== undefined &&
      (typeof options !== 'object' || options === null || Array.isArray(options))
    ) {
      return APIPromise.fromResponse<T>(
        Promise.reject(
          new ValidationError('Invalid request', [{ path: ['options'], message: 'must be an object' }]),
        ),
      );
    }
    const opts = (options ?? {}) as RawRequestOptions;
    const contentType =
      method === 'PATCH' &&
      opts.contentType === undefined &&
      typeof path === 'string' &&
      JSON_PATCH_ROUTES.test(path)
        ? JSON_PATCH
        : opts.contentType;
    return this.request({ ...opts, contentType, method, path }) as APIPromise<T>;
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
   * next one is, whatever SR's paging style
   * (https://developers.smartrecruiters.com/reference/pagination). The unified resources page
   * through this.
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
    const response = await this.requestWithResponse({
      ...rest,
      method: 'GET',
      path,
      params,
      query: { ...sent, ...stateQuery(state, { path: filled, query: sent }) },
    });
    const { data, headers } = response;
    const items = listItems(data, filled) as T[];
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
    return { items, next, total: listTotal(data), body: data, headers, response };
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
   * The request pipeline: resolve, then retry policy around each attempt (credentials, limiter,
   * transport, errors), all within the request's deadline (`maxRetryTimeMs`).
   */
  private async send<T>(request: InternalRequest): Promise<APIResponse<T>> {
    const describe = request.describe;
    // The request's telemetry, once started (the client's `telemetry` option).
    let traced: Prepared | undefined;
    const deadlineMs = this.maxRetryTimeMs;
    const deadlineReason = () =>
      new TimeoutError(
        `No answer within ${deadlineMs} ms, retries included (${describe.method} ${describe.path})`,
        { request: describe },
      );
    const at = performance.now() + deadlineMs;
    try {
      const deadline: Deadline = { at, reason: deadlineReason, caller: optionalSignal(request.signal) };
      const prepared: Prepared = {
        request,
        // The token endpoint may be another host: only user requests are held to the base origin.
        target: resolveTarget(request, { origin: this.origin, basePath: this.basePath }, request.auth),
        headers: request.headers
          ? { ...(request.auth ? this.defaultHeaders : {}), ...checkHeaders(request.headers, 'headers') }
          : request.auth
            ? this.defaultHeaders
            : {},
        makeBody: prepareBody(request.body, request.contentType),
        requestId: newRequestId(),
        timeoutMs: positive(request.timeoutMs, 'timeoutMs', this.timeoutMs, MAX_TIMEOUT_MS),
        maxResponseBytes: positive(request.maxResponseBytes, 'maxResponseBytes', this.maxResponseBytes),
        maxDownloadBytes: positive(request.maxDownloadBytes, 'maxDownloadBytes', this.maxDownloadBytes),
        deadline,
      };
      const maxRetries = positive(request.maxRetries, 'maxRetries', this.maxRetries);
      const idempotent = isIdempotent(request.method, optionalBoolean(request.idempotent, 'idempotent'));
      if (this.telemetry) traced = this.startTelemetry(this.telemetry, prepared);
      const response = await withRetries((attempt) => this.attempt<T>(prepared, attempt), {
        maxRetries,
        maxRetryDelayMs: this.maxRetryDelayMs,
        deadline: at,
        idempotent,
        signal: deadline.caller,
        isFinal: (error) => credentialErrors.has(error as object),
        onRetry: ({ error, attempt, delayMs }) => this.retrying(prepared, error, attempt, delayMs),
        sleep: this.clock.sleep,
        now: this.clock.now,
      });
      if (traced)
        this.observe(traced, (t) =>
          t.end({ status: response.status, error: undefined, srRequestId: response.srRequestId }),
        );
      return response;
    } catch (caught) {
      const error =
        caught instanceof SmartRecruitersError || credentialErrors.has(caught as object)
          ? caught
          : request.signal instanceof AbortSignal && request.signal.aborted
            ? errorOf(request.signal)
            : performance.now() >= at
              ? deadlineReason()
              : new SmartRecruitersError('Unexpected failure', { cause: caught });
      if (traced) {
        const failed = error instanceof APIError ? error : undefined;
        this.observe(traced, (t) =>
          t.end({ status: failed?.status, error, srRequestId: failed?.srRequestId }),
        );
      }
      throw error;
    }
  }

  /**
   * Starts the request's telemetry (after its checks: a request refused before it is sent is not
   * instrumented) and adds its headers to an authenticated request's own.
   */
  private startTelemetry(telemetry: Telemetry, prepared: Prepared): Prepared | undefined {
    const { request } = prepared;
    let started: RequestTelemetry | undefined;
    try {
      started = telemetry.start({
        requestId: prepared.requestId,
        method: request.method,
        path: request.describe.path,
        url: redactedUrl(prepared.target.url),
        authenticated: request.auth,
      });
      if (!started) return undefined;
      if (request.auth && started.headers) {
        // The caller's own headers win; the transport keeps both to the base URL's origin.
        prepared.headers = {
          ...checkHeaders({ ...started.headers }, 'telemetry headers'),
          ...prepared.headers,
        };
      }
    } catch (error) {
      this.warnIgnored('telemetry', error);
      if (!started) return undefined;
    }
    prepared.telemetry = started;
    return prepared;
  }

  /** Tells the telemetry how long an attempt waited (a rate-limiter wait from 1 ms). */
  private waited(
    prepared: Prepared,
    kind: 'credential' | 'rate_limit',
    since: number,
    attempt: number,
  ): void {
    const durationMs = performance.now() - since;
    if (kind === 'rate_limit' && durationMs < 1) return;
    this.observe(prepared, (t) => t.waited?.({ kind, durationMs: Math.round(durationMs), attempt }));
  }

  /** Calls the request's telemetry; a telemetry that throws is logged and ignored. */
  private observe(prepared: Prepared, call: (telemetry: RequestTelemetry) => void): void {
    const { telemetry } = prepared;
    if (!telemetry) return;
    const { threw, error } = callGuarded(() => call(telemetry));
    if (threw) this.warnIgnored('telemetry', error);
  }

  private retrying(prepared: Prepared, error: unknown, attempt: number, delayMs: number): void {
    const { describe } = prepared.request;
    const status = error instanceof APIError ? error.status : undefined;
    const srRequestId = error instanceof APIError ? error.srRequestId : undefined;
    const reason = status !== undefined ? 'status' : error instanceof TimeoutError ? 'timeout' : 'connection';
    this.emit('retry', {
      requestId: prepared.requestId,
      method: describe.method,
      path: describe.path,
      attempt,
      delayMs,
      status,
      srRequestId,
      reason,
    });
    if (prepared.telemetry) this.observe(prepared, (t) => t.retry?.({ attempt, delayMs, status, reason }));
    this.logger.debug('smartrecruiters: retrying', {
      requestId: prepared.requestId,
      method: describe.method,
      path: describe.path,
      status,
      delayMs,
    });
    if (status === 429 && this.limiter) {
      // The whole credential is over its budget: hold every queued request, not only this one.
      this.limiter.hold(this.credentialKey, delayMs);
      this.emit('rateLimited', {
        source: 'server',
        delayMs,
        method: describe.method,
        path: describe.path,
        requestId: prepared.requestId,
        srRequestId,
        rateLimit: readRateLimitHeaders(new Headers((error as APIError).headers)),
      });
    }
  }

  /** One attempt, with one credential refresh on a 401. */
  private async attempt<T>(prepared: Prepared, attempt: number): Promise<APIResponse<T>> {
    const { request } = prepared;
    let { response, token } = await this.once<T>(prepared, attempt);
    if (response.status !== 401) return response;
    const refused = (r: APIResponse<T>) =>
      APIError.generate({
        status: 401,
        body: r.data,
        headers: r.headers,
        request: request.describe,
        requestId: prepared.requestId,
      });
    // A 401 on OAuth: the token was revoked or expired early. Refresh once, then give up. A 401
    // that names a missing scope is a permission error: a new token would not help.
    const first = refused(response);
    if (!(first instanceof AuthenticationError) || !this.credentials.invalidate(token)) throw first;
    // The request had its turn: back to the front of the queue, with a new token.
    ({ response } = await this.once<T>(prepared, attempt, true));
    if (response.status === 401) throw refused(response);
    return response;
  }

  /**
   * A fresh credential, then a place in the limiter, then the credential as it is once the place
   * is there, then the exchange; errors by status. A token refresh never waits while holding a
   * place (the token request itself may need one); a token that expired while the request
   * queued, or a place that lapsed, is never used: the request goes back to the front of the queue.
   */
  private async once<T>(
    prepared: Prepared,
    attempt: number,
    requeued = false,
  ): Promise<{ response: APIResponse<T>; token: string | undefined }> {
    const { request } = prepared;
    // Until the exchange starts, only the deadline (and the caller) bound the waits.
    const abort = new AttemptSignal(prepared.deadline);
    try {
      for (let turn = 0; ; turn++) {
        if (turn > MAX_REQUEUES) {
          throw new SmartRecruitersError(
            `The request lost its place in the rate limiter ${MAX_REQUEUES} times in a row (${request.describe.method} ${request.describe.path})`,
          );
        }
        if (request.auth && !this.credentials.ready()) await this.freshCredential(prepared, abort, attempt);
        const queued = prepared.telemetry ? performance.now() : 0;
        const release = this.limiter
          ? await this.limiter.acquire({
              credential: this.credentialKey,
              method: request.method,
              path: prepared.target.relative,
              signal: abort.signal,
              // A token request others wait for, or a request that already had its turn.
              priority: requeued || turn > 0 || !request.auth,
            })
          : noRelease;
        if (prepared.telemetry) this.waited(prepared, 'rate_limit', queued, attempt);
        // Read now, not before the wait: the token may have expired, or been refreshed, meanwhile.
        const auth = request.auth ? this.credentials.current() : NO_CREDENTIAL;
        if (auth === undefined || release.held?.() === false) {
          release(false);
          continue;
        }
        // One timer for the whole exchange, body included: a stalled body must not hold a limiter place.
        limitWait(abort, prepared, 'response');
        try {
          return {
            response: await this.exchange<T>(prepared, attempt, auth.headers, abort.signal),
            token: auth.token,
          };
        } finally {
          release();
        }
      }
    } finally {
      // A stream is the caller's to read from here on, at its own pace.
      abort.dispose();
    }
  }

  /** The transport stage, then what the response says: rate-limit state, hooks, errors by status. */
  private async exchange<T>(
    prepared: Prepared,
    attempt: number,
    credentialHeaders: Readonly<Record<string, string>>,
    signal: AbortSignal,
  ): Promise<APIResponse<T>> {
    const { request } = prepared;
    const describe = request.describe;
    this.emit('request', {
      requestId: prepared.requestId,
      method: describe.method,
      path: describe.path,
      attempt,
    });
    if (prepared.telemetry) this.observe(prepared, (t) => t.attempt?.({ attempt }));
    const startedAt = performance.now();
    const { response, data } = await exchange({
      url: prepared.target.url,
      method: request.method,
      baseHeaders: this.baseHeaders,
      callerHeaders: prepared.headers,
      credentialHeaders,
      makeBody: prepared.makeBody,
      signal,
      crossOriginRedirects: request.auth,
      responseType: request.responseType,
      maxResponseBytes: prepared.maxResponseBytes,
      maxDownloadBytes: prepared.maxDownloadBytes,
      idleTimeoutMs: prepared.timeoutMs,
      describe,
      fetch: this.fetchImpl,
    });
    const rateLimit = readRateLimitHeaders(response.headers);
    const srRequestId = srRequestIdOf(response.headers);
    // Read while this request still holds its place (the limiter compares with its in-flight count).
    const held = this.limiter?.observe(this.credentialKey, rateLimit) ?? 0;
    if (held > 0) {
      this.emit('rateLimited', {
        source: 'client',
        delayMs: held,
        method: describe.method,
        path: describe.path,
        requestId: prepared.requestId,
        srRequestId,
        rateLimit,
      });
    }
    if (this.hooks.response || prepared.telemetry || this.logger.enabled('debug')) {
      const durationMs = Math.round(performance.now() - startedAt);
      const status = response.status;
      if (prepared.telemetry)
        this.observe(prepared, (t) => t.response?.({ attempt, status, durationMs, srRequestId }));
      this.emit('response', {
        requestId: prepared.requestId,
        method: describe.method,
        path: describe.path,
        attempt,
        status: response.status,
        durationMs,
        srRequestId,
        rateLimit,
      });
      this.logger.debug('smartrecruiters: response', {
        requestId: prepared.requestId,
        method: describe.method,
        path: describe.path,
        attempt,
        status: response.status,
        durationMs,
        srRequestId,
      });
    }
    // A 401 on an authenticated request is handled by `attempt` (one refresh, then the error).
    if (!response.ok && !(response.status === 401 && request.auth)) {
      const init = {
        status: response.status,
        body: data,
        headers: response.headers,
        request: describe,
        requestId: prepared.requestId,
      };
      throw request.mapError ? request.mapError(init) : APIError.generate(init);
    }
    return {
      data: data as T,
      status: response.status,
      headers: response.headers,
      requestId: prepared.requestId,
      srRequestId,
      rateLimit,
    };
  }

  /** Waits for a fresh credential, at most `timeoutMs` (and the deadline); holds no limiter place. */
  private async freshCredential(prepared: Prepared, abort: AttemptSignal, attempt: number): Promise<void> {
    limitWait(abort, prepared, 'credential');
    const since = performance.now();
    try {
      await this.credentials.headers(abort.signal);
      if (prepared.telemetry) this.waited(prepared, 'credential', since, attempt);
    } catch (error) {
      // The token request went through its own retries: retrying the caller's request on top
      // would multiply them (and repeat a refresh-token grant that may have rotated).
      if (error && typeof error === 'object') credentialErrors.add(error);
      throw error;
    } finally {
      abort.limit(Number.POSITIVE_INFINITY);
    }
  }

  private emit<K extends keyof ClientHooks>(name: K, info: Parameters<NonNullable<ClientHooks[K]>>[0]): void {
    const hook = this.hooks[name] as ((i: typeof info) => void) | undefined;
    if (!hook) return;
    const { threw, error } = callGuarded(() => hook(info));
    if (threw) this.warnIgnored(`${name} hook`, error);
  }

  /** Logs that a hook or the telemetry threw (its error's name only: a message may hold anything). */
  private warnIgnored(what: string, error: unknown): void {
    this.logger.warn(`smartrecruiters: ${what} threw; ignored`, {
      error: error instanceof Error ? error.name : 'unknown',
    });
  }
}

/** Options of the method helpers for a path the SDK does not type. */
export type RawRequestOptions = Omit<RawRequest, 'method' | 'path'>;

/** Options of a typed route: its own `params`, `query` and `body` types. */
export type RouteRequestOptions<R> = Omit<RawRequestOptions, 'params' | 'query' | 'body'> &
  ([R] extends [
    {
      /** The route has path parameters. */
      params: infer X;
    },
  ]
    ? {
        /** Values of the path template's `{placeholders}`, each percent-encoded as one segment. */
        params: X;
      }
    : {
        /** None: the route's path has no parameters. */
        params?: undefined;
      }) &
  ([R] extends [
    {
      /** The route has a typed query. */
      query: infer Q;
    },
  ]
    ? {
        /** The route's query parameters. */
        query?: Q;
      }
    : {
        /** Query parameters. */
        query?: QueryParams | undefined;
      }) &
  ([R] extends [
    {
      /** The route has a body. */
      body: infer B;
    },
  ]
    ? {
        /** The route's request body. */
        body: B;
      }
    : {
        /** A request body, when the route takes one. */
        body?: RequestBody | undefined;
      });

/** The options argument of a typed route: required when the route has path params or a body. */
export type RouteArgs<R> = [R] extends [
  | {
      /** The route has path parameters. */
      params: unknown;
    }
  | {
      /** The route has a body. */
      body: unknown;
    },
]
  ? [options: RouteRequestOptions<R>]
  : [options?: RouteRequestOptions<R>];

/*
 * A call's route is looked up by key in its method's map (`GetRoutes['/jobs/{jobId}']`, generated
 * from `Routes`): no walk over every route. The conditionals are written `[X] extends [Y]` so that
 * the compiler does not distribute them over all the routes while it works out a call.
 */

/** The options argument of `get`/`post`/...: required when the route has path params or a body. */
export type MethodArgs<M extends string, P extends string> = M extends keyof RoutesByMethod
  ? [P] extends [keyof RoutesByMethod[M]]
    ? RouteArgs<RoutesByMethod[M][P]>
    : [options?: RawRequestOptions]
  : [options?: RawRequestOptions];

/** What `get`/`post`/... resolve to: the route's response type, or `T` for other paths. */
export type MethodResult<M extends string, P extends string, T> = M extends keyof RoutesByMethod
  ? [P] extends [keyof RoutesByMethod[M]]
    ? RoutesByMethod[M][P] extends {
        /** The route's response body type. */
        response: infer R;
      }
      ? R
      : never
    : T
  : T;

// PATCH routes that SR only accepts as JSON Patch (§1): jobs, users (both APIs), job properties.
const JSON_PATCH_ROUTES =
  /^\/(jobs\/[^/]+|(user-api\/v\d+\/)?users\/[^/]+|configuration\/job-properties\/[^/]+(\/values\/[^/]+)?)$/;

interface InternalRequest extends RawRequest {
  /** Whether to add the credential (false for the token endpoint itself). */
  auth: boolean;
  /** What errors and hooks say about the request: method and path template only. */
  describe: RequestDescription;
  mapError?: ((init: ConstructorParameters<typeof APIError>[0]) => APIError) | undefined;
}

/** One request as the stages see it, after its checks. */
interface Prepared {
  request: InternalRequest;
  target: Target;
  headers: Record<string, string>;
  makeBody: () => PreparedBody;
  requestId: string;
  timeoutMs: number;
  maxResponseBytes: number;
  maxDownloadBytes: number;
  /** When the request fails, and the caller's signal. */
  deadline: Deadline;
  /** The request's telemetry, when the client has one and it instruments the request. */
  telemetry?: RequestTelemetry | undefined;
}

function isRateLimiter(value: unknown): value is RateLimiter {
  return typeof (value as RateLimiter | undefined)?.acquire === 'function';
}

const noRelease: RateLimitRelease = () => undefined;

/**
 * Times one attempt may go back to the queue (its token expired, its place lapsed) before it
 * fails: each return is a new wait, so this only stops a limiter that never keeps a place.
 */
const MAX_REQUEUES = 8;

const NO_CREDENTIAL = { headers: {}, token: undefined };

/** Bounds an attempt's current wait by `timeoutMs`: "No <what> within ..." when it runs out. */
function limitWait(abort: AttemptSignal, prepared: Prepared, what: 'response' | 'credential'): void {
  const { describe } = prepared.request;
  abort.limit(
    prepared.timeoutMs,
    () =>
      new TimeoutError(`No ${what} within ${prepared.timeoutMs} ms (${describe.method} ${describe.path})`, {
        request: describe,
      }),
  );
}

export type { BinaryResponse, PageState };
