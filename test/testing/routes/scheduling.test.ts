/**
 * The fake's Interview Templates and Self Scheduling APIs as a raw client sees them, and the 501
 * answers of the Event Management, Approvals and Audit APIs and the older template routes.
 */
import { describe, expect, it } from 'vitest';
import { call, errorCode, startFake } from '../helpers.js';

const TEMPLATES = '/interview-templates';
const SELF = '/self-scheduling';

describe('Interview Templates API', () => {
  it('pages company templates by page number (`contents`, `totalElements`) with its filters', async () => {
    const fake = await startFake({ rateLimits: false });
    for (let k = 0; k < 5; k++) fake.state.addInterviewTemplate({ name: `Group ${k}`, type: 'GROUP' });
    const page = await call(fake, 'GET', `${TEMPLATES}/templates?type=GROUP&search=group&pageSize=2&page=2`);
    expect(page.status).toBe(200);
    expect(page.body).toEqual({
      contents: [expect.objectContaining({ name: 'Group 4', type: 'GROUP' })],
      totalElements: 5,
    });
    const past = await call(fake, 'GET', `${TEMPLATES}/templates?type=GROUP&search=group&pageSize=2&page=3`);
    expect(past.body).toEqual({ contents: [], totalElements: 5 });
    for (const query of ['pageSize=101', 'pageSize=0', 'page=-1', 'hiringStage=HIRED', 'type=PANEL']) {
      const refused = await call(fake, 'GET', `${TEMPLATES}/templates?${query}`);
      expect(refused.status, query).toBe(400);
      expect(errorCode(refused)).toBe('INVALID_PARAMETER');
    }
  });

  it('answers 204 for a stage without a template, and 400 without the required step', async () => {
    const fake = await startFake({ rateLimits: false });
    const job = [...fake.state.jobs.values()][0]!;
    const none = await call(
      fake,
      'GET',
      `${TEMPLATES}/job-templates/jobs/${job.id}/hiringStages/NEW?hiringStep=x`,
    );
    expect(none.status).toBe(204);
    const stepless = await call(
      fake,
      'GET',
      `${TEMPLATES}/job-templates/jobs/${job.id}/hiringStages/INTERVIEW`,
    );
    expect(stepless.status).toBe(400);
    const bad = await call(
      fake,
      'GET',
      `${TEMPLATES}/job-templates/jobs/${job.id}/hiringStages/LATER?hiringStep=x`,
    );
    expect(bad.status).toBe(400);
    const unknown = await call(fake, 'GET', `${TEMPLATES}/job-templates/jobs/nope`);
    expect(unknown.status).toBe(404);
    expect(errorCode(unknown)).toBe('JOB_NOT_FOUND');
  });

  it('validates a template and says every problem at once', async () => {
    const fake = await startFake({ rateLimits: false });
    const refused = await call(fake, 'POST', `${TEMPLATES}/templates`, {
      json: { type: 'PANEL', durationInMinutes: 0, interviewerRoles: ['CHEF'], hiringStep: 'Onsite' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { message: string }) => e.message)).toEqual([
      'name is required',
      'type must be one of INDIVIDUAL, GROUP',
      'durationInMinutes must be a whole number from 1 to 1440',
      'hiringStep needs a hiringStage',
      "interviewerRoles: 'CHEF' is not one of HIRING_MANAGER, INTERVIEW_TEAM, RECRUITER, EXECUTIVE, COORDINATOR",
    ]);
  });

  it('takes the Interviews API scopes: read to read, write to write', async () => {
    const fake = await startFake({
      rateLimits: false,
      oauthClients: [
        { clientId: 'reader', clientSecret: 's', scopes: ['interviews_read'] },
        { clientId: 'other', clientSecret: 's', scopes: ['jobs_read'] },
      ],
    });
    const reader = { auth: { bearer: fake.issueAccessToken('reader') } };
    expect((await call(fake, 'GET', `${TEMPLATES}/templates`, reader)).status).toBe(200);
    const write = await call(fake, 'POST', `${TEMPLATES}/templates`, {
      ...reader,
      json: { name: 'x', type: 'GROUP', durationInMinutes: 30 },
    });
    expect(write.status).toBe(403);
    const other = { auth: { bearer: fake.issueAccessToken('other') } };
    expect((await call(fake, 'GET', `${SELF}/self-schedules?applicationId=x`, other)).status).toBe(403);
  });
});

describe('Self Scheduling API', () => {
  it('seeds pending and booked self-schedules of applications at the interview stage', async () => {
    const fake = await startFake({ rateLimits: false, counts: { candidates: 120, jobs: 12, users: 12 } });
    const schedules = [...fake.state.selfSchedules.values()];
    expect(schedules.length).toBeGreaterThan(1);
    for (const schedule of schedules) {
      const [entry] = schedule.applications;
      const app = fake.state.applications.get(entry!.applicationUuid)!;
      expect(app.status).toBe('INTERVIEW');
      const one = await call(fake, 'GET', `${SELF}/self-schedules/${schedule.id}`);
      expect(one.body).toMatchObject({
        id: schedule.id,
        jobId: app.jobId,
        applications: [{ applicationUuid: app.id }],
      });
    }
    expect(schedules.some((s) => s.applications[0]?.status === 'SCHEDULED')).toBe(true);
    expect(schedules.some((s) => s.applications[0]?.status === 'PENDING')).toBe(true);
  });

  it('requires applicationId on the list, and offset paging within SR bounds', async () => {
    const fake = await startFake({ rateLimits: false });
    const missing = await call(fake, 'GET', `${SELF}/self-schedules`);
    expect(missing.status).toBe(400);
    expect((await call(fake, 'GET', `${SELF}/self-schedules?applicationId=a&limit=101`)).status).toBe(400);
    expect(
      (await call(fake, 'GET', `${SELF}/self-schedules?applicationId=a&withInterviews=yes`)).status,
    ).toBe(400);
    const empty = await call(fake, 'GET', `${SELF}/self-schedules?applicationId=a`);
    expect(empty.body).toEqual({ limit: 10, offset: 0, totalFound: 0, content: [] });
  });

  it('refuses a slot without a time zone, or ending before it starts', async () => {
    const fake = await startFake({ rateLimits: false, counts: { candidates: 120, jobs: 12, users: 12 } });
    const schedule = [...fake.state.selfSchedules.values()].find(
      (s) => s.applications[0]?.status === 'PENDING',
    )!;
    const path = `${SELF}/self-schedules/${schedule.id}/application/${schedule.applications[0]!.applicationUuid}/interview`;
    const local = await call(fake, 'POST', path, {
      json: { startsAt: '2026-03-02T09:00:00', endsAt: '2026-03-02T10:00:00Z' },
    });
    expect(local.status).toBe(400);
    const backwards = await call(fake, 'POST', path, {
      json: { startsAt: '2026-03-02T10:00:00Z', endsAt: '2026-03-02T09:00:00Z' },
    });
    expect(errorCode(backwards)).toBe('END_DATE_BEFORE_START_DATE');
  });
});

describe('operations the fake does not serve', () => {
  it.each([
    ['GET', '/event-management-api/events?jobId=j&state=ACTIVE', 'GET /event-management-api/events'],
    [
      'DELETE',
      '/event-management-api/events/e1/sessions/s1',
      'DELETE /event-management-api/events/{eventId}/sessions/{sessionId}',
    ],
    ['GET', '/approvals-api/v201910/approvals', 'GET /approvals-api/v201910/approvals'],
    ['GET', '/audit-api/v201910/audit-events', 'GET /audit-api/v201910/audit-events'],
    ['GET', '/interview-templates/interview/templates', 'GET /interview-templates/interview/templates'],
  ])('%s %s answers 501 naming the operation', async (method, path, operation) => {
    const fake = await startFake({ rateLimits: false });
    const answer = await call(fake, method, path);
    expect(answer.status).toBe(501);
    expect(errorCode(answer)).toBe('NOT_IMPLEMENTED_IN_FAKE');
    expect(JSON.stringify(answer.body)).toContain(operation);
  });
});
