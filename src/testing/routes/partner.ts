/**
 * The General Partner Integration
 * (https://developers.smartrecruiters.com/docs/oauth-20-general-partner-integration): a partner
 * with master credentials gets customer-level client credentials for a company that enabled its
 * integration. SmartRecruiters sends the customer to the partner's `consentUrl` with `companyId`
 * and `redirect` (`fake.partnerConsentUrl()` plays that part); the partner then calls the exchange
 * with a master token that has `client_credentials_write`, and sends the customer back to
 * `redirect`.
 *
 * The exchange's path is `POST /apps-integrations/partner-api/integrations` (SmartRecruiters'
 * apps-integrations spec, as indexed); its body and answer are not public: the fake takes
 * `{ companyId }` and answers `{ clientId, clientSecret }` (UNCONFIRMED).
 */
import { PARTNER_EXCHANGE_SCOPE } from '../auth.js';
import type { HandlerContext, RouteDef } from '../context.js';
import { readJson, route } from '../context.js';
import { badRequest, srError } from '../errors.js';
import { json, type RouteResponse } from '../http.js';

/** Path of the customer-credentials exchange. */
export const PARTNER_EXCHANGE_PATH = '/apps-integrations/partner-api/integrations';
/** The fake's stand-in for SmartRecruiters' page a customer returns to after the partner's consent. */
export const PARTNER_RETURN_PATH = '/fake/partner-integration/done';

function exchange(ctx: HandlerContext): RouteResponse {
  const { auth } = ctx.services;
  const clientId = ctx.credential.kind === 'oauth' ? ctx.credential.id.slice('oauth:'.length) : undefined;
  const partner = clientId ? auth.clients.get(clientId) : undefined;
  if (!partner?.consentUrl) {
    throw srError(403, 'FORBIDDEN', 'Only partner (master) credentials may exchange customer credentials');
  }
  const body = readJson(ctx) as { companyId?: unknown } | null;
  const companyId = body && typeof body === 'object' ? body.companyId : undefined;
  if (typeof companyId !== 'string' || companyId === '') throw badRequest('companyId is required');
  const customer = auth.exchangePartnerCredentials(partner.clientId, companyId);
  if (!customer) {
    throw srError(
      403,
      'CONSENT_NOT_FOUND',
      'The company has not consented to an integration with this partner',
    );
  }
  return json(200, { clientId: customer.clientId, clientSecret: customer.clientSecret });
}

function done(): RouteResponse {
  return {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    json: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Integration enabled</title></head><body><h1>Integration enabled</h1><p>You can close this page.</p></body></html>',
  };
}

/** The partner exchange, and the page the customer is sent back to. */
export const partnerRoutes: RouteDef[] = [
  route('POST', PARTNER_EXCHANGE_PATH, [PARTNER_EXCHANGE_SCOPE], exchange),
  { method: 'GET', path: PARTNER_RETURN_PATH, scopes: [], public: true, handler: done },
];
