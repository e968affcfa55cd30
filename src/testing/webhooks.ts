/**
 * Webhook delivery (https://developers.smartrecruiters.com/docs/receiving-webhook-notifications):
 * the activation handshake, signed deliveries to every active subscription listing an event, SR's
 * retry schedule (scalable for tests) and a log of every attempt. Deliveries are real HTTP POSTs
 * (`fetch`), so a test can point a subscription at its own local handler.
 */

import { toBase64Text } from '../internal/base64.js';
import { signWebhookPayload } from '../webhooks/signature.js';
import type { FakeClock } from './clock.js';
import { iso, preciseNow } from './clock.js';
import type { CallbackAuthentication, SubscriptionRecord, WebhookSecretKey } from './model.js';
import { OutboundCalls } from './outbound.js';
import { Rng, secureRandomString, secureUuid } from './random.js';
import type { FakeState } from './state.js';

const MINUTE = 60_000;

/**
 * SR's documented retry back-off
 * (https://developers.smartrecruiters.com/docs/receiving-webhook-notifications): "1 min, 3 min, 10
 * min, 45 min, 120 min ... up to 1440 min after the ninth failure", 10 re-deliveries. The values
 * between 120 and 1440 minutes are not documented (UNCONFIRMED); these are the fake's
 * interpolation.
 */
export const SR_RETRY_DELAYS_MS: readonly number[] = [1, 3, 10, 45, 120, 240, 480, 720, 1440, 1440].map(
  (m) => m * MINUTE,
);

/** `webhooks` option. */
export interface WebhookOptions {
  /** `event-version` header sent with every delivery. Default `'v1'` (seen in captured subscriptions). */
  eventVersion?: string;
  /**
   * Delay before each re-delivery after a failure; its length is the number of retries.
   * Default `SR_RETRY_DELAYS_MS` (1, 3, 10, 45, 120, ... 1440 minutes). Tests pass e.g. `[20, 40]`.
   */
  retryDelaysMs?: readonly number[];
  /**
   * A delivery succeeds only with HTTP 202 within this time. Default 5000
   * (https://developers.smartrecruiters.com/docs/receiving-webhook-notifications).
   */
  deliveryTimeoutMs?: number;
  /**
   * The activation handshake must answer 200 echoing `X-Hook-Secret` within this time. Default
   * 20000 (https://developers.smartrecruiters.com/docs/activating-webhook-subscriptions).
   */
  handshakeTimeoutMs?: number;
  /**
   * Subscriptions one credential may hold. Default 20
   * (https://developers.smartrecruiters.com/docs/receiving-webhook-notifications).
   */
  maxSubscriptionsPerCredential?: number;
  /**
   * Non-expired secret keys per subscription. Default 16
   * (https://developers.smartrecruiters.com/docs/webhooks-security).
   */
  maxSecretKeys?: number;
  /**
   * How long a replaced secret key keeps signing deliveries. Default 24 h
   * (https://developers.smartrecruiters.com/docs/webhooks-security).
   */
  secretKeyGraceMs?: number;
  /**
   * Accept `http://` callback URLs on loopback hosts (127.0.0.1, ::1, localhost) so local handlers
   * can be tested; SR itself requires HTTPS
   * (https://developers.smartrecruiters.com/docs/receiving-webhook-notifications). Default true.
   */
  allowLoopbackHttp?: boolean;
  /** The `fetch` used for handshakes and deliveries. Default `globalThis.fetch`. */
  fetch?: typeof fetch;
}

/** Resolved webhook options. */
export type ResolvedWebhookOptions = Required<WebhookOptions>;

/** Fills webhook option defaults. */
export function resolveWebhookOptions(options: WebhookOptions = {}): ResolvedWebhookOptions {
  return {
    eventVersion: options.eventVersion ?? 'v1',
    retryDelaysMs: options.retryDelaysMs ?? SR_RETRY_DELAYS_MS,
    deliveryTimeoutMs: options.deliveryTimeoutMs ?? 5000,
    handshakeTimeoutMs: options.handshakeTimeoutMs ?? 20_000,
    maxSubscriptionsPerCredential: options.maxSubscriptionsPerCredential ?? 20,
    maxSecretKeys: options.maxSecretKeys ?? 16,
    secretKeyGraceMs: options.secretKeyGraceMs ?? 24 * 60 * MINUTE,
    allowLoopbackHttp: options.allowLoopbackHttp ?? true,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  };
}

/** An event the fake emitted. */
export interface EmittedEvent {
  /** The `event-id` header; the same on every attempt and every subscription. */
  id: string;
  /** The event name (`event-name` header), e.g. `application.created`. */
  name: string;
  /** The payload version (`event-version` header). */
  version: string;
  /** snake_case payload (https://developers.smartrecruiters.com/docs/receiving-webhook-notifications). */
  payload: Record<string, string>;
  /** The `link` header value, `<url>; rel=self`. */
  link: string;
  /** Fake-clock time of emission, ISO. */
  createdAt: string;
  /** Subscriptions it was queued for. */
  subscriptionIds: string[];
}

/** One delivery attempt. */
export interface DeliveryAttempt {
  /** The subscription delivered to (`SubscriptionRecord.id`). */
  subscriptionId: string;
  /** The event's id (`EmittedEvent.id`, the `event-id` header). */
  eventId: string;
  /** The event's name. */
  eventName: string;
  /** 1 for the first delivery, 2 for the first retry... */
  attempt: number;
  /** The callback URL posted to. */
  url: string;
  /** Headers sent (lowercase names), custom authentication included. */
  requestHeaders: Record<string, string>;
  /** Raw body sent. */
  body: string;
  /** `successful` when the callback answered 202, else `failed`. */
  status: 'successful' | 'failed';
  /** HTTP status received; `null` on timeout or connection error. */
  responseStatus: number | null;
  /** Why it failed (another status than 202, a timeout, a connection error), `null` when it succeeded. */
  error: string | null;
  /** Fake-clock time of the attempt, ISO (the callbacks log's `timestamp`). */
  timestamp: string;
  /** Wall-clock start, Unix ms (fractional). */
  startedAt: number;
  /** How long it took, wall-clock ms (fractional). */
  durationMs: number;
  /** True when no retry follows (success, retries exhausted, or subscription gone). */
  final: boolean;
}

/** Outcome of an activation handshake. */
export interface HandshakeResult {
  /** The subscription being activated. */
  subscriptionId: string;
  /** The callback URL called. */
  url: string;
  /** Whether the callback answered 200 echoing `X-Hook-Secret` in time. */
  ok: boolean;
  /** HTTP status received; `null` on timeout or connection error. */
  responseStatus: number | null;
  /** Why it failed. */
  error: string | null;
  /** Fake-clock time of the handshake, ISO. */
  timestamp: string;
}

/** `waitForDeliveries()` options. */
export interface WaitForDeliveriesOptions {
  /**
   * Resolve once at least this many matching attempts exist. Without it: once at least one
   * attempt matches and no delivery is pending or waiting for a retry (so a wait started before
   * the event is emitted still sees its delivery).
   */
  count?: number;
  /** Count only attempts of this event name. */
  eventName?: string;
  /** Count only attempts to this subscription. */
  subscriptionId?: string;
  /** Count only attempts with this status. */
  status?: 'successful' | 'failed';
  /** Reject after this long. Default 5000. */
  timeoutMs?: number;
}

interface Delivery {
  event: EmittedEvent;
  subscriptionId: string;
  attempt: number;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', '[::1]', 'localhost']);

/**
 * Why a URL SmartRecruiters would call (a webhook callback, an assessment partner's endpoint) is
 * rejected, or `undefined` when it is fine: https, or http on a loopback host when allowed.
 */
export function callbackUrlProblem(
  url: string,
  allowLoopbackHttp: boolean,
  name = 'callbackUrl',
): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${name} must be an absolute URL`;
  }
  if (parsed.protocol === 'https:') return undefined;
  if (parsed.protocol === 'http:' && allowLoopbackHttp && LOOPBACK_HOSTS.has(parsed.hostname))
    return undefined;
  return `${name} must use https://`;
}

/** Delivers events and performs handshakes (`fake.webhooks`). */
export class WebhookEngine {
  /** Every event emitted, oldest first. */
  readonly events: EmittedEvent[] = [];
  /** Every delivery attempt, oldest first. */
  readonly attempts: DeliveryAttempt[] = [];
  /** Every activation handshake. */
  readonly handshakes: HandshakeResult[] = [];
  /** The webhook options, defaults filled in. */
  readonly options: ResolvedWebhookOptions;
  private readonly state: FakeState;
  private readonly clock: FakeClock;
  private readonly baseUrl: () => string;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly listeners = new Set<(attempt: DeliveryAttempt) => void>();
  private readonly idleWaiters = new Set<() => void>();
  /** Handshakes, deliveries and callback token requests: aborted on `close()`. */
  private readonly outbound: OutboundCalls;
  private readonly rng: Rng | undefined;
  private pending = 0;
  private closed = false;
  /** Errors thrown by `onAttempt()` listeners (they never stop a delivery), oldest first. */
  readonly listenerErrors: unknown[] = [];

  /**
   * `seed`: event ids come from a generator seeded with it, so the same seed and calls give the
   * same `event-id`s. Default: random ids (`crypto.randomUUID()`).
   */
  constructor(options: {
    state: FakeState;
    clock: FakeClock;
    baseUrl: () => string;
    webhooks: ResolvedWebhookOptions;
    seed?: number;
  }) {
    this.state = options.state;
    this.clock = options.clock;
    this.baseUrl = options.baseUrl;
    this.options = options.webhooks;
    this.outbound = new OutboundCalls({ fetch: this.options.fetch, clock: this.clock });
    this.rng = options.seed === undefined ? undefined : new Rng((options.seed ^ 0x0e7e4710) >>> 0);
  }

  /** Deliveries queued, in flight or waiting for a retry. */
  get pendingDeliveries(): number {
    return this.pending;
  }

  /** Secret keys that still sign deliveries, newest first. */
  liveKeys(subscription: SubscriptionRecord): WebhookSecretKey[] {
    const now = this.clock.now();
    return subscription.secretKeys
      .filter((k) => k.deprecatedAt === null || now < k.deprecatedAt + this.options.secretKeyGraceMs)
      .sort((a, b) => b.createdAt - a.createdAt);
  }

  /**
   * Emits an event to every active subscription listing `name`. The fake calls this on every state
   * change; tests may call it for events the fake never produces (e.g. `offer.created`).
   * `selfPath` is the API path of the changed record (for the `link` header).
   */
  emit(name: string, payload: Record<string, string>, selfPath: string): EmittedEvent {
    const event: EmittedEvent = {
      id: this.rng ? this.rng.uuid() : secureUuid(),
      name,
      version: this.options.eventVersion,
      payload,
      link: `<${this.baseUrl()}${selfPath}>; rel=self`,
      createdAt: iso(this.clock.now()),
      subscriptionIds: [],
    };
    this.events.push(event);
    if (this.closed) return event;
    for (const sub of this.state.subscriptions.values()) {
      if (sub.status !== 'active' || !sub.events.includes(name)) continue;
      event.subscriptionIds.push(sub.id);
      this.pending++;
      this.schedule({ event, subscriptionId: sub.id, attempt: 1 }, 0);
    }
    return event;
  }

  private schedule(delivery: Delivery, delayMs: number): void {
    if (this.closed) {
      this.finish();
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      // attempt() settles the delivery itself; this only keeps a bug from becoming an unhandled rejection.
      this.attempt(delivery).catch(() => undefined);
    }, delayMs);
    (timer as { unref?: () => void }).unref?.();
    this.timers.add(timer);
  }

  /** One delivery left the queue (delivered, out of retries, or dropped). */
  private finish(): void {
    // After close() the count is already 0 and settled deliveries must not drive it negative.
    if (this.closed || this.pending === 0) return;
    this.pending--;
    if (this.pending === 0) for (const resolve of [...this.idleWaiters]) resolve();
  }

  /** Why a callback call failed, for the attempt log and handshake result. */
  private failure(e: unknown, timeoutMessage: string, otherPrefix: string): string {
    const name = (e as Error)?.name;
    if (this.closed) return 'the fake server closed';
    if (name === 'TimeoutError' || name === 'AbortError') return timeoutMessage;
    return `${otherPrefix}: ${(e as Error)?.message ?? String(e)}`;
  }

  private async authHeaders(auth: CallbackAuthentication | null): Promise<Record<string, string>> {
    if (!auth) return {};
    if (auth.type === 'basic')
      return { authorization: `Basic ${toBase64Text(`${auth.username}:${auth.password}`)}` };
    if (auth.type === 'header') return { [auth.headerName.toLowerCase()]: auth.headerValue };
    const token = await this.outbound.token(
      { tokenUrl: auth.tokenServiceUrl, clientId: auth.clientId, clientSecret: auth.clientSecret },
      this.options.deliveryTimeoutMs,
    );
    return { authorization: `Bearer ${token}` };
  }

  /**
   * One delivery attempt; always settles the delivery (finished, or a retry scheduled), even when
   * signing or a listener throws.
   */
  private async attempt(delivery: Delivery): Promise<void> {
    let retryDelay: number | undefined;
    try {
      retryDelay = await this.deliver(delivery);
    } finally {
      if (retryDelay === undefined) this.finish();
      else this.schedule({ ...delivery, attempt: delivery.attempt + 1 }, retryDelay);
    }
  }

  /** Sends one delivery and logs it; returns the delay before a retry, `undefined` when final. */
  private async deliver(delivery: Delivery): Promise<number | undefined> {
    const sub = this.state.subscriptions.get(delivery.subscriptionId);
    if (this.closed || !sub || sub.status !== 'active') return undefined;
    const { event } = delivery;
    const body = JSON.stringify(event.payload);
    const keys = this.liveKeys(sub);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'SmartRecruiters-Fake-Webhooks',
    };
    if (keys.length > 0) {
      Object.assign(
        headers,
        await signWebhookPayload({
          secret: keys.map((k) => k.value),
          body,
          eventId: event.id,
          eventName: event.name,
          eventVersion: event.version,
          link: event.link,
          timestamp: Math.floor(this.clock.now() / 1000),
        }),
      );
    } else {
      Object.assign(headers, {
        'event-id': event.id,
        'event-name': event.name,
        'event-version': event.version,
        link: event.link,
      });
    }
    const startedAt = preciseNow();
    const timestamp = iso(this.clock.now());
    let responseStatus: number | null = null;
    let error: string | null = null;
    try {
      Object.assign(headers, await this.authHeaders(sub.callbackAuthentication));
      const response = await this.outbound.fetch(
        sub.callbackUrl,
        { method: 'POST', headers, body, redirect: 'manual' },
        this.options.deliveryTimeoutMs,
      );
      responseStatus = response.status;
      if (response.status !== 202) error = `expected HTTP 202, got ${response.status}`;
    } catch (e) {
      error = this.failure(e, `no answer within ${this.options.deliveryTimeoutMs} ms`, 'connection failed');
    }
    const ok = error === null;
    const retryDelay = ok ? undefined : this.options.retryDelaysMs[delivery.attempt - 1];
    const stillThere = this.state.subscriptions.get(sub.id)?.status === 'active';
    const attempt: DeliveryAttempt = {
      subscriptionId: sub.id,
      eventId: event.id,
      eventName: event.name,
      attempt: delivery.attempt,
      url: sub.callbackUrl,
      requestHeaders: headers,
      body,
      status: ok ? 'successful' : 'failed',
      responseStatus,
      error,
      timestamp,
      startedAt,
      durationMs: preciseNow() - startedAt,
      final: ok || retryDelay === undefined || !stillThere || this.closed,
    };
    this.attempts.push(attempt);
    for (const listener of [...this.listeners]) {
      try {
        listener(attempt);
      } catch (listenerError) {
        this.listenerErrors.push(listenerError);
      }
    }
    return attempt.final ? undefined : (retryDelay ?? 0);
  }

  /**
   * The activation handshake
   * (https://developers.smartrecruiters.com/docs/activating-webhook-subscriptions): POSTs
   * `X-Hook-Secret: <random>` to the callback and expects HTTP 200 echoing the same header within
   * `handshakeTimeoutMs`. `close()` aborts it.
   */
  async handshake(sub: SubscriptionRecord): Promise<HandshakeResult> {
    const secret = secureRandomString(32);
    let responseStatus: number | null = null;
    let error: string | null = null;
    try {
      const headers = { 'x-hook-secret': secret, ...(await this.authHeaders(sub.callbackAuthentication)) };
      const response = await this.outbound.fetch(
        sub.callbackUrl,
        { method: 'POST', headers, redirect: 'manual' },
        this.options.handshakeTimeoutMs,
      );
      responseStatus = response.status;
      const echoed = response.headers.get('x-hook-secret');
      if (response.status !== 200) error = `callback answered HTTP ${response.status}; expected 200`;
      else if (echoed !== secret) error = 'callback did not echo the X-Hook-Secret header';
    } catch (e) {
      error = this.failure(
        e,
        `callback did not answer within ${this.options.handshakeTimeoutMs} ms`,
        'callback unreachable',
      );
    }
    const result: HandshakeResult = {
      subscriptionId: sub.id,
      url: sub.callbackUrl,
      ok: error === null,
      responseStatus,
      error,
      timestamp: iso(this.clock.now()),
    };
    this.handshakes.push(result);
    return result;
  }

  /** Calls `listener` after every delivery attempt; returns an unsubscribe function. */
  onAttempt(listener: (attempt: DeliveryAttempt) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private matching(options: WaitForDeliveriesOptions): DeliveryAttempt[] {
    return this.attempts.filter(
      (a) =>
        (options.eventName === undefined || a.eventName === options.eventName) &&
        (options.subscriptionId === undefined || a.subscriptionId === options.subscriptionId) &&
        (options.status === undefined || a.status === options.status),
    );
  }

  /**
   * Waits for deliveries. With `count`: until that many attempts match the filters. Without: until
   * at least one attempt matches and nothing is pending (every event delivered or out of
   * retries). Resolves with the matching attempts; rejects after `timeoutMs` (default 5000), or at
   * once when the engine is closed before enough attempts matched (no more will come).
   */
  waitForDeliveries(options: WaitForDeliveriesOptions = {}): Promise<DeliveryAttempt[]> {
    const timeoutMs = options.timeoutMs ?? 5000;
    const wanted = options.count ?? 1;
    const done = () =>
      this.matching(options).length >= wanted && (options.count !== undefined || this.pending === 0);
    const closedError = () =>
      new Error(
        `waitForDeliveries: the fake was closed with ${this.matching(options).length} of ${wanted} matching attempt(s)`,
      );
    if (done()) return Promise.resolve(this.matching(options));
    if (this.closed) return Promise.reject(closedError());
    return new Promise((resolve, reject) => {
      const check = () => {
        if (done()) {
          cleanup();
          resolve(this.matching(options));
        } else if (this.closed) {
          cleanup();
          reject(closedError());
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new Error(
            `waitForDeliveries timed out after ${timeoutMs} ms: ${this.matching(options).length} matching attempt(s), ${this.pending} pending`,
          ),
        );
      }, timeoutMs);
      const unsubscribe = this.onAttempt(check);
      this.idleWaiters.add(check);
      const cleanup = () => {
        clearTimeout(timer);
        unsubscribe();
        this.idleWaiters.delete(check);
      };
    });
  }

  /**
   * Stops every pending delivery and retry: clears retry timers and aborts in-flight handshakes,
   * deliveries and callback token requests. `pendingDeliveries` is 0 afterwards and stays 0; events
   * emitted later are logged but not delivered.
   */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.pending = 0;
    this.outbound.close();
    for (const resolve of [...this.idleWaiters]) resolve();
  }
}
