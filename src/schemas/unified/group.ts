/** The unified Group model: an SR access group. */
import type { SrAccessGroup } from '../sr/user.js';
import * as z from '../zod.js';
import { baseModelShape, type ModelOf, type WithCustomMappings } from './common.js';

/** The unified Group. Members come from a resource method, not a field. */
export const GroupSchema = z.strictObject({
  ...baseModelShape,
  name: z.nullable(z.string()),
  group_type: z.literal('access_group'),
});
/** A group without mapping-extension output. */
export type GroupModel = ModelOf<z.output<typeof GroupSchema>, SrAccessGroup>;
/** A group; `custom_mappings: M` when a mapping extension is configured. */
export type Group<M = never> = WithCustomMappings<GroupModel, M>;
