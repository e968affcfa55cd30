import type { RequestOptions } from '../client.js';
import { type APIPromise, respond } from '../core/api-promise.js';
import { NotFoundError, ValidationError } from '../core/errors.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import type { SyncParams, SyncRun } from '../core/sync.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import { toUnifiedGroup } from '../mappers/group.js';
import { isRecord, rawId } from '../mappers/shared.js';
import { toSrUserListQuery, toUnifiedUser } from '../mappers/user.js';
import type { SrList } from '../routes.js';
import { GroupListParamsSchema } from '../schemas/compiled/unified/list-params.js';
import type { SrAccessGroup } from '../schemas/sr/user.js';
import type { GroupListParams, UserListParams } from '../schemas/unified/list-params.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { ACCESS_GROUPS_PATH, accessGroupNames, readAccessGroups } from './access-groups.js';
import { requireId } from './ids.js';
import { USERS_PATH } from './users.js';

/** Parameters of `groups.sync`: `limit` (page size of the walk) and `state`. */
export type GroupSyncParams = Omit<GroupListParams, 'cursor'> & Pick<SyncParams, 'state'>;

/** Groups: SR's access groups (`/user-api/v201804/access-groups`). */
export class Groups<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  /**
   * Lists access groups (SR returns them all at once, one request per page; `limit` and `cursor`
   * page them).
   */
  list(params: GroupListParams = {}, options?: RequestOptions): PagePromise<ModelsOf<Mp>['group']> {
    return this.deferred(() =>
      this.paginateWhole({
        list: 'groups',
        params,
        validate: (p) => parseInput(GroupListParamsSchema, p, 'group list parameters'),
        load: () => readAccessGroups(this.client, options),
        map: (raw, warnings) => this.toModel('group', toUnifiedGroup, raw, warnings),
      }),
    );
  }

  /**
   * Syncs access groups as a full snapshot: SmartRecruiters cannot list them by update time, so
   * every run emits every group, each with a resumable `state`. See `SyncRun`.
   */
  sync(params: GroupSyncParams = {}, options?: RequestOptions): SyncRun<ModelsOf<Mp>['group']> {
    return this.syncList({
      list: 'groups',
      params,
      updatedAfter: null,
      validate: (p) => parseInput(GroupListParamsSchema, p, 'group list parameters'),
      open: (p) => this.list(p as GroupListParams, options),
    });
  }

  /** One access group by id; `NotFoundError` when there is none. */
  get(id: string, options?: RequestOptions): APIPromise<ModelsOf<Mp>['group'], SrList<SrAccessGroup>> {
    return respond(async () => {
      requireId(id, 'id');
      const { data: groups, response } = await readAccessGroups(this.client, options);
      const raw = groups.find((group) => rawId(group) === id);
      if (raw === undefined) {
        throw new NotFoundError({
          status: 404,
          body: { message: 'No access group with this id' },
          request: { method: 'GET', path: ACCESS_GROUPS_PATH },
        });
      }
      return {
        data: this.mapOne((warnings) => this.toModel('group', toUnifiedGroup, raw, warnings)),
        response,
      };
    });
  }

  /**
   * The users in a group. SR has no members endpoint: this pages through users and keeps those
   * whose access groups include it (list items carry group ids; their names come from one read
   * of the access groups per walk). Accepts the `users.list` params.
   */
  members(
    groupId: string,
    params: Omit<UserListParams, 'hydrate'> = {},
    options?: RequestOptions,
  ): PagePromise<ModelsOf<Mp>['user']> {
    return this.deferred(() => {
      requireId(groupId, 'groupId');
      const groupNames = accessGroupNames(this.client, options);
      return this.paginate({
        list: `groups/${groupId}/members`,
        path: USERS_PATH,
        params,
        toQuery: (p) => {
          if ('hydrate' in p && p.hydrate !== undefined) {
            throw new ValidationError('Invalid group members parameters', [
              { path: ['hydrate'], message: 'is not a parameter of members(); use users.get for details' },
            ]);
          }
          return { ...toSrUserListQuery(p) };
        },
        request: options,
        // Only some users are members: SR's count (when it gives one) is not theirs.
        srTotal: false,
        mapPage: async (items, { warnings, processed }) => {
          const raws = items.filter(
            (item) =>
              isRecord(item) &&
              !processed(rawId(item)) &&
              Array.isArray(item.accessGroups) &&
              item.accessGroups.some((g) => rawId(g) === groupId),
          );
          const accessGroups = await groupNames(raws, warnings);
          return raws.map((raw) =>
            this.toModel('user', toUnifiedUser, raw, warnings, {
              listItem: true,
              ...(accessGroups ? { accessGroups } : {}),
            }),
          );
        },
      });
    });
  }

  /** Adds a user to an access group. */
  addMember(
    groupId: string,
    userId: string,
    options?: RequestOptions,
  ): APIPromise<void, SrList<SrAccessGroup> | undefined> {
    return respond(() =>
      this.noResult(
        this.client.post('/user-api/v201804/access-groups/{accessGroupId}/users', {
          // Adding a member twice leaves one membership: safe to repeat.
          idempotent: true,
          ...options,
          params: { accessGroupId: requireId(groupId, 'groupId') },
          body: [requireId(userId, 'userId')],
        }),
      ),
    );
  }

  /**
   * Removes a user from an access group.
   *
   * @throws NotFoundError when the user is not in the group (SR's `USER_NOT_IN_ACCESS_GROUP`), or
   *   the user or the group does not exist
   */
  removeMember(groupId: string, userId: string, options?: RequestOptions): APIPromise<void, undefined> {
    return respond(() =>
      this.noResult(
        this.client.delete('/user-api/v201804/access-groups/{accessGroupId}/users/{id}', {
          ...options,
          params: { accessGroupId: requireId(groupId, 'groupId'), id: requireId(userId, 'userId') },
        }),
      ),
    );
  }
}
