import { describe, expect, it } from 'vitest';
import { call, errorCode, startFake } from '../helpers.js';

const API = '/reviews-api/v201910';

describe('Reviews API', () => {
  it('lists the reviews of a candidate for a job (bare array) and creates one (review.created)', async () => {
    const fake = await startFake({ rateLimits: false, counts: { candidates: 15, jobs: 4, users: 5 } });
    const app = [...fake.state.applications.values()][0]!;
    const reviewer = [...fake.state.users.keys()][1]!;
    const before = (
      await call(fake, 'GET', `${API}/reviews?candidateId=${app.candidateId}&jobId=${app.jobId}`)
    ).body;
    expect(Array.isArray(before)).toBe(true);
    const created = await call(fake, 'POST', `${API}/reviews`, {
      json: {
        reviewerId: reviewer,
        candidateId: app.candidateId,
        jobId: app.jobId,
        overallRating: 4,
        comment: 'Solid',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ reviewerId: reviewer, overallRating: 4, comment: 'Solid' });
    expect(fake.webhooks.events.at(-1)).toMatchObject({
      name: 'review.created',
      payload: { application_id: app.id, review_id: created.body.id },
    });
    const after = (
      await call(fake, 'GET', `${API}/reviews?candidateId=${app.candidateId}&jobId=${app.jobId}`)
    ).body;
    expect(after).toHaveLength(before.length + 1);
    expect((await call(fake, 'GET', `${API}/reviews?candidateId=${app.candidateId}`)).status).toBe(400);
  });

  it('refuses ratings off the 1-5 scale and unknown reviewers or applications with 422 and SR codes', async () => {
    const fake = await startFake({ rateLimits: false, counts: { candidates: 6, jobs: 2, users: 3 } });
    const app = [...fake.state.applications.values()][0]!;
    const base = {
      reviewerId: fake.state.meUserId,
      candidateId: app.candidateId,
      jobId: app.jobId,
      overallRating: 3,
    };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...base, overallRating: 0 }, 'INVALID_OVERALL'],
      [{ ...base, overallRating: 6 }, 'INVALID_OVERALL'],
      [{ ...base, overallRating: 2.5 }, 'INVALID_OVERALL'],
      [{ ...base, reviewerId: 'x' }, 'NON_EXISTING_REVIEWER'],
      [{ ...base, jobId: 'nope' }, 'JOB_NOT_FOUND'],
      [{ ...base, candidateId: 'nope' }, 'CANDIDATE_NOT_FOUND'],
    ];
    for (const [broken, code] of cases) {
      // SR: 422 with a code for each of these.
      const r = await call(fake, 'POST', `${API}/reviews`, { json: broken });
      expect(r.status, code).toBe(422);
      expect(errorCode(r)).toBe(code);
    }
    const unknown = await call(fake, 'GET', `${API}/reviews/nope`);
    expect(unknown.status).toBe(404);
    expect(errorCode(unknown)).toBe('REVIEW_NOT_FOUND');
  });

  it('lets only the reviewer update or delete a review, else 422 (review.updated, review.deleted)', async () => {
    const fake = await startFake({ rateLimits: false, counts: { candidates: 15, jobs: 4, users: 5 } });
    const review = [...fake.state.reviews.values()][0]!;
    const other = [...fake.state.users.keys()].find((id) => id !== review.reviewerId)!;
    const forbidden = await call(fake, 'PATCH', `${API}/reviews/${review.id}`, {
      json: { reviewerId: other, overallRating: 1 },
    });
    // SR: another reviewer's review is 422 REVIEWER_ID_DOES_NOT_MATCH, not 403.
    expect(forbidden.status).toBe(422);
    expect(errorCode(forbidden)).toBe('REVIEWER_ID_DOES_NOT_MATCH');
    const ok = await call(fake, 'PATCH', `${API}/reviews/${review.id}`, {
      json: { reviewerId: review.reviewerId, overallRating: 1 },
    });
    expect(ok.status).toBe(204);
    expect(fake.state.reviews.get(review.id)?.overallRating).toBe(1);
    expect(fake.webhooks.events.at(-1)?.name).toBe('review.updated');
    expect((await call(fake, 'DELETE', `${API}/reviews/${review.id}`)).status).toBe(400);
    const otherDelete = await call(fake, 'DELETE', `${API}/reviews/${review.id}?reviewerId=${other}`);
    expect(otherDelete.status).toBe(422);
    expect(errorCode(otherDelete)).toBe('REVIEWER_ID_DOES_NOT_MATCH');
    expect(
      (await call(fake, 'DELETE', `${API}/reviews/${review.id}?reviewerId=${review.reviewerId}`)).status,
    ).toBe(204);
    expect(fake.webhooks.events.at(-1)?.name).toBe('review.deleted');
    expect((await call(fake, 'GET', `${API}/reviews/${review.id}`)).status).toBe(404);
  });

  it('creates a review without reviewerId: SmartRecruiters takes the calling user as the reviewer', async () => {
    const fake = await startFake({ rateLimits: false, counts: { candidates: 6, jobs: 2, users: 3 } });
    const app = [...fake.state.applications.values()][0]!;
    const created = await call(fake, 'POST', `${API}/reviews`, {
      json: { candidateId: app.candidateId, jobId: app.jobId, overallRating: 5 },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ reviewerId: fake.state.meUserId, overallRating: 5 });
  });

  it("serves a job's scorecard criteria", async () => {
    const fake = await startFake({ rateLimits: false, counts: { candidates: 2, jobs: 2, users: 2 } });
    const job = [...fake.state.jobs.values()][0]!;
    const r = await call(fake, 'GET', `${API}/jobs/${job.id}/criteria`);
    expect(r.body.content.map((c: { label: string }) => c.label)).toEqual([
      'Role knowledge',
      'Communication',
      'Team fit',
    ]);
    expect((await call(fake, 'GET', `${API}/jobs/nope/criteria`)).status).toBe(404);
  });
});
