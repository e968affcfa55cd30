import type { RequestOptions } from '../client.js';
import { NotFoundError } from '../core/errors.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import { toUnifiedRole } from '../mappers/role.js';
import { rawId } from '../mappers/shared.js';
import { type RoleListParams, RoleListParamsSchema } from '../schemas/unified/list-params.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { requireId } from './ids.js';

/**
 * Roles: SR's system roles (`/user-api/v201804/system-roles`, smartrecruiters-api.md §10.2),
 * read-only. Job-level roles are on `Job.hiring_team[].roles`.
 */
export class Roles<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  /** Lists system roles (SR returns them all at once; `limit` and `cursor` page them). */
  list(params: RoleListParams = {}, options?: RequestOptions): PagePromise<ModelsOf<Mp>['role']> {
    return this.deferred(() => {
      const parsed = parseInput(RoleListParamsSchema, params, 'role list parameters');
      return this.paginateWhole({
        list: 'roles',
        limit: parsed.limit,
        cursor: parsed.cursor,
        load: () => this.all(options),
        map: (raw, warnings) => this.toModel('role', toUnifiedRole, raw, warnings),
      });
    });
  }

  private async all(options?: RequestOptions): Promise<unknown[]> {
    return (await this.client.get('/user-api/v201804/system-roles', options)).content ?? [];
  }

  /** One system role by id (e.g. `ADMINISTRATOR`); `NotFoundError` when there is none. */
  async get(id: string, options?: RequestOptions): Promise<ModelsOf<Mp>['role']> {
    requireId(id, 'id');
    const raw = (await this.all(options)).find((role) => rawId(role) === id);
    if (raw === undefined) {
      throw new NotFoundError({
        status: 404,
        body: { message: `No system role '${id}'` },
        request: { method: 'GET', path: '/user-api/v201804/system-roles' },
      });
    }
    return this.mapOne((warnings) => this.toModel('role', toUnifiedRole, raw, warnings));
  }
}
