/**
 * Whole-account sync on the fake: full runs, runs killed and resumed from a record's `state`,
 * records changed while a run goes, incremental runs from the watermark, and snapshots.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmartRecruiters, type SyncRun, ValidationError } from '../../src/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../../src/testing/index.js';
import { rejectsBeforeAnyRequest, requestsAfter, sdkFor } from '../helpers/fake-sdk.js';

const DAY = 86_400_000;
/** Rate limits are tested elsewhere: these syncs walk the same lists many times. */
const CLIENT = { rateLimit: false } as const;

/** A fake whose seeded records were all updated well before now. */
function startFake(seed: number, counts = { candidates: 23, jobs: 6, users: 9, accessGroups: 3 }) {
  return createFakeSmartRecruiters({
    rateLimits: false,
    latencyMs: 0,
    seed,
    counts,
    seedEpoch: Date.now() - 400 * DAY,
  });
}

interface Emitted<T> {
  record: T;
  state: string;
}

/** Runs a sync to its end; returns the records and the final state. */
async function drain<T extends { id: string }>(run: SyncRun<T>): Promise<{ ids: string[]; state: string }> {
  const ids: string[] = [];
  for await (const { record } of run) ids.push(record.id);
  return { ids, state: run.state };
}

/** Changes a candidate on the fake the way SR does: its fields and its `updatedOn`. */
function touchCandidate(fake: FakeSmartRecruiters, id: string, tag: string): void {
  const candidate = fake.state.candidates.get(id)!;
  candidate.tags = [...candidate.tags, tag];
  candidate.updatedOn = fake.state.nowIso();
}

describe('candidates.sync', () => {
  it('emits every candidate once; killed after any record and resumed, still once each, changes never lost', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 23 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        async (killAfter, limit, pick) => {
          const fake = await startFake(7);
          try {
            const sr = sdkFor(fake, CLIENT);
            const all = [...fake.state.candidates.keys()];
            const first: Array<Emitted<{ id: string; tags: Array<{ name: string }> }>> = [];
            const run = sr.candidates.sync({ limit });
            const changed = new Set<string>();
            for await (const item of run) {
              first.push(item);
              // While the walk goes: change one candidate already emitted and one not yet.
              if (first.length === Math.ceil(killAfter / 2)) {
                const done = first[pick % first.length]!.record.id;
                const pending = all.filter((id) => !first.some((e) => e.record.id === id));
                touchCandidate(fake, done, 'changed-done');
                changed.add(done);
                if (pending.length > 0) {
                  const later = pending[pick % pending.length]!;
                  touchCandidate(fake, later, 'changed-pending');
                  changed.add(later);
                }
              }
              if (first.length === killAfter) break;
            }
            // The process dies here: all that is left is the last record's state, stored as text.
            const saved = first.at(-1)!.state;
            expect(run.state).toBe(saved);
            const resumed = await drain(sr.candidates.sync({ state: saved }));
            // Killed after the last record, the run was over: resuming starts the next run.
            const finished = first.length === all.length;
            const thisRun = [...first.map((e) => e.record.id), ...(finished ? [] : resumed.ids)];
            // Every candidate exactly once in the run, whatever the kill point and the page size.
            expect([...thisRun].sort()).toEqual([...all].sort());
            // The next run lists what changed during the walk: nothing is lost.
            const next = finished ? resumed : await drain(sr.candidates.sync({ state: resumed.state }));
            expect(next.ids.sort()).toEqual([...changed].sort());
          } finally {
            await fake.close();
          }
        },
      ),
      {
        numRuns: 12,
        examples: [
          [23, 1, 0],
          [1, 100, 5],
          [5, 5, 3],
        ],
      },
    );
  });

  it('resumes with the options it started with: hydrated records stay hydrated', async () => {
    const fake = await startFake(8, { candidates: 9, jobs: 3, users: 2, accessGroups: 1 });
    try {
      const sr = sdkFor(fake, CLIENT);
      const whole: Array<Emitted<{ id: string; not_fetched: string[] }>> = [];
      for await (const item of sr.candidates.sync({ hydrate: true, limit: 4 })) whole.push(item);
      for (const [index, { state }] of whole.entries()) {
        const rest = [];
        for await (const { record } of sr.candidates.sync({ state })) rest.push(record);
        expect(rest, `after record ${index}`).toEqual(whole.slice(index + 1).map((e) => e.record));
      }
      // Details are there: phones and links come only with them.
      expect(
        whole.every((e) => !(e.record as { not_fetched: string[] }).not_fetched.includes('phones')),
      ).toBe(true);
      // The same options may be repeated with the state (and limit changed); others are refused.
      const state = whole[2]!.state;
      await expect(drain(sr.candidates.sync({ state, hydrate: true, limit: 50 }))).resolves.toMatchObject({
        ids: whole.slice(3).map((e) => e.record.id),
      });
      const issues = await rejectsBeforeAnyRequest(fake, () => sr.candidates.sync({ state, hydrate: false }));
      expect(issues[0]).toMatchObject({ path: ['cursor'], message: expect.stringMatching(/hydrate/) });
    } finally {
      await fake.close();
    }
  });

  it('starts incremental runs at the watermark: before the run, minus the overlap, whatever the clocks say', async () => {
    // SmartRecruiters' clock an hour behind this process: the watermark follows SR's Date header.
    const fake = await createFakeSmartRecruiters({
      rateLimits: false,
      latencyMs: 0,
      seed: 9,
      counts: { candidates: 6, jobs: 2, users: 2, accessGroups: 1 },
      seedEpoch: Date.now() - 400 * DAY,
      now: () => Date.now() - 3_600_000,
    });
    try {
      const sr = sdkFor(fake, { ...CLIENT, syncOverlapMs: 60_000 });
      const full = sr.candidates.sync();
      const target = [...fake.state.candidates.keys()][3]!;
      let seen = 0;
      for await (const _ of full) {
        // Updated on SR during the walk, after its record was emitted.
        if (++seen === 5) touchCandidate(fake, target, 'late');
      }
      const seq = fake.requests.length;
      const next = await drain(sr.candidates.sync({ state: full.state }));
      expect(next.ids).toEqual([target]);
      const sent = requestsAfter(fake, seq)[0]!.query.updatedAfter![0]!;
      // SR's clock when the run started, minus the overlap: before the change, after the seed.
      expect(Date.parse(sent)).toBeLessThan(Date.parse(fake.state.candidates.get(target)!.updatedOn));
      expect(Date.parse(sent)).toBeGreaterThan(Date.now() - 3_600_000 - 60_000 - 60_000);
      // Changed within the overlap before the last run started: emitted again by the next one
      // (at least once, never lost). A run started after the overlap has passed no longer sees it.
      fake.advanceTime(120_000);
      const again = await drain(sr.candidates.sync({ state: next.state }));
      expect(again.ids).toEqual([target]);
      // A run that finds nothing still moves the watermark (SR's clock tells seconds).
      fake.advanceTime(5_000);
      const empty = sr.candidates.sync({ state: again.state });
      expect((await drain(empty)).ids).toEqual([]);
      expect(empty.state).not.toBe(again.state);
    } finally {
      await fake.close();
    }
  });

  it('starts from since on a first run, and refuses what a sync cannot take, before any request', async () => {
    const fake = await startFake(10, { candidates: 8, jobs: 2, users: 2, accessGroups: 1 });
    try {
      const sr = sdkFor(fake, CLIENT);
      const dates = [...fake.state.candidates.values()].map((c) => c.updatedOn).sort();
      const since = dates[4]!;
      const recent = await drain(sr.candidates.sync({ since }));
      expect(recent.ids.sort()).toEqual(
        [...fake.state.candidates.values()]
          .filter((c) => Date.parse(c.updatedOn) > Date.parse(since))
          .map((c) => c.id)
          .sort(),
      );
      const state = recent.state;
      const refuse = (call: () => unknown) => expect(call).toThrow(ValidationError);
      const before = fake.requests.length;
      refuse(() => sr.candidates.sync({ since, state }));
      refuse(() => sr.candidates.sync({ since: 'yesterday' }));
      refuse(() => sr.candidates.sync({ cursor: 'x' } as never));
      refuse(() => sr.candidates.sync({ updated_after: since } as never));
      refuse(() => sr.candidates.sync({ state: 'garbage' }));
      refuse(() => sr.candidates.sync({ state: `${state}x` }));
      refuse(() => sr.candidates.sync({ limit: 0 }));
      // A state of another list's sync.
      refuse(() => sr.jobs.sync({ state }));
      refuse(() => sr.roles.sync({ since } as never));
      expect(fake.requests.length).toBe(before);
    } finally {
      await fake.close();
    }
  });
});

describe('sync of the other resources', () => {
  let fake: FakeSmartRecruiters;
  let sr: SmartRecruiters;
  beforeAll(async () => {
    fake = await startFake(11, { candidates: 10, jobs: 7, users: 9, accessGroups: 3 });
    sr = sdkFor(fake, CLIENT);
  });
  afterAll(() => fake.close());

  it('applications: every application once, resumable, and the next run reads updated candidates', async () => {
    const all = [...fake.state.applications.values()].map((a) => `${a.candidateId}:${a.jobId}`).sort();
    const items: Array<Emitted<{ id: string }>> = [];
    const run = sr.applications.sync({ limit: 3, hydrate: true });
    for await (const item of run) items.push(item);
    expect(items.map((e) => e.record.id).sort()).toEqual(all);
    // Resumed mid-candidate (a candidate holds several applications): the rest, once.
    const multi = items.findIndex(
      (e, i) => i + 1 < items.length && items[i + 1]!.record.id.split(':')[0] === e.record.id.split(':')[0],
    );
    expect(multi).toBeGreaterThanOrEqual(0);
    const rest = await drain(sr.applications.sync({ state: items[multi]!.state }));
    expect(rest.ids).toEqual(items.slice(multi + 1).map((e) => e.record.id));
    // An application moved on SR updates its candidate: the next run has that candidate's applications.
    const app = [...fake.state.applications.values()][0]!;
    await sr.applications.updateStatus(`${app.candidateId}:${app.jobId}`, { status: 'interview' });
    const next = await drain(sr.applications.sync({ state: run.state }));
    expect(next.ids.sort()).toEqual(
      fake.state
        .applicationsOf(app.candidateId)
        .map((a) => `${a.candidateId}:${a.jobId}`)
        .sort(),
    );
    expect(() => sr.applications.sync({ candidate_id: 'c' } as never)).toThrow(ValidationError);
  });

  it('jobs and users: full then incremental', async () => {
    const jobs = await drain(sr.jobs.sync({ limit: 3 }));
    expect(jobs.ids.sort()).toEqual([...fake.state.jobs.keys()].sort());
    const users = await drain(sr.users.sync({ limit: 4 }));
    expect(users.ids.sort()).toEqual([...fake.state.users.keys()].sort());
    const job = [...fake.state.jobs.values()][2]!;
    await sr.jobs.update(job.id, { name: 'Renamed in sync' });
    const user = [...fake.state.users.values()][1]!;
    await sr.users.update(user.id, { first_name: 'Renamed' });
    expect((await drain(sr.jobs.sync({ state: jobs.state }))).ids).toEqual([job.id]);
    expect((await drain(sr.users.sync({ state: users.state }))).ids).toEqual([user.id]);
  });

  it('roles and groups: a full snapshot every run, resumable', async () => {
    const roles: Array<Emitted<{ id: string }>> = [];
    const run = sr.roles.sync({ limit: 2 });
    for await (const item of run) roles.push(item);
    expect(roles.map((e) => e.record.id)).toEqual([...fake.state.systemRoles.keys()]);
    expect((await drain(sr.roles.sync({ state: roles[2]!.state }))).ids).toEqual(
      roles.slice(3).map((e) => e.record.id),
    );
    expect((await drain(sr.roles.sync({ state: run.state }))).ids).toEqual(roles.map((e) => e.record.id));
    const groups = await drain(sr.groups.sync());
    expect(groups.ids).toEqual([...fake.state.accessGroups.keys()]);
    expect((await drain(sr.groups.sync({ state: groups.state }))).ids).toEqual(groups.ids);
  });
});

describe('SyncRun.total', () => {
  it("is SmartRecruiters' count of the records walked, once a page was read; null where SR gives none", async () => {
    const fake = await createFakeSmartRecruiters({ seed: 5, rateLimits: false, latencyMs: 0 });
    try {
      const sr = sdkFor(fake, CLIENT);
      const run = sr.candidates.sync({ limit: 10, status: 'hired' });
      expect(run.total).toBeNull();
      let count = 0;
      const totals = new Set<number | null>();
      for await (const _ of run) {
        count++;
        totals.add(run.total);
      }
      expect([...totals]).toEqual([count]);
      const applications = sr.applications.sync({ limit: 10 });
      for await (const _ of applications) break;
      expect(applications.total).toBeNull();
    } finally {
      await fake.close();
    }
  });
});
