/** Group mapper: SR access group -> unified `Group`. */

import { SrAccessGroupSchema } from '../schemas/compiled/sr/user.js';
import type { SrAccessGroup } from '../schemas/sr/user.js';
import type { Group, GroupModel } from '../schemas/unified/group.js';
import type { MapperContext } from './context.js';
import { finish, orNull, parseLeniently, rawId, warningSink } from './shared.js';

/** Options of `toUnifiedGroup`. */
export type GroupMapperContext<M = never> = MapperContext<M, SrAccessGroup, GroupModel>;

/**
 * Maps an SR access group (`{ id, name }`, an item of `GET /user-api/v201804/access-groups`) to the
 * unified Group with `group_type: 'access_group'`.
 *
 * Never throws on SR data: fields that fail lenient validation become warnings and map as missing.
 */
export function toUnifiedGroup<M = never>(raw: unknown, context: GroupMapperContext<M> = {}): Group<M> {
  const sink = warningSink(context.warnings, rawId(raw), 'access group');
  const group = parseLeniently(SrAccessGroupSchema, raw, sink);
  const unified: GroupModel = {
    id: group.id,
    created_at: null,
    updated_at: null,
    not_fetched: [],
    name: orNull(group.name),
    group_type: 'access_group',
  };
  return finish(unified, raw, group, context);
}
