import type { RequestOptions } from '../client.js';
import { type APIPromise, respond } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource, expectRecord } from '../core/resource.js';
import type { SyncParams, SyncRun } from '../core/sync.js';
import type { Mappings, ModelsOf } from '../mappers/context.js';
import { rawId } from '../mappers/shared.js';
import { toSrUserInput, toSrUserListQuery, toSrUserPatch, toUnifiedUser } from '../mappers/user.js';
import type { SrUser } from '../schemas/sr/user.js';
import type { UserListParams } from '../schemas/unified/list-params.js';
import type { UserCreateInput, UserUpdateInput } from '../schemas/unified/user.js';
import { accessGroupNames } from './access-groups.js';
import { requireId } from './ids.js';

/** SR's current users API (https://developers.smartrecruiters.com/reference/users). */
export const USERS_PATH = '/user-api/v201804/users';

/** Parameters of `users.sync`: the list's, with `since` and `state` instead of `cursor`/`updated_after`. */
export type UserSyncParams = Omit<UserListParams, 'cursor' | 'updated_after'> & SyncParams;

/** Users (Unified User Directory; SR `/user-api/v201804/users`). */
export class Users<Mp extends Mappings = Mappings> extends APIResource<Mp> {
  /**
   * Lists users. `q` searches names, email and external data; `updated_after`; `limit` 1-100
   * (default 100); `cursor`; `hydrate: true` for details, one request per user (list items carry
   * no location). Access group names come from one read of the access groups per list, made only
   * when a page holds a group SR did not name.
   */
  list(params: UserListParams = {}, options?: RequestOptions): PagePromise<ModelsOf<Mp>['user']> {
    return this.deferred(() => {
      const groupNames = accessGroupNames(this.client, options);
      return this.paginate({
        list: 'users',
        path: USERS_PATH,
        params,
        toQuery: (p) => ({ ...toSrUserListQuery(p) }),
        request: options,
        mapPage: async (items, { warnings, params: p, processed }) => {
          const todo = items.filter((item) => !processed(rawId(item)));
          const raws = await this.withDetails(todo, p.hydrate, (id) =>
            this.client.get('/user-api/v201804/users/{id}', { ...options, params: { id } }),
          );
          const accessGroups = await groupNames(raws, warnings);
          return raws.map((raw) =>
            this.toModel('user', toUnifiedUser, raw, warnings, {
              listItem: !p.hydrate,
              ...(accessGroups ? { accessGroups } : {}),
            }),
          );
        },
      });
    });
  }

  /**
   * Syncs users: every user once per run, each with a resumable `state`; later runs list only
   * users SmartRecruiters reports as updated since the previous run started (`updatedAfter`).
   * See `SyncRun` for the guarantees.
   */
  sync(params: UserSyncParams = {}, options?: RequestOptions): SyncRun<ModelsOf<Mp>['user']> {
    return this.syncList({
      list: 'users',
      params,
      updatedAfter: 'updated_after',
      validate: (p) => toSrUserListQuery(p as UserListParams),
      open: (p) => this.list(p as UserListParams, options),
    });
  }

  /** One user. */
  get(id: string, options?: RequestOptions): APIPromise<ModelsOf<Mp>['user'], SrUser> {
    return respond(() =>
      this.one(
        'user',
        toUnifiedUser,
        this.client.get('/user-api/v201804/users/{id}', { ...options, params: { id: requireId(id, 'id') } }),
      ),
    );
  }

  /** Creates a user. SR creates users inactive: call `activate` (or let SR send the activation email). */
  create(input: UserCreateInput, options?: RequestOptions): APIPromise<ModelsOf<Mp>['user'], SrUser> {
    return respond(() =>
      this.one(
        'user',
        toUnifiedUser,
        this.client.post('/user-api/v201804/users', { ...options, body: toSrUserInput(input) }),
      ),
    );
  }

  /**
   * Updates the given fields; the SDK builds the JSON Patch SR requires, from the user as it is
   * now (one read first), so the patch is valid whatever the user has set.
   */
  update(
    id: string,
    input: UserUpdateInput,
    options?: RequestOptions,
  ): APIPromise<ModelsOf<Mp>['user'], SrUser> {
    return respond(async () => {
      toSrUserPatch(input); // input errors before any request
      const params = { id: requireId(id, 'id') };
      // The patch is computed from this read: one that is not the user record fails here.
      const current = expectRecord(
        await this.client.get('/user-api/v201804/users/{id}', { ...options, params }),
        'user',
      );
      const body = toSrUserPatch(input, current);
      return this.one(
        'user',
        toUnifiedUser,
        this.client.patch('/user-api/v201804/users/{id}', { ...options, params, body }),
      );
    });
  }

  /** Activates a user. Returns the user as it now is (`withResponse()`: the response of that read). */
  activate(id: string, options?: RequestOptions): APIPromise<ModelsOf<Mp>['user'], SrUser> {
    return respond(async () => {
      await this.client.put('/user-api/v201804/users/{id}/activation', {
        ...options,
        params: { id: requireId(id, 'id') },
      });
      return this.get(id, options).withResponse();
    });
  }

  /** Deactivates a user. Returns the user as it now is (`withResponse()`: the response of that read). */
  deactivate(id: string, options?: RequestOptions): APIPromise<ModelsOf<Mp>['user'], SrUser> {
    return respond(async () => {
      await this.client.delete('/user-api/v201804/users/{id}/activation', {
        ...options,
        params: { id: requireId(id, 'id') },
      });
      return this.get(id, options).withResponse();
    });
  }
}
