/** The unified Interview model and its write inputs (SmartRecruiters' Interviews API), as plain interfaces. */

import type { AttendeeStatus, InterviewStatus } from '../../schemas/unified/enums.js';
import type { SrInterview } from '../sr/interview.js';
import type { FetchableField, IdRef, ModelBase, NamedRef, WithCustomMappings } from './common.js';
import type { DateTimeInput } from './input-common.js';

/** An interviewer: a user and whether they attend. */
export interface Interviewer {
  /** The interviewing user. */
  user: NamedRef;
  /** Whether they attend. */
  status: AttendeeStatus;
  /** SR's status as sent. */
  remote_status: string | null;
}

/** A time slot of an interview: SmartRecruiters' interviews hold one or more. */
export interface InterviewTimeslot {
  /** SR's id of the time slot. */
  id: string | null;
  /** The slot's title. */
  title: string | null;
  /** The company's interview type of the slot (see `interviews.types()`). */
  interview_type: string | null;
  /** Where the slot takes place (SR `place`). */
  location: string | null;
  /** When the slot starts (ISO-8601). */
  starts_at: string | null;
  /** When the slot ends (ISO-8601). */
  ends_at: string | null;
  /**
   * Whether the candidate attends this slot (SR `candidateStatus`); a slot without one takes SR's
   * deprecated interview-level status, else `pending`.
   */
  candidate_status: AttendeeStatus;
  /** SR's value behind `candidate_status`. */
  remote_candidate_status: string | null;
  /** The slot's interviewers. */
  interviewers: Interviewer[];
}

/** An interview without mapping-extension output (SR Interviews API). */
export interface InterviewModel extends ModelBase<SrInterview> {
  /**
   * Fields this record lacks because they were not fetched: their `null` or `[]` means "unknown",
   * not "empty". Empty when the record is complete.
   */
  not_fetched: Array<FetchableField<InterviewModel>>;
  /** `candidateId:jobId`. */
  application: IdRef | null;
  /** The candidate interviewed. */
  candidate: IdRef | null;
  /** The job. */
  job: IdRef | null;
  /** The user who scheduled it. */
  organizer: NamedRef | null;
  /** The first time slot's title. */
  title: string | null;
  /** Start of the earliest time slot. */
  starts_at: string | null;
  /** End of the latest time slot. */
  ends_at: string | null;
  /** TZ database name. */
  timezone: string | null;
  /** SR's `location` when it is an address (not a link). */
  location: string | null;
  /** SR's `location` when it is an http(s) meeting link. */
  video_url: string | null;
  /** Everyone interviewing in any time slot, once each. */
  interviewers: Interviewer[];
  /**
   * The candidate's answer over the whole interview, from its time slots' (SmartRecruiters keeps
   * the candidate's status per slot): `declined` if any slot is declined, else `other` if any is
   * an unknown answer, else `pending` if any is pending, else `tentative` if any is tentative,
   * else `accepted`. `timeslots[].candidate_status` has each slot's.
   */
  candidate_status: AttendeeStatus;
  /** SR's value behind `candidate_status` (the deciding slot's). */
  remote_candidate_status: string | null;
  /** `scheduled` for every interview SmartRecruiters returns (canceling deletes it). */
  status: InterviewStatus;
  /** SR's status as sent (SmartRecruiters keeps none: `null`). */
  remote_status: string | null;
  /** The time slots. */
  timeslots: InterviewTimeslot[];
  /** SR `refUrl`: a link to the interview in the scheduling tool that created it. */
  web_url: string | null;
}
/** An interview; `custom_mappings: M` when a mapping extension is configured. */
export type Interview<M = never> = WithCustomMappings<InterviewModel, M>;

// ---- write inputs ----

/** An attendee status to write. */
export type AttendeeStatusInput = 'accepted' | 'declined' | 'pending' | 'tentative';

/** A time slot to write: when, who interviews, and optionally its title, type and place. */
export interface InterviewTimeslotInput {
  /** ISO-8601 with a time zone, or a `Date`. */
  starts_at: DateTimeInput;
  /** ISO-8601 with a time zone, or a `Date`; after `starts_at`. */
  ends_at: DateTimeInput;
  /** User ids of the interviewers (1-50). */
  interviewer_ids: string[];
  /** At most 200 characters. */
  title?: string | undefined;
  /** At most 400 characters. */
  interview_type?: string | undefined;
  /** Where the slot takes place (SR `place`), at most 500 characters. */
  location?: string | undefined;
}

/**
 * Input of `interviews.updateTimeslot`: what to change in one time slot (at least one field);
 * `null` clears `title`, `interview_type` or `location`. The rest of the slot stays as it is.
 */
export interface InterviewTimeslotUpdateInput {
  /** ISO-8601 with a time zone, or a `Date`. */
  starts_at?: DateTimeInput | undefined;
  /** ISO-8601 with a time zone, or a `Date`; after `starts_at`. */
  ends_at?: DateTimeInput | undefined;
  /** User ids of the interviewers (1-50); those already in the slot keep their answer. */
  interviewer_ids?: string[] | undefined;
  /** At most 200 characters; `null` clears it. */
  title?: string | null | undefined;
  /** At most 400 characters; `null` clears it. */
  interview_type?: string | null | undefined;
  /** Where the slot takes place (SR `place`), at most 500 characters; `null` clears it. */
  location?: string | null | undefined;
}

/** Input of `interviews.create`. */
export interface InterviewCreateInput {
  /** The application: `candidateId:jobId`. */
  application_id: string;
  /** The user who schedules it. */
  organizer_id: string;
  /** TZ database name of the time zone the interview is held in. */
  timezone: string;
  /** An address or a meeting link, at most 500 characters. */
  location?: string | undefined;
  /** 1 to 50 time slots. */
  timeslots: InterviewTimeslotInput[];
  /** A link back to the interview in your tool (SR `refUrl`). */
  web_url?: string | undefined;
}

/**
 * Input of `interviews.update`: what SmartRecruiters lets an interview change. `candidate_status`
 * is written to every time slot (SmartRecruiters keeps the candidate's status per slot).
 */
export interface InterviewUpdateInput {
  /** An address or a meeting link, at most 500 characters. */
  location?: string | undefined;
  /** TZ database name. */
  timezone?: string | undefined;
  /** The candidate's answer, written to every time slot. */
  candidate_status?: AttendeeStatusInput | undefined;
}
