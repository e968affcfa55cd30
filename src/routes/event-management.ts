/**
 * SmartRecruiters' Event Management API (`/event-management-api`,
 * https://developers.smartrecruiters.com/reference/getevents): hiring events of a job, their
 * sessions, the applicants invited to an event or booked into a session, and the sessions'
 * interviewers.
 *
 * SmartRecruiters publishes this API's paths and parameters but no schema for its bodies and
 * answers: the fields named below are the SDK's reading of its reference, not confirmed, and every
 * type stays open (`[key: string]: unknown`) so nothing SmartRecruiters sends is hidden.
 */
import type { SrList } from '../routes.js';

/** Path prefix of SmartRecruiters' Event Management API (https://developers.smartrecruiters.com/reference/getevents). */
export const EVENT_MANAGEMENT_API = '/event-management-api';

/** Which events a list returns: those still to come or running, or those over. */
export type SrHiringEventState = 'ACTIVE' | 'PAST';

/** A session of a hiring event: a time block applicants are booked into. */
export interface SrHiringEventSession {
  /** The session's id. */
  id?: string;
  /** The session's name. */
  name?: string;
  /** When the session starts (ISO-8601). */
  startsOn?: string;
  /** When the session ends (ISO-8601). */
  endsOn?: string;
  /** Where the session takes place. */
  location?: string;
  /** How many applicants the session takes. */
  capacity?: number;
  /** The session's interviewers. */
  interviewers?: unknown[];
  [key: string]: unknown;
}

/** A hiring event (a recruiting event of a job with one or more sessions). */
export interface SrHiringEvent {
  /** The event's id. */
  id?: string;
  /** The event's name. */
  name?: string;
  /** The job the event recruits for. */
  jobId?: string;
  /** When the event starts (ISO-8601). */
  startsOn?: string;
  /** When the event ends (ISO-8601). */
  endsOn?: string;
  /** TZ database name of the time zone. */
  timezone?: string;
  /** Where the event takes place. */
  location?: string;
  /** The event's sessions. */
  sessions?: SrHiringEventSession[];
  [key: string]: unknown;
}

/** Body of `POST /events` and `PUT /events/{eventId}`: the event with its sessions. */
export interface SrHiringEventInput {
  [key: string]: unknown;
}

/** An applicant of a hiring event (in its pool, or booked into a session). */
export interface SrHiringEventApplicant {
  /** The applicant's id. */
  id?: string;
  /** SmartRecruiters' job application id. */
  applicationId?: string;
  /** The session the applicant is booked into, if any. */
  sessionId?: string;
  [key: string]: unknown;
}

/** Body of `POST /events/{eventId}/applicants`: the applications to invite to the event. */
export interface SrHiringEventApplicantsInput {
  /** The applications to invite. */
  applicantIds: string[];
  [key: string]: unknown;
}

/** Body of `POST …/sessions/{sessionId}/applicants`: applicants to book into the session. */
export interface SrSessionApplicantsInput {
  /** The applicants to book. */
  applicantIds: string[];
  /** Book them even past the session's capacity. */
  allowOverbooking?: boolean;
  [key: string]: unknown;
}

/** Body of `PUT …/sessions/{sessionId}/applicants`: applicants moved from another session. */
export interface SrSessionApplicantsMoveInput extends SrSessionApplicantsInput {
  /** The session the applicants move from. */
  fromSessionId: string;
}

/** Body of the session interviewer writes: the users to add or remove. */
export interface SrSessionInterviewersInput {
  /** The interviewers' user ids. */
  interviewers: string[];
  [key: string]: unknown;
}

/** Path parameters of an event. @inline */
type EventId = { eventId: string };
/** Path parameters of an event's session. @inline */
type SessionId = { eventId: string; sessionId: string };

/** The Event Management API, relative to `EVENT_MANAGEMENT_API`. */
export interface EventManagementRoutes {
  /**
   * The hiring events of a job, `ACTIVE` or `PAST`, paged by page number (`page`, `pageSize`;
   * `client.paginate` pages it).
   */
  'GET /events': {
    query: {
      /** The job's id. */
      jobId: string;
      /** `ACTIVE` or `PAST` events. */
      state: SrHiringEventState;
      /** The page number. */
      page?: number;
      /** How many events a page holds. */
      pageSize?: number;
    };
    response: SrList<SrHiringEvent>;
  };
  'POST /events': { body: SrHiringEventInput; response: SrHiringEvent };
  'GET /events/{eventId}': { params: EventId; response: SrHiringEvent };
  'PUT /events/{eventId}': { params: EventId; body: SrHiringEventInput; response: SrHiringEvent };
  'DELETE /events/{eventId}': { params: EventId; response: undefined };
  /** Every applicant of the event: its pool and its sessions'. */
  'GET /events/{eventId}/applicants': { params: EventId; response: SrList<SrHiringEventApplicant> };
  'POST /events/{eventId}/applicants': {
    params: EventId;
    body: SrHiringEventApplicantsInput;
    response: unknown;
  };
  /** The applicants not yet booked into a session, paged by page number (`page`, `pageSize`). */
  'GET /events/{eventId}/pool-applicants': {
    params: EventId;
    query: {
      /** The page number. */
      page?: number;
      /** How many applicants a page holds. */
      pageSize?: number;
    };
    response: SrList<SrHiringEventApplicant>;
  };
  'GET /events/{eventId}/sessions/{sessionId}': { params: SessionId; response: SrHiringEventSession };
  'DELETE /events/{eventId}/sessions/{sessionId}': { params: SessionId; response: undefined };
  /** Moves applicants from another session into this one. */
  'PUT /events/{eventId}/sessions/{sessionId}/applicants': {
    params: SessionId;
    body: SrSessionApplicantsMoveInput;
    response: unknown;
  };
  'POST /events/{eventId}/sessions/{sessionId}/applicants': {
    params: SessionId;
    body: SrSessionApplicantsInput;
    response: unknown;
  };
  'PUT /events/{eventId}/sessions/{sessionId}/interviewers': {
    params: SessionId;
    body: SrSessionInterviewersInput;
    response: unknown;
  };
  /** Removes interviewers from the session (the users go in the body of the `DELETE`). */
  'DELETE /events/{eventId}/sessions/{sessionId}/interviewers': {
    params: SessionId;
    body: SrSessionInterviewersInput;
    response: unknown;
  };
  /** The events an application is invited to. */
  'GET /events/applications/{applicationId}': {
    params: { applicationId: string };
    query: {
      /** `ACTIVE` or `PAST` events. */
      state: SrHiringEventState;
    };
    response: SrList<SrHiringEvent>;
  };
  /** The events a candidate (`profileId`: the candidate's id) is invited to. */
  'GET /events/candidates/{profileId}': {
    params: { profileId: string };
    query: {
      /** `ACTIVE` or `PAST` events. */
      state: SrHiringEventState;
    };
    response: SrList<SrHiringEvent>;
  };
}
