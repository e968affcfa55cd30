/**
 * `POST /identity/oauth/token`
 * (https://developers.smartrecruiters.com/docs/authentication-oauth-client-credential):
 * `application/x-www-form-urlencoded` only; `grant_type=client_credentials`, `authorization_code`
 * (https://developers.smartrecruiters.com/docs/authentication-oauth-authorization-code: `code` and
 * the same `redirect_uri`) or `refresh_token`;
 * client credentials in the form or in an HTTP Basic header (`client_secret_basic`). Errors are
 * OAuth-style (RFC 6749 §5.2), the presumption of SmartRecruiters' error shape
 * (https://developers.smartrecruiters.com/docs/error-handling; SR's exact token-endpoint error body
 * is UNCONFIRMED).
 */

import { parseBasicCredentials } from '../internal/basic-auth.js';
import type { AuthRegistry, FakeOAuthClient, GrantRefusal } from './auth.js';
import { oauthError } from './errors.js';
import { fromUtf8, json, type RouteResponse } from './http.js';

const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };

/** Answers a token request. */
export function handleTokenRequest(auth: AuthRegistry, headers: Headers, body: Uint8Array): RouteResponse {
  const contentType = (headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (contentType !== 'application/x-www-form-urlencoded') {
    throw oauthError(
      415,
      'invalid_request',
      'The token endpoint accepts application/x-www-form-urlencoded only',
    );
  }
  const form = new URLSearchParams(fromUtf8(body));
  const authorization = headers.get('authorization');
  const basic = parseBasicCredentials(authorization);
  if (authorization && !basic) {
    throw oauthError(401, 'invalid_client', 'Malformed HTTP Basic client authentication', {
      'www-authenticate': 'Basic realm="SmartRecruiters"',
    });
  }
  const formId = form.get('client_id');
  const formSecret = form.get('client_secret');
  if (basic && formSecret !== null) {
    throw oauthError(400, 'invalid_request', 'Use one client authentication method, not both');
  }
  const clientId = basic?.id ?? formId;
  const clientSecret = basic?.secret ?? formSecret;
  const grantType = form.get('grant_type');
  if (!grantType) throw oauthError(400, 'invalid_request', 'Missing grant_type');
  if (
    grantType !== 'client_credentials' &&
    grantType !== 'refresh_token' &&
    grantType !== 'authorization_code'
  ) {
    throw oauthError(400, 'unsupported_grant_type', `Unsupported grant_type '${grantType}'`);
  }
  if (!clientId || clientSecret === null) {
    throw oauthError(
      401,
      'invalid_client',
      'Client authentication failed: missing client_id or client_secret',
    );
  }
  const client: FakeOAuthClient | undefined = auth.verifyClient(clientId, clientSecret);
  if (!client) {
    throw oauthError(
      401,
      'invalid_client',
      'Client authentication failed',
      basic ? { 'www-authenticate': 'Basic realm="SmartRecruiters"' } : {},
    );
  }

  if (grantType === 'client_credentials') {
    const granted = auth.clientScopes(client);
    const requested = form.get('scope');
    let scopes = granted;
    if (requested !== null) {
      const list = requested.split(/\s+/).filter(Boolean);
      if (list.length === 0) throw oauthError(400, 'invalid_scope', 'Empty scope');
      const unknown = list.filter((s) => !granted.includes(s));
      if (unknown.length > 0)
        throw oauthError(400, 'invalid_scope', `Scopes not granted to this client: ${unknown.join(' ')}`);
      scopes = list;
    }
    return json(200, auth.issueAccessToken(client, scopes), NO_STORE);
  }

  if (grantType === 'authorization_code') {
    const code = form.get('code');
    if (!code) throw oauthError(400, 'invalid_request', 'Missing code');
    const response = auth.redeemAuthorizationCode(client, code, form.get('redirect_uri'));
    if (typeof response === 'string') throw oauthError(400, 'invalid_grant', CODE_REFUSALS[response]);
    return json(200, response, NO_STORE);
  }

  const refreshToken = form.get('refresh_token');
  if (!refreshToken) throw oauthError(400, 'invalid_request', 'Missing refresh_token');
  const response = auth.redeemRefreshTokenOrRefusal(client, refreshToken);
  if (typeof response === 'string') throw oauthError(400, 'invalid_grant', REFRESH_REFUSALS[response]);
  return json(200, response, NO_STORE);
}

const REFRESH_REFUSALS: Record<GrantRefusal, string> = {
  unknown: 'The refresh token is invalid, expired or revoked',
  client: 'The refresh token is invalid, expired or revoked',
  redirect_uri: 'The refresh token is invalid, expired or revoked',
  expired: 'The refresh token expired',
  used: 'The refresh token was already used; the grant is revoked',
  revoked: 'The authorization grant was revoked',
};

const CODE_REFUSALS: Record<GrantRefusal, string> = {
  unknown: 'The authorization code is invalid',
  client: 'The authorization code was issued to another client',
  redirect_uri: 'redirect_uri does not match the one the code was issued for',
  expired: 'The authorization code expired',
  used: 'The authorization code was already used; the grant is revoked',
  revoked: 'The authorization grant was revoked',
};
