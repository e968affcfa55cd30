/** Write input of a job's hiring team (`jobs.addHiringTeamMember`). */
import * as z from '../zod.js';

export type { HiringTeamMemberInput } from '../../models/unified/hiring-team.js';

import { HIRING_TEAM_WRITE_ROLES } from './enums.js';
import { IdSchema } from './input-common.js';

export { HIRING_TEAM_WRITE_ROLES } from './enums.js';

/** Input of `jobs.addHiringTeamMember`: a user and the role they take on the job. */
export const HiringTeamMemberInputSchema = z.strictObject({
  user_id: IdSchema,
  role: z.enum(HIRING_TEAM_WRITE_ROLES),
});
