/** The unified Group model: an SR access group, as a plain interface. */
import type { SrAccessGroup } from '../sr/user.js';
import type { FetchableField, ModelBase, WithCustomMappings } from './common.js';

/** A group without mapping-extension output. Members come from `groups.members`, not a field. */
export interface GroupModel extends ModelBase<SrAccessGroup> {
  /**
   * Fields this record lacks because they were not fetched: their `null` or `[]` means "unknown",
   * not "empty". Empty when the record is complete.
   */
  not_fetched: Array<FetchableField<GroupModel>>;
  /** SR `name` of the access group. */
  name: string | null;
  /** Always `access_group`. */
  group_type: 'access_group';
}
/** A group; `custom_mappings: M` when a mapping extension is configured. */
export type Group<M = never> = WithCustomMappings<GroupModel, M>;
