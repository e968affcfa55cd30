/**
 * The types of SmartRecruiters' wire shapes (`Sr*`) and of the unified models, their write inputs
 * and list parameters: plain interfaces, so a program that uses them compiles without computing
 * anything from zod. The zod schemas that validate the same shapes at run time are in
 * `smartrecruiters-sdk/schemas`; tests keep each interface and its schema equal.
 */
export type * from '../schemas/sr/wire.js';
export type * from './sr/application.js';
export type * from './sr/attachment.js';
export type * from './sr/candidate.js';
export type * from './sr/common.js';
export type * from './sr/configuration.js';
export type * from './sr/consent.js';
export type * from './sr/interview.js';
export type * from './sr/job.js';
export type * from './sr/offer.js';
export type * from './sr/review.js';
export type * from './sr/user.js';
export type * from './unified/application.js';
export type * from './unified/attachment.js';
export type * from './unified/candidate.js';
export type * from './unified/common.js';
export type * from './unified/configuration.js';
export type * from './unified/consent.js';
export type * from './unified/group.js';
export type * from './unified/hiring-team.js';
export type * from './unified/input-common.js';
export type * from './unified/interview.js';
export type * from './unified/job.js';
export type * from './unified/list-params.js';
export type * from './unified/offer.js';
export type * from './unified/onboarding.js';
export type * from './unified/report.js';
export type * from './unified/role.js';
export type * from './unified/scheduling.js';
export type * from './unified/scorecard.js';
export type * from './unified/subscription.js';
export type * from './unified/user.js';
