import type { RequestOptions } from '../client.js';
import { type APIPromise, respond, type WithResponse } from '../core/api-promise.js';
import { NotFoundError } from '../core/errors.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource, listContent } from '../core/resource.js';
import type { SyncParams, SyncRun } from '../core/sync.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import { toUnifiedRole } from '../mappers/role.js';
import { rawId } from '../mappers/shared.js';
import type { SrList } from '../routes.js';
import { RoleListParamsSchema } from '../schemas/compiled/unified/list-params.js';
import type { SrSystemRole } from '../schemas/sr/user.js';
import type { RoleListParams } from '../schemas/unified/list-params.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { requireId } from './ids.js';

/** Parameters of `roles.sync`: `limit` (page size of the walk) and `state`. */
export type RoleSyncParams = Omit<RoleListParams, 'cursor'> & Pick<SyncParams, 'state'>;

/**
 * Roles: SR's system roles (`/user-api/v201804/system-roles`),
 * read-only. Job-level roles are on `Job.hiring_team[].roles`.
 */
export class Roles<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  /**
   * Lists system roles (SR returns them all at once, one request per page; `limit` and `cursor`
   * page them).
   */
  list(params: RoleListParams = {}, options?: RequestOptions): PagePromise<ModelsOf<Mp>['role']> {
    return this.deferred(() =>
      this.paginateWhole({
        list: 'roles',
        params,
        validate: (p) => parseInput(RoleListParamsSchema, p, 'role list parameters'),
        load: () => this.all(options),
        map: (raw, warnings) => this.toModel('role', toUnifiedRole, raw, warnings),
      }),
    );
  }

  /**
   * Syncs system roles as a full snapshot: SmartRecruiters cannot list them by update time, so
   * every run emits every role, each with a resumable `state`. See `SyncRun`.
   */
  sync(params: RoleSyncParams = {}, options?: RequestOptions): SyncRun<ModelsOf<Mp>['role']> {
    return this.syncList({
      list: 'roles',
      params,
      updatedAfter: null,
      validate: (p) => parseInput(RoleListParamsSchema, p, 'role list parameters'),
      open: (p) => this.list(p as RoleListParams, options),
    });
  }

  private all(options?: RequestOptions): Promise<WithResponse<readonly unknown[], SrList<SrSystemRole>>> {
    return listContent(this.client.get('/user-api/v201804/system-roles', options), 'system role');
  }

  /** One system role by id (e.g. `ADMINISTRATOR`); `NotFoundError` when there is none. */
  get(id: string, options?: RequestOptions): APIPromise<ModelsOf<Mp>['role'], SrList<SrSystemRole>> {
    return respond(async () => {
      requireId(id, 'id');
      const { data: roles, response } = await this.all(options);
      const raw = roles.find((role) => rawId(role) === id);
      if (raw === undefined) {
        throw new NotFoundError({
          status: 404,
          body: { message: 'No system role with this id' },
          request: { method: 'GET', path: '/user-api/v201804/system-roles' },
        });
      }
      return {
        data: this.mapOne((warnings) => this.toModel('role', toUnifiedRole, raw, warnings)),
        response,
      };
    });
  }
}
