import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, type SmartRecruiters } from '../../src/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../../src/testing/index.js';
import { FAST_CLIENT, FAST_FAKE, rejectsBeforeAnyRequest, sdkFor } from '../helpers/fake-sdk.js';

let fake: FakeSmartRecruiters;
let sr: SmartRecruiters;

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({
    ...FAST_FAKE,
    seed: 44,
    counts: { candidates: 24, jobs: 4, users: 3 },
  });
  sr = sdkFor(fake, FAST_CLIENT);
});
afterAll(() => fake.close());

const candidates = () => [...fake.state.candidates.values()];

describe('consents', () => {
  it("reads a candidate's decisions, single or per data scope", async () => {
    const acquired = candidates().find((c) => c.consentStatus === 'ACQUIRED')!;
    const decisions = await sr.consents.get(acquired.id);
    const record = fake.state.consents.get(acquired.id)!;
    expect(decisions).toMatchObject({
      candidate: { id: acquired.id },
      job_application: null,
      pending_request_at: null,
    });
    expect(decisions.decisions.map((d) => [d.scope, d.remote_status])).toEqual(
      record.decisions.map((d) => [d.scope, d.status]),
    );
    expect(decisions.decisions[0]?.status).toBe('acquired');
    await expect(sr.consents.get('no-such-candidate')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('asks candidates for consent: one result per candidate, in order; a required consent becomes pending', async () => {
    const required = candidates().find((c) => c.consentStatus === 'REQUIRED')!;
    const other = candidates().find((c) => c.id !== required.id)!;
    const results = await sr.consents.request({ candidate_ids: [required.id, 'ghost', other.id] });
    expect(results.map((r) => [r.candidate.id, r.status, r.remote_status])).toEqual([
      [required.id, 'requested', 202],
      ['ghost', 'unavailable', 403],
      [other.id, 'requested', 202],
    ]);
    expect(results[0]?.location).toBe(`${fake.url}/candidates/${required.id}/consents`);
    // The fake answers a refused candidate as SmartRecruiters does: `{ status: 403, body: false }`.
    const raw = await sr.client.post('/candidates/consent-requests', {
      body: { content: [{ id: 'ghost' }] },
    });
    expect(raw.results).toEqual([{ status: 403, body: false }]);
    expect(fake.state.candidates.get(required.id)?.consentStatus).toBe('PENDING');
    const after = await sr.consents.get(required.id);
    expect(after.pending_request_at).not.toBeNull();
  });

  it("reads and requests a job application's consent by SR's job application id", async () => {
    const application = [...fake.state.applications.values()][0]!;
    expect((await sr.consents.getForJobApplication(application.id)).decisions).toEqual([]);
    await sr.consents.requestForJobApplication(application.id);
    const after = await sr.consents.getForJobApplication(application.id);
    expect(after).toMatchObject({ job_application: { id: application.id } });
    expect(after.pending_request_at).toEqual(expect.any(String));
  });

  it("keeps an unknown decision status as 'other' with its remote value", async () => {
    const candidate = candidates()[0]!;
    fake.state.consents.set(candidate.id, {
      decisions: [{ status: 'withdrawn' as never, scope: 'Single', decidedOn: '2026-01-01T00:00:00.000Z' }],
      recentPendingRequestCreatedOn: null,
    });
    const decisions = await sr.consents.get(candidate.id);
    expect(decisions.decisions[0]).toMatchObject({ status: 'other', remote_status: 'withdrawn' });
  });

  it('refuses bad input before any request', async () => {
    await rejectsBeforeAnyRequest(fake, () => sr.consents.get(''));
    await rejectsBeforeAnyRequest(fake, () => sr.consents.request({ candidate_ids: [] }));
    await rejectsBeforeAnyRequest(fake, () => sr.consents.request({ candidate_ids: ['a', 'a'] }));
    await rejectsBeforeAnyRequest(fake, () => sr.consents.getForJobApplication(' '));
    await rejectsBeforeAnyRequest(fake, () => sr.consents.requestForJobApplication(''));
  });
});
