import type { RequestOptions } from '../client.js';
import { type APIPromise, respond } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import { toUnifiedOffice } from '../mappers/configuration.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import { rawId } from '../mappers/shared.js';
import { OfficeListParamsSchema } from '../schemas/compiled/unified/list-params.js';
import type { SrPredefinedLocation } from '../schemas/sr/configuration.js';
import type { OfficeListParams } from '../schemas/unified/list-params.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { requireId } from './ids.js';

/**
 * Offices: the company's predefined locations (`/configuration/predefined-locations`), the places
 * jobs are created at. SmartRecruiters has no other office or site record.
 */
export class Offices<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  /**
   * Lists offices. SmartRecruiters pages them by cursor; `limit` 1-100 is its page size (default
   * 100, the largest page the SDK asks for).
   */
  list(params: OfficeListParams = {}, options?: RequestOptions): PagePromise<ModelsOf<Mp>['office']> {
    return this.deferred(() =>
      this.paginate({
        list: 'offices',
        path: '/configuration/predefined-locations',
        params,
        toQuery: (p) => {
          const { limit } = parseInput(OfficeListParamsSchema, p, 'office list parameters');
          return limit === undefined ? {} : { pageSize: limit };
        },
        request: options,
        mapPage: async (items, { warnings, processed }) =>
          items
            .filter((raw) => !processed(rawId(raw)))
            .map((raw) => this.toModel('office', toUnifiedOffice, raw, warnings)),
      }),
    );
  }

  /** One office. */
  get(id: string, options?: RequestOptions): APIPromise<ModelsOf<Mp>['office'], SrPredefinedLocation> {
    return respond(() =>
      this.one(
        'office',
        toUnifiedOffice,
        this.client.get('/configuration/predefined-locations/{id}', {
          ...options,
          params: { id: requireId(id, 'id') },
        }),
      ),
    );
  }
}
