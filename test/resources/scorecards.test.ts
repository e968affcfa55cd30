import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, type SmartRecruiters } from '../../src/index.js';
import { REVIEWS_API } from '../../src/routes.js';
import { ScorecardSchema } from '../../src/schemas/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../../src/testing/index.js';
import { FAST_CLIENT, FAST_FAKE, rejectsBeforeAnyRequest, sdkFor } from '../helpers/fake-sdk.js';

let fake: FakeSmartRecruiters;
let sr: SmartRecruiters;

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({
    ...FAST_FAKE,
    seed: 33,
    counts: { candidates: 20, jobs: 6, users: 6 },
  });
  sr = sdkFor(fake, FAST_CLIENT);
});
afterAll(() => fake.close());

/** The application with the most reviews. */
function reviewed() {
  const counts = new Map<string, number>();
  for (const r of fake.state.reviews.values())
    counts.set(`${r.candidateId}:${r.jobId}`, (counts.get(`${r.candidateId}:${r.jobId}`) ?? 0) + 1);
  const [id] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return id;
}

describe('scorecards', () => {
  it("creates a review through the typed route without reviewerId (SmartRecruiters' reviewerId is optional)", async () => {
    const [candidateId, jobId] = reviewed().split(':') as [string, string];
    const review = await sr.client.post(`${REVIEWS_API}/reviews`, {
      body: { candidateId, jobId, overallRating: 3 },
    });
    expect(review).toMatchObject({ candidateId, jobId, overallRating: 3, reviewerId: fake.state.meUserId });
    const scorecard = await sr.scorecards.get(review.id);
    expect(scorecard).toMatchObject({ id: review.id, interviewer: { id: fake.state.meUserId } });
  });

  it("lists an application's scorecards across pages, oldest first", async () => {
    const applicationId = reviewed();
    const [candidateId, jobId] = applicationId.split(':');
    const expected = [...fake.state.reviews.values()]
      .filter((r) => r.candidateId === candidateId && r.jobId === jobId)
      .sort((a, b) =>
        a.createdOn < b.createdOn ? -1 : a.createdOn > b.createdOn ? 1 : a.id < b.id ? -1 : 1,
      );
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const pages = [];
    for await (const page of sr.scorecards.list({ application_id: applicationId, limit: 1 }).pages())
      pages.push(page);
    expect(pages.map((p) => p.result.map((s) => s.id))).toEqual(expected.map((r) => [r.id]));
    expect(pages[0]?.total).toBe(expected.length);
    const first = pages[0]!.result[0]!;
    expect(first).toMatchObject({
      application: { id: applicationId },
      interviewer: { id: expected[0]!.reviewerId },
      overall_rating: expected[0]!.overallRating,
    });
    expect(ScorecardSchema.safeParse(first).success).toBe(true);
    expect(fake.requests.last({ route: 'GET /reviews-api/v201910/reviews' })?.query).toEqual({
      candidateId: [candidateId],
      jobId: [jobId],
    });
  });

  it("gets one, and keeps a rating off SR's scale as 'other'", async () => {
    const review = [...fake.state.reviews.values()][0]!;
    expect(await sr.scorecards.get(review.id)).toMatchObject({ id: review.id, comment: review.comment });
    const saved = review.overallRating;
    review.overallRating = 9;
    try {
      expect(await sr.scorecards.get(review.id)).toMatchObject({
        overall_rating: 9,
        overall_recommendation: 'other',
      });
    } finally {
      review.overallRating = saved;
    }
    await expect(sr.scorecards.get('no-such-review')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses bad input before any request', async () => {
    await rejectsBeforeAnyRequest(fake, () => sr.scorecards.list({ application_id: 'just-one' }));
    await rejectsBeforeAnyRequest(fake, () => sr.scorecards.list({} as never));
    await rejectsBeforeAnyRequest(fake, () => sr.scorecards.list({ application_id: 'c:j', limit: 0 }));
    await rejectsBeforeAnyRequest(fake, () => sr.scorecards.get(''));
  });
});
