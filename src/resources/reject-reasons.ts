import type { RequestOptions } from '../client.js';
import { NotFoundError } from '../core/errors.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource, contentOf } from '../core/resource.js';
import { toUnifiedRejectReason } from '../mappers/configuration.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import { rawId } from '../mappers/shared.js';
import type { RejectReasonKind } from '../schemas/unified/enums.js';
import { type RejectReasonListParams, RejectReasonListParamsSchema } from '../schemas/unified/list-params.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { requireId } from './ids.js';

interface KindedReason {
  kind: RejectReasonKind;
  raw: unknown;
}

/**
 * Reject reasons: SmartRecruiters' rejection reasons (`/configuration/rejection-reasons`) and
 * withdrawal reasons (`/configuration/withdrawal-reasons`). Their ids are the `reason_id` of an
 * application rejected or withdrawn.
 */
export class RejectReasons<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  /**
   * Lists rejection reasons, then withdrawal reasons (`kind` picks one). SR returns them whole;
   * `limit` and `cursor` page them.
   */
  list(
    params: RejectReasonListParams = {},
    options?: RequestOptions,
  ): PagePromise<ModelsOf<Mp>['rejectReason']> {
    return this.deferred(() =>
      this.paginateWhole({
        list: 'reject-reasons',
        params,
        validate: (p) => parseInput(RejectReasonListParamsSchema, p, 'reject reason list parameters'),
        load: (_warnings, p) => this.all(p.kind, options),
        map: (item, warnings) => {
          const { kind, raw } = item as KindedReason;
          return this.toModel('rejectReason', toUnifiedRejectReason, raw, warnings, { kind });
        },
      }),
    );
  }

  private async all(kind: RejectReasonKind | undefined, options?: RequestOptions): Promise<KindedReason[]> {
    const [rejection, withdrawal] = await Promise.all([
      kind === 'withdrawal' ? undefined : this.client.get('/configuration/rejection-reasons', options),
      kind === 'rejection' ? undefined : this.client.get('/configuration/withdrawal-reasons', options),
    ]);
    return [
      ...(rejection ? contentOf(rejection, 'rejection reason') : []).map(
        (raw): KindedReason => ({ kind: 'rejection', raw }),
      ),
      ...(withdrawal ? contentOf(withdrawal, 'withdrawal reason') : []).map(
        (raw): KindedReason => ({ kind: 'withdrawal', raw }),
      ),
    ];
  }

  /** One reason by id (`kind` narrows the search); `NotFoundError` when there is none. */
  async get(
    id: string,
    options: RequestOptions & { kind?: RejectReasonKind | undefined } = {},
  ): Promise<ModelsOf<Mp>['rejectReason']> {
    requireId(id, 'id');
    const { kind, ...request } = options;
    if (kind !== undefined) parseInput(RejectReasonListParamsSchema, { kind }, 'reject reason kind');
    const found = (await this.all(kind, request)).find((reason) => rawId(reason.raw) === id);
    if (!found) {
      throw new NotFoundError({
        status: 404,
        body: { message: `No ${kind ?? 'rejection or withdrawal'} reason '${id}'` },
        request: { method: 'GET', path: '/configuration/rejection-reasons' },
      });
    }
    return this.mapOne((warnings) =>
      this.toModel('rejectReason', toUnifiedRejectReason, found.raw, warnings, { kind: found.kind }),
    );
  }
}
