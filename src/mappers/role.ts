/** Role mapper: SR system role -> unified `Role`. */

import { SrSystemRoleSchema } from '../schemas/compiled/sr/user.js';
import type { SrSystemRole } from '../schemas/sr/user.js';
import type { Role, RoleModel } from '../schemas/unified/role.js';
import type { MapperContext } from './context.js';
import { finish, orNull, parseLeniently, rawId, warningSink } from './shared.js';

/** Options of `toUnifiedRole`. */
export type RoleMapperContext<M = never> = MapperContext<M, SrSystemRole, RoleModel>;

/**
 * Maps an SR system role (`{ id, name }`, an item of `GET /user-api/v201804/system-roles`) to the
 * unified Role with `type: 'system'`.
 *
 * Never throws on SR data: fields that fail lenient validation become warnings and map as missing.
 */
export function toUnifiedRole<M = never>(raw: unknown, context: RoleMapperContext<M> = {}): Role<M> {
  const sink = warningSink(context.warnings, rawId(raw), 'system role');
  const role = parseLeniently(SrSystemRoleSchema, raw, sink);
  const unified: RoleModel = {
    id: role.id,
    created_at: null,
    updated_at: null,
    not_fetched: [],
    name: orNull(role.name),
    type: 'system',
  };
  return finish(unified, raw, role, context);
}
