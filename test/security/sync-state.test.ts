/**
 * Sync states and cursors are not signed: the SDK claims only what it can check (see SECURITY.md).
 * A watermark later than now cannot come from the SDK, and resumed it would skip every record
 * updated since the real one: it is refused before any request. A cursor position the list never
 * gives is refused too. Fake server on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../src/internal/base64.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../../src/testing/index.js';
import { FAST_CLIENT, FAST_FAKE, rejectsBeforeAnyRequest, sdkFor } from '../helpers/fake-sdk.js';

let fake: FakeSmartRecruiters;
beforeAll(async () => {
  fake = await createFakeSmartRecruiters({
    ...FAST_FAKE,
    seed: 17,
    counts: { jobs: 3, candidates: 2, users: 2 },
  });
});
afterAll(() => fake.close());

/** `state` with its JSON changed by `edit`, encoded again as the SDK does. */
function forge(state: string, edit: (data: Record<string, unknown>) => void): string {
  const data = JSON.parse(fromBase64Url(state) as string) as Record<string, unknown>;
  edit(data);
  return toBase64Url(JSON.stringify(data));
}

async function finishedState(): Promise<string> {
  const run = sdkFor(fake, FAST_CLIENT).jobs.sync();
  for await (const _ of run) {
    // a full run
  }
  return run.state;
}

describe('sync watermarks later than now', () => {
  it('a forged state whose watermark is in the future is a ValidationError before any request', async () => {
    const state = forge(await finishedState(), (data) => {
      data.since = '2099-01-01T00:00:00.000Z';
    });
    const sr = sdkFor(fake, FAST_CLIENT);
    await rejectsBeforeAnyRequest(fake, () => sr.jobs.sync({ state }));
  });

  it('a state in progress whose next watermark is in the future is refused too', async () => {
    const run = sdkFor(fake, FAST_CLIENT).jobs.sync({ limit: 1 });
    let mid: string | undefined;
    for await (const { state } of run) {
      mid ??= state;
    }
    const state = forge(mid as string, (data) => {
      data.next = '2099-01-01T00:00:00.000Z';
    });
    await rejectsBeforeAnyRequest(fake, () => sdkFor(fake, FAST_CLIENT).jobs.sync({ state }));
  });

  it('since in the future is a ValidationError', async () => {
    const sr = sdkFor(fake, FAST_CLIENT);
    await rejectsBeforeAnyRequest(fake, () => sr.users.sync({ since: '2099-01-01T00:00:00Z' }));
  });

  it('a real state resumed on a host whose clock is two minutes behind is accepted', async () => {
    const state = await finishedState();
    const behind = sdkFor(fake, { ...FAST_CLIENT, clock: { now: () => Date.now() - 120_000 } });
    const run = behind.jobs.sync({ state });
    for await (const _ of run) {
      // resumes
    }
    expect(run.state).not.toBe('');
  });
});

describe('cursor positions a list never gives', () => {
  it('an offset on a list read whole without a page size is a ValidationError', async () => {
    const sr = sdkFor(fake, FAST_CLIENT);
    const page = await sr.roles.list({ limit: 1 });
    expect(page.next_cursor).not.toBeNull();
    const cursor = forge(page.next_cursor as string, (data) => {
      data.params = {};
      data.state = { kind: 'offset', offset: 1 };
    });
    await rejectsBeforeAnyRequest(fake, () => sr.roles.list({ cursor }));
  });
});
