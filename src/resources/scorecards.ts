import type { RequestOptions } from '../client.js';
import { type APIPromise, respond } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import { parseApplicationId } from '../mappers/application-id.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import { toUnifiedScorecard } from '../mappers/scorecard.js';
import { REVIEWS_API } from '../routes.js';
import { ScorecardListParamsSchema } from '../schemas/compiled/unified/list-params.js';
import type { SrReview } from '../schemas/sr/review.js';
import type { ScorecardListParams } from '../schemas/unified/list-params.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { requireId } from './ids.js';

/** Scorecards: SmartRecruiters reviews, the interview feedback on a candidate for a job (Reviews API). */
export class Scorecards<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  /**
   * The scorecards of an application (`application_id`: `candidateId:jobId`). SR returns them all
   * at once; `limit` and `cursor` page them.
   */
  list(params: ScorecardListParams, options?: RequestOptions): PagePromise<ModelsOf<Mp>['scorecard']> {
    return this.deferred(() =>
      this.paginateWhole({
        // The application is one of the list's parameters: a cursor carries it.
        list: 'scorecards',
        params,
        validate: (p) => parseInput(ScorecardListParamsSchema, p, 'scorecard list parameters'),
        load: async (_warnings, p) => {
          const { candidateId, jobId } = parseApplicationId(p.application_id);
          const { data: body, response } = await this.client
            .get(`${REVIEWS_API}/reviews`, { ...options, query: { candidateId, jobId } })
            .withResponse();
          return { data: Array.isArray(body) ? body : [], response };
        },
        map: (raw, warnings) => this.toModel('scorecard', toUnifiedScorecard, raw, warnings),
      }),
    );
  }

  /** One scorecard. */
  get(id: string, options?: RequestOptions): APIPromise<ModelsOf<Mp>['scorecard'], SrReview> {
    return respond(() =>
      this.one(
        'scorecard',
        toUnifiedScorecard,
        this.client.get(`${REVIEWS_API}/reviews/{reviewId}`, {
          ...options,
          params: { reviewId: requireId(id, 'id') },
        }),
      ),
    );
  }
}
