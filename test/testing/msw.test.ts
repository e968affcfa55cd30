import { setupServer } from 'msw/node';
import { afterEach, describe, expect, it } from 'vitest';
import { createSmartRecruitersHandlers } from '../../src/testing/msw.js';

const servers: Array<{ close(): void }> = [];
afterEach(() => {
  while (servers.length > 0) servers.pop()?.close();
});

function start(options: Parameters<typeof createSmartRecruitersHandlers>[0] = {}) {
  const { handlers, fake } = createSmartRecruitersHandlers(options);
  const server = setupServer(...handlers);
  server.listen({ onUnhandledRequest: 'error' });
  servers.push(server, fake);
  return fake;
}

describe('msw handlers', () => {
  it('serve the fake at https://api.smartrecruiters.com from the same state', async () => {
    const fake = start({ seed: 4 });
    const headers = { 'X-SmartToken': fake.apiKey };
    const list = await fetch('https://api.smartrecruiters.com/candidates?limit=3', { headers });
    expect(list.status).toBe(200);
    expect(list.headers.get('x-ratelimit-limit')).toBe('10');
    const body = (await list.json()) as {
      content: Array<{ id: string; actions: { details: { url: string } } }>;
      nextPageId: string;
    };
    expect(body.content).toHaveLength(3);
    expect(body.content[0]!.actions.details.url).toBe(
      `https://api.smartrecruiters.com/candidates/${body.content[0]!.id}`,
    );
    expect(list.headers.get('link')).toContain(`pageId=${body.nextPageId}`);

    const created = await fetch('https://api.smartrecruiters.com/candidates', {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ firstName: 'Msw', lastName: 'User', email: 'msw@example.com' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect(fake.state.candidates.get(id)?.email).toBe('msw@example.com');
    expect(fake.requests.last()).toMatchObject({ method: 'POST', route: 'POST /candidates', status: 201 });
    const deleted = await fetch(`https://api.smartrecruiters.com/candidates/${id}`, {
      method: 'DELETE',
      headers,
    });
    expect(deleted.status).toBe(204);
  });

  it('answer 401 without credentials and turn a dropped connection into a network error', async () => {
    const fake = start();
    expect((await fetch('https://api.smartrecruiters.com/jobs')).status).toBe(401);
    fake.faults.add({ route: 'GET /jobs', drop: true, times: 1 });
    await expect(
      fetch('https://api.smartrecruiters.com/jobs', { headers: { 'X-SmartToken': fake.apiKey } }),
    ).rejects.toThrow(TypeError);
  });

  it('honour a custom base URL with a path prefix', async () => {
    const fake = start({ baseUrl: 'https://sr.internal/proxy' });
    const r = await fetch('https://sr.internal/proxy/user-api/v201804/users/me', {
      headers: { 'X-SmartToken': fake.apiKey },
    });
    expect(r.status).toBe(200);
    expect(((await r.json()) as { id: string }).id).toBe(fake.state.meUserId);
  });
});
