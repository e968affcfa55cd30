/**
 * Jobs: search (cursor paging needs `sort=job_id`; legacy `offset`), details, create
 * (`JobInput` validated), JSON Patch update (`application/json-patch+json` only), full update,
 * status and its history, hiring team, publication of the default job ad, positions.
 *
 * Status codes (SR's specification): create 201 `JobDetails`, PATCH/PUT 200 `JobDetails`, status
 * 201 `{ status }`, hiring-team POST 200 / DELETE 204, publication POST 204 / DELETE 204
 * (publishing a CREATED job moves it to SOURCING; FILLED or CANCELLED jobs cannot be published:
 * SR documents no answer for that, the fake's is 400 `JOB_NOT_PUBLISHABLE`). Without `sort=job_id` the
 * list sorts newest first and pages by `offset` only (no `nextPageId`).
 */
import {
  CITIES,
  EEO_CATEGORIES,
  EMPLOYMENT_TYPES,
  EXPERIENCE_LEVELS,
  FUNCTIONS,
  INDUSTRIES,
  LANGUAGES,
  labelFor,
} from '../catalog.js';
import {
  action,
  compact,
  emit,
  found,
  type HandlerContext,
  param,
  patchDocument,
  type RouteDef,
  readJson,
  readJsonPatch,
  route,
} from '../context.js';
import { badRequest, notFound } from '../errors.js';
import { json, noContent } from '../http.js';
import {
  type IdLabel,
  type JobAd,
  type JobLocation,
  type JobRecord,
  SR_HIRING_TEAM_ROLES,
  SR_JOB_STATUSES,
  SR_POSTING_STATUSES,
} from '../model.js';
import { compareStrings, keysetPage, nextLink } from '../pagination.js';
import { S } from '../scopes.js';
import { Check, isObject } from '../validation.js';
import { listOf, requireObject } from './shared.js';

function departmentView(ctx: HandlerContext, job: JobRecord) {
  const d = job.departmentId ? ctx.services.state.departments.get(job.departmentId) : undefined;
  return d ? compact({ id: d.id, label: d.label, description: d.description }) : undefined;
}

/** `JobSummary` (list item). */
export function jobSummary(ctx: HandlerContext, job: JobRecord): Record<string, unknown> {
  return compact({
    id: job.id,
    title: job.title,
    refNumber: job.refNumber,
    createdOn: job.createdOn,
    updatedOn: job.updatedOn,
    lastActivityOn: job.lastActivityOn,
    department: departmentView(ctx, job),
    location: job.location,
    status: job.status,
    postingStatus: job.postingStatus,
    language: job.jobAd.language,
    actions: { details: action(ctx, `/jobs/${job.id}`) },
  });
}

/** `JobDetails`. */
export function jobDetails(ctx: HandlerContext, job: JobRecord): Record<string, unknown> {
  const { state } = ctx.services;
  const creator = job.creatorId ? state.users.get(job.creatorId) : undefined;
  return compact({
    id: job.id,
    title: job.title,
    refNumber: job.refNumber,
    createdOn: job.createdOn,
    updatedOn: job.updatedOn,
    lastActivityOn: job.lastActivityOn,
    department: departmentView(ctx, job),
    location: job.location,
    status: job.status,
    postingStatus: job.postingStatus,
    targetHiringDate: job.targetHiringDate,
    industry: job.industry,
    function: job.function,
    typeOfEmployment: job.typeOfEmployment,
    experienceLevel: job.experienceLevel,
    eeoCategory: job.eeoCategory,
    template: job.template,
    creator: creator
      ? { id: creator.id, firstName: creator.firstName, lastName: creator.lastName }
      : undefined,
    compensation: job.compensation,
    jobAd: job.jobAd,
    properties: job.properties.flatMap((p) => {
      const definition = state.jobProperties.get(p.id);
      const value = definition?.values.find((v) => v.id === p.valueId);
      return definition && value
        ? [{ id: p.id, label: definition.label, value: { id: value.id, label: value.label } }]
        : [];
    }),
    actions: {
      hiringTeam: action(ctx, `/jobs/${job.id}/hiring-team`),
      publications: action(ctx, `/jobs/${job.id}/publication`),
      positions: action(ctx, `/jobs/${job.id}/positions`),
      applyOnWeb: {
        url: `https://jobs.smartrecruiters.com/${state.company.identifier}/${job.id}`,
        method: 'GET',
      },
      details: action(ctx, `/jobs/${job.id}`),
    },
  });
}

/** The writable part of a job, in `JobInput` shape: what JSON Patch paths address. */
function jobInputDocument(job: JobRecord): Record<string, unknown> {
  return compact({
    title: job.title,
    refNumber: job.refNumber,
    targetHiringDate: job.targetHiringDate,
    department: job.departmentId ? { id: job.departmentId } : undefined,
    location: job.location,
    industry: job.industry,
    function: job.function,
    typeOfEmployment: job.typeOfEmployment,
    experienceLevel: job.experienceLevel,
    eeoCategory: job.eeoCategory,
    template: job.template,
    compensation: job.compensation,
    jobAd: job.jobAd,
    properties: job.properties.map((p) => ({ id: p.id, value: { id: p.valueId } })),
  });
}

const WRITABLE = [
  'title',
  'refNumber',
  'targetHiringDate',
  'department',
  'location',
  'industry',
  'function',
  'typeOfEmployment',
  'experienceLevel',
  'eeoCategory',
  'template',
  'compensation',
  'jobAd',
  'properties',
];

type ParsedJob = Pick<
  JobRecord,
  | 'title'
  | 'refNumber'
  | 'targetHiringDate'
  | 'departmentId'
  | 'location'
  | 'industry'
  | 'function'
  | 'typeOfEmployment'
  | 'experienceLevel'
  | 'eeoCategory'
  | 'template'
  | 'compensation'
  | 'jobAd'
  | 'properties'
>;

function ref(
  check: Check,
  body: Record<string, unknown>,
  key: string,
  catalog: readonly IdLabel[],
  required: boolean,
): IdLabel | null {
  const value = body[key];
  if (value === undefined || value === null) {
    if (required) check.fail(`${key} is required`);
    return null;
  }
  if (!isObject(value) || typeof value.id !== 'string' || value.id.trim() === '') {
    check.fail(`${key} must be { "id": "..." }`);
    return null;
  }
  return labelFor(catalog, value.id);
}

/** Parses and validates `JobInput`. */
function parseJobInput(ctx: HandlerContext, body: Record<string, unknown>): ParsedJob {
  const { state } = ctx.services;
  const check = new Check();
  const title = check.string(body, 'title', '', { required: true, maxLength: 400 });
  const refNumber = check.string(body, 'refNumber', '', { nullable: true });
  const targetHiringDate = check.date(body, 'targetHiringDate', '');
  let departmentId: string | null = null;
  if (body.department !== undefined && body.department !== null) {
    const d = body.department;
    if (!isObject(d) || typeof d.id !== 'string') check.fail('department must be { "id": "..." }');
    else if (!state.departments.has(d.id)) check.fail(`department '${d.id}' does not exist`);
    else departmentId = d.id;
  }
  let location: JobLocation | undefined;
  const loc = body.location;
  if (loc === undefined || loc === null) check.fail('location is required');
  else if (!isObject(loc)) check.fail('location must be an object');
  else {
    const countryCode = check.string(loc, 'countryCode', 'location.', { required: true });
    const city = check.string(loc, 'city', 'location.', { required: true });
    const remote = check.boolean(loc, 'remote', 'location.');
    const manual = check.boolean(loc, 'manual', 'location.');
    if (typeof countryCode === 'string' && typeof city === 'string') {
      const known = CITIES.find((c) => c.countryCode === countryCode.toLowerCase());
      location = { countryCode: countryCode.toLowerCase(), city, remote: remote ?? false };
      const country = typeof loc.country === 'string' ? loc.country : known?.country;
      if (country) location.country = country;
      for (const key of ['regionCode', 'region', 'address', 'postalCode'] as const) {
        const v = check.string(loc, key, 'location.');
        if (typeof v === 'string') location[key] = v;
      }
      for (const key of ['latitude', 'longitude'] as const) {
        const v = loc[key];
        if (typeof v === 'string' || typeof v === 'number') location[key] = String(v);
        else if (v !== undefined && v !== null) check.fail(`location.${key} must be a string or number`);
      }
      if (manual !== undefined) location.manual = manual;
    }
  }
  const industry = ref(check, body, 'industry', INDUSTRIES, true);
  const fn = ref(check, body, 'function', FUNCTIONS, true);
  const experienceLevel = ref(check, body, 'experienceLevel', EXPERIENCE_LEVELS, true);
  const typeOfEmployment = ref(check, body, 'typeOfEmployment', EMPLOYMENT_TYPES, false);
  const eeoCategory = ref(check, body, 'eeoCategory', EEO_CATEGORIES, false);
  const template = check.boolean(body, 'template', '');
  let compensation: JobRecord['compensation'] = null;
  if (body.compensation !== undefined && body.compensation !== null) {
    const c = check.object(body.compensation, 'compensation');
    if (c) {
      const min = check.number(c, 'min', 'compensation.', { required: true });
      const max = check.number(c, 'max', 'compensation.', { required: true });
      const currency = check.string(c, 'currency', 'compensation.', { required: true });
      if (typeof currency === 'string' && !/^[A-Z]{3}$/.test(currency))
        check.fail('compensation.currency must be an ISO 4217 code');
      if (min !== undefined && max !== undefined && min > max)
        check.fail('compensation.min must not exceed compensation.max');
      if (min !== undefined && max !== undefined && typeof currency === 'string')
        compensation = { min, max, currency };
    }
  }
  let jobAd: JobAd = {
    sections: {},
    language: LANGUAGES[0] ?? { code: 'en', label: 'English', labelNative: 'English' },
  };
  if (body.jobAd !== undefined && body.jobAd !== null) {
    const ad = check.object(body.jobAd, 'jobAd');
    if (ad) {
      const sections = ad.sections === undefined ? {} : check.object(ad.sections, 'jobAd.sections');
      const out: JobAd['sections'] = {};
      for (const key of [
        'companyDescription',
        'jobDescription',
        'qualifications',
        'additionalInformation',
      ] as const) {
        const s = sections ? check.object(sections[key], `jobAd.sections.${key}`) : undefined;
        if (s) {
          const text = check.string(s, 'text', `jobAd.sections.${key}.`, { required: true });
          const sectionTitle = check.string(s, 'title', `jobAd.sections.${key}.`);
          if (typeof text === 'string') out[key] = { title: sectionTitle ?? '', text };
        }
      }
      const videos = sections ? check.object(sections.videos, 'jobAd.sections.videos') : undefined;
      if (videos) {
        const urls = check.stringArray(videos, 'urls', 'jobAd.sections.videos.');
        out.videos = { urls: urls ?? [] };
      }
      let language = jobAd.language;
      const lang = check.object(ad.language, 'jobAd.language');
      if (lang) {
        const code = check.string(lang, 'code', 'jobAd.language.', { required: true });
        const knownLanguage = LANGUAGES.find((l) => l.code === code);
        if (typeof code === 'string') language = knownLanguage ?? { code, label: code, labelNative: code };
      }
      jobAd = { sections: out, language };
    }
  }
  // "Ignores all nonexistent job properties and job properties values" (§9).
  const properties: JobRecord['properties'] = [];
  if (Array.isArray(body.properties)) {
    for (const p of body.properties) {
      if (!isObject(p) || typeof p.id !== 'string' || !isObject(p.value) || typeof p.value.id !== 'string')
        continue;
      const definition = state.jobProperties.get(p.id);
      if (definition?.values.some((v) => v.id === (p.value as { id: string }).id)) {
        properties.push({ id: p.id, valueId: p.value.id });
      }
    }
  } else if (body.properties !== undefined && body.properties !== null)
    check.fail('properties must be an array');
  check.done();
  return {
    title: title as string,
    refNumber: refNumber ?? null,
    targetHiringDate: targetHiringDate ?? null,
    departmentId,
    location: location as JobLocation,
    industry,
    function: fn,
    typeOfEmployment,
    experienceLevel,
    eeoCategory,
    template: template ?? false,
    compensation,
    jobAd,
    properties,
  };
}

function findJob(ctx: HandlerContext, name = 'jobId'): JobRecord {
  return found(ctx.services.state.jobs.get(param(ctx, name)), 'Job');
}

function jobEvent(ctx: HandlerContext, name: string, job: JobRecord): void {
  emit(ctx, name, { id: job.id }, `/jobs/${job.id}`);
}

function setStatus(ctx: HandlerContext, job: JobRecord, status: JobRecord['status']): void {
  const now = ctx.services.state.nowIso();
  job.status = status;
  job.statusHistory.push({ changedOn: now, status, userId: ctx.services.state.meUserId || null });
  job.updatedOn = now;
  job.lastActivityOn = now;
  if ((status === 'FILLED' || status === 'CANCELLED') && job.publication) {
    job.publication = null;
    job.postingStatus = 'NOT_PUBLISHED';
  }
  jobEvent(ctx, 'job.status.updated', job);
}

function listJobs(ctx: HandlerContext) {
  const { state } = ctx.services;
  const q = ctx.query;
  const limit = q.limit(10);
  const sort = q.enumValue('sort', ['default', 'job_id'] as const) ?? 'default';
  const pageId = q.get('pageId');
  if (pageId !== undefined && sort !== 'job_id') {
    throw badRequest('pageId can only be used with sort=job_id', 'INVALID_PAGE_ID');
  }
  const offset = q.int('offset', { default: 0, min: 0, max: Number.MAX_SAFE_INTEGER });
  const statuses = q.enumValues('statuses', SR_JOB_STATUSES);
  const status = q.enumValue('status', SR_JOB_STATUSES);
  const wanted = statuses.length > 0 ? statuses : status ? [status] : [];
  const postingStatus = q.enumValue('postingStatus', SR_POSTING_STATUSES);
  const departments = q.getAll('department');
  const cities = q.getAll('city');
  const members = q.getAll('hiringTeamMemberId');
  const updatedAfter = q.date('updatedAfter');
  const lastActivityAfter = q.date('lastActivityAfter');
  const language = q.get('language');
  const words = (q.get('q') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const matches = [...state.jobs.values()].filter((job) => {
    if (words.length > 0 && !words.every((w) => job.title.toLowerCase().includes(w))) return false;
    if (wanted.length > 0 && !wanted.includes(job.status)) return false;
    if (postingStatus && job.postingStatus !== postingStatus) return false;
    if (departments.length > 0) {
      const label = job.departmentId ? state.departments.get(job.departmentId)?.label : undefined;
      if (!label || !departments.includes(label)) return false;
    }
    if (cities.length > 0 && !cities.includes(job.location.city)) return false;
    if (members.length > 0 && !job.hiringTeam.some((m) => members.includes(m.userId))) return false;
    if (updatedAfter !== undefined && !(Date.parse(job.updatedOn) > updatedAfter)) return false;
    if (lastActivityAfter !== undefined && !(Date.parse(job.lastActivityOn) > lastActivityAfter))
      return false;
    if (language && job.jobAd.language.code !== language) return false;
    return true;
  });
  const headers: Record<string, string> = {};
  if (sort === 'job_id') {
    matches.sort((a, b) => compareStrings(a.id, b.id));
    const page = keysetPage(matches, { key: (j) => j.id, compare: compareStrings, limit, pageId });
    if (page.nextPageId) headers.link = nextLink('/jobs', q.params, 'pageId', page.nextPageId);
    return json(
      200,
      compact({
        limit,
        offset: page.offset,
        nextPageId: page.nextPageId,
        totalFound: page.totalFound,
        content: page.items.map((j) => jobSummary(ctx, j)),
      }),
      headers,
    );
  }
  matches.sort((a, b) =>
    a.createdOn < b.createdOn ? 1 : a.createdOn > b.createdOn ? -1 : compareStrings(b.id, a.id),
  );
  return json(200, {
    limit,
    offset,
    totalFound: matches.length,
    content: matches.slice(offset, offset + limit).map((j) => jobSummary(ctx, j)),
  });
}

function hiringTeamView(ctx: HandlerContext, job: JobRecord) {
  return listOf(
    job.hiringTeam.map((m) => ({
      id: m.userId,
      role: m.role,
      actions: { details: action(ctx, `/user-api/v201804/users/${m.userId}`) },
    })),
  );
}

/**
 * SR's `PublicationList`: `{ content: [{ sourceName, type, publishedOn, unpublishedOn? }] }`, one
 * item per place the job ad is published (no count). SR documents the fields, not their values:
 * the fake names its career page, and the job aggregators when the publication includes them.
 */
function publicationView(job: JobRecord) {
  const publication = job.publication;
  if (!publication) return { content: [] };
  const content: Array<{ sourceName: string; type: string; publishedOn: string }> = [
    { sourceName: 'Careers page', type: publication.visibility, publishedOn: publication.publishedOn },
  ];
  if (publication.aggregators && publication.visibility === 'PUBLIC') {
    content.push({ sourceName: 'Job aggregators', type: 'AGGREGATOR', publishedOn: publication.publishedOn });
  }
  return { content };
}

/** Job routes. */
export const jobRoutes: RouteDef[] = [
  route('GET', '/jobs', S.jobsRead, listJobs),
  route('POST', '/jobs', S.jobsManage, (ctx) => {
    const { state } = ctx.services;
    const input = parseJobInput(ctx, requireObject(readJson(ctx)));
    const now = state.nowIso();
    const job = state.addJob({ ...input, createdOn: now, status: 'CREATED', postingStatus: 'NOT_PUBLISHED' });
    jobEvent(ctx, 'job.created', job);
    return json(201, jobDetails(ctx, job));
  }),
  route('GET', '/jobs/{jobId}', S.jobsRead, (ctx) => json(200, jobDetails(ctx, findJob(ctx)))),
  route('PATCH', '/jobs/{jobId}', S.jobsManage, (ctx) => {
    const job = findJob(ctx);
    const patch = readJsonPatch(ctx);
    const patched = patchDocument(jobInputDocument(job), patch, WRITABLE);
    const input = parseJobInput(ctx, requireObject(patched, 'The patched job'));
    Object.assign(job, input);
    job.updatedOn = ctx.services.state.nowIso();
    job.lastActivityOn = job.updatedOn;
    jobEvent(ctx, 'job.updated', job);
    return json(200, jobDetails(ctx, job));
  }),
  route('PUT', '/jobs/{jobId}', S.jobsManage, (ctx) => {
    const job = findJob(ctx);
    Object.assign(job, parseJobInput(ctx, requireObject(readJson(ctx))));
    job.updatedOn = ctx.services.state.nowIso();
    job.lastActivityOn = job.updatedOn;
    jobEvent(ctx, 'job.updated', job);
    return json(200, jobDetails(ctx, job));
  }),
  route('PUT', '/jobs/{jobId}/status', S.jobsManage, (ctx) => {
    const job = findJob(ctx);
    const body = requireObject(readJson(ctx));
    const check = new Check();
    const status = check.enumValue(body, 'status', SR_JOB_STATUSES, '', { required: true });
    check.done();
    setStatus(ctx, job, status as JobRecord['status']);
    return json(201, { status: job.status });
  }),
  route('GET', '/jobs/{jobId}/status/history', S.jobsRead, (ctx) => {
    const job = findJob(ctx);
    return json(
      200,
      listOf(
        job.statusHistory.map((h) =>
          compact({
            changedOn: h.changedOn,
            status: h.status,
            actions: h.userId ? { user: action(ctx, `/user-api/v201804/users/${h.userId}`) } : undefined,
          }),
        ),
      ),
    );
  }),
  route('GET', '/jobs/{jobId}/hiring-team', S.jobsRead, (ctx) =>
    json(200, hiringTeamView(ctx, findJob(ctx))),
  ),
  route('POST', '/jobs/{jobId}/hiring-team', S.jobsManage, (ctx) => {
    const { state } = ctx.services;
    const job = findJob(ctx);
    const body = requireObject(readJson(ctx));
    const check = new Check();
    const id = check.string(body, 'id', '', { required: true });
    const role = check.enumValue(body, 'role', SR_HIRING_TEAM_ROLES, '', { required: true });
    check.done();
    if (!state.users.has(id as string)) throw badRequest(`User '${id}' does not exist`, 'USER_NOT_FOUND');
    const member = { userId: id as string, role: role as (typeof SR_HIRING_TEAM_ROLES)[number] };
    if (!job.hiringTeam.some((m) => m.userId === member.userId && m.role === member.role)) {
      job.hiringTeam.push(member);
      job.updatedOn = state.nowIso();
      jobEvent(ctx, 'job.hiring-team.updated', job);
    }
    return json(200, {
      id: member.userId,
      role: member.role,
      actions: { details: action(ctx, `/user-api/v201804/users/${member.userId}`) },
    });
  }),
  route('DELETE', '/jobs/{jobId}/hiring-team/{userId}', S.jobsManage, (ctx) => {
    const job = findJob(ctx);
    const userId = param(ctx, 'userId');
    if (!job.hiringTeam.some((m) => m.userId === userId))
      throw notFound(`User '${userId}' is not on the hiring team`);
    job.hiringTeam = job.hiringTeam.filter((m) => m.userId !== userId);
    job.updatedOn = ctx.services.state.nowIso();
    jobEvent(ctx, 'job.hiring-team.updated', job);
    return noContent();
  }),
  route('GET', '/jobs/{jobId}/publication', S.jobsRead, (ctx) => json(200, publicationView(findJob(ctx)))),
  route('POST', '/jobs/{jobId}/publication', S.jobsPublications, (ctx) => {
    const { state } = ctx.services;
    const job = findJob(ctx);
    // The body (`Publication {aggregators, visibility}`) is optional.
    const body = ctx.body.length > 0 ? requireObject(readJson(ctx)) : {};
    const check = new Check();
    const visibility = check.enumValue(body, 'visibility', ['PUBLIC', 'INTERNAL'] as const, '') ?? 'PUBLIC';
    const aggregators = check.boolean(body, 'aggregators', '') ?? true;
    check.done();
    if (job.status === 'FILLED' || job.status === 'CANCELLED') {
      throw badRequest(`A job in status ${job.status} cannot be published`, 'JOB_NOT_PUBLISHABLE');
    }
    if (job.status === 'CREATED') setStatus(ctx, job, 'SOURCING');
    const now = state.nowIso();
    job.publication = { visibility, aggregators, publishedOn: job.publication?.publishedOn ?? now };
    job.postingStatus = visibility;
    job.updatedOn = now;
    emit(
      ctx,
      'job.ad.postings.updated',
      { job_id: job.id, job_ad_id: job.jobAdId },
      `/jobs/${job.id}/publication`,
    );
    return noContent();
  }),
  route('DELETE', '/jobs/{jobId}/publication', S.jobsPublications, (ctx) => {
    const job = findJob(ctx);
    if (job.publication) {
      job.publication = null;
      job.postingStatus = 'NOT_PUBLISHED';
      job.updatedOn = ctx.services.state.nowIso();
      emit(
        ctx,
        'job.ad.postings.updated',
        { job_id: job.id, job_ad_id: job.jobAdId },
        `/jobs/${job.id}/publication`,
      );
    }
    return noContent();
  }),
  route('GET', '/jobs/{jobId}/positions', S.jobsRead, (ctx) =>
    json(200, listOf(findJob(ctx).positions.map((p) => compact({ ...p })))),
  ),
];
