import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, SmartRecruiters, SmartRecruitersError, ValidationError } from '../../src/index.js';
import { INTERVIEWS_API } from '../../src/routes.js';
import { InterviewSchema } from '../../src/schemas/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../../src/testing/index.js';
import {
  FAST_CLIENT,
  FAST_FAKE,
  rejectsBeforeAnyRequest,
  routesAfter,
  sdkFor,
  serveFetchHandler,
} from '../helpers/fake-sdk.js';

let fake: FakeSmartRecruiters;
let sr: SmartRecruiters;

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({
    ...FAST_FAKE,
    seed: 21,
    counts: { candidates: 20, jobs: 6, users: 6 },
  });
  sr = sdkFor(fake, FAST_CLIENT);
});
afterAll(() => fake.close());

/** A seeded interview with its application. */
function seeded() {
  const interview = [...fake.state.interviews.values()][0]!;
  const application = fake.state.application(interview.candidateId, interview.jobId)!;
  return { interview, application };
}

function activeUsers(): string[] {
  return [...fake.state.users.values()].filter((u) => u.active).map((u) => u.id);
}

describe('interviews', () => {
  it("schedules a panel on an application, then lists the application's interviews across pages", async () => {
    const { application } = seeded();
    const [organizer, a, b] = activeUsers();
    const created = await sr.interviews.create({
      application_id: `${application.candidateId}:${application.jobId}`,
      organizer_id: organizer!,
      timezone: 'Europe/Berlin',
      location: 'https://meet.example.com/panel',
      timeslots: [
        {
          starts_at: '2026-03-02T09:00:00Z',
          ends_at: '2026-03-02T10:00:00Z',
          interviewer_ids: [a!, b!],
          title: 'Panel',
        },
      ],
    });
    expect(created).toMatchObject({
      application: { id: `${application.candidateId}:${application.jobId}` },
      organizer: { id: organizer },
      video_url: 'https://meet.example.com/panel',
      starts_at: '2026-03-02T09:00:00.000Z',
      status: 'scheduled',
      candidate_status: 'pending',
    });
    expect(created.interviewers.map((i) => i.user.id)).toEqual([a, b]);
    expect(InterviewSchema.safeParse(created).success).toBe(true);
    expect(fake.webhooks.events.at(-1)).toMatchObject({
      name: 'interview.created',
      payload: {
        interview_id: created.id,
        application_id: application.id,
        candidate_id: application.candidateId,
        company_id: fake.state.company.identifier,
      },
    });

    const expected = [...fake.state.interviews.values()]
      .filter((i) => i.candidateId === application.candidateId && i.jobId === application.jobId)
      .map((i) => i.id);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const seq = fake.requests.length;
    const pages = [];
    for await (const page of sr.interviews.list({ job_application_id: application.id, limit: 1 }).pages())
      pages.push(page);
    expect(pages.map((p) => p.result.map((i) => i.id))).toEqual(expected.map((id) => [id]));
    // SR returns them whole (by SR's job application id): every page reads the same list.
    expect(fake.requests.entries.slice(seq)[0]).toMatchObject({
      route: 'GET /interviews-api/v201904/interviews',
      query: { applicationId: [application.id] },
    });
    expect(routesAfter(fake, seq).every((r) => r === 'GET /interviews-api/v201904/interviews')).toBe(true);
  });

  it('gets, updates and cancels an interview', async () => {
    const { interview } = seeded();
    const got = await sr.interviews.get(interview.id);
    expect(got).toMatchObject({ id: interview.id, timezone: interview.timezone });
    const seq = fake.requests.length;
    const updated = await sr.interviews.update(interview.id, {
      location: 'Room 7, HQ',
      candidate_status: 'declined',
    });
    expect(updated).toMatchObject({ location: 'Room 7, HQ', video_url: null, candidate_status: 'declined' });
    expect(updated.timeslots.every((t) => t.candidate_status === 'declined')).toBe(true);
    expect(fake.webhooks.events.at(-1)?.name).toBe('interview.updated');
    // The candidate's status goes to every time slot, never through SR's deprecated route or field.
    const sent = fake.requests.entries.slice(seq);
    expect(sent.map((r) => r.route)).not.toContain(
      'PUT /interviews-api/v201904/interviews/{interviewId}/candidate/status',
    );
    expect(sent.filter((r) => r.route?.endsWith('/candidateStatus'))).toHaveLength(
      interview.timeslots.length,
    );
    expect(fake.state.interviews.get(interview.id)?.timeslots.map((t) => t.candidateStatus)).toEqual(
      interview.timeslots.map(() => 'declined'),
    );
    // One slot at a time.
    const first = interview.timeslots[0]!;
    await sr.interviews.updateCandidateStatus(interview.id, first.id, 'accepted');
    expect(fake.state.interviews.get(interview.id)?.timeslots[0]?.candidateStatus).toBe('accepted');

    const slot = interview.timeslots[0]!;
    const interviewer = slot.interviewers[0]!;
    await sr.interviews.updateInterviewerStatus(interview.id, slot.id, interviewer.id, 'declined');
    expect(fake.state.interviews.get(interview.id)?.timeslots[0]?.interviewers[0]?.status).toBe('declined');

    await sr.interviews.cancel(interview.id);
    expect(fake.webhooks.events.at(-1)?.name).toBe('interview.canceled');
    await expect(sr.interviews.get(interview.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('changes one time slot: reads it, then sends SmartRecruiters the full slot', async () => {
    const interview = [...fake.state.interviews.values()].find((i) => i.timeslots.length > 0)!;
    const slot = interview.timeslots[0]!;
    const before = structuredClone(slot);
    const seq = fake.requests.length;
    const updated = await sr.interviews.updateTimeslot(interview.id, slot.id, { title: 'Debrief' });
    const sent = fake.requests.entries.slice(seq);
    expect(sent.slice(0, 2).map((r) => r.route)).toEqual([
      'GET /interviews-api/v201904/interviews/{interviewId}/timeslots/{timeslotId}',
      'PATCH /interviews-api/v201904/interviews/{interviewId}/timeslots/{timeslotId}',
    ]);
    // Everything the slot had is sent back (SR replaces the slot with the body): times,
    // interviewers with their answers, type, place and the candidate's status.
    expect(fake.state.interviews.get(interview.id)?.timeslots[0]).toMatchObject({
      ...before,
      title: 'Debrief',
    });
    expect(updated.timeslots[0]).toMatchObject({ id: slot.id, title: 'Debrief', starts_at: before.startsOn });

    // Moving the slot keeps its interviewers' answers; a new interviewer has none yet.
    const newcomer = activeUsers().find((id) => !before.interviewers.some((i) => i.id === id))!;
    await sr.interviews.updateTimeslot(interview.id, slot.id, {
      starts_at: '2026-04-01T09:00:00Z',
      ends_at: '2026-04-01T10:00:00Z',
      interviewer_ids: [before.interviewers[0]!.id, newcomer],
    });
    expect(fake.state.interviews.get(interview.id)?.timeslots[0]).toMatchObject({
      startsOn: '2026-04-01T09:00:00.000Z',
      interviewers: [before.interviewers[0], { id: newcomer, status: 'pending' }],
    });
    // An end before the start, once merged with what the slot has, is refused before the PATCH.
    const refused = fake.requests.length;
    await expect(
      sr.interviews.updateTimeslot(interview.id, slot.id, { ends_at: '2026-03-01T09:00:00Z' }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(fake.requests.entries.slice(refused).map((r) => r.method)).toEqual(['GET']);
    // A slot read back without what a full slot needs is never sent as a partial one.
    const stored = fake.state.interviews.get(interview.id)!.timeslots[0]!;
    const interviewers = stored.interviewers;
    stored.interviewers = [];
    try {
      const bad = fake.requests.length;
      await expect(sr.interviews.updateTimeslot(interview.id, slot.id, { title: 'x' })).rejects.toThrow(
        /interviewers/,
      );
      expect(fake.requests.entries.slice(bad).map((r) => r.method)).toEqual(['GET']);
    } finally {
      stored.interviewers = interviewers;
    }
    await rejectsBeforeAnyRequest(fake, () => sr.interviews.updateTimeslot(interview.id, slot.id, {}));
    await rejectsBeforeAnyRequest(fake, () =>
      sr.interviews.updateTimeslot(interview.id, slot.id, { interviewer_ids: [] }),
    );
  });

  it('types a time slot PATCH as the full slot SmartRecruiters requires', async () => {
    const interview = [...fake.state.interviews.values()][0]!;
    const slot = interview.timeslots[0]!;
    const params = { interviewId: interview.id, timeslotId: slot.id };
    const wrong = sr.client.patch(`${INTERVIEWS_API}/interviews/{interviewId}/timeslots/{timeslotId}`, {
      params,
      // @ts-expect-error startsOn, endsOn and interviewers are required
      body: { title: 'Partial' },
    });
    await expect(wrong).rejects.toMatchObject({ status: 400 });
  });

  it("reads the company's interview types", async () => {
    expect(await sr.interviews.types()).toEqual(fake.state.interviewTypes);
  });

  it("keeps an unknown attendee status as 'other' with its remote value", async () => {
    const interview = [...fake.state.interviews.values()].at(-1)!;
    interview.timeslots[0]!.candidateStatus = 'no_show' as never;
    const got = await sr.interviews.get(interview.id);
    expect(got).toMatchObject({ candidate_status: 'other', remote_candidate_status: 'no_show' });
  });

  it("takes up to SmartRecruiters' 50 time slots, and refuses what SmartRecruiters would", async () => {
    const { application } = seeded();
    const [organizer, a] = activeUsers();
    const slots = Array.from({ length: 21 }, (_, i) => ({
      starts_at: new Date(Date.UTC(2026, 4, 4, 8) + i * 3_600_000).toISOString(),
      ends_at: new Date(Date.UTC(2026, 4, 4, 9) + i * 3_600_000).toISOString(),
      interviewer_ids: [a!],
    }));
    const base = {
      application_id: `${application.candidateId}:${application.jobId}`,
      organizer_id: organizer!,
      timezone: 'Europe/Berlin',
    };
    const created = await sr.interviews.create({ ...base, timeslots: slots });
    expect(created.timeslots).toHaveLength(21);
    await sr.interviews.cancel(created.id);
    const slot = slots[0]!;
    await rejectsBeforeAnyRequest(fake, () =>
      sr.interviews.create({ ...base, timeslots: Array.from({ length: 51 }, () => slot) }),
    );
    await rejectsBeforeAnyRequest(fake, () =>
      sr.interviews.create({ ...base, timeslots: [{ ...slot, title: 'x'.repeat(201) }] }),
    );
    await rejectsBeforeAnyRequest(fake, () =>
      sr.interviews.create({ ...base, timeslots: [{ ...slot, location: 'x'.repeat(501) }] }),
    );
    await rejectsBeforeAnyRequest(fake, () =>
      sr.interviews.create({ ...base, location: 'x'.repeat(501), timeslots: [slot] }),
    );
    await rejectsBeforeAnyRequest(fake, () =>
      sr.interviews.update(created.id, { location: 'x'.repeat(501) }),
    );
  });

  it('lists the interviews of what a user has in hand: an Application, or its candidateId:jobId', async () => {
    const { application } = seeded();
    const id = `${application.candidateId}:${application.jobId}`;
    const [organizer, a] = activeUsers();
    await sr.interviews.create({
      application_id: id,
      organizer_id: organizer!,
      timezone: 'Europe/Berlin',
      timeslots: [
        { starts_at: '2026-05-02T09:00:00Z', ends_at: '2026-05-02T10:00:00Z', interviewer_ids: [a!] },
      ],
    });
    const expected = [...fake.state.interviews.values()]
      .filter((i) => i.candidateId === application.candidateId && i.jobId === application.jobId)
      .map((i) => i.id);
    const INTERVIEWS = 'GET /interviews-api/v201904/interviews';
    // An Application read with get() carries SR's job application id: nothing more to read.
    const got = await sr.applications.get(id, { include: [] });
    expect(got.job_application_id).toBe(application.id);
    let seq = fake.requests.length;
    expect((await sr.interviews.list({ application: got }).toArray()).map((i) => i.id)).toEqual(expected);
    expect(routesAfter(fake, seq)).toEqual([INTERVIEWS]);
    expect(fake.requests.entries.slice(seq)[0]?.query.applicationId).toEqual([application.id]);
    // Its id, or an Application from a list (which lacks it): one read of the application, once
    // per list, then SmartRecruiters' list by job application id.
    for (const params of [
      { application_id: id, limit: 1 },
      { application: { ...got, job_application_id: null }, limit: 1 },
    ]) {
      seq = fake.requests.length;
      const pages = [];
      for await (const page of sr.interviews.list(params).pages()) pages.push(page.result.map((i) => i.id));
      expect(pages.flat()).toEqual(expected);
      expect(routesAfter(fake, seq)).toEqual([
        'GET /candidates/{id}/jobs/{jobId}',
        ...expected.map(() => INTERVIEWS),
      ]);
    }
    // A cursor resumes the same application's list.
    const first = await sr.interviews.list({ application_id: id, limit: 1 });
    const next = await sr.interviews.list({ cursor: first.next_cursor! });
    expect(next.result.map((i) => i.id)).toEqual(expected.slice(1, 2));
    await rejectsBeforeAnyRequest(fake, () =>
      sr.interviews.list({ application_id: id, job_application_id: application.id } as never),
    );
    await rejectsBeforeAnyRequest(fake, () => sr.interviews.list({ application_id: 'not-composite' }));
    await rejectsBeforeAnyRequest(fake, () => sr.interviews.list({} as never));
  });

  it("says where SmartRecruiters' job application id comes from when SmartRecruiters' answer lacks it", async () => {
    const server = await serveFetchHandler(async () =>
      Response.json({ status: 'NEW', url: 'https://www.smartrecruiters.com/app/people/applications/x' }),
    );
    try {
      const hostile = new SmartRecruiters({ apiKey: 'k', baseUrl: server.url, logLevel: 'off' });
      const error = await hostile.interviews
        .list({ application_id: 'c1:j1' })
        .toArray()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SmartRecruitersError);
      expect(String((error as Error).message)).toMatch(/applicationId/);
      expect(String((error as Error).message)).toMatch(/job_application_id/);
      expect(String((error as Error).message)).toMatch(/application_id of .*webhook/);
    } finally {
      await server.close();
    }
  });

  it('refuses bad input before any request', async () => {
    const { application } = seeded();
    const slot = {
      starts_at: '2026-03-02T09:00:00Z',
      ends_at: '2026-03-02T10:00:00Z',
      interviewer_ids: ['u1'],
    };
    const input = { application_id: 'c:j', organizer_id: 'u1', timezone: 'Europe/Paris', timeslots: [slot] };
    await rejectsBeforeAnyRequest(fake, () => sr.interviews.list({ job_application_id: 'c:j' }));
    await rejectsBeforeAnyRequest(fake, () =>
      sr.interviews.list({ job_application_id: application.id, limit: 500 }),
    );
    await rejectsBeforeAnyRequest(fake, () => sr.interviews.create({ ...input, timezone: 'Nowhere/Land' }));
    await rejectsBeforeAnyRequest(fake, () => sr.interviews.create({ ...input, timeslots: [] }));
    await rejectsBeforeAnyRequest(fake, () =>
      sr.interviews.create({ ...input, application_id: 'only-one-part' }),
    );
    await rejectsBeforeAnyRequest(fake, () => sr.interviews.update('i', {}));
    await rejectsBeforeAnyRequest(fake, () => sr.interviews.update('', { location: 'x' }));
    await rejectsBeforeAnyRequest(fake, () => sr.interviews.cancel(''));
    await rejectsBeforeAnyRequest(fake, () =>
      sr.interviews.updateInterviewerStatus('i', 's', 'u', 'maybe' as never),
    );
  });
});
