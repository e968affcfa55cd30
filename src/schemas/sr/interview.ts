/**
 * SmartRecruiters Interviews API wire shapes (`/interviews-api/v201904`), lenient. The interview
 * object is documented at developers.smartrecruiters.com/reference/interviews; docs/coverage.md
 * lists what is confirmed and what is not.
 */
import * as z from '../zod.js';
import { srEnum } from './common.js';
import { SR_ATTENDEE_STATUSES } from './enums.js';

export { SR_ATTENDEE_STATUSES, type SrAttendeeStatus } from './enums.js';

/** An attendee: the candidate or an interviewer, `{ id, status }`. */
export const SrAttendeeSchema = z.looseObject({
  id: z.string(),
  status: z.nullish(srEnum(SR_ATTENDEE_STATUSES)),
});
/** An interview attendee. */
export interface SrAttendee extends z.output<typeof SrAttendeeSchema> {}

/** A time block of an interview, with its own interviewers. */
export const SrTimeslotSchema = z.looseObject({
  id: z.nullish(z.string()),
  interviewType: z.nullish(z.string()),
  title: z.nullish(z.string()),
  place: z.nullish(z.string()),
  startsOn: z.nullish(z.string()),
  endsOn: z.nullish(z.string()),
  interviewers: z.nullish(z.array(SrAttendeeSchema)),
  candidateStatus: z.nullish(srEnum(SR_ATTENDEE_STATUSES)),
});
/** An interview time slot. */
export interface SrTimeslot extends z.output<typeof SrTimeslotSchema> {}

/**
 * An interview. `location` is "a physical address or a virtual meeting room link"; `timezone` a
 * TZ database name; `organizerId` the user who scheduled it. It names the candidate and the job,
 * not the application. `candidate.status` is deprecated by SmartRecruiters: the candidate's status
 * is each time slot's `candidateStatus`.
 */
export const SrInterviewSchema = z.looseObject({
  id: z.string(),
  candidate: z.nullish(z.looseObject({ id: z.nullish(z.string()), status: z.nullish(z.string()) })),
  jobId: z.nullish(z.string()),
  location: z.nullish(z.string()),
  organizerId: z.nullish(z.string()),
  timezone: z.nullish(z.string()),
  timeslots: z.nullish(z.array(SrTimeslotSchema)),
  createdOn: z.nullish(z.string()),
  refUrl: z.nullish(z.string()),
  source: z.nullish(z.string()),
});
/** An SR interview. */
export interface SrInterview extends z.output<typeof SrInterviewSchema> {}

// ---- write bodies ----

/** An attendee in a write body. */
export interface SrAttendeeInput {
  id: string;
  status?: SrAttendeeStatusValue;
}

/** An interviewer of a time slot in a write body (SR's `Interviewer`: `id` and `status` required). */
export interface SrInterviewerInput {
  id: string;
  /** `pending` for an interviewer who has not answered. */
  status: SrAttendeeStatusValue;
}

/** An attendee status SR documents, or another string it may add. */
export type SrAttendeeStatusValue = (typeof SR_ATTENDEE_STATUSES)[number] | (string & {});

/**
 * A time slot in a write body (`Timeslot`): `startsOn`, `endsOn` and `interviewers` (1-50) are
 * required, also in a `PATCH` (which replaces the slot); `title` at most 200 characters, `place`
 * 500.
 */
export interface SrTimeslotInput {
  interviewType?: string;
  title?: string;
  place?: string;
  startsOn: string;
  endsOn: string;
  interviewers: SrInterviewerInput[];
  /** The candidate's status in this slot. */
  candidateStatus?: SrAttendeeStatusValue;
}

/** Body of `POST /interviews`: candidate, job, organizer, time zone and at least one time slot. */
export interface SrInterviewInput {
  candidate: SrAttendeeInput;
  jobId: string;
  organizerId: string;
  timezone: string;
  timeslots: SrTimeslotInput[];
  location?: string;
  /** Defaults to the current time. */
  createdOn?: string;
  refUrl?: string;
}

/** Body of `PATCH /interviews/{interviewId}` (`InterviewToUpdateInput`). */
export interface SrInterviewUpdateInput {
  location?: string;
  timezone?: string;
  /**
   * @deprecated The interview-level candidate status is deprecated by SmartRecruiters: set each
   * time slot's (`PUT …/timeslots/{timeslotId}/candidateStatus`).
   */
  candidate?: { status: SrAttendeeStatusValue };
}

/** Body of the status routes: `{ status }`. */
export interface SrAttendeeStatusInput {
  status: SrAttendeeStatusValue;
}
