/**
 * SmartRecruiters Interviews API wire shapes (`/interviews-api/v201904`), lenient. The interview
 * object is documented at developers.smartrecruiters.com/reference/interviews; docs/coverage.md
 * lists what is confirmed and what is not.
 */
import * as refinements from '../refinements.js';
import * as z from '../zod.js';

export type {
  SrAttendee,
  SrAttendeeInput,
  SrAttendeeStatusInput,
  SrAttendeeStatusValue,
  SrInterview,
  SrInterviewerInput,
  SrInterviewInput,
  SrInterviewUpdateInput,
  SrTimeslot,
  SrTimeslotInput,
} from '../../models/sr/interview.js';

import { srEnum } from './common.js';
import { SR_ATTENDEE_STATUSES } from './enums.js';

export { SR_ATTENDEE_STATUSES, type SrAttendeeStatus } from './enums.js';

/** An attendee: the candidate or an interviewer, `{ id, status }`. */
export const SrAttendeeSchema = z.looseObject({
  id: z.string(),
  status: z.nullish(srEnum(SR_ATTENDEE_STATUSES)),
});

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

/** What a time slot read back must have to be sent back whole. */
export const ReadTimeslotSchema = z.looseObject({
  startsOn: z.string().check(z.refine(refinements.isDateTimeText, 'expected a date-time')),
  endsOn: z.string().check(z.refine(refinements.isDateTimeText, 'expected a date-time')),
  interviewers: z
    .array(z.looseObject({ id: z.string().check(z.minLength(1)), status: z.nullish(z.string()) }))
    .check(z.minLength(1)),
  title: z.nullish(z.string()),
  interviewType: z.nullish(z.string()),
  place: z.nullish(z.string()),
  candidateStatus: z.nullish(z.string()),
});
