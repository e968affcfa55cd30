import type { RequestOptions } from '../client.js';
import { NotFoundError } from '../core/errors.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import { toUnifiedGroup } from '../mappers/group.js';
import { isRecord, rawId } from '../mappers/shared.js';
import { toSrUserListQuery, toUnifiedUser } from '../mappers/user.js';
import {
  type GroupListParams,
  GroupListParamsSchema,
  type UserListParams,
} from '../schemas/unified/list-params.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { requireId } from './ids.js';
import { USERS_PATH } from './users.js';

/** Groups: SR's access groups (`/user-api/v201804/access-groups`, smartrecruiters-api.md §10.3). */
export class Groups<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  /** Lists access groups (SR returns them all at once; `limit` and `cursor` page them). */
  list(params: GroupListParams = {}, options?: RequestOptions): PagePromise<ModelsOf<Mp>['group']> {
    return this.deferred(() => {
      const parsed = parseInput(GroupListParamsSchema, params, 'group list parameters');
      return this.paginateWhole({
        list: 'groups',
        limit: parsed.limit,
        cursor: parsed.cursor,
        load: () => this.all(options),
        map: (raw, warnings) => this.toModel('group', toUnifiedGroup, raw, warnings),
      });
    });
  }

  private async all(options?: RequestOptions): Promise<unknown[]> {
    return (await this.client.get('/user-api/v201804/access-groups', options)).content ?? [];
  }

  /** One access group by id; `NotFoundError` when there is none. */
  async get(id: string, options?: RequestOptions): Promise<ModelsOf<Mp>['group']> {
    requireId(id, 'id');
    const raw = (await this.all(options)).find((group) => rawId(group) === id);
    if (raw === undefined) {
      throw new NotFoundError({
        status: 404,
        body: { message: `No access group '${id}'` },
        request: { method: 'GET', path: '/user-api/v201804/access-groups' },
      });
    }
    return this.mapOne((warnings) => this.toModel('group', toUnifiedGroup, raw, warnings));
  }

  /**
   * The users in a group. SR has no members endpoint: this pages through users and keeps those
   * whose access groups include it (list items carry group ids). Accepts the `users.list` params.
   */
  members(
    groupId: string,
    params: Omit<UserListParams, 'hydrate'> = {},
    options?: RequestOptions,
  ): PagePromise<ModelsOf<Mp>['user']> {
    return this.deferred(() => {
      requireId(groupId, 'groupId');
      const query = toSrUserListQuery(params);
      return this.paginate({
        list: `groups/${groupId}/members`,
        path: USERS_PATH,
        query: { ...query },
        cursor: params.cursor,
        listParams: params,
        request: options,
        // Only some users are members: SR's count (when it gives one) is not theirs.
        srTotal: false,
        mapPage: async (items, warnings) =>
          items
            .filter(
              (item) =>
                isRecord(item) &&
                Array.isArray(item.accessGroups) &&
                item.accessGroups.some((g) => rawId(g) === groupId),
            )
            .map((raw) => this.toModel('user', toUnifiedUser, raw, warnings)),
      });
    });
  }

  /** Adds a user to an access group. */
  async addMember(groupId: string, userId: string, options?: RequestOptions): Promise<void> {
    await this.client.post('/user-api/v201804/access-groups/{accessGroupId}/users', {
      // Adding a member twice leaves one membership: safe to repeat.
      idempotent: true,
      ...options,
      params: { accessGroupId: requireId(groupId, 'groupId') },
      body: [requireId(userId, 'userId')],
    });
  }

  /** Removes a user from an access group. */
  async removeMember(groupId: string, userId: string, options?: RequestOptions): Promise<void> {
    await this.client.delete('/user-api/v201804/access-groups/{accessGroupId}/users/{id}', {
      ...options,
      params: { accessGroupId: requireId(groupId, 'groupId'), id: requireId(userId, 'userId') },
    });
  }
}
