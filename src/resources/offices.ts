import type { RequestOptions } from '../client.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import { toUnifiedOffice } from '../mappers/configuration.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import { type OfficeListParams, OfficeListParamsSchema } from '../schemas/unified/list-params.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { requireId } from './ids.js';

/**
 * Offices: the company's predefined locations (`/configuration/predefined-locations`), the places
 * jobs are created at. SmartRecruiters has no other office or site record.
 */
export class Offices<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  /** Lists offices (SR pages them by cursor; `limit` 1-100 is its page size). */
  list(params: OfficeListParams = {}, options?: RequestOptions): PagePromise<ModelsOf<Mp>['office']> {
    return this.deferred(() => {
      const parsed = parseInput(OfficeListParamsSchema, params, 'office list parameters');
      return this.paginate({
        list: 'offices',
        path: '/configuration/predefined-locations',
        query: parsed.limit === undefined ? {} : { pageSize: parsed.limit },
        cursor: parsed.cursor,
        listParams: params,
        request: options,
        mapPage: async (items, warnings) =>
          items.map((raw) => this.toModel('office', toUnifiedOffice, raw, warnings)),
      });
    });
  }

  /** One office. */
  async get(id: string, options?: RequestOptions): Promise<ModelsOf<Mp>['office']> {
    const raw = await this.client.get('/configuration/predefined-locations/{id}', {
      ...options,
      params: { id: requireId(id, 'id') },
    });
    return this.mapOne((warnings) => this.toModel('office', toUnifiedOffice, raw, warnings));
  }
}
