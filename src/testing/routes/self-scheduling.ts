/**
 * The Self Scheduling API (`/self-scheduling`,
 * https://developers.smartrecruiters.com/docs/self-scheduling-api). An automated self-schedule is
 * made for an application from the job template of the stage and step it is at (Interview
 * Templates API), with that template's duration, place and interviewers; its candidate is invited
 * (`PENDING`), books one of the free slots (`SCHEDULED`: a self-scheduled interview), may be asked
 * to pick again (`reschedule`: the interview is cancelled, the invitation open again), and the
 * whole self-schedule can be cancelled. `self-schedule.created` is sent with
 * `{ self_schedule_id, candidate_id, application_id, job_id, company_id }`. `GET /self-schedules`
 * pages by offset (`limit` 1-100, default 10) with `totalFound`, newest first.
 *
 * Slots: see scheduling.ts (working hours, other interviews, daily maximum, a 14-day window).
 *
 * UNCONFIRMED (SR publishes paths and parameters only): every body and answer shape, the statuses,
 * the codes (`SELF_SCHEDULE_NOT_FOUND`, `SELF_SCHEDULE_EXISTS`, `SELF_SCHEDULE_CANCELLED`,
 * `SELF_SCHEDULE_ALREADY_BOOKED`, `SELF_SCHEDULE_NOT_BOOKED`, `SLOT_NOT_AVAILABLE`,
 * `INTERVIEW_TEMPLATE_NOT_FOUND`, `NO_INTERVIEWERS`, `INVALID_APPLICATION_STATUS`), that a slot
 * booked must be one the candidate is offered, and the scopes (those of the Interviews API).
 */
import { SELF_SCHEDULING_API } from '../../routes/self-scheduling.js';
import { iso } from '../clock.js';
import {
  compact,
  emit,
  found,
  type HandlerContext,
  param,
  type RouteDef,
  readJson,
  route,
} from '../context.js';
import { badRequest, srError } from '../errors.js';
import { json, noContent } from '../http.js';
import {
  type ApplicationRecord,
  type SelfScheduleApplicationRecord,
  type SelfScheduledInterviewRecord,
  type SelfScheduleRecord,
  SR_INTERVIEW_TEMPLATE_TYPES,
} from '../model.js';
import { freeSlots, type Slot, slotWindow, stageOf, templateInterviewers } from '../scheduling.js';
import { S } from '../scopes.js';
import { Check, isObject } from '../validation.js';
import { readInterviewersByRole } from './interview-templates.js';
import { newestFirst, offsetPage, requireObject } from './shared.js';

const API = SELF_SCHEDULING_API;
const DAY = 86_400_000;
/** A date-time that says its time zone (`Z` or an offset). */
const WITH_ZONE = /T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
/** A calendar date. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** Longest window a slot count looks in, in days. */
const MAX_COUNT_DAYS = 90;
/** The duration a slot count uses when the application's job has no template for its step. */
const DEFAULT_DURATION = 60;

function applicationView(entry: SelfScheduleApplicationRecord, scheduleId: string): Record<string, unknown> {
  return compact({
    selfScheduleId: scheduleId,
    applicationUuid: entry.applicationUuid,
    status: entry.status,
    interviewId: entry.interviewId,
    invitedOn: entry.invitedOn,
    repeat: entry.repeat ? compact({ ...entry.repeat }) : null,
  });
}

function interviewView(interview: SelfScheduledInterviewRecord): Record<string, unknown> {
  return compact({
    id: interview.id,
    selfScheduleId: interview.selfScheduleId,
    applicationUuid: interview.applicationUuid,
    startsAt: interview.startsAt,
    endsAt: interview.endsAt,
    interviewerIds: interview.interviewerIds,
    location: interview.location,
    timezone: interview.timezone,
    createdOn: interview.createdOn,
  });
}

function scheduleView(ctx: HandlerContext, schedule: SelfScheduleRecord, withInterviews: boolean) {
  const { state } = ctx.services;
  const cancelled = schedule.status === 'CANCELLED';
  return compact({
    id: schedule.id,
    type: schedule.type,
    status: cancelled
      ? 'CANCELLED'
      : schedule.applications.some((a) => a.status === 'PENDING')
        ? 'PENDING'
        : schedule.applications.some((a) => a.status === 'SCHEDULED')
          ? 'SCHEDULED'
          : 'CANCELLED',
    jobId: schedule.jobId,
    jobInterviewTemplateId: schedule.jobTemplateId,
    durationInMinutes: schedule.durationInMinutes,
    interviewerIds: schedule.interviewerIds,
    location: schedule.location,
    timezone: schedule.timezone,
    applications: schedule.applications.map((a) => applicationView(a, schedule.id)),
    interviews: withInterviews
      ? schedule.applications
          .map((a) => (a.interviewId ? state.selfScheduledInterviews.get(a.interviewId) : undefined))
          .filter((i): i is SelfScheduledInterviewRecord => i !== undefined)
          .map(interviewView)
      : null,
    createdOn: schedule.createdOn,
  });
}

function findSchedule(ctx: HandlerContext): SelfScheduleRecord {
  return found(
    ctx.services.state.selfSchedules.get(param(ctx, 'id')),
    'Self-schedule',
    'SELF_SCHEDULE_NOT_FOUND',
  );
}

/** The self-schedule and one application's part in it (404 when the application is not in it). */
function findEntry(ctx: HandlerContext): {
  schedule: SelfScheduleRecord;
  entry: SelfScheduleApplicationRecord;
} {
  const schedule = findSchedule(ctx);
  const entry = found(
    schedule.applications.find((a) => a.applicationUuid === param(ctx, 'applicationUuid')),
    'Job application',
  );
  return { schedule, entry };
}

function findApplication(ctx: HandlerContext, id: string): ApplicationRecord {
  return found(ctx.services.state.applications.get(id), 'Job application');
}

/** The open (not cancelled) part of `applicationUuid` in an active self-schedule, if any. */
function openEntry(
  ctx: HandlerContext,
  applicationUuid: string,
): { schedule: SelfScheduleRecord; entry: SelfScheduleApplicationRecord } | undefined {
  for (const schedule of ctx.services.state.selfSchedules.values()) {
    if (schedule.status === 'CANCELLED') continue;
    const entry = schedule.applications.find(
      (a) => a.applicationUuid === applicationUuid && a.status !== 'CANCELLED',
    );
    if (entry) return { schedule, entry };
  }
  return undefined;
}

function requireActive(schedule: SelfScheduleRecord): void {
  if (schedule.status === 'CANCELLED') {
    throw srError(409, 'SELF_SCHEDULE_CANCELLED', `Self-schedule '${schedule.id}' is cancelled`);
  }
}

/** The slots offered to one application of a self-schedule (a group's booked slots stay open to it). */
function offeredSlots(ctx: HandlerContext, schedule: SelfScheduleRecord, except?: string): Slot[] {
  const { state, clock } = ctx.services;
  const window = slotWindow(clock.now());
  const slots = freeSlots(state, {
    interviewerIds: schedule.interviewerIds,
    durationMinutes: schedule.durationInMinutes,
    ...window,
    ...(except ? { except } : {}),
  });
  if (schedule.type !== 'GROUP') return slots;
  // A group interview another candidate booked is still a slot for the others.
  const booked = schedule.applications
    .map((a) => (a.interviewId ? state.selfScheduledInterviews.get(a.interviewId) : undefined))
    .filter((i): i is SelfScheduledInterviewRecord => i !== undefined && i.id !== except)
    .map((i) => ({ startsAt: Date.parse(i.startsAt), endsAt: Date.parse(i.endsAt) }))
    .filter((s) => s.startsAt >= window.from);
  const all = [...slots, ...booked].sort((a, b) => a.startsAt - b.startsAt);
  return all.filter((s, k) => k === 0 || s.startsAt !== all[k - 1]?.startsAt);
}

/** Reads a slot body: `startsAt` and `endsAt`, ISO-8601 with a time zone, the second after the first. */
function readSlot(ctx: HandlerContext): { startsAt: number; endsAt: number } {
  const body = requireObject(readJson(ctx));
  const check = new Check();
  const startsAt = check.date(body, 'startsAt', '');
  const endsAt = check.date(body, 'endsAt', '');
  for (const [name, value] of [
    ['startsAt', startsAt],
    ['endsAt', endsAt],
  ] as const) {
    if (value === undefined) check.fail(`${name} is required`);
    else if (!WITH_ZONE.test(value)) check.fail(`${name} must be a date-time with a time zone`);
  }
  check.done(400);
  const slot = { startsAt: Date.parse(startsAt as string), endsAt: Date.parse(endsAt as string) };
  if (slot.endsAt <= slot.startsAt) {
    throw srError(400, 'END_DATE_BEFORE_START_DATE', 'endsAt must be after startsAt');
  }
  return slot;
}

/** 409 `SLOT_NOT_AVAILABLE` unless `slot` is one of `offered`. */
function requireOffered(slot: Slot, offered: Slot[]): void {
  if (!offered.some((s) => s.startsAt === slot.startsAt && s.endsAt === slot.endsAt)) {
    throw srError(
      409,
      'SLOT_NOT_AVAILABLE',
      `The slot ${iso(slot.startsAt)} - ${iso(slot.endsAt)} is not one of the slots offered`,
    );
  }
}

/** Reads `{ applicationUuid, repeat? }` (an invitation update or a reschedule). */
function readInvite(ctx: HandlerContext): {
  applicationUuid: string;
  repeat: SelfScheduleApplicationRecord['repeat'] | undefined;
} {
  const body = requireObject(readJson(ctx));
  const check = new Check();
  const applicationUuid = check.string(body, 'applicationUuid', '', { required: true });
  let repeat: SelfScheduleApplicationRecord['repeat'] | undefined;
  if (body.repeat !== undefined && body.repeat !== null) {
    if (!isObject(body.repeat)) check.fail('repeat must be an object');
    else {
      const interval = check.number(body.repeat, 'intervalInDays', 'repeat.');
      const times = check.number(body.repeat, 'times', 'repeat.');
      for (const [name, value] of [
        ['intervalInDays', interval],
        ['times', times],
      ] as const) {
        if (value !== undefined && !(Number.isInteger(value) && value >= 1)) {
          check.fail(`repeat.${name} must be a whole number from 1`);
        }
      }
      repeat = { intervalInDays: interval ?? null, times: times ?? null };
    }
  }
  check.done(400);
  return { applicationUuid: applicationUuid as string, repeat };
}

/** Self Scheduling API routes. */
export const selfSchedulingRoutes: RouteDef[] = [
  route('POST', `${API}/automated-self-schedules`, S.schedulingWrite, (ctx) => {
    const { state } = ctx.services;
    const body = requireObject(readJson(ctx));
    const check = new Check();
    const applicationUuid = check.string(body, 'applicationUuid', '', { required: true });
    check.done(400);
    const app = findApplication(ctx, applicationUuid as string);
    if (openEntry(ctx, app.id)) {
      throw srError(409, 'SELF_SCHEDULE_EXISTS', `Application '${app.id}' already has an open self-schedule`);
    }
    const stage = stageOf(app);
    if (!stage) {
      throw srError(
        422,
        'INVALID_APPLICATION_STATUS',
        `Application '${app.id}' is ${app.status}${app.subStatus ? '' : ' without a step'}: no interview to schedule`,
      );
    }
    const template = state.jobTemplate(app.jobId, stage.hiringStage, stage.hiringStep);
    if (!template) {
      throw srError(
        422,
        'INTERVIEW_TEMPLATE_NOT_FOUND',
        `The job has no interview template for ${stage.hiringStage} / ${stage.hiringStep}`,
      );
    }
    const interviewerIds = templateInterviewers(state, template);
    if (interviewerIds.length === 0) {
      throw srError(422, 'NO_INTERVIEWERS', "The job's interview template has no active interviewers");
    }
    const schedule = state.addSelfSchedule({
      jobTemplate: template,
      applicationUuid: app.id,
      interviewerIds,
    });
    emit(
      ctx,
      'self-schedule.created',
      {
        self_schedule_id: schedule.id,
        candidate_id: app.candidateId,
        application_id: app.id,
        job_id: app.jobId,
        company_id: state.company.identifier,
      },
      `${API}/self-schedules/${schedule.id}`,
    );
    return json(201, { selfScheduleId: schedule.id });
  }),
  route('POST', `${API}/automated-self-schedules/update-invite`, S.schedulingWrite, (ctx) => {
    const { applicationUuid, repeat } = readInvite(ctx);
    findApplication(ctx, applicationUuid);
    const open = found(openEntry(ctx, applicationUuid), 'Self-schedule', 'SELF_SCHEDULE_NOT_FOUND');
    if (open.entry.status !== 'PENDING') {
      throw srError(
        409,
        'SELF_SCHEDULE_ALREADY_BOOKED',
        'The candidate already booked: ask for a reschedule',
      );
    }
    open.entry.invitedOn = ctx.services.state.nowIso();
    if (repeat !== undefined) open.entry.repeat = repeat;
    return noContent();
  }),
  route('POST', `${API}/automated-self-schedules/reschedule`, S.schedulingWrite, (ctx) => {
    const { state } = ctx.services;
    const { applicationUuid, repeat } = readInvite(ctx);
    findApplication(ctx, applicationUuid);
    const open = found(openEntry(ctx, applicationUuid), 'Self-schedule', 'SELF_SCHEDULE_NOT_FOUND');
    if (open.entry.status !== 'SCHEDULED' || !open.entry.interviewId) {
      throw srError(
        409,
        'SELF_SCHEDULE_NOT_BOOKED',
        'The candidate has not booked yet: update the invitation',
      );
    }
    state.selfScheduledInterviews.delete(open.entry.interviewId);
    open.entry.interviewId = null;
    open.entry.status = 'PENDING';
    open.entry.invitedOn = state.nowIso();
    if (repeat !== undefined) open.entry.repeat = repeat;
    return noContent();
  }),
  route(
    'POST',
    `${API}/automated-self-schedules/{scheduleType}/application/{applicationUuid}/slots/count/by-role`,
    S.schedulingRead,
    (ctx) => {
      const { state, clock } = ctx.services;
      const scheduleType = param(ctx, 'scheduleType');
      if (!(SR_INTERVIEW_TEMPLATE_TYPES as readonly string[]).includes(scheduleType)) {
        throw badRequest(
          `scheduleType must be one of ${SR_INTERVIEW_TEMPLATE_TYPES.join(', ')}`,
          'INVALID_PARAMETER',
        );
      }
      const app = findApplication(ctx, param(ctx, 'applicationUuid'));
      const body = requireObject(readJson(ctx));
      const check = new Check();
      const start = check.date(body, 'startDate', '');
      const end = check.date(body, 'endDate', '');
      for (const [name, value] of [
        ['startDate', start],
        ['endDate', end],
      ] as const) {
        if (value !== undefined && !DATE_ONLY.test(value)) check.fail(`${name} must be a date (YYYY-MM-DD)`);
      }
      const days = check.number(body, 'slotsAvailabilityLimitInDays', '');
      if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= MAX_COUNT_DAYS)) {
        check.fail(`slotsAvailabilityLimitInDays must be a whole number from 1 to ${MAX_COUNT_DAYS}`);
      }
      if (body.interviewerIdsByRole === undefined) check.fail('interviewerIdsByRole is required');
      check.done(400);
      const byRole = readInterviewersByRole(ctx, body.interviewerIdsByRole, 'interviewerIdsByRole');
      const interviewerIds = Object.values(byRole).flat();
      if (interviewerIds.length === 0)
        throw badRequest('interviewerIdsByRole names no interviewer', 'VALIDATION_ERROR');
      // From the start of startDate (UTC; default now) to the end of endDate, or for the days asked.
      const from = start ? Date.parse(start) : clock.now();
      const to = end ? Date.parse(end) + DAY : from + (days ?? 14) * DAY;
      if (to <= from || to - from > MAX_COUNT_DAYS * DAY) {
        throw badRequest(
          `The window must end after it starts, within ${MAX_COUNT_DAYS} days`,
          'VALIDATION_ERROR',
        );
      }
      const stage = stageOf(app);
      const template = stage ? state.jobTemplate(app.jobId, stage.hiringStage, stage.hiringStep) : undefined;
      const slots = freeSlots(state, {
        interviewerIds,
        durationMinutes: template?.durationInMinutes ?? DEFAULT_DURATION,
        from: Math.max(from, clock.now()),
        to,
      });
      return json(200, { count: slots.length });
    },
  ),
  route('GET', `${API}/self-schedules`, S.schedulingRead, (ctx) => {
    const { state } = ctx.services;
    const q = ctx.query;
    const applicationId = q.get('applicationId');
    if (applicationId === undefined) {
      throw badRequest("Query parameter 'applicationId' is required", 'INVALID_PARAMETER');
    }
    const raw = q.get('withInterviews');
    if (raw !== undefined && raw !== 'true' && raw !== 'false') {
      throw badRequest("Query parameter 'withInterviews' must be true or false", 'INVALID_PARAMETER');
    }
    const limit = q.limit(10);
    const offset = q.int('offset', { default: 0, min: 0, max: Number.MAX_SAFE_INTEGER });
    const all = [...state.selfSchedules.values()]
      .filter((s) => s.applications.some((a) => a.applicationUuid === applicationId))
      .sort(newestFirst);
    return json(
      200,
      offsetPage(all, limit, offset, (s) => scheduleView(ctx, s, raw === 'true')),
    );
  }),
  route('GET', `${API}/self-schedules/{id}`, S.schedulingRead, (ctx) =>
    json(200, scheduleView(ctx, findSchedule(ctx), true)),
  ),
  route('DELETE', `${API}/self-schedules/{id}`, S.schedulingWrite, (ctx) => {
    const schedule = findSchedule(ctx);
    for (const entry of schedule.applications) {
      if (entry.interviewId) ctx.services.state.selfScheduledInterviews.delete(entry.interviewId);
      entry.interviewId = null;
      entry.status = 'CANCELLED';
    }
    schedule.status = 'CANCELLED';
    return noContent();
  }),
  route('GET', `${API}/self-schedules/{id}/application/{applicationUuid}`, S.schedulingRead, (ctx) => {
    const { schedule, entry } = findEntry(ctx);
    return json(200, applicationView(entry, schedule.id));
  }),
  route('GET', `${API}/self-schedules/{id}/application/{applicationUuid}/slots`, S.schedulingRead, (ctx) => {
    const { schedule, entry } = findEntry(ctx);
    requireActive(schedule);
    return json(
      200,
      offeredSlots(ctx, schedule, entry.interviewId ?? undefined).map((s) => ({
        startsAt: iso(s.startsAt),
        endsAt: iso(s.endsAt),
      })),
    );
  }),
  route(
    'GET',
    `${API}/self-schedules/{id}/application/{applicationUuid}/interview`,
    S.schedulingRead,
    (ctx) => {
      const { entry } = findEntry(ctx);
      const interview = found(
        entry.interviewId ? ctx.services.state.selfScheduledInterviews.get(entry.interviewId) : undefined,
        'Interview',
      );
      return json(200, interviewView(interview));
    },
  ),
  route(
    'POST',
    `${API}/self-schedules/{id}/application/{applicationUuid}/interview`,
    S.schedulingWrite,
    (ctx) => {
      const { state } = ctx.services;
      const { schedule, entry } = findEntry(ctx);
      const slot = readSlot(ctx);
      requireActive(schedule);
      if (entry.status === 'CANCELLED') {
        throw srError(409, 'SELF_SCHEDULE_CANCELLED', "The application's invitation is cancelled");
      }
      if (entry.status === 'SCHEDULED') {
        throw srError(
          409,
          'SELF_SCHEDULE_ALREADY_BOOKED',
          'The candidate already booked: move the interview instead',
        );
      }
      requireOffered(slot, offeredSlots(ctx, schedule));
      let id = state.ids.uuid();
      while (state.selfScheduledInterviews.has(id)) id = state.ids.uuid();
      const interview: SelfScheduledInterviewRecord = {
        id,
        selfScheduleId: schedule.id,
        applicationUuid: entry.applicationUuid,
        startsAt: iso(slot.startsAt),
        endsAt: iso(slot.endsAt),
        interviewerIds: [...schedule.interviewerIds],
        location: schedule.location,
        timezone: schedule.timezone,
        createdOn: state.nowIso(),
      };
      state.selfScheduledInterviews.set(interview.id, interview);
      entry.interviewId = interview.id;
      entry.status = 'SCHEDULED';
      return json(201, interviewView(interview));
    },
  ),
  route(
    'PUT',
    `${API}/self-schedules/{id}/application/{applicationUuid}/interview`,
    S.schedulingWrite,
    (ctx) => {
      const { schedule, entry } = findEntry(ctx);
      const slot = readSlot(ctx);
      requireActive(schedule);
      const interview = found(
        entry.interviewId ? ctx.services.state.selfScheduledInterviews.get(entry.interviewId) : undefined,
        'Interview',
      );
      requireOffered(slot, offeredSlots(ctx, schedule, interview.id));
      interview.startsAt = iso(slot.startsAt);
      interview.endsAt = iso(slot.endsAt);
      return json(200, interviewView(interview));
    },
  ),
];
