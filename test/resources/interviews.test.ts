import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InterviewSchema, NotFoundError, type SmartRecruiters } from '../../src/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../../src/testing/index.js';
import { FAST_CLIENT, FAST_FAKE, rejectsBeforeAnyRequest, routesAfter, sdkFor } from '../helpers/fake-sdk.js';

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

  it("reads the company's interview types", async () => {
    expect(await sr.interviews.types()).toEqual(fake.state.interviewTypes);
  });

  it("keeps an unknown attendee status as 'other' with its remote value", async () => {
    const interview = [...fake.state.interviews.values()].at(-1)!;
    interview.timeslots[0]!.candidateStatus = 'no_show' as never;
    const got = await sr.interviews.get(interview.id);
    expect(got).toMatchObject({ candidate_status: 'other', remote_candidate_status: 'no_show' });
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
