/**
 * Webhooks API `/webhooks-api/v201907`
 * (https://developers.smartrecruiters.com/docs/receiving-webhook-notifications): subscriptions per
 * credential (at most 20), the real activation handshake, secret keys (a new key deprecates the
 * previous one, which keeps signing for 24 h; at most 16 live keys) and the callbacks log. Lists
 * are bare JSON arrays, as SR documents them: `limit` from 1 to 100, default 10, and a page that
 * has a next one announces it in a `Link: <…?page_id=…>; rel="next"` header (RFC 8288), the
 * request's other parameters kept. The callbacks log lists the last 30 days, newest first. Create answers 201 (422 on incorrect subscription data,
 * 403 `SUBSCRIPTIONS_LIMIT_EXCEEDED` past the limit), activation 204 (409 when already active,
 * 424 when the handshake fails), secret-key creation 201 `{ secretKey }` (403
 * `SECRET_KEYS_LIMIT_EXCEEDED` past the limit). The codes `WEBHOOK_HANDSHAKE_FAILED` and
 * `SUBSCRIPTION_ALREADY_ACTIVE` are the fake's own (SR documents the statuses only).
 */
import { isKnownWebhookEventName } from '../../webhooks/events.js';
import {
  absoluteUrl,
  found,
  type HandlerContext,
  param,
  type RouteDef,
  readJson,
  route,
} from '../context.js';
import { badRequest, srError } from '../errors.js';
import { json, noContent } from '../http.js';
import type { CallbackAuthentication, SubscriptionRecord } from '../model.js';
import { decodeCursor, encodeCursor } from '../pagination.js';
import { secureRandomString } from '../random.js';
import { S } from '../scopes.js';
import { Check } from '../validation.js';
import { callbackUrlProblem, type DeliveryAttempt } from '../webhooks.js';
import { requireObject } from './shared.js';

/** Prefix of the Webhooks API. */
export const WEBHOOKS_API = '/webhooks-api/v201907';

const CALLBACK_LOG_DAYS = 30;

/**
 * SR's `Subscription`: `{ id, callbackUrl, events, status }`. The alerting address and the
 * callback authentication are write-only (SR's schema returns neither).
 */
function subscriptionView(ctx: HandlerContext, sub: SubscriptionRecord): Record<string, unknown> {
  const version = ctx.services.webhooks.options.eventVersion;
  return {
    id: sub.id,
    callbackUrl: sub.callbackUrl,
    events: sub.events.map((name) => ({ name, version })),
    status: sub.status,
  };
}

function readCallbackAuthentication(check: Check, value: unknown): CallbackAuthentication | null {
  if (value === undefined || value === null) return null;
  const obj = check.object(value, 'callbackAuthentication');
  if (!obj) return null;
  const type = check.enumValue(
    obj,
    'type',
    ['basic', 'header', 'oauth2'] as const,
    'callbackAuthentication.',
    { required: true },
  );
  const p = 'callbackAuthentication.';
  if (type === 'basic') {
    const username = check.string(obj, 'username', p, { required: true });
    const password = check.string(obj, 'password', p, { required: true });
    return username && password ? { type, username, password } : null;
  }
  if (type === 'header') {
    const headerName = check.string(obj, 'headerName', p, { required: true });
    const headerValue = check.string(obj, 'headerValue', p, { required: true });
    if (headerName && !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(headerName))
      check.fail(`${p}headerName is not a valid header name`);
    return headerName && headerValue ? { type, headerName, headerValue } : null;
  }
  if (type === 'oauth2') {
    const clientId = check.string(obj, 'clientId', p, { required: true });
    const clientSecret = check.string(obj, 'clientSecret', p, { required: true });
    const tokenServiceUrl = check.string(obj, 'tokenServiceUrl', p, { required: true });
    return clientId && clientSecret && tokenServiceUrl
      ? { type, clientId, clientSecret, tokenServiceUrl }
      : null;
  }
  return null;
}

function ownSubscription(ctx: HandlerContext): SubscriptionRecord {
  const sub = ctx.services.state.subscriptions.get(param(ctx, 'id'));
  return found(sub && sub.ownerId === ctx.credential.id ? sub : undefined, 'Subscription');
}

/**
 * Pages a list with `page_id`. `items` are in list order of a unique, never-reused sequence number
 * (`order` says whether it rises or falls along the list); a `page_id` is the last sequence number
 * of a page and the next page starts at the first item past it, so it keeps working when that item
 * is deleted or filtered out meanwhile. When more items follow, `link` is the `Link` header that
 * announces the next page: the request's URL with that `page_id`.
 */
function pageBare<T>(
  ctx: HandlerContext,
  items: T[],
  seq: (item: T) => number,
  order: 'ascending' | 'descending',
) {
  const limit = ctx.query.limit(10);
  const pageId = ctx.query.get('page_id');
  let start = 0;
  if (pageId !== undefined) {
    const after = Number(decodeCursor(pageId, 'page_id'));
    if (!Number.isSafeInteger(after)) throw badRequest('Invalid page_id', 'INVALID_PARAMETER');
    const index = items.findIndex((item) => (order === 'ascending' ? seq(item) > after : seq(item) < after));
    start = index >= 0 ? index : items.length;
  }
  const page = items.slice(start, start + limit);
  const last = page.at(-1);
  if (last === undefined || start + limit >= items.length) return { page, headers: undefined };
  const query = new URLSearchParams(ctx.query.params);
  query.delete('page_id');
  query.set('page_id', encodeCursor(String(seq(last))));
  return {
    page,
    headers: { link: `<${absoluteUrl(ctx, ctx.path)}?${query.toString()}>; rel="next"` },
  };
}

function callbackLogEntry(attempt: DeliveryAttempt, sub: SubscriptionRecord): Record<string, unknown> {
  const secretHeaders = new Set(['authorization']);
  if (sub.callbackAuthentication?.type === 'header')
    secretHeaders.add(sub.callbackAuthentication.headerName.toLowerCase());
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(attempt.requestHeaders))
    headers[name] = secretHeaders.has(name) ? '***' : value;
  return {
    status: attempt.status,
    timestamp: attempt.timestamp,
    requestDetails: { url: attempt.url, body: attempt.body, headers },
  };
}

/** Webhook subscription routes. */
export const webhookRoutes: RouteDef[] = [
  route('POST', `${WEBHOOKS_API}/subscriptions`, S.webhooksWrite, (ctx) => {
    const { state, webhooks, clock } = ctx.services;
    const body = requireObject(readJson(ctx));
    const check = new Check();
    const callbackUrl = check.string(body, 'callbackUrl', '', { required: true });
    if (typeof callbackUrl === 'string') {
      const problem = callbackUrlProblem(callbackUrl, webhooks.options.allowLoopbackHttp);
      if (problem) check.fail(problem);
    }
    const events = check.stringArray(body, 'events', '');
    if (!events || events.length === 0) check.fail('events must be a non-empty array of event names');
    for (const name of events ?? [])
      if (!isKnownWebhookEventName(name)) check.fail(`events: unknown event name '${name}'`);
    const alertingEmailAddress = check.string(body, 'alertingEmailAddress', '', {
      email: true,
      nullable: true,
    });
    const callbackAuthentication = readCallbackAuthentication(check, body.callbackAuthentication);
    // SR: 422 "Incorrect subscription data" (an invalid callback URL, an unknown event name).
    check.done(422);
    const owned = [...state.subscriptions.values()].filter((s) => s.ownerId === ctx.credential.id).length;
    if (owned >= webhooks.options.maxSubscriptionsPerCredential) {
      throw srError(
        403,
        'SUBSCRIPTIONS_LIMIT_EXCEEDED',
        `A credential can hold at most ${webhooks.options.maxSubscriptionsPerCredential} subscriptions`,
      );
    }
    const sub: SubscriptionRecord = {
      id: state.ids.uuid(),
      ownerId: ctx.credential.id,
      callbackUrl: callbackUrl as string,
      events: [...new Set(events)],
      status: 'inactive',
      alertingEmailAddress: alertingEmailAddress ?? null,
      callbackAuthentication,
      secretKeys: [],
      createdAt: clock.now(),
      seq: state.nextSubscriptionSeq(),
    };
    state.subscriptions.set(sub.id, sub);
    return json(201, subscriptionView(ctx, sub));
  }),
  route('GET', `${WEBHOOKS_API}/subscriptions`, S.webhooksRead, (ctx) => {
    const subs = [...ctx.services.state.subscriptions.values()]
      .filter((s) => s.ownerId === ctx.credential.id)
      .sort((a, b) => a.seq - b.seq);
    const { page, headers } = pageBare(ctx, subs, (s) => s.seq, 'ascending');
    return json(
      200,
      page.map((s) => subscriptionView(ctx, s)),
      headers,
    );
  }),
  route('GET', `${WEBHOOKS_API}/subscriptions/{id}`, S.webhooksRead, (ctx) =>
    json(200, subscriptionView(ctx, ownSubscription(ctx))),
  ),
  route('DELETE', `${WEBHOOKS_API}/subscriptions/{id}`, S.webhooksDelete, (ctx) => {
    ctx.services.state.subscriptions.delete(ownSubscription(ctx).id);
    return noContent();
  }),
  route('PUT', `${WEBHOOKS_API}/subscriptions/{id}/activation`, S.webhooksActivate, async (ctx) => {
    const sub = ownSubscription(ctx);
    if (sub.status === 'active') {
      throw srError(409, 'SUBSCRIPTION_ALREADY_ACTIVE', 'Subscription already activated');
    }
    const result = await ctx.services.webhooks.handshake(sub);
    if (!result.ok) {
      throw srError(424, 'WEBHOOK_HANDSHAKE_FAILED', `Subscription activation failed: ${result.error}`);
    }
    sub.status = 'active';
    return noContent();
  }),
  route('POST', `${WEBHOOKS_API}/subscriptions/{id}/secret-key`, S.webhooksWrite, (ctx) => {
    const { webhooks, clock } = ctx.services;
    const sub = ownSubscription(ctx);
    const live = webhooks.liveKeys(sub);
    if (live.length >= webhooks.options.maxSecretKeys) {
      throw srError(
        403,
        'SECRET_KEYS_LIMIT_EXCEEDED',
        `A subscription can have at most ${webhooks.options.maxSecretKeys} non-expired secret keys`,
      );
    }
    const now = clock.now();
    for (const key of sub.secretKeys) if (key.deprecatedAt === null) key.deprecatedAt = now;
    const value = secureRandomString(21);
    sub.secretKeys.push({ value, createdAt: now, deprecatedAt: null });
    return json(201, { secretKey: value });
  }),
  route('GET', `${WEBHOOKS_API}/subscriptions/{id}/secret-key`, S.webhooksRead, (ctx) => {
    const sub = ownSubscription(ctx);
    const current = sub.secretKeys.find((k) => k.deprecatedAt === null);
    return json(200, { secretKey: found(current, 'Secret key').value });
  }),
  route('GET', `${WEBHOOKS_API}/subscriptions/{id}/callbacks-log`, S.webhooksRead, (ctx) => {
    const { webhooks, clock } = ctx.services;
    const sub = ownSubscription(ctx);
    const status = ctx.query.enumValue('callbackStatus', ['successful', 'failed'] as const);
    const after = ctx.query.date('after');
    const before = ctx.query.date('before');
    const oldest = clock.now() - CALLBACK_LOG_DAYS * 86_400_000;
    const entries = webhooks.attempts
      .map((attempt, index) => ({ attempt, key: index }))
      .filter(({ attempt }) => {
        const t = Date.parse(attempt.timestamp);
        return (
          attempt.subscriptionId === sub.id &&
          t >= oldest &&
          (status === undefined || attempt.status === status) &&
          (after === undefined || t > after) &&
          (before === undefined || t < before)
        );
      })
      .reverse();
    const { page, headers } = pageBare(ctx, entries, (e) => e.key, 'descending');
    return json(
      200,
      page.map((e) => callbackLogEntry(e.attempt, sub)),
      headers,
    );
  }),
];
