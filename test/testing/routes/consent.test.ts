import { describe, expect, it } from 'vitest';
import { MAX_CONSENT_REQUEST_CANDIDATES } from '../../../src/testing/index.js';
import { call, errorCode, startFake } from '../helpers.js';

const JA = '/job-applications-api/v202112/job-applications';

describe('consent and job applications', () => {
  it("serves a candidate's consent decisions in SR's shape", async () => {
    const fake = await startFake({ rateLimits: false, counts: { candidates: 10, jobs: 2, users: 2 } });
    const candidate = [...fake.state.candidates.values()].find((c) => c.consentStatus === 'PENDING')!;
    const r = await call(fake, 'GET', `/candidates/${candidate.id}/consents`);
    expect(r.body).toEqual({ decisions: [], recentPendingRequestCreatedOn: expect.any(String) });
    expect((await call(fake, 'GET', '/candidates/nope/consents')).status).toBe(404);
  });

  it('validates batch consent requests and caps them', async () => {
    const fake = await startFake({ rateLimits: false, counts: { candidates: 3, jobs: 2, users: 2 } });
    for (const body of [{}, { content: [] }, { content: [{ id: '' }] }, { content: 'x' }]) {
      const r = await call(fake, 'POST', '/candidates/consent-requests', { json: body });
      expect(r.status).toBe(400);
      expect(errorCode(r)).toBe('VALIDATION_ERROR');
    }
    const tooMany = Array.from({ length: MAX_CONSENT_REQUEST_CANDIDATES + 1 }, (_, i) => ({ id: `c${i}` }));
    expect(
      (await call(fake, 'POST', '/candidates/consent-requests', { json: { content: tooMany } })).status,
    ).toBe(400);
    const id = fake.state.candidates.keys().next().value as string;
    const ok = await call(fake, 'POST', '/candidates/consent-requests', { json: { content: [{ id }] } });
    expect(ok.status).toBe(201);
    expect(ok.body.results).toEqual([
      { status: 202, body: { location: `${fake.url}/candidates/${id}/consents` } },
    ]);
  });

  it("serves a job application by SR's job application id, its consent, and deletes it", async () => {
    const fake = await startFake({ rateLimits: false, counts: { candidates: 6, jobs: 2, users: 2 } });
    const app = [...fake.state.applications.values()][0]!;
    const r = await call(fake, 'GET', `${JA}/${app.id}`);
    expect(r.body).toMatchObject({
      status: app.status,
      profileId: app.candidateId,
      jobId: app.jobId,
      createDate: app.createdOn,
    });
    expect((await call(fake, 'POST', `${JA}/${app.id}/consent-request`)).status).toBe(202);
    expect((await call(fake, 'GET', `${JA}/${app.id}/consents`)).body.recentPendingRequestCreatedOn).toEqual(
      expect.any(String),
    );
    expect((await call(fake, 'DELETE', `${JA}/${app.id}`)).status).toBe(204);
    expect(fake.state.applications.has(app.id)).toBe(false);
    expect((await call(fake, 'GET', `${JA}/${app.id}`)).status).toBe(404);
  });
});
