/**
 * Input of `sr.interviewTemplates` and `sr.selfScheduling`: their list parameters (strict, in the
 * SDK's words: snake_case, `limit`, `cursor`) and the SmartRecruiters bodies they send (SR's own
 * words). The bodies' known fields are checked before any request; other fields pass through, as
 * SmartRecruiters publishes no schema for these APIs and may take fields the SDK does not name.
 */

import * as refinements from './refinements.js';
import { SR_HIRING_STAGES, SR_INTERVIEW_TEMPLATE_TYPES } from './sr/enums.js';
import { IdSchema, NonEmptyStringSchema, pageShape } from './unified/input-common.js';
import * as z from './zod.js';

export type {
  InterviewTemplateListParams,
  JobStageParams,
  JobTemplateAssignParams,
  SelfScheduleListParams,
} from '../models/unified/scheduling.js';
export { SR_HIRING_STAGES, SR_INTERVIEW_TEMPLATE_TYPES };

const HiringStageSchema = z.enum(SR_HIRING_STAGES);
const TemplateTypeSchema = z.enum(SR_INTERVIEW_TEMPLATE_TYPES);
/** A whole number of minutes, at least 1. */
const MinutesSchema = z.int().check(z.minimum(1));
/** User ids by hiring team role: `{ HIRING_MANAGER: ['u1'] }`. */
const InterviewersByRoleSchema = z.record(NonEmptyStringSchema, z.array(IdSchema));

// ---- interview templates ----

/** Parameters of `interviewTemplates.list`. */
export const InterviewTemplateListParamsSchema = z.strictObject({
  search: z.optional(NonEmptyStringSchema),
  hiring_stage: z.optional(HiringStageSchema),
  hiring_step: z.optional(NonEmptyStringSchema),
  type: z.optional(TemplateTypeSchema),
  ...pageShape,
});

/** A job's hiring stage and step. */
export const JobStageParamsSchema = z.strictObject({
  hiring_stage: HiringStageSchema,
  hiring_step: NonEmptyStringSchema,
});

/** Parameters of `interviewTemplates.assign`. */
export const JobTemplateAssignParamsSchema = z.strictObject({
  hiring_stage: HiringStageSchema,
  hiring_step: NonEmptyStringSchema,
  template_id: IdSchema,
});

/** Body of a company template create or replace (`SrInterviewTemplateInput`). */
export const SrInterviewTemplateInputSchema = z.looseObject({
  name: NonEmptyStringSchema,
  type: TemplateTypeSchema,
  durationInMinutes: MinutesSchema,
  hiringStage: z.optional(HiringStageSchema),
  hiringStep: z.optional(NonEmptyStringSchema),
  interviewType: z.optional(NonEmptyStringSchema),
  location: z.optional(z.string()),
  interviewerRoles: z.optional(z.array(NonEmptyStringSchema)),
});

/** Body of a job template update (`SrJobInterviewTemplateInput`). */
export const SrJobInterviewTemplateInputSchema = z.looseObject({
  name: z.optional(NonEmptyStringSchema),
  durationInMinutes: z.optional(MinutesSchema),
  interviewType: z.optional(NonEmptyStringSchema),
  location: z.optional(z.string()),
  hiringTeamRoleToInterviewers: z.optional(InterviewersByRoleSchema),
});

/** Interviewers by hiring team role (`PATCH` of a job template). */
export const InterviewersByRoleInputSchema = InterviewersByRoleSchema;

/** The managed steps of a job (`PUT` replaces them). */
export const SrManagedStepsInputSchema = z.array(
  z.looseObject({ hiringStage: HiringStageSchema, hiringStep: z.optional(NonEmptyStringSchema) }),
);

/** Application ids of one job (the job template search), 1 or more. */
export const ApplicationIdsInputSchema = z.array(IdSchema).check(z.minLength(1));

// ---- self-scheduling ----

/** Parameters of `selfScheduling.list`. */
export const SelfScheduleListParamsSchema = z.strictObject({
  application_id: IdSchema,
  with_interviews: z.optional(z.boolean()),
  ...pageShape,
});

/** Body of `selfScheduling.create` (`SrAutomatedSelfScheduleInput`). */
export const SrAutomatedSelfScheduleInputSchema = z.looseObject({ applicationUuid: IdSchema });

/** An ISO-8601 date-time with a time zone. */
const DateTimeSchema = z.iso.datetime({ offset: true });

/** Body of a booking (`SrSelfScheduleInterviewInput`): a slot that ends after it starts. */
export const SrSelfScheduleInterviewInputSchema = z
  .looseObject({ startsAt: DateTimeSchema, endsAt: DateTimeSchema })
  .check(
    z.refine(refinements.slotEndsAfterStart, {
      message: 'must be after startsAt',
      path: ['endsAt'],
    }),
  );

/** Body of an invitation update or a reschedule request (`SrSelfScheduleInviteInput`). */
export const SrSelfScheduleInviteInputSchema = z.looseObject({
  applicationUuid: IdSchema,
  repeat: z.optional(
    z.looseObject({
      intervalInDays: z.optional(z.int().check(z.minimum(1))),
      times: z.optional(z.int().check(z.minimum(1))),
    }),
  ),
});

/** Body of a slot count (`SrSlotsCountInput`): at least one role with interviewers. */
export const SrSlotsCountInputSchema = z.looseObject({
  interviewerIdsByRole: InterviewersByRoleSchema.check(
    z.refine(refinements.namesAnInterviewer, {
      message: 'must name at least one interviewer',
    }),
  ),
  startDate: z.optional(z.iso.date()),
  endDate: z.optional(z.iso.date()),
  slotsAvailabilityLimitInDays: z.optional(z.int().check(z.minimum(1))),
});

/** Self-schedule (and interview template) types, for `selfScheduling.countSlots`. */
export const ScheduleTypeSchema = TemplateTypeSchema;
