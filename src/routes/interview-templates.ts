/**
 * SmartRecruiters' Interview Templates API (`/interview-templates`,
 * https://developers.smartrecruiters.com/reference/gettemplates): the company's interview
 * templates, the templates a job uses at each hiring stage and step (job templates), which steps
 * SmartRecruiters schedules from their template (managed steps), and interviewers' scheduling
 * preferences. Self-scheduling (`SELF_SCHEDULING_API`) books interviews from these templates.
 *
 * Two families of template routes exist: `/templates` and `/job-templates` (filters by stage,
 * step and type; what `sr.interviewTemplates` uses) and the older `/interview/templates`.
 *
 * SmartRecruiters publishes this API's paths and parameters but no schema for its bodies and
 * answers: the fields named below are the SDK's reading of its reference, not confirmed, and every
 * type stays open (`[key: string]: unknown`) so nothing SmartRecruiters sends is hidden, and a
 * body may carry fields the SDK does not name.
 */
import type { Open, SrList } from '../routes.js';

/** Path prefix of SmartRecruiters' Interview Templates API (https://developers.smartrecruiters.com/reference/gettemplates). */
export const INTERVIEW_TEMPLATES_API = '/interview-templates';

/** The hiring stages a template can be set for (the `hiringStage` filter of `GET /templates`). */
export type SrHiringStage = 'NEW' | 'IN_PROGRESS' | 'INTERVIEW' | 'OFFER';
/** An interview with one interviewer panel per candidate, or one with several candidates. */
export type SrInterviewTemplateType = 'INDIVIDUAL' | 'GROUP';

/** A company interview template. */
export interface SrInterviewTemplate {
  /** The template's id. */
  id: string;
  /** The template's name. */
  name?: string;
  /** The template's type. */
  type?: Open<SrInterviewTemplateType>;
  /** The stage (and step: one of the stage's sub-statuses) it is meant for. */
  hiringStage?: Open<SrHiringStage>;
  /** The step within `hiringStage`. */
  hiringStep?: string;
  /** How long the interview lasts, in minutes. */
  durationInMinutes?: number;
  /** One of the company's interview types (Interviews API). */
  interviewType?: string;
  /** An address or a meeting link. */
  location?: string;
  /** The hiring team roles whose members interview (`HIRING_MANAGER`, `RECRUITER`...). */
  interviewerRoles?: string[];
  /** When the template was created (ISO-8601). */
  createdOn?: string;
  /** When the template was last changed (ISO-8601). */
  updatedOn?: string;
  [key: string]: unknown;
}

/** Body of `POST /templates` and `PUT /templates/{id}` (a `PUT` replaces the template). */
export interface SrInterviewTemplateInput {
  /** The template's name. */
  name: string;
  /** The template's type. */
  type: SrInterviewTemplateType;
  /** How long the interview lasts, in minutes. */
  durationInMinutes: number;
  /** The hiring stage it is meant for. */
  hiringStage?: SrHiringStage | undefined;
  /** The step within `hiringStage`: one of the stage's sub-statuses. */
  hiringStep?: string | undefined;
  /** One of the company's interview types (Interviews API). */
  interviewType?: string | undefined;
  /** An address or a meeting link. */
  location?: string | undefined;
  /** The hiring team roles whose members interview (`HIRING_MANAGER`, `RECRUITER`...). */
  interviewerRoles?: string[] | undefined;
  [key: string]: unknown;
}

/**
 * One page of `GET /templates`: SmartRecruiters names the items `contents` and the total
 * `totalElements` (the SDK reads `content` too).
 */
export interface SrInterviewTemplatePage {
  /** The templates of this page. */
  contents?: SrInterviewTemplate[];
  /** How many templates match. */
  totalElements?: number;
  [key: string]: unknown;
}

/** Query of `GET /templates`: filters, and page-number paging (`page`, `pageSize`). */
export interface SrInterviewTemplatesQuery {
  /** The page number. */
  page?: number;
  /** How many templates a page holds. */
  pageSize?: number;
  /** Only templates for this hiring stage. */
  hiringStage?: SrHiringStage;
  /** Only templates for this step. */
  hiringStep?: string;
  /** Only templates of this type. */
  type?: SrInterviewTemplateType;
  /** Text searched in the names. */
  search?: string;
}

/** A job's template for one hiring stage and step: a company template with the job's interviewers. */
export interface SrJobInterviewTemplate {
  /** The job template's id. */
  id: string;
  /** The job's id. */
  jobId?: string;
  /** The company template it was made from. */
  templateId?: string;
  /** The hiring stage it is for. */
  hiringStage?: Open<SrHiringStage>;
  /** The step within `hiringStage`. */
  hiringStep?: string;
  /** The template's name. */
  name?: string;
  /** The template's type. */
  type?: Open<SrInterviewTemplateType>;
  /** How long the interview lasts, in minutes. */
  durationInMinutes?: number;
  /** One of the company's interview types (Interviews API). */
  interviewType?: string;
  /** An address or a meeting link. */
  location?: string;
  /** The job's interviewers, by hiring team role: role to user ids. */
  hiringTeamRoleToInterviewers?: Record<string, string[]>;
  [key: string]: unknown;
}

/** Body of `PUT /job-templates/{jobInterviewTemplateId}`: the job template's settings. */
export interface SrJobInterviewTemplateInput {
  /** The template's name. */
  name?: string | undefined;
  /** How long the interview lasts, in minutes. */
  durationInMinutes?: number | undefined;
  /** One of the company's interview types (Interviews API). */
  interviewType?: string | undefined;
  /** An address or a meeting link. */
  location?: string | undefined;
  /** The job's interviewers, by hiring team role: role to user ids. */
  hiringTeamRoleToInterviewers?: Record<string, string[]> | undefined;
  [key: string]: unknown;
}

/** Body of `PATCH /job-templates/{jobInterviewTemplateId}`: the interviewers, by hiring team role. */
export interface SrJobTemplateInterviewersInput {
  /** The job's interviewers, by hiring team role: role to user ids. */
  hiringTeamRoleToInterviewers: Record<string, string[]>;
  [key: string]: unknown;
}

/** Body of `PUT /job-templates/jobs/{jobId}/hiringStages/{hiringStage}`: the company template to use. */
export interface SrJobTemplateAssignInput {
  /** The company template's id. */
  templateId: string;
  [key: string]: unknown;
}

/** The templates of a job, one per hiring stage and step that has one. */
export interface SrJobInterviewTemplates {
  /** The job's templates. */
  stages?: SrJobInterviewTemplate[];
  [key: string]: unknown;
}

/** Body of `POST /job-templates/jobs/{jobId}/search`: applications of the job. */
export interface SrJobTemplateSearchInput {
  /** The applications' ids. */
  applicationIds: string[];
  [key: string]: unknown;
}

/** The job template of the hiring stage and step some of the applications are at. */
export interface SrJobTemplateBlueprint {
  /** The hiring stage. */
  hiringStage?: Open<SrHiringStage>;
  /** The step within `hiringStage`. */
  hiringStep?: string;
  /** The applications at that stage and step. */
  applicationIds?: string[];
  /** Absent when the job has no template for that stage and step. */
  jobTemplate?: SrJobInterviewTemplate;
  [key: string]: unknown;
}

/** Answer of `POST /job-templates/jobs/{jobId}/search`. */
export interface SrJobTemplateSearchResult {
  /** One entry per hiring stage and step the applications are at. */
  hiringStateBlueprints?: SrJobTemplateBlueprint[];
  [key: string]: unknown;
}

/** A hiring stage and step whose interviews SmartRecruiters schedules from its job template. */
export interface SrManagedStep {
  /** The hiring stage. */
  hiringStage: Open<SrHiringStage>;
  /** The step within `hiringStage`. */
  hiringStep?: string | undefined;
  [key: string]: unknown;
}

/** The managed steps of a job (`PUT` replaces them). */
export interface SrManagedSteps {
  /** The managed steps. */
  states: SrManagedStep[];
  [key: string]: unknown;
}

/** A weekly window a user takes interviews in (`startTime`/`endTime` as `HH:mm`). */
export interface SrWorkingHours {
  /** The day of the week. */
  dayOfWeek?: Open<'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY'>;
  /** Start of the window (`HH:mm`). */
  startTime?: string;
  /** End of the window (`HH:mm`). */
  endTime?: string;
  [key: string]: unknown;
}

/** A user's scheduling preferences: when and how much they interview. */
export interface SrSchedulePreferences {
  /** The user's id. */
  userId?: string;
  /** TZ database name of the user's time zone. */
  timezone?: string;
  /** The weekly windows the user interviews in. */
  workingHours?: SrWorkingHours[];
  /** Most interviews a day. */
  maxInterviewsPerDay?: number;
  [key: string]: unknown;
}

/** Path parameters of an interview template. @inline */
type TemplateId = { id: string };
/** Path parameters of a job's interview template. @inline */
type JobTemplateId = { jobInterviewTemplateId: string };
/** Path parameters of a job's hiring stage. @inline */
type JobStage = { jobId: string; hiringStage: string };

/** The Interview Templates API, relative to `INTERVIEW_TEMPLATES_API`. */
export interface InterviewTemplateRoutes {
  // ---- company templates ----
  /** The company's templates, paged by page number (`page`, `pageSize`; `client.paginate` pages it). */
  'GET /templates': { query: SrInterviewTemplatesQuery; response: SrInterviewTemplatePage };
  'POST /templates': { body: SrInterviewTemplateInput; response: SrInterviewTemplate };
  'GET /templates/{id}': { params: TemplateId; response: SrInterviewTemplate };
  'PUT /templates/{id}': {
    params: TemplateId;
    body: SrInterviewTemplateInput;
    response: SrInterviewTemplate;
  };
  'DELETE /templates/{id}': { params: TemplateId; response: undefined };
  // ---- job templates ----
  'GET /job-templates/jobs/{jobId}': { params: { jobId: string }; response: SrJobInterviewTemplates };
  /** The job's template of one stage and step; no body (204) when it has none. */
  'GET /job-templates/jobs/{jobId}/hiringStages/{hiringStage}': {
    params: JobStage;
    query: {
      /** The step within the hiring stage. */
      hiringStep: string;
    };
    response: SrJobInterviewTemplate | undefined;
  };
  /** Sets the company template a job uses at one stage and step (made or replaced). */
  'PUT /job-templates/jobs/{jobId}/hiringStages/{hiringStage}': {
    params: JobStage;
    query: {
      /** The step within the hiring stage. */
      hiringStep: string;
    };
    body: SrJobTemplateAssignInput;
    response: SrJobInterviewTemplate;
  };
  /** The template of the stage and step an application is at; no body (204) when there is none. */
  'GET /job-templates/job-applications/{applicationId}': {
    params: { applicationId: string };
    response: SrJobInterviewTemplate | undefined;
  };
  'PUT /job-templates/{jobInterviewTemplateId}': {
    params: JobTemplateId;
    body: SrJobInterviewTemplateInput;
    response: undefined;
  };
  /** Changes only the interviewers of a job template. */
  'PATCH /job-templates/{jobInterviewTemplateId}': {
    params: JobTemplateId;
    body: SrJobTemplateInterviewersInput;
    response: undefined;
  };
  /** The job templates of the stages and steps the given applications of a job are at. */
  'POST /job-templates/jobs/{jobId}/search': {
    params: { jobId: string };
    body: SrJobTemplateSearchInput;
    response: SrJobTemplateSearchResult;
  };
  // ---- managed steps and preferences ----
  'GET /managed-steps/jobs/{jobId}': { params: { jobId: string }; response: SrManagedSteps };
  'PUT /managed-steps/jobs/{jobId}': {
    params: { jobId: string };
    body: SrManagedSteps;
    response: SrManagedSteps;
  };
  'GET /schedule/preferences/users/{userId}': {
    params: { userId: string };
    response: SrSchedulePreferences;
  };
  // ---- the older template routes ----
  /** The company's templates (older family), paged by page number (`page`, `limit`). */
  'GET /interview/templates': {
    query: {
      /** The page number. */
      page?: number;
      /** How many templates a page holds. */
      limit?: number;
      /** Text searched in the names. */
      search?: string;
    };
    response: SrList<SrInterviewTemplate>;
  };
  'POST /interview/templates': { body: SrInterviewTemplateInput; response: SrInterviewTemplate };
  'GET /interview/templates/{id}': { params: TemplateId; response: SrInterviewTemplate };
  'PUT /interview/templates/{id}': {
    params: TemplateId;
    body: SrInterviewTemplateInput;
    response: SrInterviewTemplate;
  };
  'DELETE /interview/templates/{id}': { params: TemplateId; response: undefined };
  'GET /interview/templates/job-applications/{applicationId}': {
    params: { applicationId: string };
    response: SrJobInterviewTemplate | undefined;
  };
  'PUT /interview/templates/job/{jobInterviewTemplateId}': {
    params: JobTemplateId;
    body: SrJobInterviewTemplateInput;
    response: undefined;
  };
  'PATCH /interview/templates/job/{jobInterviewTemplateId}': {
    params: JobTemplateId;
    body: SrJobTemplateInterviewersInput;
    response: undefined;
  };
  'GET /interview/templates/jobs/{jobId}': { params: { jobId: string }; response: SrJobInterviewTemplates };
}
