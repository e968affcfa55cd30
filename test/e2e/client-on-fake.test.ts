import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConflictError,
  ConnectionError,
  InternalServerError,
  PermissionDeniedError,
  SmartRecruitersClient,
  ValidationError,
} from '../../src/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../../src/testing/index.js';

let fake: FakeSmartRecruiters;

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({
    seed: 7,
    latencyMs: 15,
    oauthClients: [
      { clientId: 'reader', clientSecret: 'reader-secret', scopes: ['jobs_read'] },
      { clientId: 'full', clientSecret: 'full-secret' },
    ],
  });
});
afterAll(() => fake.close());

function apiKeyClient(options: Partial<ConstructorParameters<typeof SmartRecruitersClient>[0]> = {}) {
  return new SmartRecruitersClient({ apiKey: fake.apiKey, baseUrl: fake.url, logLevel: 'off', ...options });
}

describe('the client against the fake SmartRecruiters', () => {
  it('pages every candidate exactly once, within the 10/s and 1-concurrent limits, without a 429', async () => {
    fake.requests.clear();
    const c = apiKeyClient();
    const ids: string[] = [];
    const total = fake.state.candidates.size;
    // Several lists at once: the 1-concurrent rule on GET /candidates must hold across them.
    const lists = await Promise.all(
      [0, 1, 2].map(async () => {
        const seen: string[] = [];
        for await (const candidate of c.paginate<{ id: string }>('/candidates', { query: { limit: 7 } })) {
          seen.push(candidate.id);
        }
        return seen;
      }),
    );
    ids.push(...lists[0]!);
    expect(new Set(ids).size).toBe(total);
    expect(ids).toHaveLength(total);
    expect(lists[1]).toEqual(lists[0]);
    expect(fake.requests.maxConcurrent({ route: 'GET /candidates' })).toBe(1);
    expect(fake.requests.maxRequestsInWindow(1000)).toBeLessThanOrEqual(10);
    expect(fake.requests.all().filter((e) => e.status === 429)).toEqual([]);
  });

  it('pages jobs by cursor (sort=job_id) and users without totalFound', async () => {
    const c = apiKeyClient();
    const jobs: string[] = [];
    for await (const job of c.paginate<{ id: string }>('/jobs', { query: { limit: 5 } })) jobs.push(job.id);
    expect(new Set(jobs).size).toBe(fake.state.jobs.size);
    const users: string[] = [];
    for await (const user of c.paginate<{ id: string }>('/user-api/v201804/users', { query: { limit: 5 } })) {
      users.push(user.id);
    }
    expect(new Set(users).size).toBe(fake.state.users.size);
  });

  it('authenticates with OAuth client credentials and maps a missing scope to PermissionDeniedError', async () => {
    const reader = new SmartRecruitersClient({
      baseUrl: fake.url,
      logLevel: 'off',
      oauth: { clientId: 'reader', clientSecret: 'reader-secret' },
    });
    const jobs = await reader.get('/jobs', { query: { limit: 1 } });
    expect(jobs.content).toHaveLength(1);
    const error = await reader.get('/candidates').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
  });

  it('surfaces SR validation and conflict errors as typed errors', async () => {
    const c = apiKeyClient();
    await expect(c.get('/candidates', { query: { limit: 101 } })).rejects.toMatchObject({ status: 400 });
    const [first, second] = [...fake.state.candidates.values()];
    const error = await c
      .patch('/candidates/{id}', {
        params: { id: second!.id },
        body: { email: first!.email, lastName: first!.lastName },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).code).toBe('CANDIDATE_DATA_CONFLICT');
    await expect(c.get('/candidates/{id}', { params: { id: '..' } })).rejects.toBeInstanceOf(ValidationError);
  });

  it('retries a 429 without Retry-After, and never duplicates a POST after a 500 or a dropped connection', async () => {
    const c = apiKeyClient();
    const rejected = fake.faults.add({ route: 'GET /jobs', status: 429, times: 1 });
    await expect(c.get('/jobs', { query: { limit: 1 } })).resolves.toMatchObject({
      content: [expect.anything()],
    });
    expect(rejected.fired).toBe(1);

    const before = fake.state.candidates.size;
    const afterCommit = fake.faults.add({ route: 'POST /candidates', status: 500, when: 'after', times: 1 });
    const body = { firstName: 'Grace', lastName: 'Hopper', email: 'grace.hopper@example.test' };
    await expect(c.post('/candidates', { body })).rejects.toBeInstanceOf(InternalServerError);
    expect(afterCommit.fired).toBe(1);
    expect(fake.state.candidates.size).toBe(before + 1);

    const dropped = fake.faults.add({ route: 'POST /candidates', drop: true, when: 'after', times: 1 });
    const other = { firstName: 'Ada', lastName: 'Lovelace', email: 'ada.lovelace@example.test' };
    await expect(c.post('/candidates', { body: other })).rejects.toBeInstanceOf(ConnectionError);
    expect(dropped.fired).toBe(1);
    expect(fake.state.candidates.size).toBe(before + 2);
    fake.faults.clear();
  });

  it('retries a GET through 503s and dropped connections', async () => {
    const c = apiKeyClient();
    fake.faults.add({ route: 'GET /jobs/{jobId}', status: 503, times: 1 });
    fake.faults.add({ route: 'GET /jobs/{jobId}', drop: true, times: 1 });
    const id = [...fake.state.jobs.keys()][0]!;
    const job = await c.get('/jobs/{jobId}', { params: { jobId: id } });
    expect(job.id).toBe(id);
    fake.faults.clear();
  });
});

describe('OAuth tokens that expire while requests queue', () => {
  it('tokens of 2 s and 12 loops behind the 10/s limit: no 401, no error reaches a caller', async () => {
    const short = await createFakeSmartRecruiters({
      seed: 7,
      oauthClients: [{ clientId: 'short', clientSecret: 'short-secret', accessTokenTtlSeconds: 2 }],
    });
    try {
      const c = new SmartRecruitersClient({
        baseUrl: short.url,
        logLevel: 'off',
        oauth: { clientId: 'short', clientSecret: 'short-secret' },
      });
      const failures: unknown[] = [];
      let answered = 0;
      const end = performance.now() + 6_000;
      // 12 requests always queued: each waits about 1.2 s for its turn, over half a token's life.
      await Promise.all(
        Array.from({ length: 12 }, async () => {
          while (performance.now() < end) {
            await c.get('/jobs', { query: { limit: 1 } }).then(
              () => answered++,
              (error: unknown) => failures.push(error),
            );
          }
        }),
      );
      expect(failures).toEqual([]);
      expect(answered).toBeGreaterThan(30);
      const grants = short.requests.all({ route: 'POST /identity/oauth/token' });
      expect(grants.length).toBeGreaterThanOrEqual(3);
      // No request carried a token that expired while it waited.
      expect(short.requests.all({ status: 401 })).toEqual([]);
    } finally {
      await short.close();
    }
  });
});
