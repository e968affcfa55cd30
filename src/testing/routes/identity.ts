/**
 * SmartRecruiters' authorization page, `GET /identity/oauth/allow`
 * (https://developers.smartrecruiters.com/docs/authentication-oauth-authorization-code): a real
 * HTML consent page with Approve and Deny. The page checks `client_id`, `redirect_uri` (an exact
 * match of a registered one: otherwise an error page and no redirect), `scope` (space-separated;
 * absent: the app's scopes; empty: refused) and keeps `state`. Its form posts back to the same
 * path with a single-use id, so a forged post cannot change what was consented to. Approve sends
 * the browser to `redirect_uri?code=...&state=...`; Deny to
 * `redirect_uri?error=access_denied&error_description=...&state=...` (SR says only that the user is
 * redirected back without a grant: the parameter names are the OAuth standard's, UNCONFIRMED).
 *
 * The signed-in user is the seeded administrator unless `fake.auth.consentUserId` says otherwise.
 */
import type { ConsentRequest } from '../auth.js';
import type { HandlerContext, RouteDef } from '../context.js';
import { fromUtf8, type RouteResponse } from '../http.js';

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
};

/** What each scope lets the app do, in the words of SR's access-scopes page where it has some. */
const SCOPE_LABELS: Record<string, string> = {
  candidates_read: 'Read candidates, their attachments and status history',
  candidates_create: 'Create candidates and add attachments',
  candidates_manage: 'Edit candidates: status, tags, source and properties',
  candidates_offers_read: "Read candidates' offers",
  company_read: 'Read company information',
  configuration_read: 'Read company settings (departments, hiring processes, properties)',
  configuration_manage: 'Change company settings',
  jobs_read: 'Read jobs',
  jobs_manage: 'Create and edit jobs',
  jobs_publications_manage: 'Publish and unpublish jobs',
  users_read: 'Read users',
  users_manage: 'Create and edit users',
  user_me_read: 'Read your own user profile',
  webhooks_read: 'Read webhook subscriptions',
  webhooks_write: 'Create webhook subscriptions',
  webhooks_delete: 'Delete webhook subscriptions',
  webhooks_manage: 'Read, activate and delete webhook subscriptions',
};

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; background: #f4f6f8; color: #1d2a36; margin: 0; }
  main { max-width: 32rem; margin: 4rem auto; background: #fff; border-radius: 8px; padding: 2rem;
         box-shadow: 0 1px 4px rgba(0,0,0,.12); }
  h1 { font-size: 1.4rem; margin-top: 0; }
  .who { color: #52606d; font-size: .95rem; }
  ul { padding-left: 1.2rem; }
  code { font-size: .85rem; color: #52606d; }
  .actions { display: flex; gap: 1rem; margin-top: 1.5rem; }
  button { font: inherit; padding: .6rem 1.4rem; border-radius: 6px; border: 1px solid #9aa5b1; cursor: pointer; }
  button.approve { background: #0a66c2; border-color: #0a66c2; color: #fff; }
  .brand { font-weight: 600; color: #0a66c2; letter-spacing: .02em; }`;

function page(status: number, title: string, body: string): RouteResponse {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body><main><p class="brand">SmartRecruiters (fake)</p>${body}</main></body></html>`;
  return { status, headers: PAGE_HEADERS, json: html };
}

function errorPage(status: number, message: string): RouteResponse {
  return page(
    status,
    'Authorization error',
    `<h1>This authorization request cannot be completed</h1><p>${escapeHtml(message)}</p>`,
  );
}

/** A 303 to the app's redirect URI with `params` (and the request's `state`). */
function backToApp(request: ConsentRequest, params: Record<string, string>): RouteResponse {
  const url = new URL(request.redirectUri);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  if (request.state !== undefined) url.searchParams.set('state', request.state);
  return { status: 303, headers: { location: url.toString(), 'cache-control': 'no-store' } };
}

function consentPage(ctx: HandlerContext): RouteResponse {
  const { auth, state } = ctx.services;
  const checked = auth.checkConsentRequest(ctx.query.params);
  if (!checked.ok) {
    if (checked.redirect && checked.request) {
      return backToApp(checked.request, { error: checked.error, error_description: checked.description });
    }
    return errorPage(400, checked.description);
  }
  const { request } = checked;
  const client = auth.clients.get(request.clientId);
  const app = client?.name ?? request.clientId;
  const user = state.users.get(auth.consentUserId ?? state.meUserId);
  const who = user
    ? `Signed in as ${user.firstName} ${user.lastName} (${user.email}) at ${state.company.name}`
    : `Signed in at ${state.company.name}`;
  const scopes = request.scopes
    .map((scope) => `<li>${escapeHtml(SCOPE_LABELS[scope] ?? scope)} <code>${escapeHtml(scope)}</code></li>`)
    .join('');
  const id = auth.holdConsent(request);
  return page(
    200,
    `Authorize ${app}`,
    `<h1>${escapeHtml(app)} wants to access your SmartRecruiters account</h1>
<p class="who">${escapeHtml(who)}</p>
<p>It will be able to:</p><ul>${scopes}</ul>
<form method="post" action="allow">
<input type="hidden" name="consent" value="${id}">
<div class="actions">
<button class="approve" type="submit" name="decision" value="approve">Approve</button>
<button class="deny" type="submit" name="decision" value="deny">Deny</button>
</div></form>`,
  );
}

function consentAnswer(ctx: HandlerContext): RouteResponse {
  const { auth, state } = ctx.services;
  const type = (ctx.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return errorPage(415, 'Unsupported form encoding');
  const form = new URLSearchParams(fromUtf8(ctx.body));
  const request = auth.takeConsent(form.get('consent') ?? '');
  if (!request) return errorPage(400, 'This authorization request expired or was already answered.');
  const decision = form.get('decision');
  if (decision === 'approve') {
    return backToApp(request, {
      code: auth.issueAuthorizationCode(request, auth.consentUserId ?? state.meUserId),
    });
  }
  if (decision === 'deny') {
    return backToApp(request, {
      error: 'access_denied',
      error_description: 'The user denied access to the application',
    });
  }
  return errorPage(400, 'Choose Approve or Deny.');
}

/** The authorization page's routes (public: the browser has no API credential). */
export const identityRoutes: RouteDef[] = [
  { method: 'GET', path: '/identity/oauth/allow', scopes: [], public: true, handler: consentPage },
  { method: 'POST', path: '/identity/oauth/allow', scopes: [], public: true, handler: consentAnswer },
];
