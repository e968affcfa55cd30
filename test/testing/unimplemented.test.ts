import { describe, expect, it } from 'vitest';
import { createFakeSmartRecruitersCore, ROUTES } from '../../src/testing/index.js';
import { UNIMPLEMENTED_OPERATIONS } from '../../src/testing/unimplemented.js';
import { call, errorCode, rawHttp, startFake } from './helpers.js';

describe('documented operations the fake does not implement', () => {
  it('answer 501 NOT_IMPLEMENTED_IN_FAKE in SR shape instead of 404/405', async () => {
    const fake = await startFake({ rateLimits: false });
    const jobId = fake.state.jobs.keys().next().value as string;
    const userId = fake.state.meUserId;
    for (const [method, path] of [
      ['POST', `/jobs/${jobId}/positions`],
      ['GET', `/jobs/${jobId}/jobads`],
      ['PUT', `/jobs/${jobId}/note`],
      ['GET', '/configuration/access-groups'],
      ['GET', '/users'],
      ['GET', '/users/me'],
      ['POST', '/candidates/cv'],
      ['PUT', `/candidates/x/status`],
      ['GET', '/candidates/c1/jobs/j1/offers/o1/approvals/latest'],
      ['POST', `/user-api/v201804/users/${userId}/reset-password`],
      ['GET', '/configuration/career-sites'],
      ['PATCH', '/configuration/job-properties/p1/translations'],
      ['DELETE', '/configuration/predefined-locations'],
      ['PUT', `/users/${userId}/activation`],
      ['GET', '/notification-preferences/notification-types'],
      ['GET', '/v1/configs'],
      ['GET', '/message-templates-api/message-templates'],
      ['GET', '/feed/publications'],
      ['POST', '/url-shortener/shorten'],
      ['GET', '/messages'],
    ] as const) {
      const r = await call(fake, method, path);
      expect(r.status, `${method} ${path}`).toBe(501);
      expect(r.body.message).toBe('Not implemented in the fake SmartRecruiters server');
      expect(errorCode(r)).toBe('NOT_IMPLEMENTED_IN_FAKE');
      expect(r.headers.get('x-ratelimit-limit')).toMatch(/^\d+$/);
    }
    expect(fake.requests.last()).toMatchObject({ route: 'GET /messages', status: 501 });
  });

  it('authenticate first, keep 404 for paths SR does not document, and 405 lists every documented method', async () => {
    const fake = await startFake({ rateLimits: false });
    const jobId = fake.state.jobs.keys().next().value as string;
    expect((await call(fake, 'GET', '/configuration/access-groups', { auth: null })).status).toBe(401);
    expect((await call(fake, 'POST', `/jobs/${jobId}/positions`, { auth: { apiKey: 'wrong' } })).status).toBe(
      401,
    );
    const unknown = await call(fake, 'GET', '/no-such-endpoint');
    expect(unknown.status).toBe(404);
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    const wrongMethod = await call(fake, 'DELETE', `/jobs/${jobId}/positions`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET, POST');
  });

  it('never shadow a served route, and routes() lists only served routes', async () => {
    const norm = (op: string) => op.replace(/\{[^}]+\}/g, '{}');
    const served = new Set(ROUTES.map((r) => norm(`${r.method} ${r.path}`)));
    for (const op of UNIMPLEMENTED_OPERATIONS) expect(served.has(norm(op)), op).toBe(false);
    const core = createFakeSmartRecruitersCore();
    expect(core.routes()).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`));
    const id = core.state.candidates.keys().next().value as string;
    const r = await core.handle({
      method: 'GET',
      url: `/candidates/${id}/properties`,
      headers: { 'x-smarttoken': core.apiKey },
    });
    expect(r.status).toBe(200);
    core.close();
  });
});

describe('handle() never throws', () => {
  it('answers an unparsable request target with 400 in SR shape, rate-limit headers, logged', async () => {
    const core = createFakeSmartRecruitersCore();
    for (const url of ['http://[', '//[::1']) {
      const r = await core.handle({ method: 'GET', url, headers: { 'x-smarttoken': core.apiKey } });
      expect(r.status).toBe(400);
      const body = JSON.parse(new TextDecoder().decode(r.body));
      expect(body).toMatchObject({ errors: [{ code: 'INVALID_REQUEST' }] });
      expect(body.message).toContain(url);
      for (const h of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-concurrent-limit'])
        expect(r.headers[h]).toMatch(/^\d+$/);
      expect(core.requests.last()).toMatchObject({
        path: url,
        route: null,
        status: 400,
        credential: 'apiKey:default',
      });
      expect(core.requests.last()!.completedAt).not.toBeNull();
    }
    core.close();
  });

  it('answers such a target on the node server with 400 instead of a bare 500', async () => {
    const fake = await startFake();
    const r = await rawHttp(
      fake.port,
      `GET http://[ HTTP/1.1\r\nHost: x\r\nX-SmartToken: ${fake.apiKey}\r\nConnection: close\r\n\r\n`,
    );
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ errors: [{ code: 'INVALID_REQUEST' }] });
    expect(r.headers['x-ratelimit-concurrent-limit']).toBe('8');
  });

  it('turns other bad input (missing method or headers) into an answer, not a rejection', async () => {
    const core = createFakeSmartRecruitersCore();
    // biome-ignore lint/suspicious/noExplicitAny: deliberately malformed input from untyped callers.
    const r = await core.handle({ url: '/jobs' } as any);
    expect(r.status).toBe(401);
    core.close();
  });
});
