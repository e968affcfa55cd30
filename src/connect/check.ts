/**
 * The connect-time check: does the credential work, and which of the scopes the app needs does
 * it lack. SmartRecruiters' token answer may list the granted scopes (`scope`; whether it always
 * does is UNCONFIRMED): when it does, that list is used and one request checks the credential
 * works. Otherwise each needed read scope is probed with one cheap `GET` (`SCOPE_PROBES`, `limit=1`):
 * a 403 (`OAuthPermissionsException`) means the scope is missing. API keys have full access
 * (https://developers.smartrecruiters.com/docs/authentication-api-key): one request checks the key.
 */
import type { SmartRecruitersClient } from '../client.js';
import { AuthenticationError, PermissionDeniedError } from '../core/errors.js';
import { SCOPE_PROBES, type ScopeProbe, WORKS_PROBE } from './constants.js';

/** What the connect-time check found. */
export interface ConnectionCheck {
  /**
   * How the scopes were learnt: `token_response` (SmartRecruiters listed them), `probe` (one read
   * per scope), `api_key` (an API key has every scope).
   */
  method: 'token_response' | 'probe' | 'api_key';
  /** Needed scopes the credential has. */
  granted: string[];
  /** Needed scopes the credential lacks: the connection works, but these calls will get 403. */
  missing: string[];
  /**
   * Needed scopes that could not be checked: write scopes (no request proves them without
   * changing data), or a probe that failed for another reason (5xx, timeout).
   */
  unchecked: string[];
}

/** What the token answer's `scope` says of the needed scopes. */
export function checkFromTokenScope(required: readonly string[], tokenScope: string): ConnectionCheck {
  const needed = [...new Set(required)];
  const granted = new Set(tokenScope.split(' ').filter(Boolean));
  return {
    method: 'token_response',
    granted: needed.filter((scope) => granted.has(scope)),
    missing: needed.filter((scope) => !granted.has(scope)),
    unchecked: [],
  };
}

/** A probe's answer: granted, refused (403), or unknown. A 401 is thrown. */
export async function probe(
  client: SmartRecruitersClient,
  request: ScopeProbe,
): Promise<'granted' | 'missing' | 'unknown'> {
  try {
    await client.request({ method: 'GET', path: request.path, query: request.query, maxRetries: 1 });
    return 'granted';
  } catch (error) {
    if (error instanceof AuthenticationError) throw error;
    if (error instanceof PermissionDeniedError) return 'missing';
    return 'unknown';
  }
}

/**
 * Checks `client`'s credential against `required` scopes. `tokenScope`: the `scope` of its token
 * answer, when it had one; `apiKey`: the credential is an API key. Throws `AuthenticationError`
 * when SmartRecruiters refuses the credential (it does not work at all).
 */
export async function checkConnection(
  client: SmartRecruitersClient,
  required: readonly string[],
  options: { tokenScope?: string | undefined; apiKey?: boolean } = {},
): Promise<ConnectionCheck> {
  const needed = [...new Set(required)];
  if (options.apiKey || options.tokenScope !== undefined) {
    // Any answer but a 401 (a 403 included) proves the credential works.
    await probe(client, WORKS_PROBE);
    if (options.apiKey) return { method: 'api_key', granted: needed, missing: [], unchecked: [] };
    return checkFromTokenScope(needed, options.tokenScope ?? '');
  }
  const probed = needed.filter((scope) => SCOPE_PROBES[scope] !== undefined);
  const unchecked = needed.filter((scope) => SCOPE_PROBES[scope] === undefined);
  const granted: string[] = [];
  const missing: string[] = [];
  if (probed.length === 0) await probe(client, WORKS_PROBE);
  const answers = await Promise.all(probed.map((scope) => probe(client, SCOPE_PROBES[scope] as ScopeProbe)));
  probed.forEach((scope, i) => {
    const answer = answers[i];
    if (answer === 'granted') granted.push(scope);
    else if (answer === 'missing') missing.push(scope);
    else unchecked.push(scope);
  });
  return { method: 'probe', granted, missing, unchecked };
}
