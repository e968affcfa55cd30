import type { RequestOptions } from '../client.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource, arrayFieldOf, expectRecord } from '../core/resource.js';
import { rawId } from '../mappers/shared.js';
import type {
  InterviewTemplateListParams,
  JobStageParams,
  JobTemplateAssignParams,
} from '../models/unified/scheduling.js';
import {
  INTERVIEW_TEMPLATES_API,
  type SrInterviewTemplate,
  type SrInterviewTemplateInput,
  type SrJobInterviewTemplate,
  type SrJobInterviewTemplateInput,
  type SrJobTemplateBlueprint,
  type SrManagedStep,
  type SrSchedulePreferences,
} from '../routes/interview-templates.js';
import {
  ApplicationIdsInputSchema,
  InterviewersByRoleInputSchema,
  InterviewTemplateListParamsSchema,
  JobStageParamsSchema,
  JobTemplateAssignParamsSchema,
  SrInterviewTemplateInputSchema,
  SrJobInterviewTemplateInputSchema,
  SrManagedStepsInputSchema,
} from '../schemas/compiled/scheduling.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { requireId } from './ids.js';

/**
 * Interview templates (SmartRecruiters Interview Templates API,
 * https://developers.smartrecruiters.com/reference/gettemplates): the company's templates (an
 * interview's type, duration, place and interviewer roles), the template each job uses at each
 * hiring stage and step, the steps SmartRecruiters schedules itself (managed steps), and
 * interviewers' scheduling preferences. Self-scheduling (`sr.selfScheduling`) books interviews
 * from them.
 *
 * Records are SmartRecruiters' own (`SrInterviewTemplate`...), as received: SR publishes no
 * schema for this API and no unified model covers templates, so the SDK renames nothing and hides
 * nothing. Write bodies are SR's too; list parameters are the SDK's (snake_case, `limit`,
 * `cursor`).
 *
 * ```ts
 * for await (const t of sr.interviewTemplates.list({ hiring_stage: 'INTERVIEW' })) console.log(t.name);
 * await sr.interviewTemplates.assign(jobId, { hiring_stage: 'INTERVIEW', hiring_step: 'Onsite', template_id });
 * ```
 */
export class InterviewTemplates extends APIResource {
  /**
   * The company's templates, filtered by `search` (in names), `hiring_stage`, `hiring_step` and
   * `type`. SmartRecruiters pages them by page number; the SDK asks for 100 a page and follows
   * them to the end (one more request, answered empty, may close the list).
   */
  list(params: InterviewTemplateListParams = {}, options?: RequestOptions): PagePromise<SrInterviewTemplate> {
    return this.deferred(() =>
      this.paginate({
        list: 'interview-templates',
        path: `${INTERVIEW_TEMPLATES_API}/templates`,
        params,
        toQuery: (p) => {
          const parsed = parseInput(
            InterviewTemplateListParamsSchema,
            p,
            'interview template list parameters',
          );
          const query: Record<string, unknown> = {};
          if (parsed.limit !== undefined) query.pageSize = parsed.limit;
          if (parsed.search !== undefined) query.search = parsed.search;
          if (parsed.hiring_stage !== undefined) query.hiringStage = parsed.hiring_stage;
          if (parsed.hiring_step !== undefined) query.hiringStep = parsed.hiring_step;
          if (parsed.type !== undefined) query.type = parsed.type;
          return query;
        },
        request: options,
        mapPage: async (items, { processed }) =>
          items
            .filter((raw) => !processed(rawId(raw)))
            .map((raw) => expectRecord(raw, 'interview template') as SrInterviewTemplate),
      }),
    );
  }

  /** One company template. */
  async get(id: string, options?: RequestOptions): Promise<SrInterviewTemplate> {
    const raw = await this.client.get(`${INTERVIEW_TEMPLATES_API}/templates/{id}`, {
      ...options,
      params: { id: requireId(id, 'id') },
    });
    return expectRecord(raw, 'interview template') as SrInterviewTemplate;
  }

  /**
   * Creates a company template: `name`, `type` (`INDIVIDUAL` or `GROUP`) and `durationInMinutes`
   * are required; fields the SDK does not name are sent as given.
   *
   * @throws ValidationError on invalid input, before any request
   */
  async create(input: SrInterviewTemplateInput, options?: RequestOptions): Promise<SrInterviewTemplate> {
    const body = parseInput(SrInterviewTemplateInputSchema, input, 'interview template input');
    const raw = await this.client.post(`${INTERVIEW_TEMPLATES_API}/templates`, { ...options, body });
    return expectRecord(raw, 'interview template') as SrInterviewTemplate;
  }

  /**
   * Replaces a company template (SmartRecruiters' `PUT`: a field left out is cleared). Jobs that
   * use it keep their own copy (their job template).
   *
   * @throws ValidationError on invalid input, before any request
   */
  async update(
    id: string,
    input: SrInterviewTemplateInput,
    options?: RequestOptions,
  ): Promise<SrInterviewTemplate> {
    const templateId = requireId(id, 'id');
    const body = parseInput(SrInterviewTemplateInputSchema, input, 'interview template input');
    const raw = await this.client.put(`${INTERVIEW_TEMPLATES_API}/templates/{id}`, {
      ...options,
      params: { id: templateId },
      body,
    });
    return expectRecord(raw, 'interview template') as SrInterviewTemplate;
  }

  /** Deletes a company template. */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await this.client.delete(`${INTERVIEW_TEMPLATES_API}/templates/{id}`, {
      ...options,
      params: { id: requireId(id, 'id') },
    });
  }

  /** A job's templates: one per hiring stage and step that has one. */
  async jobTemplates(jobId: string, options?: RequestOptions): Promise<SrJobInterviewTemplate[]> {
    const raw = await this.client.get(`${INTERVIEW_TEMPLATES_API}/job-templates/jobs/{jobId}`, {
      ...options,
      params: { jobId: requireId(jobId, 'jobId') },
    });
    return arrayFieldOf(raw, 'stages', 'job interview templates');
  }

  /** A job's template of one hiring stage and step, or `null` when it has none. */
  async jobTemplate(
    jobId: string,
    stage: JobStageParams,
    options?: RequestOptions,
  ): Promise<SrJobInterviewTemplate | null> {
    const id = requireId(jobId, 'jobId');
    const { hiring_stage, hiring_step } = parseInput(JobStageParamsSchema, stage, 'hiring stage');
    const raw = await this.client.get(
      `${INTERVIEW_TEMPLATES_API}/job-templates/jobs/{jobId}/hiringStages/{hiringStage}`,
      {
        ...options,
        params: { jobId: id, hiringStage: hiring_stage },
        query: { hiringStep: hiring_step },
      },
    );
    return raw === undefined ? null : (expectRecord(raw, 'job interview template') as SrJobInterviewTemplate);
  }

  /**
   * The template of the hiring stage and step an application is at (SmartRecruiters' job
   * application id), or `null` when its job has none there.
   */
  async applicationTemplate(
    applicationId: string,
    options?: RequestOptions,
  ): Promise<SrJobInterviewTemplate | null> {
    const raw = await this.client.get(
      `${INTERVIEW_TEMPLATES_API}/job-templates/job-applications/{applicationId}`,
      {
        ...options,
        params: { applicationId: requireId(applicationId, 'applicationId') },
      },
    );
    return raw === undefined ? null : (expectRecord(raw, 'job interview template') as SrJobInterviewTemplate);
  }

  /**
   * Sets the company template (`template_id`) a job uses at a hiring stage and step: the job's
   * template there is made from it, or replaced.
   *
   * @throws ValidationError on invalid input, before any request
   */
  async assign(
    jobId: string,
    params: JobTemplateAssignParams,
    options?: RequestOptions,
  ): Promise<SrJobInterviewTemplate> {
    const id = requireId(jobId, 'jobId');
    const parsed = parseInput(JobTemplateAssignParamsSchema, params, 'job template assignment');
    const raw = await this.client.put(
      `${INTERVIEW_TEMPLATES_API}/job-templates/jobs/{jobId}/hiringStages/{hiringStage}`,
      {
        ...options,
        params: { jobId: id, hiringStage: parsed.hiring_stage },
        query: { hiringStep: parsed.hiring_step },
        body: { templateId: parsed.template_id },
      },
    );
    return expectRecord(raw, 'job interview template') as SrJobInterviewTemplate;
  }

  /**
   * Changes a job's template (its id is the job template's, from `jobTemplates`): name, duration,
   * interview type, place, interviewers by hiring team role.
   *
   * @throws ValidationError on invalid input, before any request
   */
  async updateJobTemplate(
    jobTemplateId: string,
    input: SrJobInterviewTemplateInput,
    options?: RequestOptions,
  ): Promise<void> {
    const id = requireId(jobTemplateId, 'jobTemplateId');
    const body = parseInput(SrJobInterviewTemplateInputSchema, input, 'job interview template input');
    await this.client.put(`${INTERVIEW_TEMPLATES_API}/job-templates/{jobInterviewTemplateId}`, {
      ...options,
      params: { jobInterviewTemplateId: id },
      body,
    });
  }

  /**
   * Sets a job template's interviewers, by hiring team role (`{ HIRING_MANAGER: [userId] }`),
   * leaving the rest of it as it is.
   *
   * @throws ValidationError on invalid input, before any request
   */
  async updateJobTemplateInterviewers(
    jobTemplateId: string,
    interviewersByRole: Record<string, string[]>,
    options?: RequestOptions,
  ): Promise<void> {
    const id = requireId(jobTemplateId, 'jobTemplateId');
    const byRole = parseInput(InterviewersByRoleInputSchema, interviewersByRole, 'interviewers by role');
    await this.client.patch(`${INTERVIEW_TEMPLATES_API}/job-templates/{jobInterviewTemplateId}`, {
      ...options,
      params: { jobInterviewTemplateId: id },
      body: { hiringTeamRoleToInterviewers: byRole },
    });
  }

  /**
   * The job templates of the hiring stages and steps the given applications of a job are at (one
   * request for many applications): each stage and step with its applications and template.
   *
   * @throws ValidationError on an empty list, before any request
   */
  async searchJobTemplates(
    jobId: string,
    applicationIds: string[],
    options?: RequestOptions,
  ): Promise<SrJobTemplateBlueprint[]> {
    const id = requireId(jobId, 'jobId');
    const ids = parseInput(ApplicationIdsInputSchema, applicationIds, 'application ids');
    const raw = await this.client.post(`${INTERVIEW_TEMPLATES_API}/job-templates/jobs/{jobId}/search`, {
      ...options,
      params: { jobId: id },
      body: { applicationIds: ids },
    });
    return arrayFieldOf(raw, 'hiringStateBlueprints', 'job template search');
  }

  /** The hiring stages and steps of a job whose interviews SmartRecruiters schedules from their template. */
  async managedSteps(jobId: string, options?: RequestOptions): Promise<SrManagedStep[]> {
    const raw = await this.client.get(`${INTERVIEW_TEMPLATES_API}/managed-steps/jobs/{jobId}`, {
      ...options,
      params: { jobId: requireId(jobId, 'jobId') },
    });
    return arrayFieldOf(raw, 'states', 'managed steps');
  }

  /**
   * Replaces a job's managed steps (an empty list: none), and returns them as SmartRecruiters
   * keeps them.
   *
   * @throws ValidationError on invalid input, before any request
   */
  async setManagedSteps(
    jobId: string,
    steps: SrManagedStep[],
    options?: RequestOptions,
  ): Promise<SrManagedStep[]> {
    const id = requireId(jobId, 'jobId');
    const states = parseInput(SrManagedStepsInputSchema, steps, 'managed steps');
    const raw = await this.client.put(`${INTERVIEW_TEMPLATES_API}/managed-steps/jobs/{jobId}`, {
      ...options,
      params: { jobId: id },
      body: { states },
    });
    return arrayFieldOf(raw, 'states', 'managed steps');
  }

  /** A user's scheduling preferences: time zone, working hours, most interviews a day. */
  async schedulePreferences(userId: string, options?: RequestOptions): Promise<SrSchedulePreferences> {
    const raw = await this.client.get(`${INTERVIEW_TEMPLATES_API}/schedule/preferences/users/{userId}`, {
      ...options,
      params: { userId: requireId(userId, 'userId') },
    });
    return expectRecord(raw, 'schedule preferences') as SrSchedulePreferences;
  }
}
