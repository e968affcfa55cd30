/**
 * Webhook subscriptions (SR `/webhooks-api/v201907/subscriptions`,
 * https://developers.smartrecruiters.com/docs/receiving-webhook-notifications) in the SDK's
 * snake_case vocabulary, and the input to create one (strict).
 */
import * as refinements from '../refinements.js';
import * as z from '../zod.js';

export type {
  CallbackAuthenticationInput,
  CallbackLogEntry,
  CallbackLogParams,
  Subscription,
  SubscriptionCreateInput,
  SubscriptionListParams,
} from '../../models/unified/subscription.js';

import { NonEmptyStringSchema, pageShape, StrictDateTimeSchema } from './input-common.js';

/**
 * A callback URL: HTTPS, as SmartRecruiters requires
 * (https://developers.smartrecruiters.com/docs/receiving-webhook-notifications). Plain HTTP is
 * accepted for loopback hosts only, so local handlers can be tested against the fake server.
 */
export const CallbackUrlSchema = z
  .string()
  .check(z.refine(refinements.isCallbackUrl, 'expected an https:// URL (http:// only on localhost)'));

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

/** Parameters of `webhooks.list` and `webhooks.callbacks`. */
export const SubscriptionListParamsSchema = z.strictObject({
  ...pageShape,
});

/** Parameters of `webhooks.callbacks`. */
export const CallbackLogParamsSchema = z.strictObject({
  ...pageShape,
  status: z.optional(z.enum(['successful', 'failed'])),
  /** Only callbacks after this date-time (ISO-8601 with a time zone, or a `Date`). */
  after: z.optional(StrictDateTimeSchema),
  /** Only callbacks before this date-time (ISO-8601 with a time zone, or a `Date`). */
  before: z.optional(StrictDateTimeSchema),
});
