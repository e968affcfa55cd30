import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConflictError,
  NotFoundError,
  type SmartRecruiters,
  UnprocessableEntityError,
} from '../../src/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../../src/testing/index.js';
import { FAST_CLIENT, FAST_FAKE, rejectsBeforeAnyRequest, routesAfter, sdkFor } from '../helpers/fake-sdk.js';

/** Monday 5 January 2026, 07:00 UTC. */
const NOW = Date.UTC(2026, 0, 5, 7);

let fake: FakeSmartRecruiters;
let sr: SmartRecruiters;

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({ ...FAST_FAKE, seed: 11, now: () => NOW });
  sr = sdkFor(fake, FAST_CLIENT);
});
afterAll(() => fake.close());

let userSeq = 0;
/**
 * An application at an interview step whose job template has one interviewer of its own, working
 * 9:00-17:00 on weekdays in `timezone`, `perDay` interviews a day at most.
 */
function scenario(options: { timezone?: string; perDay?: number; minutes?: number } = {}) {
  const { state } = fake;
  userSeq += 1;
  const user = state.addUser({
    email: `panel${userSeq}@example.com`,
    firstName: 'Pat',
    lastName: `Panel${userSeq}`,
    active: true,
  });
  state.schedulePreferences.set(user.id, {
    userId: user.id,
    timezone: options.timezone ?? 'UTC',
    workingHours: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((dayOfWeek) => ({
      dayOfWeek: dayOfWeek as 'MONDAY',
      startTime: '09:00',
      endTime: '17:00',
    })),
    maxInterviewsPerDay: options.perDay ?? 4,
  });
  const job = state.addJob({ title: `Self-scheduled role ${userSeq}` });
  const step = state.hiringProcesses.get(job.hiringProcessId)?.subStatuses.INTERVIEW?.[0] as string;
  const template = state.addInterviewTemplate({
    name: `Template ${userSeq}`,
    durationInMinutes: options.minutes ?? 60,
  });
  state.assignJobTemplate({
    jobId: job.id,
    templateId: template.id,
    hiringStage: 'INTERVIEW',
    hiringStep: step,
    interviewersByRole: { HIRING_MANAGER: [user.id] },
  });
  const candidate = state.addCandidate({
    firstName: 'Cy',
    lastName: `Candidate${userSeq}`,
    email: `c${userSeq}@example.com`,
  });
  const app = state.addApplication({
    candidateId: candidate.id,
    jobId: job.id,
    status: 'INTERVIEW',
    subStatus: step,
  });
  const other = state.addCandidate({
    firstName: 'Di',
    lastName: `Other${userSeq}`,
    email: `d${userSeq}@example.com`,
  });
  const second = state.addApplication({
    candidateId: other.id,
    jobId: job.id,
    status: 'INTERVIEW',
    subStatus: step,
  });
  return { user, job, app, second };
}

describe('selfScheduling', () => {
  it('invites, offers the free slots, books one, moves it, asks for a new pick, and cancels', async () => {
    const { app, second } = scenario();
    const { selfScheduleId } = await sr.selfScheduling.create({ applicationUuid: app.id });
    expect(fake.webhooks.events.at(-1)).toMatchObject({
      name: 'self-schedule.created',
      payload: {
        self_schedule_id: selfScheduleId,
        application_id: app.id,
        candidate_id: app.candidateId,
        job_id: app.jobId,
      },
    });
    await expect(sr.selfScheduling.create({ applicationUuid: app.id })).rejects.toBeInstanceOf(ConflictError);
    expect(await sr.selfScheduling.invitation(selfScheduleId, app.id)).toMatchObject({ status: 'PENDING' });

    // Weekdays 9:00-17:00 UTC for 14 days from Monday 07:00: 10 days of 15 one-hour slots.
    const slots = await sr.selfScheduling.slots(selfScheduleId, app.id);
    expect(slots).toHaveLength(150);
    expect(slots[0]).toEqual({ startsAt: '2026-01-05T09:00:00.000Z', endsAt: '2026-01-05T10:00:00.000Z' });
    expect(slots.at(-1)).toEqual({
      startsAt: '2026-01-16T16:00:00.000Z',
      endsAt: '2026-01-16T17:00:00.000Z',
    });

    const booked = await sr.selfScheduling.book(selfScheduleId, app.id, slots[0]!);
    expect(booked).toMatchObject({ startsAt: slots[0]!.startsAt, applicationUuid: app.id });
    expect(await sr.selfScheduling.interview(selfScheduleId, app.id)).toEqual(booked);
    expect(await sr.selfScheduling.invitation(selfScheduleId, app.id)).toMatchObject({
      status: 'SCHEDULED',
      interviewId: booked.id,
    });
    await expect(sr.selfScheduling.book(selfScheduleId, app.id, slots[1]!)).rejects.toBeInstanceOf(
      ConflictError,
    );

    // Another candidate of the same interviewer no longer gets 9:00 or the overlapping 9:30.
    const other = await sr.selfScheduling.create({ applicationUuid: second.id });
    const otherSlots = await sr.selfScheduling.slots(other.selfScheduleId, second.id);
    expect(otherSlots[0]?.startsAt).toBe('2026-01-05T10:00:00.000Z');
    const taken = await sr.selfScheduling
      .book(other.selfScheduleId, second.id, slots[0]!)
      .catch((e: unknown) => e);
    expect(taken).toBeInstanceOf(ConflictError);
    expect((taken as ConflictError).code).toBe('SLOT_NOT_AVAILABLE');

    const moved = await sr.selfScheduling.rebook(selfScheduleId, app.id, {
      startsAt: '2026-01-06T13:00:00Z',
      endsAt: '2026-01-06T14:00:00Z',
    });
    expect(moved).toMatchObject({ id: booked.id, startsAt: '2026-01-06T13:00:00.000Z' });
    await expect(sr.selfScheduling.updateInvite({ applicationUuid: app.id })).rejects.toBeInstanceOf(
      ConflictError,
    );

    await sr.selfScheduling.requestReschedule({
      applicationUuid: app.id,
      repeat: { intervalInDays: 2, times: 3 },
    });
    await expect(sr.selfScheduling.interview(selfScheduleId, app.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await sr.selfScheduling.invitation(selfScheduleId, app.id)).toMatchObject({
      status: 'PENDING',
      repeat: { intervalInDays: 2, times: 3 },
    });
    await expect(sr.selfScheduling.requestReschedule({ applicationUuid: app.id })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await sr.selfScheduling.updateInvite({ applicationUuid: app.id, repeat: { times: 1 } });

    await sr.selfScheduling.cancel(selfScheduleId);
    expect(await sr.selfScheduling.get(selfScheduleId)).toMatchObject({ status: 'CANCELLED' });
    await expect(sr.selfScheduling.slots(selfScheduleId, app.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it('keeps to each interviewer time zone and daily maximum', async () => {
    const { app, second } = scenario({ timezone: 'America/New_York', perDay: 1, minutes: 30 });
    const { selfScheduleId } = await sr.selfScheduling.create({ applicationUuid: app.id });
    const slots = await sr.selfScheduling.slots(selfScheduleId, app.id);
    // 9:00 in New York is 14:00 UTC in January; the last 30-minute slot starts 16:30 there.
    const monday = slots.filter((s) => s.startsAt.startsWith('2026-01-05'));
    expect(monday[0]?.startsAt).toBe('2026-01-05T14:00:00.000Z');
    expect(monday.at(-1)?.startsAt).toBe('2026-01-05T21:30:00.000Z');
    expect(monday).toHaveLength(16);
    await sr.selfScheduling.book(selfScheduleId, app.id, slots[0]!);
    // One interview a day at most: another candidate of the same interviewer starts on Tuesday.
    const other = await sr.selfScheduling.create({ applicationUuid: second.id });
    const otherSlots = await sr.selfScheduling.slots(other.selfScheduleId, second.id);
    expect(otherSlots[0]?.startsAt).toBe('2026-01-06T14:00:00.000Z');
    // The booked candidate may still move within Monday: their own interview does not count.
    const own = await sr.selfScheduling.slots(selfScheduleId, app.id);
    expect(own.filter((s) => s.startsAt.startsWith('2026-01-05'))).toHaveLength(16);
  });

  it('counts the free slots of interviewers by role over a window', async () => {
    const { user, app } = scenario();
    const count = (input: Parameters<SmartRecruiters['selfScheduling']['countSlots']>[2]) =>
      sr.selfScheduling.countSlots('INDIVIDUAL', app.id, input);
    // Monday 5 January, from 07:00 (now): fifteen one-hour slots from 9:00 to 16:00.
    expect(
      await count({
        interviewerIdsByRole: { HIRING_MANAGER: [user.id] },
        startDate: '2026-01-05',
        endDate: '2026-01-05',
      }),
    ).toBe(15);
    // The weekend has none; a week has five working days.
    expect(
      await count({
        interviewerIdsByRole: { HIRING_MANAGER: [user.id] },
        startDate: '2026-01-10',
        endDate: '2026-01-11',
      }),
    ).toBe(0);
    expect(
      await count({ interviewerIdsByRole: { HIRING_MANAGER: [user.id] }, slotsAvailabilityLimitInDays: 7 }),
    ).toBe(75);
    await expect(count({ interviewerIdsByRole: { HIRING_MANAGER: ['nobody'] } })).rejects.toBeInstanceOf(
      UnprocessableEntityError,
    );
    await rejectsBeforeAnyRequest(fake, () =>
      sr.selfScheduling.countSlots('PANEL' as 'GROUP', app.id, {
        interviewerIdsByRole: { RECRUITER: [user.id] },
      }),
    );
  });

  it("lists an application's self-schedules newest first, across offset pages", async () => {
    const { app } = scenario();
    const ids: string[] = [];
    for (let k = 0; k < 3; k++) {
      fake.advanceTime(60_000);
      const { selfScheduleId } = await sr.selfScheduling.create({ applicationUuid: app.id });
      ids.push(selfScheduleId);
      await sr.selfScheduling.cancel(selfScheduleId);
    }
    const before = fake.requests.length;
    const listed = await sr.selfScheduling.list({ application_id: app.id, limit: 2 }).toArray();
    expect(listed.map((s) => s.id)).toEqual([...ids].reverse());
    expect(fake.requests.entries.slice(before).map((e) => e.query.offset?.[0])).toEqual([undefined, '2']);
    const first = await sr.selfScheduling.list({ application_id: app.id, limit: 2 });
    expect(first).toMatchObject({ total: 3, result_count: 2 });
    const rest = await sr.selfScheduling.list({
      application_id: app.id,
      cursor: first.next_cursor as string,
    });
    expect(rest.result.map((s) => s.id)).toEqual([ids[0]]);
    expect(rest.next_cursor).toBeNull();
  });

  it('refuses an application without a template for its step, and bad slots before any request', async () => {
    const { app, job } = scenario();
    const elsewhere = fake.state.addApplication({
      candidateId: [...fake.state.candidates.values()][0]!.id,
      jobId: job.id,
      status: 'IN_REVIEW',
      subStatus: 'Screening',
    });
    await expect(sr.selfScheduling.create({ applicationUuid: elsewhere.id })).rejects.toBeInstanceOf(
      UnprocessableEntityError,
    );
    await expect(sr.selfScheduling.create({ applicationUuid: 'no-such-application' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const { selfScheduleId } = await sr.selfScheduling.create({ applicationUuid: app.id });
    const issues = await rejectsBeforeAnyRequest(fake, () =>
      sr.selfScheduling.book(selfScheduleId, app.id, {
        startsAt: '2026-01-05T10:00:00Z',
        endsAt: '2026-01-05T09:00:00Z',
      }),
    );
    expect(issues[0]?.path).toEqual(['endsAt']);
    await rejectsBeforeAnyRequest(fake, () => sr.selfScheduling.list({} as { application_id: string }));
    // A Saturday slot is none of those offered.
    const saturday = await sr.selfScheduling
      .book(selfScheduleId, app.id, { startsAt: '2026-01-10T10:00:00Z', endsAt: '2026-01-10T11:00:00Z' })
      .catch((e: unknown) => e);
    expect((saturday as ConflictError).code).toBe('SLOT_NOT_AVAILABLE');
  });

  it('calls only Self Scheduling API routes', async () => {
    const { app } = scenario();
    const before = fake.requests.length;
    const { selfScheduleId } = await sr.selfScheduling.create({ applicationUuid: app.id });
    await sr.selfScheduling.get(selfScheduleId);
    expect(routesAfter(fake, before)).toEqual([
      'POST /self-scheduling/automated-self-schedules',
      'GET /self-scheduling/self-schedules/{id}',
    ]);
  });
});
