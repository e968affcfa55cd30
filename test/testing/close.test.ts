import { execFileSync } from 'node:child_process';
import { createServer, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../../src/testing/index.js';

const API = '/webhooks-api/v201907';
const holes: Array<{ close(): void }> = [];
afterEach(() => {
  while (holes.length > 0) holes.pop()?.close();
});

/** A callback that accepts connections and never answers; `closed` counts connections the peer closed. */
async function blackHole(): Promise<{ url: string; sockets: Socket[]; closed: () => number }> {
  const sockets: Socket[] = [];
  let closed = 0;
  const server = createServer((socket) => {
    sockets.push(socket);
    socket.on('error', () => undefined);
    socket.resume();
    socket.on('close', () => closed++);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  holes.push({
    close: () => {
      for (const s of sockets) s.destroy();
      server.close();
    },
  });
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/hook`, sockets, closed: () => closed };
}

async function until(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

function subscribeDirectly(fake: FakeSmartRecruiters, url: string, status: 'active' | 'inactive'): string {
  const id = `sub-${fake.state.subscriptions.size + 1}`;
  fake.state.subscriptions.set(id, {
    id,
    ownerId: 'apiKey:default',
    callbackUrl: url,
    events: ['job.created'],
    status,
    alertingEmailAddress: null,
    callbackAuthentication: null,
    secretKeys: [],
    createdAt: fake.clock.now(),
    seq: fake.state.subscriptions.size + 1,
  });
  return id;
}

describe('close() leaves no work behind', () => {
  it('aborts an activation handshake to a callback that never answers', async () => {
    const hole = await blackHole();
    const fake = await createFakeSmartRecruiters({ rateLimits: false });
    const created = await fetch(`${fake.url}${API}/subscriptions`, {
      method: 'POST',
      headers: { 'X-SmartToken': fake.apiKey, 'Content-Type': 'application/json' },
      body: JSON.stringify({ callbackUrl: hole.url, events: ['job.created'] }),
    });
    const { id } = (await created.json()) as { id: string };
    const activation = fetch(`${fake.url}${API}/subscriptions/${id}/activation`, {
      method: 'PUT',
      headers: { 'X-SmartToken': fake.apiKey },
    }).catch(() => undefined);
    await until(() => hole.sockets.length === 1);
    const started = performance.now();
    await fake.close();
    expect(performance.now() - started).toBeLessThan(500);
    await activation;
    // The fake hung up on the callback instead of waiting out the 20 s handshake timeout.
    await until(() => hole.closed() === 1, 1000);
    expect(fake.webhooks.handshakes.at(-1)?.error).toBe('the fake server closed');
  });

  it('aborts an in-flight delivery, clears its retry, and pendingDeliveries stays 0 (never negative)', async () => {
    const hole = await blackHole();
    const fake = await createFakeSmartRecruiters({
      webhooks: { deliveryTimeoutMs: 300, retryDelaysMs: [10_000] },
    });
    subscribeDirectly(fake, hole.url, 'active');
    fake.webhooks.emit('job.created', { id: 'j1' }, '/jobs/j1');
    await until(() => hole.sockets.length === 1);
    expect(fake.webhooks.pendingDeliveries).toBe(1);
    const waiting = fake.webhooks.waitForDeliveries({ count: 1, status: 'successful', timeoutMs: 20_000 });
    await fake.close();
    await expect(waiting).rejects.toThrow(/closed/);
    expect(fake.webhooks.pendingDeliveries).toBe(0);
    await until(() => hole.closed() === 1, 1000);
    // Past the delivery timeout: the aborted attempt settled without driving the count below 0.
    await new Promise((r) => setTimeout(r, 400));
    expect(fake.webhooks.pendingDeliveries).toBe(0);
    expect(fake.webhooks.attempts).toHaveLength(1);
    expect(fake.webhooks.attempts[0]).toMatchObject({ status: 'failed', final: true });
    await expect(fake.webhooks.waitForDeliveries({ timeoutMs: 100 })).resolves.toHaveLength(1);
  });

  it('cuts a latencyMs: 8000 wait short and drops the waiting request', async () => {
    const fake = await createFakeSmartRecruiters({ latencyMs: 8000 });
    const pending = fetch(`${fake.url}/jobs`, { headers: { 'X-SmartToken': fake.apiKey } });
    await until(() => fake.requests.length === 1);
    const started = performance.now();
    await fake.close();
    expect(performance.now() - started).toBeLessThan(500);
    await expect(pending).rejects.toThrow();
    expect(fake.requests.last()).toMatchObject({ dropped: true });
  });

  it('cuts a fault delayMs short on the in-process fetch', async () => {
    const fake = await createFakeSmartRecruiters();
    fake.faults.add({ route: 'GET /jobs', delayMs: 8000 });
    const pending = fake.fetch('/jobs', { headers: { 'X-SmartToken': fake.apiKey } });
    await until(() => fake.requests.length === 1);
    const started = performance.now();
    await fake.close();
    await expect(pending).rejects.toThrow(TypeError);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('leaves no timer or socket that keeps the process alive', () => {
    const script = fileURLToPath(new URL('./fixtures/close-then-exit.ts', import.meta.url));
    const started = performance.now();
    const out = execFileSync(process.execPath, ['--import', 'tsx', script], {
      encoding: 'utf8',
      timeout: 15_000,
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
    });
    const result = JSON.parse(out.trim().split('\n').at(-1)!) as {
      closeMs: number;
      lingerMs: number;
      handshakeError: string;
      pending: number;
      outcomes: string[];
    };
    expect(result.closeMs).toBeLessThan(500);
    // Without the fix the process lives on for the 5 s delivery / 8 s latency / 20 s handshake timers.
    expect(result.lingerMs).toBeLessThan(1500);
    expect(performance.now() - started).toBeLessThan(12_000);
    expect(result).toMatchObject({
      handshakeError: 'the fake server closed',
      pending: 0,
      outcomes: ['GET failed'],
    });
  }, 20_000);
});
