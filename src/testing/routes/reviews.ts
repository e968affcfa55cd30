/**
 * The Reviews API (`/reviews-api/v201910`): a job's scorecard criteria and the reviews (interview
 * feedback) of a candidate for a job, with `review.created`, `review.updated` and `review.deleted`
 * events carrying `{ application_id, review_id }`.
 *
 * OAuth scopes as SmartRecruiters documents them: `reviews_read` to read, `reviews_write` to write.
 * `reviewerId` is optional on create: without it the calling user (the credential's user, else the
 * company's `/users/me`) is the reviewer (UNCONFIRMED: SR documents the field as optional only).
 */
import { REVIEWS_API } from '../../routes.js';
import { emit, found, type HandlerContext, param, type RouteDef, readJson, route } from '../context.js';
import { badRequest, srError } from '../errors.js';
import { json, noContent } from '../http.js';
import type { ReviewRecord } from '../model.js';
import { S } from '../scopes.js';
import { Check } from '../validation.js';
import { listOf, requireApplication, requireObject } from './shared.js';

const API = REVIEWS_API;
const MAX_COMMENT = 10_000;

/** A review as SR returns it. */
export function reviewView(review: ReviewRecord): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: review.id,
    candidateId: review.candidateId,
    jobId: review.jobId,
    reviewerId: review.reviewerId,
    overallRating: review.overallRating,
  };
  if (review.comment !== null) view.comment = review.comment;
  view.createdOn = review.createdOn;
  view.updatedOn = review.updatedOn;
  return view;
}

function reviewEvent(ctx: HandlerContext, name: string, review: ReviewRecord): void {
  const app = ctx.services.state.application(review.candidateId, review.jobId);
  emit(ctx, name, { application_id: app?.id ?? '', review_id: review.id }, `${API}/reviews/${review.id}`);
}

function readRating(check: Check, body: Record<string, unknown>, required: boolean): number | undefined {
  const rating = check.number(body, 'overallRating', '', { required });
  if (rating !== undefined && (!Number.isInteger(rating) || rating < 1 || rating > 5)) {
    check.fail('overallRating must be a whole number from 1 to 5', 'INVALID_OVERALL');
    return undefined;
  }
  return rating;
}

function findReview(ctx: HandlerContext): ReviewRecord {
  return found(ctx.services.state.reviews.get(param(ctx, 'reviewId')), 'Review', 'REVIEW_NOT_FOUND');
}

/** SR's `NON_EXISTING_REVIEWER` / `INACTIVE_OR_DELETED_REVIEWER` for a reviewer id. */
function checkReviewer(ctx: HandlerContext, check: Check, reviewerId: string | null | undefined): void {
  if (typeof reviewerId !== 'string') return;
  const user = ctx.services.state.users.get(reviewerId);
  if (!user) check.fail(`reviewerId: no user '${reviewerId}'`, 'NON_EXISTING_REVIEWER');
  else if (!user.active)
    check.fail(`reviewerId: user '${reviewerId}' is inactive`, 'INACTIVE_OR_DELETED_REVIEWER');
}

/** Only the reviewer named in a review changes or deletes it: SR's 422 `REVIEWER_ID_DOES_NOT_MATCH`. */
function requireReviewer(review: ReviewRecord, reviewerId: string | undefined): void {
  if (reviewerId !== review.reviewerId) {
    throw srError(
      422,
      'REVIEWER_ID_DOES_NOT_MATCH',
      'The reviewer id does not match the reviewer of this review',
    );
  }
}

/** Reviews API routes. */
export const reviewRoutes: RouteDef[] = [
  route('GET', `${API}/jobs/{jobId}/criteria`, S.reviewsRead, (ctx) => {
    const { state } = ctx.services;
    const job = found(state.jobs.get(param(ctx, 'jobId')), 'Job');
    return json(200, listOf((state.scorecardCriteria.get(job.id) ?? []).map((c) => ({ ...c }))));
  }),
  route('GET', `${API}/reviews`, S.reviewsRead, (ctx) => {
    const { state } = ctx.services;
    const candidateId = ctx.query.get('candidateId');
    const jobId = ctx.query.get('jobId');
    if (candidateId === undefined || jobId === undefined) {
      throw badRequest("Query parameters 'candidateId' and 'jobId' are required", 'INVALID_PARAMETER');
    }
    found(state.application(candidateId, jobId), 'Application', 'APPLICATION_NOT_FOUND');
    const reviews = [...state.reviews.values()]
      .filter((r) => r.candidateId === candidateId && r.jobId === jobId)
      .sort((a, b) =>
        a.createdOn < b.createdOn ? -1 : a.createdOn > b.createdOn ? 1 : a.id < b.id ? -1 : 1,
      );
    return json(200, reviews.map(reviewView));
  }),
  route('POST', `${API}/reviews`, S.reviewsWrite, (ctx) => {
    const { state } = ctx.services;
    const body = requireObject(readJson(ctx));
    const check = new Check();
    // Optional: without it, the calling user reviews.
    const reviewerId = check.string(body, 'reviewerId', '');
    const candidateId = check.string(body, 'candidateId', '', { required: true });
    const jobId = check.string(body, 'jobId', '', { required: true });
    const overallRating = readRating(check, body, true);
    const comment = check.string(body, 'comment', '', { nullable: true, maxLength: MAX_COMMENT });
    const createdOn = check.date(body, 'createdOn', '');
    checkReviewer(ctx, check, reviewerId);
    check.done(422);
    requireApplication(ctx, candidateId as string, jobId as string);
    const review = state.addReview({
      candidateId: candidateId as string,
      jobId: jobId as string,
      reviewerId: reviewerId ?? ctx.credential.userId ?? state.meUserId,
      overallRating: overallRating as number,
      comment: comment ?? null,
      ...(createdOn ? { createdOn } : {}),
    });
    reviewEvent(ctx, 'review.created', review);
    return json(201, reviewView(review));
  }),
  route('GET', `${API}/reviews/{reviewId}`, S.reviewsRead, (ctx) => json(200, reviewView(findReview(ctx)))),
  route('PATCH', `${API}/reviews/{reviewId}`, S.reviewsWrite, (ctx) => {
    const review = findReview(ctx);
    const body = requireObject(readJson(ctx));
    const check = new Check();
    const reviewerId = check.string(body, 'reviewerId', '', { required: true });
    const overallRating = readRating(check, body, false);
    const comment = check.string(body, 'comment', '', { nullable: true, maxLength: MAX_COMMENT });
    checkReviewer(ctx, check, reviewerId);
    check.done(422);
    requireReviewer(review, reviewerId ?? undefined);
    if (overallRating !== undefined) review.overallRating = overallRating;
    if (comment !== undefined) review.comment = comment;
    review.updatedOn = ctx.services.state.nowIso();
    reviewEvent(ctx, 'review.updated', review);
    return noContent();
  }),
  route('DELETE', `${API}/reviews/{reviewId}`, S.reviewsWrite, (ctx) => {
    const review = findReview(ctx);
    const reviewerId = ctx.query.get('reviewerId');
    if (reviewerId === undefined || reviewerId === '')
      throw badRequest("Query parameter 'reviewerId' is required", 'INVALID_REVIEWER_ID');
    requireReviewer(review, reviewerId);
    ctx.services.state.reviews.delete(review.id);
    reviewEvent(ctx, 'review.deleted', review);
    return noContent();
  }),
];
