/** Schemas of the unified Group model: an SR access group. */
import * as z from '../zod.js';

export type {
  Group,
  GroupModel,
} from '../../models/unified/group.js';

import { baseModelShape } from './common.js';

/** The unified Group. Members come from a resource method, not a field. */
export const GroupSchema = z.strictObject({
  ...baseModelShape,
  name: z.nullable(z.string()),
  group_type: z.literal('access_group'),
});
