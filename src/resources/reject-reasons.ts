import type { APIResponse, RequestOptions } from '../client.js';
import { type APIPromise, respond, type WithResponse } from '../core/api-promise.js';
import { NotFoundError } from '../core/errors.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource, contentOf } from '../core/resource.js';
import { toUnifiedRejectReason } from '../mappers/configuration.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import { rawId } from '../mappers/shared.js';
import type { SrList } from '../routes.js';
import { RejectReasonListParamsSchema } from '../schemas/compiled/unified/list-params.js';
import type { SrReason } from '../schemas/sr/configuration.js';
import type { RejectReasonKind } from '../schemas/unified/enums.js';
import type { RejectReasonListParams } from '../schemas/unified/list-params.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { requireId } from './ids.js';

interface KindedReason {
  kind: RejectReasonKind;
  raw: unknown;
  /** The response of the list it was read from. */
  response: APIResponse<SrList<SrReason>>;
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

  /**
   * The reasons of `kind` (both when absent), each with its kind and the response of its list;
   * the page's response is the rejection reasons' (the withdrawal reasons' when only they are read).
   */
  private async all(
    kind: RejectReasonKind | undefined,
    options?: RequestOptions,
  ): Promise<WithResponse<KindedReason[], SrList<SrReason>>> {
    const [rejection, withdrawal] = await Promise.all([
      kind === 'withdrawal'
        ? undefined
        : this.client.get('/configuration/rejection-reasons', options).withResponse(),
      kind === 'rejection'
        ? undefined
        : this.client.get('/configuration/withdrawal-reasons', options).withResponse(),
    ]);
    const data = [
      ...(rejection ? contentOf(rejection.data, 'rejection reason') : []).map(
        (raw): KindedReason => ({ kind: 'rejection', raw, response: rejection!.response }),
      ),
      ...(withdrawal ? contentOf(withdrawal.data, 'withdrawal reason') : []).map(
        (raw): KindedReason => ({ kind: 'withdrawal', raw, response: withdrawal!.response }),
      ),
    ];
    return { data, response: (rejection ?? withdrawal)!.response };
  }

  /** One reason by id (`kind` narrows the search); `NotFoundError` when there is none. */
  get(
    id: string,
    options: RequestOptions & { kind?: RejectReasonKind | undefined } = {},
  ): APIPromise<ModelsOf<Mp>['rejectReason'], SrList<SrReason>> {
    return respond(async () => {
      requireId(id, 'id');
      const { kind, ...request } = options;
      if (kind !== undefined) parseInput(RejectReasonListParamsSchema, { kind }, 'reject reason kind');
      const found = (await this.all(kind, request)).data.find((reason) => rawId(reason.raw) === id);
      if (!found) {
        throw new NotFoundError({
          status: 404,
          body: { message: `No ${kind ?? 'rejection or withdrawal'} reason '${id}'` },
          request: { method: 'GET', path: '/configuration/rejection-reasons' },
        });
      }
      const data = this.mapOne((warnings) =>
        this.toModel('rejectReason', toUnifiedRejectReason, found.raw, warnings, { kind: found.kind }),
      );
      return { data, response: found.response };
    });
  }
}
