import type { RequestOptions } from '../client.js';
import { type APIPromise, respond, type WithResponse } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import { toSrDateTime } from '../mappers/shared.js';
import {
  toSrSubscriptionRequest,
  toUnifiedCallbackLogEntry,
  toUnifiedSubscription,
} from '../mappers/subscription.js';
import type { SrSecretKey, SrSubscription } from '../routes.js';
import {
  CallbackLogParamsSchema,
  SubscriptionListParamsSchema,
} from '../schemas/compiled/unified/subscription.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import type {
  CallbackLogEntry,
  CallbackLogParams,
  Subscription,
  SubscriptionCreateInput,
  SubscriptionListParams,
} from '../schemas/unified/subscription.js';
import type { WebhookEvent } from '../webhooks/events.js';
import { createWebhookHandler, type WebhookHandlerOptions } from '../webhooks/handler.js';
import {
  constructWebhookEvent,
  type VerifyWebhookOptions,
  verifyWebhookSignature,
} from '../webhooks/signature.js';
import { requireId } from './ids.js';

const BASE = '/webhooks-api/v201907/subscriptions';

/**
 * Webhooks (https://developers.smartrecruiters.com/docs/receiving-webhook-notifications):
 * subscriptions, the activation handshake, secret keys, the callbacks log, and verification of
 * deliveries.
 *
 * ```ts
 * const sub = await sr.webhooks.create({ callback_url, events: ['application.status.updated'] });
 * await sr.webhooks.activate(sub.id);          // SR calls your endpoint with X-Hook-Secret
 * const secret = await sr.webhooks.createSecretKey(sub.id);
 * const event = await sr.webhooks.constructEvent({ body: rawBody, headers, secret });
 * ```
 */
export class Webhooks extends APIResource {
  /**
   * Verifies a delivery's signature and timestamp (see `verifyWebhookSignature`); `now` defaults
   * to the client's clock.
   */
  readonly verify = (options: VerifyWebhookOptions): Promise<void> =>
    verifyWebhookSignature({ ...options, now: options.now ?? this.client.clock.now() });
  /**
   * Verifies a delivery and returns the typed event (see `constructWebhookEvent`); `now` defaults
   * to the client's clock.
   */
  readonly constructEvent = (options: VerifyWebhookOptions): Promise<WebhookEvent> =>
    constructWebhookEvent({ ...options, now: options.now ?? this.client.clock.now() });
  /**
   * A Fetch-API endpoint: handshake, verification, 202 (see `createWebhookHandler`); `now`
   * defaults to the client's clock.
   */
  readonly handler = (options: WebhookHandlerOptions) =>
    createWebhookHandler({ ...options, now: options.now ?? this.client.clock.now });

  private get remote() {
    return { includeRemoteData: this.options.includeRemoteData ?? true };
  }

  /**
   * Subscribes `callback_url` to `events`. The subscription starts inactive: `activate` it once
   * your endpoint answers the handshake. SR allows 20 subscriptions per credential.
   *
   * @throws PermissionDeniedError (403) `SUBSCRIPTIONS_LIMIT_EXCEEDED` past the limit, or
   *   `NO_PERMISSION_TO_MANAGE_WEBHOOKS`
   * @throws UnprocessableEntityError (422) when SmartRecruiters refuses the subscription data (an
   *   invalid callback URL, an unknown event name)
   */
  create(input: SubscriptionCreateInput, options?: RequestOptions): APIPromise<Subscription, SrSubscription> {
    return respond(() =>
      this.subscription(this.client.post(BASE, { ...options, body: toSrSubscriptionRequest(input) })),
    );
  }

  private async subscription(
    request: APIPromise<SrSubscription>,
  ): Promise<WithResponse<Subscription, SrSubscription>> {
    const { data: raw, response } = await request.withResponse();
    return { data: toUnifiedSubscription(raw, this.remote), response };
  }

  /**
   * Lists subscriptions, asking for SmartRecruiters' largest page (100): a credential holds at most
   * 20, so one request returns them all. SR's list is a bare array paged by `page_id`; the next page
   * is the `Link: <…>; rel="next"` header's (RFC 8288; SmartRecruiters Webhooks API reference),
   * followed to the end.
   */
  list(params: SubscriptionListParams = {}, options?: RequestOptions): PagePromise<Subscription> {
    return this.deferred(() =>
      this.paginate({
        list: 'webhooks',
        path: BASE,
        params,
        toQuery: (p) => {
          const parsed = parseInput(SubscriptionListParamsSchema, p, 'subscription list parameters');
          return parsed.limit !== undefined ? { limit: parsed.limit } : {};
        },
        request: options,
        mapPage: async (items) => items.map((raw) => toUnifiedSubscription(raw, this.remote)),
      }),
    );
  }

  /** One subscription. */
  get(id: string, options?: RequestOptions): APIPromise<Subscription, SrSubscription> {
    return respond(() =>
      this.subscription(this.client.get(`${BASE}/{id}`, { ...options, params: { id: requireId(id, 'id') } })),
    );
  }

  /** Deletes a subscription. */
  delete(id: string, options?: RequestOptions): APIPromise<void, undefined> {
    return respond(() =>
      this.noResult(this.client.delete(`${BASE}/{id}`, { ...options, params: { id: requireId(id, 'id') } })),
    );
  }

  /**
   * Activates a subscription: SmartRecruiters POSTs `X-Hook-Secret` to the callback, which must
   * answer 200 echoing it within 20 s (`createWebhookHandler` does). Resolves once SR answered 204.
   *
   * @throws FailedDependencyError (424) when the callback failed the handshake
   * @throws ConflictError (409) when the subscription is already active
   * @throws NotFoundError (404) for an unknown subscription
   */
  activate(id: string, options?: RequestOptions): APIPromise<void, undefined> {
    return respond(() =>
      this.noResult(
        this.client.put(`${BASE}/{id}/activation`, { ...options, params: { id: requireId(id, 'id') } }),
      ),
    );
  }

  /**
   * Generates a new secret key; deliveries are signed with it from now on. The previous key stays
   * valid for 24 h: verify with both while you roll over.
   *
   * @throws PermissionDeniedError (403) `SECRET_KEYS_LIMIT_EXCEEDED` when the subscription already
   *   has 16 non-expired keys
   */
  createSecretKey(id: string, options?: RequestOptions): APIPromise<string, SrSecretKey> {
    return respond(() =>
      secretKeyOf(
        this.client.post(`${BASE}/{id}/secret-key`, { ...options, params: { id: requireId(id, 'id') } }),
      ),
    );
  }

  /** The latest secret key. */
  secretKey(id: string, options?: RequestOptions): APIPromise<string, SrSecretKey> {
    return respond(() =>
      secretKeyOf(
        this.client.get(`${BASE}/{id}/secret-key`, { ...options, params: { id: requireId(id, 'id') } }),
      ),
    );
  }

  /**
   * Delivery attempts of the last 30 days, newest first; filter by `status`, `after`, `before`.
   * Asks for SmartRecruiters' largest page (100) and follows the `Link: <…>; rel="next"` header of
   * each page to the end.
   */
  callbacks(
    id: string,
    params: CallbackLogParams = {},
    options?: RequestOptions,
  ): PagePromise<CallbackLogEntry> {
    return this.deferred(() =>
      this.paginate({
        list: `webhooks/${requireId(id, 'id')}/callbacks`,
        path: `${BASE}/{id}/callbacks-log`,
        pathParams: { id },
        params,
        toQuery: (p) => {
          const parsed = parseInput(CallbackLogParamsSchema, p, 'callbacks log parameters');
          const query: Record<string, unknown> = {};
          if (parsed.limit !== undefined) query.limit = parsed.limit;
          if (parsed.status !== undefined) query.callbackStatus = parsed.status;
          if (parsed.after !== undefined) query.after = toSrDateTime(parsed.after);
          if (parsed.before !== undefined) query.before = toSrDateTime(parsed.before);
          return query;
        },
        request: options,
        mapPage: async (items) => items.map((raw) => toUnifiedCallbackLogEntry(raw, this.remote)),
      }),
    );
  }
}

/** The secret key SmartRecruiters answered with, and the response. */
async function secretKeyOf(request: APIPromise<SrSecretKey>): Promise<WithResponse<string, SrSecretKey>> {
  const { data, response } = await request.withResponse();
  return { data: data.secretKey, response };
}
