/**
 * The endpoints an assessment partner hosts for SmartRecruiters
 * (https://developers.smartrecruiters.com/docs/partners-assessment-api-2021,
 * https://developers.smartrecruiters.com/docs/integration-workflow), as one Fetch-API handler
 * (`(request) => Promise<Response>`: Next.js route handlers, Cloudflare Workers, Deno, Bun, Hono;
 * Node through `createNodeAssessmentPartnerHandler` of `smartrecruiters-sdk/node`). Your product
 * supplies its packages and what to do with an order; the kit does the protocol: routing,
 * SmartRecruiters' client-credentials token, the check of every call's token (before any body is
 * read or any callback runs), request validation with SmartRecruiters' error shapes, body limits
 * and deadlines.
 */
import { ValidationError, type ValidationIssue } from '../core/errors.js';
import { parseBasicCredentials } from '../internal/basic-auth.js';
import { callGuarded } from '../internal/guard.js';
import { MAX_TIMEOUT_MS } from '../internal/options.js';
import { readLimitedBody } from '../internal/read-body.js';
import { trimEndChar } from '../internal/text.js';
import type {
  SrAssessmentPackage,
  SrAssessmentPackageOrderRequest,
  SrInlineAssessmentPackageOrderRequest,
  SrPartnerErrorResponse,
  SrRequester,
} from '../routes/assessment-partner-app.js';
import type { Checker } from '../schemas/checks.js';
import {
  SrAssessmentPackageOrderRequestSchema,
  SrAssessmentPackageSchema,
  SrInlineAssessmentPackageOrderRequestSchema,
} from '../schemas/compiled/sr/assessment.js';
import { toValidationIssues } from '../schemas/unified/parse-input.js';
import { AssessmentRequestError } from './errors.js';
import { inlineOrderAnswer, orderIdFromResultUrl, parseRequesterHeader } from './protocol.js';
import { PartnerAccessTokens, secretsMatch, type TokenSecret } from './tokens.js';

/** What you keep for each set of credentials you gave SmartRecruiters (one per company). */
export interface AssessmentClientRecord {
  /** The secret of `generateClientCredentials()` (compared in constant time). */
  clientSecret: string;
  /** The SmartRecruiters company it was given for. */
  companyId: string;
}

/** A call of SmartRecruiters', once its token is checked. */
export interface AssessmentRequestContext {
  /** The company on whose behalf SmartRecruiters calls (its token's). */
  companyId: string;
  /** The client id of SmartRecruiters' credentials (yours, from `generateClientCredentials()`). */
  clientId: string;
  /** The request as received (headers included). */
  request: Request;
  /** Aborted when the kit stops waiting for your callback (`callbackTimeoutMs`). */
  signal: AbortSignal;
}

/** What `GET /packages` is filtered by: the job's location, and your fields' values. */
export interface PackageFilters {
  /** The job's country code (query parameter `country-code`). */
  countryCode?: string | undefined;
  /** The job's region abbreviation (`region-abbr`). */
  regionAbbr?: string | undefined;
  /** The job's city (`city`). */
  city?: string | undefined;
  /** The job's street address (`address`). */
  address?: string | undefined;
  /** The job's postal code (`postal-code`). */
  postalCode?: string | undefined;
  /** Whether the job is remote (`remote`). */
  remote?: boolean | undefined;
  /** The values the company mapped to your fields (your configuration's `fields`), by field id. */
  fields: Record<string, string>;
}

/** A package list request: who asks, and for which job. */
export interface PackageListRequest extends AssessmentRequestContext {
  /** The recruiter listing the packages, when SmartRecruiters says. */
  requester: SrRequester | null;
  /** What the list is filtered by. */
  filters: PackageFilters;
}

/** An order SmartRecruiters placed, checked: the company is the token's, the package yours. */
export interface ReceivedOrder extends AssessmentRequestContext {
  /** The order as SmartRecruiters sent it (candidate, job, package, `resultCallbackURL`...). */
  order: SrAssessmentPackageOrderRequest;
  /**
   * The order's id, read from `order.resultCallbackURL`: what `sr.assessments.updateResult()` and
   * `attachReport()` take. `null` when the URL does not end in `/orders/{orderId}/results`.
   */
  orderId: string | null;
  /** The ordered package, as your `getPackage` (or `packages`) gives it. */
  package: SrAssessmentPackage;
}

/** An inline order: answer with the URL the candidate is sent to. */
export interface ReceivedInlineOrder extends AssessmentRequestContext {
  /** The inline order as SmartRecruiters sent it. */
  order: SrInlineAssessmentPackageOrderRequest;
  /** As `ReceivedOrder.orderId`. */
  orderId: string | null;
  /** The ordered package, as your `getPackage` (or `packages`) gives it. */
  package: SrAssessmentPackage;
}

/** A company's admin arriving at your consent page. */
export interface ConsentRequest {
  /** The company setting up the integration (`?companyId=`); `null` when absent. */
  companyId: string | null;
  /** The request as received. */
  request: Request;
}

/** Options of `createAssessmentPartnerHandler`. */
export interface AssessmentPartnerHandlerOptions {
  /**
   * The credentials you gave SmartRecruiters, by client id (your store: a database, KV...):
   * `undefined` when unknown or removed. Read at the token endpoint and on every call, so
   * removing a company's record stops its tokens at once.
   */
  clients: (
    clientId: string,
  ) => AssessmentClientRecord | undefined | null | Promise<AssessmentClientRecord | undefined | null>;
  /**
   * The key(s) access tokens are signed with: at least 32 bytes of randomness, the same in every
   * process. The first signs, all verify (rotate by putting the new key first).
   */
  tokenSecret: TokenSecret | readonly TokenSecret[];
  /** Lifetime of the access tokens the kit issues, seconds. Default 3600. */
  tokenTtlSeconds?: number | undefined;
  /** Your packages for a list request (filter them by `filters` if you offer different ones). */
  packages: (request: PackageListRequest) => SrAssessmentPackage[] | Promise<SrAssessmentPackage[]>;
  /**
   * One package by id; `undefined` when it is not yours. Default: found in `packages()` called
   * without filters.
   */
  getPackage?:
    | ((
        id: string,
        context: AssessmentRequestContext,
      ) => SrAssessmentPackage | undefined | null | Promise<SrAssessmentPackage | undefined | null>)
    | undefined;
  /**
   * An order, checked. Accept it quickly (store it, enqueue the work): SmartRecruiters gets 202
   * when it returns. Send the result later with `sr.assessments.updateResult(orderId, ...)` and
   * the report with `attachReport`. Throw an `AssessmentRequestError` (`reason: 'rejected'`) to
   * refuse it with your status and code; any other throw answers 500.
   */
  onOrder: (order: ReceivedOrder) => void | Promise<void>;
  /** An inline order: return the URL the candidate is sent to. Without it, inline orders are 404. */
  onInlineOrder?:
    | ((order: ReceivedInlineOrder) =>
        | {
            /** Where the candidate is sent to take the assessment. */
            url: string;
          }
        | Promise<{
            /** Where the candidate is sent to take the assessment. */
            url: string;
          }>)
    | undefined;
  /**
   * Your consent page (`GET /integration?companyId=`, no token: a company's admin in a browser).
   * Return the page, or a redirect to your sign-in. Without it, the consent URL is 404.
   */
  onConsent?: ((request: ConsentRequest) => Response | Promise<Response>) | undefined;
  /**
   * SmartRecruiters removed the company's integration (`DELETE
   * /integrations/companies/{companyId}`, with its token): delete the company's credentials here.
   */
  onIntegrationRemoved?: ((context: AssessmentRequestContext) => void | Promise<void>) | undefined;
  /**
   * Called with every request refused or failed (its reason, status and code; `cause` holds what
   * a callback threw). What it throws is ignored. Never given a credential or a request body.
   */
  onRejected?: ((error: AssessmentRequestError) => void) | undefined;
  /** The path the endpoints are served under (`/smartrecruiters`). Default `''` (the root). */
  basePath?: string | undefined;
  /** Largest request body read, bytes; larger ones are answered 413 unread. Default 256 KiB. */
  maxBodyBytes?: number | undefined;
  /** Longest wait for a whole request body, ms; slower ones are answered 408. Default 10 000. */
  bodyTimeoutMs?: number | undefined;
  /**
   * Longest wait for one of your callbacks, ms: past it the request is answered 503 and the
   * callback's `signal` aborted. Default 20 000 (UNCONFIRMED: SmartRecruiters does not say how
   * long it waits).
   */
  callbackTimeoutMs?: number | undefined;
  /** Current time in Unix ms, for token expiry. Default `Date.now`. */
  now?: (() => number) | undefined;
}

const DEFAULT_MAX_BODY_BYTES = 256 * 1024;
const DEFAULT_BODY_TIMEOUT_MS = 10_000;
const DEFAULT_CALLBACK_TIMEOUT_MS = 20_000;
const DEFAULT_TOKEN_TTL_SECONDS = 3600;
/** A token request is a short form: more than this is not one. */
const MAX_TOKEN_BODY_BYTES = 8 * 1024;
/** Compared against when a client id is unknown, so the answer takes as long as for a known one. */
const UNKNOWN_CLIENT_SECRET = 'unknown-client-secret-compared-for-timing-only';
const COMPANY_ID = /^[A-Za-z0-9_-]{1,64}$/;
const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };

type Operation =
  | 'consent'
  | 'removeIntegration'
  | 'token'
  | 'listPackages'
  | 'getPackage'
  | 'order'
  | 'inlineOrder';

/** The kit's routes: method, path segments (`*` a parameter), operation. */
const ROUTES: ReadonlyArray<readonly [string, readonly string[], Operation]> = [
  ['GET', ['integration'], 'consent'],
  ['DELETE', ['integrations', 'companies', '*'], 'removeIntegration'],
  ['POST', ['oauth', 'token'], 'token'],
  ['GET', ['packages'], 'listPackages'],
  ['POST', ['packages', 'orders'], 'order'],
  ['POST', ['packages', 'inline', 'orders'], 'inlineOrder'],
  ['GET', ['packages', '*'], 'getPackage'],
];

type Match = { operation: Operation; param: string | undefined } | { allowed: string[] } | undefined;

function matchRoute(method: string, segments: readonly string[]): Match {
  const allowed = new Set<string>();
  for (const [routeMethod, template, operation] of ROUTES) {
    if (template.length !== segments.length) continue;
    let param: string | undefined;
    const fits = template.every((part, i) => {
      const segment = segments[i] as string;
      if (part !== '*') return part === segment;
      param = segment;
      return segment !== '';
    });
    if (!fits) continue;
    if (routeMethod === method) return { operation, param };
    allowed.add(routeMethod);
  }
  return allowed.size > 0 ? { allowed: [...allowed].sort() } : undefined;
}

/** The path below `basePath` as decoded segments; `undefined` when outside it or malformed. */
function segmentsOf(pathname: string, basePath: string): string[] | undefined {
  if (basePath !== '' && pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return undefined;
  const rest = trimEndChar(pathname.slice(basePath.length), '/');
  try {
    return rest === '' ? [] : rest.slice(1).split('/').map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** SmartRecruiters' error shape: `{ message, errors: [{ code, message }] }`. */
function errorBody(error: AssessmentRequestError, details: ValidationIssue[] = []): SrPartnerErrorResponse {
  const errors =
    details.length > 0
      ? details.map((issue) => ({
          code: error.code,
          message: issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
        }))
      : [{ code: error.code, message: error.message }];
  return { message: error.message, errors };
}

/** How a refused request is answered: its error, the issues listed, headers, and in which shape. */
class Refusal extends Error {
  readonly error: AssessmentRequestError;
  readonly issues: ValidationIssue[];
  readonly headers: Record<string, string>;
  /** `sr`: SmartRecruiters' `ErrorResponse`; `oauth`: the token endpoint's (RFC 6749 §5.2). */
  readonly shape: 'sr' | 'oauth';
  constructor(
    error: AssessmentRequestError,
    options: { issues?: ValidationIssue[]; headers?: Record<string, string>; shape?: 'sr' | 'oauth' } = {},
  ) {
    super(error.message);
    this.error = error;
    this.issues = options.issues ?? [];
    this.headers = options.headers ?? {};
    this.shape = options.shape ?? 'sr';
  }
}

function refuse(
  reason: AssessmentRequestError['reason'],
  message: string,
  options: { issues?: ValidationIssue[]; headers?: Record<string, string> } = {},
): Refusal {
  return new Refusal(new AssessmentRequestError(reason, message), options);
}

function invalidOption(path: string, message: string): ValidationError {
  return new ValidationError('Invalid assessment partner handler options', [{ path: [path], message }]);
}

function checkOptions(options: AssessmentPartnerHandlerOptions): void {
  if (typeof options !== 'object' || options === null) throw invalidOption('options', 'must be an object');
  for (const key of ['clients', 'packages', 'onOrder'] as const) {
    if (typeof options[key] !== 'function') throw invalidOption(key, 'must be a function');
  }
  for (const key of [
    'getPackage',
    'onInlineOrder',
    'onConsent',
    'onIntegrationRemoved',
    'onRejected',
    'now',
  ] as const) {
    if (options[key] !== undefined && typeof options[key] !== 'function') {
      throw invalidOption(key, 'must be a function');
    }
  }
  const limits: Array<[string, number | undefined, number, number]> = [
    ['tokenTtlSeconds', options.tokenTtlSeconds, 1, 86_400],
    ['maxBodyBytes', options.maxBodyBytes, 1, 64 * 1024 * 1024],
    ['bodyTimeoutMs', options.bodyTimeoutMs, 1, MAX_TIMEOUT_MS],
    ['callbackTimeoutMs', options.callbackTimeoutMs, 1, MAX_TIMEOUT_MS],
  ];
  for (const [name, value, min, max] of limits) {
    if (value !== undefined && !(Number.isInteger(value) && value >= min && value <= max)) {
      throw invalidOption(name, `must be an integer from ${min} to ${max}`);
    }
  }
  const secrets = (
    Array.isArray(options.tokenSecret) ? options.tokenSecret : [options.tokenSecret]
  ) as unknown[];
  const secretBytes = (secret: unknown) =>
    typeof secret === 'string'
      ? new TextEncoder().encode(secret).length
      : secret instanceof Uint8Array
        ? secret.length
        : 0;
  if (secrets.length === 0 || secrets.some((secret) => secretBytes(secret) < 32)) {
    throw invalidOption('tokenSecret', 'must be one or more keys of at least 32 bytes (random, kept secret)');
  }
  const base = options.basePath;
  if (base !== undefined && (typeof base !== 'string' || (base !== '' && !/^\/[^?#]*[^/?#]$/.test(base)))) {
    throw invalidOption('basePath', "must be '' or a path like '/smartrecruiters' (no trailing slash)");
  }
}

/**
 * Returns `(request) => Promise<Response>` serving SmartRecruiters' calls to an assessment partner
 * (`ASSESSMENT_PARTNER_APP_PATHS` under `basePath`):
 *
 * - `POST /oauth/token`: SmartRecruiters' client credentials (form fields or HTTP Basic, checked
 *   in constant time against `clients`) for a signed access token; OAuth errors (RFC 6749 §5.2).
 * - every other call but the consent page needs `Authorization: Bearer <token>`: refused 401
 *   before its body is read or a callback runs; a token of one company never acts for another
 *   (403).
 * - `GET /packages[/{id}]`, `POST /packages/orders` (202), `POST /packages/inline/orders`,
 *   `DELETE /integrations/companies/{companyId}` (204), `GET /integration` (your consent page).
 * - bodies: JSON only (415), at most `maxBodyBytes` (413), within `bodyTimeoutMs` (408), checked
 *   against SmartRecruiters' schemas (400 listing each problem); an order for a package that is
 *   not yours is 404.
 *
 * Errors answer SmartRecruiters' shape, `{ message, errors: [{ code, message }] }`; a failure on
 * your side (a callback throws) answers 500, a slow callback 503.
 *
 * ```ts
 * const handler = createAssessmentPartnerHandler({
 *   clients: (clientId) => db.srClients.get(clientId),
 *   tokenSecret: process.env.SR_TOKEN_SECRET!,
 *   packages: () => CATALOG,
 *   onOrder: async ({ orderId, order, companyId }) => queue.add({ orderId, companyId, candidate: order.candidate }),
 * });
 * export default { fetch: handler }; // or: app.all('/smartrecruiters/*', (c) => handler(c.req.raw))
 * ```
 *
 * @throws ValidationError for invalid options (a short `tokenSecret`, a callback that is not a function)
 */
export function createAssessmentPartnerHandler(
  options: AssessmentPartnerHandlerOptions,
): (request: Request) => Promise<Response> {
  checkOptions(options);
  const now = options.now ?? Date.now;
  const tokens = new PartnerAccessTokens(
    options.tokenSecret,
    options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS,
    () => now(),
  );
  const basePath = options.basePath ?? '';
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const bodyTimeout = options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS;
  const callbackTimeout = options.callbackTimeoutMs ?? DEFAULT_CALLBACK_TIMEOUT_MS;

  const lookUp = async (clientId: string): Promise<AssessmentClientRecord | undefined> => {
    const record = await options.clients(clientId);
    if (record === undefined || record === null) return undefined;
    if (typeof record.clientSecret !== 'string' || typeof record.companyId !== 'string') {
      throw new TypeError('clients() must return { clientSecret, companyId } strings');
    }
    return record;
  };

  /** Runs one of your callbacks under `callbackTimeoutMs`; its failure becomes a refusal. */
  const run = async <T>(call: () => T | Promise<T>, controller: AbortController): Promise<T> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort(new DOMException('the kit stopped waiting for the callback', 'TimeoutError'));
        reject(refuse('callback_timeout', `The callback did not finish within ${callbackTimeout} ms`));
      }, callbackTimeout);
    });
    try {
      return await Promise.race([Promise.resolve().then(call), expired]);
    } catch (error) {
      if (error instanceof Refusal) throw error;
      if (error instanceof AssessmentRequestError) throw new Refusal(error);
      throw new Refusal(
        new AssessmentRequestError('callback_failed', 'The partner failed to handle the request', {
          cause: error,
        }),
      );
    } finally {
      clearTimeout(timer);
    }
  };

  /** The body, bounded, as JSON of `schema`. */
  const readJson = async <T>(request: Request, schema: Checker<T>, what: string): Promise<T> => {
    const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      throw refuse('unsupported_media_type', `The ${what} must be application/json`);
    }
    const body = await readLimitedBody(request, maxBody, bodyTimeout);
    if (body === 'too_large') throw refuse('too_large', `The ${what} is larger than ${maxBody} bytes`);
    if (body === 'timeout')
      throw refuse('body_timeout', `The ${what} did not arrive within ${bodyTimeout} ms`);
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    } catch {
      throw refuse('invalid_request', `The ${what} is not valid JSON`);
    }
    if (!schema.test(value)) {
      const issues = toValidationIssues(schema.issues(value));
      throw refuse('invalid_request', `Invalid ${what}`, { issues });
    }
    return schema.output(value);
  };

  /** The context of a call whose bearer token is valid; refuses it otherwise. */
  const authenticate = async (request: Request, controller: AbortController) => {
    const header = request.headers.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const challenge = (error?: string) => ({
      'www-authenticate': `Bearer realm="assessment-partner"${error ? `, error="${error}"` : ''}`,
    });
    if (!match?.[1]) {
      throw refuse('unauthorized', 'An access token from the token endpoint is required', {
        headers: challenge(),
      });
    }
    const clientId = await tokens.verify(match[1]);
    const record = clientId === undefined ? undefined : await lookUp(clientId);
    if (clientId === undefined || !record) {
      throw refuse('unauthorized', 'The access token is invalid or expired', {
        headers: challenge('invalid_token'),
      });
    }
    const context: AssessmentRequestContext = {
      companyId: record.companyId,
      clientId,
      request,
      signal: controller.signal,
    };
    return context;
  };

  const findPackage = async (
    id: string,
    context: AssessmentRequestContext,
    controller: AbortController,
  ): Promise<SrAssessmentPackage> => {
    const found = options.getPackage
      ? await run(() => options.getPackage?.(id, context), controller)
      : (
          await run(
            () => options.packages({ ...context, requester: null, filters: { fields: {} } }),
            controller,
          )
        )?.find((pkg) => pkg?.id === id);
    if (found === undefined || found === null) {
      throw refuse('package_not_found', 'There is no assessment package with this id');
    }
    return checkPackages([found])[0] as SrAssessmentPackage;
  };

  const token = async (request: Request): Promise<Response> => {
    const oauthError = (
      reason: 'invalid_request' | 'invalid_client' | 'unsupported_grant_type',
      description: string,
      basic = false,
    ) => {
      const error = new AssessmentRequestError(reason, description, {
        status: reason === 'invalid_client' && basic ? 401 : 400,
        code: reason,
      });
      return new Refusal(error, {
        shape: 'oauth',
        headers: basic ? { 'www-authenticate': 'Basic realm="assessment-partner"' } : {},
      });
    };
    const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded') {
      throw oauthError('invalid_request', 'The token request must be application/x-www-form-urlencoded');
    }
    const body = await readLimitedBody(request, Math.min(maxBody, MAX_TOKEN_BODY_BYTES), bodyTimeout);
    if (body === 'too_large') throw oauthError('invalid_request', 'The token request is too large');
    if (body === 'timeout') {
      throw new Refusal(
        new AssessmentRequestError('body_timeout', 'The token request did not arrive in time'),
        {
          shape: 'oauth',
        },
      );
    }
    const form = new URLSearchParams(new TextDecoder().decode(body));
    const authorization = request.headers.get('authorization');
    const basic = parseBasicCredentials(authorization);
    if (authorization && !basic)
      throw oauthError('invalid_client', 'Malformed HTTP Basic authentication', true);
    if (basic && form.has('client_secret')) {
      throw oauthError('invalid_request', 'Use one client authentication method, not both');
    }
    const grantType = form.get('grant_type');
    if (!grantType) throw oauthError('invalid_request', 'grant_type is required');
    if (grantType !== 'client_credentials') {
      throw oauthError('unsupported_grant_type', 'Only grant_type=client_credentials is supported');
    }
    const clientId = basic?.id ?? form.get('client_id');
    const clientSecret = basic?.secret ?? form.get('client_secret');
    if (!clientId || !clientSecret) {
      throw oauthError('invalid_client', 'client_id and client_secret are required', Boolean(basic));
    }
    const record = await lookUp(clientId);
    // Compared even for an unknown client, so the answer's timing does not tell which ids exist.
    const matches = await secretsMatch(clientSecret, record?.clientSecret ?? UNKNOWN_CLIENT_SECRET);
    if (!record || !matches)
      throw oauthError('invalid_client', 'Client authentication failed', Boolean(basic));
    const issued = await tokens.issue(clientId);
    return json(
      200,
      { access_token: issued.token, token_type: 'Bearer', expires_in: issued.expiresIn },
      NO_STORE,
    );
  };

  const listPackages = async (
    request: Request,
    context: AssessmentRequestContext,
    controller: AbortController,
  ): Promise<Response> => {
    const requester = parseRequesterHeader(request.headers.get('requester'));
    if (requester === 'invalid') throw refuse('invalid_request', 'Invalid requester data in header');
    const filters = packageFilters(new URL(request.url).searchParams);
    const list = await run(() => options.packages({ ...context, requester, filters }), controller);
    const packages = checkPackages(list);
    return packages.length === 0 ? new Response(null, { status: 204 }) : json(200, packages);
  };

  const order = async (
    request: Request,
    context: AssessmentRequestContext,
    controller: AbortController,
  ): Promise<Response> => {
    const body = await readJson(request, SrAssessmentPackageOrderRequestSchema, 'order');
    if (body.companyId !== context.companyId) {
      throw refuse('forbidden', "The order is for another company than the token's");
    }
    const pkg = await findPackage(body.assessmentPackageId, context, controller);
    const received: ReceivedOrder = {
      ...context,
      order: body,
      orderId: orderIdFromResultUrl(body.resultCallbackURL),
      package: pkg,
    };
    await run(() => options.onOrder(received), controller);
    return json(202, {});
  };

  const inlineOrder = async (
    request: Request,
    context: AssessmentRequestContext,
    controller: AbortController,
  ): Promise<Response> => {
    const onInline = options.onInlineOrder;
    if (!onInline) throw refuse('not_found', 'Inline orders are not offered');
    const body = await readJson(request, SrInlineAssessmentPackageOrderRequestSchema, 'inline order');
    if (body.companyId !== context.companyId) {
      throw refuse('forbidden', "The order is for another company than the token's");
    }
    const pkg = await findPackage(body.assessmentPackageId, context, controller);
    const answer = await run(
      () =>
        onInline({
          ...context,
          order: body,
          orderId: orderIdFromResultUrl(body.resultCallbackURL),
          package: pkg,
        }),
      controller,
    );
    const url = typeof answer?.url === 'string' ? answer.url : '';
    if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) {
      throw new Refusal(
        new AssessmentRequestError(
          'callback_failed',
          'onInlineOrder must return { url } with an http(s) URL',
        ),
      );
    }
    return json(200, inlineOrderAnswer(url));
  };

  const removeIntegration = async (
    companyId: string,
    context: AssessmentRequestContext,
    controller: AbortController,
  ): Promise<Response> => {
    if (companyId !== context.companyId) {
      throw refuse('forbidden', "The integration named is another company's than the token's");
    }
    await run(() => options.onIntegrationRemoved?.(context), controller);
    return new Response(null, { status: 204 });
  };

  const consent = async (request: Request, controller: AbortController): Promise<Response> => {
    const onConsent = options.onConsent;
    if (!onConsent) throw refuse('not_found', 'No consent page is served here');
    const companyId = new URL(request.url).searchParams.get('companyId');
    if (companyId !== null && !COMPANY_ID.test(companyId)) {
      throw refuse('invalid_request', 'companyId is not a SmartRecruiters company id');
    }
    const page = await run(() => onConsent({ companyId, request }), controller);
    if (!(page instanceof Response)) {
      throw new Refusal(new AssessmentRequestError('callback_failed', 'onConsent must return a Response'));
    }
    return page;
  };

  const answer = (refusal: Refusal): Response => {
    const { error } = refusal;
    callGuarded(() => options.onRejected?.(error));
    if (refusal.shape === 'oauth') {
      const code = error.reason === 'body_timeout' ? 'invalid_request' : error.code;
      return json(
        error.status,
        { error: code, error_description: error.message },
        {
          ...NO_STORE,
          ...refusal.headers,
        },
      );
    }
    // A failure on the partner's side says nothing of its cause to the caller.
    const shown =
      error.reason === 'callback_failed'
        ? new AssessmentRequestError('callback_failed', 'The partner failed to handle the request')
        : error;
    return json(error.status, errorBody(shown, refusal.issues), refusal.headers);
  };

  return async (request) => {
    const controller = new AbortController();
    try {
      let url: URL;
      try {
        url = new URL(request.url);
      } catch {
        throw refuse('not_found', 'No such endpoint');
      }
      const segments = segmentsOf(url.pathname, basePath);
      const match = segments === undefined ? undefined : matchRoute(request.method.toUpperCase(), segments);
      if (!match) throw refuse('not_found', 'No such endpoint');
      if ('allowed' in match) {
        throw refuse('method_not_allowed', `Use ${match.allowed.join(', ')} here`, {
          headers: { allow: match.allowed.join(', ') },
        });
      }
      if (match.operation === 'token') return await token(request);
      if (match.operation === 'consent') return await consent(request, controller);
      const context = await authenticate(request, controller);
      switch (match.operation) {
        case 'listPackages':
          return await listPackages(request, context, controller);
        case 'getPackage':
          return json(200, await findPackage(match.param as string, context, controller));
        case 'order':
          return await order(request, context, controller);
        case 'inlineOrder':
          return await inlineOrder(request, context, controller);
        case 'removeIntegration':
          return await removeIntegration(match.param as string, context, controller);
      }
    } catch (error) {
      if (error instanceof Refusal) return answer(error);
      // A failure of the kit's own dependencies (the clients store): 500, cause kept for onRejected.
      return answer(
        new Refusal(
          new AssessmentRequestError('callback_failed', 'The partner failed to handle the request', {
            cause: error,
          }),
        ),
      );
    } finally {
      controller.abort();
    }
  };
}

/** Your packages, checked against SmartRecruiters' schema before they are sent. */
function checkPackages(list: unknown): SrAssessmentPackage[] {
  if (!Array.isArray(list)) {
    throw new Refusal(new AssessmentRequestError('callback_failed', 'packages() must return an array'));
  }
  const packages: SrAssessmentPackage[] = [];
  for (const [index, item] of list.entries()) {
    if (!SrAssessmentPackageSchema.test(item)) {
      const issues = toValidationIssues(SrAssessmentPackageSchema.issues(item), [index]);
      const detail = issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      throw new Refusal(
        new AssessmentRequestError('callback_failed', `A package is not SmartRecruiters' shape: ${detail}`),
      );
    }
    packages.push(SrAssessmentPackageSchema.output(item));
  }
  return packages;
}

/** Query parameters of the job's location, to the filter each fills (a Map: no prototype keys). */
const FILTERS = new Map<string, keyof Omit<PackageFilters, 'fields' | 'remote'>>([
  ['country-code', 'countryCode'],
  ['region-abbr', 'regionAbbr'],
  ['city', 'city'],
  ['address', 'address'],
  ['postal-code', 'postalCode'],
]);

function packageFilters(query: URLSearchParams): PackageFilters {
  const filters: PackageFilters = { fields: {} };
  for (const [name, value] of query) {
    const key = FILTERS.get(name);
    if (key) filters[key] ??= value;
    else if (name === 'remote') {
      if (value !== 'true' && value !== 'false')
        throw refuse('invalid_request', 'remote must be true or false');
      filters.remote = value === 'true';
    } else if (!Object.hasOwn(filters.fields, name)) {
      // Object.hasOwn: a field named `__proto__` or `constructor` is a field like any other.
      Object.defineProperty(filters.fields, name, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return filters;
}
