/**
 * Webhook subscriptions (SR `/webhooks-api/v201907/subscriptions`,
 * https://developers.smartrecruiters.com/docs/receiving-webhook-notifications) in the SDK's
 * snake_case vocabulary, and the input to create one, as plain interfaces.
 */
import type { DateTimeInput } from './input-common.js';
import type { PageParams } from './list-params.js';

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

/** How SmartRecruiters authenticates to your callback. */
export type CallbackAuthenticationInput =
  | { type: 'basic'; username: string; password: string }
  | { type: 'header'; header_name: string; header_value: string }
  | {
      type: 'oauth2';
      client_id: string;
      client_secret: string;
      /** An https:// URL (http:// only on localhost). */
      token_service_url: string;
    };

/** Input of `webhooks.create`. */
export interface SubscriptionCreateInput {
  /** An https:// URL (http:// only on localhost, for tests against the fake server). */
  callback_url: string;
  /** Event names such as `application.status.updated`, at least one. */
  events: string[];
  /** Where SmartRecruiters sends failure alerts. */
  alerting_email?: string | undefined;
  callback_authentication?: CallbackAuthenticationInput | undefined;
}

/** Parameters of `webhooks.list`. */
export interface SubscriptionListParams extends PageParams {}

/** Parameters of `webhooks.callbacks`. */
export interface CallbackLogParams extends PageParams {
  status?: 'successful' | 'failed' | undefined;
  /** Only callbacks after this date-time (ISO-8601 with a time zone, or a `Date`). */
  after?: DateTimeInput | undefined;
  /** Only callbacks before this date-time (ISO-8601 with a time zone, or a `Date`). */
  before?: DateTimeInput | undefined;
}
