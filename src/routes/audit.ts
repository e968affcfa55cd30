/**
 * SmartRecruiters' Audit API (`/audit-api/v201910`,
 * https://developers.smartrecruiters.com/reference/auditget): the company's audit log of who did
 * what to users, candidates, applications, jobs, offers and credentials.
 */
import type { OneOrMany, Open, SrList } from '../routes.js';

/** Path prefix of SmartRecruiters' Audit API (https://developers.smartrecruiters.com/reference/auditget). */
export const AUDIT_API = '/audit-api/v201910';

/** The audit event names SmartRecruiters documents (it may add others). */
export type SrAuditEventName =
  | 'USER_ACCOUNT_ACTIVATED'
  | 'USER_ACCOUNT_CREATED'
  | 'USER_ACCOUNT_DEACTIVATED'
  | 'USER_ACCOUNT_UPDATED'
  | 'USER_AUTHENTICATION_INVALID_CREDENTIALS'
  | 'USER_AUTHENTICATION_SUCCESS'
  | 'USER_PASSWORD_CHANGED'
  | 'USER_PASSWORD_RESET'
  | 'USER_ROLE_CHANGED'
  | 'USER_API_KEY_RENEWED'
  | 'CREDENTIALS_CREATED'
  | 'CREDENTIALS_CHANGED'
  | 'CREDENTIALS_REVOKED'
  | 'SEARCH'
  | 'CANDIDATE_PERSONAL_DATA_MODIFIED'
  | 'CANDIDATE_PROFILE_MODIFIED'
  | 'CANDIDATE_DELETED'
  | 'CANDIDATE_PROFILE_OPENED'
  | 'CANDIDATE_PROFILE_UPDATED_DUE_TO_MERGE'
  | 'CANDIDATE_DELETED_DUE_TO_MERGE'
  | 'CANDIDATE_TAGS_MODIFIED'
  | 'APPLICATION_PROPERTIES_UPDATED'
  | 'APPLICATION_SOURCE_MODIFIED'
  | 'ONBOARDING_STATUS_UPDATED'
  | 'JOB_APPLICATION_CREATED'
  | 'JOB_APPLICATION_STATE_MODIFIED'
  | 'JOB_DELETED'
  | 'HIRING_TEAM_MEMBER_ADDED'
  | 'HIRING_TEAM_MEMBER_REMOVED'
  | 'HIRING_TEAM_ROLE_UPDATED'
  | 'APPROVAL_DELEGATION_FROM_USER_CREATED'
  | 'APPROVAL_DELEGATION_FROM_USER_CANCELLED'
  | 'APPROVAL_DELEGATION_TO_USER_CREATED'
  | 'APPROVAL_DELEGATION_TO_USER_CANCELLED'
  | 'JOB_APPROVAL_REQUESTED'
  | 'JOB_APPROVAL_APPROVED'
  | 'JOB_APPROVAL_REJECTED'
  | 'JOB_APPROVAL_ABANDONED'
  | 'JOB_APPROVAL_STEP_APPROVED'
  | 'JOB_APPROVAL_STEP_REJECTED'
  | 'JOB_APPROVAL_STEP_SKIPPED'
  | 'JOB_APPROVAL_STEP_DELEGATED'
  | 'OFFER_APPROVAL_APPROVED'
  | 'OFFER_APPROVAL_REJECTED'
  | 'OFFER_APPROVAL_ABANDONED'
  | 'OFFER_APPROVAL_STEP_APPROVED'
  | 'OFFER_APPROVAL_STEP_REJECTED'
  | 'OFFER_APPROVAL_STEP_SKIPPED'
  | 'OFFER_APPROVAL_STEP_DELEGATED'
  | 'OFFER_ACCEPTED'
  | 'OFFER_DECLINED'
  | 'CANDIDATE_EEO_FILLED'
  | 'LRSC_CONSENT_GIVEN'
  | 'OAUTH_APPLICATION_ACCESS_GRANTED'
  | 'JOB_PROPERTY_CREATED'
  | 'JOB_PROPERTY_UPDATED'
  | 'JOB_PROPERTY_ACTIVATED'
  | 'JOB_PROPERTY_DEACTIVATED'
  | 'JOB_PROPERTY_UPDATED_VALUES'
  | 'JOB_PROPERTY_UPDATED_VALUE'
  | 'JOB_PROPERTY_ADDED_VALUE'
  | 'JOB_PROPERTY_ARCHIVED_VALUE'
  | 'JOB_PROPERTY_DEPENDENT_PROPERTIES_UPDATED'
  | 'JOB_PROPERTY_DEPENDENT_VALUES_UPDATED'
  | 'JOB_PROPERTY_DEPENDENT_VALUES_MODIFIED'
  | 'JOB_PROPERTIES_CHANGED'
  | 'POSITION_UPDATED'
  | 'POSITION_DELETED'
  | 'POSITION_CREATED'
  | 'POSITION_ASSIGNED'
  | 'CANCEL_NOT_FILLED_POSITION'
  | 'JOB_AD_CREATED'
  | 'JOB_AD_UPDATED'
  | 'JOB_AD_DELETED'
  | 'ONBOARDING_PROCESS_DELETED'
  | 'CUSTOMER_REPORT_DOWNLOADED';

/** Who caused an audit event. */
export type SrAuditAuthorType = 'USER' | 'SUPPORT_USER' | 'SYSTEM' | 'CANDIDATE';

/** What an audit event is about. */
export type SrAuditEntityType =
  | 'USER'
  | 'CANDIDATE'
  | 'APPLICATION'
  | 'OFFER'
  | 'JOB'
  | 'COMPANY'
  | 'JOB_PROPERTY'
  | 'JOB_AD'
  | 'CREDENTIAL'
  | 'REPORT_FILE'
  | 'ONBOARDING_PROCESS';

/** A system role as an audit event names it (a role change's before and after). */
export type SrAuditUserRole = 'ADMINISTRATOR' | 'EMPLOYEE' | 'EXTENDED' | 'RESTRICTED' | 'STANDARD';

/** One entry of the audit log (SR's `Event`). */
export interface SrAuditEvent {
  /** Unique identifier of the event. */
  id?: string;
  /** Name of the event. */
  eventName?: Open<SrAuditEventName>;
  /** When it happened (ISO-8601). */
  eventDate?: string;
  /** Type of the author who generated the event. */
  authorType?: Open<SrAuditAuthorType>;
  /** Unique identifier of the author. */
  authorId?: string;
  /** Type of the entity the event is about. */
  entityType?: Open<SrAuditEntityType>;
  /** Unique identifier of the entity the event is about. */
  entityId?: string;
  /** How the author signed in, and a role change's roles. */
  context?: {
    /** How the author signed in. */
    authenticationType?: Open<'PASSWORD' | 'API_KEY' | 'WEB_SSO' | 'AUTH_TOKEN' | 'SUPPORT_ACCESS'>;
    /** The user's role after a role change. */
    currentRole?: Open<SrAuditUserRole>;
    /** The user's role before a role change. */
    previousRole?: Open<SrAuditUserRole>;
    officeName?: string;
    [key: string]: unknown;
  };
  version?: string;
  [key: string]: unknown;
}

/** Query of `GET /audit-events`: filters, and the cursor paging SR names `nextPageId` both ways. */
export interface SrAuditEventsQuery {
  /** Only events after this time (ISO-8601, e.g. `2023-01-21T12:50:02.594Z`). */
  eventDateAfter?: string | Date;
  /** Only events before this time (ISO-8601, e.g. `2023-01-21T12:50:02.594Z`). */
  eventDateBefore?: string | Date;
  /** Name of the event. */
  eventName?: OneOrMany<SrAuditEventName>;
  /** Type of the author who generated the event. */
  authorType?: OneOrMany<SrAuditAuthorType>;
  /** Unique identifier of the author. */
  authorId?: string;
  /** Type of the entity the event is about. */
  entityType?: OneOrMany<SrAuditEntityType>;
  /** Unique identifier of the entity the event is about. */
  entityId?: string;
  /** The `nextPageId` of the previous page (SR names the query parameter as its answer does). */
  nextPageId?: string;
  /** 1-100, default 10 (`client.paginate` asks for 100). */
  limit?: number;
}

/** The Audit API, relative to `AUDIT_API`. */
export interface AuditRoutes {
  /**
   * The audit log, paged by `nextPageId` (`client.paginate` follows it). SmartRecruiters answers
   * 403 to a credential whose system role may not read it.
   */
  'GET /audit-events': {
    query: SrAuditEventsQuery;
    response: SrList<SrAuditEvent>;
  };
}
