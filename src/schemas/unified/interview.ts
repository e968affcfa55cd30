/**
 * The unified Interview model and its write inputs, from
 * SmartRecruiters' Interviews API.
 */

import * as refinements from '../refinements.js';
import * as z from '../zod.js';

export type {
  AttendeeStatusInput,
  Interview,
  InterviewCreateInput,
  Interviewer,
  InterviewModel,
  InterviewTimeslot,
  InterviewTimeslotInput,
  InterviewTimeslotUpdateInput,
  InterviewUpdateInput,
} from '../../models/unified/interview.js';

import { baseModelShape, IdRefSchema, NamedRefSchema } from './common.js';
import { ATTENDEE_STATUSES, INTERVIEW_STATUSES } from './enums.js';
import { IdSchema, NonEmptyStringSchema, notEmpty, StrictDateTimeSchema } from './input-common.js';

/** An interviewer: a user and whether they attend. */
export const InterviewerSchema = z.strictObject({
  user: NamedRefSchema,
  status: z.enum(ATTENDEE_STATUSES),
  remote_status: z.nullable(z.string()),
});

/** A time slot of an interview: SmartRecruiters' interviews hold one or more. */
export const InterviewTimeslotSchema = z.strictObject({
  id: z.nullable(z.string()),
  title: z.nullable(z.string()),
  /** The company's interview type of the slot (see `interviews.types()`). */
  interview_type: z.nullable(z.string()),
  /** Where the slot takes place (SR `place`). */
  location: z.nullable(z.string()),
  starts_at: z.nullable(z.string()),
  ends_at: z.nullable(z.string()),
  /**
   * Whether the candidate attends this slot (SR `candidateStatus`); a slot without one takes SR's
   * deprecated interview-level status, else `pending`.
   */
  candidate_status: z.enum(ATTENDEE_STATUSES),
  remote_candidate_status: z.nullable(z.string()),
  interviewers: z.array(InterviewerSchema),
});

/** The unified Interview (SR Interviews API). */
export const InterviewSchema = z.strictObject({
  ...baseModelShape,
  /** `candidateId:jobId`. */
  application: z.nullable(IdRefSchema),
  candidate: z.nullable(IdRefSchema),
  job: z.nullable(IdRefSchema),
  /** The user who scheduled it. */
  organizer: z.nullable(NamedRefSchema),
  /** The first time slot's title. */
  title: z.nullable(z.string()),
  /** Start of the earliest time slot. */
  starts_at: z.nullable(z.string()),
  /** End of the latest time slot. */
  ends_at: z.nullable(z.string()),
  /** TZ database name. */
  timezone: z.nullable(z.string()),
  /** SR's `location` when it is an address (not a link). */
  location: z.nullable(z.string()),
  /** SR's `location` when it is an http(s) meeting link. */
  video_url: z.nullable(z.string()),
  /** Everyone interviewing in any time slot, once each. */
  interviewers: z.array(InterviewerSchema),
  /**
   * The candidate's answer over the whole interview, from its time slots' (SmartRecruiters keeps
   * the candidate's status per slot): `declined` if any slot is declined, else `other` if any is
   * an unknown answer, else `pending` if any is pending, else `tentative` if any is tentative,
   * else `accepted`. `timeslots[].candidate_status` has each slot's.
   */
  candidate_status: z.enum(ATTENDEE_STATUSES),
  /** SR's value behind `candidate_status` (the deciding slot's). */
  remote_candidate_status: z.nullable(z.string()),
  /** `scheduled` for every interview SmartRecruiters returns (canceling deletes it). */
  status: z.enum(INTERVIEW_STATUSES),
  remote_status: z.nullable(z.string()),
  timeslots: z.array(InterviewTimeslotSchema),
  /** SR `refUrl`: a link to the interview in the scheduling tool that created it. */
  web_url: z.nullable(z.string()),
});

// ---- write inputs ----

/** An attendee status to write. */
export const AttendeeStatusInputSchema = z.enum(['accepted', 'declined', 'pending', 'tentative']);

/** A TZ database time zone name (`Europe/Warsaw`), as the runtime knows them. */
export const TimeZoneSchema = NonEmptyStringSchema.check(
  z.refine(refinements.isTimeZone, 'expected a TZ database time zone name, e.g. Europe/Warsaw'),
);

const slotChecks = z.superRefine(refinements.slotChecks);

/** A time slot to write: when, who interviews, and optionally its title, type and place. */
export const InterviewTimeslotInputSchema = z
  .strictObject({
    starts_at: StrictDateTimeSchema,
    ends_at: StrictDateTimeSchema,
    /** User ids of the interviewers (1-50). */
    interviewer_ids: z.array(IdSchema).check(z.minLength(1), z.maxLength(50)),
    /** At most 200 characters. */
    title: z.optional(NonEmptyStringSchema.check(z.maxLength(200))),
    /** At most 400 characters. */
    interview_type: z.optional(NonEmptyStringSchema.check(z.maxLength(400))),
    /** Where the slot takes place (SR `place`), at most 500 characters. */
    location: z.optional(NonEmptyStringSchema.check(z.maxLength(500))),
  })
  .check(slotChecks);

/**
 * Input of `interviews.updateTimeslot`: what to change in one time slot (at least one field);
 * `null` clears `title`, `interview_type` or `location`. The rest of the slot stays as it is.
 */
export const InterviewTimeslotUpdateInputSchema = z
  .strictObject({
    starts_at: z.optional(StrictDateTimeSchema),
    ends_at: z.optional(StrictDateTimeSchema),
    /** User ids of the interviewers (1-50); those already in the slot keep their answer. */
    interviewer_ids: z.optional(
      z.array(IdSchema).check(z.minLength(1), z.maxLength(50), z.superRefine(refinements.noRepeatedIds)),
    ),
    title: z.optional(z.nullable(NonEmptyStringSchema.check(z.maxLength(200)))),
    interview_type: z.optional(z.nullable(NonEmptyStringSchema.check(z.maxLength(400)))),
    location: z.optional(z.nullable(NonEmptyStringSchema.check(z.maxLength(500)))),
  })
  .check(notEmpty);

/** Input of `interviews.create`. */
export const InterviewCreateInputSchema = z.strictObject({
  /** The application: `candidateId:jobId`. */
  application_id: IdSchema,
  /** The user who schedules it. */
  organizer_id: IdSchema,
  /** TZ database name of the time zone the interview is held in. */
  timezone: TimeZoneSchema,
  /** An address or a meeting link, at most 500 characters. */
  location: z.optional(NonEmptyStringSchema.check(z.maxLength(500))),
  /** 1 to 50 time slots. */
  timeslots: z.array(InterviewTimeslotInputSchema).check(z.minLength(1), z.maxLength(50)),
  /** A link back to the interview in your tool (SR `refUrl`). */
  web_url: z.optional(z.url({ protocol: /^https?$/ })),
});

/**
 * Input of `interviews.update`: what SmartRecruiters lets an interview change. `candidate_status`
 * is written to every time slot (SmartRecruiters keeps the candidate's status per slot).
 */
export const InterviewUpdateInputSchema = z
  .strictObject({
    /** An address or a meeting link, at most 500 characters. */
    location: z.optional(NonEmptyStringSchema.check(z.maxLength(500))),
    timezone: z.optional(TimeZoneSchema),
    candidate_status: z.optional(AttendeeStatusInputSchema),
  })
  .check(notEmpty);
