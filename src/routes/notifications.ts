/**
 * SmartRecruiters' Notifications API: which notifications users get, per channel
 * (developers.smartrecruiters.com/reference, notifications-api). SmartRecruiters publishes its
 * routes and parameters, not its bodies: the types below name what the routes say and keep the
 * rest as received (UNCONFIRMED).
 */
import type { Open } from '../routes.js';
import type { SrUnpublishedList } from './common.js';

/** Path prefix of SmartRecruiters' Notifications API (notification preferences). */
export const NOTIFICATIONS_API = '/notification-preferences';

/** A channel notifications are sent through. */
export type SrNotificationChannel = Open<'SLACK' | 'TEAMS' | 'EMAIL'>;

/** One notification preference (UNCONFIRMED fields: SmartRecruiters publishes no schema). */
export interface SrNotificationPreference {
  /** The preference's id. */
  id?: string;
  /** Whether the notification is on. */
  enabled?: boolean;
  [key: string]: unknown;
}

/** A user's notification preferences on one channel, or a body setting them (UNCONFIRMED shape). */
export interface SrEmployeePreferences {
  [key: string]: unknown;
}

/** The company's notification preferences, or a body setting them (UNCONFIRMED shape). */
export interface SrGlobalPreferences {
  [key: string]: unknown;
}

/** A kind of notification (UNCONFIRMED fields). */
export interface SrNotificationType {
  /** The notification type's id. */
  id?: string;
  [key: string]: unknown;
}

/** The Notifications API, relative to `NOTIFICATIONS_API`. */
export interface NotificationRoutes {
  /** The calling user's preferences on one channel. */
  'GET /employee-preferences': {
    query: {
      /** The channel. */
      channel: SrNotificationChannel;
    };
    response: SrEmployeePreferences;
  };
  /** Saves the calling user's preferences on one channel. */
  'POST /employee-preferences': {
    query: {
      /** The channel. */
      channel: SrNotificationChannel;
    };
    body: SrEmployeePreferences;
    response: SrEmployeePreferences;
  };
  /** Creates or updates the calling user's preferences. */
  'PATCH /employee-preferences': { body: SrEmployeePreferences; response: SrEmployeePreferences };
  /** The calling user's preferences on every channel. */
  'GET /employee-preferences/all': { response: SrUnpublishedList<SrEmployeePreferences> };
  /** Turns one preference on or off (`enabled`). */
  'PATCH /employee-preferences/preferences/{preferenceId}': {
    params: { preferenceId: string };
    query: {
      /** Whether to turn the preference on. */
      enabled?: boolean;
    };
    response: SrNotificationPreference;
  };
  /** The company's preferences. */
  'GET /global-preferences': { response: SrGlobalPreferences };
  /** Creates or updates the company's preferences. */
  'PATCH /global-preferences': { body: SrGlobalPreferences; response: SrGlobalPreferences };
  /** Every kind of notification. */
  'GET /notification-types': { response: SrUnpublishedList<SrNotificationType> };
}
