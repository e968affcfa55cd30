/** The unified Role model: an SR system role, as a plain interface. */
import type { SrSystemRole } from '../sr/user.js';
import type { FetchableField, ModelBase, WithCustomMappings } from './common.js';

/** A role without mapping-extension output. Job-level roles live on `Job.hiring_team[].roles` instead. */
export interface RoleModel extends ModelBase<SrSystemRole> {
  /**
   * Fields this record lacks because they were not fetched: their `null` or `[]` means "unknown",
   * not "empty". Empty when the record is complete.
   */
  not_fetched: Array<FetchableField<RoleModel>>;
  /** SR `name` of the system role. */
  name: string | null;
  /** Always `system`. */
  type: 'system';
}
/** A role; `custom_mappings: M` when a mapping extension is configured. */
export type Role<M = never> = WithCustomMappings<RoleModel, M>;
