/** The write input of a job's hiring team, as a plain interface. */
import type { HiringTeamWriteRole } from '../../schemas/unified/enums.js';

/** Input of `jobs.addHiringTeamMember`: a user and the role they take on the job. */
export interface HiringTeamMemberInput {
  /** The user to add. */
  user_id: string;
  /** The role the user takes on the job. */
  role: HiringTeamWriteRole;
}
