import { describe, expect, it } from 'vitest';
import { createFakeSmartRecruitersCore } from '../../src/testing/index.js';
import { call, errorCode, startFake } from './helpers.js';

describe('core: shared error handling', () => {
  it('answers malformed JSON with 400 and wrong content types with 415', async () => {
    const fake = await startFake();
    const malformed = await call(fake, 'POST', '/candidates', {
      body: '{"firstName": ',
      contentType: 'application/json',
    });
    expect(malformed.status).toBe(400);
    expect(errorCode(malformed)).toBe('MALFORMED_JSON');
    const text = await call(fake, 'POST', '/candidates', { body: 'firstName=x', contentType: 'text/plain' });
    expect(text.status).toBe(415);
    expect(errorCode(text)).toBe('UNSUPPORTED_MEDIA_TYPE');
    const empty = await call(fake, 'POST', '/candidates', { contentType: 'application/json' });
    expect(empty.status).toBe(400);
  });

  it('answers bad enum values and limits above 100 with 400', async () => {
    const fake = await startFake();
    for (const path of [
      '/candidates?limit=101',
      '/candidates?limit=0',
      '/candidates?limit=abc',
      '/candidates?status=OFFER',
      '/jobs?status=OPEN',
      '/jobs?limit=500',
      '/user-api/v201804/users?limit=101',
      '/offers?limit=101',
    ]) {
      const r = await call(fake, 'GET', path);
      expect(r.status, path).toBe(400);
      expect(errorCode(r)).toBe('INVALID_PARAMETER');
    }
  });

  it('applies latencyMs, also as a function of the request', async () => {
    const fake = await startFake({ latencyMs: (r) => (r.route === 'GET /jobs' ? 80 : 0) });
    const started = performance.now();
    await call(fake, 'GET', '/jobs');
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
    await call(fake, 'GET', '/offers');
    const [jobs, offers] = fake.requests.entries;
    expect(jobs!.durationMs).toBeGreaterThanOrEqual(75);
    expect(offers!.durationMs).toBeLessThan(jobs!.durationMs!);
  });

  it('serves an in-process fetch with the same behaviour', async () => {
    const core = createFakeSmartRecruitersCore({ baseUrl: 'https://sr.test/api' });
    const ok = await core.fetch('/candidates?limit=2', { headers: { 'X-SmartToken': core.apiKey } });
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { content: Array<{ actions: { details: { url: string } } }> };
    expect(body.content[0]!.actions.details.url).toMatch(/^https:\/\/sr\.test\/api\/candidates\//);
    const absolute = await core.fetch('https://sr.test/api/jobs', {
      headers: { 'X-SmartToken': core.apiKey },
    });
    expect(absolute.status).toBe(200);
    const noContent = await core.fetch(
      new Request('https://sr.test/api/candidates/x/tags', {
        method: 'DELETE',
        headers: { 'X-SmartToken': core.apiKey },
      }),
    );
    expect(noContent.status).toBe(404);
    core.faults.add({ drop: true, times: 1 });
    await expect(core.fetch('/jobs', { headers: { 'X-SmartToken': core.apiKey } })).rejects.toThrow(
      TypeError,
    );
    core.close();
  });

  it('rejects oversized bodies with 413', async () => {
    const fake = await startFake({ maxAttachmentBytes: 10 });
    const r = await call(fake, 'POST', '/candidates', {
      body: 'x'.repeat(1024 * 1024 + 100),
      contentType: 'application/json',
    });
    expect(r.status).toBe(413);
    expect(errorCode(r)).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe("core: SR's not-found codes", () => {
  it('answers an unknown record with the 404 code SR names for its kind', async () => {
    const fake = await startFake();
    const cases: Array<[string, string]> = [
      ['/candidates/nope', 'CANDIDATE_NOT_FOUND'],
      ['/jobs/nope', 'JOB_NOT_FOUND'],
      ['/user-api/v201804/users/nope', 'USER_NOT_FOUND'],
      ['/configuration/departments/nope', 'DEPARTMENT_NOT_FOUND'],
    ];
    for (const [path, code] of cases) {
      const r = await call(fake, 'GET', path);
      expect([r.status, errorCode(r)], path).toEqual([404, code]);
    }
  });
});
