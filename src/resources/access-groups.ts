import type { RequestOptions, SmartRecruitersClient } from '../client.js';
import type { WithResponse } from '../core/api-promise.js';
import { NotFoundError, PermissionDeniedError } from '../core/errors.js';
import { listContent } from '../core/resource.js';
import { isRecord } from '../mappers/shared.js';
import type { SrList } from '../routes.js';
import type { SrAccessGroup } from '../schemas/sr/user.js';
import type { Warning } from '../schemas/unified/common.js';

/** SR's access groups (`{ content: [{ id, name }] }`). */
export const ACCESS_GROUPS_PATH = '/user-api/v201804/access-groups';

/** Reads every access group (SR returns them whole), with the response. */
export function readAccessGroups(
  client: SmartRecruitersClient,
  options?: RequestOptions,
): Promise<WithResponse<readonly unknown[], SrList<SrAccessGroup>>> {
  return listContent(client.get(ACCESS_GROUPS_PATH, options), 'access group');
}

/** Whether an SR user record names every access group it lists (details do; list items give ids). */
function namesItsGroups(raw: unknown): boolean {
  if (!isRecord(raw) || !Array.isArray(raw.accessGroups)) return true;
  return raw.accessGroups.every((group) => isRecord(group) && typeof group.name === 'string');
}

/**
 * Names the access groups of users listed without them: SR's user list items carry group ids only
 * (https://developers.smartrecruiters.com/reference/users). One read of the access groups serves a
 * whole list walk, made when a page first needs it. A credential that may not read access groups
 * gets a warning and unnamed groups (listed in each user's `not_fetched`), not a failed list.
 *
 * @returns per page: the access groups to pass to the user mapper, or `undefined` when none are
 *   needed or readable
 */
export function accessGroupNames(
  client: SmartRecruitersClient,
  options?: RequestOptions,
): (raws: unknown[], warnings: Warning[]) => Promise<readonly unknown[] | undefined> {
  let groups: Promise<readonly unknown[] | undefined> | undefined;
  let reported = false;
  return async (raws, warnings) => {
    if (raws.every(namesItsGroups)) return undefined;
    groups ??= readAccessGroups(client, options).then(
      (read) => read.data,
      (error: unknown) => {
        if (error instanceof PermissionDeniedError || error instanceof NotFoundError) return undefined;
        groups = undefined;
        throw error;
      },
    );
    const read = await groups;
    if (read === undefined && !reported) {
      reported = true;
      warnings.push({
        code: 'access_groups_unreadable',
        message: 'SmartRecruiters refused to list access groups: group names are left null',
        path: ['accessGroups'],
        record_id: null,
      });
    }
    return read;
  };
}
