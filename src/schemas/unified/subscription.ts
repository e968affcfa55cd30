/**
 * Webhook subscriptions (SR `/webhooks-api/v201907/subscriptions`,
 * https://developers.smartrecruiters.com/docs/receiving-webhook-notifications) in the SDK's
 * snake_case vocabulary, and the input to create one (strict).
 */
import * as z from '../zod.js';
import { NonEmptyStringSchema, pageShape, StrictDateTimeSchema } from './input-common.js';

/** A webhook subscription. */
export interface Subscription {
  id: string;
  callback_url: string | null;
  /** Event names with SR's event version (`null` when SR gives none). */
  events: Array<{ name: string; version: string | null }>;
  status: 'active' | 'inactive' | 'other';
  /** SR's status as sent. */
  remote_status: string | null;
  /** The SR record as received (unless `includeRemoteData: false`). */
  remote_data?: Record<string, unknown>;
}

/** One delivery attempt from a subscription's callbacks log (last 30 days). */
export interface CallbackLogEntry {
  status: 'successful' | 'failed' | 'other';
  remote_status: string | null;
  /** When SmartRecruiters made the attempt, ISO-8601. */
  attempted_at: string | null;
  /** The request SmartRecruiters sent: URL, body and headers as it logged them. */
  request: { url: string | null; body: string | null; headers: Record<string, string> } | null;
  remote_data?: Record<string, unknown>;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A callback URL: HTTPS, as SmartRecruiters requires
 * (https://developers.smartrecruiters.com/docs/receiving-webhook-notifications). Plain HTTP is
 * accepted for loopback hosts only, so local handlers can be tested against the fake server.
 */
export const CallbackUrlSchema = z.string().check(
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
    } catch {
      return false;
    }
  }, 'expected an https:// URL (http:// only on localhost)'),
);

/** An event name such as `application.status.updated` (names SR adds later are accepted). */
export const EventNameSchema = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/, 'expected an event name such as candidate.created'));

/** How SmartRecruiters authenticates to your callback. */
export const CallbackAuthenticationInputSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('basic'),
    username: NonEmptyStringSchema,
    password: NonEmptyStringSchema,
  }),
  z.strictObject({
    type: z.literal('header'),
    header_name: NonEmptyStringSchema,
    header_value: NonEmptyStringSchema,
  }),
  z.strictObject({
    type: z.literal('oauth2'),
    client_id: NonEmptyStringSchema,
    client_secret: NonEmptyStringSchema,
    token_service_url: CallbackUrlSchema,
  }),
]);

/** Input of `webhooks.create`. */
export const SubscriptionCreateInputSchema = z.strictObject({
  callback_url: CallbackUrlSchema,
  events: z.array(EventNameSchema).check(z.minLength(1)),
  /** Where SmartRecruiters sends failure alerts. */
  alerting_email: z.optional(z.email()),
  callback_authentication: z.optional(CallbackAuthenticationInputSchema),
});
/** Input of `webhooks.create`. */
export type SubscriptionCreateInput = z.output<typeof SubscriptionCreateInputSchema>;

/** Parameters of `webhooks.list` and `webhooks.callbacks`. */
export const SubscriptionListParamsSchema = z.strictObject({
  ...pageShape,
});
/** Parameters of `webhooks.list`. */
export type SubscriptionListParams = z.output<typeof SubscriptionListParamsSchema>;

/** Parameters of `webhooks.callbacks`. */
export const CallbackLogParamsSchema = z.strictObject({
  ...pageShape,
  status: z.optional(z.enum(['successful', 'failed'])),
  /** Only callbacks after this date-time (ISO-8601 with a time zone, or a `Date`). */
  after: z.optional(StrictDateTimeSchema),
  /** Only callbacks before this date-time (ISO-8601 with a time zone, or a `Date`). */
  before: z.optional(StrictDateTimeSchema),
});
/** Parameters of `webhooks.callbacks`. */
export type CallbackLogParams = z.output<typeof CallbackLogParamsSchema>;
