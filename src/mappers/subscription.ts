/**
 * Pure mappers of webhook subscriptions and their callbacks log
 * (https://developers.smartrecruiters.com/docs/receiving-webhook-notifications).
 */
import type { SrSubscriptionRequest } from '../routes.js';
import { SubscriptionCreateInputSchema } from '../schemas/compiled/unified/subscription.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import type {
  CallbackLogEntry,
  Subscription,
  SubscriptionCreateInput,
} from '../schemas/unified/subscription.js';
import { isRecord } from './shared.js';

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function withRemote<T>(unified: T, raw: unknown, includeRemoteData: boolean): T {
  return includeRemoteData && isRecord(raw) ? { ...unified, remote_data: raw } : unified;
}

/** SR `Subscription` -> unified. Events come as `{name, version}` objects or bare names. */
export function toUnifiedSubscription(
  raw: unknown,
  options: { includeRemoteData?: boolean } = {},
): Subscription {
  const record = isRecord(raw) ? raw : {};
  const events = Array.isArray(record.events) ? record.events : [];
  const status = str(record.status);
  return withRemote<Subscription>(
    {
      id: str(record.id) ?? '',
      callback_url: str(record.callbackUrl),
      events: events.flatMap((event) => {
        if (typeof event === 'string') return [{ name: event, version: null }];
        if (isRecord(event) && typeof event.name === 'string')
          return [{ name: event.name, version: str(event.version) }];
        return [];
      }),
      status: status === 'active' || status === 'inactive' ? status : 'other',
      remote_status: status,
    },
    raw,
    options.includeRemoteData ?? true,
  );
}

/** SR callbacks-log entry -> unified. */
export function toUnifiedCallbackLogEntry(
  raw: unknown,
  options: { includeRemoteData?: boolean } = {},
): CallbackLogEntry {
  const record = isRecord(raw) ? raw : {};
  const status = str(record.status);
  const details = isRecord(record.requestDetails) ? record.requestDetails : undefined;
  const headers = details && isRecord(details.headers) ? details.headers : {};
  return withRemote<CallbackLogEntry>(
    {
      status: status === 'successful' || status === 'failed' ? status : 'other',
      remote_status: status,
      attempted_at: str(record.timestamp),
      request: details
        ? {
            url: str(details.url),
            body: str(details.body),
            headers: Object.fromEntries(
              Object.entries(headers).filter(([, v]) => typeof v === 'string'),
            ) as Record<string, string>,
          }
        : null,
    },
    raw,
    options.includeRemoteData ?? true,
  );
}

/**
 * Body of `POST /subscriptions` (`SubscriptionRequest`,
 * https://developers.smartrecruiters.com/docs/receiving-webhook-notifications).
 *
 * @throws ValidationError on invalid input (a non-HTTPS callback URL, no events...)
 */
export function toSrSubscriptionRequest(input: SubscriptionCreateInput): SrSubscriptionRequest {
  const parsed = parseInput(SubscriptionCreateInputSchema, input, 'subscription');
  const body: SrSubscriptionRequest = { callbackUrl: parsed.callback_url, events: [...parsed.events] };
  if (parsed.alerting_email !== undefined) body.alertingEmailAddress = parsed.alerting_email;
  const auth = parsed.callback_authentication;
  if (auth?.type === 'basic') body.callbackAuthentication = auth;
  if (auth?.type === 'header') {
    body.callbackAuthentication = {
      type: 'header',
      headerName: auth.header_name,
      headerValue: auth.header_value,
    };
  }
  if (auth?.type === 'oauth2') {
    body.callbackAuthentication = {
      type: 'oauth2',
      clientId: auth.client_id,
      clientSecret: auth.client_secret,
      tokenServiceUrl: auth.token_service_url,
    };
  }
  return body;
}
