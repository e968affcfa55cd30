/**
 * The Interview Templates API (`/interview-templates`,
 * https://developers.smartrecruiters.com/reference/gettemplates): company templates (`/templates`,
 * paged by page number: `page` from 0, `pageSize` 1-100, default 20; `{ contents, totalElements }`),
 * the template a job uses at each hiring stage and step (`/job-templates`: a copy of a company
 * template with the job's interviewers by hiring team role), managed steps, and users' scheduling
 * preferences. The older `/interview/templates` routes answer 501 (see unimplemented.ts).
 *
 * UNCONFIRMED (SR publishes paths and parameters only): every body and answer shape, the default
 * page size, the codes (`INTERVIEW_TEMPLATE_NOT_FOUND`, `JOB_TEMPLATE_NOT_FOUND`,
 * `INVALID_HIRING_STEP`; `NON_EXISTING_INTERVIEWERS` as the Interviews API names it), that a
 * template's `interviewType` must be one of the company's interview types, that a hiring step must
 * be a sub-status of the job's hiring process, and the scopes (those of the Interviews API).
 */
import { INTERVIEW_TEMPLATES_API } from '../../routes/interview-templates.js';
import { compact, found, type HandlerContext, param, type RouteDef, readJson, route } from '../context.js';
import { badRequest, srError } from '../errors.js';
import { json, noContent } from '../http.js';
import {
  type HiringStage,
  type HiringTeamRole,
  type InterviewTemplateRecord,
  type JobTemplateRecord,
  type ManagedStepRecord,
  SR_HIRING_STAGES,
  SR_HIRING_TEAM_ROLES,
  SR_INTERVIEW_TEMPLATE_TYPES,
} from '../model.js';
import { preferencesOf, STATUS_OF_STAGE, stageOf } from '../scheduling.js';
import { S } from '../scopes.js';
import { Check, isObject } from '../validation.js';
import { requireObject } from './shared.js';

const API = INTERVIEW_TEMPLATES_API;
/** Longest template name and location the fake takes. */
const MAX_NAME = 200;
const MAX_LOCATION = 500;
/** Longest interview, in minutes (a day). */
const MAX_DURATION = 24 * 60;
/** Most application ids of one job template search. */
const MAX_SEARCH_IDS = 100;

/** A company template as SR returns it. */
export function templateView(t: InterviewTemplateRecord): Record<string, unknown> {
  return compact({
    id: t.id,
    name: t.name,
    type: t.type,
    hiringStage: t.hiringStage,
    hiringStep: t.hiringStep,
    durationInMinutes: t.durationInMinutes,
    interviewType: t.interviewType,
    location: t.location,
    interviewerRoles: t.interviewerRoles,
    createdOn: t.createdOn,
    updatedOn: t.updatedOn,
  });
}

/** A job template as SR returns it. */
export function jobTemplateView(t: JobTemplateRecord): Record<string, unknown> {
  return compact({
    id: t.id,
    jobId: t.jobId,
    templateId: t.templateId,
    hiringStage: t.hiringStage,
    hiringStep: t.hiringStep,
    name: t.name,
    type: t.type,
    durationInMinutes: t.durationInMinutes,
    interviewType: t.interviewType,
    location: t.location,
    hiringTeamRoleToInterviewers: t.interviewersByRole,
  });
}

function findTemplate(ctx: HandlerContext, id: string): InterviewTemplateRecord {
  return found(
    ctx.services.state.interviewTemplates.get(id),
    'Interview template',
    'INTERVIEW_TEMPLATE_NOT_FOUND',
  );
}

function findJob(ctx: HandlerContext) {
  return found(ctx.services.state.jobs.get(param(ctx, 'jobId')), 'Job');
}

/** A hiring stage path parameter; 400 unless it is one of SR's. */
function stageParam(ctx: HandlerContext): HiringStage {
  const value = param(ctx, 'hiringStage');
  if (!(SR_HIRING_STAGES as readonly string[]).includes(value)) {
    throw badRequest(`hiringStage must be one of ${SR_HIRING_STAGES.join(', ')}`, 'INVALID_PARAMETER');
  }
  return value as HiringStage;
}

/** The required `hiringStep` query parameter. */
function stepQuery(ctx: HandlerContext): string {
  const step = ctx.query.get('hiringStep');
  if (step === undefined) throw badRequest("Query parameter 'hiringStep' is required", 'INVALID_PARAMETER');
  return step;
}

/** 400 `INVALID_HIRING_STEP` unless `step` is a sub-status of the job's hiring process at `stage`. */
function requireStep(ctx: HandlerContext, jobId: string, stage: HiringStage, step: string): void {
  const { state } = ctx.services;
  const process = state.hiringProcesses.get(state.jobs.get(jobId)?.hiringProcessId ?? '');
  const steps = (process?.subStatuses as Record<string, string[] | undefined> | undefined)?.[
    STATUS_OF_STAGE[stage]
  ];
  // The stages without sub-statuses (NEW) take any step name.
  if (steps && steps.length > 0 && !steps.includes(step)) {
    throw srError(
      400,
      'INVALID_HIRING_STEP',
      `'${step}' is not a step of ${stage} in the job's hiring process (${steps.join(', ')})`,
    );
  }
}

/** Reads a company template body (create or replace). */
function readTemplate(ctx: HandlerContext, body: Record<string, unknown>) {
  const check = new Check();
  const name = check.string(body, 'name', '', { required: true, maxLength: MAX_NAME });
  const type = check.enumValue(body, 'type', SR_INTERVIEW_TEMPLATE_TYPES, '', { required: true });
  const duration = check.number(body, 'durationInMinutes', '', { required: true });
  if (duration !== undefined && !(Number.isInteger(duration) && duration >= 1 && duration <= MAX_DURATION)) {
    check.fail(`durationInMinutes must be a whole number from 1 to ${MAX_DURATION}`);
  }
  const hiringStage = check.enumValue(body, 'hiringStage', SR_HIRING_STAGES, '');
  const hiringStep = check.string(body, 'hiringStep', '', { maxLength: MAX_NAME });
  if (hiringStep && !hiringStage) check.fail('hiringStep needs a hiringStage');
  const interviewType = check.string(body, 'interviewType', '', { nullable: true });
  if (interviewType && !ctx.services.state.interviewTypes.includes(interviewType)) {
    check.fail(`interviewType '${interviewType}' is not one of the company's interview types`);
  }
  const location = check.string(body, 'location', '', { nullable: true, maxLength: MAX_LOCATION });
  const roles = check.stringArray(body, 'interviewerRoles', '') ?? [];
  for (const role of roles) {
    if (!(SR_HIRING_TEAM_ROLES as readonly string[]).includes(role)) {
      check.fail(`interviewerRoles: '${role}' is not one of ${SR_HIRING_TEAM_ROLES.join(', ')}`);
    }
  }
  check.done(400);
  return {
    name: name as string,
    type: type as InterviewTemplateRecord['type'],
    durationInMinutes: duration as number,
    hiringStage: hiringStage ?? null,
    hiringStep: hiringStep ?? null,
    interviewType: interviewType ?? null,
    location: location ?? null,
    interviewerRoles: [...new Set(roles)] as HiringTeamRole[],
  };
}

/**
 * Reads interviewers by hiring team role: known roles, ids of active users (422
 * `NON_EXISTING_INTERVIEWERS` otherwise, as the Interviews API answers).
 */
export function readInterviewersByRole(
  ctx: HandlerContext,
  value: unknown,
  path: string,
): Partial<Record<HiringTeamRole, string[]>> {
  const check = new Check();
  if (!isObject(value)) {
    check.fail(`${path} must be an object of user id arrays by hiring team role`);
    check.done(400);
  }
  const out: Partial<Record<HiringTeamRole, string[]>> = {};
  for (const [role, ids] of Object.entries(value as Record<string, unknown>)) {
    if (!(SR_HIRING_TEAM_ROLES as readonly string[]).includes(role)) {
      check.fail(`${path}: '${role}' is not one of ${SR_HIRING_TEAM_ROLES.join(', ')}`);
    } else if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' || id === '')) {
      check.fail(`${path}.${role} must be an array of user ids`);
    } else {
      out[role as HiringTeamRole] = [...new Set(ids as string[])];
    }
  }
  check.done(400);
  const unknown = Object.values(out)
    .flat()
    .filter((id) => ctx.services.state.users.get(id)?.active !== true);
  if (unknown.length > 0) {
    throw srError(
      422,
      'NON_EXISTING_INTERVIEWERS',
      `No active user with id ${[...new Set(unknown)].join(', ')}`,
    );
  }
  return out;
}

/** The stage order of SR's hiring process, for sorting. */
const STAGE_ORDER = new Map<string, number>(SR_HIRING_STAGES.map((stage, index) => [stage, index]));

function byStage(a: { hiringStage: string; hiringStep: string | null }, b: typeof a): number {
  const order = (STAGE_ORDER.get(a.hiringStage) ?? 9) - (STAGE_ORDER.get(b.hiringStage) ?? 9);
  return order !== 0 ? order : (a.hiringStep ?? '').localeCompare(b.hiringStep ?? '');
}

function findJobTemplate(ctx: HandlerContext): JobTemplateRecord {
  return found(
    ctx.services.state.jobTemplates.get(param(ctx, 'jobInterviewTemplateId')),
    'Job interview template',
    'JOB_TEMPLATE_NOT_FOUND',
  );
}

/** Interview Templates API routes. */
export const interviewTemplateRoutes: RouteDef[] = [
  route('GET', `${API}/templates`, S.schedulingRead, (ctx) => {
    const q = ctx.query;
    const page = q.int('page', { default: 0, min: 0, max: 2_147_483_647 });
    const size = q.int('pageSize', { default: 20, min: 1, max: 100 });
    const stage = q.enumValue('hiringStage', SR_HIRING_STAGES);
    const step = q.get('hiringStep');
    const type = q.enumValue('type', SR_INTERVIEW_TEMPLATE_TYPES);
    const search = q.get('search')?.toLowerCase();
    const all = [...ctx.services.state.interviewTemplates.values()]
      .filter(
        (t) =>
          (stage === undefined || t.hiringStage === stage) &&
          (step === undefined || t.hiringStep === step) &&
          (type === undefined || t.type === type) &&
          (search === undefined || t.name.toLowerCase().includes(search)),
      )
      .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
    return json(200, {
      contents: all.slice(page * size, page * size + size).map(templateView),
      totalElements: all.length,
    });
  }),
  route('POST', `${API}/templates`, S.schedulingWrite, (ctx) => {
    const fields = readTemplate(ctx, requireObject(readJson(ctx)));
    return json(201, templateView(ctx.services.state.addInterviewTemplate(fields)));
  }),
  route('GET', `${API}/templates/{id}`, S.schedulingRead, (ctx) =>
    json(200, templateView(findTemplate(ctx, param(ctx, 'id')))),
  ),
  route('PUT', `${API}/templates/{id}`, S.schedulingWrite, (ctx) => {
    const template = findTemplate(ctx, param(ctx, 'id'));
    Object.assign(template, readTemplate(ctx, requireObject(readJson(ctx))), {
      updatedOn: ctx.services.state.nowIso(),
    });
    return json(200, templateView(template));
  }),
  // Jobs keep their own copy (their job template) of a deleted company template.
  route('DELETE', `${API}/templates/{id}`, S.schedulingWrite, (ctx) => {
    const template = findTemplate(ctx, param(ctx, 'id'));
    ctx.services.state.interviewTemplates.delete(template.id);
    return noContent();
  }),

  route('GET', `${API}/job-templates/jobs/{jobId}`, S.schedulingRead, (ctx) => {
    const job = findJob(ctx);
    const stages = [...ctx.services.state.jobTemplates.values()]
      .filter((t) => t.jobId === job.id)
      .sort(byStage);
    return json(200, { stages: stages.map(jobTemplateView) });
  }),
  route('GET', `${API}/job-templates/jobs/{jobId}/hiringStages/{hiringStage}`, S.schedulingRead, (ctx) => {
    const job = findJob(ctx);
    const template = ctx.services.state.jobTemplate(job.id, stageParam(ctx), stepQuery(ctx));
    return template ? json(200, jobTemplateView(template)) : noContent();
  }),
  route('PUT', `${API}/job-templates/jobs/{jobId}/hiringStages/{hiringStage}`, S.schedulingWrite, (ctx) => {
    const job = findJob(ctx);
    const hiringStage = stageParam(ctx);
    const hiringStep = stepQuery(ctx);
    const body = requireObject(readJson(ctx));
    const check = new Check();
    const templateId = check.string(body, 'templateId', '', { required: true });
    check.done(400);
    requireStep(ctx, job.id, hiringStage, hiringStep);
    const template = findTemplate(ctx, templateId as string);
    const record = ctx.services.state.assignJobTemplate({
      jobId: job.id,
      templateId: template.id,
      hiringStage,
      hiringStep,
    });
    return json(200, jobTemplateView(record));
  }),
  route('GET', `${API}/job-templates/job-applications/{applicationId}`, S.schedulingRead, (ctx) => {
    const { state } = ctx.services;
    const app = found(state.applications.get(param(ctx, 'applicationId')), 'Job application');
    const stage = stageOf(app);
    const template = stage ? state.jobTemplate(app.jobId, stage.hiringStage, stage.hiringStep) : undefined;
    return template ? json(200, jobTemplateView(template)) : noContent();
  }),
  route('PUT', `${API}/job-templates/{jobInterviewTemplateId}`, S.schedulingWrite, (ctx) => {
    const template = findJobTemplate(ctx);
    const body = requireObject(readJson(ctx));
    const check = new Check();
    const name = check.string(body, 'name', '', { maxLength: MAX_NAME });
    if (name !== undefined && name !== null && name.trim() === '') check.fail('name must not be blank');
    const duration = check.number(body, 'durationInMinutes', '');
    if (
      duration !== undefined &&
      !(Number.isInteger(duration) && duration >= 1 && duration <= MAX_DURATION)
    ) {
      check.fail(`durationInMinutes must be a whole number from 1 to ${MAX_DURATION}`);
    }
    const interviewType = check.string(body, 'interviewType', '', { nullable: true });
    if (interviewType && !ctx.services.state.interviewTypes.includes(interviewType)) {
      check.fail(`interviewType '${interviewType}' is not one of the company's interview types`);
    }
    const location = check.string(body, 'location', '', { nullable: true, maxLength: MAX_LOCATION });
    check.done(400);
    const byRole =
      body.hiringTeamRoleToInterviewers === undefined
        ? undefined
        : readInterviewersByRole(ctx, body.hiringTeamRoleToInterviewers, 'hiringTeamRoleToInterviewers');
    if (name) template.name = name;
    if (duration !== undefined) template.durationInMinutes = duration;
    if (interviewType !== undefined) template.interviewType = interviewType;
    if (location !== undefined) template.location = location;
    if (byRole) template.interviewersByRole = byRole;
    return noContent();
  }),
  route('PATCH', `${API}/job-templates/{jobInterviewTemplateId}`, S.schedulingWrite, (ctx) => {
    const template = findJobTemplate(ctx);
    const body = requireObject(readJson(ctx));
    if (body.hiringTeamRoleToInterviewers === undefined) {
      throw badRequest('hiringTeamRoleToInterviewers is required', 'VALIDATION_ERROR');
    }
    template.interviewersByRole = readInterviewersByRole(
      ctx,
      body.hiringTeamRoleToInterviewers,
      'hiringTeamRoleToInterviewers',
    );
    return noContent();
  }),
  route('POST', `${API}/job-templates/jobs/{jobId}/search`, S.schedulingRead, (ctx) => {
    const { state } = ctx.services;
    const job = findJob(ctx);
    const body = requireObject(readJson(ctx));
    const check = new Check();
    const ids = check.stringArray(body, 'applicationIds', '');
    if (!ids || ids.length === 0 || ids.length > MAX_SEARCH_IDS) {
      check.fail(`applicationIds must be an array of 1 to ${MAX_SEARCH_IDS} job application ids`);
    }
    check.done(400);
    const groups = new Map<
      string,
      { hiringStage: HiringStage; hiringStep: string; applicationIds: string[] }
    >();
    for (const id of new Set(ids)) {
      const app = state.applications.get(id);
      if (!app || app.jobId !== job.id) {
        throw srError(404, 'JOB_APPLICATION_NOT_FOUND', `Job application '${id}' not found on this job`);
      }
      const stage = stageOf(app);
      if (!stage) continue;
      const key = `${stage.hiringStage}\n${stage.hiringStep}`;
      const group = groups.get(key) ?? { ...stage, applicationIds: [] };
      group.applicationIds.push(app.id);
      groups.set(key, group);
    }
    const blueprints = [...groups.values()].sort(byStage).map((group) => {
      const template = state.jobTemplate(job.id, group.hiringStage, group.hiringStep);
      return { ...group, ...(template ? { jobTemplate: jobTemplateView(template) } : {}) };
    });
    return json(200, { hiringStateBlueprints: blueprints });
  }),

  route('GET', `${API}/managed-steps/jobs/{jobId}`, S.schedulingRead, (ctx) => {
    const job = findJob(ctx);
    const states = ctx.services.state.managedSteps.get(job.id) ?? [];
    return json(200, { states: states.map((s) => compact({ ...s })) });
  }),
  route('PUT', `${API}/managed-steps/jobs/{jobId}`, S.schedulingWrite, (ctx) => {
    const job = findJob(ctx);
    const body = requireObject(readJson(ctx));
    const check = new Check();
    const list = body.states;
    const states: ManagedStepRecord[] = [];
    if (!Array.isArray(list)) check.fail('states must be an array');
    else {
      list.forEach((item, index) => {
        const step = check.object(item, `states[${index}]`);
        if (!step) {
          check.fail(`states[${index}] must be an object`);
          return;
        }
        const hiringStage = check.enumValue(step, 'hiringStage', SR_HIRING_STAGES, `states[${index}].`, {
          required: true,
        });
        const hiringStep = check.string(step, 'hiringStep', `states[${index}].`);
        if (
          hiringStage &&
          !states.some((s) => s.hiringStage === hiringStage && s.hiringStep === (hiringStep ?? null))
        ) {
          states.push({ hiringStage, hiringStep: hiringStep ?? null });
        }
      });
    }
    check.done(400);
    for (const s of states) if (s.hiringStep) requireStep(ctx, job.id, s.hiringStage, s.hiringStep);
    states.sort(byStage);
    ctx.services.state.managedSteps.set(job.id, states);
    return json(200, { states: states.map((s) => compact({ ...s })) });
  }),
  route('GET', `${API}/schedule/preferences/users/{userId}`, S.schedulingRead, (ctx) => {
    const user = found(ctx.services.state.users.get(param(ctx, 'userId')), 'User');
    const prefs = preferencesOf(ctx.services.state, user.id);
    return json(200, { ...prefs, workingHours: prefs.workingHours.map((w) => ({ ...w })) });
  }),
];
