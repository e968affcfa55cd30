import { describe, expect, it } from 'vitest';
import { call, startFake } from '../helpers.js';

describe('predefined locations', () => {
  it('pages by pageId with pageSize, filters by identifiers, serves one', async () => {
    const fake = await startFake({ rateLimits: false, counts: { candidates: 1, jobs: 1, users: 1 } });
    const ids = [...fake.state.predefinedLocations.keys()].sort();
    const seen: string[] = [];
    let pageId: string | undefined;
    do {
      const r = await call(
        fake,
        'GET',
        `/configuration/predefined-locations?pageSize=3${pageId ? `&pageId=${pageId}` : ''}`,
      );
      seen.push(...r.body.content.map((l: { id: string }) => l.id));
      pageId = r.body.nextPageId;
    } while (pageId);
    expect(seen).toEqual(ids);
    const two = await call(
      fake,
      'GET',
      `/configuration/predefined-locations?identifiers=${ids[1]},${ids[0]}`,
    );
    expect(two.body.content.map((l: { id: string }) => l.id)).toEqual([ids[0], ids[1]]);
    expect((await call(fake, 'GET', '/configuration/predefined-locations?pageSize=101')).status).toBe(400);
    expect((await call(fake, 'GET', '/configuration/predefined-locations?pageId=bogus')).status).toBe(400);
    const one = await call(fake, 'GET', `/configuration/predefined-locations/${ids[0]}`);
    expect(one.body).toMatchObject({ id: ids[0], name: expect.stringContaining('Office') });
    expect((await call(fake, 'GET', '/configuration/predefined-locations/nope')).status).toBe(404);
  });
});
