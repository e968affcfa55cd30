import { describe, expect, it } from 'vitest';
import { call, startFake } from '../helpers.js';

describe('offers', () => {
  it('pages GET /offers by offset with totalFound', async () => {
    const fake = await startFake({ counts: { candidates: 40 }, rateLimits: false });
    const total = fake.state.offers.size;
    expect(total).toBeGreaterThan(2);
    const seen: string[] = [];
    for (let offset = 0; offset < total; offset += 2) {
      const r = await call(fake, 'GET', `/offers?limit=2&offset=${offset}`);
      expect(r.body).toMatchObject({ limit: 2, offset, totalFound: total });
      seen.push(...r.body.content.map((o: { id: string }) => o.id));
    }
    expect(new Set(seen).size).toBe(total);
    const accepted = await call(fake, 'GET', '/offers?status=ACCEPTED&limit=100');
    expect(accepted.body.content.every((o: { status: string }) => o.status === 'ACCEPTED')).toBe(true);
    expect((await call(fake, 'GET', '/offers?status=MAYBE')).status).toBe(400);
  });

  it('serves offers of an application and their documents', async () => {
    const fake = await startFake();
    const offer = [...fake.state.offers.values()][0]!;
    const list = await call(fake, 'GET', `/candidates/${offer.candidateId}/jobs/${offer.jobId}/offers`);
    expect(list.body.content.map((o: { id: string }) => o.id)).toContain(offer.id);
    const one = await call(
      fake,
      'GET',
      `/candidates/${offer.candidateId}/jobs/${offer.jobId}/offers/${offer.id}`,
    );
    expect(one.body.actions.candidate.url).toBe(`${fake.url}/candidates/${offer.candidateId}`);
    const docs = await call(fake, 'GET', `/offers/${offer.id}/documents`);
    const doc = await call(fake, 'GET', docs.body.content[0].actions.download.url.slice(fake.url.length));
    expect(doc.headers.get('content-type')).toBe('application/pdf');
    expect(doc.text.startsWith('%PDF')).toBe(true);
  });
});
