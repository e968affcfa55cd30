import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeSmartRecruitersCore, type FakeSmartRecruitersCore } from '../../src/testing/index.js';

afterEach(() => {
  vi.useRealTimers();
});

const records = {
  users: [{ email: 'rec.user@example.com', firstName: 'Rec', lastName: 'User' }],
  jobs: [{ title: 'Recorded job' }],
  candidates: [{ email: 'rec.cand@example.com', firstName: 'Rec', lastName: 'Cand' }],
};

/** A core created with the wall clock at `iso` (only `Date` is faked; timers stay real). */
function coreAt(iso: string, options: Parameters<typeof createFakeSmartRecruitersCore>[0] = {}) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
  const core = createFakeSmartRecruitersCore({ seed: 9, records, ...options });
  return core;
}

/** The same calls on a core: a user, a candidate (with its event) and a manual event. */
async function sameCalls(core: FakeSmartRecruitersCore) {
  const headers = { 'x-smarttoken': core.apiKey, 'content-type': 'application/json' };
  const user = (await (
    await core.fetch('/user-api/v201804/users', {
      method: 'POST',
      headers,
      body: JSON.stringify({
        email: 'new.user@example.com',
        firstName: 'New',
        lastName: 'User',
        systemRole: { id: 'STANDARD' },
      }),
    })
  ).json()) as { id: string };
  const candidate = (await (
    await core.fetch('/candidates', {
      method: 'POST',
      headers,
      body: JSON.stringify({ firstName: 'New', lastName: 'Cand', email: 'new.cand@example.com' }),
    })
  ).json()) as { id: string };
  const manual = core.webhooks.emit('job.created', { id: 'j1' }, '/jobs/j1');
  return { user: user.id, candidate: candidate.id, events: core.webhooks.events.map((e) => e.id), manual };
}

describe('determinism: same seed and calls, same ids (whatever the wall clock)', () => {
  it('loads records without ids or timestamps identically', () => {
    const a = coreAt('2030-03-01T10:00:00.000Z');
    const b = coreAt('2031-07-09T23:59:59.000Z');
    expect(JSON.stringify(b.state.snapshot())).toBe(JSON.stringify(a.state.snapshot()));
    const user = [...a.state.users.values()].find((u) => u.email === 'rec.user@example.com')!;
    expect(user.updatedOn).toBe('2026-01-01T00:00:00.000Z');
    a.close();
    b.close();
  });

  it('gives runtime-created users, candidates and webhook events the same ids, all unique', async () => {
    const a = await sameCalls(coreAt('2030-03-01T10:00:00.000Z'));
    const b = await sameCalls(coreAt('2031-07-09T23:59:59.000Z'));
    expect(b.user).toBe(a.user);
    expect(a.user).toMatch(/^[0-9a-f]{24}$/);
    expect(b.candidate).toBe(a.candidate);
    expect(b.events).toEqual(a.events);
    expect(a.events).toHaveLength(2);
    expect(new Set(a.events).size).toBe(2);
    expect(a.manual.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const other = await sameCalls(coreAt('2030-03-01T10:00:00.000Z', { seed: 10 }));
    expect(other.events[0]).not.toBe(a.events[0]);
  });

  it('embeds the fake clock in 24-hex user ids when `now` is set', async () => {
    const now = Date.parse('2027-05-05T05:05:05.000Z');
    const core = createFakeSmartRecruitersCore({ seed: 9, now: () => now });
    const { user } = await sameCalls(core);
    expect(Number.parseInt(user.slice(0, 8), 16)).toBe(Math.floor(now / 1000));
    core.advanceTime(86_400_000);
    const later = core.state.addUser({ email: 'later@example.com', firstName: 'L', lastName: 'Ater' });
    expect(Number.parseInt(later.id.slice(0, 8), 16)).toBe(Math.floor(now / 1000) + 86_400);
    core.close();
  });
});
