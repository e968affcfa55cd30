import type { RequestOptions } from '../client.js';
import { type APIPromise, respond } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource, listContent } from '../core/resource.js';
import { toSrDepartmentInput, toUnifiedDepartment } from '../mappers/configuration.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import { WholeListParamsSchema } from '../schemas/compiled/unified/list-params.js';
import type { SrDepartment } from '../schemas/sr/job.js';
import type { DepartmentCreateInput } from '../schemas/unified/configuration.js';
import type { WholeListParams } from '../schemas/unified/list-params.js';
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
        load: () => listContent(this.client.get('/configuration/departments', options), 'department'),
        map: (raw, warnings) => this.toModel('department', toUnifiedDepartment, raw, warnings),
      }),
    );
  }

  /** One department. */
  get(id: string, options?: RequestOptions): APIPromise<ModelsOf<Mp>['department'], SrDepartment> {
    return respond(() =>
      this.one(
        'department',
        toUnifiedDepartment,
        this.client.get('/configuration/departments/{id}', {
          ...options,
          params: { id: requireId(id, 'id') },
        }),
      ),
    );
  }

  /** Creates a department (`name`, optional `description`). */
  create(
    input: DepartmentCreateInput,
    options?: RequestOptions,
  ): APIPromise<ModelsOf<Mp>['department'], SrDepartment> {
    return respond(() =>
      this.one(
        'department',
        toUnifiedDepartment,
        this.client.post('/configuration/departments', { ...options, body: toSrDepartmentInput(input) }),
      ),
    );
  }
}
