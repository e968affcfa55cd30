/** Hiring team mappers: SR hiring team -> unified members, and the body of adding a member. */

import { HiringTeamMemberInputSchema } from '../schemas/compiled/unified/hiring-team.js';
import type { SrHiringTeamRole } from '../schemas/sr/job.js';
import type { Warning } from '../schemas/unified/common.js';
import type { HIRING_TEAM_WRITE_ROLES, HiringTeamMemberInput } from '../schemas/unified/hiring-team.js';
import type { HiringTeamMember } from '../schemas/unified/job.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { toHiringTeam } from './job.js';
import { warningSink } from './shared.js';

/** Unified hiring team role -> SR's. */
export const HIRING_TEAM_ROLE_TO_SR: Readonly<
  Record<(typeof HIRING_TEAM_WRITE_ROLES)[number], SrHiringTeamRole>
> = {
  hiring_manager: 'HIRING_MANAGER',
  recruiter: 'RECRUITER',
  interview_team: 'INTERVIEW_TEAM',
  executive: 'EXECUTIVE',
  coordinator: 'COORDINATOR',
};

/** Options of `toUnifiedHiringTeam`. */
export interface HiringTeamMapperContext {
  /** SR users (`{ id, firstName, lastName }`) to name the members. */
  users?: unknown;
  /** The job, for warnings. */
  jobId?: string | undefined;
  /** Collector for warnings: SR fields that failed lenient validation are pushed here. */
  warnings?: Warning[] | undefined;
}

/**
 * Maps `GET /jobs/{jobId}/hiring-team` (response or `content`): one member per user with every
 * role they hold, named from `users` when given.
 *
 * Never throws on SR data: members that fail lenient validation become warnings and are skipped.
 */
export function toUnifiedHiringTeam(
  team: unknown,
  context: HiringTeamMapperContext = {},
): HiringTeamMember[] {
  return toHiringTeam(team, context.users, warningSink(context.warnings, context.jobId ?? null, 'job'));
}

/**
 * Body of `POST /jobs/{jobId}/hiring-team`: `{ id, role }`.
 *
 * @throws ValidationError on invalid input
 */
export function toSrHiringTeamMember(input: HiringTeamMemberInput): {
  /** The member's user id. */
  id: string;
  /** The member's SR hiring team role. */
  role: SrHiringTeamRole;
} {
  const parsed = parseInput(HiringTeamMemberInputSchema, input, 'hiring team member input');
  return { id: parsed.user_id, role: HIRING_TEAM_ROLE_TO_SR[parsed.role] };
}
