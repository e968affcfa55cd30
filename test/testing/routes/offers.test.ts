import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED_EPOCH } from '../../../src/testing/index.js';
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
    expect((await call(fake, 'GET', '/offers?status=EXTENDED')).status).toBe(400);
  });

  it("uses SR's documented offer statuses and reads a word-based age", async () => {
    // Seeded offers are older than the seed epoch; a day later none is a minute old.
    const fake = await startFake({
      counts: { candidates: 40 },
      rateLimits: false,
      now: () => DEFAULT_SEED_EPOCH + 86_400_000,
    });
    const statuses = new Set([...fake.state.offers.values()].map((o) => o.status));
    for (const status of statuses) {
      expect([
        'CREATED',
        'PENDING_APPROVAL',
        'APPROVED',
        'NOT_APPROVED',
        'PENDING_ACCEPTANCE',
        'ACCEPTED',
        'NOT_ACCEPTED',
        'ABANDONED',
      ]).toContain(status);
    }
    const all = (await call(fake, 'GET', '/offers?limit=100')).body.totalFound;
    expect((await call(fake, 'GET', '/offers?age=100000 days&limit=100')).body.totalFound).toBe(all);
    expect((await call(fake, 'GET', '/offers?age=1 minute')).body.totalFound).toBe(0);
    expect((await call(fake, 'GET', '/offers?age=soon')).status).toBe(400);
  });

  it('serves the offer form', async () => {
    const fake = await startFake({ rateLimits: false });
    const r = await call(fake, 'GET', '/configuration/offer-properties');
    expect(
      r.body.categories.flatMap((c: { properties: { key: string }[] }) => c.properties.map((p) => p.key)),
    ).toEqual(['base_salary', 'signing_bonus', 'start_date', 'contract_type']);
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
    // SR's OfferDocumentsList: `documents` of {id, name, createdDate}, the sync flag and provider.
    const docs = await call(fake, 'GET', `/offers/${offer.id}/documents`);
    expect(docs.body).toEqual({
      documents: offer.documents.map((d) => ({ id: d.id, name: d.name, createdDate: d.createdOn })),
      isCurrentlySyncing: false,
      provider: 'DOCUSIGN',
    });
    expect(Date.parse(docs.body.documents[0].createdDate)).toBeGreaterThanOrEqual(
      Date.parse(offer.createdOn),
    );
    const doc = await call(fake, 'GET', `/offers/${offer.id}/documents/${docs.body.documents[0].id}`);
    expect(doc.headers.get('content-type')).toBe('application/pdf');
    expect(doc.text.startsWith('%PDF')).toBe(true);
  });
});
