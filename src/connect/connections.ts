/**
 * `Connections`: every tenant's SmartRecruiters connection in one object. A tenant is one of your
 * customers; it connects once (Authorization Code, client credentials or an API key it created,
 * or the General Partner Integration), and from then on `connections.get(tenantId)` gives its
 * `SmartRecruiters`.
 *
 * - Clients are created on demand and kept in a bounded LRU cache (`maxClients`): 10 000 tenants
 *   are 10 000 small records in the stores, not 10 000 live clients.
 * - Tokens live in the `TokenStore` under a key of the tenant's own (`<prefix><tenantId>:<grant>`),
 *   refreshed one at a time across processes with the store's lock, rotated refresh tokens stored
 *   before use (the SDK's OAuth machinery).
 * - Each tenant is its own credential for rate limiting: in process by default, across processes
 *   with `clientOptions.rateLimit: createRedisRateLimiter(...)`.
 * - A revoked or expired grant (`invalid_grant` from the token endpoint, a 401 right after a fresh
 *   token, a refused API key) becomes a `ConnectionLostError` naming the tenant, `onConnectionLost`
 *   runs once (across processes that share the `ConnectionStore`), and the tenant's requests fail
 *   at once, without reaching SmartRecruiters, until it connects again.
 */
import { MemoryTokenStore, type TokenStore } from '../auth/token-store.js';
import {
  type APIResponse,
  type ClientOptions,
  type HttpMethod,
  type MethodResult,
  type RawRequest,
  SmartRecruitersClient,
} from '../client.js';
import { resolveClock } from '../core/clock.js';
import { AuthenticationError, SmartRecruitersError, ValidationError } from '../core/errors.js';
import { clientLogger, type LevelledLogger } from '../internal/logger.js';
import { readBody } from '../internal/response.js';
import type { Mappings } from '../mappers/context.js';
import { SmartRecruiters, type SmartRecruitersOptions } from '../smartrecruiters.js';
import { type ConnectionCheck, checkConnection, checkFromTokenScope, probe } from './check.js';
import {
  DENIED_ERROR,
  PARTNER_EXCHANGE_PATH,
  PARTNER_EXCHANGE_SCOPE,
  PARTNER_REDIRECT_HOST,
  partnerExchangeBody,
  readPartnerCredentials,
  SR_AUTHORIZE_URL,
  SR_TOKEN_PATH,
  WORKS_PROBE,
} from './constants.js';
import {
  AuthorizationDeniedError,
  ConnectionLostError,
  type ConnectionLostReason,
  ConnectStateError,
  NotConnectedError,
} from './errors.js';
import {
  type ConnectFlow,
  isLocalPath,
  isPlainText,
  isTenantId,
  StateSigner,
  type VerifiedState,
} from './state.js';
import {
  type ConnectionLoss,
  type ConnectionMethod,
  type ConnectionRecord,
  type ConnectionStore,
  MemoryConnectionStore,
  type StoredConnection,
} from './store.js';

/** Your Marketplace app, for the Authorization Code flow. */
export interface AuthorizationCodeApp {
  /** The app's client id (from SmartRecruiters' Partner & API team). */
  clientId: string;
  /** The app's client secret. */
  clientSecret: string;
  /**
   * Your callback URL, exactly as registered with SmartRecruiters (`https://`, or
   * `http://localhost` while developing). Needed by `authorize` and `handleCallback`; processes
   * that only use connections (workers) may leave it out.
   */
  redirectUri?: string | undefined;
  /**
   * Scopes to ask for (sent space-separated). Default: none sent, so SmartRecruiters uses the app's
   * default scopes.
   */
  scopes?: readonly string[] | undefined;
  /** SmartRecruiters' authorization page. Default `https://www.smartrecruiters.com/identity/oauth/allow`. */
  authorizeUrl?: string | undefined;
  /** How the app's credentials reach the token endpoint. Default `client_secret_post`. */
  tokenEndpointAuthMethod?: 'client_secret_post' | 'client_secret_basic' | undefined;
}

/** Your partner-level (master) credentials, for the General Partner Integration. */
export interface PartnerApp {
  /** Master client id (from SmartRecruiters' Partner & API team). */
  clientId: string;
  /** Master client secret. */
  clientSecret: string;
  /**
   * Which `redirect` URLs a consent may send the user back to. Default: `https://` on
   * `smartrecruiters.com` or a subdomain (an open redirect otherwise).
   */
  allowRedirect?: ((url: URL) => boolean) | undefined;
}

/** Options of `Connections`. */
export interface ConnectionsOptions<Mp extends Mappings = Mappings> {
  /** Your Marketplace app (Authorization Code flow). */
  authorizationCode?: AuthorizationCodeApp | undefined;
  /** Your master credentials (General Partner Integration). */
  partner?: PartnerApp | undefined;
  /**
   * Key(s) that sign connect states: at least 32 random characters (or bytes), the same in every
   * process, kept as secret as a session secret. The first signs, all verify (rotation). Needed by
   * the browser flows (`authorize`, `beginPartnerConsent`).
   */
  stateSecret?: string | Uint8Array | ReadonlyArray<string | Uint8Array> | undefined;
  /** How long a user has to complete a flow, ms. Default 600 000 (10 minutes). */
  stateTtlMs?: number | undefined;
  /** `Path` of the state cookies. Default `/`. */
  cookiePath?: string | undefined;
  /**
   * Mark the state cookies `Secure`. Default: true when `authorizationCode.redirectUri` is
   * `https://` (browsers do not keep `Secure` cookies from `http://localhost` pages everywhere).
   */
  secureCookies?: boolean | undefined;
  /** Connections and used states. Default: a `MemoryConnectionStore` (one process only). */
  store?: ConnectionStore | undefined;
  /** Tokens. Default: a `MemoryTokenStore` (one process only). */
  tokenStore?: TokenStore | undefined;
  /** Prefix of each tenant's token key. Default `smartrecruiters:tenant:`. */
  tokenKeyPrefix?: string | undefined;
  /** Scopes your app needs: the connect-time check reports those missing. Default: `authorizationCode.scopes`. */
  requiredScopes?: readonly string[] | undefined;
  /** Most tenants' clients kept at once (least recently used dropped first). Default 1 000. */
  maxClients?: number | undefined;
  /**
   * How often a tenant's client reads its connection from the store again while in use, so a
   * tenant disconnected by another process stops being served. Default 30 000 ms.
   */
  recheckMs?: number | undefined;
  /**
   * Options of every tenant's `SmartRecruiters`: `baseUrl`, `fetch`, `rateLimit` (pass one
   * `createRedisRateLimiter(...)` to share each tenant's limits across processes), `hooks`,
   * `logger`, `clock`, timeouts, `mappings`... Credentials are the tenant's.
   */
  clientOptions?: Omit<SmartRecruitersOptions<Mp>, 'apiKey' | 'oauth' | 'client'> | undefined;
  /**
   * Called once when a tenant's connection is lost (revoked grant or credential): tell the
   * customer to reconnect. Runs once across processes sharing the `ConnectionStore`; a throw is
   * logged and ignored.
   */
  onConnectionLost?: ((event: ConnectionLostEvent) => Promise<void> | void) | undefined;
  /** Where the callback sends the user when the state names no `returnTo`. Default `/`. */
  defaultReturnTo?: string | undefined;
}

/** What `onConnectionLost` receives. */
export interface ConnectionLostEvent {
  /** The tenant: your id for one of your customers. */
  tenantId: string;
  /** Why the connection was lost (e.g. `grant_revoked`, `credentials_revoked`). */
  reason: ConnectionLostReason;
  /** How the tenant had connected. */
  method: ConnectionMethod;
  /** ISO-8601. */
  lostAt: string;
  /** The error the tenant's requests now fail with (its `cause`: what SmartRecruiters answered). */
  error: ConnectionLostError;
}

/** A credential a customer created in SmartRecruiters' Credential Manager and gave you. */
export type TenantCredential =
  | {
      /** An API key (full access to the company's data). */
      apiKey: string;
    }
  | {
      /** An OAuth client id (client credentials, with the scopes the customer chose). */
      clientId: string;
      /** Its client secret. */
      clientSecret: string;
    };

/** A tenant that connected. */
export interface Connected {
  /** The tenant: your id for one of your customers. */
  tenantId: string;
  /** How it connected. */
  method: ConnectionMethod;
  /** What the connect-time check found (missing scopes in particular). */
  check: ConnectionCheck;
}

/** The start of an Authorization Code flow: send the browser to `url` with `cookie` set. */
export interface AuthorizationRequest {
  /** SmartRecruiters' authorization page with `client_id`, `redirect_uri`, `scope` and `state`. */
  url: string;
  /** A `Set-Cookie` value binding the flow to this browser: set it on the redirect. */
  cookie: string;
  /** The state (also in `url`). */
  state: string;
  /** Unix ms after which the callback refuses the state. */
  expiresAt: number;
}

/** The start of a partner consent: render your consent page with `state` in its form. */
export interface PartnerConsentRequest {
  /** The tenant the consent connects. */
  tenantId: string;
  /** The SmartRecruiters company asking to connect: show it, so the user knows what they approve. */
  companyId: string;
  /** Where SmartRecruiters wants the user back. */
  redirect: string;
  /** Put it in the consent form (`<input type="hidden" name="state">`). */
  state: string;
  /** A `Set-Cookie` value binding the consent to this browser: set it on the page. */
  cookie: string;
  /** Unix ms after which the consent's answer refuses the state. */
  expiresAt: number;
}

/** What a callback (or a partner consent's answer) came to. `response` answers the browser. */
export type ConnectOutcome =
  | (Connected & {
      /** The tenant is connected and stored. */
      status: 'connected';
      /** No error. */
      error?: undefined;
      /** Where the browser is sent back to (the flow's `returnTo`, else `defaultReturnTo`). */
      returnTo: string;
      /** The answer for the browser (a redirect). */
      response: Response;
    })
  | {
      /** The user (or SmartRecruiters) refused the authorization. */
      status: 'denied';
      /** The tenant that was connecting. */
      tenantId: string;
      /** What SmartRecruiters answered the authorization with. */
      error: AuthorizationDeniedError;
      /** Where the browser is sent back to. */
      returnTo: string;
      /** The answer for the browser (a redirect). */
      response: Response;
    }
  | {
      /** The flow failed: a bad or expired state, or a failed token exchange or check. */
      status: 'failed';
      /** Unknown when the state itself was refused. */
      tenantId: string | undefined;
      /** `ConnectStateError` (nothing was sent to SmartRecruiters), or what the exchange met. */
      error: Error;
      /** Where the browser is sent back to. */
      returnTo: string;
      /** The answer for the browser (a redirect). */
      response: Response;
    };

/** A tenant's connection as the stores say. */
export type ConnectionStatus =
  | {
      /** The tenant asked about. */
      tenantId: string;
      /** The tenant has no stored connection. */
      state: 'not_connected';
    }
  | {
      /** The tenant asked about. */
      tenantId: string;
      /** `connected`, or `lost` once SmartRecruiters refused its credentials (see `lost`). */
      state: 'connected' | 'lost';
      /** How the tenant connected. */
      method: ConnectionMethod;
      /** ISO-8601. */
      connectedAt: string;
      /** Scopes the credential was seen to have at connect time, when known. */
      scopes: string[] | undefined;
      /** Partner flow: the SmartRecruiters company id. */
      companyId: string | undefined;
      /** Set once the connection was lost. */
      lost: ConnectionLoss | undefined;
    };

const DEFAULT_STATE_TTL_MS = 10 * 60 * 1000;
const MAX_FORM_BYTES = 16 * 1024;
const MAX_COMPANY_ID_LENGTH = 128;

/** The state of one tenant's client: bound to one connection (`grantId`). */
class Guard {
  lost: ConnectionLostError | undefined;
  disconnected = false;
  /** Being checked at connect time: its errors are the connect's, not a lost connection. */
  connecting = false;
  /** The client of the tenant's newer connection, once it connected again. */
  successor: SmartRecruitersClient | undefined;
  checkedAt: number;
  private losing: Promise<ConnectionLostError> | undefined;
  private checking: Promise<void> | undefined;

  constructor(
    readonly tenantId: string,
    readonly record: ConnectionRecord,
    private readonly owner: Connections<Mappings>,
  ) {
    this.checkedAt = performance.now();
  }

  /**
   * Throws at once when the connection is lost or gone, or returns the client of the tenant's
   * newer connection; reads the store again every `recheckMs`.
   */
  async admit(): Promise<SmartRecruitersClient | undefined> {
    if (!this.successor && !this.connecting && performance.now() - this.checkedAt >= this.owner.recheckMs) {
      this.checking ??= this.owner.recheck(this).finally(() => {
        this.checking = undefined;
      });
      await this.checking;
    }
    if (this.successor) return this.successor;
    if (this.disconnected) throw new NotConnectedError(this.tenantId);
    if (this.lost) throw this.lost;
    return undefined;
  }

  /** What a failed request becomes: a lost connection (once), or the error itself. */
  failed(error: unknown): Promise<unknown> | unknown {
    if (this.connecting) return error;
    const reason = lossReason(error, this.record.method);
    if (!reason) return error;
    return this.lose(reason, error);
  }

  lose(reason: ConnectionLostReason, cause: unknown, at?: string): Promise<ConnectionLostError> {
    if (this.lost && !this.losing) return Promise.resolve(this.lost);
    this.losing ??= this.owner.markLost(this, reason, cause, at);
    return this.losing;
  }
}

/**
 * A lost connection, from what SmartRecruiters answered: the token endpoint refusing the grant
 * (`invalid_grant`) or the tenant's own client credentials (`invalid_client`), or a 401 on an API
 * call (after the SDK's one fresh token, for OAuth). `invalid_client` on an Authorization Code
 * tenant is the app's own credential: a configuration error, not a lost connection.
 */
function lossReason(error: unknown, method: ConnectionMethod): ConnectionLostReason | undefined {
  if (!(error instanceof AuthenticationError)) return undefined;
  if (error.request?.path !== SR_TOKEN_PATH) return 'unauthorized';
  if (error.code === 'invalid_grant') return 'grant_revoked';
  if (
    (error.code === 'invalid_client' || error.code === 'unauthorized_client') &&
    method !== 'authorization_code'
  )
    return 'credentials_revoked';
  return undefined;
}

/** The client of one tenant's connection: the SDK's client, behind the connection's guard. */
class TenantClient extends SmartRecruitersClient {
  constructor(
    options: ClientOptions,
    private readonly guard: Guard,
  ) {
    super(options);
  }

  // Every request goes through here: `request`, the method helpers and the resources' reads.
  override async requestWithResponse<
    T = unknown,
    M extends HttpMethod = HttpMethod,
    P extends string = string,
  >(request: RawRequest & { method: M; path: P }): Promise<APIResponse<MethodResult<M, P, T>>> {
    const successor = await this.guard.admit();
    if (successor) return successor.requestWithResponse<T, M, P>(request);
    try {
      return await super.requestWithResponse<T, M, P>(request);
    } catch (error) {
      throw await this.guard.failed(error);
    }
  }
}

interface Entry<Mp extends Mappings> {
  guard: Guard;
  sr: SmartRecruiters<Mp>;
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function invalid(path: string, message: string): ValidationError {
  return new ValidationError('Invalid connections options', [{ path: path.split('.'), message }]);
}

function requireString(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalid(path, 'must be a non-empty string');
  return value;
}

function checkTenant(tenantId: unknown): string {
  if (!isTenantId(tenantId)) {
    throw new ValidationError('Invalid tenant id', [
      { path: ['tenantId'], message: 'must be a string of 1 to 256 characters without control characters' },
    ]);
  }
  return tenantId;
}

/** `returnTo` with `connect=<status>` (and `reason=`) added: a path of the app only. */
function withOutcome(returnTo: string, status: string, reason?: string): string {
  const url = new URL(returnTo, 'http://app.invalid');
  url.searchParams.set('connect', status);
  if (reason) url.searchParams.set('reason', reason);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Every tenant's SmartRecruiters connection. One per process; safe to share.
 *
 * ```ts
 * const connections = new Connections({
 *   authorizationCode: { clientId, clientSecret, redirectUri: 'https://app.example.com/sr/callback', scopes },
 *   stateSecret: process.env.CONNECT_STATE_SECRET,
 *   store: new RedisConnectionStore({ redis }),
 *   tokenStore: new RedisTokenStore({ redis }),
 *   clientOptions: { rateLimit: createRedisRateLimiter({ redis }) },
 *   onConnectionLost: ({ tenantId }) => notifyCustomer(tenantId),
 * });
 * const { url, cookie } = await connections.authorize({ tenantId: 'acme', returnTo: '/settings' });
 * // ...the callback: `await connections.handleCallback(request)`; later, anywhere:
 * const sr = await connections.get('acme');
 * ```
 */
export class Connections<Mp extends Mappings = Mappings> {
  /** Where connections live. */
  readonly store: ConnectionStore;
  /** Where tokens live. */
  readonly tokenStore: TokenStore;
  /** @internal */
  readonly recheckMs: number;
  private readonly options: ConnectionsOptions<Mp>;
  private readonly clientOptions: Omit<SmartRecruitersOptions<Mp>, 'apiKey' | 'oauth' | 'client'>;
  private readonly signer: StateSigner | undefined;
  private readonly maxClients: number;
  private readonly prefix: string;
  private readonly now: () => number;
  private readonly logger: LevelledLogger;
  private readonly cache = new Map<string, Entry<Mp>>();
  private readonly loading = new Map<string, Promise<Entry<Mp>>>();

  constructor(options: ConnectionsOptions<Mp> = {}) {
    if (typeof options !== 'object' || options === null) throw invalid('options', 'must be an object');
    this.options = options;
    this.clientOptions = options.clientOptions ?? {};
    const code = options.authorizationCode;
    if (code !== undefined) {
      requireString(code.clientId, 'authorizationCode.clientId');
      requireString(code.clientSecret, 'authorizationCode.clientSecret');
      if (code.redirectUri !== undefined) {
        let url: URL | undefined;
        try {
          url = new URL(code.redirectUri);
        } catch {
          url = undefined;
        }
        if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
          throw invalid(
            'authorizationCode.redirectUri',
            'must be an absolute https:// (or http://localhost) URL',
          );
        }
      }
    }
    if (options.partner !== undefined) {
      requireString(options.partner.clientId, 'partner.clientId');
      requireString(options.partner.clientSecret, 'partner.clientSecret');
    }
    const ttl = options.stateTtlMs ?? DEFAULT_STATE_TTL_MS;
    if (!Number.isFinite(ttl) || ttl < 1000 || ttl > 3_600_000) {
      throw invalid('stateTtlMs', 'must be from 1 000 to 3 600 000 ms');
    }
    this.maxClients = options.maxClients ?? 1000;
    if (!Number.isInteger(this.maxClients) || this.maxClients < 1) {
      throw invalid('maxClients', 'must be a positive integer');
    }
    this.recheckMs = options.recheckMs ?? 30_000;
    if (!Number.isFinite(this.recheckMs) || this.recheckMs < 0)
      throw invalid('recheckMs', 'must be a number >= 0');
    const cookiePath = options.cookiePath ?? '/';
    if (!isLocalPath(cookiePath) || /[;,\s]/.test(cookiePath)) {
      throw invalid('cookiePath', 'must be a path starting with /, without ; , or spaces');
    }
    const defaultReturnTo = options.defaultReturnTo ?? '/';
    if (!isLocalPath(defaultReturnTo)) throw invalid('defaultReturnTo', 'must be a path of this app');
    const clock = resolveClock(this.clientOptions.clock, 'clientOptions.clock');
    this.now = clock.now;
    this.store = options.store ?? new MemoryConnectionStore({ now: this.now });
    this.tokenStore = options.tokenStore ?? new MemoryTokenStore();
    this.prefix = options.tokenKeyPrefix ?? 'smartrecruiters:tenant:';
    // As the tenants' clients write: the same level, and a pino logger given its fields.
    this.logger = clientLogger(this.clientOptions.logger, this.clientOptions.logLevel);
    if (options.stateSecret !== undefined) {
      try {
        this.signer = new StateSigner({
          secret: options.stateSecret,
          ttlMs: ttl,
          cookiePrefix: 'sr_connect_',
          cookiePath,
          secureCookie: options.secureCookies ?? code?.redirectUri?.startsWith('https:') ?? false,
          now: this.now,
        });
      } catch (error) {
        throw invalid('stateSecret', (error as Error).message.replace(/^stateSecret: /, ''));
      }
    }
  }

  // --- Authorization Code ---------------------------------------------------------------------

  /**
   * Starts the Authorization Code flow for a tenant
   * (https://developers.smartrecruiters.com/docs/authentication-oauth-authorization-code): the URL
   * of SmartRecruiters' authorization page, and a cookie that binds the flow to this browser.
   * Redirect the browser to `url` with `Set-Cookie: cookie`. Check first that the signed-in user
   * may connect this tenant: the state carries the tenant to the callback.
   *
   * `returnTo`: a path of your app to send the user to afterwards (default `defaultReturnTo`);
   * `scopes`: the scopes to ask for (default `authorizationCode.scopes`).
   */
  async authorize(params: {
    tenantId: string;
    returnTo?: string | undefined;
    scopes?: readonly string[] | undefined;
  }): Promise<AuthorizationRequest> {
    const app = this.codeApp(true);
    const tenantId = checkTenant(params?.tenantId);
    if (params.returnTo !== undefined && !isLocalPath(params.returnTo)) {
      throw new ValidationError('Invalid authorize parameters', [
        { path: ['returnTo'], message: 'must be a path of this app (starting with one /)' },
      ]);
    }
    const scopes = params.scopes ?? app.scopes ?? [];
    if (scopes.some((scope) => typeof scope !== 'string' || !/^[a-z0-9_]+$/i.test(scope))) {
      throw new ValidationError('Invalid authorize parameters', [
        { path: ['scopes'], message: 'must be scope names (letters, digits, _)' },
      ]);
    }
    const issued = await this.signerFor('authorize').issue({
      flow: 'authorization_code',
      tenantId,
      returnTo: params.returnTo,
    });
    // SmartRecruiters' example encodes the spaces between scopes as %20, not +.
    const query = [
      ['client_id', app.clientId],
      ['redirect_uri', app.redirectUri as string],
      ...(scopes.length > 0 ? [['scope', scopes.join(' ')]] : []),
      ['state', issued.state],
    ]
      .map(([name, value]) => `${name}=${encodeURIComponent(value as string)}`)
      .join('&');
    const url = new URL(app.authorizeUrl ?? SR_AUTHORIZE_URL);
    url.search = query;
    return { url: url.toString(), cookie: issued.cookie, state: issued.state, expiresAt: issued.expiresAt };
  }

  /**
   * The Authorization Code callback: SmartRecruiters redirects the browser here with `code` and
   * `state` (or `error` when the user clicked Deny). Checks the state before anything else (its
   * signature, expiry, this browser's cookie, single use: a forged, replayed, expired or
   * cross-session state fails with `ConnectStateError` and nothing is sent to SmartRecruiters),
   * then exchanges the code, stores the tokens under the tenant, checks the connection, and
   * answers the browser: a 303 to the state's `returnTo` with `connect=connected|denied|failed`
   * (and `reason=` on failure), deleting the state's cookie.
   *
   * Never throws for what the browser sent; it resolves to the outcome, whose `response` you
   * return (or replace with your own page).
   */
  async handleCallback(request: Request): Promise<ConnectOutcome> {
    const app = this.codeApp(true);
    const url = new URL(request.url);
    const verified = await this.verifyState(url.searchParams.get('state'), request, 'authorization_code');
    if (verified instanceof Error) return this.failedOutcome(undefined, verified, undefined);
    const { tenantId } = verified;
    const returnTo = verified.returnTo ?? this.options.defaultReturnTo ?? '/';
    const error = url.searchParams.get('error');
    if (error !== null) {
      const description = url.searchParams.get('error_description') ?? undefined;
      const denied = new AuthorizationDeniedError(
        tenantId,
        isPlainText(error) ? error.slice(0, 100) : 'invalid_request',
        description && isPlainText(description) ? description.slice(0, 200) : undefined,
      );
      return {
        status: 'denied',
        tenantId,
        error: denied,
        returnTo,
        response: this.redirect(
          withOutcome(returnTo, 'denied', error === DENIED_ERROR ? undefined : 'refused'),
          verified,
        ),
      };
    }
    const code = url.searchParams.get('code');
    if (!code) {
      const missing = new ValidationError('The callback has neither code nor error');
      return this.failedOutcome(tenantId, missing, verified, returnTo);
    }
    try {
      const connected = await this.connect(tenantId, { method: 'authorization_code' }, (key) => ({
        oauth: {
          clientId: app.clientId,
          clientSecret: app.clientSecret,
          authorizationCode: { code, redirectUri: app.redirectUri as string },
          tokenStore: this.tokenStore,
          tokenStoreKey: key,
          tokenEndpointAuthMethod: app.tokenEndpointAuthMethod,
        },
      }));
      return {
        status: 'connected',
        ...connected,
        returnTo,
        response: this.redirect(withOutcome(returnTo, 'connected'), verified),
      };
    } catch (caught) {
      return this.failedOutcome(tenantId, caught, verified, returnTo);
    }
  }

  // --- Credentials the customer created -----------------------------------------------------

  /**
   * Connects a tenant with a credential the customer created in SmartRecruiters' Credential
   * Manager (https://developers.smartrecruiters.com/docs/authentication-oauth-client-credential,
   * https://developers.smartrecruiters.com/docs/authentication-api-key): checks it first (a
   * refused credential is an `AuthenticationError` and nothing is stored), then stores it.
   * Replaces the tenant's previous connection.
   */
  async connectWithCredentials(tenantId: string, credential: TenantCredential): Promise<Connected> {
    checkTenant(tenantId);
    const c = credential as Partial<Record<'apiKey' | 'clientId' | 'clientSecret', unknown>> | null;
    if (c && typeof c.apiKey === 'string') {
      const apiKey = requireString(c.apiKey, 'credential.apiKey');
      return this.connect(tenantId, { method: 'api_key', apiKey }, () => ({ apiKey }));
    }
    if (!c || typeof c.clientId !== 'string' || typeof c.clientSecret !== 'string') {
      throw new ValidationError('Invalid credential', [
        { path: ['credential'], message: 'pass { apiKey } or { clientId, clientSecret }' },
      ]);
    }
    const clientId = requireString(c.clientId, 'credential.clientId');
    const clientSecret = requireString(c.clientSecret, 'credential.clientSecret');
    return this.connect(tenantId, { method: 'client_credentials', clientId, clientSecret }, (key) => ({
      oauth: { clientId, clientSecret, tokenStore: this.tokenStore, tokenStoreKey: key },
    }));
  }

  // --- General Partner Integration ----------------------------------------------------------

  /**
   * The first step of a partner consent
   * (https://developers.smartrecruiters.com/docs/oauth-20-general-partner-integration):
   * SmartRecruiters sent the user to your `consentUrl` with `companyId` and `redirect`. Once the
   * user is signed in to your app (as `tenantId`), this checks both parameters (`redirect` must be
   * SmartRecruiters') and returns a state for your consent page's form and a cookie binding it to
   * the browser. Show `companyId` on the page: the user approves connecting that company.
   */
  async beginPartnerConsent(
    request: Request | URL | string,
    params: { tenantId: string },
  ): Promise<PartnerConsentRequest> {
    const partner = this.partnerApp();
    const tenantId = checkTenant(params?.tenantId);
    const url = new URL(typeof request === 'string' || request instanceof URL ? request : request.url);
    const companyId = url.searchParams.get('companyId');
    const redirect = url.searchParams.get('redirect');
    const issues = [];
    if (!companyId || companyId.length > MAX_COMPANY_ID_LENGTH || !/^[A-Za-z0-9_-]+$/.test(companyId)) {
      issues.push({ path: ['companyId'], message: 'must be a SmartRecruiters company id' });
    }
    let back: URL | undefined;
    try {
      back = redirect ? new URL(redirect) : undefined;
    } catch {
      back = undefined;
    }
    const allowed =
      partner.allowRedirect ??
      ((u: URL) => u.protocol === 'https:' && PARTNER_REDIRECT_HOST.test(u.hostname));
    if (!back || !allowed(back)) {
      issues.push({
        path: ['redirect'],
        message: 'must be a SmartRecruiters URL (it is where the user goes back)',
      });
    }
    if (issues.length > 0) throw new ValidationError('Invalid partner consent request', issues);
    const issued = await this.signerFor('beginPartnerConsent').issue({
      flow: 'partner',
      tenantId,
      companyId: companyId as string,
      redirect: (back as URL).toString(),
    });
    return {
      tenantId,
      companyId: companyId as string,
      redirect: (back as URL).toString(),
      state: issued.state,
      cookie: issued.cookie,
      expiresAt: issued.expiresAt,
    };
  }

  /**
   * The answer of your partner consent page: a form post (`application/x-www-form-urlencoded`)
   * with `state` and `decision` (`approve` or `deny`). Checks the state first, like the callback;
   * on approval, exchanges customer-level credentials for the company with a master token
   * (`client_credentials_write`), checks and stores them for the tenant. The `response` sends the
   * user back to SmartRecruiters' `redirect`, whatever the outcome (your page shows failures
   * before, if you prefer: inspect `status`).
   */
  async completePartnerConsent(request: Request): Promise<ConnectOutcome> {
    const partner = this.partnerApp();
    const form = await readForm(request);
    const verified = await this.verifyState(form?.get('state') ?? null, request, 'partner');
    if (verified instanceof Error) return this.failedOutcome(undefined, verified, undefined);
    const { tenantId, companyId } = verified;
    const redirect = verified.redirect as string;
    if (form?.get('decision') !== 'approve') {
      const denied = new AuthorizationDeniedError(tenantId, DENIED_ERROR, undefined);
      return {
        status: 'denied',
        tenantId,
        error: denied,
        returnTo: redirect,
        response: this.redirect(redirect, verified),
      };
    }
    try {
      const master = new SmartRecruitersClient({
        ...this.clientOptions,
        oauth: {
          clientId: partner.clientId,
          clientSecret: partner.clientSecret,
          scope: [PARTNER_EXCHANGE_SCOPE],
        },
      });
      const answer = await master.request({
        method: 'POST',
        path: PARTNER_EXCHANGE_PATH,
        body: partnerExchangeBody(companyId as string),
      });
      const credentials = readPartnerCredentials(answer);
      if (!credentials) {
        throw new SmartRecruitersError('The partner exchange answered without customer credentials');
      }
      const connected = await this.connect(
        tenantId,
        { method: 'partner', companyId, ...credentials },
        (key) => ({ oauth: { ...credentials, tokenStore: this.tokenStore, tokenStoreKey: key } }),
      );
      return {
        status: 'connected',
        ...connected,
        returnTo: redirect,
        response: this.redirect(redirect, verified),
      };
    } catch (caught) {
      return this.failedOutcome(tenantId, caught, verified, redirect, redirect);
    }
  }

  // --- Using connections --------------------------------------------------------------------

  /**
   * The tenant's `SmartRecruiters`, created on first use and kept in the LRU cache. Throws
   * `NotConnectedError` when the tenant has no connection. A lost connection still gives its
   * client, whose requests fail with `ConnectionLostError` at once; once the tenant connected
   * again, `get` gives a client of the new connection.
   */
  async get(tenantId: string): Promise<SmartRecruiters<Mp>> {
    checkTenant(tenantId);
    const cached = this.cache.get(tenantId);
    if (cached && !cached.guard.lost && !cached.guard.disconnected) {
      this.cache.delete(tenantId);
      this.cache.set(tenantId, cached);
      return cached.sr;
    }
    let loading = this.loading.get(tenantId);
    if (!loading) {
      loading = this.load(tenantId, cached).finally(() => this.loading.delete(tenantId));
      this.loading.set(tenantId, loading);
    }
    return (await loading).sr;
  }

  private async load(tenantId: string, cached: Entry<Mp> | undefined): Promise<Entry<Mp>> {
    const stored = await this.store.get(tenantId);
    if (!stored) {
      if (cached) this.evict(tenantId, cached);
      throw new NotConnectedError(tenantId);
    }
    if (cached && cached.guard.record.grantId === stored.record.grantId)
      return this.remember(tenantId, cached);
    const entry = await this.open(tenantId, stored);
    // Clients of the tenant's previous connection follow it to this one.
    if (cached) cached.guard.successor = entry.sr.client;
    return this.remember(tenantId, entry);
  }

  /** Builds the client of a stored connection (marking it lost when it cannot work). */
  private async open(tenantId: string, stored: StoredConnection): Promise<Entry<Mp>> {
    const { record } = stored;
    const key = this.tokenKey(tenantId, record.grantId);
    let credentials: ClientOptions;
    let missingRefreshToken = false;
    const text = (value: unknown) => typeof value === 'string' && value !== '';
    // A record without its credential must never fall back to another one (the environment's).
    const malformed = () =>
      new SmartRecruitersError(`The stored connection of tenant "${tenantId}" is not one this SDK wrote`);
    switch (record.method) {
      case 'api_key':
        if (!text(record.apiKey)) throw malformed();
        credentials = { apiKey: record.apiKey };
        break;
      case 'client_credentials':
      case 'partner':
        if (!text(record.clientId) || !text(record.clientSecret)) throw malformed();
        credentials = {
          oauth: {
            clientId: record.clientId as string,
            clientSecret: record.clientSecret as string,
            tokenStore: this.tokenStore,
            tokenStoreKey: key,
          },
        };
        break;
      case 'authorization_code': {
        const app = this.codeApp(false);
        const refreshToken = stored.lost ? undefined : (await this.tokenStore.get(key))?.refresh_token;
        missingRefreshToken = !stored.lost && refreshToken === undefined;
        credentials = {
          oauth: {
            clientId: app.clientId,
            clientSecret: app.clientSecret,
            // Never a client-credentials grant with the app's own credentials: without a refresh
            // token the connection is lost (below).
            refreshToken: refreshToken ?? 'none',
            tokenStore: this.tokenStore,
            tokenStoreKey: key,
            tokenEndpointAuthMethod: app.tokenEndpointAuthMethod,
          },
        };
        break;
      }
      default:
        throw malformed();
    }
    const entry = this.entry(tenantId, record, credentials);
    if (stored.lost) {
      entry.guard.lost = new ConnectionLostError(tenantId, stored.lost.reason, stored.lost.at);
    } else if (missingRefreshToken) {
      await entry.guard.lose('no_refresh_token', undefined);
    }
    return entry;
  }

  private entry(tenantId: string, record: ConnectionRecord, credentials: ClientOptions): Entry<Mp> {
    const guard = new Guard(tenantId, record, this as unknown as Connections<Mappings>);
    const client = new TenantClient({ ...this.clientOptions, ...credentials }, guard);
    return { guard, sr: new SmartRecruiters<Mp>({ ...this.clientOptions, client }) };
  }

  private remember(tenantId: string, entry: Entry<Mp>): Entry<Mp> {
    this.cache.delete(tenantId);
    this.cache.set(tenantId, entry);
    while (this.cache.size > this.maxClients) {
      const oldest = this.cache.keys().next().value as string;
      this.cache.delete(oldest);
    }
    return entry;
  }

  private evict(tenantId: string, entry: Entry<Mp>): void {
    if (this.cache.get(tenantId) === entry) this.cache.delete(tenantId);
  }

  /** The tenant's connection, as stored. */
  async status(tenantId: string): Promise<ConnectionStatus> {
    checkTenant(tenantId);
    const stored = await this.store.get(tenantId);
    if (!stored) return { tenantId, state: 'not_connected' };
    const { record, lost } = stored;
    return {
      tenantId,
      state: lost ? 'lost' : 'connected',
      method: record.method,
      connectedAt: record.connectedAt,
      scopes: record.scopes,
      companyId: record.companyId,
      lost,
    };
  }

  /** Runs the connect-time check again on the tenant's connection (e.g. after the customer changed its scopes). */
  async check(tenantId: string): Promise<ConnectionCheck> {
    const sr = await this.get(tenantId);
    const entry = this.cache.get(tenantId);
    return checkConnection(sr.client, this.requiredScopes(), {
      apiKey: entry?.guard.record.method === 'api_key',
    });
  }

  /**
   * Forgets the tenant's connection: its record and its tokens. Its clients fail with
   * `NotConnectedError` from then on (in other processes within `recheckMs`). Access already
   * granted at SmartRecruiters stays until the customer removes the app or the credential there
   * (SmartRecruiters documents no revocation endpoint).
   */
  async disconnect(tenantId: string): Promise<void> {
    checkTenant(tenantId);
    const stored = await this.store.get(tenantId);
    await this.store.delete(tenantId);
    if (stored) await this.tokenStore.delete(this.tokenKey(tenantId, stored.record.grantId));
    const cached = this.cache.get(tenantId);
    if (cached) {
      cached.guard.disconnected = true;
      this.cache.delete(tenantId);
    }
  }

  /** Clients currently kept (at most `maxClients`). */
  get size(): number {
    return this.cache.size;
  }

  // --- Internals ----------------------------------------------------------------------------

  /** @internal Reads the guard's connection again: gone means disconnected, a loss is adopted. */
  async recheck(guard: Guard): Promise<void> {
    let stored: StoredConnection | undefined;
    try {
      stored = await this.store.get(guard.tenantId);
    } catch (error) {
      // The store is down: the tenant is served as it was, and checked again next time.
      this.logger.warn('smartrecruiters: could not read a connection again', {
        error: error instanceof Error ? error.name : 'unknown',
      });
      guard.checkedAt = performance.now() - this.recheckMs / 2;
      return;
    }
    guard.checkedAt = performance.now();
    if (!stored) {
      guard.disconnected = true;
      return;
    }
    if (stored.record.grantId !== guard.record.grantId) {
      // The tenant connected again (in another process): follow the new connection.
      guard.successor = (await this.get(guard.tenantId)).client;
      return;
    }
    if (stored.lost && !guard.lost) {
      guard.lost = new ConnectionLostError(guard.tenantId, stored.lost.reason, stored.lost.at);
    }
  }

  /** @internal Marks the guard's connection lost; the hook runs for the first marker only. */
  async markLost(
    guard: Guard,
    reason: ConnectionLostReason,
    cause: unknown,
    at = new Date(this.now()).toISOString(),
  ): Promise<ConnectionLostError> {
    const error = new ConnectionLostError(
      guard.tenantId,
      reason,
      at,
      cause === undefined ? undefined : { cause },
    );
    // From here on the tenant's requests fail at once, while the store is written.
    guard.lost = error;
    let first: boolean;
    try {
      first = await this.store.markLost(guard.tenantId, guard.record.grantId, { reason, at });
    } catch (storeError) {
      // Better twice than never: without the store, this process cannot know it is the first.
      this.logger.warn('smartrecruiters: could not record a lost connection', {
        error: storeError instanceof Error ? storeError.name : 'unknown',
      });
      first = true;
    }
    const hook = this.options.onConnectionLost;
    if (first && hook) {
      try {
        await hook({ tenantId: guard.tenantId, reason, method: guard.record.method, lostAt: at, error });
      } catch (hookError) {
        this.logger.warn('smartrecruiters: onConnectionLost threw; ignored', {
          error: hookError instanceof Error ? hookError.name : 'unknown',
        });
      }
    }
    return error;
  }

  /**
   * Checks a new connection, then stores it and makes it the tenant's: its client comes from
   * `credentials(tokenKey)`. Nothing of it is kept when the check fails.
   */
  private async connect(
    tenantId: string,
    fields: Omit<ConnectionRecord, 'v' | 'grantId' | 'connectedAt'>,
    credentials: (tokenKey: string) => ClientOptions,
  ): Promise<Connected> {
    const record: ConnectionRecord = {
      v: 1,
      grantId: randomId(),
      connectedAt: new Date(this.now()).toISOString(),
      ...fields,
    };
    const key = this.tokenKey(tenantId, record.grantId);
    const entry = this.entry(tenantId, record, credentials(key));
    entry.guard.connecting = true;
    const required = this.requiredScopes();
    let check: ConnectionCheck;
    try {
      if (record.method === 'api_key') {
        check = await checkConnection(entry.sr.client, required, { apiKey: true });
      } else {
        // The first request gets the first token (for the Authorization Code: exchanges the code,
        // once); then the token answer's scopes, when it listed them, spare the probes.
        await probe(entry.sr.client, WORKS_PROBE);
        const tokenScope = (await this.tokenStore.get(key))?.scope;
        check =
          tokenScope === undefined
            ? await checkConnection(entry.sr.client, required)
            : checkFromTokenScope(required, tokenScope);
      }
    } catch (error) {
      await Promise.resolve(this.tokenStore.delete(key)).catch(() => undefined);
      throw error;
    }
    record.scopes = check.method === 'probe' ? undefined : check.granted;
    const previous = await this.store.get(tenantId);
    await this.store.set(tenantId, record);
    if (previous && previous.record.grantId !== record.grantId) {
      await Promise.resolve(this.tokenStore.delete(this.tokenKey(tenantId, previous.record.grantId))).catch(
        () => undefined,
      );
    }
    entry.guard.connecting = false;
    // Clients of the tenant's previous connection follow it to this one.
    const old = this.cache.get(tenantId);
    if (old && old !== entry) old.guard.successor = entry.sr.client;
    this.remember(tenantId, entry);
    return { tenantId, method: record.method, check };
  }

  private async verifyState(
    state: string | null,
    request: Request,
    flow: ConnectFlow,
  ): Promise<VerifiedState | Error> {
    try {
      return await this.signerFor(flow === 'partner' ? 'completePartnerConsent' : 'handleCallback').verify(
        state,
        request.headers.get('cookie'),
        flow,
        (nonce, expiresAt) => this.store.consumeState(nonce, expiresAt),
      );
    } catch (error) {
      if (error instanceof ConnectStateError || error instanceof SmartRecruitersError) return error;
      return new SmartRecruitersError('The connect state could not be checked', { cause: error });
    }
  }

  private failedOutcome(
    tenantId: string | undefined,
    caught: unknown,
    verified: VerifiedState | undefined,
    returnTo = this.options.defaultReturnTo ?? '/',
    absolute?: string,
  ): ConnectOutcome {
    const error =
      caught instanceof Error ? caught : new SmartRecruitersError('Connect failed', { cause: caught });
    const reason = error instanceof ConnectStateError ? error.reason : 'error';
    if (!(error instanceof ConnectStateError)) {
      this.logger.warn('smartrecruiters: connecting a tenant failed', { error: error.name });
    }
    const location = absolute ?? withOutcome(returnTo, 'failed', reason);
    return { status: 'failed', tenantId, error, returnTo, response: this.redirect(location, verified) };
  }

  /** A 303 to `location` that deletes the state's cookie and keeps the callback URL private. */
  private redirect(location: string, verified: VerifiedState | undefined): Response {
    const headers = new Headers({
      location,
      'cache-control': 'no-store',
      // The callback URL holds the code: it must not leak as a Referer.
      'referrer-policy': 'no-referrer',
    });
    if (verified) headers.append('set-cookie', verified.clearCookie);
    return new Response(null, { status: 303, headers });
  }

  private tokenKey(tenantId: string, grantId: string): string {
    return `${this.prefix}${tenantId}:${grantId}`;
  }

  private requiredScopes(): readonly string[] {
    return this.options.requiredScopes ?? this.options.authorizationCode?.scopes ?? [];
  }

  private codeApp(forBrowser: boolean): AuthorizationCodeApp {
    const app = this.options.authorizationCode;
    if (!app) throw invalid('authorizationCode', 'is required for the Authorization Code flow');
    if (forBrowser && app.redirectUri === undefined) {
      throw invalid('authorizationCode.redirectUri', 'is required for authorize and handleCallback');
    }
    return app;
  }

  private partnerApp(): PartnerApp {
    const partner = this.options.partner;
    if (!partner) throw invalid('partner', 'is required for the General Partner Integration');
    return partner;
  }

  private signerFor(method: string): StateSigner {
    if (!this.signer) throw invalid('stateSecret', `is required for ${method}`);
    return this.signer;
  }
}

/** The form fields of a form post, or `undefined` when the body is not a small form. */
async function readForm(request: Request): Promise<URLSearchParams | undefined> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (request.method !== 'POST' || type !== 'application/x-www-form-urlencoded' || !request.body)
    return undefined;
  try {
    const text = await readBody(new Response(request.body, { headers: request.headers }), {
      maxBytes: MAX_FORM_BYTES,
      expect: 'text',
      tooLarge: () => new RangeError('form too large'),
      unexpected: () => new RangeError('not a form'),
    });
    return new URLSearchParams(typeof text === 'string' ? text : '');
  } catch {
    return undefined;
  }
}
