/** Write input of a job's hiring team (`jobs.addHiringTeamMember`). */
import * as z from '../zod.js';
import { IdSchema } from './input-common.js';

/** Roles a hiring team member can be given. */
export const HIRING_TEAM_WRITE_ROLES = [
  'hiring_manager',
  'recruiter',
  'interview_team',
  'executive',
  'coordinator',
] as const;

/** Input of `jobs.addHiringTeamMember`: a user and the role they take on the job. */
export const HiringTeamMemberInputSchema = z.strictObject({
  user_id: IdSchema,
  role: z.enum(HIRING_TEAM_WRITE_ROLES),
});
/** Input of `jobs.addHiringTeamMember`. */
export type HiringTeamMemberInput = z.output<typeof HiringTeamMemberInputSchema>;
