/**
 * A webhook endpoint for Fetch-API runtimes (Next.js route handlers, Cloudflare Workers, Deno, Bun,
 * Hono, Node with a Request adapter): the activation handshake, signature verification, and the 202
 * SmartRecruiters expects within 5 s
 * (https://developers.smartrecruiters.com/docs/activating-webhook-subscriptions,
 * https://developers.smartrecruiters.com/docs/receiving-webhook-notifications).
 */
import { ValidationError, WebhookVerificationError } from '../core/errors.js';
import { callGuarded } from '../internal/guard.js';
import { MAX_TIMEOUT_MS } from '../internal/options.js';
import { readLimitedBody } from '../internal/read-body.js';
import type { WebhookEvent } from './events.js';
import { checkWebhookHeaders, constructWebhookEvent, readHookSecret } from './signature.js';

/** Options of `createWebhookHandler`. */
export interface WebhookHandlerOptions {
  /**
   * The subscription's secret key(s), or a function returning them (e.g. read from a secret
   * store). Pass several while keys rotate.
   */
  secret:
    | string
    | readonly string[]
    | (() => string | readonly string[] | Promise<string | readonly string[]>);
  /** Accepted clock difference for `smartrecruiters-timestamp`, in seconds. Default 300. */
  toleranceSeconds?: number | undefined;
  /**
   * Current time in Unix milliseconds, read per delivery for the timestamp check. Default
   * `Date.now`; in tests, the fake server's `fake.clock.now` (its deliveries carry fake time).
   */
  now?: (() => number) | undefined;
  /**
   * Called once per verified delivery. Keep it short (enqueue the work): SmartRecruiters wants
   * the 202 within 5 s and retries otherwise. Deliveries are at-least-once: dedupe on `event.id`.
   * A throw answers 500, so SmartRecruiters delivers again later.
   */
  onEvent: (event: WebhookEvent) => void | Promise<void>;
  /**
   * Called when a delivery fails verification (answered 401 or 400). What it throws is ignored:
   * the answer stays the same.
   */
  onRejected?: ((error: WebhookVerificationError) => void) | undefined;
  /** Largest body read, in bytes; larger ones are answered 413 unread. SR sends ids only. Default 1 MiB. */
  maxBodyBytes?: number | undefined;
  /**
   * Longest wait for the whole body, in milliseconds; a body still arriving then is answered 408
   * (SmartRecruiters delivers again later). Default 10 000.
   */
  bodyTimeoutMs?: number | undefined;
}

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_BODY_TIMEOUT_MS = 10_000;

/** Tells `onRejected`; its own failure never changes the answer. */
function rejected(options: WebhookHandlerOptions, error: WebhookVerificationError): void {
  // A throw, or a rejected promise, is ignored: the delivery is refused all the same.
  callGuarded(() => options.onRejected?.(error));
}

function invalidOption(path: string, message: string): ValidationError {
  return new ValidationError('Invalid webhook handler options', [{ path: [path], message }]);
}

/** Checks the handler's options once, when it is made: a bad one is a `ValidationError`. */
function checkHandlerOptions(options: WebhookHandlerOptions): void {
  if (typeof options !== 'object' || options === null) throw invalidOption('options', 'must be an object');
  const { secret } = options;
  if (
    typeof secret !== 'string' &&
    typeof secret !== 'function' &&
    !(Array.isArray(secret) && secret.every((s) => typeof s === 'string'))
  ) {
    throw invalidOption('secret', 'must be a string, an array of strings, or a function returning them');
  }
  if (typeof options.onEvent !== 'function') throw invalidOption('onEvent', 'must be a function');
  if (options.onRejected !== undefined && typeof options.onRejected !== 'function') {
    throw invalidOption('onRejected', 'must be a function');
  }
  if (options.now !== undefined && typeof options.now !== 'function') {
    throw invalidOption('now', 'must be a function returning Unix milliseconds');
  }
  for (const key of ['toleranceSeconds', 'maxBodyBytes'] as const) {
    const value = options[key];
    if (value !== undefined && (typeof value !== 'number' || Number.isNaN(value) || value < 0)) {
      throw invalidOption(key, 'must be a non-negative number');
    }
  }
  const timeout = options.bodyTimeoutMs;
  if (
    timeout !== undefined &&
    (typeof timeout !== 'number' || !(timeout >= 0 && timeout <= MAX_TIMEOUT_MS))
  ) {
    throw invalidOption('bodyTimeoutMs', `must be a number from 0 to ${MAX_TIMEOUT_MS}`);
  }
}

/**
 * Returns `(request) => Promise<Response>`: answers the activation handshake (200 echoing
 * `X-Hook-Secret`), refuses unverified deliveries (401; 400 for a body that is not a JSON
 * object), hands verified events to `onEvent`, then answers 202. A failure on this side (the
 * secret cannot be read, `onEvent` throws) answers 500, so SmartRecruiters delivers again later.
 */
export function createWebhookHandler(
  options: WebhookHandlerOptions,
): (request: Request) => Promise<Response> {
  checkHandlerOptions(options);
  return async (request) => {
    if (request.method !== 'POST') return new Response(null, { status: 405, headers: { allow: 'POST' } });
    const hookSecret = readHookSecret(request.headers);
    if (hookSecret) return new Response(null, { status: 200, headers: { 'x-hook-secret': hookSecret } });
    let event: WebhookEvent;
    try {
      // Unsigned, stale or malformed deliveries are refused before their body is read.
      checkWebhookHeaders(request.headers, {
        toleranceSeconds: options.toleranceSeconds,
        now: options.now?.(),
      });
      const body = await readLimitedBody(
        request,
        options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
        options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS,
      );
      if (body === 'too_large') return new Response(null, { status: 413 });
      if (body === 'timeout') return new Response(null, { status: 408 });
      const secret = typeof options.secret === 'function' ? await options.secret() : options.secret;
      event = await constructWebhookEvent({
        body,
        headers: request.headers,
        secret,
        toleranceSeconds: options.toleranceSeconds,
        now: options.now?.(),
      });
    } catch (error) {
      // Our side failed (the secret store, no secret configured): 500, and SR delivers again later.
      if (!(error instanceof WebhookVerificationError) || error.reason === 'no_secret') {
        if (error instanceof WebhookVerificationError) rejected(options, error);
        return new Response(null, { status: 500 });
      }
      rejected(options, error);
      return new Response(null, { status: error.reason === 'invalid_payload' ? 400 : 401 });
    }
    try {
      await options.onEvent(event);
    } catch {
      return new Response(null, { status: 500 });
    }
    return new Response(null, { status: 202 });
  };
}
