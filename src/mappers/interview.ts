/**
 * Interview mappers: SR Interviews API `Interview` -> unified `Interview`, and the bodies of
 * interview create and update. An SR interview holds one or more time slots, each with its own
 * interviewers; the unified model keeps them, and sums them up (first title, earliest start, latest
 * end, every interviewer once).
 */

import { SmartRecruitersError, ValidationError } from '../core/errors.js';
import { ReadTimeslotSchema, SrInterviewSchema } from '../schemas/compiled/sr/interview.js';
import {
  InterviewCreateInputSchema,
  InterviewTimeslotUpdateInputSchema,
  InterviewUpdateInputSchema,
} from '../schemas/compiled/unified/interview.js';
import type { SrAttendeeStatus } from '../schemas/sr/enums.js';
import type {
  SrInterview,
  SrInterviewerInput,
  SrInterviewInput,
  SrInterviewUpdateInput,
  SrTimeslot,
  SrTimeslotInput,
} from '../schemas/sr/interview.js';
import type { AttendeeStatus } from '../schemas/unified/enums.js';
import type {
  Interview,
  InterviewCreateInput,
  Interviewer,
  InterviewModel,
  InterviewTimeslot,
  InterviewTimeslotUpdateInput,
  InterviewUpdateInput,
} from '../schemas/unified/interview.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { applicationId, parseApplicationId } from './application-id.js';
import type { MapperContext } from './context.js';
import { finish, lookup, orNull, parseLeniently, rawId, warningSink } from './shared.js';

/** SR attendee status -> unified (same words). */
export const ATTENDEE_STATUS_MAP: Readonly<Record<SrAttendeeStatus, Exclude<AttendeeStatus, 'other'>>> = {
  accepted: 'accepted',
  declined: 'declined',
  pending: 'pending',
  tentative: 'tentative',
};

/**
 * Maps an SR attendee status, in any case (SR's analytics spell them uppercase). No answer yet
 * (missing, `null` or `'null'`) is `pending`; any other value `other`.
 */
export function toUnifiedAttendeeStatus(status: unknown): AttendeeStatus {
  if (status === undefined || status === null || status === 'null') return 'pending';
  return lookup(ATTENDEE_STATUS_MAP, typeof status === 'string' ? status.toLowerCase() : status, 'other');
}

/** Options of `toUnifiedInterview`. */
export type InterviewMapperContext<M = never> = MapperContext<M, SrInterview, InterviewModel>;

const LINK = /^https?:\/\/\S+$/i;

/**
 * How several time slots' candidate statuses sum up: the first of these any slot has wins (the
 * candidate declined one slot: they declined the interview; an unknown answer is not "accepted").
 */
const CANDIDATE_STATUS_PRECEDENCE: readonly AttendeeStatus[] = [
  'declined',
  'other',
  'pending',
  'tentative',
  'accepted',
];

function interviewersOf(slot: SrTimeslot): Interviewer[] {
  return (slot.interviewers ?? []).map((person) => ({
    user: { id: person.id, name: null },
    status: toUnifiedAttendeeStatus(person.status),
    remote_status: orNull(person.status),
  }));
}

function byTime(values: Array<string | null | undefined>, pick: (a: number, b: number) => boolean) {
  let best: string | null = null;
  for (const value of values) {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) continue;
    if (best === null || pick(Date.parse(value), Date.parse(best))) best = value;
  }
  return best;
}

/**
 * Maps an SR interview to the unified Interview. `application` is `candidateId:jobId` (SR's
 * interview names both); `location` holds SR's location when it is an address, `video_url` when
 * it is a link; `status` is `scheduled` (SR keeps no status: canceling deletes the interview). The
 * candidate's status is read from each time slot's `candidateStatus` (a slot without one takes
 * SR's deprecated `candidate.status`) and summed up in `candidate_status`.
 *
 * Never throws on SR data: fields that fail lenient validation become warnings and map as missing.
 */
export function toUnifiedInterview<M = never>(
  raw: unknown,
  context: InterviewMapperContext<M> = {},
): Interview<M> {
  const sink = warningSink(context.warnings, rawId(raw), 'interview');
  const interview = parseLeniently(SrInterviewSchema, raw, sink);
  const candidateId = orNull(interview.candidate?.id);
  const jobId = orNull(interview.jobId);
  const slots = interview.timeslots ?? [];
  // SR's deprecated interview-level status: what a slot without its own status has.
  const deprecated = orNull(interview.candidate?.status);
  const timeslots: InterviewTimeslot[] = slots.map((slot) => {
    const remote = orNull(slot.candidateStatus) ?? deprecated;
    return {
      id: orNull(slot.id),
      title: orNull(slot.title),
      interview_type: orNull(slot.interviewType),
      location: orNull(slot.place),
      starts_at: orNull(slot.startsOn),
      ends_at: orNull(slot.endsOn),
      candidate_status: toUnifiedAttendeeStatus(remote),
      remote_candidate_status: remote,
      interviewers: interviewersOf(slot),
    };
  });
  const deciding = CANDIDATE_STATUS_PRECEDENCE.map((status) =>
    timeslots.find((slot) => slot.candidate_status === status),
  ).find((slot) => slot !== undefined);
  const interviewers = new Map<string, Interviewer>();
  for (const slot of timeslots) {
    for (const person of slot.interviewers)
      if (!interviewers.has(person.user.id)) interviewers.set(person.user.id, person);
  }
  const location = orNull(interview.location);
  const composable = candidateId && jobId && !candidateId.includes(':') && !jobId.includes(':');
  const unified: InterviewModel = {
    id: interview.id,
    created_at: orNull(interview.createdOn),
    updated_at: null,
    // SR's list items are whole interviews; they name the organizer and interviewers by id only.
    not_fetched: [
      ...(interview.organizerId ? (['organizer'] as const) : []),
      ...(interviewers.size > 0 ? (['interviewers'] as const) : []),
    ],
    application: composable ? { id: applicationId(candidateId, jobId) } : null,
    candidate: candidateId ? { id: candidateId } : null,
    job: jobId ? { id: jobId } : null,
    organizer: interview.organizerId ? { id: interview.organizerId, name: null } : null,
    title: timeslots.find((slot) => slot.title !== null)?.title ?? null,
    starts_at: byTime(
      timeslots.map((slot) => slot.starts_at),
      (a, b) => a < b,
    ),
    ends_at: byTime(
      timeslots.map((slot) => slot.ends_at),
      (a, b) => a > b,
    ),
    timezone: orNull(interview.timezone),
    location: location !== null && !LINK.test(location) ? location : null,
    video_url: location !== null && LINK.test(location) ? location : null,
    interviewers: [...interviewers.values()],
    candidate_status: deciding ? deciding.candidate_status : toUnifiedAttendeeStatus(deprecated),
    remote_candidate_status: deciding ? deciding.remote_candidate_status : deprecated,
    status: 'scheduled',
    remote_status: null,
    timeslots,
    web_url: orNull(interview.refUrl),
  };
  return finish(unified, raw, interview, context);
}

/**
 * Body of `POST /interviews` from `interviews.create` input: the application's candidate and job,
 * the organizer, time zone, location and time slots with their interviewers.
 *
 * @throws ValidationError on invalid input (a malformed application id, an unknown time zone, a
 *   slot that ends before it starts, an interviewer twice in a slot...)
 */
export function toSrInterviewInput(input: InterviewCreateInput): SrInterviewInput {
  const parsed = parseInput(InterviewCreateInputSchema, input, 'interview create input');
  const { candidateId, jobId } = parseApplicationId(parsed.application_id);
  const body: SrInterviewInput = {
    candidate: { id: candidateId },
    jobId,
    organizerId: parsed.organizer_id,
    timezone: parsed.timezone,
    timeslots: parsed.timeslots.map((slot) => {
      const out: SrInterviewInput['timeslots'][number] = {
        startsOn: new Date(slot.starts_at).toISOString(),
        endsOn: new Date(slot.ends_at).toISOString(),
        // SR's `Interviewer` requires a status: a new interviewer has not answered yet.
        interviewers: slot.interviewer_ids.map((id) => ({ id, status: 'pending' })),
      };
      if (slot.title !== undefined) out.title = slot.title;
      if (slot.interview_type !== undefined) out.interviewType = slot.interview_type;
      if (slot.location !== undefined) out.place = slot.location;
      return out;
    }),
  };
  if (parsed.location !== undefined) body.location = parsed.location;
  if (parsed.web_url !== undefined) body.refUrl = parsed.web_url;
  return body;
}

/**
 * Body of `PATCH /interviews/{interviewId}/timeslots/{timeslotId}`, which replaces the slot
 * (SmartRecruiters takes a full `Timeslot`): the slot as read (`current`, SR's
 * `GET …/timeslots/{timeslotId}`) with `input`'s changes. Interviewers already in the slot keep
 * their answer; the candidate's status is kept.
 *
 * @throws ValidationError on invalid input, or when the changed slot would end before it starts
 * @throws SmartRecruitersError when `current` lacks what a full slot needs (`startsOn`, `endsOn`,
 *   at least one interviewer): nothing is sent then
 */
export function toSrTimeslotUpdate(current: unknown, input: InterviewTimeslotUpdateInput): SrTimeslotInput {
  const parsed = parseInput(InterviewTimeslotUpdateInputSchema, input, 'time slot update input');
  if (!ReadTimeslotSchema.test(current)) {
    const issues = ReadTimeslotSchema.issues(current);
    const fields = [...new Set(issues.map((issue) => String(issue.path[0] ?? 'slot')))];
    throw new SmartRecruitersError(
      `The time slot SmartRecruiters returned lacks ${fields.join(', ')}: it cannot be sent back whole, so it was not changed`,
    );
  }
  const slot = ReadTimeslotSchema.output(current);
  const startsOn = parsed.starts_at !== undefined ? new Date(parsed.starts_at).toISOString() : slot.startsOn;
  const endsOn = parsed.ends_at !== undefined ? new Date(parsed.ends_at).toISOString() : slot.endsOn;
  if (Date.parse(endsOn) <= Date.parse(startsOn)) {
    throw new ValidationError('Invalid time slot update input', [
      {
        path: [parsed.ends_at !== undefined ? 'ends_at' : 'starts_at'],
        message: "the slot would end before it starts (with the slot's other time as it is)",
      },
    ]);
  }
  // An interviewer keeps their answer; a new one (or one SR sent without a status) is `pending`.
  const attendee = (person: { id: string; status?: string | null | undefined }): SrInterviewerInput => ({
    id: person.id,
    status: typeof person.status === 'string' ? person.status : 'pending',
  });
  const interviewers =
    parsed.interviewer_ids === undefined
      ? slot.interviewers.map(attendee)
      : parsed.interviewer_ids.map((id) => attendee(slot.interviewers.find((p) => p.id === id) ?? { id }));
  const body: SrTimeslotInput = { startsOn, endsOn, interviewers };
  const title = parsed.title === undefined ? slot.title : parsed.title;
  const interviewType = parsed.interview_type === undefined ? slot.interviewType : parsed.interview_type;
  const place = parsed.location === undefined ? slot.place : parsed.location;
  if (typeof title === 'string') body.title = title;
  if (typeof interviewType === 'string') body.interviewType = interviewType;
  if (typeof place === 'string') body.place = place;
  if (typeof slot.candidateStatus === 'string') body.candidateStatus = slot.candidateStatus;
  return body;
}

/**
 * Body of `PATCH /interviews/{interviewId}`: location and time zone. `candidate_status` is not
 * part of it: SmartRecruiters keeps the candidate's status per time slot
 * (`PUT …/timeslots/{timeslotId}/candidateStatus`, which `interviews.update` sends).
 *
 * @throws ValidationError on invalid input (including an update with no field)
 */
export function toSrInterviewUpdate(input: InterviewUpdateInput): SrInterviewUpdateInput {
  const parsed = parseInput(InterviewUpdateInputSchema, input, 'interview update input');
  const body: SrInterviewUpdateInput = {};
  if (parsed.location !== undefined) body.location = parsed.location;
  if (parsed.timezone !== undefined) body.timezone = parsed.timezone;
  return body;
}
