import { describe, expect, it } from 'vitest';
import { FORGET_EXPIRED_TOKENS_AFTER_MS } from '../../src/testing/auth.js';
import { call, errorCode, startFake } from './helpers.js';

describe('authentication (§2)', () => {
  it('accepts X-SmartToken case-insensitively and a generated 32-character default key', async () => {
    const fake = await startFake();
    expect(fake.apiKey).toMatch(/^[A-Za-z0-9]{32}$/);
    const r = await call(fake, 'GET', '/jobs', { auth: null, headers: { 'x-smarttoken': fake.apiKey } });
    expect(r.status).toBe(200);
  });

  it('answers 401 in SR error shape without or with a wrong credential', async () => {
    const fake = await startFake({ apiKey: 'the-key' });
    for (const auth of [null, { apiKey: 'wrong' }, { bearer: 'not-a-token' }]) {
      const r = await call(fake, 'GET', '/candidates', { auth });
      expect(r.status).toBe(401);
      expect(errorCode(r)).toBe('UNAUTHORIZED');
    }
    expect(
      (await call(fake, 'GET', '/candidates', { auth: { bearer: 'x' } })).headers.get('www-authenticate'),
    ).toMatch(/^Bearer/);
  });

  it('answers 401 once an access token expired', async () => {
    const fake = await startFake({
      oauthClients: [{ clientId: 'c', clientSecret: 's', accessTokenTtlSeconds: 60 }],
    });
    const token = fake.issueAccessToken('c');
    expect((await call(fake, 'GET', '/jobs', { auth: { bearer: token } })).status).toBe(200);
    fake.advanceTime(59_000);
    expect((await call(fake, 'GET', '/jobs', { auth: { bearer: token } })).status).toBe(200);
    fake.advanceTime(1_000);
    const expired = await call(fake, 'GET', '/jobs', { auth: { bearer: token } });
    expect(expired.status).toBe(401);
    expect(expired.body.errors[0].message).toMatch(/expired/);
  });

  it('forgets tokens expired over a day ago, so issuing tokens for ever does not grow the fake', async () => {
    const fake = await startFake({
      oauthClients: [{ clientId: 'c', clientSecret: 's', accessTokenTtlSeconds: 60 }],
    });
    const old = fake.issueAccessToken('c');
    for (let i = 0; i < 3000; i++) fake.issueAccessToken('c');
    fake.advanceTime(60_000);
    // Expired within the day: still known, and answered as expired.
    const expired = await call(fake, 'GET', '/jobs', { auth: { bearer: old } });
    expect(expired.body.errors[0].message).toMatch(/expired/);
    fake.advanceTime(FORGET_EXPIRED_TOKENS_AFTER_MS);
    let most = 0;
    for (let day = 0; day < 5; day++) {
      for (let i = 0; i < 3000; i++) fake.issueAccessToken('c');
      most = Math.max(most, fake.auth.accessTokenCount);
      fake.advanceTime(FORGET_EXPIRED_TOKENS_AFTER_MS + 60_000);
    }
    // 18,001 issued; at most two days' worth are ever held (a sweep runs when the map doubles).
    expect(most).toBeLessThanOrEqual(2 * 3000 + 1024);
    const live = fake.issueAccessToken('c');
    expect((await call(fake, 'GET', '/jobs', { auth: { bearer: live } })).status).toBe(200);
    const forgotten = await call(fake, 'GET', '/jobs', { auth: { bearer: old } });
    expect(forgotten.status).toBe(401);
    expect(forgotten.body.errors[0].message).toMatch(/Invalid access token/);
  });

  it('enforces OAuth scopes per route with 403 OAuthPermissionsException; API keys have full access', async () => {
    const fake = await startFake({
      oauthClients: [{ clientId: 'reader', clientSecret: 's', scopes: ['candidates_read'] }],
    });
    const token = fake.issueAccessToken('reader');
    expect((await call(fake, 'GET', '/candidates', { auth: { bearer: token } })).status).toBe(200);
    for (const [method, path] of [
      ['GET', '/jobs'],
      ['POST', '/candidates'],
      ['GET', '/user-api/v201804/users'],
      ['GET', '/configuration/sources'],
      ['GET', '/webhooks-api/v201907/subscriptions'],
    ] as const) {
      const r = await call(fake, method, path, {
        auth: { bearer: token },
        ...(method === 'POST' ? { json: {} } : {}),
      });
      expect(r.status, `${method} ${path}`).toBe(403);
      expect(errorCode(r)).toBe('OAuthPermissionsException');
    }
    expect((await call(fake, 'GET', '/user-api/v201804/users')).status).toBe(200);
  });

  it("guards the Interviews and Reviews APIs with SmartRecruiters' own scopes, not the candidate scopes", async () => {
    const fake = await startFake({
      rateLimits: false,
      counts: { candidates: 12, jobs: 4, users: 5 },
      oauthClients: [
        {
          clientId: 'sr-scopes',
          clientSecret: 's',
          scopes: [
            'interviews_read',
            'interviews_write',
            'interview_types_read',
            'interview_types_write',
            'reviews_read',
            'reviews_write',
          ],
        },
        { clientId: 'candidate-scopes', clientSecret: 's', scopes: ['candidates_read', 'candidates_manage'] },
        { clientId: 'interviews-only', clientSecret: 's', scopes: ['interviews_read', 'interviews_write'] },
      ],
    });
    const interview = [...fake.state.interviews.values()][0]!;
    const app = fake.state.application(interview.candidateId, interview.jobId)!;
    const review = [...fake.state.reviews.values()][0]!;
    const requests = [
      ['GET', '/interviews-api/v201904/interview-types', undefined],
      ['PATCH', '/interviews-api/v201904/interview-types', ['Pairing']],
      ['GET', `/interviews-api/v201904/interviews?applicationId=${app.id}`, undefined],
      ['GET', `/interviews-api/v201904/interviews/${interview.id}`, undefined],
      ['PATCH', `/interviews-api/v201904/interviews/${interview.id}`, { location: 'Room 3' }],
      [
        'GET',
        `/reviews-api/v201910/reviews?candidateId=${review.candidateId}&jobId=${review.jobId}`,
        undefined,
      ],
      ['GET', `/reviews-api/v201910/reviews/${review.id}`, undefined],
      [
        'PATCH',
        `/reviews-api/v201910/reviews/${review.id}`,
        { reviewerId: review.reviewerId, comment: 'ok' },
      ],
    ] as const;
    const bearer = (client: string) => ({ bearer: fake.issueAccessToken(client) });
    for (const [method, path, json] of requests) {
      const ok = await call(fake, method, path, { auth: bearer('sr-scopes'), ...(json ? { json } : {}) });
      expect(ok.status, `${method} ${path} with SR's scopes`).toBeLessThan(300);
      const denied = await call(fake, method, path, {
        auth: bearer('candidate-scopes'),
        ...(json ? { json } : {}),
      });
      expect(denied.status, `${method} ${path} with candidate scopes`).toBe(403);
      expect(errorCode(denied)).toBe('OAuthPermissionsException');
    }
    // Interview types have scopes of their own.
    const types = await call(fake, 'GET', '/interviews-api/v201904/interview-types', {
      auth: bearer('interviews-only'),
    });
    expect(types.status).toBe(403);
  });

  it("guards GET job-application with SmartRecruiters' job_applications_read", async () => {
    const fake = await startFake({
      rateLimits: false,
      oauthClients: [
        { clientId: 'job-applications', clientSecret: 's', scopes: ['job_applications_read'] },
        { clientId: 'candidates', clientSecret: 's', scopes: ['candidates_read'] },
      ],
    });
    const app = [...fake.state.applications.values()][0]!;
    const path = `/job-applications-api/v202112/job-applications/${app.id}`;
    const ok = await call(fake, 'GET', path, { auth: { bearer: fake.issueAccessToken('job-applications') } });
    expect(ok.status).toBe(200);
    const denied = await call(fake, 'GET', path, { auth: { bearer: fake.issueAccessToken('candidates') } });
    expect([denied.status, errorCode(denied)]).toEqual([403, 'OAuthPermissionsException']);
  });

  it('grants /users/me with user_me_read and status history with either scope spelling', async () => {
    const fake = await startFake({
      oauthClients: [
        { clientId: 'me', clientSecret: 's', scopes: ['user_me_read'] },
        { clientId: 'history', clientSecret: 's', scopes: ['candidate_status_read'] },
      ],
    });
    const me = await call(fake, 'GET', '/user-api/v201804/users/me', {
      auth: { bearer: fake.issueAccessToken('me') },
    });
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(fake.state.meUserId);
    const app = [...fake.state.applications.values()][0]!;
    const history = await call(
      fake,
      'GET',
      `/candidates/${app.candidateId}/jobs/${app.jobId}/status/history`,
      {
        auth: { bearer: fake.issueAccessToken('history') },
      },
    );
    expect(history.status).toBe(200);
  });
});
