/** Schemas of the unified Role model: an SR system role. */
import * as z from '../zod.js';

export type {
  Role,
  RoleModel,
} from '../../models/unified/role.js';

import { baseModelShape } from './common.js';

/** The unified Role. Job-level roles live on `Job.hiring_team[].roles` instead. */
export const RoleSchema = z.strictObject({
  ...baseModelShape,
  name: z.nullable(z.string()),
  type: z.literal('system'),
});
