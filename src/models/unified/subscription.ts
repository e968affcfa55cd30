/**
 * Webhook subscriptions (SR `/webhooks-api/v201907/subscriptions`,
 * https://developers.smartrecruiters.com/docs/receiving-webhook-notifications) in the SDK's
 * snake_case vocabulary, and the input to create one, as plain interfaces.
 */
import type { DateTimeInput } from './input-common.js';
import type { PageParams } from './list-params.js';

/** A webhook subscription. */
export interface Subscription {
  /** SR's id of the subscription. */
  id: string;
  /** Where SmartRecruiters sends the events. */
  callback_url: string | null;
  /** Event names with SR's event version (`null` when SR gives none). */
  events: Array<{
    /** The event name, e.g. `application.status.updated`. */
    name: string;
    /** SR's version of the event, `null` when SR gives none. */
    version: string | null;
  }>;
  /** Whether SmartRecruiters sends events (`active` once activated). */
  status: 'active' | 'inactive' | 'other';
  /** SR's status as sent. */
  remote_status: string | null;
  /** The SR record as received (unless `includeRemoteData: false`). */
  remote_data?: Record<string, unknown>;
}

/** One delivery attempt from a subscription's callbacks log (last 30 days). */
export interface CallbackLogEntry {
  /** Whether the delivery succeeded. */
  status: 'successful' | 'failed' | 'other';
  /** SR's status as sent. */
  remote_status: string | null;
  /** When SmartRecruiters made the attempt, ISO-8601. */
  attempted_at: string | null;
  /** The request SmartRecruiters sent: URL, body and headers as it logged them. */
  request: {
    /** Where SmartRecruiters sent it. */
    url: string | null;
    /** The body it sent. */
    body: string | null;
    /** The headers it sent. */
    headers: Record<string, string>;
  } | null;
  /** The SR record as received (unless `includeRemoteData: false`). */
  remote_data?: Record<string, unknown>;
}

/** How SmartRecruiters authenticates to your callback. */
export type CallbackAuthenticationInput =
  | {
      /** HTTP basic authentication. */
      type: 'basic';
      /** The user name. */
      username: string;
      /** The password. */
      password: string;
    }
  | {
      /** A header SmartRecruiters sends with every delivery. */
      type: 'header';
      /** The header's name. */
      header_name: string;
      /** The header's value. */
      header_value: string;
    }
  | {
      /** An OAuth 2.0 client-credentials token SmartRecruiters gets from your token service. */
      type: 'oauth2';
      /** Your client id. */
      client_id: string;
      /** Your client secret. */
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
  /** How SmartRecruiters authenticates to your callback; none by default. */
  callback_authentication?: CallbackAuthenticationInput | undefined;
}

/** Parameters of `webhooks.list`. */
export interface SubscriptionListParams extends PageParams {}

/** Parameters of `webhooks.callbacks`. */
export interface CallbackLogParams extends PageParams {
  /** Only successful or only failed deliveries. */
  status?: 'successful' | 'failed' | undefined;
  /** Only callbacks after this date-time (ISO-8601 with a time zone, or a `Date`). */
  after?: DateTimeInput | undefined;
  /** Only callbacks before this date-time (ISO-8601 with a time zone, or a `Date`). */
  before?: DateTimeInput | undefined;
}
