import type { RequestOptions } from '../client.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource, contentOf } from '../core/resource.js';
import { toSrDepartmentInput, toUnifiedDepartment } from '../mappers/configuration.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import type { DepartmentCreateInput } from '../schemas/unified/configuration.js';
import { type WholeListParams, WholeListParamsSchema } from '../schemas/unified/list-params.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { requireId } from './ids.js';

/** Departments (`/configuration/departments`): what jobs' `departments` refer to. */
export class Departments<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  /** Lists departments (SR returns them all at once; `limit` and `cursor` page them). */
  list(params: WholeListParams = {}, options?: RequestOptions): PagePromise<ModelsOf<Mp>['department']> {
    return this.deferred(() =>
      this.paginateWhole({
        list: 'departments',
        params,
        validate: (p) => parseInput(WholeListParamsSchema, p, 'department list parameters'),
        load: async () =>
          contentOf(await this.client.get('/configuration/departments', options), 'department'),
        map: (raw, warnings) => this.toModel('department', toUnifiedDepartment, raw, warnings),
      }),
    );
  }

  /** One department. */
  async get(id: string, options?: RequestOptions): Promise<ModelsOf<Mp>['department']> {
    const raw = await this.client.get('/configuration/departments/{id}', {
      ...options,
      params: { id: requireId(id, 'id') },
    });
    return this.mapOne((warnings) => this.toModel('department', toUnifiedDepartment, raw, warnings));
  }

  /** Creates a department (`name`, optional `description`). */
  async create(input: DepartmentCreateInput, options?: RequestOptions): Promise<ModelsOf<Mp>['department']> {
    const raw = await this.client.post('/configuration/departments', {
      ...options,
      body: toSrDepartmentInput(input),
    });
    return this.mapOne((warnings) => this.toModel('department', toUnifiedDepartment, raw, warnings));
  }
}
