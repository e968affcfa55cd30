import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmartRecruiters, Warning } from '../../src/index.js';
import { OfferSchema } from '../../src/schemas/index.js';
import {
  createFakeSmartRecruiters,
  type FakeSmartRecruiters,
  type OfferRecord,
} from '../../src/testing/index.js';
import { FAST_CLIENT, FAST_FAKE, rejectsBeforeAnyRequest, routesAfter, sdkFor } from '../helpers/fake-sdk.js';

let fake: FakeSmartRecruiters;
let sr: SmartRecruiters;
const warnings: Warning[] = [];

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({
    ...FAST_FAKE,
    seed: 12,
    counts: { candidates: 30, jobs: 8, users: 5 },
  });
  sr = sdkFor(fake, { ...FAST_CLIENT, hooks: { warning: (w) => warnings.push(w) } });
});
afterAll(() => fake.close());

/** Offers newest first, as SR lists them. */
function offersNewestFirst(filter: (offer: OfferRecord) => boolean = () => true): OfferRecord[] {
  return [...fake.state.offers.values()]
    .filter(filter)
    .sort((a, b) => (a.createdOn < b.createdOn ? 1 : a.createdOn > b.createdOn ? -1 : a.id < b.id ? 1 : -1));
}

describe('offers', () => {
  it('lists every offer across offset pages, with the offer form read once per list', async () => {
    const expected = offersNewestFirst();
    expect(expected.length).toBeGreaterThan(4);
    const seq = fake.requests.length;
    const pages = [];
    for await (const page of sr.offers.list({ limit: 3 }).pages()) pages.push(page);
    expect(pages.flatMap((p) => p.result.map((o) => o.id))).toEqual(expected.map((o) => o.id));
    expect(pages[0]?.total).toBe(expected.length);
    expect(
      fake.requests.entries.slice(seq).filter((e) => e.route === 'GET /configuration/offer-properties'),
    ).toHaveLength(1);
    for (const offer of pages.flatMap((p) => p.result))
      expect(OfferSchema.safeParse(offer).success).toBe(true);
  });

  it('maps amounts, start date and the application from SR', async () => {
    const record = offersNewestFirst((o) => o.status === 'ACCEPTED')[0]!;
    const application = fake.state.application(record.candidateId, record.jobId)!;
    const offer = await sr.offers.get(`${record.candidateId}:${record.jobId}`, record.id);
    const job = fake.state.jobs.get(record.jobId)!;
    expect(offer).toMatchObject({
      id: record.id,
      application: { id: `${record.candidateId}:${record.jobId}` },
      status: 'accepted',
      remote_status: 'ACCEPTED',
      closed_at: record.updatedOn,
      starts_at: application.startsOn,
      compensation: {
        amount: job.compensation?.max ?? 80_000,
        currency: job.compensation?.currency ?? 'EUR',
        period: null,
      },
    });
    expect(offer.custom_fields.find((f) => f.id === 'base_salary')).toMatchObject({
      label: 'Base salary',
      type: 'currency',
    });
    expect(offer.not_fetched).toEqual([]);
    // An offer.* webhook payload names the offer's application.
    const payload = { job_id: record.jobId, candidate_id: record.candidateId, offer_id: record.id };
    expect(await sr.offers.get(payload, payload.offer_id)).toEqual(offer);
    // Without the offer form, what it would have told is listed as not fetched.
    const bare = await sr.offers.get(payload, payload.offer_id, { definitions: false });
    expect(bare).toMatchObject({ compensation: null, starts_at: null });
    expect(bare.not_fetched).toEqual(['compensation', 'starts_at', 'custom_fields']);
  });

  it('filters by status (unified or SR) and lists one application', async () => {
    const sent = await sr.offers.list({ status: ['approved', 'PENDING_APPROVAL'], limit: 100 });
    expect(sent.result.map((o) => o.id)).toEqual(
      offersNewestFirst((o) => o.status === 'APPROVED' || o.status === 'PENDING_APPROVAL').map((o) => o.id),
    );
    expect(fake.requests.last({ route: 'GET /offers' })?.query.status).toEqual([
      'APPROVED',
      'PENDING_APPROVAL',
    ]);
    const record = offersNewestFirst()[0]!;
    const seq = fake.requests.length;
    const one = await sr.offers.list(
      { application_id: `${record.candidateId}:${record.jobId}` },
      { definitions: false },
    );
    expect(one.result.map((o) => o.id)).toEqual([record.id]);
    expect(routesAfter(fake, seq)).toEqual(['GET /candidates/{id}/jobs/{jobId}/offers']);
    expect(one.result[0]?.compensation).toBeNull();
  });

  it('lists and downloads documents', async () => {
    const record = offersNewestFirst()[0]!;
    const [doc] = await sr.offers.documents(record.id).toArray();
    expect(doc).toMatchObject({
      offer: { id: record.id },
      file_name: record.documents[0]?.name,
      created_at: record.documents[0]?.createdOn,
      provider: 'DOCUSIGN',
      content_type: null,
      not_fetched: ['content_type'],
      remote_data: { id: record.documents[0]?.id, name: record.documents[0]?.name },
    });
    // While SmartRecruiters syncs them with DocuSign, the list says it may change.
    record.documentsSyncing = true;
    try {
      const page = await sr.offers.documents(record.id);
      expect(page.warnings.map((w) => w.code)).toEqual(['offer_documents_syncing']);
    } finally {
      record.documentsSyncing = false;
    }
    const file = await sr.offers.downloadDocument(record.id, doc!.id);
    expect(file.contentType).toBe('application/pdf');
    expect(file.fileName).toBe(record.documents[0]?.name);
    expect(new TextDecoder().decode(await file.arrayBuffer()).startsWith('%PDF')).toBe(true);
  });

  it("keeps an unknown status as 'other', and warns when the offer form cannot be read", async () => {
    const record = offersNewestFirst()[0]!;
    const saved = record.status;
    record.status = 'RESCINDED' as never;
    try {
      const offer = await sr.offers.get(`${record.candidateId}:${record.jobId}`, record.id);
      expect(offer).toMatchObject({ status: 'other', remote_status: 'RESCINDED' });
    } finally {
      record.status = saved;
    }
    fake.faults.add({ route: 'GET /configuration/offer-properties', status: 403, times: 1 });
    warnings.length = 0;
    const page = await sr.offers.list({ limit: 2 });
    expect(page.result[0]?.compensation).toBeNull();
    expect(page.warnings.map((w) => w.code)).toEqual(['offer_properties_unavailable']);
    expect(warnings.map((w) => w.code)).toEqual(['offer_properties_unavailable']);
  });

  it('refuses bad input before any request', async () => {
    await rejectsBeforeAnyRequest(fake, () => sr.offers.list({ status: 'maybe' } as never));
    await rejectsBeforeAnyRequest(fake, () => sr.offers.list({ limit: 0 }));
    await rejectsBeforeAnyRequest(fake, () => sr.offers.list({ application_id: 'c:j', status: 'sent' }));
    await rejectsBeforeAnyRequest(fake, () => sr.offers.get('not-an-application', 'o'));
    await rejectsBeforeAnyRequest(fake, () => sr.offers.get('c:j', ''));
    await rejectsBeforeAnyRequest(fake, () => sr.offers.documents(''));
    await rejectsBeforeAnyRequest(fake, () => sr.offers.downloadDocument('o', ' '));
  });
});
