/**
 * SmartRecruiters' Self Scheduling API (`/self-scheduling`,
 * https://developers.smartrecruiters.com/docs/self-scheduling-api): candidates book their own
 * interview from the slots their interviewers have free. An automated self-schedule is created
 * for an application from the job's interview template of the application's hiring stage and step
 * (Interview Templates API); SmartRecruiters invites the candidate, who picks a slot, which
 * becomes an interview. `self-schedule.created` webhooks announce new ones.
 *
 * SmartRecruiters publishes this API's paths and parameters but no schema for its bodies and
 * answers: the fields named below are the SDK's reading of its reference, not confirmed, and every
 * type stays open (`[key: string]: unknown`) so nothing SmartRecruiters sends is hidden, and a
 * body may carry fields the SDK does not name.
 */
import type { Open, SrList } from '../routes.js';
import type { SrInterviewTemplateType } from './interview-templates.js';

/** Path prefix of SmartRecruiters' Self Scheduling API (https://developers.smartrecruiters.com/docs/self-scheduling-api). */
export const SELF_SCHEDULING_API = '/self-scheduling';

/**
 * Where one application's self-schedule stands: invited and not yet booked (`PENDING`), booked
 * (`SCHEDULED`), `CANCELLED`.
 */
export type SrSelfScheduleStatus = 'PENDING' | 'SCHEDULED' | 'CANCELLED';

/** One application's part in a self-schedule: its invitation and, once booked, its interview. */
export interface SrApplicationSelfSchedule {
  /** The self-schedule's id. */
  selfScheduleId?: string;
  /** The application (SmartRecruiters' job application id). */
  applicationUuid?: string;
  /** Where the invitation stands. */
  status?: Open<SrSelfScheduleStatus>;
  /** The interview booked, once the candidate picked a slot. */
  interviewId?: string;
  /** When the candidate was invited (ISO-8601). */
  invitedOn?: string;
  [key: string]: unknown;
}

/** A booked self-scheduled interview. */
export interface SrSelfScheduledInterview {
  /** The interview's id. */
  id?: string;
  /** The self-schedule's id. */
  selfScheduleId?: string;
  /** The application (SmartRecruiters' job application id). */
  applicationUuid?: string;
  /** Start time (ISO-8601). */
  startsAt?: string;
  /** End time (ISO-8601). */
  endsAt?: string;
  /** The interviewers' user ids. */
  interviewerIds?: string[];
  /** An address or a meeting link. */
  location?: string;
  /** TZ database name of the time zone. */
  timezone?: string;
  [key: string]: unknown;
}

/** A self-schedule: an interview to book, and the applications invited to book it. */
export interface SrSelfSchedule {
  /** The self-schedule's id. */
  id: string;
  /** The interview's type. */
  type?: Open<SrInterviewTemplateType>;
  /** Where the self-schedule stands. */
  status?: Open<SrSelfScheduleStatus>;
  /** The job's id. */
  jobId?: string;
  /** The job template (Interview Templates API) the interview is booked from. */
  jobInterviewTemplateId?: string;
  /** How long the interview lasts, in minutes. */
  durationInMinutes?: number;
  /** The interviewers' user ids. */
  interviewerIds?: string[];
  /** The applications invited. */
  applications?: SrApplicationSelfSchedule[];
  /** With `withInterviews=true`: the interviews booked. */
  interviews?: SrSelfScheduledInterview[];
  /** When the self-schedule was created (ISO-8601). */
  createdOn?: string;
  [key: string]: unknown;
}

/** A slot a candidate can book. */
export interface SrSelfScheduleSlot {
  /** Start time (ISO-8601). */
  startsAt: string;
  /** End time (ISO-8601). */
  endsAt: string;
  [key: string]: unknown;
}

/** Body of `POST …/interview` (book) and `PUT …/interview` (move): the slot. */
export interface SrSelfScheduleInterviewInput {
  /** Start time (ISO-8601). */
  startsAt: string;
  /** End time (ISO-8601). */
  endsAt: string;
  [key: string]: unknown;
}

/** Body of `POST /automated-self-schedules`: the application to invite. */
export interface SrAutomatedSelfScheduleInput {
  /** The application (SmartRecruiters' job application id). */
  applicationUuid: string;
  [key: string]: unknown;
}

/** Answer of `POST /automated-self-schedules`. */
export interface SrAutomatedSelfScheduleCreated {
  /** The new self-schedule's id. */
  selfScheduleId: string;
  [key: string]: unknown;
}

/** When, and how many times, a candidate who has not picked a slot is reminded. */
export interface SrSelfScheduleRepeat {
  /** Days between reminders. */
  intervalInDays?: number | undefined;
  /** How many reminders. */
  times?: number | undefined;
  [key: string]: unknown;
}

/**
 * Body of `POST /automated-self-schedules/update-invite` (a pending invitation: the link stays the
 * same) and `POST /automated-self-schedules/reschedule` (a booked one: its interview is cancelled
 * and the candidate picks a new slot).
 */
export interface SrSelfScheduleInviteInput {
  /** The application (SmartRecruiters' job application id). */
  applicationUuid: string;
  /** When, and how many times, to remind the candidate. */
  repeat?: SrSelfScheduleRepeat | undefined;
  [key: string]: unknown;
}

/** Body of `POST …/slots/count/by-role`: interviewers by hiring team role, and the window. */
export interface SrSlotsCountInput {
  /** The interviewers' user ids, by hiring team role. */
  interviewerIdsByRole: Record<string, string[]>;
  /** `YYYY-MM-DD`; default today. */
  startDate?: string | undefined;
  /** `YYYY-MM-DD`. */
  endDate?: string | undefined;
  /** Days from the start date to look in, when no end date is given. */
  slotsAvailabilityLimitInDays?: number | undefined;
  [key: string]: unknown;
}

/** Answer of `POST …/slots/count/by-role`. */
export interface SrSlotsCount {
  /** How many slots are free. */
  count: number;
  [key: string]: unknown;
}

/** Query of `GET /self-schedules`: SR requires `applicationId`; offset paging (`limit`, `offset`). */
export interface SrSelfSchedulesQuery {
  /** SmartRecruiters' job application id. */
  applicationId: string;
  /** Whether to include the interviews booked. */
  withInterviews?: boolean;
  /** How many self-schedules to return. */
  limit?: number;
  /** How many self-schedules to skip. */
  offset?: number;
}

/** Path parameters of an application to a self-schedule. @inline */
type ScheduleApplication = { id: string; applicationUuid: string };

/** The Self Scheduling API, relative to `SELF_SCHEDULING_API`. */
export interface SelfSchedulingRoutes {
  /** Creates an automated self-schedule for an application: SmartRecruiters invites the candidate. */
  'POST /automated-self-schedules': {
    body: SrAutomatedSelfScheduleInput;
    response: SrAutomatedSelfScheduleCreated;
  };
  /** Changes a pending invitation (the candidate has not picked a slot yet). */
  'POST /automated-self-schedules/update-invite': { body: SrSelfScheduleInviteInput; response: undefined };
  /** Asks a candidate who booked to pick a new slot; the booked interview is cancelled. */
  'POST /automated-self-schedules/reschedule': { body: SrSelfScheduleInviteInput; response: undefined };
  /** How many slots the interviewers have free in a window, for a schedule type and application. */
  'POST /automated-self-schedules/{scheduleType}/application/{applicationUuid}/slots/count/by-role': {
    params: { scheduleType: string; applicationUuid: string };
    body: SrSlotsCountInput;
    response: SrSlotsCount;
  };
  /** The self-schedules of an application, paged by offset (`client.paginate` pages it). */
  'GET /self-schedules': { query: SrSelfSchedulesQuery; response: SrList<SrSelfSchedule> };
  'GET /self-schedules/{id}': { params: { id: string }; response: SrSelfSchedule };
  /** Cancels a self-schedule (its booked interviews too). */
  'DELETE /self-schedules/{id}': { params: { id: string }; response: undefined };
  'GET /self-schedules/{id}/application/{applicationUuid}': {
    params: ScheduleApplication;
    response: SrApplicationSelfSchedule;
  };
  /** The slots the candidate can book. */
  'GET /self-schedules/{id}/application/{applicationUuid}/slots': {
    params: ScheduleApplication;
    response: SrSelfScheduleSlot[];
  };
  'GET /self-schedules/{id}/application/{applicationUuid}/interview': {
    params: ScheduleApplication;
    response: SrSelfScheduledInterview;
  };
  /** Books a slot for the candidate (201). */
  'POST /self-schedules/{id}/application/{applicationUuid}/interview': {
    params: ScheduleApplication;
    body: SrSelfScheduleInterviewInput;
    response: SrSelfScheduledInterview;
  };
  /** Moves the booked interview to another slot. */
  'PUT /self-schedules/{id}/application/{applicationUuid}/interview': {
    params: ScheduleApplication;
    body: SrSelfScheduleInterviewInput;
    response: SrSelfScheduledInterview;
  };
}
