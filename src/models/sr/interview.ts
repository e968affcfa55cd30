/**
 * SmartRecruiters Interviews API wire shapes (`/interviews-api/v201904`), lenient. The interview
 * object is documented at https://developers.smartrecruiters.com/reference/interviews.
 */
import type { SrAttendeeStatus } from '../../schemas/sr/enums.js';
import type { Open } from './common.js';

/** An attendee status SR documents, or another string it may add. */
export type SrAttendeeStatusValue = Open<SrAttendeeStatus>;

/** An interview attendee: the candidate or an interviewer, `{ id, status }`. */
export interface SrAttendee {
  /** The candidate's or user's id. */
  id: string;
  /** The attendee's answer to the invitation. */
  status?: SrAttendeeStatusValue | null | undefined;
  [key: string]: unknown;
}

/** A time block of an interview, with its own interviewers. */
export interface SrTimeslot {
  /** The slot's id. */
  id?: string | null | undefined;
  /** The kind of interview. */
  interviewType?: string | null | undefined;
  /** The slot's title. */
  title?: string | null | undefined;
  /** Where the slot takes place. */
  place?: string | null | undefined;
  /** Start time (ISO-8601). */
  startsOn?: string | null | undefined;
  /** End time (ISO-8601). */
  endsOn?: string | null | undefined;
  /** The slot's interviewers. */
  interviewers?: SrAttendee[] | null | undefined;
  /** The candidate's status in this slot. */
  candidateStatus?: SrAttendeeStatusValue | null | undefined;
  [key: string]: unknown;
}

/**
 * An interview. `location` is "a physical address or a virtual meeting room link"; `timezone` a
 * TZ database name; `organizerId` the user who scheduled it. It names the candidate and the job,
 * not the application. `candidate.status` is deprecated by SmartRecruiters: the candidate's status
 * is each time slot's `candidateStatus`.
 */
export interface SrInterview {
  /** SmartRecruiters' id of the interview. */
  id: string;
  /** The candidate: `id`, and a deprecated interview-level `status`. */
  candidate?:
    | {
        /** The candidate's id. */
        id?: string | null | undefined;
        /** Deprecated by SmartRecruiters: use each time slot's `candidateStatus`. */
        status?: string | null | undefined;
        [key: string]: unknown;
      }
    | null
    | undefined;
  /** The job. */
  jobId?: string | null | undefined;
  /** An address or a meeting link. */
  location?: string | null | undefined;
  /** The user who scheduled it. */
  organizerId?: string | null | undefined;
  /** TZ database name. */
  timezone?: string | null | undefined;
  /** The interview's time slots. */
  timeslots?: SrTimeslot[] | null | undefined;
  /** When the interview was created (ISO-8601). */
  createdOn?: string | null | undefined;
  /** A link to the interview in the scheduling tool that created it. */
  refUrl?: string | null | undefined;
  /** The tool that created the interview. */
  source?: string | null | undefined;
  [key: string]: unknown;
}

// ---- write bodies ----

/** An attendee in a write body. */
export interface SrAttendeeInput {
  /** The candidate's or user's id. */
  id: string;
  /** The attendee's answer to the invitation. */
  status?: SrAttendeeStatusValue;
}

/** An interviewer of a time slot in a write body (SR's `Interviewer`: `id` and `status` required). */
export interface SrInterviewerInput {
  /** The interviewer's user id. */
  id: string;
  /** `pending` for an interviewer who has not answered. */
  status: SrAttendeeStatusValue;
}

/**
 * A time slot in a write body (`Timeslot`): `startsOn`, `endsOn` and `interviewers` (1-50) are
 * required, also in a `PATCH` (which replaces the slot); `title` at most 200 characters, `place`
 * 500.
 */
export interface SrTimeslotInput {
  /** The kind of interview. */
  interviewType?: string;
  /** The slot's title (at most 200 characters). */
  title?: string;
  /** Where the slot takes place. */
  place?: string;
  /** Start time (ISO-8601). */
  startsOn: string;
  /** End time (ISO-8601). */
  endsOn: string;
  /** The slot's interviewers (1 to 50). */
  interviewers: SrInterviewerInput[];
  /** The candidate's status in this slot. */
  candidateStatus?: SrAttendeeStatusValue;
}

/** Body of `POST /interviews`: candidate, job, organizer, time zone and at least one time slot. */
export interface SrInterviewInput {
  /** The candidate. */
  candidate: SrAttendeeInput;
  /** The job. */
  jobId: string;
  /** The user who schedules it. */
  organizerId: string;
  /** TZ database name of the time zone. */
  timezone: string;
  /** The time slots (at least one). */
  timeslots: SrTimeslotInput[];
  /** An address or a meeting link. */
  location?: string;
  /** Defaults to the current time. */
  createdOn?: string;
  /** A link to the interview in the scheduling tool that created it. */
  refUrl?: string;
}

/** Body of `PATCH /interviews/{interviewId}` (`InterviewToUpdateInput`). */
export interface SrInterviewUpdateInput {
  /** An address or a meeting link. */
  location?: string;
  /** TZ database name of the time zone. */
  timezone?: string;
  /**
   * @deprecated The interview-level candidate status is deprecated by SmartRecruiters: set each
   * time slot's (`PUT …/timeslots/{timeslotId}/candidateStatus`).
   */
  candidate?: {
    /** The candidate's status. */
    status: SrAttendeeStatusValue;
  };
}

/** Body of the status routes: `{ status }`. */
export interface SrAttendeeStatusInput {
  /** The new status. */
  status: SrAttendeeStatusValue;
}
