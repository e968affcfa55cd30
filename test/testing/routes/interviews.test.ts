import { describe, expect, it } from 'vitest';
import { call, errorCode, startFake } from '../helpers.js';

const API = '/interviews-api/v201904';

async function setup() {
  const fake = await startFake({ rateLimits: false, counts: { candidates: 12, jobs: 4, users: 7 } });
  const app = [...fake.state.applications.values()][0]!;
  const users = [...fake.state.users.keys()];
  const body = {
    candidate: { id: app.candidateId },
    jobId: app.jobId,
    organizerId: users[0],
    timezone: 'Europe/Warsaw',
    location: 'Room 1',
    timeslots: [
      {
        interviewType: fake.state.interviewTypes[0],
        title: 'Panel',
        startsOn: '2026-03-02T09:00:00.000Z',
        endsOn: '2026-03-02T10:00:00.000Z',
        interviewers: [
          { id: users[1], status: 'pending' },
          { id: users[2], status: 'accepted' },
        ],
      },
    ],
  };
  return { fake, app, users, body };
}

describe('Interviews API', () => {
  it('creates an interview (201, interview.created), lists it by job application id, gets it', async () => {
    const { fake, app, body } = await setup();
    const created = await call(fake, 'POST', `${API}/interviews`, { json: body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      candidate: { id: app.candidateId, status: 'pending' },
      jobId: app.jobId,
      timezone: 'Europe/Warsaw',
      timeslots: [{ title: 'Panel', interviewers: [{ status: 'pending' }, { status: 'accepted' }] }],
    });
    expect(fake.webhooks.events.at(-1)).toMatchObject({
      name: 'interview.created',
      payload: { interview_id: created.body.id, application_id: app.id, candidate_id: app.candidateId },
    });
    const list = await call(fake, 'GET', `${API}/interviews?applicationId=${app.id}`);
    expect(list.body.content.map((i: { id: string }) => i.id)).toContain(created.body.id);
    expect((await call(fake, 'GET', `${API}/interviews/${created.body.id}`)).body).toEqual(created.body);
  });

  it("refuses invalid interviews with SmartRecruiters' statuses and codes", async () => {
    const { fake, body, users, app } = await setup();
    const slot = body.timeslots[0]!;
    const inactive = [...fake.state.users.values()].find((u) => !u.active)!;
    const otherJob = [...fake.state.jobs.keys()].find((id) => !fake.state.application(app.candidateId, id))!;
    const cases: Array<[unknown, number, string]> = [
      [{ ...body, timezone: 'Mars/Olympus' }, 400, 'INVALID_TIMEZONE'],
      [{ ...body, timeslots: [] }, 422, 'VALIDATION_ERROR'],
      [{ ...body, organizerId: 'aaaaaaaaaaaaaaaaaaaaaaaa' }, 422, 'NON_EXISTING_ORGANIZER'],
      [
        { ...body, timeslots: [{ ...slot, endsOn: '2026-03-02T08:00:00.000Z' }] },
        422,
        'END_DATE_BEFORE_START_DATE',
      ],
      [{ ...body, timeslots: [{ ...slot, interviewType: 'Karaoke' }] }, 422, 'VALIDATION_ERROR'],
      // SR's Interviewer requires a status.
      [{ ...body, timeslots: [{ ...slot, interviewers: [{ id: users[1] }] }] }, 422, 'VALIDATION_ERROR'],
      [
        {
          ...body,
          timeslots: [
            {
              ...slot,
              interviewers: [
                { id: users[1], status: 'pending' },
                { id: users[1], status: 'pending' },
              ],
            },
          ],
        },
        422,
        'VALIDATION_ERROR',
      ],
      [
        {
          ...body,
          timeslots: [{ ...slot, interviewers: [{ id: 'bbbbbbbbbbbbbbbbbbbbbbbb', status: 'pending' }] }],
        },
        422,
        'NON_EXISTING_INTERVIEWERS',
      ],
      [{ ...body, candidate: { id: 'ghost' } }, 422, 'CANDIDATE_NOT_FOUND'],
      [{ ...body, jobId: 'ghost' }, 422, 'JOB_NOT_FOUND'],
      [{ ...body, jobId: otherJob }, 422, 'APPLICATION_NOT_FOUND'],
    ];
    cases.push([{ ...body, organizerId: inactive.id }, 422, 'INACTIVE_OR_DELETED_ORGANIZER']);
    cases.push([
      { ...body, timeslots: [{ ...slot, interviewers: [{ id: inactive.id, status: 'pending' }] }] },
      422,
      'INACTIVE_OR_DELETED_INTERVIEWERS',
    ]);
    for (const [broken, status, code] of cases) {
      const r = await call(fake, 'POST', `${API}/interviews`, { json: broken });
      expect(r.status, code).toBe(status);
      expect(errorCode(r)).toBe(code);
    }
    expect((await call(fake, 'GET', `${API}/interviews`)).status).toBe(400);
    const unknown = await call(fake, 'GET', `${API}/interviews?applicationId=nope`);
    expect(unknown.status).toBe(404);
    expect(errorCode(unknown)).toBe('APPLICATION_NOT_FOUND');
    const missing = await call(fake, 'GET', `${API}/interviews/nope`);
    expect(errorCode(missing)).toBe('INTERVIEW_NOT_FOUND');
  });

  it('updates, manages time slots and statuses, and cancels (interview.updated, interview.canceled)', async () => {
    const { fake, body, users } = await setup();
    const id = (await call(fake, 'POST', `${API}/interviews`, { json: body })).body.id as string;
    expect(
      (
        await call(fake, 'PATCH', `${API}/interviews/${id}`, {
          json: { location: 'Room 9', candidate: { status: 'tentative' } },
        })
      ).status,
    ).toBe(204);
    expect(fake.state.interviews.get(id)).toMatchObject({ location: 'Room 9', candidateStatus: 'tentative' });
    expect(fake.webhooks.events.at(-1)?.name).toBe('interview.updated');

    const slot = await call(fake, 'POST', `${API}/interviews/${id}/timeslots`, {
      json: {
        startsOn: '2026-03-03T09:00:00Z',
        endsOn: '2026-03-03T09:30:00Z',
        interviewers: [{ id: users[3], status: 'pending' }],
      },
    });
    expect(slot.status).toBe(201);
    const slotId = slot.body.id as string;
    // SR's PATCH takes a full time slot: a partial one is 400 "Missing data in timeslot object".
    const partial = await call(fake, 'PATCH', `${API}/interviews/${id}/timeslots/${slotId}`, {
      json: { title: 'Debrief' },
    });
    expect(partial.status).toBe(400);
    expect(partial.body.message).toBe('Missing data in timeslot object');
    expect(partial.body.errors[0].message).toMatch(/endsOn|startsOn|interviewers/);
    expect(fake.state.interviews.get(id)?.timeslots[1]?.title).toBeNull();
    const full = await call(fake, 'PATCH', `${API}/interviews/${id}/timeslots/${slotId}`, {
      json: {
        title: 'Debrief',
        startsOn: '2026-03-03T09:00:00Z',
        endsOn: '2026-03-03T09:45:00Z',
        interviewers: [{ id: users[3], status: 'accepted' }],
      },
    });
    expect(full.status).toBe(204);
    expect((await call(fake, 'GET', `${API}/interviews/${id}/timeslots/${slotId}`)).body).toMatchObject({
      title: 'Debrief',
      startsOn: '2026-03-03T09:00:00Z',
      endsOn: '2026-03-03T09:45:00Z',
      interviewers: [{ id: users[3], status: 'accepted' }],
    });
    expect(
      (
        await call(
          fake,
          'PUT',
          `${API}/interviews/${id}/timeslots/${slotId}/interviewers/${users[3]}/status`,
          { json: { status: 'declined' } },
        )
      ).status,
    ).toBe(204);
    expect(
      (
        await call(
          fake,
          'PUT',
          `${API}/interviews/${id}/timeslots/${slotId}/interviewers/${users[4]}/status`,
          { json: { status: 'declined' } },
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await call(fake, 'PUT', `${API}/interviews/${id}/timeslots/${slotId}/candidateStatus`, {
          json: { status: 'maybe' },
        })
      ).status,
    ).toBe(422);
    expect(
      (await call(fake, 'PATCH', `${API}/interviews/${id}/timeslots/${slotId}/noshow?value=true`)).status,
    ).toBe(204);
    expect(fake.state.interviews.get(id)?.timeslots[1]?.noShow).toBe(true);
    expect((await call(fake, 'PATCH', `${API}/interviews/${id}/timeslots/${slotId}/noshow`)).status).toBe(
      400,
    );
    expect((await call(fake, 'DELETE', `${API}/interviews/${id}/timeslots/${slotId}`)).status).toBe(204);
    const last = fake.state.interviews.get(id)!.timeslots[0]!.id;
    const lastDelete = await call(fake, 'DELETE', `${API}/interviews/${id}/timeslots/${last}`);
    expect(lastDelete.status).toBe(409);
    expect(errorCode(lastDelete)).toBe('CANNOT_DELETE_LAST_TIMESLOT');
    expect(errorCode(await call(fake, 'GET', `${API}/interviews/${id}/timeslots/nope`))).toBe(
      'TIMESLOT_NOT_FOUND',
    );

    expect((await call(fake, 'DELETE', `${API}/interviews/${id}`)).status).toBe(204);
    expect(fake.webhooks.events.at(-1)?.name).toBe('interview.canceled');
    expect((await call(fake, 'GET', `${API}/interviews/${id}`)).status).toBe(404);
  });

  it("enforces SmartRecruiters' limits and serves the read-only source", async () => {
    const fake = await startFake({ rateLimits: false, counts: { candidates: 12, jobs: 4, users: 64 } });
    const app = [...fake.state.applications.values()][0]!;
    const users = [...fake.state.users.values()].filter((u) => u.active).map((u) => u.id);
    expect(users.length).toBeGreaterThan(50);
    const slot = (i: number, interviewers = [{ id: users[1], status: 'pending' }]) => ({
      startsOn: new Date(Date.UTC(2026, 2, 2, 9) + i * 3_600_000).toISOString(),
      endsOn: new Date(Date.UTC(2026, 2, 2, 10) + i * 3_600_000).toISOString(),
      interviewers,
    });
    const body = {
      candidate: { id: app.candidateId },
      jobId: app.jobId,
      organizerId: users[0],
      timezone: 'Europe/Warsaw',
      timeslots: [slot(0)],
      // Read-only: ignored on create.
      source: 'mine',
    };
    const create = (json: unknown) => call(fake, 'POST', `${API}/interviews`, { json });
    const long = (n: number) => 'x'.repeat(n);
    for (const broken of [
      { ...body, timeslots: Array.from({ length: 51 }, (_, i) => slot(i)) },
      {
        ...body,
        timeslots: [
          slot(
            0,
            users.slice(0, 51).map((id) => ({ id, status: 'pending' })),
          ),
        ],
      },
      { ...body, timeslots: [{ ...slot(0), title: long(201) }] },
      { ...body, timeslots: [{ ...slot(0), place: long(501) }] },
      { ...body, location: long(501) },
      { ...body, timezone: long(101) },
    ]) {
      expect((await create(broken)).status).toBe(422);
    }
    const ok = await create({
      ...body,
      location: long(500),
      timeslots: [
        {
          ...slot(
            0,
            users.slice(0, 50).map((id) => ({ id, status: 'pending' })),
          ),
          title: long(200),
          place: long(500),
        },
        ...Array.from({ length: 49 }, (_, i) => slot(i + 1)),
      ],
    });
    expect(ok.status).toBe(201);
    expect(ok.body.source).toEqual(expect.any(String));
    expect(ok.body.source).not.toBe('mine');
    expect((await call(fake, 'GET', `${API}/interviews/${ok.body.id}`)).body.source).toBe(ok.body.source);
    const more = await call(fake, 'POST', `${API}/interviews/${ok.body.id}/timeslots`, { json: slot(60) });
    expect(more.status).toBe(409);
    expect(errorCode(more)).toBe('CANNOT_ADD_MORE_TIMESLOTS');
    // Seeded interviews carry it too.
    const seeded = [...fake.state.interviews.values()][0]!;
    expect((await call(fake, 'GET', `${API}/interviews/${seeded.id}`)).body.source).toEqual(
      expect.any(String),
    );
  });

  it('keeps interview types', async () => {
    const { fake } = await setup();
    expect(
      (await call(fake, 'PATCH', `${API}/interview-types`, { json: ['Case Study', 'Pairing'] })).status,
    ).toBe(204);
    const types = (await call(fake, 'GET', `${API}/interview-types`)).body as string[];
    expect(types.filter((t) => t === 'Case Study')).toHaveLength(1);
    expect(types).toContain('Pairing');
    expect((await call(fake, 'DELETE', `${API}/interview-types/Pairing`)).status).toBe(204);
    expect((await call(fake, 'DELETE', `${API}/interview-types/Pairing`)).status).toBe(404);
    expect((await call(fake, 'PATCH', `${API}/interview-types`, { json: [''] })).status).toBe(422);
    const gone = await call(fake, 'DELETE', `${API}/interview-types/Pairing`);
    expect(errorCode(gone)).toBe('INTERVIEW_TYPE_NOT_FOUND');
    // At most 2,000 interview types: SR's 409.
    const many = Array.from({ length: 2000 }, (_, i) => `Type ${i}`);
    const over = await call(fake, 'PATCH', `${API}/interview-types`, { json: many });
    expect(over.status).toBe(409);
    expect(errorCode(over)).toBe('INTERVIEW_TYPES_SIZE_EXCEEDED');
  });

  it('requires the read scope to read and the write scope to write', async () => {
    const fake = await startFake({
      rateLimits: false,
      oauthClients: [{ clientId: 'reader', clientSecret: 's', scopes: ['interview_types_read'] }],
    });
    const token = fake.issueAccessToken('reader');
    expect((await call(fake, 'GET', `${API}/interview-types`, { auth: { bearer: token } })).status).toBe(200);
    const write = await call(fake, 'PATCH', `${API}/interview-types`, {
      auth: { bearer: token },
      json: ['x'],
    });
    expect(write.status).toBe(403);
  });
});
