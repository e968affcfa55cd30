/** The unified Role model: an SR system role. */
import type { SrSystemRole } from '../sr/user.js';
import * as z from '../zod.js';
import { baseModelShape, type ModelOf, type WithCustomMappings } from './common.js';

/** The unified Role. Job-level roles live on `Job.hiring_team[].roles` instead. */
export const RoleSchema = z.strictObject({
  ...baseModelShape,
  name: z.nullable(z.string()),
  type: z.literal('system'),
});
/** A role without mapping-extension output. */
export type RoleModel = ModelOf<z.output<typeof RoleSchema>, SrSystemRole>;
/** A role; `custom_mappings: M` when a mapping extension is configured. */
export type Role<M = never> = WithCustomMappings<RoleModel, M>;
