import { describe, expect, it } from 'vitest';
import { createFakeSmartRecruitersCore } from '../../src/testing/index.js';
import { ApplicationMap, CandidateMap, candidateListKey } from '../../src/testing/indexed.js';
import type { ApplicationRecord, CandidateRecord } from '../../src/testing/model.js';

const application = (id: string, candidateId: string, jobId: string) =>
  ({ id, candidateId, jobId }) as ApplicationRecord;
const candidate = (id: string, createdOn: string) => ({ id, createdOn }) as CandidateRecord;

describe('ApplicationMap', () => {
  it('finds applications by candidate through set, replace, delete and clear', () => {
    const map = new ApplicationMap();
    map.set('a1', application('a1', 'c1', 'j1'));
    map.set('a2', application('a2', 'c1', 'j2'));
    map.set('a3', application('a3', 'c2', 'j1'));
    expect(map.ofCandidate('c1').map((a) => a.id)).toEqual(['a1', 'a2']);
    // Replacing a record under its id moves it to its new candidate.
    map.set('a2', application('a2', 'c2', 'j2'));
    expect(map.ofCandidate('c1').map((a) => a.id)).toEqual(['a1']);
    expect(
      map
        .ofCandidate('c2')
        .map((a) => a.id)
        .sort(),
    ).toEqual(['a2', 'a3']);
    map.delete('a1');
    expect(map.ofCandidate('c1')).toEqual([]);
    map.clear();
    expect(map.ofCandidate('c2')).toEqual([]);
    expect(map.size).toBe(0);
  });

  it('hands out copies: changing a returned list changes nothing', () => {
    const map = new ApplicationMap();
    map.set('a1', application('a1', 'c1', 'j1'));
    map.ofCandidate('c1').pop();
    expect(map.ofCandidate('c1')).toHaveLength(1);
  });
});

describe('CandidateMap', () => {
  it('keeps the list order (newest first, then id) in step with additions and deletions', () => {
    const map = new CandidateMap();
    map.set('b', candidate('b', '2026-01-02T00:00:00.000Z'));
    map.set('a', candidate('a', '2026-01-02T00:00:00.000Z'));
    map.set('c', candidate('c', '2026-01-01T00:00:00.000Z'));
    expect(map.newestFirst().records.map((c) => c.id)).toEqual(['b', 'a', 'c']);
    map.set('d', candidate('d', '2026-01-03T00:00:00.000Z'));
    map.delete('b');
    const { records, keys } = map.newestFirst();
    expect(records.map((c) => c.id)).toEqual(['d', 'a', 'c']);
    expect(keys).toEqual(records.map(candidateListKey));
  });

  it('re-sorts a candidate whose createdOn changed once it is set again', () => {
    const map = new CandidateMap();
    const old = candidate('old', '2026-01-01T00:00:00.000Z');
    map.set('old', old);
    map.set('new', candidate('new', '2026-01-02T00:00:00.000Z'));
    expect(map.newestFirst().records[0]?.id).toBe('new');
    old.createdOn = '2026-01-03T00:00:00.000Z';
    map.set('old', old);
    expect(map.newestFirst().records[0]?.id).toBe('old');
  });
});

describe('the fake with indexed state', () => {
  it('pages every candidate once, newest first, while candidates are added and deleted between pages', async () => {
    const core = createFakeSmartRecruitersCore({ seed: 4, counts: { candidates: 250 }, rateLimits: false });
    const headers = { 'x-smarttoken': core.apiKey };
    const page = async (pageId?: string) =>
      (await (
        await core.fetch(`/candidates?limit=40${pageId ? `&pageId=${encodeURIComponent(pageId)}` : ''}`, {
          headers,
        })
      ).json()) as { content: Array<{ id: string; createdOn: string }>; nextPageId?: string };
    const seen: Array<{ id: string; createdOn: string }> = [];
    let body = await page();
    seen.push(...body.content);
    // A candidate older than every one listed so far is deleted, one newer than all is added.
    const order = core.state.candidates.newestFirst().records;
    const doomed = order[200]!.id;
    core.state.deleteCandidate(doomed);
    core.state.addCandidate({ firstName: 'New', lastName: 'Comer', email: 'new.comer@example.com' });
    while (body.nextPageId) {
      body = await page(body.nextPageId);
      seen.push(...body.content);
    }
    const ids = seen.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(doomed);
    expect(ids).toHaveLength(249);
    const keys = seen.map((c) => `${c.createdOn}|${c.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
    core.close();
  });

  it("keeps a candidate's applications reachable after seeding, and deletes them with it", () => {
    const core = createFakeSmartRecruitersCore({ seed: 4, counts: { candidates: 60 }, rateLimits: false });
    const { state } = core;
    const withApps = [...state.candidates.values()].find((c) => state.applicationsOf(c.id).length > 1)!;
    const apps = state.applicationsOf(withApps.id);
    expect(apps.map((a) => a.id).sort()).toEqual(
      [...state.applications.values()]
        .filter((a) => a.candidateId === withApps.id)
        .map((a) => a.id)
        .sort(),
    );
    for (const app of apps) expect(state.application(withApps.id, app.jobId)).toBe(app);
    state.deleteCandidate(withApps.id);
    expect(state.applicationsOf(withApps.id)).toEqual([]);
    expect([...state.applications.values()].some((a) => a.candidateId === withApps.id)).toBe(false);
    core.close();
  });

  it('makes a seeded file on first read, the same bytes each time and in every fake of the seed', () => {
    const a = createFakeSmartRecruitersCore({ seed: 4, counts: { candidates: 10 }, rateLimits: false });
    const b = createFakeSmartRecruitersCore({ seed: 4, counts: { candidates: 10 }, rateLimits: false });
    const resume = [...a.state.attachments.values()].find((f) => f.type === 'RESUME')!;
    const bytes = resume.bytes;
    expect(new TextDecoder().decode(bytes.slice(0, 8))).toBe('%PDF-1.4');
    expect(resume.bytes).toBe(bytes);
    expect(b.state.attachments.get(resume.id)!.bytes).toEqual(bytes);
    expect(Object.keys(resume)).toEqual([
      'id',
      'candidateId',
      'jobId',
      'name',
      'type',
      'contentType',
      'bytes',
      'createdOn',
    ]);
    resume.bytes = new Uint8Array([1, 2, 3]);
    expect(resume.bytes).toEqual(new Uint8Array([1, 2, 3]));
    expect(JSON.stringify(a.state.snapshot())).not.toBe(JSON.stringify(b.state.snapshot()));
    a.close();
    b.close();
  });
});
