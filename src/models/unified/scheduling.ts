/** The parameters of `sr.interviewTemplates` and `sr.selfScheduling`, as plain interfaces. */

import type { SrHiringStage, SrInterviewTemplateType } from '../../routes/interview-templates.js';

/** Parameters of `interviewTemplates.list`. */
export interface InterviewTemplateListParams {
  /** Text searched in the templates' names. */
  search?: string | undefined;
  /** Templates of this hiring stage only. */
  hiring_stage?: SrHiringStage | undefined;
  /** Templates of this hiring step (a sub-status of the stage) only. */
  hiring_step?: string | undefined;
  /** Templates of this type only: `INDIVIDUAL` or `GROUP`. */
  type?: SrInterviewTemplateType | undefined;
  /** Page size, 1 to 100. Default 100. */
  limit?: number | undefined;
  /** `next_cursor` of the previous page. */
  cursor?: string | undefined;
}

/** A job's hiring stage and step (a sub-status of the stage). */
export interface JobStageParams {
  /** The hiring stage (`NEW`, `IN_PROGRESS`, `INTERVIEW`, `OFFER`). */
  hiring_stage: SrHiringStage;
  /** The hiring step: a sub-status of the stage in the job's hiring process. */
  hiring_step: string;
}

/** What `interviewTemplates.assign` sets: the company template a job uses at a stage and step. */
export interface JobTemplateAssignParams extends JobStageParams {
  /** The company interview template to use. */
  template_id: string;
}

/** Parameters of `selfScheduling.list`: one application's self-schedules. */
export interface SelfScheduleListParams {
  /** The application: SmartRecruiters' job application id (a webhook payload's `application_id`). */
  application_id: string;
  /** Include the interviews booked. */
  with_interviews?: boolean | undefined;
  /** Page size, 1 to 100. Default 100. */
  limit?: number | undefined;
  /** `next_cursor` of the previous page. */
  cursor?: string | undefined;
}
