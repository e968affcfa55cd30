import { describe, expect, it } from 'vitest';
import { call, errorCode, startFake } from '../helpers.js';

const JOB_INPUT = {
  title: 'Platform Engineer',
  refNumber: 'PE-1',
  location: { countryCode: 'de', city: 'Berlin', remote: true },
  industry: { id: 'internet' },
  function: { id: 'engineering' },
  experienceLevel: { id: 'mid_senior_level' },
  compensation: { min: 60000, max: 90000, currency: 'EUR' },
  jobAd: { sections: { jobDescription: { title: 'About', text: '<p>Build</p>' } }, language: { code: 'de' } },
};

describe('GET /jobs (§9.1)', () => {
  it('pages with pageId only under sort=job_id (400 otherwise) and keeps filters', async () => {
    const fake = await startFake({ counts: { jobs: 25 }, rateLimits: false });
    // SR's code for a page id it cannot use.
    expect(errorCode(await call(fake, 'GET', '/jobs?pageId=abc'))).toBe('INVALID_PAGE_ID');
    expect(errorCode(await call(fake, 'GET', '/jobs?sort=job_id&pageId=abc'))).toBe('INVALID_PAGE_ID');
    expect((await call(fake, 'GET', '/jobs?sort=title')).status).toBe(400);
    const expected = [...fake.state.jobs.values()]
      .filter((j) => j.status === 'SOURCING' || j.status === 'OFFER')
      .map((j) => j.id)
      .sort();
    const seen: string[] = [];
    let path = '/jobs?sort=job_id&statuses=SOURCING&statuses=OFFER&limit=4';
    for (;;) {
      const r = await call(fake, 'GET', path);
      expect(r.body.totalFound).toBe(expected.length);
      seen.push(...r.body.content.map((j: { id: string }) => j.id));
      if (!r.body.nextPageId) break;
      const link = r.headers.get('link')!;
      expect(link).toContain('statuses=SOURCING&statuses=OFFER');
      path = /<([^>]+)>/.exec(link)![1]!;
    }
    expect(seen).toEqual(expected);
  });

  it('supports legacy offset paging and returns partial JobSummary items', async () => {
    const fake = await startFake({ counts: { jobs: 12 } });
    const first = await call(fake, 'GET', '/jobs?limit=5');
    const second = await call(fake, 'GET', '/jobs?limit=5&offset=5');
    const third = await call(fake, 'GET', '/jobs?limit=5&offset=10');
    const ids = [...first.body.content, ...second.body.content, ...third.body.content].map(
      (j: { id: string }) => j.id,
    );
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
    expect(first.body).toMatchObject({ limit: 5, offset: 0, totalFound: 12 });
    expect(first.body.nextPageId).toBeUndefined();
    const item = first.body.content[0];
    expect(item).not.toHaveProperty('jobAd');
    expect(item).not.toHaveProperty('compensation');
    expect(item.actions.details.url).toBe(`${fake.url}/jobs/${item.id}`);
  });

  it('filters by department label, city, postingStatus, q and status', async () => {
    const fake = await startFake({ rateLimits: false });
    const job = [...fake.state.jobs.values()][0]!;
    const dept = fake.state.departments.get(job.departmentId!)!.label;
    const byDept = await call(fake, 'GET', `/jobs?department=${dept}&limit=100`);
    expect(
      byDept.body.content.every((j: { department: { label: string } }) => j.department.label === dept),
    ).toBe(true);
    expect((await call(fake, 'GET', `/jobs?department=${dept.toLowerCase()}`)).body.totalFound).toBe(0);
    const byCity = await call(fake, 'GET', `/jobs?city=${encodeURIComponent(job.location.city)}&limit=100`);
    expect(byCity.body.content.map((j: { id: string }) => j.id)).toContain(job.id);
    const pub = await call(fake, 'GET', '/jobs?postingStatus=PUBLIC&limit=100');
    expect(pub.body.content.every((j: { postingStatus: string }) => j.postingStatus === 'PUBLIC')).toBe(true);
    const byQ = await call(fake, 'GET', `/jobs?q=${encodeURIComponent(job.title.toUpperCase())}&limit=100`);
    expect(byQ.body.content.map((j: { id: string }) => j.id)).toContain(job.id);
    const filled = await call(fake, 'GET', '/jobs?status=FILLED&limit=100');
    expect(filled.body.content.every((j: { status: string }) => j.status === 'FILLED')).toBe(true);
  });
});

describe('job writes', () => {
  it('creates a job from a validated JobInput (201 JobDetails)', async () => {
    const fake = await startFake();
    const r = await call(fake, 'POST', '/jobs', { json: JOB_INPUT });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      title: 'Platform Engineer',
      status: 'CREATED',
      postingStatus: 'NOT_PUBLISHED',
      location: { countryCode: 'de', city: 'Berlin', remote: true, country: 'Germany' },
      industry: { id: 'internet', label: 'Internet' },
      compensation: { min: 60000, max: 90000, currency: 'EUR' },
      jobAd: { language: { code: 'de', label: 'German' } },
    });
    expect(r.body.actions.hiringTeam.url).toBe(`${fake.url}/jobs/${r.body.id}/hiring-team`);
    const missing = await call(fake, 'POST', '/jobs', { json: { title: 'x' } });
    expect(missing.status).toBe(400);
    const text = missing.body.errors.map((e: { message: string }) => e.message).join(' ');
    for (const field of ['location', 'industry', 'function', 'experienceLevel'])
      expect(text).toContain(field);
    const noCity = await call(fake, 'POST', '/jobs', {
      json: { ...JOB_INPUT, location: { countryCode: 'de' } },
    });
    expect(noCity.body.errors[0].message).toMatch(/location\.city/);
  });

  it('PATCH takes JSON Patch only: 415 for application/json, 400 for invalid ops', async () => {
    const fake = await startFake({ rateLimits: false });
    const job = [...fake.state.jobs.values()][0]!;
    const plain = await call(fake, 'PATCH', `/jobs/${job.id}`, { json: { title: 'Nope' } });
    expect(plain.status).toBe(415);
    expect(errorCode(plain)).toBe('UNSUPPORTED_MEDIA_TYPE');
    const ok = await call(fake, 'PATCH', `/jobs/${job.id}`, {
      json: [
        { op: 'replace', path: '/title', value: 'Patched' },
        { op: 'replace', path: '/location/city', value: 'Lisbon' },
        { op: 'add', path: '/compensation', value: { min: 1, max: 2, currency: 'USD' } },
      ],
      contentType: 'application/json-patch+json',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      title: 'Patched',
      location: { city: 'Lisbon' },
      compensation: { min: 1, max: 2 },
    });
    for (const ops of [
      { op: 'replace', path: '/title', value: 'x' },
      [{ op: 'replace', path: '/nope', value: 1 }],
      [{ op: 'replace', path: '/status', value: 'FILLED' }],
      [{ op: 'remove', path: '/title' }],
      [{ op: 'test', path: '/title', value: 'Not it' }],
      [{ op: 'jump', path: '/title' }],
    ]) {
      const r = await call(fake, 'PATCH', `/jobs/${job.id}`, {
        json: ops,
        contentType: 'application/json-patch+json',
      });
      expect(r.status, JSON.stringify(ops)).toBe(400);
    }
    expect(fake.state.jobs.get(job.id)!.title).toBe('Patched');
  });

  it('PUT replaces the job from a full JobInput', async () => {
    const fake = await startFake();
    const job = [...fake.state.jobs.values()][0]!;
    const r = await call(fake, 'PUT', `/jobs/${job.id}`, { json: { ...JOB_INPUT, title: 'Replaced' } });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: job.id, title: 'Replaced', refNumber: 'PE-1', status: job.status });
    expect((await call(fake, 'PUT', `/jobs/${job.id}`, { json: { title: 'Only a title' } })).status).toBe(
      400,
    );
  });

  it("changes status (201 with SR's JobStatusUpdate) and records history", async () => {
    const fake = await startFake();
    const job = [...fake.state.jobs.values()].find((j) => j.status === 'SOURCING')!;
    const changed = await call(fake, 'PUT', `/jobs/${job.id}/status`, { json: { status: 'ON_HOLD' } });
    expect([changed.status, changed.body]).toEqual([201, { status: 'ON_HOLD' }]);
    expect((await call(fake, 'GET', `/jobs/${job.id}`)).body.status).toBe('ON_HOLD');
    const history = await call(fake, 'GET', `/jobs/${job.id}/status/history`);
    expect(history.body.content.at(-1)).toMatchObject({ status: 'ON_HOLD' });
    expect((await call(fake, 'PUT', `/jobs/${job.id}/status`, { json: { status: 'OPEN' } })).status).toBe(
      400,
    );
  });

  it('manages the hiring team', async () => {
    const fake = await startFake({ rateLimits: false });
    const job = [...fake.state.jobs.values()][0]!;
    const user = [...fake.state.users.values()].find((u) => !job.hiringTeam.some((m) => m.userId === u.id))!;
    const added = await call(fake, 'POST', `/jobs/${job.id}/hiring-team`, {
      json: { id: user.id, role: 'INTERVIEW_TEAM' },
    });
    expect(added.status).toBe(200);
    const team = await call(fake, 'GET', `/jobs/${job.id}/hiring-team`);
    expect(team.body.content).toContainEqual({
      id: user.id,
      role: 'INTERVIEW_TEAM',
      actions: { details: { url: `${fake.url}/user-api/v201804/users/${user.id}`, method: 'GET' } },
    });
    expect(
      (await call(fake, 'POST', `/jobs/${job.id}/hiring-team`, { json: { id: user.id, role: 'BOSS' } }))
        .status,
    ).toBe(400);
    const nobody = await call(fake, 'POST', `/jobs/${job.id}/hiring-team`, {
      json: { id: 'nobody', role: 'RECRUITER' },
    });
    expect([nobody.status, errorCode(nobody)]).toEqual([400, 'USER_NOT_FOUND']);
    expect((await call(fake, 'DELETE', `/jobs/${job.id}/hiring-team/${user.id}`)).status).toBe(204);
    expect((await call(fake, 'DELETE', `/jobs/${job.id}/hiring-team/${user.id}`)).status).toBe(404);
  });

  it('publishes and unpublishes the job ad', async () => {
    const fake = await startFake();
    const created = await call(fake, 'POST', '/jobs', { json: JOB_INPUT });
    const id = created.body.id as string;
    expect((await call(fake, 'GET', `/jobs/${id}/publication`)).body).toEqual({ content: [] });
    const pub = await call(fake, 'POST', `/jobs/${id}/publication`, {
      json: { visibility: 'INTERNAL', aggregators: false },
    });
    expect(pub.status).toBe(204);
    expect((await call(fake, 'GET', `/jobs/${id}/publication`)).body).toEqual({
      content: [{ sourceName: 'Careers page', type: 'INTERNAL', publishedOn: expect.any(String) }],
    });
    const job = (await call(fake, 'GET', `/jobs/${id}`)).body;
    expect(job).toMatchObject({ postingStatus: 'INTERNAL', status: 'SOURCING' });
    expect((await call(fake, 'DELETE', `/jobs/${id}/publication`)).status).toBe(204);
    expect((await call(fake, 'GET', `/jobs/${id}`)).body.postingStatus).toBe('NOT_PUBLISHED');
    const cancelled = [...fake.state.jobs.values()].find((j) => j.status === 'CANCELLED')!;
    expect(errorCode(await call(fake, 'POST', `/jobs/${cancelled.id}/publication`))).toBe(
      'JOB_NOT_PUBLISHABLE',
    );
  });

  it('lists positions', async () => {
    const fake = await startFake();
    const job = [...fake.state.jobs.values()][0]!;
    const r = await call(fake, 'GET', `/jobs/${job.id}/positions`);
    expect(r.body.totalFound).toBe(job.positions.length);
    expect(r.body.content[0]).toMatchObject({ type: expect.stringMatching(/NEW|REPLACEMENT/) });
  });
});
