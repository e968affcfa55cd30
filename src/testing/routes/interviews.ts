/**
 * The Interviews API (`/interviews-api/v201904`, developers.smartrecruiters.com/reference/interviews):
 * interview types, interviews of a job application (listed by SR's job application id), their
 * time slots, attendee statuses and the no-show flag; `interview.created`, `interview.updated`
 * and `interview.canceled` events with `{ interview_id, application_id, candidate_id, company_id }`.
 *
 * OAuth scopes as SmartRecruiters documents them: `interviews_read` / `interviews_write`, and
 * `interview_types_read` / `interview_types_write` for interview types.
 *
 * The candidate's status is kept per time slot (`candidateStatus`, default `pending`); SR's
 * deprecated interview-level `candidate.status` (on create, in a `PATCH`, or
 * `PUT …/candidate/status`) is served as sent and applied to every slot.
 *
 * SR's limits: at most 50 time slots (409 `CANNOT_ADD_MORE_TIMESLOTS` past them), 1-50
 * interviewers per slot, 2,000 interview types; title 200 characters, place and location 500, time
 * zone 100. The read-only `source` is served (`'API'` unless a test sets another).
 *
 * UNCONFIRMED (the fake's choices): a time slot's `interviewType` must be one of the company's
 * interview types; the values of `source`.
 */
import { INTERVIEWS_API } from '../../routes.js';
import { emit, found, type HandlerContext, param, type RouteDef, readJson, route } from '../context.js';
import { badRequest, notFound, srError } from '../errors.js';
import { json, noContent } from '../http.js';
import {
  type AttendeeStatus,
  type InterviewRecord,
  SR_ATTENDEE_STATUSES,
  type TimeslotRecord,
} from '../model.js';
import { parseIsoDate } from '../query.js';
import { S } from '../scopes.js';
import { Check } from '../validation.js';
import { requireApplication, requireObject } from './shared.js';

const API = INTERVIEWS_API;
/** Most interview types a company has. */
const MAX_INTERVIEW_TYPES = 2000;
/** Most time slots of an interview, and most interviewers of a slot. */
const MAX_TIMESLOTS = 50;
const MAX_INTERVIEWERS = 50;

function timeslotView(slot: TimeslotRecord): Record<string, unknown> {
  const view: Record<string, unknown> = { id: slot.id };
  if (slot.interviewType) view.interviewType = slot.interviewType;
  if (slot.title) view.title = slot.title;
  if (slot.place) view.place = slot.place;
  view.startsOn = slot.startsOn;
  view.endsOn = slot.endsOn;
  view.interviewers = slot.interviewers.map((i) => ({ id: i.id, status: i.status }));
  if (slot.candidateStatus) view.candidateStatus = slot.candidateStatus;
  return view;
}

/** An interview as SR returns it. */
export function interviewView(interview: InterviewRecord): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: interview.id,
    candidate: { id: interview.candidateId, status: interview.candidateStatus },
    jobId: interview.jobId,
  };
  if (interview.location) view.location = interview.location;
  view.organizerId = interview.organizerId;
  view.timezone = interview.timezone;
  view.timeslots = interview.timeslots.map(timeslotView);
  view.createdOn = interview.createdOn;
  if (interview.refUrl) view.refUrl = interview.refUrl;
  view.source = interview.source;
  return view;
}

function interviewEvent(ctx: HandlerContext, name: string, interview: InterviewRecord): void {
  const { state } = ctx.services;
  emit(
    ctx,
    name,
    {
      interview_id: interview.id,
      application_id: state.application(interview.candidateId, interview.jobId)?.id ?? '',
      candidate_id: interview.candidateId,
      company_id: state.company.identifier,
    },
    `${API}/interviews/${interview.id}`,
  );
}

function findInterview(ctx: HandlerContext): InterviewRecord {
  return found(
    ctx.services.state.interviews.get(param(ctx, 'interviewId')),
    'Interview',
    'INTERVIEW_NOT_FOUND',
  );
}

function findTimeslot(ctx: HandlerContext, interview: InterviewRecord): TimeslotRecord {
  return found(
    interview.timeslots.find((slot) => slot.id === param(ctx, 'timeslotId')),
    'Timeslot',
    'TIMESLOT_NOT_FOUND',
  );
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** 400 `INVALID_TIMEZONE` unless `timezone` (when given) is a TZ database name. */
function requireTimeZone(timezone: string | null | undefined): void {
  if (typeof timezone === 'string' && !isTimeZone(timezone)) {
    throw srError(400, 'INVALID_TIMEZONE', `timezone '${timezone}' is not a TZ database name`);
  }
}

/**
 * Checks that `id` names an active user: SR's `NON_EXISTING_<what>` when no user has it,
 * `INACTIVE_OR_DELETED_<what>` when the user is inactive.
 */
function checkUser(ctx: HandlerContext, check: Check, id: string, path: string, what: string): boolean {
  const user = ctx.services.state.users.get(id);
  if (!user) check.fail(`${path}: no user '${id}'`, `NON_EXISTING_${what}`);
  else if (!user.active) check.fail(`${path}: user '${id}' is inactive`, `INACTIVE_OR_DELETED_${what}`);
  return user?.active === true;
}

/** Reads interviewers `[{ id, status }]` (SR's `Interviewer` requires both): known users, each once. */
function readInterviewers(
  ctx: HandlerContext,
  check: Check,
  value: unknown,
  path: string,
): TimeslotRecord['interviewers'] | undefined {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_INTERVIEWERS) {
    check.fail(`${path} must be an array of 1 to ${MAX_INTERVIEWERS} { id, status }`);
    return undefined;
  }
  const out: TimeslotRecord['interviewers'] = [];
  value.forEach((item, index) => {
    const obj = check.object(item, `${path}[${index}]`);
    if (!obj) return;
    const id = check.string(obj, 'id', `${path}[${index}].`, { required: true });
    const status =
      check.enumValue(obj, 'status', SR_ATTENDEE_STATUSES, `${path}[${index}].`, { required: true }) ??
      'pending';
    if (typeof id !== 'string') return;
    if (!checkUser(ctx, check, id, `${path}[${index}].id`, 'INTERVIEWERS')) return;
    if (out.some((i) => i.id === id)) check.fail(`${path}[${index}].id: '${id}' appears twice`);
    else out.push({ id, status });
  });
  return out;
}

/**
 * Reads a full time slot (SR's `Timeslot`: `startsOn`, `endsOn` and `interviewers` required, also
 * in a `PATCH`, which replaces the slot). `base` is the slot a `PATCH` replaces: its id, no-show
 * flag and, unless the body gives one, the candidate's status are kept.
 */
function readTimeslot(
  ctx: HandlerContext,
  check: Check,
  value: unknown,
  path: string,
  base?: TimeslotRecord,
  candidateStatus: AttendeeStatus = 'pending',
): TimeslotRecord | undefined {
  const obj = check.object(value, path);
  if (!obj) {
    check.fail(`${path} is required`);
    return undefined;
  }
  const p = `${path}.`;
  const startsOn = check.date(obj, 'startsOn', p);
  const endsOn = check.date(obj, 'endsOn', p);
  if (obj.startsOn == null) check.fail(`${p}startsOn is required`);
  if (obj.endsOn == null) check.fail(`${p}endsOn is required`);
  if (startsOn && endsOn && (parseIsoDate(endsOn) ?? 0) < (parseIsoDate(startsOn) ?? 0)) {
    check.fail(`${p}endsOn is before startsOn`, 'END_DATE_BEFORE_START_DATE');
  }
  const interviewType = check.string(obj, 'interviewType', p, { nullable: true, maxLength: 400 });
  if (typeof interviewType === 'string' && !ctx.services.state.interviewTypes.includes(interviewType)) {
    check.fail(`${p}interviewType '${interviewType}' is not one of the company's interview types`);
  }
  const title = check.string(obj, 'title', p, { nullable: true, maxLength: 200 });
  const place = check.string(obj, 'place', p, { nullable: true, maxLength: 500 });
  const slotStatus = check.enumValue(obj, 'candidateStatus', SR_ATTENDEE_STATUSES, p);
  const interviewers = readInterviewers(ctx, check, obj.interviewers, `${p}interviewers`);
  if (!startsOn || !endsOn || !interviewers) return undefined;
  return {
    id: base?.id ?? ctx.services.state.ids.uuid(),
    interviewType: interviewType ?? null,
    title: title ?? null,
    place: place ?? null,
    startsOn,
    endsOn,
    interviewers,
    candidateStatus: slotStatus ?? base?.candidateStatus ?? candidateStatus,
    noShow: base?.noShow ?? false,
  };
}

function readStatus(ctx: HandlerContext): AttendeeStatus {
  const body = requireObject(readJson(ctx));
  const check = new Check();
  const status = check.enumValue(body, 'status', SR_ATTENDEE_STATUSES, '', { required: true });
  check.done(422);
  return status as AttendeeStatus;
}

/**
 * SR's deprecated interview-level candidate status (`PUT …/candidate/status`, or `candidate` in a
 * `PATCH`): the fake applies it to every time slot, where SR keeps the candidate's status.
 */
function setCandidateStatus(interview: InterviewRecord, status: AttendeeStatus): void {
  interview.candidateStatus = status;
  for (const slot of interview.timeslots) slot.candidateStatus = status;
}

function touched(ctx: HandlerContext, interview: InterviewRecord) {
  interviewEvent(ctx, 'interview.updated', interview);
  return noContent();
}

/** Interviews API routes. */
export const interviewRoutes: RouteDef[] = [
  route('GET', `${API}/interview-types`, S.interviewTypesRead, (ctx) =>
    json(200, [...ctx.services.state.interviewTypes]),
  ),
  route('PATCH', `${API}/interview-types`, S.interviewTypesWrite, (ctx) => {
    const body = readJson(ctx);
    if (
      !Array.isArray(body) ||
      body.length === 0 ||
      body.some((type) => typeof type !== 'string' || type.trim() === '' || type.length > 400)
    ) {
      throw srError(
        422,
        'VALIDATION_ERROR',
        'Body must be a non-empty JSON array of interview type names (at most 400 characters each)',
      );
    }
    const { state } = ctx.services;
    const added = [...new Set(body as string[])].filter((type) => !state.interviewTypes.includes(type));
    if (state.interviewTypes.length + added.length > MAX_INTERVIEW_TYPES) {
      throw srError(
        409,
        'INTERVIEW_TYPES_SIZE_EXCEEDED',
        `A company has at most ${MAX_INTERVIEW_TYPES} interview types`,
      );
    }
    state.interviewTypes.push(...added);
    return noContent();
  }),
  route('DELETE', `${API}/interview-types/{interviewType}`, S.interviewTypesWrite, (ctx) => {
    const { state } = ctx.services;
    const type = param(ctx, 'interviewType');
    if (!state.interviewTypes.includes(type)) {
      throw notFound(`Interview type '${type}' not found`, 'INTERVIEW_TYPE_NOT_FOUND');
    }
    state.interviewTypes = state.interviewTypes.filter((t) => t !== type);
    return noContent();
  }),
  route('GET', `${API}/interviews`, S.interviewsRead, (ctx) => {
    const { state } = ctx.services;
    const applicationId = ctx.query.get('applicationId');
    if (applicationId === undefined)
      throw badRequest("Query parameter 'applicationId' is required", 'INVALID_PARAMETER');
    const app = found(state.applications.get(applicationId), 'Application', 'APPLICATION_NOT_FOUND');
    const content = [...state.interviews.values()]
      .filter((i) => i.candidateId === app.candidateId && i.jobId === app.jobId)
      .map(interviewView);
    return json(200, { content });
  }),
  route('POST', `${API}/interviews`, S.interviewsWrite, (ctx) => {
    const { state } = ctx.services;
    const body = requireObject(readJson(ctx));
    const check = new Check();
    const candidate = check.object(body.candidate, 'candidate');
    if (!candidate) check.fail('candidate is required');
    const candidateId = candidate
      ? check.string(candidate, 'id', 'candidate.', { required: true })
      : undefined;
    const candidateStatus = candidate
      ? (check.enumValue(candidate, 'status', SR_ATTENDEE_STATUSES, 'candidate.') ?? 'pending')
      : 'pending';
    const jobId = check.string(body, 'jobId', '', { required: true });
    const organizerId = check.string(body, 'organizerId', '', { required: true });
    const timezone = check.string(body, 'timezone', '', { required: true, maxLength: 100 });
    const location = check.string(body, 'location', '', { nullable: true, maxLength: 500 });
    const refUrl = check.string(body, 'refUrl', '', { nullable: true, maxLength: 2000 });
    const createdOn = check.date(body, 'createdOn', '');
    const slots = body.timeslots;
    if (!Array.isArray(slots) || slots.length === 0 || slots.length > MAX_TIMESLOTS)
      check.fail(`timeslots must be an array of 1 to ${MAX_TIMESLOTS} time slots`);
    check.done(422);
    requireTimeZone(timezone);
    checkUser(ctx, check, organizerId as string, 'organizerId', 'ORGANIZER');
    // A slot without its own candidate status takes the (deprecated) interview-level one.
    const timeslots = (slots as unknown[]).map((slot, index) =>
      readTimeslot(ctx, check, slot, `timeslots[${index}]`, undefined, candidateStatus),
    );
    check.done(422);
    requireApplication(ctx, candidateId as string, jobId as string);
    const interview = state.addInterview({
      candidateId: candidateId as string,
      jobId: jobId as string,
      candidateStatus,
      location: location ?? null,
      organizerId: organizerId as string,
      timezone: timezone as string,
      timeslots: timeslots as TimeslotRecord[],
      ...(createdOn ? { createdOn } : {}),
      refUrl: refUrl ?? null,
    });
    interviewEvent(ctx, 'interview.created', interview);
    return json(201, interviewView(interview));
  }),
  route('GET', `${API}/interviews/{interviewId}`, S.interviewsRead, (ctx) =>
    json(200, interviewView(findInterview(ctx))),
  ),
  route('PATCH', `${API}/interviews/{interviewId}`, S.interviewsWrite, (ctx) => {
    const interview = findInterview(ctx);
    const body = requireObject(readJson(ctx));
    const check = new Check();
    const location = check.string(body, 'location', '', { nullable: true, maxLength: 500 });
    const timezone = check.string(body, 'timezone', '', { maxLength: 100 });
    const candidate = check.object(body.candidate, 'candidate');
    const status = candidate
      ? check.enumValue(candidate, 'status', SR_ATTENDEE_STATUSES, 'candidate.')
      : undefined;
    check.done(422);
    requireTimeZone(timezone);
    if (location !== undefined) interview.location = location;
    if (typeof timezone === 'string') interview.timezone = timezone;
    if (status) setCandidateStatus(interview, status);
    return touched(ctx, interview);
  }),
  route('DELETE', `${API}/interviews/{interviewId}`, S.interviewsWrite, (ctx) => {
    const interview = findInterview(ctx);
    ctx.services.state.interviews.delete(interview.id);
    interviewEvent(ctx, 'interview.canceled', interview);
    return noContent();
  }),
  route('POST', `${API}/interviews/{interviewId}/timeslots`, S.interviewsWrite, (ctx) => {
    const interview = findInterview(ctx);
    const check = new Check();
    const slot = readTimeslot(ctx, check, requireObject(readJson(ctx)), 'timeslot');
    check.done(422);
    if (interview.timeslots.length >= MAX_TIMESLOTS) {
      throw srError(409, 'CANNOT_ADD_MORE_TIMESLOTS', `An interview has at most ${MAX_TIMESLOTS} time slots`);
    }
    interview.timeslots.push(slot as TimeslotRecord);
    interviewEvent(ctx, 'interview.updated', interview);
    return json(201, timeslotView(slot as TimeslotRecord));
  }),
  route('GET', `${API}/interviews/{interviewId}/timeslots/{timeslotId}`, S.interviewsRead, (ctx) => {
    const interview = findInterview(ctx);
    return json(200, timeslotView(findTimeslot(ctx, interview)));
  }),
  route('PATCH', `${API}/interviews/{interviewId}/timeslots/{timeslotId}`, S.interviewsWrite, (ctx) => {
    const interview = findInterview(ctx);
    const current = findTimeslot(ctx, interview);
    const body = requireObject(readJson(ctx));
    // SR replaces the slot: a body without what a full slot needs is its 400.
    const missing = ['startsOn', 'endsOn', 'interviewers'].filter((key) => body[key] == null);
    if (missing.length > 0) {
      throw srError(400, 'MISSING_TIMESLOT_DATA', 'Missing data in timeslot object', {
        details: missing.map((key) => `timeslot.${key} is required`),
      });
    }
    const check = new Check();
    const slot = readTimeslot(ctx, check, body, 'timeslot', current);
    check.done(422);
    interview.timeslots = interview.timeslots.map((s) =>
      s.id === current.id ? (slot as TimeslotRecord) : s,
    );
    return touched(ctx, interview);
  }),
  route('DELETE', `${API}/interviews/{interviewId}/timeslots/{timeslotId}`, S.interviewsWrite, (ctx) => {
    const interview = findInterview(ctx);
    const slot = findTimeslot(ctx, interview);
    if (interview.timeslots.length === 1) {
      throw srError(
        409,
        'CANNOT_DELETE_LAST_TIMESLOT',
        'An interview keeps at least one time slot; cancel the interview instead',
      );
    }
    interview.timeslots = interview.timeslots.filter((s) => s.id !== slot.id);
    return touched(ctx, interview);
  }),
  route('PUT', `${API}/interviews/{interviewId}/candidate/status`, S.interviewsWrite, (ctx) => {
    const interview = findInterview(ctx);
    setCandidateStatus(interview, readStatus(ctx));
    return touched(ctx, interview);
  }),
  route(
    'PUT',
    `${API}/interviews/{interviewId}/timeslots/{timeslotId}/interviewers/{userId}/status`,
    S.interviewsWrite,
    (ctx) => {
      const interview = findInterview(ctx);
      const slot = findTimeslot(ctx, interview);
      const interviewer = found(
        slot.interviewers.find((i) => i.id === param(ctx, 'userId')),
        'Interviewer',
        'NON_EXISTING_INTERVIEWERS',
      );
      interviewer.status = readStatus(ctx);
      return touched(ctx, interview);
    },
  ),
  route(
    'PATCH',
    `${API}/interviews/{interviewId}/timeslots/{timeslotId}/noshow`,
    S.interviewsWrite,
    (ctx) => {
      const interview = findInterview(ctx);
      const slot = findTimeslot(ctx, interview);
      const value = ctx.query.get('value');
      if (value !== 'true' && value !== 'false') {
        throw badRequest("Query parameter 'value' must be true or false", 'INVALID_PARAMETER');
      }
      slot.noShow = value === 'true';
      return touched(ctx, interview);
    },
  ),
  route(
    'PUT',
    `${API}/interviews/{interviewId}/timeslots/{timeslotId}/candidateStatus`,
    S.interviewsWrite,
    (ctx) => {
      const interview = findInterview(ctx);
      const slot = findTimeslot(ctx, interview);
      slot.candidateStatus = readStatus(ctx);
      return touched(ctx, interview);
    },
  ),
];
