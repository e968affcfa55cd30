/**
 * What SmartRecruiters' public pages say about connecting an account, and, marked UNCONFIRMED, the
 * one-line guesses where they say nothing. Each guess is a single constant here.
 */

/**
 * SmartRecruiters' authorization page, where the user consents
 * (https://developers.smartrecruiters.com/docs/authentication-oauth-authorization-code).
 */
export const SR_AUTHORIZE_URL = 'https://www.smartrecruiters.com/identity/oauth/allow';

/** Path of the token endpoint on the API host (`POST`, form-encoded). */
export const SR_TOKEN_PATH = '/identity/oauth/token';

/**
 * Lifetimes SmartRecruiters states for Authorization Code grants: access tokens 30 minutes,
 * refresh tokens 28 days and one-time use (help.smartrecruiters.com, "Most important facts about
 * OAuth in SmartRecruiters").
 */
export const SR_ACCESS_TOKEN_LIFETIME_MS = 30 * 60 * 1000;
/** See `SR_ACCESS_TOKEN_LIFETIME_MS`. */
export const SR_REFRESH_TOKEN_LIFETIME_MS = 28 * 24 * 60 * 60 * 1000;

/**
 * The `error` value of a callback after the user clicked Deny. SmartRecruiters says only that the
 * user is redirected back without a grant; `error=access_denied` is OAuth
 * 2.0's (RFC 6749 §4.1.2.1). UNCONFIRMED.
 */
export const DENIED_ERROR = 'access_denied';

/**
 * The General Partner Integration's exchange of customer-level credentials
 * (https://developers.smartrecruiters.com/docs/oauth-20-general-partner-integration): the path is
 * SmartRecruiters' apps-integrations API, `POST /partner-api/integrations`, as its index lists it;
 * the request and answer bodies are not public (UNCONFIRMED, see `partnerExchangeBody` and
 * `readPartnerCredentials`).
 */
export const PARTNER_EXCHANGE_PATH = '/apps-integrations/partner-api/integrations';

/** Scope the master token needs for the exchange (SmartRecruiters' partner integration reference). */
export const PARTNER_EXCHANGE_SCOPE = 'client_credentials_write';

/** The exchange's request body for a company. UNCONFIRMED: SmartRecruiters does not publish it. */
export function partnerExchangeBody(companyId: string): Record<string, unknown> {
  return { companyId };
}

/**
 * Reads the customer-level client credentials from the exchange's answer. UNCONFIRMED field
 * names: `clientId`/`clientSecret`, or OAuth's `client_id`/`client_secret`.
 */
export function readPartnerCredentials(
  body: unknown,
): { clientId: string; clientSecret: string } | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const record = body as Record<string, unknown>;
  const clientId = record.clientId ?? record.client_id;
  const clientSecret = record.clientSecret ?? record.client_secret;
  return typeof clientId === 'string' &&
    clientId !== '' &&
    typeof clientSecret === 'string' &&
    clientSecret !== ''
    ? { clientId, clientSecret }
    : undefined;
}

/**
 * Hosts SmartRecruiters may name in a partner consent's `redirect` (where the customer goes back
 * after consenting): `smartrecruiters.com` and its subdomains, over https. SmartRecruiters does not
 * list them (UNCONFIRMED); anything else is refused, so the consent page is no open redirect.
 */
export const PARTNER_REDIRECT_HOST = /^(?:[a-z0-9-]+\.)*smartrecruiters\.com$/;

/**
 * One cheap read per scope, used to learn which needed scopes a credential lacks when the token
 * answer does not say (SmartRecruiters' token answer may omit `scope`: UNCONFIRMED). A `403`
 * (`OAuthPermissionsException`) means the scope is missing. Write scopes have no side-effect-free
 * probe and are reported as unchecked.
 */
export const SCOPE_PROBES: Readonly<Record<string, ScopeProbe>> = {
  candidates_read: { path: '/candidates', query: { limit: 1 } },
  jobs_read: { path: '/jobs', query: { limit: 1 } },
  users_read: { path: '/user-api/v201804/users', query: { limit: 1 } },
  user_me_read: { path: '/user-api/v201804/users/me' },
  configuration_read: { path: '/configuration/departments' },
  company_read: { path: '/configuration/company' },
  candidates_offers_read: { path: '/offers', query: { limit: 1 } },
  webhooks_read: { path: '/webhooks-api/v201907/subscriptions', query: { limit: 1 } },
};

/** A `GET` that needs one scope and changes nothing. */
export interface ScopeProbe {
  /** The path read. */
  path: string;
  /** Its query (`limit: 1` keeps the answer small). */
  query?: Record<string, number> | undefined;
}

/** The probe that tells whether a credential works at all, whatever its scopes. */
export const WORKS_PROBE: ScopeProbe = { path: '/jobs', query: { limit: 1 } };
